# ruff: noqa: E501  (article prose: one paragraph a line)
# Irish court and English local-council articles of the twenty-second external-style batch. Original, invented
# prose; every person and company is fictional (real cities, courts, councils and agencies only as setting).
# Written and annotated before the parser was run on them.
from build_external22 import article

article(
    "ext22_ie_01_irish_times_extradition_ruling", "external/ie-court-ruling", "en",
    {"whelan": ["Conor Whelan", "Mr Justice Conor Whelan", "the High Court", "Judge", "the judge"],
     "furlong": ["Michael Furlong", "Michael Furlong SC", "Mr Furlong"],
     "nibhriain": ["Ruth Ní Bhriain", "Ruth Ní Bhriain SC", "Ms Ní Bhriain"],
     "supporter": ["a man who had travelled from Cork to support Mr Kalnas", "the man"],
     "doj": ["A spokeswoman for the Department of Justice"],
     "dept": ["The department", "Department of Justice"],
     "sources": ["Legal sources"]},
    """
High Court refuses to surrender Cork man to Lithuania over prison conditions

{{m:mh|Judge}} {{c:ch|says}} {{q:mixed:whelan:mh:ch|assurances from Vilnius were 'too general to be relied upon'}}

Mary Colgan

Wed Mar 11 2026 - 17:42

A Cork man wanted in Lithuania to serve the rest of a four-year sentence for fraud will not be surrendered after {{m:m0|the High Court}} {{c:c0|found}} {{q:indirect?:whelan:m0:c0|there was a real risk he would be held in conditions that breach his fundamental rights}}.

{{m:m1|Mr Justice Conor Whelan}} in the High Court on Wednesday {{c:c1|said}} {{q:mixed:whelan:m1:c1|assurances provided by the Lithuanian authorities about where Darius Kalnas (41) would be detained were "too general to be relied upon" and did not name a specific prison}}.

Mr Kalnas, a warehouse supervisor who has lived in Ballincollig since 2014, had opposed his surrender under a European Arrest Warrant issued in 2022.

Counsel for Mr Kalnas, {{m:m2|Michael Furlong SC}}, {{c:c2|told}} the court in February that {{q:mixed:furlong:m2:c2|his client had "built his whole adult life" in Ireland}} and that {{q:indirect:furlong:m2:c2|two independent reports had described serious overcrowding in Lithuanian remand facilities}}.

{{m:m3|The counsel for the Lithuanian government}} {{c:c3|argued}} that {{q:mixed:nibhriain:m3:c3|the assurances were "solemn undertakings between two member states" which the court was obliged to accept}}. {{m:m4|Ruth Ní Bhriain SC}} {{c:c4|told}} the court that {{q:indirect:nibhriain:m4:c4|Lithuania had spent more than €60 million renovating its prisons since 2019}}.

In his judgment, {{m:m5|Mr Justice Whelan}} {{c:c5|said}} {{q:indirect:whelan:m5:c5|the court did not doubt the good faith of the Lithuanian authorities}}.

"{{q:direct:whelan:m6:c6|But good faith is not the test. The test is whether this court can be satisfied, on the evidence before it, that Mr Kalnas will not face a real risk of inhuman or degrading treatment. On the material provided, it cannot,}}" {{m:m6|the judge}} {{c:c6|said}}.

{{m:m7|He}} {{c:c7|noted}} that {{q:indirect:whelan:m7:c7|a 2024 report by the Council of Europe's anti-torture committee had found some prisoners at the facility in question sharing cells that offered less than three square metres of personal space each}}.

Figures from the Irish Prison Service show that 23 Lithuanian nationals were in custody in the State at the end of last year.

{{m:m8|The judge}} also {{c:c8|questioned why}} {{q:indirect?:whelan:m8:c8|the Lithuanian authorities had not identified the prison in which Mr Kalnas would serve his sentence, despite two requests from the court for further information}}.

{{q:indirect:whelan:m9:c9|The request for surrender must therefore be refused}}, {{m:m9|he}} {{c:c9|concluded}}.

{{m:m10|Mr Justice Whelan}} {{c:c10|added}} that {{q:mixed:whelan:m10:c10|the decision was "not a finding that Lithuania is a country whose justice system cannot be trusted"}}.

"{{q:direct:whelan:m11:c11|Ireland and Lithuania co-operate closely in these matters, and will continue to do so,}}" {{m:m11|he}} {{c:c11|said}}.

Mr Kalnas, who wore a navy jacket and sat beside his partner throughout the 40-minute ruling, declined to comment as he left the Four Courts.

Outside court, {{m:m12|a man who had travelled from Cork to support Mr Kalnas}} {{c:c12|said}} {{q:mixed:supporter:m12:c12|the family had been "living under a cloud" for four years}}.

"{{q:direct:supporter:m13:c13|He has two kids in school here. He pays his taxes. He was never hiding from anyone,}}" {{c:c13|said}} {{m:m13|the man}}, who asked not to be named.

{{m:m14|Mr Furlong}} {{c:c14|said}} {{q:mixed:furlong:m14:c14|his client was "relieved and grateful" and would now try to "get back to some kind of normal life"}}.

{{m:m15|A spokeswoman for the Department of Justice}} {{c:c15|said}} {{q:mixed:doj:m15:c15|it was aware of the judgment and would "study it carefully" with the Office of the Attorney General}}. {{m:m16|The department}} {{c:c16|said}} separately that {{q:indirect:dept:m16:c16|it had processed 212 European Arrest Warrants last year, the highest number on record}}.

The State has 28 days to decide whether to appeal. Under the European Arrest Warrant Act 2003, Lithuania may also submit fresh assurances and ask for the matter to be reconsidered.

The case is one of a growing number in which Irish courts have been asked to weigh prison conditions elsewhere in the EU. {{m:m17|Legal sources}} {{c:c17|say}} {{q:indirect:sources:m17:c17|two similar applications, concerning surrenders to Hungary and Romania, are due to be heard before the summer}}.

Darius Kalnas leaving the Four Courts in Dublin on Wednesday. Photograph: Collins Courts

© 2026 The Irish Times DAC
""",
    notes="Irish Times court report: standfirst 'Judge says …', 'the High Court found' (optional), 'X in the High Court on Wednesday said', 'Counsel for X, Y SC, told the court …' split 'A and that B', role before person 'The counsel for the Lithuanian government argued …' named in the next sentence, 'noted that', 'questioned why' (optional), fronted '…, he concluded', 'said the man, who asked not to be named', 'declined to comment', 'said separately that', 'Figures … show' and 'Legal sources say' (a source, scored), photo caption and copyright line.",
)

