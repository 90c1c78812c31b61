# ruff: noqa: E501  (article prose: one paragraph a line)
# Indian and Scottish articles of the twenty-third external-style batch. Original, invented prose; every person
# and company is fictional (real cities, courts, health boards and parties only as setting). Written and
# annotated before the parser was run on them.
from build_external23 import article

article(
    "ext23_in_01_hindu_bengaluru_water_tariff", "external/in-city-news", "en",
    {"bwssb": ["BWSSB", "The Bengaluru Water Supply and Sewerage Board", "the Board"],
     "chairman": ["Ramesh Gowda", "Mr. Gowda"],
     "official": ["A senior BWSSB official", "the official"],
     "minister": ["Deputy Chief Minister Suresh Hegde", "Mr. Hegde"],
     "opposition": ["Leader of the Opposition in the Council Manjunath Rao", "Mr. Rao", "Opposition"],
     "rwa": ["The Federation of Bengaluru Resident Welfare Associations", "the federation"],
     "president": ["its president, Kavitha Menon", "Kavitha Menon", "Ms. Menon"],
     "expert": ["T.V. Srinivas", "Mr. Srinivas"],
     "resident": ["Lakshmi Narayan", "Ms. Narayan"],
     "tanker": ["a tanker operator in Whitefield", "the operator"],
     "chamber": ["The Bengaluru Chamber of Industry and Commerce"],
     "kulkarni": ["Srinidhi Kulkarni", "Ms. Kulkarni"],
     "revenue": ["P. Anand", "Chief Engineer (Revenue) P. Anand", "Mr. Anand"]},
    """
BWSSB hikes water tariff by 12%, {{m:mh|Opposition}} {{c:ch|calls}} {{q:mixed:opposition:mh:ch|it 'anti-people'}}

Staff Reporter

BENGALURU, March 18, 2026 21:14 IST

{{m:m0|The Bengaluru Water Supply and Sewerage Board}} (BWSSB) on Wednesday {{c:c0|announced}} {{q:indirect?:bwssb:m0:c0|a 12% increase in domestic water tariffs from April 1}}, the first revision in over a decade.

{{m:m1|The man who heads the Board}} defended the decision, {{c:c1|saying}} {{q:indirect:chairman:m1:c1|the utility was losing nearly ₹90 crore a year on power bills for pumping Cauvery water up to the city}}. {{m:m2|Ramesh Gowda}}, BWSSB chairman, {{c:c2|told}} reporters that {{q:mixed:chairman:m2:c2|the hike was "modest and unavoidable"}}.

"{{q:direct:chairman:m3:c3|We have absorbed rising costs since 2014. We cannot keep asking the State government to bail us out every year,}}" {{m:m3|Mr. Gowda}} {{c:c3|said}}.

{{q:indirect:chairman:m4:c4|Households using less than 8,000 litres a month would see an increase of only ₹18 to ₹25}}, {{m:m4|he}} {{c:c4|added}}.

Data from the Board shows that nearly 40% of the water it supplies is lost to leaks and illegal connections.

{{m:m5|A senior BWSSB official}}, who did not wish to be named, {{c:c5|said}} {{q:mixed:official:m5:c5|the Board would also start charging a "sewerage cess" on apartment complexes that had not connected to the underground drainage network}}. "{{q:direct:official:m6:c6|Many large apartments are still using soak pits. That has to stop,}}" {{c:c6|said}} {{m:m6|the official}}.

{{m:m7|Deputy Chief Minister Suresh Hegde}}, who holds the Bengaluru Development portfolio, {{c:c7|said}} {{q:indirect:minister:m7:c7|the government had approved the revision only after the Board agreed to cap the increase for slum households}}.

{{m:m8|Leader of the Opposition in the Council Manjunath Rao}} {{c:c8|termed}} {{q:mixed:opposition:m8:c8|the hike "anti-people"}} and {{c:c9|questioned why}} {{q:indirect?:opposition:m8:c9|the government had not first recovered dues of over ₹600 crore from commercial establishments}}. {{m:m10|He}} {{c:c10|demanded}} that {{q:indirect:opposition:m10:c10|the revision be withdrawn immediately}}.

{{m:m11|The Federation of Bengaluru Resident Welfare Associations}} {{c:c11|said}} {{q:indirect:rwa:m11:c11|it would meet the chairman next week}}. {{m:m12|Its president, Kavitha Menon}}, {{c:c12|said}} {{q:mixed:president:m12:c12|residents were "not against paying more" but wanted a guarantee of regular supply}}.

"{{q:direct:president:m13:c13|In many layouts, water comes once in three days. People are paying for tankers on top of their BWSSB bill. Who will compensate them?}}" {{m:m13|she}} {{c:c13|asked}}.

{{m:m14|T.V. Srinivas}}, a former engineer-in-chief of the Board, {{c:c14|opined}} that {{q:indirect:expert:m14:c14|the tariff increase would do little unless the Board tackled unaccounted-for water}}. {{q:indirect:expert:-:-|Every percentage point of leakage saved would be worth more than the hike itself}}.

{{m:m15|Lakshmi Narayan}}, a resident of Mahadevapura, {{c:c15|said}} {{q:indirect:resident:m15:c15|her family spent ₹3,000 a month on tanker water during the summer}}. {{q:indirect:tanker:m16:c16|Prices would go up again from April}}, {{c:c16|said}} {{m:m16|a tanker operator in Whitefield}}, requesting anonymity.

Commercial tariffs will rise by 15%, while rates for industrial users remain unchanged for now. The Board last revised tariffs in 2014, when domestic rates went up by about a third.

{{m:m20|The Bengaluru Chamber of Industry and Commerce}} {{c:c20|said}} {{q:mixed:chamber:m20:c20|the increase for commercial users was "steep but expected"}} and {{c:c21|asked}} {{q:indirect?:chamber:m20:c21|the Board to publish a timeline for fixing leaks in the central business district}}.

Civic activists, however, were less forgiving. {{m:m22|Srinidhi Kulkarni}} of the citizens' group Whitefield Rising {{c:c22|said}} {{q:indirect:kulkarni:m22:c22|residents of the city's eastern suburbs had been promised Cauvery water connections in 2019 and were still waiting}}.

"{{q:direct:kulkarni:m23:c23|We are being asked to pay more for water that does not even reach our taps. First connect us, then talk about tariffs,}}" {{m:m23|she}} {{c:c23|said}}.

{{m:m24|The official in charge of the Board's revenue wing}} {{c:c24|told}} The Hindu that {{q:indirect:revenue:m24:c24|meter-reading would be shifted to a mobile app by June to cut billing errors}}, which account for a large share of complaints. {{m:m25|Chief Engineer (Revenue) P. Anand}} {{c:c25|said}} {{q:indirect:revenue:m25:c25|the app had been tested in two wards}}.

The revised tariffs will be reflected in bills issued from May. {{m:m17|BWSSB}} {{c:c17|said}} {{q:indirect:bwssb:m17:c17|consumers could raise grievances on its helpline 1916}}.

(With inputs from PTI)

Published - March 18, 2026 09:14 pm IST
""",
    notes="The Hindu city news: headline 'X hikes …, Opposition calls it …' (optional), 'on Wednesday announced' (noun object, optional), role before person 'The man who heads the Board defended the decision, saying …' named next sentence, 'Ramesh Gowda, BWSSB chairman, told reporters that', fronted '…, he added', 'Data from the Board shows' (no quote), 'A senior BWSSB official, who did not wish to be named, said' + '…, said the official', 'termed the hike \"…\"' (direct), 'questioned why' (optional), 'demanded that', 'Its president, X, said', 'she asked', 'opined that' + continuation, inverted '…, said a tanker operator in Whitefield, requesting anonymity', '(With inputs from PTI)'.",
)

