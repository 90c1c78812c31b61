# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian daily-news articles of the third external-style batch. Original, invented prose; every
# person, hospital, company and team member is fictional (real cities, provinces and institutions only
# as setting).
from build_external3 import article

article(
    "ext3_ca_01_hospital_er_overnight", "external/ca-cbc-hospital", "en",
    {"lachance": "Marie-Ève Lachance-Poirier",
     "hospital": ["Rideau Valley Memorial Hospital", "hospital"],
     "hutchinson": "Grant Hutchinson",
     "petit": "Dolores Petit",
     "ministry": ["Ministry of Health", "the health minister's office", "minister's office", "ministry"],
     "resident": "Bev O'Rourke",
     "mayor": "Shawn Kinahan",
     "oha": ["Ontario Hospital Association"]},
    """
{{q:indirect:hospital:h0:h0c|Smiths Falls ER to close overnight for 6 weeks this summer}}, {{m:h0|hospital}} {{c:h0c|says}}

{{m:h1|Doctor}} {{c:h1c|says}} {{q:mixed:lachance:h1:h1c|staff 'have been running on fumes since January'}}

Ainsley Carter · CBC News · Posted: May 29, 2025 4:00 AM EDT

{{q:indirect:hospital:m1:c1|The emergency department at Rideau Valley Memorial Hospital in Smiths Falls, Ont., will close every night from 7 p.m. to 7 a.m. for six weeks starting in mid-July}}, {{m:m1|the hospital}} {{c:c1|says}}.

{{q:indirect:hospital:m2:c2|The closures are the result of a shortage of nurses and emergency physicians}}, {{m:m2|the hospital}} {{c:c2|said}} in a news release Wednesday, and {{q:indirect:hospital:m2:c2|patients who need care overnight will be directed to hospitals in Perth and Brockville}}, each about a 25-minute drive away.

"{{q:direct:hutchinson:m3:c3|This is not a decision we made lightly, and it is not one we want to repeat,}}" {{m:m3|president and CEO Grant Hutchinson}} {{c:c3|said}} in the release.

{{m:m4|Dr. Marie-Ève Lachance-Poirier}}, who has worked in the department for 11 years, {{c:c4|says}} {{q:indirect:lachance:m4:c4|the closures were a long time coming}}.

"{{q:direct:lachance:m5:c5|We have been running on fumes since January. Some nights there's one doctor and two nurses for the whole department,}}" {{m:m5|she}} {{c:c5|told}} CBC News in an interview. "{{q:direct:lachance:m5:c5|At some point, something has to give.}}"

{{m:m6|Lachance-Poirier}} {{c:c6|says}} {{q:indirect:lachance:m6:c6|she worries most about older patients in outlying townships who may not have a way to get to Perth in the middle of the night, and about people who will wait until morning rather than make the drive}}.

Bev O'Rourke, 71, lives on a farm near Merrickville and doesn't drive after dark. {{m:m8|She}} {{c:c8|says}} {{q:indirect:resident:m8:c8|she called an ambulance twice last winter for her husband, who has a heart condition}}.

"{{q:direct:resident:m9:c9|The first time they had him here in 15 minutes. I don't want to think about how long Perth would take,}}" {{m:m9|O'Rourke}} {{c:c9|said}}.

Story continues below

{{q:indirect:oha:m10:c10|At least 14 emergency departments in Ontario have announced temporary closures so far this year}}, {{c:c10|according to}} {{m:m10|the Ontario Hospital Association}}.

NDP health critic {{m:m11|Dolores Petit}}, the MPP for Ottawa Centre, {{c:c11|says}} {{q:mixed:petit:m11:c11|the government has "let rural hospitals bleed staff for years"}} and {{c:c11b|is calling on}} {{q:indirect:petit:m11:c11b|the province to lift its cap on nursing wages}}.

"{{q:direct:petit:m12:c12|You can't run an emergency department on good intentions,}}" {{m:m12|Petit}} {{c:c12|said}} at Queen's Park on Wednesday.

In an emailed statement, {{m:m13|the health minister's office}} {{c:c13|said}} {{q:mixed:ministry:m13:c13|it was working with the hospital to "minimize the impact" of the closures}} and {{c:c13b|pointed to}} {{q:indirect?:ministry:m13:c13b|a $40-million fund for rural emergency care announced in March}}.

Smiths Falls Mayor {{m:m14|Shawn Kinahan}} {{c:c14|said}} {{q:indirect:mayor:m14:c14|council would meet with hospital officials next week}}. "{{q:direct:mayor:m15:c15|People here pay taxes like everyone else,}}" {{m:m15|he}} {{c:c15|said}}. "{{q:direct:mayor:m15:c15|They deserve an emergency room that's open when they need it.}}"

{{q:indirect:hospital:m16:c16|The department will remain open around the clock on weekends during the closure period}}, {{c:c16|according to}} {{m:m16|the hospital's release}}. {{m:m17|Hutchinson}} {{c:c17|said}} {{q:indirect:hutchinson:m17:c17|the hospital hopes to reopen overnight by Labour Day}} but would not commit to a date.
""")

