# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the sixteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external16 import article

article(
    "ext16_us_01_ap_shutdown_budget_memo", "external/us-ap-congress", "en",
    {"haskett": ["Lorraine Haskett", "Budget Director Lorraine Haskett"],
     "memo": ["the memo", "Lorraine Haskett"],
     "kellerman": ["Dwight Kellerman", "House Speaker Dwight Kellerman"],
     "orszag": ["Paula Orszag", "Sen. Paula Orszag"],
     "aides": ["Two Democratic aides familiar with the negotiations", "one of the aides"],
     "reyna": ["Tomas Reyna", "Tomás Reyna"],
     "albright": ["Graham Albright", "Labor Secretary Graham Albright"],
     "afge": ["American Federation of Government Employees"],
     "castellano": ["Nina Castellano", "Rep. Nina Castellano"],
     "gopleaders": ["House Republican leaders"],
     "senrep": ["Several Senate Republicans"]},
    """
{{m:m0|Budget chief}} {{c:c0|tells}} {{q:indirect:haskett:m0:c0|agencies to prepare for shutdown}} as House talks falter

By Rachel Idowu and Marcus Trent, Associated Press

WASHINGTON (AP) — {{m:m1|The head of the White House budget office}} {{c:c1|told}} {{q:indirect:haskett:m1:c1|federal agencies to update their shutdown plans}} on Wednesday, {{c:c2|warning}} that {{q:mixed:haskett:m1:c2|a funding lapse at the end of the month was now "more likely than not}}."

In a four-page memo sent to department heads, {{m:m3|Budget Director Lorraine Haskett}} {{c:c3|wrote}} that {{q:indirect:haskett:m3:c3|agencies should identify which employees would stay on the job during a lapse and which would be sent home}}. "{{q:direct:memo:m4:c4|We are not there yet, but we have to be ready if we get there,}}" {{m:m4|the memo}} {{c:c4|said}}.

The memo went out two days after {{m:m2|House Republican leaders}} canceled a vote on a short-term spending bill, {{c:c2b|saying}} {{q:indirect:gopleaders:m2:c2b|they did not have the votes to pass it without help from Democrats}}. Current funding for most of the government runs out at midnight on Sept. 30.

Haskett, a former Senate appropriations aide who took over the budget office in March, has been the administration's most persistent voice on spending. {{m:m5|She}} {{c:c5|told}} reporters at a briefing later Wednesday that {{q:mixed:haskett:m5:c5|the memo was "routine}}" and that {{q:indirect:haskett:m5:c5|nobody at the White House wanted a shutdown}}.

"{{q:direct:haskett:m6:c6|Routine doesn't mean casual,}}" {{m:m6|she}} {{c:c6|said}}. "{{q:direct:haskett:m6:c6|It means we've done this before and we know exactly what it costs.}}"

{{m:m7|House Speaker Dwight Kellerman}}, R-Ohio, {{c:c7|dismissed}} the memo as "{{q:direct:kellerman:m7:c7|theater}}" and {{c:c8|said}} {{q:indirect:kellerman:m7:c8|the House would vote next week on a stopgap bill that keeps spending flat through mid-December}}.

{{m:m9|Kellerman}} {{c:c9|said}} {{q:indirect:kellerman:m9:c9|Republicans had offered Democrats a clean extension twice since July}}. {{q:indirect:kellerman:m9:-|Both times, Democrats had asked for more}}. {{q:indirect:kellerman:m10:c10|The next offer, {{m:m10|he}} {{c:c10|said}}, would not be as generous}}.

The speaker's bill would extend current spending levels but drop about $900 million in heating assistance that Democrats had added in the spring, a change that Democrats have made the center of their objections.

Senate Democratic Leader Paula Orszag of Illinois scoffed at the offer. "{{q:direct:orszag:m11b:c11|The speaker's clean bill cuts heating aid for 1.2 million families going into winter. There is nothing clean about it,}}" {{m:m11b|she}} {{c:c11|said}} on the Senate floor.

{{m:m12|Two Democratic aides familiar with the negotiations}}, who spoke on condition of anonymity to describe private talks, {{c:c12|said}} {{q:indirect:aides:m12:c12|Orszag's staff had floated a six-week extension paired with disaster aid for communities hit by summer flooding}}. {{q:indirect:aides:m13:c13|Republican leaders, {{m:m13|one of the aides}} {{c:c13|said}}, had not responded}}.

Figures from the Congressional Budget Office show that the last long shutdown, which ended in January 2019 after 35 days, cost the economy about $3 billion that was never recovered.

Asked whether the president would sign Kellerman's bill, White House press secretary Tomás Reyna did not answer directly. "{{q:direct:reyna:m14:c14|The president will look at whatever reaches his desk,}}" {{m:m14|Reyna}} {{c:c14|said}}. "{{q:direct:reyna:m14:c14|What he won't do is sign something that punishes families in a cold winter.}}"

{{m:m15|The administration's top labor official}} {{c:c15|conceded}} that {{q:indirect:albright:m15:c15|some agencies were far less prepared than others}}.

{{m:m16|Labor Secretary Graham Albright}} {{c:c16|said}} {{q:indirect:albright:m16:c16|his own department had updated its plan in August}}, but {{c:c17|acknowledged}} that {{q:indirect:albright:m16:c17|several smaller agencies had not revised theirs since 2019}}. "{{q:direct:albright:m18:c18|Some of those plans still list people who retired years ago,}}" {{m:m18|he}} {{c:c18|said}}.

{{m:m19|The American Federation of Government Employees}}, the largest union of federal workers, {{c:c19|said}} in a statement that {{q:mixed:afge:m19:c19|its members "should not be used as bargaining chips}}" and {{c:c20|urged}} {{q:indirect:afge:m19:c20|Congress to pass a full-year budget}}.

During the 2019 shutdown, about 800,000 federal employees went without pay for more than a month, and some lined up at food banks in Washington and other cities. Congress later passed a law guaranteeing back pay to furloughed workers, though some Republicans have questioned whether it should apply to every lapse.

On Capitol Hill, several rank-and-file Republicans have begun to talk openly about breaking with leadership. {{m:m21|Rep. Nina Castellano}}, R-N.Y., whose district north of New York City includes thousands of federal workers, {{c:c21|said}} {{q:mixed:castellano:m21:c21|she would not vote for any bill that furloughed them "without back pay written into the law}}."

"{{q:direct:castellano:m22:c22|I've been to those food banks. I'm not doing that to my constituents again,}}" {{m:m22|Castellano}} {{c:c22|told}} The Associated Press.

Kellerman's office did not respond to a request for comment on Castellano's remarks.

{{m:m23|Several Senate Republicans}} have privately {{c:c23|told}} their leaders {{q:indirect:senrep:m23:c23|they would back a shorter extension}}, but none has said so in public.

The House is scheduled to return Monday evening. {{m:m24|Orszag}} has {{c:c24|said}} {{q:indirect:orszag:m24:c24|the Senate will stay in session through the weekend of Sept. 27 if needed}}.

This story has been corrected to show that the 2019 shutdown lasted 35 days, not 34.

Associated Press writer Kevin Doyle contributed to this report.
""",
)

