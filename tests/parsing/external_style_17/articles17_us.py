# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the seventeenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external17 import article

article(
    "ext17_us_01_ap_wisconsin_school_veto", "external/us-ap-statehouse", "en",
    {"gov": ["Alana Brookfield", "Gov. Alana Brookfield"],
     "vogt": ["Carl Vogt", "Assembly Speaker Carl Vogt"],
     "fuentes": ["Marisol Fuentes", "Superintendent Marisol Fuentes"],
     "senator": ["A Republican senator who spoke on condition of anonymity"],
     "poll": ["A Marquette Law School poll released last month"],
     "ostrowski": ["Gail Ostrowski"],
     "wasb": ["The Wisconsin Association of School Boards", "the group"],
     "supporters": ["Supporters"],
     "ostby": ["Mark Ostby", "Sen. Mark Ostby"]},
    """
{{m:m0|Wisconsin governor}} vetoes school spending cap, {{c:c0|says}} {{q:mixed:gov:m0:c0|lawmakers 'shortchanged' rural districts}}

By Todd Kessler, Associated Press

MADISON, Wis. (AP) — {{m:m1|Wisconsin Gov. Alana Brookfield}} vetoed a Republican-backed cap on school spending Thursday, {{c:c1|calling}} {{q:mixed:gov:m1:c1|it "a slow-motion cut" that would hit rural districts hardest}}.

The Democrat announced the veto in the gymnasium of a middle school in Richland Center, where enrollment has fallen by a third in a decade. "{{q:direct:gov:m2:c2|This bill tells a kid in Richland Center that her education is worth less than a kid's in Mequon,}}" {{m:m2|Brookfield}} {{c:c2|said}}. "{{q:direct:gov:m2:c2|I'm not going to sign that.}}"

{{m:m3|Assembly Speaker Carl Vogt}}, R-Rochester, {{c:c3|accused}} {{q:mixed:vogt:m3:c3|the governor of "playing politics with property taxes}}" and {{c:c4|said}} {{q:indirect:vogt:m3:c4|the Legislature would try to override the veto}}.

Overriding a veto takes a two-thirds vote in both chambers. Republicans hold 54 of the Assembly's 99 seats and 18 of 33 in the Senate, short of that mark in each.

{{m:m5|Vogt}} {{c:c5|conceded}} in an interview that {{q:indirect:vogt:m5:c5|Republicans did not have the votes to override on their own}}. "{{q:direct:vogt:m6:c6|We'll need some Democrats, and I think we'll find a few who've heard from their school boards,}}" {{m:m6|he}} {{c:c6|said}}.

The bill would have limited increases in per-pupil spending to 1% a year for four years. {{m:m7|Supporters}} {{c:c7|argued}} {{q:indirect:supporters:m7:c7|it would hold down property taxes}}, which rose an average of 4.6% last year.

{{m:m8|The head of the state's education department}} had {{c:c8|warned}} lawmakers in June that {{q:indirect:fuentes:m8:c8|the cap would force dozens of districts to ask voters for more money}}.

{{m:m9|Superintendent Marisol Fuentes}}, who was elected to the nonpartisan post in 2025, {{c:c9|said}} Thursday that {{q:indirect:fuentes:m9:c9|41 districts had already scheduled referendums for the spring}}. {{q:indirect:fuentes:m10:c10|Most of them, {{m:m10|she}} {{c:c10|said}}, are in counties with fewer than 30,000 people}}.

{{m:m11|A Republican senator who spoke on condition of anonymity}} to discuss private caucus talks {{c:c11|said}} {{q:indirect:senator:m11:c11|at least three GOP senators had raised concerns about the cap before it passed}}. {{q:indirect:senator:m12:c12|None of them was likely to vote against an override}}, {{m:m12|the senator}} {{c:c12|said}}.

{{m:m13|A Marquette Law School poll released last month}} {{c:c13|found}} {{q:indirect?:poll:m13:c13|58% of registered voters opposed a cap on school spending}}.

{{m:m14|Brookfield}} {{c:c14|reiterated}} that {{q:indirect:gov:m14:c14|she would sign a bill that tied the cap to the rate of inflation}}, an offer Republicans rejected in May.

Data from the Department of Public Instruction show that rural districts have lost about 9% of their students since 2015, while their costs for transportation and heating have climbed.

In Richland Center, {{m:m15|school board president Gail Ostrowski}}, whose district closed an elementary school last year, {{c:c15|said}} {{q:indirect:ostrowski:m15:c15|the veto bought the district time, nothing more}}.

"{{q:direct:ostrowski:m16:c16|We're still going to be back here next year having the same argument,}}" {{m:m16|Ostrowski}} {{c:c16|said}}. "{{q:direct:ostrowski:m16:c16|The buses don't get cheaper because enrollment drops.}}"

In her veto message, {{m:m17|Brookfield}} {{c:c17|wrote}} that {{q:mixed:gov:m17:c17|the cap "ignores the fixed costs of running a school, from buses to boilers}}."

The Wisconsin Association of School Boards, which had lobbied against the bill, praised the veto. {{q:indirect:wasb:m19:c19|Districts need predictable funding, not a ceiling set in Madison}}, {{m:m19|the group}} {{c:c19|said}} in a statement.

Vogt's office did not respond to an email seeking comment on the veto message.

Asked whether she would campaign against Republicans who voted for the cap, Brookfield smiled. "{{q:direct:gov:m20:c20|I'll let the voters keep score,}}" {{m:m20|she}} {{c:c20|said}}.

Brookfield, who is seeking a second term next year, has vetoed 37 bills since taking office, more than any Wisconsin governor in two decades.

Republican Sen. Mark Ostby of Oshkosh, who wrote the bill, bristled at the governor's description of it. {{m:m22|Ostby}} {{c:c22|said}} {{q:mixed:ostby:m22:c22|the cap would have given districts "room to grow" while protecting homeowners on fixed incomes}}.

"{{q:direct:ostby:m23:c23|Nobody in my district thinks a 1% raise every year is a cut. They'd take that deal on their own paychecks,}}" {{m:m23|Ostby}} {{c:c23|said}}.

In an interview with The Associated Press after the announcement, {{m:m24|Brookfield}} {{c:c24|said}} {{q:indirect:gov:m24:c24|she expected the fight over school money to carry into the campaign}}. "{{q:direct:gov:m25:c25|This is going to be on the ballot whether I like it or not,}}" {{m:m25|she}} {{c:c25|said}}.

The Assembly is scheduled to take up the override Oct. 14.

Associated Press writer Nadia Lund in Milwaukee contributed to this report.
""",
)

