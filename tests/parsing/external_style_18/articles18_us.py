# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the eighteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external18 import article

article(
    "ext18_us_01_ap_arizona_ballot_ruling", "external/us-ap-courts", "en",
    {"judge": ["Renata Okafor", "U.S. District Judge Renata Okafor"],
     "ruling": ["the ruling", "Renata Okafor"],
     "lawsuit": ["The lawsuit"],
     "hale": ["Curtis Hale"],
     "velasquez": ["Marisol Velasquez", "Secretary of State Marisol Velasquez"],
     "aclu": ["the American Civil Liberties Union of Arizona"],
     "brandt": ["Owen Brandt"],
     "clerk": ["The Maricopa County recorder", "Harlan Pruitt"],
     "expert": ["Dana Whitlock"],
     "lawyers": ["lawyers for the Legislature"],
     "order": ["The order", "Renata Okafor"]},
    """
Judge blocks Arizona law requiring proof of citizenship for mail ballots

By Thomas Greer, Associated Press

PHOENIX (AP) — {{m:m0|A federal judge}} on Tuesday blocked an Arizona law that would have required voters to show proof of citizenship before receiving a mail ballot, {{c:c1|ruling}} that {{q:indirect:judge:m0:c1|the measure likely violates the National Voter Registration Act and would confuse voters weeks before the primary}}.

{{m:m2|U.S. District Judge Renata Okafor}} {{c:c2|wrote}} that {{q:mixed:judge:m2:c2|the state had offered "no evidence whatsoever" that noncitizens had cast mail ballots in any recent election}}. "{{q:direct:ruling:m3:c3|The burden this law places on eligible voters is concrete and immediate, while the harm it claims to prevent remains hypothetical,}}" {{m:m3|the ruling}} {{c:c3|said}}.

The law, passed by the Republican-controlled Legislature in April, had been set to take effect Aug. 1.

{{m:m4|The lawsuit}}, filed in May by a coalition of voting rights groups, {{c:c4|alleges}} that {{q:indirect:lawsuit:m4:c4|as many as 200,000 registered voters could lose access to mail ballots because their citizenship records are incomplete}}.

{{m:m5|Republican House Speaker Curtis Hale}}, who sponsored the bill, {{c:c5|vowed}} to {{q:indirect:hale:m5:c5|appeal to the 9th U.S. Circuit Court of Appeals}}.

"{{q:direct:hale:m6:c6|Arizonans deserve to know that only citizens are choosing their leaders. One unelected judge has decided otherwise, and we will not let that stand,}}" {{m:m6|Hale}} {{c:c6|said}} in a statement.

{{m:m7|He}} {{c:c7|dismissed}} concerns about voter confusion as "{{q:direct:hale:m7:c7|a talking point,}}" {{c:c8|arguing}} that {{q:indirect:hale:m7:c8|county recorders had months to update their rolls}}.

Democratic Secretary of State Marisol Velasquez, whose office had declined to defend the law in court, welcomed the decision. {{q:indirect:velasquez:m10:c10|Her office would send guidance to all 15 counties by the end of the week}}, {{m:m10|she}} {{c:c10|said}}, {{c:c11|adding}} that {{q:indirect:velasquez:m10:c11|no voter who received a mail ballot in 2024 should expect any change}}.

"{{q:direct:velasquez:m12:c12|If you got your ballot in the mail last time, you'll get it in the mail this time,}}" {{m:m12|Velasquez}} {{c:c12|told}} reporters at the Capitol. "{{q:direct:velasquez:m12:c12|That's the message I want every voter to hear today.}}"

{{m:m13|The head of the state's largest election office}} {{c:c13|cautioned}}, however, that {{q:indirect:clerk:m13:c13|the ruling would not be the last word}}. {{m:m14|Harlan Pruitt}}, the Maricopa County recorder, {{c:c14|said}} {{q:indirect:clerk:m14:c14|his staff had already flagged about 41,000 voters whose files lacked citizenship documents and would keep that list in case the appeals court reversed Okafor}}.

"{{q:direct:clerk:m15:c15|We plan for every outcome. That's the job,}}" {{m:m15|Pruitt}} {{c:c15|said}}.

Court records show that the state spent about $380,000 on outside lawyers to defend the measure.

{{m:m16|Owen Brandt}}, a lawyer for the American Civil Liberties Union of Arizona, which joined the suit, {{c:c16|said}} {{q:mixed:brandt:m16:c16|the decision was "a reminder that the courthouse door is still open" to voters who are pushed aside by lawmakers}}. {{m:m18|The group}} {{c:c18|said}} in a separate statement that {{q:indirect:aclu:m18:c18|it would seek to make the injunction permanent}}.

At a hearing last month, {{m:m19|lawyers for the Legislature}} {{c:c19|told}} Okafor that {{q:indirect:lawyers:m19:c19|the law merely enforced rules already on the books}}. The judge was skeptical. "{{q:direct:judge:m21:c21|If these rules were already on the books, why did you need a new law?}}" {{m:m21|she}} {{c:c21|asked}}.

{{m:m22|The order}} {{c:c22|directs}} {{q:indirect:order:m22:c22|the secretary of state and the county recorders not to enforce the law until the case is decided}}.

{{m:m24|Dana Whitlock}}, a law professor at Arizona State University who studies election law, {{c:c24|predicted}} that {{q:indirect:expert:m24:c24|the appeals court would move quickly because the primary is so close}}. {{q:indirect:expert:m26:c26|Judges tend to avoid changing election rules in the final weeks before a vote}}, {{m:m26|she}} {{c:c26|noted}}, {{c:c27|adding}}: "{{q:direct:expert:m26:c27|That principle cuts both ways here.}}"

A spokesperson for Republican Attorney General candidate Lyle Barstow did not respond to a request for comment.

Polling by the Arizona Republic in June found that a majority of likely voters supported some form of citizenship check, though fewer than a third said they knew how the new law would work.

Associated Press writer Jonathan Fisk in Tucson contributed to this report.
""",
)