article(
    "ext3_ca_02_court_sentencing_halifax", "external/ca-cp-court", "en",
    {"macquarrie": "Ian MacQuarrie",
     "okeefe": "Siobhan O'Keefe",
     "aucoin": "Jean-François Aucoin",
     "boudreau": "Lucien Boudreau",
     "mother": "Nadine Arsenault",
     "therriault": "Chantal Thériault",
     "rcmp": ["Nova Scotia RCMP", "RCMP"],
     "witness": "Darnell Oduya",
     "maddad": ["MADD Canada", "MADD"],
     "facts": ["agreed statement of facts"]},
    """
Driver who killed Halifax cyclist gets 4 years in prison

{{m:h1|Judge}} {{c:h1c|says}} {{q:indirect:macquarrie:h1:h1c|sentence must send message about driving while impaired}}

HALIFAX — A Dartmouth man who struck and killed a cyclist while driving drunk on the Bedford Highway last year has been sentenced to four years in prison.

{{m:m1|Justice Ian MacQuarrie}} of Nova Scotia Supreme Court {{c:c1|said}} Friday that {{q:mixed:macquarrie:m1:c1|the sentence had to reflect "the devastation" Lucien Boudreau, 34, caused when he drove into Émilie Arsenault-Vance on a summer evening in July 2024}}.

"{{q:direct:macquarrie:m2:c2|Mr. Boudreau made a choice that night. Ms. Arsenault-Vance did not,}}" {{m:m2|MacQuarrie}} {{c:c2|told}} the court. "{{q:direct:macquarrie:m2:c2|No sentence I impose can undo that.}}"

Boudreau pleaded guilty in March to impaired driving causing death. {{q:indirect?:facts:m3:c3|His blood-alcohol level was nearly twice the legal limit when he was tested about an hour after the crash}}, {{c:c3|according to}} {{m:m3|an agreed statement of facts}} read in court.

{{m:m4|Crown attorney Siobhan O'Keefe}} had asked for a sentence of five years, {{c:c4b|arguing}} that {{q:indirect:okeefe:m4:c4b|Boudreau had been warned by a friend not to drive and had done so anyway}}.

{{m:m5|Defence lawyer Jean-François Aucoin}} {{c:c5|argued}} {{q:indirect:aucoin:m5:c5|a sentence of three years was more in line with similar cases in the province}}, {{c:c5b|noting}} {{q:indirect:aucoin:m5:c5b|his client had no criminal record and had entered a treatment program within weeks of the crash}}.

Outside court, {{m:m6|Aucoin}} {{c:c6|said}} {{q:mixed:aucoin:m6:c6|Boudreau was "deeply, genuinely sorry"}} and that {{q:indirect:aucoin:m6:c6|his client would not appeal}}.

The victim's mother, Nadine Arsenault, read a victim impact statement in court. {{m:m8|She}} {{c:c8|said}} {{q:indirect:mother:m8:c8|her daughter, a 27-year-old nursing student at Dalhousie University, had been riding home from a shift at a care home when she was hit}}.

"{{q:direct:mother:m9:c9|I still set the table for four. I don't know how to stop,}}" {{m:m9|Arsenault}} {{c:c9|said}}, her voice breaking. "{{q:direct:mother:m9:c9|Émilie wanted to take care of people. That's all she ever wanted.}}"

Boudreau, who wore a grey suit and sat with his head down for much of the hearing, briefly addressed the court. "{{q:direct:boudreau:m10:c10|I'm sorry. I know that doesn't mean anything to you,}}" {{m:m10|he}} {{c:c10|said}}, turning toward the family.

A witness, {{m:m11b|Darnell Oduya}}, {{c:c11|testified}} at an earlier hearing that {{q:indirect:witness:m11b:c11|he saw the car drift across the painted bike lane moments before the collision}}.

In a news release issued the day of the crash, {{m:m12|Nova Scotia RCMP}} {{c:c12|said}} {{q:indirect:rcmp:m12:c12|officers found the driver still at the scene and arrested him without incident}}. {{m:m13|Cpl. Chantal Thériault}}, a spokesperson for the force, {{c:c13|said}} at the time that {{q:indirect:therriault:m13:c13|alcohol was believed to be a factor}}.

MacQuarrie also imposed a 10-year driving ban, to begin after Boudreau's release. {{q:mixed:macquarrie:m14:c14|The ban, {{m:m14|the judge}} {{c:c14|said}}, was as important as the prison term, because it would keep Boudreau off the road "for a long time to come."}}

{{m:m15|MADD Canada}}, which had a representative in the courtroom, {{c:c15|said}} in a statement that {{q:indirect:maddad:m15:c15|the sentence showed courts were taking impaired driving deaths seriously}}, but {{c:c15b|called on}} {{q:indirect:maddad:m15:c15b|Ottawa to lower the legal blood-alcohol limit}}.
""")

