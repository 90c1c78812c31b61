# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the nineteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces, First Nations and institutions only as setting). Written and annotated before the parser was run on them.
from build_external19 import article

article(
    "ext19_ca_01_cp_manitoba_water_advisory", "external/ca-cp-indigenous", "en",
    {"chief": ["The chief of Peguis First Nation", "Chief Darlene Spence", "Darlene Spence"],
     "isc": ["Indigenous Services Canada", "the department"],
     "rcmp": ["Manitoba RCMP", "police"],
     "residents": ["Parents in the community"],
     "mother": ["Kayla Sinclair"],
     "councillor": ["The band councillor responsible for housing", "Coun. Wesley Hart", "Wesley Hart"],
     "minister": ["Indigenous Services Minister Paul Arsenault", "Paul Arsenault"],
     "union": ["Local 2348"],
     "mkoo": ["the Manitoba Keewatinowi Okimakanak"],
     "health": ["the First Nations and Inuit Health Branch"]},
    """
Boil-water advisory enters third week at Peguis First Nation as chief demands new treatment plant

Kelly Beardy
The Canadian Press

WINNIPEG — {{m:m0|The chief of Peguis First Nation}} {{c:c0|says}} {{q:indirect:chief:m0:c0|families in the community are hauling water from Winnipeg in the back of pickup trucks}} as a boil-water advisory stretches into its third week.

{{m:m1|Chief Darlene Spence}} {{c:c1|told}} a news conference at the Manitoba legislature on Monday that {{q:indirect:chief:m1:c1|the community's water treatment plant, built in 1996, broke down for the fourth time in two years on Nov. 28}}.

"{{q:direct:chief:m2:c2|We are not asking for a miracle. We are asking for what every town in this province already has,}}" {{m:m2|Spence}} {{c:c2|said}}. "{{q:direct:chief:m2:c2|Clean water when you turn on the tap.}}"

{{m:m3|Indigenous Services Canada}} {{c:c3|said}} in a statement that {{q:indirect:isc:m3:c3|a contractor had replaced a failed pump}} and {{c:c3b|that}} {{q:indirect:isc:m3:c3b|water samples were being tested at a lab in Winnipeg}}. {{q:indirect:isc:m4:c4|The advisory could be lifted once two rounds of samples came back clean}}, {{m:m4|the department}} {{c:c4|noted}}, {{c:c5|adding}} that {{q:indirect:isc:m4:c5|it had delivered more than 40,000 litres of bottled water since the breakdown}}.

{{q:indirect:chief:m6:c6|Bottled water was not a solution for a community of more than 4,000 people living on reserve}}, {{m:m6|Spence}} {{c:c6|countered}}. {{m:m7|She}} {{c:c7|called}} on {{q:indirect:chief:m7:c7|Ottawa to commit to a new plant before the next federal budget}}.

{{m:m8|Parents in the community}} {{c:c8|say}} {{q:indirect:residents:m8:c8|children have developed rashes after bathing}}, and some families have stopped using tap water altogether.

{{m:m9|Kayla Sinclair}}, a mother of three who lives near the band office, {{c:c9|said}} {{q:indirect:mother:m9:c9|she drives 190 kilometres to Winnipeg every Saturday to fill jugs at her sister's house}}. "{{q:direct:mother:m10:c10|My youngest asked me if the water here is poison. What do I tell her?}}" {{m:m10|she}} {{c:c10|said}}.

{{m:m11|The band councillor responsible for housing}} {{c:c11|warned}} that {{q:indirect:councillor:m11:c11|the problem would get worse as more families moved home}}. {{m:m12|Coun. Wesley Hart}} {{c:c12|said}} {{q:indirect:councillor:m12:c12|at least 60 new homes were planned for the next three years, all of them to be connected to the same plant}}.

"{{q:direct:councillor:m13:c13|We keep building houses and hooking them up to a system that can't handle what it has now,}}" {{m:m13|Hart}} {{c:c13|said}}.

{{m:m14|Indigenous Services Minister Paul Arsenault}} {{c:c14|said}} on Monday that {{q:mixed:minister:m14:c14|his department was "working hand in hand" with the First Nation}} and {{c:c15|that}} {{q:indirect:minister:m14:c15|a feasibility study for a new plant was already underway}}. He would not commit to a date for construction.

Federal figures show there are 31 long-term drinking water advisories in effect on First Nations across the country. The government has lifted more than 140 since 2015, but several communities have seen new advisories issued within months of old ones being lifted, often because of staffing shortages or aging equipment.

Workers at the plant are represented by the Public Service Alliance of Canada. {{m:m17|Local 2348}} {{c:c17|said}} in a news release that {{q:indirect:union:m17:c17|its members had warned managers about the aging pumps as far back as 2022}} and {{c:c18|accused}} {{q:indirect:union:m17:c18|the department of ignoring repeated requests for spare parts}}.

Separately, {{m:m19|Manitoba RCMP}} {{c:c19|said}} {{q:indirect:rcmp:m19:c19|officers were called to the community's water distribution point on Sunday after a dispute over the last pallets of bottled water}}. {{m:m20|Police}} {{c:c20|said}} {{q:indirect:rcmp:m20:c20|no one was hurt and no charges were laid}}.

{{m:m21|The Manitoba Keewatinowi Okimakanak}}, which represents northern First Nations, {{c:c21|said}} {{q:indirect:mkoo:m21:c21|several of its member communities were facing similar problems with plants built in the 1990s}}.

{{m:m22|The First Nations and Inuit Health Branch}} {{c:c22|advised}} {{q:indirect:health:m22:c22|residents to keep boiling water for at least one minute before drinking it, brushing teeth or preparing baby formula}}.

{{m:m23|Spence}} {{c:c23|said}} {{q:indirect:chief:m23:c23|she planned to travel to Ottawa next month to meet with the minister}}. {{q:indirect:chief:m23:-|If nothing changed by then, the community would consider legal action}}.

"{{q:direct:chief:m24:c24|Our grandparents signed a treaty. Nobody told them the water would be extra,}}" {{m:m24|she}} {{c:c24|said}}.

This report by The Canadian Press was first published Dec. 8, 2025.
""",
)

