# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the sixth external-style batch. Original, invented prose; every person,
# business and court case is fictional (real cities, provinces and institutions only as setting).
# Written and annotated before the parser was run on them.
from build_external6 import article

article(
    "ext6_ca_01_cbc_bc_renters_bill", "external/ca-cbc-legislature", "en",
    {"gill": ["Amrit Gill", "Housing minister", "Housing Minister Amrit Gill"],
     "oppo": ["Opposition", "the Opposition", "Corinne Bast"],
     "bast": "Corinne Bast",
     "rtb": ["the Residential Tenancy Branch", "Residential Tenancy Branch"],
     "advocates": ["Tenant advocates", "advocates"],
     "nakamura": "Lisa Nakamura",
     "landlords": ["The B.C. Landlords Association", "B.C. Landlords Association", "Landlords Association"],
     "olsen": "Nathan Olsen"},
    """
B.C. renters' bill clears second reading amid Opposition warnings

{{m:m0a|Housing minister}} {{c:c0a|says}} {{q:indirect:gill:m0a:c0a|cap will hold}}; {{m:m0b|Opposition}} {{c:c0b|says}} {{q:indirect:oppo:m0b:c0b|small landlords will sell}}

Jenna Morrow · CBC News · Posted: Nov 18, 2026 4:12 PM PT

{{q:indirect:gill:m1:c1|British Columbia's cap on rent increases will stay at two per cent next year}}, {{m:m1|Housing Minister Amrit Gill}} {{c:c1|told}} the legislature Tuesday, as a bill tightening the rules on so-called renovictions passed second reading.

"{{q:direct:gill:m2:c2|Renters in this province have waited long enough for someone to take their side,}}" {{m:m2|Gill}} {{c:c2|said}} during question period. "{{q:direct:gill:m2:c2|We're not going to apologize for that.}}"

{{m:m3|Opposition housing critic Corinne Bast}} {{c:c3|argued}} that {{q:indirect:bast:m3:c3|the bill would push small landlords out of the market and shrink the supply of rental homes}}. {{q:indirect:bast:m4:c4|Several owners in her Kelowna riding have already listed their basement suites for sale}}, {{m:m4|she}} {{c:c4|said}}.

{{q:indirect:bast:m5:c5|The government, {{m:m5|Bast}} {{c:c5|said}}, has not done a single study on how the changes would affect supply}}.

{{m:m6|Gill}} {{c:c6|acknowledged}} {{q:indirect:gill:m6:c6|some owners might sell}} but {{c:c6b|rejected}} {{q:indirect?:gill:m6:c6b|calls to delay the bill until such a study is done}}.

{{c:c7|According to}} {{m:m7|the Residential Tenancy Branch}}, {{q:indirect:rtb:m7:c7|applications to evict tenants for renovations rose 40 per cent in the Lower Mainland last year}}.

{{m:m8|Tenant advocates}} welcomed the bill but {{c:c8|said}} {{q:indirect:advocates:m8:c8|it does not go far enough}}.

"{{q:direct:nakamura:m9:c9|A two per cent cap means nothing if a landlord can evict you, gut the unit and double the rent,}}" {{c:c9|said}} {{m:m9|Lisa Nakamura}} of the Vancouver Tenants Union.

{{m:m10|Nakamura}} {{c:c10|said}} {{q:indirect:nakamura:m10:c10|her group has heard from more than 300 renters facing renoviction notices since January}}, and so far only a handful have won their cases.

{{m:m11|The B.C. Landlords Association}} {{c:c11|warned}} in a statement that {{q:mixed:landlords:m11:c11|the bill would make it "harder, not easier" to find a place to live}}.

{{m:m12|Premier Nathan Olsen}}, asked about the bill on his way into a cabinet meeting, {{c:c12|said}} {{q:indirect:olsen:m12:c12|he expected it to pass before the Christmas break}}.

"{{q:direct:olsen:m13:c13|We've got the votes, and frankly we've got the public with us,}}" {{m:m13|he}} {{c:c13|said}}.

{{m:m14|He}} also {{c:c14|promised}} {{q:indirect:olsen:m14:c14|to bring in a separate bill on short-term rentals in the spring}}.

The bill now goes to committee. Third reading is expected in early December.
""")

