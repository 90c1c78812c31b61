# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the sixth external-style batch. Original, invented prose; every person, company and
# campaign is fictional (real cities, agencies and institutions only as setting). Written and
# annotated before the parser was run on them.
from build_external6 import article

article(
    "ext6_us_01_ap_senate_border_charges", "external/us-ap-campaign", "en",
    {"albright": "Kent Albright",
     "marquez": "Elena Marquez",
     "shaw": "Devin Shaw",
     "quinlan": "Tara Quinlan",
     "people": ["two people familiar with the campaign's planning", "people familiar with the campaign's planning"],
     "abernathy": "Ruth Abernathy",
     "pike": "Howard Pike",
     "campaign": ["the Marquez campaign", "Marquez campaign"]},
    """
Rivals trade charges over border money as Arizona Senate race tightens

By MARCUS LINDQVIST Associated Press

PHOENIX (AP) — Republican Senate candidate {{m:m1|Kent Albright}} {{c:c1|accused}} {{q:indirect:albright:m1:c1|his Democratic rival of voting three times against money for border agents}} during a rally in Mesa on Tuesday, as the two campaigns traded increasingly personal attacks with five weeks left before Election Day.

"{{q:direct:albright:m2:c2|She can talk about security all she wants, but the record is the record,}}" {{m:m2|Albright}}, a former Maricopa County sheriff, {{c:c2|told}} the crowd of about 800. "{{q:direct:albright:m2:c2|Three votes. Three times she said no.}}"

Rep. Elena Marquez's campaign rejected the charge within the hour. {{m:m3|Campaign manager Devin Shaw}} {{c:c3|said}} {{q:indirect:shaw:m3:c3|the votes Albright cited were on spending packages that also cut veterans' health care}}, and that {{q:indirect:shaw:m3:c3|Marquez had backed a separate bill adding 1,200 agents}}. {{q:indirect:shaw:m4:c4|Albright is making things up because he can't defend his own record on water}}, {{m:m4|Shaw}} {{c:c4|added}}.

Marquez, speaking to reporters in Tucson, went further. {{m:m5|She}} {{c:c5|called}} {{q:mixed:marquez:m5:c5|Albright's ads "a work of fiction"}} and {{c:c5b|said}} {{q:indirect:marquez:m5:c5b|he owed voters an apology}}.

"{{q:direct:marquez:m6:c6|I've voted for every border bill that actually had a chance of becoming law,}}" {{m:m6|Marquez}} {{c:c6|said}}. "{{q:direct:marquez:m6:c6|What I won't do is vote for a press release.}}"

The race is one of a handful that could decide control of the Senate. A poll released Monday by Arizona State University showed Marquez ahead by 2 points, within the margin of error.

{{c:c7|According to}} {{m:m7|two people familiar with the campaign's planning}}, {{q:indirect:people:m7:c7|Albright's team intends to spend another $6 million on television ads about the border before Election Day}}. Albright's spokeswoman, {{m:m8|Tara Quinlan}}, would not discuss ad spending but {{c:c8|said}} {{q:mixed:quinlan:m8:c8|the campaign would "keep telling the truth" about the border until November}}.

Gov. Ruth Abernathy, a Democrat who has campaigned with Marquez, weighed in on Wednesday. {{q:indirect:abernathy:m9:c9|Voters are tired of candidates who yell about the border and never show up when it is time to fix it}}, {{m:m9|Abernathy}} {{c:c9|said}} in a radio interview with KJZZ.

{{m:m10|The governor}} also {{c:c10|warned}} that {{q:indirect:abernathy:m10:c10|outside groups were pouring money into the race}} and {{c:c10b|urged}} {{q:indirect:abernathy:m10:c10b|Marquez supporters not to take the polls for granted}}.

Albright's allies have complaints of their own. {{m:m11|Sen. Howard Pike}}, R-Utah, who campaigned with Albright in Yuma last week, {{c:c11|said}} {{q:mixed:pike:m11:c11|Democrats were "terrified" of losing the seat}}.

"{{q:direct:pike:m12:c12|They should be,}}" {{m:m12|he}} {{c:c12|joked}}.

{{m:m13|Marquez}} has {{c:c13|promised}} {{q:indirect:marquez:m13:c13|to debate Albright in every county that asks}}. Albright has so far committed to one debate, on Oct. 14 in Phoenix.

{{m:m14|He}} {{c:c14|denied}} on Wednesday that {{q:indirect:albright:m14:c14|he was ducking his opponent}}. "{{q:direct:albright:m15:c15|I'll debate her anywhere. I just won't let her set the rules,}}" {{m:m15|he}} {{c:c15|said}}.

{{q:indirect:campaign:m16:c16|That tells voters everything about who is confident in their record}}, {{m:m16|the Marquez campaign}} {{c:c16|said}} in a fundraising email.
""")