article(
    "ext18_us_02_reuters_senate_shutdown", "external/us-reuters-congress", "en",
    {"thune": ["Gordon Ashby", "Senate Majority Leader Gordon Ashby"],
     "leader": ["Senate Democratic leader Patricia Loomis", "Patricia Loomis"],
     "omb": ["Deborah Kline", "White House budget director Deborah Kline"],
     "press": ["Aaron Whitfield", "White House press secretary Aaron Whitfield"],
     "aides": ["Two Senate aides familiar with the talks"],
     "aide": ["one of the aides"],
     "caucus": ["Moderates in both parties"],
     "union": ["The American Federation of Government Employees", "the American Federation of Government Employees"],
     "memo": ["The memo", "Deborah Kline"],
     "president": ["Rosa Delgado", "union president Rosa Delgado"],
     "hawks": ["Budget hawks"],
     "benning": ["Representative Carla Benning", "Carla Benning"],
     "johnson": ["House Speaker Mike Johnson", "Mike Johnson"],
     "cbo": ["the Congressional Budget Office"],
     "dobbs": ["Raymond Dobbs", "Senator Raymond Dobbs"]},
    """
US Senate leaders trade blame as shutdown deadline nears

By Elena Marsh

WASHINGTON, Sept 26 (Reuters) - {{m:m0|The top Republican in the U.S. Senate}} {{c:c0|accused}} {{q:mixed:thune:m0:c0|Democrats on Friday of holding federal workers "hostage" over health care subsidies}}, as lawmakers left Washington for the weekend with no deal to keep the government funded past Tuesday.

{{m:m1|Senate Majority Leader Gordon Ashby}} {{c:c1|told}} reporters that {{q:indirect:thune:m1:c1|he would bring a stopgap bill to the floor again on Monday}} and that {{q:mixed:thune:m1:c1|Democrats would have "one more chance" to pass it}}.

"{{q:direct:thune:m2:c2|This is a clean bill. There is nothing in it that either party has not voted for before,}}" {{m:m2|Ashby}} {{c:c2|said}}. "{{q:direct:thune:m2:c2|The only question is whether they want to shut the government down.}}"

{{m:m3|Senate Democratic leader Patricia Loomis}} {{c:c3|countered}} that {{q:indirect:leader:m3:c3|Republicans had refused for weeks to negotiate on expiring insurance subsidies that help about 22 million Americans pay for coverage}}. {{q:indirect:leader:m4:c4|Premiums for many of those families would roughly double next year without an extension}}, {{m:m4|she}} {{c:c4|warned}}.

"{{q:direct:leader:m5:c5|They keep saying clean bill. There's nothing clean about letting families lose their insurance,}}" {{m:m5|Loomis}} {{c:c5|said}} on the Senate floor.

At the White House, {{m:m6|budget director Deborah Kline}} {{c:c6|instructed}} {{q:indirect:omb:m6:c6|agencies to review their shutdown plans and to tell employees by Monday whether they would be furloughed}}, according to a memo seen by Reuters. {{m:m7|The memo}} also {{c:c7|says}} {{q:indirect:memo:m7:c7|agencies should not assume that furloughed workers will receive back pay}}, a break from past practice.

{{m:m8|White House press secretary Aaron Whitfield}} {{c:c8|declined}} to {{q:indirect?:press:m8:c8|say whether President Donald Trump had spoken to Loomis this week}}. {{m:m9|He}} {{c:c9|insisted}} {{q:mixed:press:m9:c9|the administration was "ready to sign" the Republican bill the moment it passed}}.

{{m:m10|Two Senate aides familiar with the talks}} {{c:c10|said}} {{q:indirect:aides:m10:c10|a small group of senators had met privately on Thursday night to discuss a one-year extension of the subsidies with new income limits}}. {{q:indirect:aide:m11:c11|No agreement was reached}}, {{m:m11|one of the aides}} {{c:c11|said}}, speaking on condition of anonymity because the talks were private.

{{m:m12|Moderates in both parties}} {{c:c12|have argued}} that {{q:indirect:caucus:m12:c12|an extension could pass easily if leaders allowed a vote}}. {{m:m13|Senator Raymond Dobbs}}, a Republican from Maine, {{c:c13|said}} {{q:mixed:dobbs:m13:c13|he was "frustrated beyond words" that the two sides were not talking}}.

"{{q:direct:dobbs:m14:c14|Everybody in this building knows where the deal is. We just have to be willing to walk over and pick it up,}}" {{m:m14|he}} {{c:c14|said}}.

Analysts expect a shutdown to cost the economy about $7 billion a week, and {{m:m16|the Congressional Budget Office}} {{c:c16|has estimated}} that {{q:indirect?:cbo:m16:c16|the 2018-2019 shutdown reduced economic output by $11 billion, of which $3 billion was never recovered}}.

Government data show that about 750,000 federal employees would be furloughed on the first day of a shutdown, while hundreds of thousands more would be required to work without pay.

{{m:m17|The American Federation of Government Employees}}, the largest federal workers' union, {{c:c17|called on}} {{q:indirect:union:m17:c17|both parties to pass a funding bill and settle their differences afterward}}. "{{q:direct:president:m18:c18|Our members are not bargaining chips,}}" {{m:m18|union president Rosa Delgado}} {{c:c18|said}}. "{{q:direct:president:m18:c18|They have rent due on the first of the month like everybody else.}}"

{{m:m19|Delgado}} {{c:c19|said}} {{q:indirect:president:m19:c19|the union had heard from members at airports and national parks who were already cutting back on spending}}, and {{c:c20|urged}} {{q:indirect:president:m19:c20|lawmakers to stay in Washington over the weekend}}.

Asked whether he would cancel the Senate's scheduled recess in October if the government shut down, {{m:m21|Ashby}} {{c:c21|said}}: "{{q:direct:thune:m21:c21|Nothing is off the table.}}"

{{m:m40|Budget hawks}} in the House Freedom Caucus {{c:c40|signalled}} that {{q:indirect:hawks:m40:c40|they would oppose any deal that added subsidy money without spending cuts elsewhere}}. {{m:m41|Representative Carla Benning}} of Texas, a member of the group, {{c:c41|wrote}} on X that {{q:mixed:benning:m41:c41|a subsidy extension would be "a blank check with a bow on it}}."

The House passed the stopgap bill last week by a vote of 217-212, with one Democrat voting in favor. {{m:m42|House Speaker Mike Johnson}} {{c:c42|has said}} {{q:indirect:johnson:m42:c42|the House will not return before Tuesday}}.

(Reporting by Elena Marsh; Additional reporting by David Cho; Editing by Scott Malone and Alistair Bell)
""",
)

