# US politics articles of the external-style corpus. Original, invented prose; every person,
# campaign, poll and company is fictional (real states and institutions only as setting).
from build_external import article

article(
    "ext_us_01_campaign_trail", "external/us-campaign-trail", "en",
    {"hargrove": "Wade Hargrove", "delacroix": "Marisa Delacroix", "brandt": "Eli Brandt",
     "poll": ["Marlow Institute", "Marlow Institute poll"], "strategist": "a Republican strategist",
     "democrats": ["Democrats"], "aide": ["a Hargrove aide", "aide"], "bfp": "Buckeye Fiscal Project", "adscope": "AdScope"},
    """
Hargrove, Delacroix trade blows over steel as Ohio Senate race tightens

By Staff Writer | Published 6:14 PM EDT, Sat October 12

COLUMBUS, Ohio — Republican Senate candidate {{m:m1|Wade Hargrove}} {{c:c1|told}} a rally crowd in suburban Columbus on Saturday that {{q:mixed:hargrove:m1:c1|his Democratic opponent had “never signed the front of a paycheck,”}} escalating a fight over trade that has come to define one of the most expensive Senate races in the country.

Hargrove, a former steel distributor making his first run for office, spent much of a 40-minute speech at a Westerville event center on trade, a subject on which Ohio voters have long rewarded candidates who sound tough.

“{{q:direct:hargrove:m2:c2|I built a business in this state. I met a payroll for 31 years,}}” {{m:m2|Hargrove}} {{c:c2|said}}, to cheers from a crowd the campaign put at 2,000. “{{q:direct:hargrove:m2:c2|She has spent those same 31 years in a government office telling people like me how to do it.}}”

RELATED: Early voting requests in Ohio are running ahead of 2020. Here's what to know

Sen. {{m:m3|Marisa Delacroix}}, the two-term Democratic incumbent, has {{c:c3|said}} {{q:indirect:delacroix:m3:c3|the steel tariffs she voted to keep in place brought hundreds of jobs back to the Mahoning Valley}}. {{m:m4|She}} has {{c:c4|accused}} {{q:indirect:delacroix:m4:c4|Hargrove of buying cheap foreign steel while his competitors in Youngstown were laying off workers}}, a charge he denies.

“{{q:direct:delacroix:m5:c5|He made his money importing steel and now he wants to lecture Ohio workers about trade,}}” {{m:m5|Delacroix}} {{c:c5|said}} in a statement after the rally. “{{q:direct:delacroix:m5:c5|Voters in this state can smell that from a mile away.}}”

Asked by reporters after the event whether his company had ever bought Chinese steel, {{m:m6|Hargrove}} {{c:c6|said}} {{q:mixed:hargrove:m6:c6|the firm had bought from “a lot of places” over three decades}} but that {{q:indirect:hargrove:m6:c6|he was proud of every job it created}}. He did not say whether any of the steel had come from China, and his campaign did not respond to a follow-up question.

The race has narrowed since Labor Day. {{q:indirect?:poll:m7:c7|Delacroix leads Hargrove 47% to 45% among likely voters}}, {{c:c7|according to}} {{m:m7|a Marlow Institute poll}} released Thursday, a lead within the poll's margin of error of 3.1 percentage points. The same poll had her ahead by seven points in August.

On Sunday morning, Hargrove kept up the attack online. {{m:m8b|He}} {{c:c8|wrote}} in a post on X that {{q:mixed:hargrove:m8b:c8|Delacroix had voted “with the Washington establishment 94% of the time.”}}

Delacroix campaign spokesman {{m:m9|Eli Brandt}} {{c:c9|told}} reporters {{q:mixed:brandt:m9:c9|the figure was “invented out of thin air”}} and that {{q:indirect:brandt:m9:c9|the senator had broken with her party on energy and border votes}}.

{{m:m10|A Republican strategist working on the race}}, who spoke on the condition of anonymity to discuss internal polling, {{c:c10|said}} {{q:indirect:strategist:m10:c10|the campaign's own numbers showed Hargrove gaining ground among union households in the northeast of the state}}. {{m:m11|Democrats}} {{c:c11|say}} {{q:indirect:democrats:m11:c11|their turnout operation in Cleveland and Columbus will decide the race}}.

Much of the fight is over the jobs {{m:m12|Delacroix}} {{c:c12|says}} {{q:indirect:delacroix:m12:c12|the tariffs saved}}. An analysis by the nonpartisan {{m:m13|Buckeye Fiscal Project}} {{c:c13|found}} that {{q:indirect?:bfp:m13:c13|steel employment in the state rose by about 900 jobs in the two years after the tariffs took effect}}, a smaller number than either campaign uses.

Hargrove has not said whether he would vote to repeal the tariffs if elected. Pressed on the question Saturday, {{m:m14|he}} {{c:c14|told}} reporters {{q:mixed:hargrove:m14:c14|he would “look at every one of them,”}} then moved on to a question about the border.

{{q:indirect:aide:m15:c15|If the question comes up again at Tuesday's debate, {{m:m15|a Hargrove aide}} {{c:c15|said}}, the candidate will give the same answer}}.

The debate, the only one the two campaigns have agreed to, will be held at Ohio State University and broadcast statewide. Neither campaign would say who had proposed the format.

{{m:m16|Delacroix}} {{c:c16|told}} supporters at a union hall in Toledo on Sunday that {{q:mixed:delacroix:m16:c16|she was “not going anywhere.”}}

“{{q:direct:delacroix:m17:c17|I have been underestimated in every race I have ever run,}}” {{m:m17|she}} {{c:c17|said}}. “{{q:direct:delacroix:m17:c17|Honestly, I like it that way.}}”

{{q:indirect?:adscope:m18:c18|Outside groups have reserved more than $60 million in television time for the final three weeks}}, {{c:c18|according to}} the ad-tracking firm {{m:m18|AdScope}}, most of it in the Cleveland and Cincinnati markets.

READ MORE: Who is Wade Hargrove? What to know about Ohio's GOP Senate nominee
""")