article(
    "ext6_us_02_reuters_machinists_strike", "external/us-reuters-labour", "en",
    {"union": ["the union", "International Association of Machinists Local 839", "Local 839"],
     "keller": "Shawn Keller",
     "prairie": ["Prairie Aerostructures", "the company"],
     "whitcomb": "Dana Whitcomb",
     "analysts": ["Analysts", "analysts"],
     "ruiz": "Teresa Ruiz",
     "delgado": "Rosa Delgado",
     "welder": "Curtis Boone"},
    """
Machinists at Kansas aircraft parts maker walk off job after talks fail

WICHITA, Kan., March 3 (Reuters) - About 2,300 machinists at aircraft parts maker Prairie Aerostructures went on strike on Monday after rejecting a contract offer that {{m:m1|the union}} {{c:c1|said}} {{q:indirect:union:m1:c1|did not keep pace with inflation}}.

Members of International Association of Machinists Local 839 voted 81% to reject the four-year offer, which included raises of 14% over the life of the contract.

"{{q:direct:keller:m2:c2|Our members built this company's record profits, and they are not going to accept crumbs,}}" {{m:m2|Local 839 President Shawn Keller}} {{c:c2|said}} on a picket line outside the company's main plant.

{{m:m3|Keller}} {{c:c3|said}} {{q:indirect:keller:m3:c3|the union was ready to return to the table at any time}} but {{c:c3b|accused}} {{q:mixed:keller:m3:c3b|the company of trying to "starve out" workers before the holidays}}.

{{m:m4|Prairie Aerostructures}} {{c:c4|said}} in a statement that {{q:mixed:prairie:m4:c4|it was "disappointed" by the vote}} and that {{q:indirect:prairie:m4:c4|its offer was the richest in the company's 40-year history}}.

{{q:indirect:whitcomb:m5:c5|The company will keep paying health insurance premiums for striking workers through the end of the month}}, {{m:m5|company spokeswoman Dana Whitcomb}} {{c:c5|said}}. She would not say whether the company planned to bring in replacement workers.

{{m:m6|Whitcomb}} {{c:c6|denied}} that {{q:indirect:whitcomb:m6:c6|management had threatened to move work to a plant in Mexico}}, a claim that has circulated among strikers for weeks.

The strike threatens deliveries of wing and fuselage parts to planemakers including Boeing and Airbus. {{m:m7|Analysts}} {{c:c7|said}} {{q:indirect:analysts:m7:c7|a long walkout could delay deliveries of at least two jet programs}}.

"{{q:direct:ruiz:m8:c8|Prairie is a single point of failure for a lot of airplanes,}}" {{c:c8|said}} {{m:m8|Teresa Ruiz}}, an aerospace analyst at Halvorsen Capital. "{{q:direct:ruiz:m8:c8|If this goes past three weeks, you will see it in the delivery numbers.}}"

Prairie's shares fell 4.2% in afternoon trading.

{{m:m9|Kansas Labor Secretary Rosa Delgado}} {{c:c9|urged}} {{q:indirect:delgado:m9:c9|both sides to accept a federal mediator}}, {{c:c9b|warning}} that {{q:indirect:delgado:m9:c9b|thousands of jobs at smaller suppliers depended on the plant}}.

On the picket line, spirits were high. {{m:m10|Curtis Boone}}, a welder who has worked at the plant for 22 years, {{c:c10|said}} {{q:indirect:welder:m10:c10|he had saved for months in case of a strike}}. "{{q:direct:welder:m11:c11|We knew this was coming. They knew it too,}}" {{m:m11|he}} {{c:c11|said}}.

The last strike at the company, in 2019, lasted 38 days. {{c:c12|According to}} {{m:m12|the union}}, {{q:indirect:union:m12:c12|workers have not received a raise above 3% in any year since then}}.

(Reporting by Allison Pryor in Wichita; Editing by Mark Hollis)
""")