article(
    "ext18_us_03_ap_georgia_governor_poll", "external/us-ap-campaign", "en",
    {"ramsey": ["Lt. Gov. Colin Ramsey", "Colin Ramsey"],
     "ellison": ["Tamara Ellison", "former state Sen. Tamara Ellison"],
     "pollster": ["Marcus Bell", "pollster Marcus Bell"],
     "ad": ["a television ad", "Ramsey's campaign"],
     "spox": ["Nadia Perez", "campaign spokeswoman Nadia Perez"],
     "voter": ["Gloria Hatcher"],
     "voters": ["Several voters at the rally"],
     "memo": ["The memo", "Terrence Boyd"],
     "chair": ["the chair of the Georgia Republican Party", "Wesley Crane"]},
    """
Poll shows tight race for Georgia governor as candidates fight over teacher pay

By Lauren Whitaker, Associated Press

ATLANTA (AP) — A new poll shows the race for Georgia governor essentially tied five weeks before Election Day, with {{m:m0|Democrat Tamara Ellison}} {{c:c0|promising}} {{q:mixed:ellison:m0:c0|to raise teacher pay "in the first budget I sign}}" and {{m:m1|Republican Lt. Gov. Colin Ramsey}} {{c:c1|calling}} {{q:mixed:ramsey:m1:c1|her plan "a bill that lands on every homeowner in this state}}."

The survey by the University of Georgia's School of Public and International Affairs found Ramsey with 47% support among likely voters and Ellison with 46%, within the poll's margin of error.

"{{q:direct:pollster:m2:c2|This is about as close as a race gets. Neither candidate has given the small slice of undecided voters a reason to break their way yet,}}" {{c:c2|said}} {{m:m2|Marcus Bell}}, who directed the survey.

{{m:m3|Bell}} {{c:c3|pointed out}} that {{q:indirect:pollster:m3:c3|Ellison led among women by 14 points while Ramsey led among men by almost as much}}. {{q:indirect:pollster:m4:c4|Voters in the Atlanta suburbs, especially in Gwinnett and Cobb counties, would likely decide the race}}, {{m:m4|he}} {{c:c4|said}}.

At a rally in Macon on Wednesday, {{m:m5|Ellison}} {{c:c5|told}} supporters that {{q:indirect:ellison:m5:c5|Georgia teachers earn less than teachers in most neighboring states}} and that {{q:indirect:ellison:m5:c5|the state could afford a $5,000 raise without a tax increase}}.

"{{q:direct:ellison:m6:c6|We have a surplus of more than $10 billion sitting in the bank. Don't let anyone tell you we can't pay the people who teach our kids,}}" {{m:m6|she}} {{c:c6|said}}, to loud applause.

{{m:m7|Ellison}}, a former state senator and high school principal, {{c:c7|boasted}} that {{q:indirect:ellison:m7:c7|she had been endorsed by the state's two largest teacher groups}}.

Ramsey scoffed at the figure. {{q:indirect:ramsey:m9:c9|The surplus was a one-time windfall that could not pay for permanent raises}}, {{m:m9|he}} {{c:c9|said}} during a stop at a trucking company outside Savannah, and {{c:c10|maintained}} that {{q:indirect:ramsey:m9:c10|Ellison's plan would eventually force local property tax increases}}.

"{{q:direct:ramsey:m11:c11|Math doesn't change because it's an election year,}}" {{m:m11|Ramsey}} {{c:c11|said}}. "{{q:direct:ramsey:m11:c11|I've raised teacher pay twice as lieutenant governor, and I did it without raising anybody's taxes.}}"

State budget records show that teacher salaries rose by a combined $3,000 over the past two years.

In a brief interview after the Savannah event, Ramsey was asked whether he would commit to any raise at all next year. {{m:m31|He}} {{c:c31|declined}} to {{q:indirect?:ramsey:m31:c31|name a figure}}, but {{c:c32|signalled}} that {{q:indirect:ramsey:m31:c32|a smaller raise tied to classroom performance was possible if revenue held up}}. "{{q:direct:ramsey:m33:c33|I'm not going to bid against her with money we don't have,}}" {{m:m33|he}} {{c:c33|said}}.

Ellison's campaign manager, {{m:m35|Terrence Boyd}}, sent reporters a two-page memo on Thursday {{c:c35|arguing}} that {{q:indirect:memo:m35:c35|the poll understated turnout among younger voters}}. {{m:m34|The memo}} {{c:c34|contends}} that {{q:indirect:memo:m34:c34|voters under 30 made up a larger share of the electorate in 2024 than the survey assumed}}.

Ramsey's campaign released {{m:m13|a television ad}} on Thursday that {{c:c13|accuses}} {{q:indirect:ad:m13:c13|Ellison of voting against school safety funding while in the state Senate}}. {{m:m14|Campaign spokeswoman Nadia Perez}} {{c:c14|said}} {{q:indirect:spox:m14:c14|the ad would run in every media market in the state through Election Day}}.

{{m:m15|Ellison}} {{c:c15|called}} {{q:mixed:ellison:m15:c15|the ad "a lie with a nice soundtrack}}" and {{c:c15b|said}} {{q:indirect:ellison:m15:c15b|the vote in question was on a budget bill that also cut money for school counselors}}.

{{m:m16|The chair of the Georgia Republican Party}} {{c:c16|predicted}} that {{q:indirect:chair:m16:c16|turnout in rural counties would carry Ramsey to victory}}, as it did for Republicans in 2022. {{m:m17|Wesley Crane}} {{c:c17|said}} {{q:indirect:chair:m17:c17|the party had opened 30 field offices, more than in any previous governor's race}}.

{{m:m18|Several voters at the rally}} {{c:c18|said}} {{q:indirect:voters:m18:c18|teacher pay was not the only issue on their minds}}. "{{q:direct:voter:m19:c19|My grocery bill is what I think about every day,}}" {{c:c19|said}} {{m:m19|Gloria Hatcher}}, 63, a retired nurse from Warner Robins. "{{q:direct:voter:m19:c19|Whoever does something about that gets my vote.}}"

The poll of 1,014 likely voters was conducted Sept. 18-27 and has a margin of error of plus or minus 3.1 percentage points.

Early voting in Georgia begins Oct. 13.
""",
)