article(
    "ext17_us_02_reuters_fema_hearing", "external/us-reuters-congress", "en",
    {"whitcombe": ["Joan Whitcombe", "FEMA Administrator Joan Whitcombe"],
     "carrillo": ["Luis Carrillo", "Representative Luis Carrillo"],
     "ig": ["A report by the Department of Homeland Security's inspector general", "the report"],
     "osterhout": ["Frank Osterhout", "Chairman Frank Osterhout"],
     "aides": ["Two congressional aides", "one of the aides"],
     "dhs": ["The Department of Homeland Security"],
     "dominguez": ["Ray Dominguez"],
     "pruitt": ["Dana Pruitt", "Representative Dana Pruitt"]},
    """
FEMA chief defends hurricane response as lawmakers press on housing delays

By Adam Reyes

WASHINGTON, Sept 24 (Reuters) - {{m:m1|The head of the Federal Emergency Management Agency}} on Tuesday defended the agency's response to Hurricane Delia, {{c:c1|telling}} a House panel that {{q:indirect:whitcombe:m1:c1|aid had reached most survivors within 10 days of the storm}}.

{{m:m2|FEMA Administrator Joan Whitcombe}} {{c:c2|told}} the House Transportation and Infrastructure Committee that {{q:indirect:whitcombe:m2:c2|the agency had approved 212,000 applications for help in Texas and Louisiana}} and that {{q:indirect:whitcombe:m2:c2|payments had gone out faster than after any storm of its size}}.

But members of both parties pressed her on reports that some families waited more than six weeks for temporary housing.

{{m:m3|Representative Luis Carrillo}}, a Democrat whose Texas district took the brunt of the storm, {{c:c3|said}} {{q:indirect:carrillo:m3:c3|a constituent in Corpus Christi had written to his office that her family was living in a car}}.

"{{q:direct:carrillo:m4:c4|These are not numbers,}}" {{m:m4|Carrillo}} {{c:c4|said}}. "{{q:direct:carrillo:m4:c4|These are people who did everything you asked them to do.}}"

{{m:m5|Whitcombe}} {{c:c5|acknowledged}} {{q:indirect?:whitcombe:m5:c5|the delays}} but {{c:c6|blamed}} {{q:indirect?:whitcombe:m5:c6|a shortage of housing inspectors}}. "{{q:direct:whitcombe:m7:c7|We had 1,400 inspectors for a storm that needed 3,000,}}" {{m:m7|she}} {{c:c7|said}}.

{{q:mixed:whitcombe:m8:c8|FEMA needs "a standing army, not a pickup team," for the next big storm}}, {{m:m8|she}} {{c:c8|said}} in her written testimony.

{{m:m9|A report by the Department of Homeland Security's inspector general}}, released last week, {{c:c9|said}} {{q:indirect:ig:m9:c9|FEMA had failed to fix problems in its housing program that were identified after Hurricane Ian in 2022}}. {{m:m10|The report}} {{c:c10|recommended}} that {{q:indirect?:ig:m10:c10|the agency hire more permanent inspectors}}.

{{m:m11|Committee Chairman Frank Osterhout}}, R-Mo., {{c:c11|questioned}} {{q:indirect?:osterhout:m11:c11|whether the agency needed more money or better management}}. {{m:m12|He}} {{c:c12|said}} {{q:indirect:osterhout:m12:c12|Congress had given FEMA $20 billion for its disaster relief fund last year}} and that {{q:indirect:osterhout:m12:c12|taxpayers deserved to know where it went}}.

"{{q:direct:osterhout:m13:c13|I'm not interested in writing another check until somebody can show me the last one was cashed wisely,}}" {{m:m13|Osterhout}} {{c:c13|said}}.

{{m:m14|Two congressional aides}} {{c:c14|said}} {{q:indirect:aides:m14:c14|the committee was drafting a bill that would create a permanent corps of disaster inspectors}}. {{q:indirect:aides:m15:c15|A vote could come before the end of the year}}, {{m:m15|one of the aides}} {{c:c15|said}}, speaking on condition of anonymity because the bill has not been released.

{{m:m16|The Department of Homeland Security}} {{c:c16|said}} in a statement that {{q:indirect:dhs:m16:c16|it had accepted all eight of the inspector general's recommendations}}.

FEMA data show that the median wait for a housing inspection after Delia was 19 days, compared with 11 days after Hurricane Ian.

{{m:m17|A spokesman for the Texas Division of Emergency Management, Ray Dominguez}}, {{c:c17|said}} {{q:indirect:dominguez:m17:c17|the state had asked FEMA twice in the first week for more inspectors}}. "{{q:direct:dominguez:m18:c18|We asked early and we asked loudly,}}" {{m:m18|Dominguez}} {{c:c18|said}}.

{{m:m19|Whitcombe}}, a former emergency manager in Florida who took over FEMA in 2025, {{c:c19|told}} lawmakers {{q:indirect:whitcombe:m19:c19|she had asked the White House for authority to hire 1,000 permanent inspectors}}. {{q:indirect:whitcombe:m20:c20|The request, {{m:m20|she}} {{c:c20|said}}, is still under review}}.

{{m:m21|Representative Dana Pruitt}}, R-La., {{c:c21|said}} {{q:indirect:pruitt:m21:c21|some of her constituents in Lake Charles had been told by FEMA to reapply for housing help three times}}.

"{{q:direct:pruitt:m22:c22|Did anyone at FEMA lose their job over this?}}" {{m:m22|Pruitt}} {{c:c22|asked}}.

"{{q:direct:whitcombe:m23:c23|Not yet, and I'm not going to fire inspectors we don't have,}}" {{m:m23|Whitcombe}} {{c:c23|replied}}, drawing groans from some members of the panel.

Congressional Budget Office estimates show the disaster relief fund could run short by early next summer if another major hurricane strikes before then.

Whitcombe is scheduled to testify before a Senate panel on Thursday.

(Reporting by Adam Reyes; Editing by Lisa Shumaker)
""",
)