article(
    "ext6_us_03_analysis_fed_mortgages", "external/us-analysis", "en",
    {"economists": ["economists", "Economists"],
     "park": "Jonathan Park",
     "moreno": "Lydia Moreno",
     "agents": ["Real estate agents in several large markets", "Real estate agents", "agents"],
     "fed": ["Fed officials", "the Fed", "Federal Reserve"],
     "congress": ["Some members of Congress", "members of Congress"],
     "tran": "Gloria Tran",
     "buyer": "Kevin Osei"},
    """
ANALYSIS: The Fed cut rates. So why is your mortgage still so expensive?

By NORA HALVERSON

WASHINGTON — The Federal Reserve has cut its benchmark rate three times since June. Mortgage rates, stubbornly, have barely moved.

{{q:indirect?:economists:m1:c1|The reason, {{m:m1|economists}} {{c:c1|say}}, has less to do with the Fed than with the bond market}}.

"{{q:direct:park:m2:c2|People hear 'the Fed cut rates' and assume their mortgage gets cheaper the next morning. That is just not how it works,}}" {{c:c2|said}} {{m:m2|Jonathan Park}}, chief economist at the Brookfield Housing Institute, a research group in Washington.

Mortgage rates follow the yield on the 10-year Treasury note, and that yield has climbed since the summer. {{c:c3|According to}} {{m:m3|Park}}, {{q:indirect:park:m3:c3|investors are demanding more to hold long-term government debt because they worry about the size of the federal deficit}}.

Not everyone buys that explanation. {{m:m4|Lydia Moreno}}, a former Fed economist who now teaches at Georgetown University, {{c:c4|argues}} that {{q:indirect:moreno:m4:c4|the deficit story is overstated}}. {{q:indirect:moreno:m5:c5|Markets are mostly betting that inflation will not fall as fast as the Fed hopes}}, {{m:m5|she}} {{c:c5|says}}.

"{{q:direct:moreno:m6:c6|The Fed controls the short end. The market controls everything else,}}" {{m:m6|she}} {{c:c6|says}}.

Whatever the cause, buyers are stuck. {{m:m7|Real estate agents in several large markets}} {{c:c7|say}} {{q:indirect:agents:m7:c7|buyers who waited for lower rates are giving up and renewing their leases}}.

{{m:m8|Kevin Osei}}, a nurse in Columbus, Ohio, {{c:c8|says}} {{q:indirect:buyer:m8:c8|he and his wife were approved for a loan in April but decided to wait}}. "{{q:direct:buyer:m9:c9|Everybody told us rates would be a point lower by fall. Now the house we wanted is gone,}}" {{m:m9|he}} {{c:c9|says}}.

{{m:m10|Fed officials}} have {{c:c10|insisted}} that {{q:indirect:fed:m10:c10|their job is to bring inflation down, not to manage mortgage rates}}. {{m:m11|Some members of Congress}} have {{c:c11|accused}} {{q:indirect:congress:m11:c11|the central bank of moving too slowly}} anyway.

{{m:m12|Sen. Gloria Tran}}, D-Nev., {{c:c12|warned}} last week that {{q:mixed:tran:m12:c12|first-time buyers in her state were being "locked out for a generation"}}. Her office did not respond to a request for further comment.

{{q:indirect:park:m13:c13|Relief will come eventually, but probably not this spring}}, {{m:m13|Park}} {{c:c13|predicted}}. {{q:indirect:park:m14:c14|Much depends, {{m:m14|he}} {{c:c14|said}}, on whether Congress can show it has a plan to shrink the deficit}}.

"{{q:direct:moreno:m15:c15|If you need to buy a house, buy the house you can afford today,}}" {{m:m15|Moreno}} {{c:c15|says}}. "{{q:direct:moreno:m15:c15|Don't buy a rate forecast.}}"
""")