article(
    "ext_us_02_congress_shutdown", "external/us-congress", "en",
    {"may": "Ruth May", "price": "Nora Price", "okafor": "Daniel Okafor", "whitehouse": ["White House"],
     "ford": "Janelle Ford", "union": "Eva Lindqvist", "unions": ["federal employee unions", "unions"],
     "tillman": "Greg Tillman", "aide": ["a senior Democratic aide", "Democratic aide"],
     "reyes": "Carmen Reyes", "conservatives": ["House Freedom Caucus", "conservatives"]},
    """
Senate deal to avert shutdown hits snag as House conservatives balk

WASHINGTON — A bipartisan Senate agreement to keep the government funded through mid-December ran into trouble on Wednesday, as a bloc of House conservatives said they would not support a stopgap that did not include new spending cuts, raising the odds of a partial shutdown at the end of the week.

Senate Appropriations Committee Chair {{m:m1|Ruth May}}, a Maine Republican who helped negotiate the deal, {{c:c1|told}} reporters at the Capitol that {{q:indirect:may:m1:c1|the Senate would vote on the measure as early as Thursday}} and that {{q:indirect:may:m1:c1|she expected it to pass with a large bipartisan majority}}.

“{{q:direct:may:m2:c2|Nobody gets everything they want in a bill like this. That is the point of it,}}” {{m:m2|Ms. May}} {{c:c2|said}}. “{{q:direct:may:m2:c2|The alternative is furloughing a million federal workers a month before Christmas.}}”

But in the House, {{m:m3|Rep. Greg Tillman}} of Texas, who leads the House Freedom Caucus, {{c:c3|said}} {{q:indirect:tillman:m3:c3|his members would oppose any short-term bill that simply extended current spending levels}}. {{m:m4|He}} {{c:c4|called}} {{q:mixed:tillman:m4:c4|the Senate agreement “a blank check with a bow on it.”}}

{{m:m5|The group}} {{c:c5|said}} in a statement late Tuesday that {{q:indirect:conservatives:m5:c5|it wanted cuts of at least $40 billion to nondefense programs}}. The statement did not say which programs should be cut.

Speaker Daniel Okafor has tried to keep his fractious majority together. {{m:m7|He}} {{c:c7|told}} a closed-door meeting of House Republicans on Wednesday morning that {{q:mixed:okafor:m7:c7|a shutdown weeks before the election would be “a gift to the other side,”}} according to two people familiar with the talks, who spoke on the condition of anonymity to describe a private meeting.
Okafor's spokeswoman, {{m:m9|Carmen Reyes}}, {{c:c9|said}} in a statement that {{q:mixed:reyes:m9:c9|the speaker was “focused on keeping the government open and getting our priorities across the finish line.”}} She did not respond to questions about whether he would put the Senate bill to a vote.

The {{m:m10|White House}} {{c:c10|urged}} {{q:indirect:whitehouse:m10:c10|House Republicans to take up the Senate deal without changes}}, and press secretary {{m:m11|Janelle Ford}} {{c:c11|accused}} {{q:mixed:ford:m11:c11|conservatives of “playing chicken with people's paychecks.”}}

Democrats, whose votes would be needed to pass any stopgap in the House, have been careful not to get ahead of the talks. Rep. {{m:m12|Nora Price}} of Michigan, the top Democrat on the House Appropriations Committee, {{c:c12|said}} {{q:mixed:price:m12:c12|her caucus would “look at what comes over from the Senate” before deciding}}.

“{{q:direct:price:m13:c13|We are not going to hand them the votes and then get blamed for whatever they bolt on at 2 a.m.,}}” {{m:m13|Price}} {{c:c13|said}}.

{{m:m14|A senior Democratic aide}} {{c:c14|said}} {{q:indirect:aide:m14:c14|leadership had asked members to keep their schedules clear through the weekend}}. The aide, like others interviewed for this article, was not authorized to speak publicly.

The agreement May negotiated with Senate Democrats would fund the government through Dec. 13 at current levels and add about $12 billion in disaster aid for states hit by this summer's hurricanes. It does not include the border security money that many House Republicans have demanded ({{m:m15b|Tillman}} has {{c:c15|said}} {{q:indirect:tillman:m15b:c15|he will not vote for any bill without it}}).

Asked whether he would support the bill if it came to the floor unchanged, {{m:m19|Tillman}} {{c:c19|said}} only that "{{q:direct:tillman:m19:c19|we'll see.}}" He would not say whether his group had the numbers to block it.

If the House passes a different version, the Senate would have to vote again, a process that could take days if any senator objects. {{m:m16|Ms. May}} {{c:c16|said}} {{q:indirect:may:m16:c16|she had spoken with Okafor twice on Wednesday}} and {{c:c17|asked}} {{q:indirect:may:m16:c17|him to bring the Senate bill up under a rule that would allow a simple majority vote}}.

Okafor has not said whether he will do so. If he does not, a shutdown would begin at 12:01 a.m. Saturday.

{{m:m20|Federal employee unions}} {{c:c20|said}} {{q:indirect:unions:m20:c20|they were preparing members for the possibility}}. "{{q:direct:union:m18:c18|People are already calling us asking whether they should skip a mortgage payment,}}" {{m:m18|Eva Lindqvist}}, a vice president of the American Federation of Government Employees, {{c:c18|said}} in an interview.

Story continues below advertisement
""")

