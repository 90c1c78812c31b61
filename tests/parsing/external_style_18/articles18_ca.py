# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the eighteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces, First Nations and institutions only as setting). Written and annotated before the parser was run on them.
from build_external18 import article

article(
    "ext18_ca_01_cp_ns_rcmp_wildfire", "external/ca-cp-police", "en",
    {"rcmp": ["Nova Scotia RCMP", "the RCMP", "police"],
     "giroux": ["Cpl. Annick Giroux", "Annick Giroux"],
     "dnr": ["the Department of Natural Resources and Renewables"],
     "minister": ["Natural Resources Minister Trevor MacAskill", "Trevor MacAskill"],
     "ranger": ["The province's duty officer for wildfires", "Jenna Boudreau"],
     "mayor": ["Mayor Lorraine Comeau", "Lorraine Comeau"],
     "resident": ["Wendell Dunphy"],
     "residents": ["Residents at the evacuation centre"],
     "ec": ["Environment and Climate Change Canada"],
     "chief": ["Chief Ray Ellsworth", "Ray Ellsworth"],
     "order": ["The evacuation order"]},
    """
RCMP charge man after wildfire forces evacuations near Annapolis Royal

By Mark Rafuse, The Canadian Press

HALIFAX — {{m:m0|Nova Scotia RCMP}} {{c:c0|say}} {{q:indirect:rcmp:m0:c0|a 46-year-old man has been charged in connection with a wildfire that forced more than 300 people from their homes in the Annapolis Valley on the weekend}}.

{{m:m1|Police}} {{c:c1|allege}} {{q:indirect:rcmp:m1:c1|the man was burning brush on his property near Annapolis Royal on Saturday afternoon despite a provincewide ban on open fires}}. {{m:m2|They}} {{c:c2|say}} {{q:indirect:rcmp:m2:c2|he has been charged under the Forests Act and is scheduled to appear in Digby provincial court in June}}.

{{m:m3|Cpl. Annick Giroux}}, a spokesperson for the RCMP, {{c:c3|said}} {{q:indirect:giroux:m3:c3|officers went door to door on Saturday night to make sure people had left}}.

"{{q:direct:giroux:m4:c4|Most people were already packed and waiting for us. A few wanted to stay and hose down their roofs, and we had to have some frank conversations,}}" {{m:m4|Giroux}} {{c:c4|said}} in an interview.

{{m:m5|The Department of Natural Resources and Renewables}} {{c:c5|says}} {{q:indirect:dnr:m5:c5|the fire had burned about 1,100 hectares by Monday morning and was considered out of control}}. {{q:indirect:dnr:m6:c6|Crews had managed to hold the fire's eastern edge along a power line corridor}}, {{m:m6|the department}} {{c:c6|noted}} in its morning update.

{{m:m7|The province's duty officer for wildfires}} {{c:c7|conceded}} that {{q:indirect:ranger:m7:c7|the weather over the next two days would decide whether people could go home before the weekend}}.

"{{q:direct:ranger:m8:c8|If that wind shifts to the southwest the way the models are showing, we'll be fighting this thing for another week,}}" {{m:m8|Jenna Boudreau}} {{c:c8|said}} at a briefing in Middleton. {{q:indirect:ranger:m9:c9|Two water bombers from Newfoundland and Labrador were due to arrive on Monday afternoon}}, {{m:m9|she}} {{c:c9|added}}.

{{m:m10|Natural Resources Minister Trevor MacAskill}} {{c:c10|said}} {{q:indirect:minister:m10:c10|the fire ban would stay in place across the province until at least May 31}}. {{m:m11|He}} {{c:c11|reminded}} people that {{q:indirect:minister:m11:c11|fines for breaking it start at $25,000}}.

"{{q:direct:minister:m12:c12|I don't know how much clearer we can be. Do not burn. Not in your backyard, not in a barrel, not anywhere,}}" {{m:m12|MacAskill}} {{c:c12|said}}.

The evacuation order, issued by the Municipality of the County of Annapolis, covers about 140 properties along Highway 8 and the Lequille Road. {{m:m14|It}} {{c:c14|says}} {{q:indirect:order:m14:c14|residents must not return until the order is lifted, even to collect pets}}.

{{m:m15|Mayor Lorraine Comeau}} {{c:c15|said}} {{q:indirect:mayor:m15:c15|the county would open a pet reception area at the Bridgetown fire hall on Tuesday}}. {{q:mixed:mayor:m16:c16|Staff had been "run off their feet" since Saturday}}, {{m:m16|Comeau}} {{c:c16|said}}, {{c:c17|praising}} volunteer firefighters from across the valley as "{{q:direct:mayor:m16:c17|the reason nobody got hurt.}}"

{{m:m18|Residents at the evacuation centre in Bridgetown}} {{c:c18|said}} {{q:indirect:residents:m18:c18|they were grateful for the help but anxious for news about their houses}}.

{{m:m19|Wendell Dunphy}}, 71, {{c:c19|said}} {{q:indirect:resident:m19:c19|he and his wife left with two suitcases and their cat}}. "{{q:direct:resident:m20:c20|You could see the smoke coming over the hill. We didn't wait to be told twice,}}" {{m:m20|he}} {{c:c20|said}}. "{{q:direct:resident:m20:c20|Forty-one years in that house. I just want to know if it's still standing.}}"

Data from the Canadian Interagency Forest Fire Centre show that Nova Scotia has had 86 wildfires so far this year, more than double the number at this point last year.

{{m:m21|Environment and Climate Change Canada}} {{c:c21|is forecasting}} {{q:indirect?:ec:m21:c21|gusts of up to 60 kilometres an hour in the valley on Tuesday, with no significant rain until Thursday}}.

In Annapolis Royal, {{m:m26|the town's volunteer fire chief}} {{c:c26|said}} {{q:indirect:chief:m26:c26|his crews had spent most of Sunday wetting down properties on the western edge of town as a precaution}}. {{m:m23|Chief Ray Ellsworth}} {{c:c23|described}} the smoke on Saturday evening as "{{q:direct:chief:m23:c23|the thickest I've seen in 30 years on the department.}}" {{q:indirect:chief:m24:c24|None of the town's homes had been damaged}}, {{m:m24|he}} {{c:c24|stressed}}.

{{m:m22|Police}} {{c:c22|are asking}} {{q:indirect:rcmp:m22:c22|anyone who saw smoke in the area before 2 p.m. on Saturday to contact the Annapolis District RCMP detachment}}.

This report by The Canadian Press was first published May 12, 2026.
""",
)

