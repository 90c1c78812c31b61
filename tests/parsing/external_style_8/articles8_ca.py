# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the eighth external-style batch. Original, invented prose; every person is
# fictional (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external8 import article

article(
    "ext8_ca_01_cp_ontario_health_clinics", "external/ca-cp-health", "en",
    {"leblanc": ["Sylvie Leblanc", "Health Minister Sylvie Leblanc"],
     "chowdhury": ["Amir Chowdhury", "Dr. Amir Chowdhury"],
     "nakamura": ["Karen Nakamura", "NDP health critic Karen Nakamura"],
     "oma": ["Ontario Medical Association", "The Ontario Medical Association"],
     "whelan": "Doris Whelan",
     "province": ["Ontario", "the province", "Government of Ontario"]},
    """
Ontario to open 40 new primary-care clinics, aims to connect 300,000 patients

TORONTO — {{q:indirect:province:m0:c0|Ontario will spend $410 million over three years to open 40 new primary-care clinics}}, {{m:m0|the province}} {{c:c0|announced}} Wednesday, in a bid to connect some 300,000 people to a family doctor or nurse practitioner.

{{m:m1|Health Minister Sylvie Leblanc}} {{c:c1|said}} {{q:indirect:leblanc:m1:c1|the first 12 clinics would open by next summer, most of them in northern and rural communities}}.

"{{q:direct:leblanc:m2:c2|No one in this province should have to drive two hours to see a doctor for a sore throat,}}" {{m:m2|Leblanc}} {{c:c2|said}} at a news conference in Sudbury.

{{q:indirect:leblanc:m3:c3|The clinics will be staffed by teams of doctors, nurse practitioners and pharmacists, {{m:m3|she}} {{c:c3|said}}, and patients will be able to book same-day appointments online}}.

{{m:m4|Dr. Amir Chowdhury}}, a family physician in Timmins, {{c:c4|said}} {{q:indirect:chowdhury:m4:c4|the announcement was welcome but came years late}}.

"{{q:direct:chowdhury:m5:c5|I have 2,400 patients on my roster and a waiting list I stopped counting,}}" {{m:m5|he}} {{c:c5|said}}. "{{q:direct:chowdhury:m5:c5|Forty clinics is a start. It is not a solution.}}"

{{m:m6|NDP health critic Karen Nakamura}} {{c:c6|said}} {{q:mixed:nakamura:m6:c6|the government was "recycling old money" that had already been promised in last spring's budget}}.

{{m:m7|The Ontario Medical Association}} {{c:c7|said}} in a statement that {{q:indirect:oma:m7:c7|it supported team-based care}} but {{c:c7b|warned}} that {{q:indirect:oma:m7:c7b|the clinics would struggle to hire staff without better pay for family doctors}}.

{{c:c7c|According to}} {{m:m7c|the province}}, {{q:indirect:province:m7c:c7c|about 2.5 million Ontarians do not have a regular primary-care provider}}.

{{m:m8|Doris Whelan}}, 67, of Elliot Lake, {{c:c8|said}} {{q:indirect:whelan:m8:c8|she has been without a family doctor since hers retired in 2023}}.

"{{q:direct:whelan:m9:c9|I would be happy with a clinic in a strip mall. I just want somebody who knows my name,}}" {{m:m9|she}} {{c:c9|said}}.
""",
)

article(
    "ext8_ca_02_cbc_winnipeg_transit_strike", "external/ca-cbc-strike", "en",
    {"atu": ["ATU Local 1505", "the union", "The union"],
     "kowalski": ["Brian Kowalski", "Local 1505 president Brian Kowalski"],
     "city": ["City of Winnipeg", "The city", "the city"],
     "gillespie": ["Scott Gillespie", "Mayor Scott Gillespie"],
     "rempel": "Tanya Rempel",
     "mahoney": "Greg Mahoney"},
    """
Winnipeg Transit workers walk off the job, buses stop running

Winnipeg buses stopped running early Monday after about 1,400 transit workers went on strike, leaving tens of thousands of riders scrambling to get to work and school.

{{m:m1|The union}}, Amalgamated Transit Union Local 1505, {{c:c1|said}} {{q:indirect:atu:m1:c1|talks broke down Sunday night over wages and driver safety}}.

"{{q:direct:kowalski:m2:c2|Our members have been spat on, punched and threatened, and the city still won't put a barrier in every bus,}}" {{m:m2|Local 1505 president Brian Kowalski}} {{c:c2|said}} on the picket line outside the Fort Rouge garage.

{{m:m3|Kowalski}} {{c:c3|said}} {{q:indirect:kowalski:m3:c3|the union was ready to return to the table at any time}}.

{{m:m4|The city}} {{c:c4|said}} {{q:indirect:city:m4:c4|its latest offer included raises of 11 per cent over four years}} and {{c:c4b|accused}} {{q:indirect:city:m4:c4b|the union of walking away from a fair deal}}.

{{m:m5|Mayor Scott Gillespie}} {{c:c5|told}} reporters {{q:indirect:gillespie:m5:c5|he was disappointed}} and {{c:c5b|urged}} {{q:indirect:gillespie:m5:c5b|both sides to get back to bargaining}}.

"{{q:direct:gillespie:m6:c6|Every day the buses sit in the garage, people who can least afford it pay the price,}}" {{m:m6|Gillespie}} {{c:c6|said}}.

{{q:indirect:city:m6c:c6c|Handi-Transit, which serves people with disabilities, will keep running}}, {{c:c6c|according to}} {{m:m6c|the city}}.

{{m:m7|Tanya Rempel}}, a nursing student who takes two buses to the Health Sciences Centre, {{c:c7|said}} {{q:indirect:rempel:m7:c7|she would have to walk more than an hour each way}}.

"{{q:direct:rempel:m8:c8|I support the drivers. I just hope this doesn't last a month,}}" {{m:m8|she}} {{c:c8|said}}.

{{m:m9|Greg Mahoney}}, who owns a coffee shop on Portage Avenue, {{c:c9|said}} {{q:indirect:mahoney:m9:c9|his morning sales were down by about half}}.

The last transit strike in Winnipeg, in 1976, lasted 11 days.
""",
)