article(
    "ext6_ca_02_ctv_saskatoon_church_breakins", "external/ca-police-brief", "en",
    {"police": ["the Saskatoon Police Service", "Saskatoon police", "police", "Police"],
     "pelletier": "Leanne Pelletier",
     "okeke": "Daniel Okeke",
     "ferris": "Amanda Ferris",
     "warden": "Bev Kowalski"},
    """
Man charged after string of break-ins at Saskatoon churches

Saskatoon police have charged a 34-year-old man in connection with a series of break-ins at churches on the city's west side.

{{q:indirect:police:m1:c1|Officers arrested the man early Sunday near 22nd Street and Avenue P after a caretaker reported a smashed window at a parish hall}}, {{m:m1|the Saskatoon Police Service}} {{c:c1|said}} in a news release Monday.

{{c:c2|According to}} {{m:m2|police}}, {{q:indirect:police:m2:c2|the man was carrying a pry bar, two donation boxes and about $400 in coins when he was stopped}}.

The accused, Kyle Dressler, faces 11 charges, including break and enter and possession of property obtained by crime.

{{m:m3|Staff Sgt. Leanne Pelletier}} {{c:c3|said}} {{q:indirect:pelletier:m3:c3|investigators believe the same person is responsible for at least seven break-ins since early October}}.

"{{q:direct:pelletier:m4:c4|These are places people go for comfort, and some of these congregations have been hit twice,}}" {{m:m4|she}} {{c:c4|said}} at a briefing. "{{q:direct:pelletier:m4:c4|We're relieved to have someone in custody.}}"

{{q:indirect:pelletier:m5:c5|Police are still trying to recover a silver chalice and several laptops}}, {{m:m5|Pelletier}} {{c:c5|added}}.

{{m:m6|She}} {{c:c6|urged}} {{q:indirect:pelletier:m6:c6|other churches in the area to check their security cameras and report anything unusual}}.

{{m:m7|Rev. Daniel Okeke}}, whose parish was broken into twice, {{c:c7|said}} {{q:indirect:okeke:m7:c7|the congregation had raised money for new locks only a week before the first break-in}}.

"{{q:direct:okeke:m8:c8|I'm not angry. I hope he gets the help he clearly needs,}}" {{m:m8|he}} {{c:c8|said}}.

{{m:m9|Bev Kowalski}}, a warden at a nearby Anglican church, {{c:c9|said}} {{q:indirect:warden:m9:c9|volunteers had started sleeping in the hall on weekends}}. {{q:indirect:warden:m10:c10|Nobody wanted to, but the insurance company was threatening to drop them}}, {{m:m10|she}} {{c:c10|said}}.

Dressler made his first court appearance Monday. His lawyer, {{m:m11|Amanda Ferris}}, {{c:c11|said}} {{q:indirect:ferris:m11:c11|her client intends to plead not guilty}} and {{c:c11b|denied}} that {{q:indirect:ferris:m11:c11b|he had anything to do with the earlier break-ins}}.

He is due back in court Dec. 2.

{{m:m12|Police}} {{c:c12|asked}} {{q:indirect:police:m12:c12|anyone with information about the break-ins to call the service or Crime Stoppers}}.
""")

article(
    "ext6_ca_03_globe_health_walking_study", "external/ca-health", "en",
    {"study": ["a new study from researchers in Toronto", "the study", "study"],
     "chen": "Rachel Chen",
     "ferrante": "Paul Ferrante",
     "review": ["A 2022 review of seven trials", "review"],
     "dc": ["Diabetes Canada"],
     "atwell": "Marjorie Atwell"},
    """
{{q:indirect?:study:m0b:c0b|A short walk after dinner may cut blood sugar spikes}}, {{m:m0b|study}} {{c:c0b|finds}}

{{m:m0a|Researchers}} {{c:c0a|say}} {{q:indirect?:study:m0a:c0a|timing matters more than distance for people with Type 2 diabetes}}

WENDY TRAN
HEALTH REPORTER

{{q:indirect?:study:m1:c1|A 15-minute walk after dinner may do more for blood sugar than a longer one before breakfast}}, {{c:c1|according to}} {{m:m1|a new study from researchers in Toronto}}.

The study, published Wednesday in the journal Diabetes Care, followed 412 adults with Type 2 diabetes for six months. {{m:m2|It}} {{c:c2|found}} that {{q:indirect?:study:m2:c2|those who walked after their evening meal had blood sugar readings about 12 per cent lower than those who walked for 30 minutes in the morning}}.

"{{q:direct:chen:m3:c3|The timing matters more than people think,}}" {{c:c3|said}} {{m:m3|Dr. Rachel Chen}}, an endocrinologist at Sunnybrook Health Sciences Centre and the study's lead author. "{{q:direct:chen:m3:c3|You don't need a gym membership. You need a pair of shoes and 15 minutes.}}"

{{m:m4|Chen}} {{c:c4|said}} {{q:indirect:chen:m4:c4|the effect appeared within two weeks}} and {{c:c4b|cautioned}} that {{q:indirect:chen:m4:c4b|the study did not measure whether the walks prevented heart attacks or strokes}}.

Not everyone is convinced. {{m:m5|Dr. Paul Ferrante}}, a cardiologist at McMaster University who was not involved in the research, {{c:c5|noted}} that {{q:indirect:ferrante:m5:c5|participants knew which group they were in, which could have changed how they ate}}.

{{q:indirect:ferrante:m6:c6|The results are encouraging but should not replace medication}}, {{m:m6|he}} {{c:c6|warned}}. "{{q:direct:ferrante:m7:c7|I'd hate for a patient to read this and stop taking metformin,}}" {{m:m7|he}} {{c:c7|said}}.

Earlier research has pointed the same way. {{m:m8|A 2022 review of seven trials}}, published in Sports Medicine, {{c:c8|found}} that {{q:indirect?:review:m8:c8|standing or walking after meals lowered glucose compared with sitting}}.

{{c:c9|According to}} {{m:m9|Diabetes Canada}}, {{q:indirect?:dc:m9:c9|about 3.8 million Canadians live with diabetes, and roughly 90 per cent of them have Type 2}}.

{{m:m10|Chen}} {{c:c10|said}} {{q:indirect:chen:m10:c10|her team plans a larger trial next year that will follow heart health over three years}}.

{{m:m11|Marjorie Atwell}}, 67, of Oshawa, Ont., who took part in the study, {{c:c11|said}} {{q:indirect:atwell:m11:c11|the evening walks had become the best part of her day}}.

"{{q:direct:atwell:m12:c12|My husband comes with me now. We talk more than we have in years,}}" {{m:m12|she}} {{c:c12|said}}.

{{m:m13|She}} {{c:c13|admitted}} that {{q:indirect:atwell:m13:c13|winter would be harder}}. {{q:indirect:atwell:m14:c14|The mall near her home, {{m:m14|she}} {{c:c14|said}}, opens its doors to walkers at 7 a.m}}.
""")