article(
    "ext18_ca_02_cbc_calgary_transit_council", "external/ca-cbc-city", "en",
    {"union": ["ATU Local 583", "the union"],
     "president": ["Gurpreet Sandhu", "Local 583 president Gurpreet Sandhu"],
     "mayor": ["Mayor Helen Kowalczyk", "Helen Kowalczyk"],
     "manager": ["The city's general manager of transit", "Darnell Osei"],
     "report": ["A report to council", "the report"],
     "chabot": ["Coun. Sylvie Chabot", "Sylvie Chabot"],
     "wright": ["Coun. Derek Wright", "Derek Wright"],
     "rider": ["Amina Farouk"],
     "riders": ["Riders waiting at the City Hall CTrain platform"],
     "ct": ["A spokesperson for Calgary Transit", "The city's transit department", "Calgary Transit"],
     "chamber": ["The Calgary Chamber of Commerce"]},
    """
Calgary council votes to hire 120 transit operators as union warns of burnout

{{q:mixed:president:m30:c30|Drivers working 'six days a week just to keep buses on the road,'}} {{m:m30|union president}} {{c:c30|tells}} council

Joel Baptiste · CBC News · Posted: Nov 18, 2026 6:00 AM MST

Calgary city council voted 11-4 on Tuesday to hire 120 more bus and CTrain operators next year, after {{m:m0|the union representing transit workers}} {{c:c0|told}} councillors that {{q:indirect:union:m0:c0|drivers were exhausted}} and that {{q:indirect:union:m0:c0|service cuts were coming if nothing changed}}.

"{{q:direct:president:m1:c1|Our members are working six days a week just to keep buses on the road. People are falling asleep in the break room between shifts,}}" {{m:m1|Gurpreet Sandhu}}, president of ATU Local 583, {{c:c1|said}} during a public hearing that ran past 10 p.m.

{{m:m2|Sandhu}} {{c:c2|said}} {{q:indirect:president:m2:c2|overtime among operators had nearly tripled since 2022}}, and that {{q:indirect:president:m2:c2|about one in five scheduled trips on some weekend routes was now being cancelled for lack of a driver}}.

{{m:m3|Local 583}} {{c:c3|has warned}} {{q:indirect:union:m3:c3|it could file a formal complaint under Alberta's occupational health and safety rules over fatigue}}.

{{m:m4|The city's general manager of transit}} {{c:c4|acknowledged}} that {{q:indirect:manager:m4:c4|the system was short about 90 operators}}. {{m:m5|Darnell Osei}} {{c:c5|told}} council that {{q:indirect:manager:m5:c5|recruiting had improved this fall}}, but that {{q:indirect:manager:m5:c5|many new hires left within a year because of split shifts and abuse from passengers}}.

"{{q:direct:manager:m6:c6|We can hire people. Keeping them is the hard part,}}" {{m:m6|Osei}} {{c:c6|said}}.

{{m:m7|A report to council}} {{c:c7|estimates}} that {{q:indirect:report:m7:c7|the new positions will cost $11.4 million a year once training is complete}}. {{m:m8|The report}} {{c:c8|recommends}} {{q:indirect:report:m8:c8|paying for them partly through a fare increase of 25 cents in 2027}}.

{{m:m9|Mayor Helen Kowalczyk}}, who voted in favour, {{c:c9|said}} {{q:mixed:mayor:m9:c9|the city could not "keep asking the same people to do more with less}}."

"{{q:direct:mayor:m10:c10|If we want people to get out of their cars, the bus has to show up. It's that simple,}}" {{m:m10|she}} {{c:c10|said}} after the vote.

Not everyone agreed. {{m:m11|Coun. Derek Wright}}, who voted against the plan, {{c:c11|questioned}} {{q:indirect:wright:m11:c11|why council was raising fares while ridership on some suburban routes remained below pre-pandemic levels}}.

"{{q:direct:wright:m12:c12|We're asking the people who ride the bus the least to pay for service they don't use,}}" {{m:m12|Wright}} {{c:c12|said}}. {{m:m13|He}} {{c:c13|proposed}} {{q:indirect:wright:m13:c13|delaying the fare increase by a year}}, but the amendment failed 9-6.

{{m:m14|Coun. Sylvie Chabot}}, who chairs the city's infrastructure committee, {{c:c14|described}} the hiring as "{{q:direct:chabot:m14:c14|catch-up, not expansion.}}" {{q:indirect:chabot:m15:c15|Calgary had added roughly 60,000 residents since the last big transit hire}}, {{m:m15|she}} {{c:c15|pointed out}}, {{c:c16|adding}} that {{q:indirect:chabot:m15:c16|the new Green Line would need its own operators within a few years}}.

Figures from Calgary Transit show weekday ridership averaged about 430,000 trips in October, the highest since 2019.

{{m:m17|The Calgary Chamber of Commerce}} {{c:c17|said}} in a written submission that {{q:indirect:chamber:m17:c17|reliable transit was critical for downtown businesses trying to bring workers back to the office}}.

{{m:m18|Riders waiting at the City Hall CTrain platform}} on Tuesday evening {{c:c18|said}} {{q:indirect:riders:m18:c18|late and missing buses had become routine}}.

"{{q:direct:rider:m19:c19|Twice last week the 300 just never came. I was late for work both times,}}" {{c:c19|said}} {{m:m19|Amina Farouk}}, a nursing student who commutes from the northeast. {{q:indirect:rider:m20:c20|She now leaves home 30 minutes earlier than she used to}}, {{m:m20|she}} {{c:c20|said}}.

{{m:m21|Sandhu}} {{c:c21|called}} {{q:mixed:president:m21:c21|the vote "a good first step}}" but {{c:c22|said}} {{q:indirect:president:m21:c22|the union would keep pressing the city to end split shifts}}.

"{{q:direct:president:m23:c23|A hundred and twenty drivers helps. It doesn't fix the schedule,}}" {{m:m23|he}} {{c:c23|said}}.

{{m:m25|The city's transit department}} {{c:c25|said}} in a statement after the meeting that {{q:indirect:ct:m25:c25|it would begin posting the new positions in January}}. {{m:m24|A spokesperson for Calgary Transit}} {{c:c24|said}} {{q:indirect:ct:m24:c24|applicants would be offered a signing bonus of $2,000 for the first time, paid after six months on the job}}.

The first new operators are expected to start training in February.

With files from Tara Nguyen
""",
)
