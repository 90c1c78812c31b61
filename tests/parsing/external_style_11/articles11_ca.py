# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the eleventh external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external11 import article

article(
    "ext11_ca_01_cp_sudbury_care_beds", "external/ca-cp-health", "en",
    {"ontario": ["Ontario", "province", "Ontario government"],
     "okafor": ["Hannah Okafor", "Long-Term Care Minister Hannah Okafor"],
     "ochu": ["Ontario Council of Hospital Unions", "union"],
     "lamoureux": ["Rick Lamoureux", "union president Rick Lamoureux"],
     "spox": ["a spokesperson for Okafor", "spokesperson"],
     "lindqvist": ["Marit Lindqvist", "NDP long-term care critic Marit Lindqvist"],
     "oltca": ["Ontario Long Term Care Association"]},
    """
Ontario to add 300 long-term care beds in Sudbury; {{m:m0|union}} {{c:c0|says}} {{q:indirect:ochu:m0:c0|staffing is the real problem}}

The Canadian Press

TORONTO — {{m:m1|Ontario}} {{c:c1|says}} {{q:indirect:ontario:m1:c1|it will build 300 new long-term care beds in Greater Sudbury by 2029}}, but {{m:m1b|the union representing many of the province's care workers}} {{c:c1b|warns}} {{q:indirect:ochu:m1b:c1b|the rooms could sit empty}}.

Long-Term Care Minister Hannah Okafor made the announcement Monday at the site of a former school on the city's south end.

"{{q:direct:okafor:m2:c2|Families in the north have waited too long for a bed close to home,}}" {{m:m2|Okafor}} {{c:c2|said}} in a news release.

{{m:m3|The province}} {{c:c3|said}} {{q:indirect:ontario:m3:c3|the project would cost about $140 million}}, and that {{q:indirect:ontario:m3:c3|construction would begin next spring}}.

{{m:m4|The Ontario Council of Hospital Unions}}, which represents about 40,000 workers, {{c:c4|said}} {{q:indirect:ochu:m4:c4|the beds would be of little use without more personal support workers}}.

"{{q:direct:lamoureux:m5:c5|You can build all the rooms you want,}}" {{c:c5|said}} {{m:m5|union president Rick Lamoureux}}. "{{q:direct:lamoureux:m5:c5|Somebody has to be in them at three in the morning.}}"

In an emailed statement, {{m:m6|a spokesperson for Okafor}} {{c:c6|said}} {{q:indirect:spox:m6:c6|the government had hired more than 12,000 personal support workers since 2022}}.

{{m:m7|NDP long-term care critic Marit Lindqvist}} {{c:c7|called}} {{q:mixed:lindqvist:m7:c7|the announcement "a recycled promise with a new ribbon on it}}." {{m:m8|She}} {{c:c8|noted}} that {{q:indirect:lindqvist:m8:c8|the same site was promised to Sudbury in 2022}}.

{{q:indirect:oltca:m9:c9|More than 38,000 Ontarians are on wait lists for a long-term care bed}}, {{c:c9|according to}} {{m:m9|the Ontario Long Term Care Association}}.

This report by The Canadian Press was first published Oct. 6, 2026.
""",
)