article(
    "ext3_ca_03_business_airline_routes", "external/ca-business", "en",
    {"airline": ["Northern Skies Airlines", "Northern Skies", "airline", "the company"],
     "haldane": "Priya Haldane",
     "tessier": "Mathieu Tessier",
     "unifor": ["Unifor", "union"],
     "mcisaac": "Colleen McIsaac",
     "analyst": "Raymond Achterberg",
     "premier": "Gordon Bellamy",
     "coun": "Noreen Fitzgerald",
     "board": ["the airport authority", "Charlottetown Airport Authority", "airport authority"]},
    """
Northern Skies to drop 6 Atlantic routes as Calgary airline retrenches

{{m:h1|Union}} {{c:h1c|says}} {{q:indirect:unifor:h1:h1c|about 120 jobs in Halifax, Moncton and Charlottetown at risk}}

CALGARY — {{m:m0|Northern Skies Airlines}} {{c:c0|says}} {{q:indirect:airline:m0:c0|it will stop flying six routes in Atlantic Canada this fall}}, part of a plan to cut costs after two years of losses.

{{q:indirect:airline:m1:c1|Flights between Calgary and Charlottetown, and between Toronto and Moncton, will end on Oct. 26}}, {{m:m1|the company}} {{c:c1|said}} in a news release Tuesday morning. {{q:indirect:airline:m2:c2|Four other routes, mostly seasonal, will not return next summer}}, {{m:m2|it}} {{c:c2|said}}.

{{m:m3|Chief executive Priya Haldane}} {{c:c3|told}} analysts on a conference call that {{q:mixed:haldane:m3:c3|the routes had lost money "every single month" since they were launched in 2022}}. "{{q:direct:haldane:m4:c4|We grew too fast, in too many directions. That's on us,}}" {{m:m4|she}} {{c:c4|said}}.

{{m:m5|Haldane}} {{c:c5|said}} {{q:indirect:haldane:m5:c5|the airline would put the planes freed up by the cuts on busier routes in Western Canada, where demand had held up better}}, and {{c:c5b|insisted}} {{q:indirect:haldane:m5:c5b|the company had no plans to leave the Atlantic market entirely}}.

Shares of Northern Skies rose 7.4 per cent to $11.82 on the Toronto Stock Exchange.

{{m:m6|Raymond Achterberg}}, an analyst with Westbridge Securities, {{c:c6|wrote}} in a note to clients that {{q:mixed:analyst:m6:c6|the cuts were "overdue but sensible"}}, and {{c:c6b|said}} {{q:indirect:analyst:m6:c6b|he expected the airline to return to profit in the first half of next year}}.

Workers were less impressed. {{m:m7|Unifor}}, which represents about 900 of the airline's customer service and ground crew staff, {{c:c7|says}} {{q:indirect:unifor:m7:c7|about 120 jobs at the three Atlantic airports are at risk}}.

"{{q:direct:tessier:m8:c8|These are people who've given this company everything, and they found out from a press release,}}" {{m:m8|Mathieu Tessier}}, the union's regional director, {{c:c8|said}} in an interview. {{m:m9|Tessier}} {{c:c9|says}} {{q:indirect:tessier:m9:c9|the union will push for workers to be offered jobs at other bases before any layoffs}}.

{{m:m10|The airline}} {{c:c10|said}} in its release that {{q:mixed:airline:m10:c10|affected employees would be offered transfers "wherever possible"}} and that {{q:indirect:airline:m10:c10|passengers already booked on the cancelled flights would get full refunds}}.

In Charlottetown, the loss of the Calgary route stings. {{m:m11|Colleen McIsaac}}, who runs a bed and breakfast in the city's Brighton neighbourhood, {{c:c11|says}} {{q:indirect:mcisaac:m11:c11|about a third of her summer guests last year came from Alberta, and most of them flew direct}}.

{{m:m12|P.E.I. Premier Gordon Bellamy}} {{c:c12|called}} {{q:mixed:premier:m12:c12|the decision "disappointing"}} and {{c:c12b|said}} {{q:indirect:premier:m12:c12b|his government would talk to other carriers about picking up the route}}. {{m:m13|Coun. Noreen Fitzgerald}}, who chairs the city's tourism committee, {{c:c13|said}} {{q:indirect:coun:m13:c13|council would raise the issue with the airport authority}}.

{{m:m14|The Charlottetown Airport Authority}} {{c:c14|said}} {{q:mixed:board:m14:c14|it had been told of the decision on Monday and was "actively" talking to other airlines}}. {{q:indirect?:board:m15:c15|Northern Skies carried about 41,000 passengers between Calgary and Charlottetown last year}}, {{c:c15|according to}} {{m:m15|airport figures}}.

{{m:m30|Northern Skies}} {{c:c30|reported}} {{q:indirect?:airline:m30:c30|a loss of $38 million in the second quarter, compared with a loss of $52 million a year earlier}}.
""")