article(
    "ext_us_03_court_treasurer", "external/us-courts", "en",
    {"prosecutors": ["prosecutors", "federal prosecutors"], "voss": "Lionel Voss",
     "kemper": "Alicia Kemper", "judge": "Harriet Sandoval", "gilchrist": "Terrence Gilchrist",
     "indictment": ["the indictment", "prosecutors"], "county": ["county officials", "officials"],
     "auditor": "Priya Natarajan", "experts": ["legal experts", "experts"], "lawyers": ["Lawyers for Lionel Voss", "lawyers", "Alicia Kemper"]},
    """
Former county treasurer's lawyers seek to toss fraud charges, citing '{{q:direct?:lawyers:-:-|selective prosecution}}'

By Court Reporter | Updated 9:41 a.m. CT Nov. 4

MILWAUKEE — {{m:m1|Lawyers for former Racine County Treasurer Lionel Voss}} {{c:c1|asked}} {{q:indirect:lawyers:m1:c1|a federal judge on Monday to dismiss the fraud charges against him}}, {{c:c1b|arguing}} in a court filing that {{q:indirect:lawyers:m1:c1b|prosecutors singled him out because of his criticism of the state's Republican legislative leaders}}.

In a 34-page motion, {{m:m2|Voss's attorney, Alicia Kemper}}, {{c:c2|argued}} that {{q:mixed:kemper:m2:c2|the government had ignored "far larger irregularities" in two neighboring counties run by officials of the other party}}. {{m:m3|She}} {{c:c3|wrote}} that {{q:mixed:kemper:m3:c3|the case was “a political prosecution dressed up as a white-collar one.”}}

Voss, 58, was indicted in June on 14 counts of wire fraud and money laundering. {{q:indirect:indictment:m4:c4|He steered more than $1.2 million in county investment funds through a consulting firm he secretly controlled}}, {{c:c4|according to}} {{m:m4|the indictment}}. He has pleaded not guilty.

{{m:m5|Federal prosecutors}} {{c:c5|said}} in their own filing last month that {{q:indirect:prosecutors:m5:c5|Voss used much of the money to pay off personal debts and to buy a lake house in Door County}}. Much of the money {{m:m5b|prosecutors}} {{c:c5b|say}} {{q:indirect:prosecutors:m5b:c5b|he spent}} went to the lake house, which was bought in cash in 2021.

A spokesman for the U.S. Attorney's Office in Milwaukee declined to comment on Monday's motion. {{m:m6|Prosecutors}} have {{c:c6|said}} in court that {{q:indirect:prosecutors:m6:c6|the investigation began after a routine audit, not a political complaint}}.

That audit was conducted by the county's own internal auditor, Priya Natarajan, who testified before a grand jury in April. In an interview with the Journal last year, {{m:m8|Natarajan}} {{c:c8|said}} {{q:mixed:auditor:m8:c8|she first noticed the transfers because they were "rounded to the dollar in a way that real invoices never are"}}.

“{{q:direct:auditor:m9:c9|I was not looking for anybody. I was looking for a spreadsheet error,}}” {{m:m9|she}} {{c:c9|said}} then.

The motion to dismiss is the latest in a series of aggressive defense filings. {{m:m10b|Kemper}} has also {{c:c10b|asked}} {{q:indirect:kemper:m10b:c10b|the court to move the trial out of the Eastern District of Wisconsin}}, {{c:c10c|arguing}} that {{q:indirect:kemper:m10b:c10c|news coverage had made a fair jury impossible}}, and has sought internal emails between the prosecutors and the state Justice Department.

U.S. District Judge Harriet Sandoval has not ruled on either request. At a hearing in September, {{m:m11|Sandoval}} {{c:c11|told}} both sides that {{q:mixed:judge:m11:c11|she would not allow the case to become “a referendum on Wisconsin politics”}} and {{c:c12|warned}} {{q:indirect:judge:m11:c12|Kemper against trying the case in the press}}.

Voss, who served three terms as treasurer and briefly ran for state Senate in 2018 as a Democrat, has been an outspoken critic of Assembly leaders, whom {{m:m13|he}} once {{c:c13|accused}} on the floor of a county board meeting of “{{q:direct:voss:m13:c13|treating local government like a piggy bank.}}”

Reached by phone on Monday, {{m:m14|Voss}} {{c:c14|said}} {{q:indirect:voss:m14:c14|he had been advised by his lawyers not to discuss the case}}. “{{q:direct:voss:m15:c15|I'll say this much: I have lived in this county my whole life, and I'm not going anywhere,}}” {{m:m15|he}} {{c:c15|said}}.

The defense filing leans heavily on the fact that no charges were brought after a 2022 state audit found unexplained transfers in Kenosha County. {{m:m16|County officials}} there {{c:c16|said}} at the time that {{q:indirect:county:m16:c16|the transfers were bookkeeping errors and had been corrected}}.

{{m:m19|Legal experts}} {{c:c19|said}} {{q:indirect:experts:m19:c19|motions alleging selective prosecution rarely succeed}}. {{q:indirect:gilchrist:m17:c17|Defendants must show both that similarly situated people were not charged and that the decision was driven by an improper motive, a high bar}}, {{c:c17|said}} {{m:m17|Terrence Gilchrist}}, a former federal prosecutor who now teaches at Marquette University Law School.

“{{q:direct:gilchrist:m18:c18|It is a motion you file when you want the judge, and frankly the public, to hear your theory of the case,}}” {{m:m18|Gilchrist}} {{c:c18|said}}. “{{q:direct:gilchrist:m18:c18|It's not usually a motion you expect to win.}}”

(The FBI, which investigated the case alongside the IRS, referred questions to the U.S. Attorney's Office.)

Prosecutors have until Nov. 25 to respond. A trial is scheduled for February.
""")