article(
    "ext11_ca_02_freepress_winnipeg_crash", "external/ca-local-police", "en",
    {"wps": ["Winnipeg Police Service", "police"],
     "carriere": ["Jason Carrière", "Const. Jason Carrière"],
     "neighbour": ["A neighbour", "neighbour"],
     "gill": ["Harpreet Gill"],
     "rcmp": ["RCMP", "Manitoba RCMP"]},
    """
Man charged after stolen truck slams into Portage Avenue bus shelter

Two people taken to hospital; {{m:m0|police}} {{c:c0|say}} {{q:indirect:wps:m0:c0|driver fled on foot}}

By Keira Fontaine

A 27-year-old man faces a string of charges after a stolen pickup truck crashed into a bus shelter on Portage Avenue early Sunday, sending two people to hospital.

{{m:m1|Police}} {{c:c1|allege}} {{q:indirect:wps:m1:c1|the truck had been taken from a dealership lot in St. James about an hour before the crash}}.

{{m:m2|Const. Jason Carrière}}, a spokesman for the Winnipeg Police Service, {{c:c2|said}} {{q:indirect:carriere:m2:c2|officers found the truck on its side shortly after 4 a.m.}} {{q:indirect:carriere:m2b:c2b|The driver had already run off, {{m:m2b|he}} {{c:c2b|said}}, but a police dog tracked him to a nearby back lane}}.

"{{q:direct:carriere:m3:c3|It's frankly a miracle nobody was killed. That shelter was full an hour earlier,}}" {{m:m3|Carrière}} {{c:c3|told}} reporters at a news conference Monday.

A woman in her 40s and a man in his 60s, who had been waiting for a bus, were taken to hospital in stable condition.

{{m:m4|A neighbour}}, who asked not to be named because she feared for her safety, {{c:c4|said}} {{q:indirect:neighbour:m4:c4|she heard what sounded like an explosion and ran outside in her slippers}}.

{{m:m5|Harpreet Gill}}, who owns a convenience store across the street, {{c:c5|said}} {{q:mixed:gill:m5:c5|the stretch has become "a racetrack after midnight}}" and that {{q:indirect:gill:m5:c5|he has asked the city for speed bumps twice}}.

Police records show more than 20 vehicle thefts were reported in the area in September.

The accused, whose name has not been released, remains in custody. None of the allegations has been proven in court.

In a separate incident, {{m:m6|Manitoba RCMP}} {{c:c6|say}} {{q:indirect:rcmp:m6:c6|a 54-year-old man from Selkirk died after his car left Highway 9 on Saturday night}}.

Photo: A damaged bus shelter on Portage Avenue on Sunday. (Mikaela MacKenzie / Winnipeg Free Press)
""",
)

article(
    "ext11_ca_03_cbc_smoke_interview", "external/ca-cbc-interview", "en",
    {"cbc": ["CBC Manitoba", "host"],
     "ferreira": ["Lucia Ferreira", "Dr. Lucia Ferreira"],
     "ecc": ["Environment Canada"]},
    """
Wildfire smoke is back. Here's what a respirologist wants you to know

Air quality warnings issued for much of southern Manitoba

CBC News · Posted: Aug 12, 2026 7:00 AM CDT

{{q:indirect:ecc:m1:c1|Smoke from wildfires in northern Saskatchewan will linger over Winnipeg and much of southern Manitoba until at least Thursday}}, {{m:m1|Environment Canada}} {{c:c1|warned}} Tuesday.

{{m:m2|The agency}} {{c:c2|is urging}} {{q:indirect:ecc:m2:c2|people with asthma or heart conditions to limit time outdoors}}.

CBC Manitoba's Information Radio spoke with {{m:m3|Dr. Lucia Ferreira}}, a respirologist at Health Sciences Centre, about how to protect yourself. The interview has been edited for length and clarity.

Q: {{q:direct?:cbc:-:-|Who should be most careful right now?}}

A: {{q:direct:ferreira:m3:-|Young children, older adults, pregnant people and anyone with lung or heart disease. But honestly, when the index hits 10, it's hard on everybody.}}

Q: {{q:direct?:cbc:-:-|Do cloth masks help?}}

A: {{q:direct:ferreira:m3:-|Not really. The particles are tiny. A well-fitted N95 is what actually works.}}

Q: {{q:direct?:cbc:-:-|What about keeping windows closed?}}

A: {{q:direct:ferreira:m3:-|Yes, and if you have a furnace fan, run it with a good filter. A portable air cleaner in the bedroom makes a real difference overnight.}}

Air quality readings at the Winnipeg airport station reached 9 on Monday afternoon, data from the province indicates.

RELATED: How to build a do-it-yourself air purifier with a box fan

WATCH | What wildfire smoke does to your lungs
""",
)