article(
    "ext22_uk_01_ldrs_council_housing_targets", "external/uk-local-democracy", "en",
    {"shaw": ["Derek Shaw", "Cllr Derek Shaw", "Cllr Shaw"],
     "castleford": ["Helen Castleford", "Ms Castleford"],
     "marsh": ["Bryony Marsh", "Cllr Bryony Marsh", "Cllr Marsh"],
     "builderceo": ["The chief executive of one of the country's largest housebuilders"],
     "residents": ["Residents of Brompton", "They"],
     "parish": ["The chairman of Brompton Parish Council, Alan Tuke", "Alan Tuke", "Mr Tuke"],
     "cpre": ["The countryside charity CPRE North Yorkshire", "CPRE North Yorkshire"],
     "hfs": ["A spokesman for the Home Builders Federation", "Home Builders Federation"],
     "mhclg": ["A spokesperson for the Ministry of Housing, Communities and Local Government"],
     "council": ["North Yorkshire Council", "the council"],
     "pearce": ["Andy Pearce", "Cllr Pearce"]},
    """
{{m:mh|Council boss}} {{c:ch|admits}} {{q:mixed:shaw:mh:ch|new housing target 'will be very hard to hit'}}

By Tom Kilbride, Local Democracy Reporting Service

13:05, 4 MAR 2026

{{m:mL|The man responsible for planning at North Yorkshire Council}} has {{c:cL|admitted}} {{q:indirect:shaw:mL:cL|the authority is unlikely to meet a new Government target of almost 4,000 homes a year without help from Whitehall}}.

{{m:m0|Cllr Derek Shaw}}, the executive member for planning, {{c:c0|told}} a meeting of the council's executive in Northallerton on Tuesday that {{q:mixed:shaw:m0:c0|the figure was "very hard to hit"}} and that {{q:indirect:shaw:m0:c0|the authority had never delivered more than 2,700 homes in a single year}}.

"{{q:direct:shaw:m1:c1|I'm not going to stand here and pretend we can double our output overnight. The land is there, but the builders, the roads and the water connections are not,}}" {{m:m1|he}} {{c:c1|said}}.

READ MORE: Plans for 300 homes near Thirsk thrown out after 'overwhelming' objections

The council's chief executive, {{m:m2|Helen Castleford}}, {{c:c2|said}} {{q:indirect:castleford:m2:c2|officers were drawing up a new local plan that would identify sites for at least 60,000 homes over the next 15 years}}. {{q:indirect:castleford:-:-|A first draft would go out to public consultation in the autumn}}.

{{m:m3|The chief executive of one of the country's largest housebuilders}} {{c:c3|warned}} last week that {{q:mixed:builderceo:m3:c3|national targets were "unachievable" unless mortgage rates fell and more first-time buyers could be helped onto the ladder}}.

Figures from the Office for National Statistics show that the average home in North Yorkshire now costs 8.6 times average earnings.

Opposition leader {{m:m4|Cllr Bryony Marsh}} {{c:c4|questioned whether}} {{q:indirect?:marsh:m4:c4|the authority had the planning staff to process the number of applications it would need to approve}}, and {{c:c5|pressed}} Cllr Shaw to say {{q:indirect?:marsh:m4:c5|how many of the council's planning posts were currently vacant}}.

{{q:mixed:shaw:m6:c6|It was "about one in five"}}, {{m:m6|he}} {{c:c6|conceded}}.

"{{q:direct:marsh:m7:c7|That tells you everything. You cannot build homes that nobody has the time to approve,}}" {{m:m7|Cllr Marsh}} {{c:c7|said}}.

{{m:m8|Residents of Brompton}}, where 450 homes are proposed on farmland west of the village, {{c:c8|say}} {{q:indirect:residents:m8:c8|the local primary school and GP surgery are already full}}. {{m:m9|They}} {{c:c9|have warned}} that {{q:indirect:residents:m9:c9|the narrow lanes into the village could not cope with hundreds of extra cars}}.

{{m:m10|The chairman of Brompton Parish Council, Alan Tuke}}, {{c:c10|said}}: "{{q:direct:parish:m10:c10|Nobody here is against young families getting a home. We're against being told where it goes by people who have never driven down our lanes at half past eight in the morning.}}"

{{m:m11|The countryside charity CPRE North Yorkshire}} {{c:c11|said}} {{q:mixed:cpre:m11:c11|the target would lead to "a free-for-all on green fields" while hundreds of brownfield plots in the county's towns stayed empty}}.

But {{m:m12|a spokesman for the Home Builders Federation}} {{c:c12|said}} {{q:indirect:hfs:m12:c12|the planning system, not a lack of land, was the main obstacle}}. "{{q:direct:hfs:m13:c13|Councils that plan positively get homes built. Those that drag their feet do not,}}" {{m:m13|he}} {{c:c13|said}}.

{{m:m14|A spokesperson for the Ministry of Housing, Communities and Local Government}} {{c:c14|said}}: "{{q:direct:mhclg:m14:c14|We have been clear that every area must play its part in building the 1.5 million homes this country needs, and we are giving councils the funding and the powers to do so.}}"

Independent councillor {{m:m19|Andy Pearce}}, who represents Thirsk, {{c:c19|said}} {{q:mixed:pearce:m19:c19|the county was being asked to "carry the can" for a national shortage}}. "{{q:direct:pearce:m20:c20|We have some of the fastest-growing villages in the North, and we still get told we're not pulling our weight,}}" {{m:m20|he}} {{c:c20|said}}.

Members of the executive noted the report and agreed to publish a timetable for the new local plan next month.

{{m:m15|Cllr Shaw}} {{c:c15|told}} the meeting {{q:mixed:shaw:m15:c15|he would write to the housing minister to ask for "a realistic conversation" about the county's figure}}.

{{q:indirect:shaw:m16:c16|The council would rather aim high and fall short than set a number it knew it could beat}}, {{m:m16|he}} {{c:c16|added}}.

{{m:m18|North Yorkshire Council}} {{c:c18|says}} {{q:indirect:council:m18:c18|it approved 3,120 homes in the last financial year, though only 2,480 were completed}}.

The proposed site west of Brompton. (Image: Google)

Got a story? Email newsdesk@northernecho.example
""",
    notes="Local democracy reporter on a council meeting: headline 'Council boss admits …', lede 'The man responsible for planning … has admitted …' (named next paragraph; his words there), 'told a meeting … that A “…” and that B' (two quotes), 'READ MORE' furniture, continuation with no cue, role before person never named ('The chief executive of one of the country's largest housebuilders warned last week that …'), 'questioned whether' and 'pressed X to say' (optional), fronted '…, he conceded', descriptive plural 'Residents of Brompton, where …, say', 'They have warned that', 'The chairman of X, Y, said:', fronted '…, he added', photo credit, 'Figures … show' (no quote), minutes 'noted the report' (no quote).",
)
