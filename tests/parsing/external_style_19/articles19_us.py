# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the nineteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external19 import article

article(
    "ext19_us_01_ap_house_va_hearing", "external/us-ap-congress", "en",
    {"secretary": ["Veterans Affairs official", "The official in charge of veterans' benefits", "Under Secretary Denise Halloran", "Denise Halloran"],
     "chair": ["Rep. Curtis Albrecht", "Curtis Albrecht"],
     "ranking": ["Rep. Yolanda Pruitt", "Yolanda Pruitt"],
     "ig": ["the department's inspector general"],
     "vfw": ["the Veterans of Foreign Wars"],
     "vet": ["Marcus Oyelaran"],
     "staff": ["Committee staff"],
     "va": ["the department"],
     "spox": ["A spokesperson"]},
    """
{{m:m0b|Veterans Affairs official}} {{c:c0b|says}} {{q:indirect:secretary:m0b:c0b|disability claims backlog will not clear before spring}}

By Lena Hartwell, Associated Press

WASHINGTON (AP) — {{m:m0|The official in charge of veterans' benefits}} {{c:c0|acknowledged}} on Wednesday that {{q:indirect:secretary:m0:c0|a backlog of nearly 300,000 disability claims would not be cleared before next spring}}, {{c:c0c|telling}} a House panel that {{q:indirect:secretary:m0:c0c|a new computer system had slowed processing instead of speeding it up}}.

{{m:m1|Under Secretary Denise Halloran}}, who has led the Veterans Benefits Administration since January, {{c:c1|told}} members of the House Veterans' Affairs Committee that {{q:indirect:secretary:m1:c1|the department had hired 2,400 claims processors this year}} but {{c:c2|that}} {{q:indirect:secretary:m1:c2|many of them were still in training}}.

"{{q:direct:secretary:m3:c3|I am not going to sit here and tell you this is fixed. It is not fixed,}}" {{m:m3|Halloran}} {{c:c3|said}}. "{{q:direct:secretary:m3:c3|What I can tell you is that we know where the bottlenecks are.}}"

Rep. Curtis Albrecht, the Illinois Republican who chairs the committee, opened the hearing by reading from letters sent to his office by veterans who had waited more than a year for a decision. {{m:m5|He}} {{c:c5|accused}} {{q:mixed:chair:m5:c5|the department of spending $1.1 billion on software "that nobody on the front line asked for}}."

"{{q:direct:chair:m6:c6|These are people who did what their country asked of them. And we are making them wait 14 months to find out whether we believe them,}}" {{m:m6|Albrecht}} {{c:c6|said}}.

{{q:indirect:ranking:m7:c7|The problem did not start with the current administration}}, {{c:c7|countered}} {{m:m7|Rep. Yolanda Pruitt}} of California, the committee's top Democrat. {{m:m8|She}} {{c:c8|urged}} {{q:indirect:ranking:m8:c8|colleagues from both parties to approve money for another 1,000 processors in the spending bill due next month}}.

"{{q:direct:ranking:m9:c9|We can hold hearings every quarter and yell at whoever is sitting at that table,}}" {{m:m9|Pruitt}} {{c:c9|said}}. "{{q:direct:ranking:m9:c9|Or we can give them the people they need.}}"

A report released last week by {{m:m10|the department's inspector general}} {{c:c10|found}} that {{q:indirect?:ig:m10:c10|claims handled on the new system took an average of 41 days longer than those processed the old way}}. {{m:m11|The report}} also {{c:c11|faults}} {{q:indirect?:ig:m11:c11|managers for rolling out the software in all 56 regional offices at once rather than testing it in a few}}.

Pressed on the report, {{m:m12|Halloran}} {{c:c12|conceded}} that {{q:mixed:secretary:m12:c12|the rollout "went faster than it should have}}." {{q:indirect:secretary:m13:c13|The department had since slowed the training schedule and brought back retired processors on short contracts}}, {{m:m13|she}} {{c:c13|said}}.

Asked by Albrecht whether veterans who had waited more than a year would get any priority, {{m:m14|she}} {{c:c14|replied}}: "{{q:direct:secretary:m14:c14|Yes. Starting Monday, every claim older than 365 days goes to the front of the line, no exceptions.}}"

The exchange grew testy when {{m:m15|Albrecht}} {{c:c15|questioned}} {{q:indirect?:chair:m15:c15|why the department had paid performance bonuses to senior managers in the same year the backlog grew by a third}}.

"{{q:direct:secretary:m16:c16|Those decisions were made before I arrived,}}" {{m:m16|Halloran}} {{c:c16|said}}. {{m:m17|She}} {{c:c17|promised}} {{q:indirect:secretary:m17:c17|to send the committee a full accounting of the bonuses within 30 days}}.

Veterans groups were unimpressed. In a statement issued after the hearing, {{m:m18|the Veterans of Foreign Wars}} {{c:c18|said}} {{q:mixed:vfw:m18:c18|the department had "run out of excuses}}" and {{c:c19|called}} on {{q:indirect:vfw:m18:c19|Congress to set a legal deadline for deciding claims}}.

Marcus Oyelaran, a former Army medic from Columbus, Ohio, who watched the hearing from the back of the room, has been waiting 17 months for a decision on a claim for hearing loss and a back injury.

"{{q:direct:vet:m20:c20|Every time I call, somebody new picks up and tells me it's in review. Nobody can tell me what review means,}}" {{m:m20|he}} {{c:c20|said}}. "{{q:direct:vet:m20:c20|I'm not asking for a favour. I'm asking for an answer.}}"

{{m:m21|Committee staff}} {{c:c21|estimated}} {{q:indirect?:staff:m21:c21|the backlog could rise again in the fall, when claims tied to toxic burn pit exposure are expected to surge}}. Department figures show that 38% of pending claims have been open for more than 125 days, the agency's own target.

{{m:m22|The department}} {{c:c22|said}} in a written response to the committee that {{q:indirect:va:m22:c22|it expected to complete 1.9 million claims this fiscal year, a record}}. The response does not say how many of those would be decided within the target.

{{m:m26|Albrecht}} {{c:c26|said}} {{q:indirect:chair:m26:c26|the committee would hold another hearing in September}}. {{m:m24|He}} {{c:c24|warned}} that {{q:indirect:chair:m24:c24|if the numbers had not improved by then, he would push to withhold part of the agency's budget for the new system}}.

"{{q:direct:chair:m25:c25|Nobody wants to do that,}}" {{m:m25|he}} {{c:c25|said}}. "{{q:direct:chair:m25:c25|But I want them to understand that we are watching.}}"

Halloran left the hearing room without taking questions from reporters. {{m:m27|A spokesperson}} later {{c:c27|said}} {{q:indirect:spox:m27:c27|she would visit the regional office in Baltimore, one of the slowest in the country, on Friday}}.
""",
)

