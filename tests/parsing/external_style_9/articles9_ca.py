# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the ninth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external9 import article

article(
    "ext9_ca_01_cbc_calgary_snowfall_warning", "external/ca-cbc-weather", "en",
    {"eccc": ["Environment Canada", "Environment and Climate Change Canada"],
     "mackie": ["Rhiannon Mackie", "meteorologist Rhiannon Mackie"],
     "city": ["The City of Calgary", "the city", "City of Calgary"],
     "dosanjh": ["Harj Dosanjh"],
     "rcmp": ["Alberta RCMP", "RCMP"],
     "whitford": ["Dana Whitford", "Cpl. Dana Whitford"],
     "owner": ["Tyler Brandvold"]},
    """
Up to 40 cm of snow forecast for Calgary as first big storm of season arrives

{{m:m0|Environment Canada}} {{c:c0|says}} {{q:indirect:eccc:m0:c0|highway travel could become impossible by Wednesday night}}

CBC News · Posted: Nov 17, 2026 6:02 AM MST

{{q:indirect:eccc:m1:c1|Calgarians should prepare for a long, messy commute, with as much as 40 centimetres of snow expected to fall on the city by Thursday morning}}, {{m:m1|Environment Canada}} {{c:c1|warned}} Tuesday.

A snowfall warning is in effect for Calgary, Airdrie and Cochrane. {{m:m2|Meteorologist Rhiannon Mackie}} {{c:c2|explained}} that {{q:indirect:mackie:m2:c2|a low-pressure system moving up from Montana would stall over the foothills, wringing moisture out of the air for close to 36 hours}}.

"{{q:direct:mackie:m3:c3|This isn't a dusting. If you don't have to drive Wednesday night, don't,}}" {{m:m3|she}} {{c:c3|said}}.

{{m:m4|Mackie}} {{c:c4|said}} {{q:indirect:mackie:m4:c4|the snow would taper off Thursday afternoon}}. {{q:indirect:mackie:-:-|Then the cold would set in, with overnight lows near –25 C by Saturday}}.

{{m:m5|The City of Calgary}} {{c:c5|is urging}} {{q:indirect:city:m5:c5|drivers to avoid non-essential travel and to move vehicles off snow routes by 6 p.m. Wednesday}}.

"{{q:direct:dosanjh:m6:c6|We have 80 plows ready to go, and crews will work around the clock,}}" {{c:c6|said}} {{m:m6|Harj Dosanjh}}, the city's director of mobility operations.

{{q:indirect:dosanjh:m7:c7|Residential streets, {{m:m7|he}} {{c:c7|cautioned}}, will not be plowed until the main routes are clear}}.

Data from the city shows crews cleared 1,200 kilometres of priority routes during last February's storm in just under two days.

In a news release, {{m:m8|Alberta RCMP}} {{c:c8|reminded}} {{q:indirect:rcmp:m8:c8|motorists to slow down and leave extra room behind snowplows}}.

"{{q:direct:whitford:m9:c9|Every winter we respond to collisions where a driver tried to pass a plow on the shoulder,}}" {{c:c9|said}} {{m:m9|Cpl. Dana Whitford}}. "{{q:direct:whitford:m9:c9|Please don't be that driver.}}"

(Helen Pike/CBC)

Not everyone is dreading the storm. {{m:m10|Tyler Brandvold}}, who runs a snow-removal business in the city's northwest, {{c:c10|said}} {{q:indirect:owner:m10:c10|his phone hasn't stopped ringing since Monday}}.

"{{q:direct:owner:m11:c11|I've hired two extra guys for the week, and honestly I could use five,}}" {{m:m11|he}} {{c:c11|said}} with a laugh.
""",
)

article(
    "ext9_ca_02_citizen_ottawa_transit_fares", "external/ca-local-council", "en",
    {"oduya": ["Jeff Oduya", "Mayor Jeff Oduya"],
     "kavanagh": ["Siobhan Kavanagh", "Coun. Siobhan Kavanagh"],
     "brunet": ["Marc Brunet", "Coun. Marc Brunet"],
     "staff": ["staff", "city staff", "Staff"],
     "councillor": ["one councillor", "councillor"],
     "octranspo": ["OC Transpo"],
     "province": ["A spokesperson for Ontario's Ministry of Transportation", "Ministry of Transportation", "spokesperson"],
     "rider": ["Aisha Farah"]},
    """
Council freezes transit fares for a year, but critics call it a stopgap

Jon Whitaker, Ottawa Citizen

Ottawa city council voted 16-8 on Wednesday to freeze OC Transpo fares for 2027, rejecting a staff proposal for a 2.5 per cent increase.

{{m:m1|Mayor Jeff Oduya}}, who championed the freeze during last year's budget debate, {{c:c1|argued}} {{q:indirect:oduya:m1:c1|riders had already been asked to pay more for less}}.

"{{q:direct:oduya:m2:c2|You cannot raise the price of a service while people are standing in the cold waiting for buses that never come,}}" {{m:m2|he}} {{c:c2|told}} council.

{{m:m3|Coun. Siobhan Kavanagh}} (Kitchissippi) voted for the freeze but {{c:c3|questioned}} {{q:indirect?:kavanagh:m3:c3|how it would be paid for}}. In {{m:m4|her}} {{c:c4|words}}, {{q:mixed:kavanagh:m4:c4|the freeze is "a Band-Aid on a broken leg}}."

{{m:m5|She}} {{c:c5|noted}} that {{q:indirect:kavanagh:m5:c5|ridership is still about 15 per cent below where it was in 2019}}.

{{m:m6|Staff}} {{c:c6|told}} council {{q:indirect:staff:m6:c6|the freeze would cost roughly $7.4 million and would be covered by the transit reserve}}.

Councillors debate the fare freeze at Ottawa city hall on Wednesday. Photo by Tony Caldwell /Postmedia

{{m:m7|Coun. Marc Brunet}} (Barrhaven East), who voted against, {{c:c7|said}} {{q:mixed:brunet:m7:c7|the city was "borrowing from next year to look good this year}}."

"{{q:direct:brunet:m8:c8|The reserve is there for emergencies. This is not an emergency, it's a decision,}}" {{m:m8|he}} {{c:c8|said}}.

{{m:m9|One councillor}}, who asked not to be named because caucus discussions are private, {{c:c9|said}} {{q:indirect:councillor:m9:c9|the mayor's office had been lobbying undecided members since the weekend}}.

In an emailed statement, {{m:m10|OC Transpo}} {{c:c10|said}} {{q:indirect:octranspo:m10:c10|it would continue to add service on its busiest routes in January}}.

{{m:m11|Oduya}} had a simple message for Queen's Park: "{{q:direct:oduya:m11:-|We need a partner on transit, not a spectator.}}"

{{m:m12|A spokesperson for Ontario's Ministry of Transportation}} {{c:c12|said}} {{q:indirect:province:m12:c12|the province had already committed more than $1 billion to Ottawa's light rail system}}.

Aisha Farah, who commutes from Orléans to a hospital job downtown, welcomed the vote. "{{q:direct:rider:m14:c14|It's something. It's not a fix, but it's something,}}" {{m:m14|she}} {{c:c14|said}}.
""",
)