article(
    "ext3_ca_04_sports_senators_skid", "external/ca-cp-sports", "en",
    {"desrosiers": "Luc Desrosiers-Gagné",
     "lindqvist": "Anders Lindqvist",
     "belanger": "Mathis Bélanger",
     "okonkwo": "Theo Okonkwo",
     "gm": "Peter Vukovich",
     "ouellet": "Jean-Philippe Ouellet"},
    """
Senators' skid hits five as Desrosiers-Gagné shakes up lines

OTTAWA — Luc Desrosiers-Gagné has tried just about everything. On Tuesday, the Ottawa Senators head coach tried something new: he benched his captain for a period.

{{m:m1|Desrosiers-Gagné}} {{c:c1|says}} {{q:indirect:desrosiers:m1:c1|it wasn't a punishment}}. The Senators lost 4-2 to the Montreal Canadiens anyway, their fifth straight defeat.

"{{q:direct:desrosiers:m2:c2|I wanted to see a different kind of push from that line, and I didn't get it for two periods,}}" {{m:m2|Desrosiers-Gagné}} {{c:c2|said}} after the game. "{{q:direct:desrosiers:m2:c2|So we tried something. It's not personal. It never is.}}"

Captain {{m:m3|Theo Okonkwo}}, who sat for the entire second period, {{c:c3|said}} {{q:indirect:okonkwo:m3:c3|he understood the decision}} and took responsibility for a giveaway that led to Montreal's second goal.

"{{q:direct:okonkwo:m4:c4|That one's on me. I've got to be better with the puck there, plain and simple,}}" {{m:m4|Okonkwo}} {{c:c4|told}} reporters. {{m:m5|He}} {{c:c5|insisted}} {{q:indirect:okonkwo:m5:c5|the room was still together}}, {{c:c5b|adding}} that {{q:mixed:okonkwo:m5:c5b|a five-game slide in November "isn't the end of the world."}}

Goaltender Anders Lindqvist made 31 saves in his first start since returning from a lower-body injury. {{m:m7|The 28-year-old Swede}} {{c:c7|admitted}} {{q:mixed:lindqvist:m7:c7|he was "a little rusty" in the first period}}, when Montreal scored twice in 3:14.

"{{q:direct:lindqvist:m8:c8|The first one I'd like to have back,}}" {{m:m8|he}} {{c:c8|said}}. "{{q:direct:lindqvist:m8:c8|After that I felt pretty good.}}"

Rookie Mathis Bélanger, who grew up in Gatineau cheering for the Canadiens, scored both Ottawa goals. {{m:m10|Bélanger}}, 19, {{c:c10|said}} {{q:indirect:belanger:m10:c10|his family had about 30 people in the stands}}. "{{q:direct:belanger:m10b:c10b|Half of them were wearing the wrong jersey,}}" {{m:m10b|he}} {{c:c10b|joked}}.

{{m:m11|Desrosiers-Gagné}} {{c:c11|said}} of the teenager: "{{q:direct:desrosiers:m11:c11|He doesn't play like a kid. He plays like he's been here five years.}}"

General manager {{m:m12|Peter Vukovich}}, speaking before the game, {{c:c12|said}} {{q:indirect:gm:m12:c12|he was not considering a coaching change}} and that {{q:mixed:gm:m12:c12|the club's problems were "on all of us, starting with me."}}

{{q:indirect:gm:m13:c13|The Senators are also in the market for a right-shot defenceman}}, {{m:m13|Vukovich}} {{c:c13|said}}, though {{m:m14|he}} {{c:c14|would not say}} {{q:indirect?:gm:m14:c14|whether any trade was close}}.

"{{q:direct:ouellet:m20:c20|It's frustrating, obviously,}}" {{c:c20|said}} defenceman {{m:m20|Jean-Philippe Ouellet}}, who was minus-2 on the night. "{{q:direct:ouellet:m20:c20|But there's a lot of hockey left, and nobody in here is feeling sorry for himself.}}"

Some fans at Canadian Tire Centre booed as the Senators left the ice after the second period. {{m:m16|Okonkwo}} {{c:c16|said}} {{q:indirect:okonkwo:m16:c16|he heard it}}. "{{q:direct:okonkwo:m17:c17|They pay to watch us win. They're allowed to be mad,}}" {{m:m17|he}} {{c:c17|said}}.

The Senators host the Winnipeg Jets on Thursday.
""")