article(
    "ext17_us_03_ap_nevada_senate_debate", "external/us-ap-campaign", "en",
    {"mercado": ["Elena Mercado", "Sen. Elena Mercado"],
     "hollis": ["Grant Hollis"],
     "moderator": ["the moderator", "Tom Riordan"],
     "hollis_campaign": ["Hollis' campaign", "Hollis campaign"],
     "mercado_campaign": ["Mercado's campaign", "Mercado campaign manager Devin Shah", "Devin Shah"],
     "strategist": ["A Republican strategist who has advised the Hollis campaign"],
     "voters": ["Several voters who watched the debate at a union hall in Henderson"],
     "delgado": ["Rosa Delgado"],
     "records": ["county property records"]},
    """
Mercado, Hollis clash over housing and water in only Nevada Senate debate

By Marisa Chen, Associated Press

LAS VEGAS (AP) — {{m:m1|Democratic Sen. Elena Mercado}} and {{m:m2|Republican Grant Hollis}} sparred over housing costs and the shrinking Colorado River on Thursday in their only debate before the November election, with Mercado {{c:c1|accusing}} {{q:mixed:mercado:m1:c1|her challenger of "selling the desert to the highest bidder}}" and Hollis {{c:c2|calling}} {{q:mixed:hollis:m2:c2|the senator "a tourist in her own state}}."

The hourlong debate, held at a university in Las Vegas and broadcast statewide, came as polls show the race within the margin of error.

Hollis, a former developer who has never held office, went after Mercado early on rents. "{{q:direct:hollis:m3:c3|Rent in this city has gone up 40% since she took office. What has she done about it? Nothing,}}" {{m:m3|he}} {{c:c3|said}}.

{{m:m4|Mercado}} {{c:c4|shot back}} that {{q:indirect:mercado:m4:c4|Hollis' own company had bought up hundreds of single-family homes and turned them into rentals}}. "{{q:direct:mercado:m5:c5|You didn't just watch the rent go up, Grant. You sent the bill,}}" {{m:m5|she}} {{c:c5|said}}, drawing applause. {{m:m6|The moderator}} {{c:c6|asked}} {{q:indirect:moderator:m6:c6|the audience to hold its applause until the end}}.

{{q:indirect?:records:m6b:c6b|Hollis' company did buy about 300 homes in the Las Vegas area between 2019 and 2022}}, {{c:c6b|according to}} {{m:m6b|county property records}}. He sold his stake in 2023.

Asked by the moderator, Tom Riordan of KLAS-TV, how each would protect the state's share of the Colorado River, {{m:m8|Hollis}} {{c:c8|said}} {{q:indirect:hollis:m8:c8|Nevada should push California and Arizona to take deeper cuts}} before asking more of its own farmers and cities.

{{m:m9|Mercado}} {{c:c9|said}} {{q:indirect:mercado:m9:c9|she had helped secure $4 billion in federal money for water conservation}}. {{q:indirect:mercado:m10:c10|Nevada, {{m:m10|she}} {{c:c10|argued}}, already uses less of the river than any other state in the lower basin}}.

"{{q:direct:hollis:m11:c11|She keeps saying that like it's an accomplishment,}}" {{m:m11|Hollis}} {{c:c11|interjected}}.

"{{q:direct:mercado:m12:c12|It is,}}" {{m:m12|Mercado}} {{c:c12|replied}}.

The two also clashed over abortion, which is protected by the Nevada Constitution. {{m:m13|Hollis}} {{c:c13|said}} {{q:indirect:hollis:m13:c13|he would not vote for a national ban}}. {{m:m14|Mercado}} {{c:c14|said}} {{q:indirect:mercado:m14:c14|she did not believe him}}, pointing to a 2022 fundraising email in which {{m:m14b|he}} {{c:c14b|promised}} {{q:mixed:hollis:m14b:c14b|to "stand for life at every level}}."

After the debate, {{m:m15|Mercado campaign manager Devin Shah}} {{c:c15|told}} reporters that {{q:mixed:mercado_campaign:m15:c15|the senator had "shown Nevadans who's been doing the work}}." {{m:m16|Hollis' campaign}} {{c:c16|said}} in a statement that {{q:mixed:hollis_campaign:m16:c16|its candidate had won the debate "on every issue that matters to families}}."

{{m:m17|A Republican strategist who has advised the Hollis campaign}}, speaking on condition of anonymity to discuss internal polling, {{c:c17|said}} {{q:indirect:strategist:m17:c17|the race had tightened among Latino voters in Clark County over the summer}}.

{{m:m18|Several voters who watched the debate at a union hall in Henderson}} {{c:c18|said}} {{q:indirect:voters:m18:c18|neither candidate had said much about how to bring rents down}}.

"{{q:direct:delgado:m19:c19|They talked about each other for an hour. I wanted to hear about my rent,}}" {{m:m19|Rosa Delgado}}, 41, a hotel housekeeper, {{c:c19|said}}. {{m:m20|She}} {{c:c20|said}} {{q:indirect:delgado:m20:c20|she was still leaning toward Mercado}}.

Early voting in Nevada begins Oct. 19.
""",
)