article(
    "ext_us_04_polls_governor", "external/us-polls-analysis", "en",
    {"poll": ["Granite State Survey", "University of New Hampshire Granite State Survey"],
     "mcbride": "Colleen McBride", "ashford": "Tobias Ashford", "lu": "Kevin Lu",
     "ashcamp": ["Ashford campaign", "campaign"], "mcbcamp": ["McBride campaign", "campaign"],
     "whitfield": "Dana Whitfield", "fogg": "Harlan Fogg", "voter": "Janice Morin",
     "official": ["a Republican official", "official"], "whitmemo": ["Dana Whitfield", "memo", "Ashford campaign"]},
    """
Poll: McBride opens narrow lead in N.H. governor's race as independents break late

Analysis | 5 min read

CONCORD, N.H. — {{q:indirect?:poll:m1:c1|Democrat Colleen McBride has pulled slightly ahead of Republican Tobias Ashford in the race for New Hampshire governor, with independent voters shifting toward her in the final month of the campaign}}, {{c:c1|according to}} {{m:m1|a new University of New Hampshire Granite State Survey}}.

{{q:indirect?:poll:-:c2|McBride, a former state Senate president, leads Ashford 49% to 46% among likely voters}}, {{c:c2|the poll found}}, with 4% undecided. In September the two were tied at 47%.

Among voters who do not identify with either party, McBride now leads by 11 points. The numbers suggest that Ashford's focus on the state's business tax has not yet broken through with those voters, who in the survey ranked housing costs and abortion as their top two issues.

“{{q:direct:lu:m3:c3|Independents in New Hampshire tend to decide late and they tend to decide together,}}” {{m:m3|Kevin Lu}}, who directs the survey, {{c:c3|said}} in an interview. “{{q:direct:lu:m3:c3|A three-point race in mid-October is still a coin flip here. But the direction matters, and right now the direction favors her.}}”

{{m:m4|Lu}} {{c:c4|cautioned}} that {{q:indirect:lu:m4:c4|the margin of error for the full sample was 3.6 percentage points}}, and that {{q:indirect:lu:m4:c4|the subgroup of independents had a larger margin}}.

The Ashford campaign dismissed the results. In a memo to supporters sent Wednesday night, {{m:m6|campaign manager Dana Whitfield}} {{c:c6|wrote}} that {{q:indirect:whitfield:m6:c6|the university's polls had underestimated Republican candidates in each of the last three cycles}} and that {{q:mixed:whitfield:m6:c6|the campaign's internal numbers showed a “dead heat.”}}

“{{q:direct:whitmemo:m7:c7|We have seen this movie before,}}” {{m:m7|the memo}} {{c:c7|said}}, according to a copy obtained by The Associated Press.

{{m:m8|Ashford}} {{c:c8|told}} reporters in Nashua on Thursday that {{q:indirect:ashford:m8:c8|he did not pay attention to polls}}, then spent several minutes explaining why this one was wrong. “{{q:direct:ashford:m9:c9|They had me down nine at this point two years ago and I won the primary by 14,}}” {{m:m9|he}} {{c:c9|said}}. (That primary was for an executive council seat, not governor.)

McBride was more guarded. "{{q:direct:mcbride:m10b:c10|I'm glad people are hearing what we're saying about housing,}}" {{m:m10b|she}} {{c:c10|said}} after a town hall in Keene. "{{q:direct:mcbride:m10b:c10|But I've been in enough of these races to know a poll isn't a vote.}}"

{{m:m11|She}} has {{c:c11|promised}} {{q:indirect:mcbride:m11:c11|to veto any bill that restricts abortion access beyond current state law}}, a pledge {{m:m12|Ashford}} has {{c:c12|called}} {{q:mixed:ashford:m12:c12|“a solution in search of a problem,”}} since the legislature has not passed such a bill. Asked in a debate last week whether he would sign one, {{m:m20|Ashford}} {{c:c20|said}} {{q:indirect:ashford:m20:c20|he did not expect to be asked to}}.

{{m:m13|The survey}} also {{c:c13|found}} that {{q:indirect?:poll:m13:c13|voters were divided on Ashford's proposal to cut the business profits tax}}: {{q:indirect?:poll:m13:c13|45% said they supported it and 44% opposed it}}. {{q:indirect:fogg:m14:c14|That finding is a problem for Ashford}}, {{c:c14|said}} {{m:m14|Harlan Fogg}}, a Republican consultant who advised the last two GOP governors but is not working for either campaign.

"{{q:direct:fogg:m15:c15|The whole theory of his race was that the tax cut would be his closer. If it's splitting 45-44, it isn't closing anything,}}" {{m:m15|Fogg}} {{c:c15|said}}.

{{m:m16|A Republican official}} in the state, who requested anonymity to speak candidly about the party's nominee, {{c:c16|said}} {{q:indirect:official:m16:c16|donors had grown frustrated with Ashford's reluctance to campaign in the Seacoast region}}, where McBride's lead is widest.

The poll's findings largely match the pattern in other recent surveys. A Saint Anselm College poll released last week showed McBride ahead by two points, and an internal McBride poll, which the campaign released Monday, put her lead at five.

At a diner in Manchester on Thursday morning, {{m:m17|Janice Morin}}, 63, a retired school nurse who {{c:c17|says}} {{q:indirect:voter:m17:c17|she voted for the Republican governor four years ago}}, {{c:c18|said}} {{q:indirect:voter:m17:c18|she had not made up her mind}}.

"{{q:direct:voter:m19:c19|My property taxes went up again. That's my issue. Whoever has a real answer for that gets my vote,}}" {{m:m19|she}} {{c:c19|said}}. {{q:indirect:voter:m21:c21|If neither of them does, {{m:m21|she}} {{c:c21|added}}, she might leave the governor's line blank}}.

The University of New Hampshire survey of 1,211 likely voters was conducted Oct. 9-14 online and by phone.

WATCH: Ashford and McBride clash over housing in first debate (2:14)
""")