article(
    "ext23_scot_01_herald_nhs_waiting", "external/uk-scotland-health", "en",
    {"boyd": ["Fiona Boyd", "Ms Boyd", "Health Secretary", "Scotland's Health Secretary"],
     "board": ["NHS Greater Glasgow and Clyde", "The health board", "the health board"],
     "director": ["The health board's director of acute services, Dr Alan Craig", "Alan Craig", "Dr Craig"],
     "labour": ["Scottish Labour's health spokeswoman, Morag Baillie", "Morag Baillie", "Ms Baillie"],
     "tories": ["The Scottish Conservatives"],
     "rcem": ["The Royal College of Emergency Medicine in Scotland", "The college"],
     "vicechair": ["Its vice-chair, Dr Iain Munro", "Iain Munro", "Dr Munro"],
     "patient": ["Agnes Kerr", "Mrs Kerr"],
     "son": ["Her son, Stephen", "Stephen", "He"],
     "govt": ["A Scottish Government spokesperson"],
     "libdem": ["The Scottish Liberal Democrats' health spokesman, Calum Rae", "Calum Rae", "Mr Rae"],
     "rcn": ["the RCN", "RCN"],
     "gillespie": ["Norma Gillespie"]},
    """
{{m:mh|Health Secretary}} {{c:ch|admits}} {{q:mixed:boyd:mh:ch|A&E waits 'not where they need to be' as figures hit winter high}}

By Claire Douglas, Health Correspondent

{{m:mL|Scotland's Health Secretary}} has {{c:cL|conceded}} that {{q:mixed:boyd:mL:cL|emergency department waiting times are "not where they need to be"}} after official figures showed fewer than two-thirds of patients were seen within four hours last month.

{{m:m0|Fiona Boyd}} {{c:c0|told}} MSPs at Holyrood on Tuesday that {{q:indirect:boyd:m0:c0|the winter had been one of the most difficult the NHS had faced since the pandemic, with flu admissions running at twice last year's level}}.

Public Health Scotland figures show that 63.4% of patients attending A&E in January were admitted, transferred or discharged within four hours, against a target of 95%.

"{{q:direct:boyd:m2:c2|I'm not going to stand here and pretend that these numbers are acceptable. They are not. But I want to pay tribute to staff who have worked under enormous pressure,}}" {{m:m2|Ms Boyd}} {{c:c2|said}}.

{{m:m3|Scottish Labour's health spokeswoman, Morag Baillie}}, {{c:c3|accused}} {{q:mixed:labour:m3:c3|the government of "presiding over a permanent winter crisis"}}. {{m:m4|She}} {{c:c4|pressed}} the Health Secretary to say {{q:indirect?:labour:m4:c4|when the 95% target would last be met}}.

{{q:indirect:boyd:m5:c5|That was not a question she could answer with a date}}, {{m:m5|Ms Boyd}} {{c:c5|replied}}.

{{m:m6|The Scottish Conservatives}} {{c:c6|said}} {{q:indirect:tories:m6:c6|delayed discharge was at the root of the problem, with about 1,900 beds occupied on any given day by patients who were well enough to leave}}.

At the Queen Elizabeth University Hospital in Glasgow, the longest waits were recorded by {{m:m7|NHS Greater Glasgow and Clyde}}, which {{c:c7|said}} {{q:indirect:board:m7:c7|it had opened an extra 60 beds since December}}.

{{m:m8|The official who runs the board's hospitals}} {{c:c8|acknowledged}} that {{q:indirect:director:m8:c8|some patients had waited on trolleys for more than 12 hours}}. {{m:m9|Dr Alan Craig}}, the board's director of acute services, {{c:c9|said}}: "{{q:direct:director:m9:c9|Nobody who works in our emergency departments wants that for a patient. We are sorry to every family who has experienced it.}}"

{{m:m10|The Royal College of Emergency Medicine in Scotland}} {{c:c10|warned}} that {{q:indirect:rcem:m10:c10|long waits were linked to avoidable deaths}}. {{m:m11|Its vice-chair, Dr Iain Munro}}, {{c:c11|said}} {{q:mixed:vicechair:m11:c11|the figures represented "real people, often elderly, spending a night in a corridor"}}.

Agnes Kerr, 84, from Paisley, waited 19 hours for a bed after a fall in January. {{m:m13|Her son, Stephen}}, {{c:c13|said}} {{q:indirect:son:m13:c13|his mother had been given a chair in a corridor because there were no trolleys left}}.

"{{q:direct:son:m14:c14|The staff were brilliant, run off their feet. But my mum is 84. She shouldn't have been sitting in a plastic chair all night,}}" {{m:m14|he}} {{c:c14|said}}.

{{m:m15|A Scottish Government spokesperson}} {{c:c15|said}} {{q:indirect:govt:m15:c15|record funding of £21.7 billion had been allocated to health and social care this year}}, and that {{q:indirect:govt:m15:c15|a new national discharge taskforce would report by the summer}}.

In the chamber, {{m:m16|Ms Boyd}} {{c:c16|insisted}} that {{q:indirect:boyd:m16:c16|the picture was not the same everywhere}}, {{c:c17|pointing}} to {{q:indirect?:boyd:m16:c17|NHS Highland and NHS Borders, where more than 80% of patients were seen within four hours}}.

{{m:m18|The Scottish Liberal Democrats' health spokesman, Calum Rae}}, {{c:c18|said}} {{q:mixed:libdem:m18:c18|the government had "run out of excuses"}}. {{q:indirect:libdem:-:-|Ministers had been warned about delayed discharge for a decade and had done too little about it}}.

Nurses' union {{m:m19|the RCN}} {{c:c19|said}} {{q:indirect:rcn:m19:c19|staff were being asked to care for patients in corridors, car parks and ambulances}}, and that {{q:indirect:rcn:m19:c19|morale was at its lowest in years}}.

"{{q:direct:gillespie:m20:c20|Corridor care is not care. It is a symptom of a system that has run out of room,}}" {{c:c20|said}} {{m:m20|Norma Gillespie}}, the RCN's Scotland director.

The four-hour target was introduced in 2007 and has not been met across Scotland since July 2020. Performance in January was slightly better than in England, where about 61% of patients were seen within four hours, but worse than in Wales. Health boards have also been told to find savings of about 3% this year.

The figures come ahead of next month's Scottish Parliament debate on NHS recovery.

Agnes Kerr with her son Stephen. Picture: Colin Mearns

Comment: Our health service needs honesty, not excuses - Page 14
""",
    notes="Herald (Scotland) health politics: headline 'Health Secretary admits …' (mixed), lede 'Scotland's Health Secretary has conceded that … \"…\"' (named next paragraph), 'told MSPs at Holyrood on Tuesday that', '…, with flu admissions running …' inside the report, 'Public Health Scotland figures show' (no quote), 'accused the government of \"…\"', 'pressed the Health Secretary to say when' (optional), fronted '…, Ms Boyd replied', 'with about 1,900 beds occupied …' inside the report, '…, which said', role before person 'The official who runs the board's hospitals acknowledged …' named next sentence, 'Its vice-chair, Dr X, said', 'waited 19 hours' (no quote), 'Her son, Stephen, said', 'said A, and that B', picture credit, comment teaser.",
)