article(
    "ext19_us_02_reuters_michigan_clerks_order", "external/us-reuters-statehouse", "en",
    {"sos": ["Michigan's top elections official", "Secretary of State Renata Kowalczyk", "Renata Kowalczyk"],
     "order": ["The order", "the directive"],
     "gop": ["Michigan Republican Party chair Dale Hutchins", "Dale Hutchins"],
     "clerk": ["Sharon Whitlock"],
     "clerks": ["the Michigan Association of County Clerks"],
     "lawsuit": ["The lawsuit"],
     "ag": ["Attorney General Omar Baptiste", "Omar Baptiste"],
     "lawyer": ["A lawyer for the party, Greg Lindqvist", "Greg Lindqvist"],
     "aide": ["An aide to Kowalczyk"],
     "official": ["a county election official in western Michigan"],
     "republicans": ["Republicans"]},
    """
Michigan clerks told to keep drop boxes open around the clock before November vote

By Tom Reinholt

LANSING, Mich., Sept 17 (Reuters) - {{m:m0|Michigan's top elections official}} on Tuesday {{c:c0|ordered}} {{q:indirect:sos:m0:c0|county and township clerks to keep every ballot drop box in the state open 24 hours a day for the 40 days before the November election}}, setting up a fight with {{m:m0b|Republicans}} who {{c:c0b|say}} {{q:indirect:republicans:m0b:c0b|the move goes beyond her authority}}.

{{m:m1|Secretary of State Renata Kowalczyk}}, a Democrat, {{c:c1|told}} {{q:indirect:sos:m1:c1|clerks to report any box that was damaged, full or unmonitored to her office within two hours}}, according to a copy of the directive reviewed by Reuters.

{{m:m2|The order}} {{c:c2|says}} {{q:indirect:order:m2:c2|clerks who cannot staff a box overnight must install a camera or ask the local sheriff for a patrol}}. {{q:indirect:order:m3:c3|Boxes that are closed without the state's approval will be treated as a violation of election law}}, {{m:m3|the directive}} {{c:c3|said}}.

"{{q:direct:sos:m4:c4|Voters in Detroit and voters in the Upper Peninsula deserve the same access. That is all this does,}}" {{m:m4|Kowalczyk}} {{c:c4|told}} reporters at the state Capitol. {{m:m5|She}} {{c:c5|dismissed}} Republican complaints as "{{q:direct:sos:m5:c5|a solution in search of a problem}}."

Michigan Republican Party chair Dale Hutchins blasted the order within hours. {{m:m7|He}} {{c:c7|argued}} {{q:indirect:gop:m7:c7|the secretary of state had no power to set hours for drop boxes, which he said were the business of local clerks under a 2022 constitutional amendment}}.

"{{q:direct:gop:m8:c8|She can issue all the guidance she likes. Guidance is not law,}}" {{m:m8|Hutchins}} {{c:c8|said}} in a telephone interview.

The party filed suit in the Michigan Court of Claims on Tuesday afternoon. {{m:m9|The lawsuit}} {{c:c9|asks}} {{q:indirect:lawsuit:m9:c9|the court to block the order until the Legislature can weigh in}}, and {{c:c10|claims}} {{q:indirect:lawsuit:m9:c10|the directive will cost small townships tens of thousands of dollars in overtime and equipment}}.

{{m:m11|A lawyer for the party, Greg Lindqvist}}, {{c:c11|predicted}} that {{q:indirect:lawyer:m11:c11|a judge would rule before absentee ballots go out next month}}. "{{q:direct:lawyer:m12:c12|This is not a close legal question,}}" {{m:m12|he}} {{c:c12|said}}.

{{m:m13|Attorney General Omar Baptiste}} {{c:c13|pledged}} {{q:indirect:ag:m13:c13|to defend the order}}. {{q:mixed:ag:m14:c14|The Republican lawsuit was "the same argument they lost in 2020, with a new date on it}}," {{m:m14|he}} {{c:c14|wrote}} on social media.

Clerks themselves were divided. {{m:m15|Sharon Whitlock}}, the Democratic clerk of Washtenaw County, {{c:c15|said}} {{q:indirect:clerk:m15:c15|her staff had kept the county's 11 boxes open overnight in the last two elections without a single problem}}.

But {{m:m16|the Michigan Association of County Clerks}}, which represents officials from both parties, {{c:c16|cautioned}} in a letter to Kowalczyk last month that {{q:indirect:clerks:m16:c16|many rural offices had only one or two full-time employees and could not watch boxes through the night}}. {{m:m17|The association}} {{c:c17|asked}} {{q:indirect:clerks:m17:c17|the state to pay for cameras and for extra staff}}.

"{{q:direct:official:m18:c18|I've got a box at a gas station that's 40 minutes from my office. Who's going to sit there at three in the morning? Me?}}" {{c:c18|asked}} {{m:m18|a county election official in western Michigan}}, who spoke on condition of anonymity because she was not authorized to speak to the media.

{{m:m19|An aide to Kowalczyk}} {{c:c19|said}} {{q:indirect:aide:m19:c19|the office had set aside $3 million in federal election security money for cameras and would begin taking requests from clerks next week}}.

State records show that about 1.5 million Michigan voters returned absentee ballots through drop boxes in 2024, roughly a third of all absentee ballots cast. A study by the University of Michigan found no case of a ballot taken from a drop box that year.

Michigan is one of several battleground states where the rules for returning ballots have become a political flashpoint. Republicans in the state Senate introduced a bill in June that would require drop boxes to close at 5 p.m. each day; it has not received a vote.

{{m:m20|Hutchins}} {{c:c20|insisted}} {{q:indirect:gop:m20:c20|the party was not trying to make it harder for anyone to vote}}. "{{q:direct:gop:m21:c21|We want the boxes. We want them watched. We want the clerks to decide,}}" {{m:m21|he}} {{c:c21|said}}.

Asked whether she expected to lose in court, Kowalczyk laughed. "{{q:direct:sos:m23:c23|I've been sued by the same people four times,}}" {{m:m23|she}} {{c:c23|said}}. "{{q:direct:sos:m23:c23|I'm still here, and so are the drop boxes.}}"

(Reporting by Tom Reinholt in Lansing; Additional reporting by Priya Nandakumar in Detroit; Editing by Colleen Marsh)
""",
)