article(
    "ext16_us_02_reuters_arizona_ballots_order", "external/us-reuters-courts", "en",
    {"strand": ["Evelyn Strand", "Judge Evelyn Strand"],
     "order": ["the order"],
     "lawsuit": ["the lawsuit", "the complaint", "Arizona Center for Civic Access"],
     "ybarra": ["Marisol Ybarra"],
     "county": ["the county", "Pinal County"],
     "lisk": ["Warren Lisk", "Pinal County Attorney Warren Lisk"],
     "olander": ["Bryce Olander"],
     "sos": ["The Arizona secretary of state's office", "secretary of state's office"],
     "grieve": ["Hannah Grieve"],
     "analysis": ["An analysis by an expert hired by the plaintiffs"]},
    """
{{m:m00|Judge}} {{c:c00|orders}} {{q:indirect?:strand:m00:c00|Arizona county to count 1,900 rejected mail ballots}}

By Daniel Okafor

PHOENIX, Nov 13 (Reuters) - {{m:m0|A state judge in Arizona}} on Thursday {{c:c0|ordered}} {{q:indirect?:strand:m0:c0|election officials in Pinal County to count about 1,900 mail ballots they had rejected over signature mismatches}}, handing a partial win to a group of voters who sued the county last month.

{{m:m1|Maricopa County Superior Court Judge Evelyn Strand}} {{c:c1|wrote}} that {{q:mixed:strand:m1:c1|the county had given voters "no meaningful chance" to fix their signatures before the deadline}}. {{q:mixed:strand:m2:c2|The county's process, {{m:m2|she}} {{c:c2|wrote}}, "turned a clerical problem into a lost vote}}."

{{m:m3|Strand}} {{c:c3|told}} {{q:indirect:strand:m3:c3|county officials to notify each affected voter by mail and by phone no later than Monday}}. {{q:indirect:order:m4:c4|Voters will then have until Nov. 20 to confirm their signatures in person or by sending a copy of a photo ID}}, {{m:m4|the order}} {{c:c4|said}}.

The case was heard in Maricopa County after a Pinal County judge stepped aside, citing a family connection to a member of the county's election staff.

{{m:m5|The lawsuit}}, filed on behalf of six voters by the Arizona Center for Civic Access, {{c:c5|says}} {{q:indirect:lawsuit:m5:c5|the county used temporary staff with little training to compare signatures and rejected ballots from voters whose handwriting had changed after a stroke, an injury or simply old age}}. {{m:m6|The complaint}} also {{c:c6|alleges}} that {{q:indirect:lawsuit:m6:c6|the county mailed rejection notices to addresses it knew were out of date}}.

{{m:m7|Marisol Ybarra}}, 74, one of the six plaintiffs, {{c:c7|said}} {{q:indirect:ybarra:m7:c7|she learned her ballot had been rejected only when a volunteer knocked on her door in Casa Grande}}.

"{{q:direct:ybarra:m8:c8|I have signed my name the same way for 50 years. My hand shakes now. That's all that changed,}}" {{m:m8|Ybarra}} {{c:c8|said}} in an interview.

County records show that 1,912 ballots were rejected for signature problems in the general election, nearly three times as many as in 2020. {{m:m6b|An analysis by an expert hired by the plaintiffs}} {{c:c6b|found}} that {{q:indirect?:analysis:m6b:c6b|voters over 70 were four times as likely as younger voters to have a ballot rejected}}.

Signature checks are the main way Arizona verifies the identity of mail voters, who cast the large majority of ballots in the state. County recorders compare the signature on each envelope with those on file, and voters whose signatures do not match are supposed to be contacted and given a chance to confirm they signed.

{{m:m9|Pinal County Attorney Warren Lisk}} {{c:c9|said}} {{q:indirect:lisk:m9:c9|the county would comply with the order but was weighing an appeal}}. In a court filing last week, {{m:m10|the county}} had {{c:c10|argued}} that {{q:indirect:county:m10:c10|state law gives recorders broad discretion}} and that {{q:indirect:county:m10:c10|the plaintiffs waited too long to sue}}.

"{{q:direct:lisk:m11:c11|Our staff followed the law as it was written,}}" {{m:m11|Lisk}} {{c:c11|told}} Reuters. "{{q:direct:lisk:m11:c11|If the law needs to change, that's a job for the legislature, not a judge.}}"

Lisk declined to say how many of the rejected ballots came from any single precinct.

The Arizona Republican Party, which intervened in the case on the county's side, criticized the ruling. {{m:m12|A spokesman for the party, Bryce Olander}}, {{c:c12|called}} {{q:mixed:olander:m12:c12|it "an invitation to chaos in every county with a close race}}."

{{m:m13|The Arizona secretary of state's office}} {{c:c13|said}} in a statement that {{q:indirect:sos:m13:c13|it had issued guidance in 2023 asking counties to contact voters before rejecting their ballots}}, and that {{q:indirect:sos:m13:c13|most counties had done so}}.

Unofficial results show the county's race for sheriff separated by 412 votes, and a seat on the county board of supervisors by fewer than 100. Neither candidate in the sheriff's race responded to requests for comment.

The ruling does not affect ballots rejected for other reasons, such as arriving after the deadline or missing a signature altogether.

{{m:m14|Hannah Grieve}}, a lawyer for the voters, {{c:c14|said}} {{q:indirect:grieve:m14:c14|the group would be watching closely to make sure the county followed the order}}. "{{q:direct:grieve:m15:c15|We'll be in that office on Monday morning,}}" {{m:m15|she}} {{c:c15|said}}.

(Reporting by Daniel Okafor in Phoenix; Editing by Colleen Marsh)
""",
)