article(
    "ext19_ca_02_cbc_ottawa_snow_clearing", "external/ca-cbc-city", "en",
    {"director": ["The man in charge of clearing Ottawa's streets", "Gilles Thibodeau", "Thibodeau"],
     "mayor": ["Mayor Andrew Kowal", "Andrew Kowal"],
     "coun": ["Coun. Priya Ramdeen", "Priya Ramdeen"],
     "union": ["CUPE Local 503", "the union"],
     "president": ["Sandra Lavigne"],
     "eccc": ["Environment Canada meteorologist Rhys Dalton", "Rhys Dalton"],
     "warning": ["The warning"],
     "residents": ["Residents of Orléans and Barrhaven"],
     "resident": ["Ahmed Yusuf"],
     "octranspo": ["OC Transpo"],
     "police": ["Ottawa police"]},
    """
Ottawa's roads boss apologizes for slow snow clearing as another storm looms

{{q:mixed:director:m30:c30|Residential streets 'should have been done by Sunday}},' {{m:m30|Thibodeau}} {{c:c30|tells}} council

Nadia Forsythe · CBC News · Posted: Jan 14, 2026 4:00 AM EST

{{m:m0|The man in charge of clearing Ottawa's streets}} apologized to councillors on Tuesday, {{c:c1|admitting}} that {{q:indirect:director:m0:c1|crews had fallen days behind after the weekend storm dumped 38 centimetres of snow on the city}}.

{{m:m2|Gilles Thibodeau}}, the city's director of roads and parking services, {{c:c2|told}} the transportation committee that {{q:indirect:director:m2:c2|residential streets in most wards should have been plowed by Sunday night}}, but {{c:c3|that}} {{q:indirect:director:m2:c3|some in Orléans and Barrhaven were not reached until Tuesday morning}}.

"{{q:direct:director:m4:c4|We did not meet our standard. I'm not going to dress it up,}}" {{m:m4|Thibodeau}} {{c:c4|said}}. {{q:indirect:director:m5:c5|About one in five of the city's contracted plows had not shown up on Saturday}}, {{m:m5|he}} {{c:c5|explained}}, {{c:c6|blaming}} {{q:indirect?:director:m5:c6|a shortage of licensed drivers across eastern Ontario}}.

Coun. Priya Ramdeen, who represents Barrhaven East, was not satisfied. {{m:m8|She}} read aloud from emails sent by constituents who could not get out of their driveways for three days, then {{c:c9|demanded to know}} {{q:indirect?:coun:m8:c9|why the city had signed contracts that did not require companies to guarantee a minimum number of trucks}}.

"{{q:direct:coun:m10:c10|People paid their taxes. They're entitled to get to work,}}" {{m:m10|Ramdeen}} {{c:c10|said}}. "{{q:direct:coun:m10:c10|I've had seniors tell me they ran out of medication because they couldn't get to the pharmacy.}}"

{{m:m11|Mayor Andrew Kowal}} defended the crews but {{c:c12|agreed}} that {{q:indirect:mayor:m11:c12|the contracts needed to be reviewed before next winter}}. {{q:indirect:mayor:m13:c13|Staff would bring options to council in the spring}}, {{m:m13|he}} {{c:c13|promised}}.

{{m:m14|CUPE Local 503}}, which represents about 300 of the city's equipment operators, {{c:c14|said}} {{q:indirect:union:m14:c14|the problem was not the workers but the number of them}}. {{q:mixed:union:m15:c15|The city had cut 22 operator positions since 2019 and "filled the gap with contractors who don't pick up the phone}}," {{m:m15|the union}} {{c:c15|said}} in a statement.

{{m:m16|Sandra Lavigne}}, the local's president, {{c:c16|said}} {{q:indirect:president:m16:c16|some of her members had worked 16-hour shifts over the weekend}}. "{{q:direct:president:m17:c17|They're exhausted. And they're angry that they're being blamed,}}" {{m:m17|she}} {{c:c17|said}}.

The timing is bad. {{m:m18|Environment Canada meteorologist Rhys Dalton}} {{c:c18|said}} {{q:indirect:eccc:m18:c18|another system moving up from the U.S. Midwest could bring 20 to 30 centimetres to the Ottawa area by Thursday night}}, followed by a sharp drop in temperatures.

A winter storm watch is in effect for the city and much of eastern Ontario. {{m:m19|The warning}} {{c:c19|says}} {{q:indirect:warning:m19:c19|travel could become hazardous because of sudden reductions in visibility in heavy snow}}.

"{{q:direct:eccc:m20:c20|If you've got to go somewhere Thursday, go early. By the evening commute, it's going to be a mess,}}" {{m:m20|Dalton}} {{c:c20|said}}.

{{m:m21|Residents of Orléans and Barrhaven}} {{c:c21|said}} {{q:indirect:residents:m21:c21|they were bracing for a repeat of last weekend}}.

{{m:m22|Ahmed Yusuf}}, who lives on a crescent off Innes Road, {{c:c22|said}} {{q:indirect:resident:m22:c22|a neighbour with a tractor had cleared the street before the city did}}. "{{q:direct:resident:m23:c23|We saw one plow in four days. One. And it didn't even drop the blade,}}" {{m:m23|he}} {{c:c23|said}}.

{{m:m24|OC Transpo}} {{c:c24|said}} {{q:indirect:octranspo:m24:c24|about 40 buses got stuck or were taken out of service on Saturday}}, and {{c:c25|warned}} {{q:indirect:octranspo:m24:c25|riders to expect detours on residential routes later this week}}.

{{m:m26|Ottawa police}} {{c:c26|said}} {{q:indirect:police:m26:c26|officers responded to more than 150 collisions between Saturday and Monday}}. {{m:m27|They}} {{c:c27|are asking}} {{q:indirect:police:m27:c27|drivers to stay home during the storm if they can}}.

City data show the roads budget for the winter was already 60 per cent spent by the end of December, with the coldest and snowiest weeks of the season usually still to come in February.

{{m:m28|Thibodeau}} {{c:c28|said}} {{q:indirect:director:m28:c28|crews would start pre-treating arterial roads on Wednesday afternoon}}. "{{q:direct:director:m29:c29|We've learned some lessons. You'll see that this week,}}" {{m:m29|he}} {{c:c29|said}}.

A city plow clears snow on Jeanne d'Arc Boulevard in Orléans on Monday. (Jean Delisle/CBC)

With files from Hallie Cotnam
""",
)