article(
    "ext19_us_03_ap_pennsylvania_senate_campaign", "external/us-ap-campaign", "en",
    {"dem": ["Democrat Evelyn Marchetti", "Evelyn Marchetti"],
     "rep": ["Republican Grant Sobieski", "Grant Sobieski"],
     "people": ["Two people familiar with the campaign's planning"],
     "one": ["one of them"],
     "speaker": ["The most powerful Democrat in Harrisburg", "House Speaker Lamont Greer", "Lamont Greer"],
     "voters": ["Voters waiting outside the union hall"],
     "voter": ["Gloria Finnegan"],
     "campaign": ["Sobieski's campaign"],
     "pollster": ["Nate Carrow"]},
    """
Editor's note: This story is part of a series on the races that will decide control of the U.S. Senate.

Marchetti leans on steelworkers as Sobieski courts the suburbs in Pennsylvania Senate race

By Carla Dominguez, Associated Press

PITTSBURGH (AP) — {{m:m0|Democrat Evelyn Marchetti}} {{c:c0|told}} a union hall full of steelworkers on Saturday that {{q:indirect:dem:m0:c0|she would vote against any trade deal that did not protect American steel}}, and {{c:c1|vowed}} {{q:indirect:dem:m0:c1|to fight for the pensions of workers at two shuttered mills in the Monongahela Valley}}.

"{{q:direct:dem:m2:c2|My father worked 31 years at Edgar Thomson. I know what a pension means to a family in this valley,}}" {{m:m2|Marchetti}} {{c:c2|said}}, drawing a standing ovation. "{{q:direct:dem:m2:c2|And I know what it means when somebody in Washington trades it away.}}"

Across the state in the Philadelphia suburbs, {{m:m3|Republican Grant Sobieski}} {{c:c3|pitched}} {{q:indirect?:rep:m3:c3|himself as a check on spending}}, {{c:c4|telling}} voters at a diner in Media that {{q:indirect:rep:m3:c4|grocery prices, not trade, were what kept families up at night}}.

{{q:mixed:rep:m5:c5|Marchetti had voted for "every dollar of that spending spree" during her four years in the state Senate}}, {{m:m5|Sobieski}} {{c:c5|charged}}. {{m:m6|He}} {{c:c6|mocked}} her visit to the union hall as "{{q:direct:rep:m6:c6|a photo op with a hard hat}}."

The race is one of a handful that will decide which party controls the Senate next year. A Franklin & Marshall College poll released last week found Marchetti with 46% support and Sobieski with 44%, within the survey's margin of error.

"{{q:direct:pollster:m7:c7|It's a coin flip, and it's likely to stay a coin flip,}}" {{c:c7|said}} {{m:m7|Nate Carrow}}, who directs the poll. {{q:indirect:pollster:m8:c8|Voters in the suburbs of Philadelphia were still making up their minds}}, {{m:m8|he}} {{c:c8|said}}, while {{q:indirect:pollster:m8:c8|voters in western Pennsylvania had largely settled}}.

{{m:m9|Two people familiar with the campaign's planning}} {{c:c9|said}} {{q:indirect:people:m9:c9|Marchetti would spend most of October in the counties around Pittsburgh and Erie, where Democrats have lost ground since 2016}}. {{q:indirect:one:m10:c10|The campaign had booked $8 million in television time for the final three weeks}}, {{m:m10|one of them}} {{c:c10|said}}, speaking on condition of anonymity to discuss internal plans.

{{m:m11|The most powerful Democrat in Harrisburg}} {{c:c11|scolded}} {{q:mixed:speaker:m11:c11|national party leaders on Saturday for "writing off" rural voters}}, which the campaign has tried hard to avoid. {{m:m12|House Speaker Lamont Greer}}, who introduced Marchetti at the union hall, {{c:c12|lamented}} that {{q:indirect:speaker:m12:c12|too many Democrats had stopped showing up in places like Greene and Fayette counties}}.

"{{q:direct:speaker:m13:c13|You can't win Pennsylvania from a TV studio in Philadelphia,}}" {{m:m13|Greer}} {{c:c13|quipped}}. "{{q:direct:speaker:m13:c13|You win it in a VFW hall in Waynesburg on a Tuesday night.}}"

{{m:m14|Voters waiting outside the union hall}} {{c:c14|said}} {{q:indirect:voters:m14:c14|trade and the cost of living were on their minds more than abortion or immigration}}.

{{m:m15|Gloria Finnegan}}, 58, a retired school bus driver from McKeesport, {{c:c15|said}} {{q:indirect:voter:m15:c15|she voted for Donald Trump in 2016 but had not decided this year}}. "{{q:direct:voter:m16:c16|I like that she talks about the mills. I don't like that she's been in politics so long,}}" {{m:m16|Finnegan}} {{c:c16|said}}. "{{q:direct:voter:m16:c16|Ask me again in November.}}"

{{m:m17|Sobieski's campaign}} {{c:c17|said}} in a statement that {{q:indirect:campaign:m17:c17|he had raised $6.2 million in the last quarter, more than any Republican Senate candidate in Pennsylvania history}}. {{m:m18|It}} {{c:c18|accused}} {{q:mixed:campaign:m18:c18|Marchetti of taking money from "the same Washington special interests she rails against}}."

Campaign finance reports show Marchetti raised $7.1 million in the same period. Her campaign did not respond to a request for comment on the Republican statement.

At the diner in Media, {{m:m19|Sobieski}} {{c:c19|teased}} {{q:indirect?:rep:m19:c19|a new ad}} but would not say when it would air. {{m:m20|He}} {{c:c20|touted}} {{q:indirect?:rep:m20:c20|his endorsement from the Pennsylvania Chamber of Business and Industry}}, {{c:c22|saying}} {{q:indirect:rep:m20:c22|it showed that employers trusted him}}.

"{{q:direct:rep:m21:c21|People here aren't asking me about trade deals. They're asking me why a carton of eggs costs what it costs,}}" {{m:m21|he}} {{c:c21|said}}.

The two candidates are scheduled to debate on Oct. 8 in Harrisburg.

Associated Press writer Ben Okonkwo in Philadelphia contributed to this report.

A steelworker listens as Evelyn Marchetti speaks at a union hall in Pittsburgh on Saturday. (AP Photo/Ron Delaney)
""",
)