article(
    "ext16_us_03_ap_georgia_senate_farmers", "external/us-ap-campaign", "en",
    {"farmers": ["Farmers in the peanut-growing counties of south Georgia", "Farmers"],
     "holloway": ["Brent Holloway"],
     "campaign": ["his campaign", "Holloway's campaign"],
     "whitfield": ["Andrea Whitfield", "Sen. Andrea Whitfield"],
     "kimbrough": ["Dale Kimbrough"],
     "woman": ["A woman who runs a feed store in Tifton"],
     "growers": ["Several growers at the co-op meeting"],
     "bureau": ["The Georgia Farm Bureau"],
     "benning": ["Kara Benning"],
     "poll": ["A poll released last week", "The same survey"],
     "person": ["a person who has seen it"]},
    """
In rural Georgia, tariff worries cloud a Senate race both parties once saw as settled

By Jolene Marsh, Associated Press

TIFTON, Ga. (AP) — {{m:m1|Farmers in the peanut-growing counties of south Georgia}} {{c:c1|say}} {{q:indirect:farmers:m1:c1|they have heard plenty of promises this year}}. {{m:m2|They}} {{c:c2|say}} {{q:indirect:farmers:m2:c2|what they have not heard is how either Senate candidate would get them through another season of tariffs}}.

The race between Republican Brent Holloway, a former agriculture commissioner, and Democratic state Sen. Andrea Whitfield was supposed to be an easy hold for the GOP. Instead, with three weeks to go, it has become one of the closest in the country, and both campaigns are spending heavily in places where neither party usually bothers to advertise.

{{m:m3|Holloway}} {{c:c3|told}} about 300 people at a fairground in Tifton on Saturday that {{q:mixed:holloway:m3:c3|the tariffs were "a short-term squeeze for a long-term win}}." {{m:m4|He}} {{c:c4|promised}} {{q:indirect:holloway:m4:c4|to push for a second round of federal aid if peanut prices did not recover by spring}}.

He has repeated that line at nearly every stop since Labor Day, and {{m:m5|his campaign}} {{c:c5|says}} {{q:indirect:campaign:m5:c5|it is working}}. {{q:indirect:person:m5b:c5b|Holloway's internal polling, which the campaign has not released, shows him gaining among independents}}, {{c:c5b|according to}} {{m:m5b|a person who has seen it}}.

His opponent has made the tariffs the center of her pitch to rural voters. "{{q:direct:whitfield:m6:c6|Ask anybody at this co-op whether it's been a short-term squeeze,}}" {{m:m6|Whitfield}} {{c:c6|said}} Monday at a farm supply cooperative in Moultrie. "{{q:direct:whitfield:m6:c6|Ask them how many of their neighbors sold out last year.}}"

{{m:m7|She}} {{c:c7|mocked}} Holloway's aid pledge as "{{q:direct:whitfield:m7:c7|an IOU signed by somebody else,}}" {{c:c7b|noting}} that {{q:indirect:whitfield:m7:c7b|Congress, not a single senator, decides whether farmers get disaster payments}}.

{{q:indirect?:poll:m8:c8|The race is essentially tied among likely voters, with Holloway ahead by 2 percentage points, within the margin of error}}, {{c:c8|according to}} {{m:m8|a poll released last week}} by the University of Georgia's School of Public and International Affairs. {{m:m8b|The same survey}} {{c:c8b|found}} that {{q:indirect?:poll:m8b:c8b|about 1 in 5 voters in rural counties were undecided}}.

{{m:m9|Dale Kimbrough}}, 58, who grows peanuts and cotton on 900 acres outside Sylvester, {{c:c9|said}} {{q:indirect:kimbrough:m9:c9|he has voted for Holloway's party in every election he can remember}}. {{q:indirect:kimbrough:m10:c10|This year, {{m:m10|he}} {{c:c10|said}}, he is not sure}}.

"{{q:direct:kimbrough:m11:c11|I'm not mad at anybody. I'm just tired of being the one who pays for the fight,}}" {{m:m11|Kimbrough}} {{c:c11|said}}, leaning on the tailgate of his pickup.

China bought about a third of U.S. peanut exports before the latest round of tariffs. Prices paid to Georgia growers have fallen by roughly a fifth since then, and several shelling plants in the region have cut shifts.

{{m:m12|A woman who runs a feed store in Tifton}}, who asked that her name not be used because she serves customers from both parties, {{c:c12|said}} {{q:indirect:woman:m12:c12|most of her regulars were keeping their views to themselves this fall}}. "{{q:direct:woman:m13:c13|They'll talk about the weather, the price of fertilizer, anything. Not the election,}}" {{m:m13|she}} {{c:c13|said}}.

{{m:m14|Several growers at the co-op meeting}} {{c:c14|said}} {{q:indirect:growers:m14:c14|they had put off buying equipment until after the election}}.

{{m:m15|The Georgia Farm Bureau}}, which does not endorse candidates, {{c:c15|said}} in a statement that {{q:indirect:bureau:m15:c15|farm income in the state had fallen for a third straight year}} and that "{{q:direct:bureau:m15:c15|both campaigns owe growers specifics.}}"

{{m:m16|Holloway spokeswoman Kara Benning}} {{c:c16|maintained}} that {{q:mixed:benning:m16:c16|the aid plan was "fully paid for" by savings elsewhere in the farm budget}}, though she did not say which programs would be cut.

Whitfield's campaign reported raising $14.2 million in the last quarter, about $3 million more than Holloway, much of it from small donors outside Georgia. Holloway has leaned on a super PAC that has reserved more than $20 million in television time for the final weeks.

Both candidates are scheduled to debate Oct. 21 in Macon, the only time they will share a stage before the election.

Back in Sylvester, {{m:m17|Kimbrough}} {{c:c17|said}} {{q:indirect:kimbrough:m17:c17|he would make up his mind in the booth}}. "{{q:direct:kimbrough:m18:c18|Same as always,}}" {{m:m18|he}} {{c:c18|said}}.
""",
)
