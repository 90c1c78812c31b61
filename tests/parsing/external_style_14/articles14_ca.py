# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the fourteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external14 import article

article(
    "ext14_ca_01_cp_ontario_nurses_contract", "external/ca-cp-health", "en",
    {"ona": ["Ontario Nurses' Association", "the association"],
     "hill": ["Bernadette Hill", "association president Bernadette Hill"],
     "minister": ["Farid Qureshi", "Health Minister Farid Qureshi"],
     "ministry": ["a spokesperson for the Ministry of Health", "Ministry of Health"],
     "patel": ["Naveen Patel", "Local 75 president Naveen Patel"],
     "gauthier": ["Sophie Gauthier"]},
    """
Ontario nurses ratify contract with 11 per cent raise over three years

By Amira Saleh, The Canadian Press

TORONTO — {{m:m1|The Ontario Nurses' Association}} {{c:c1|says}} {{q:indirect:ona:m1:c1|its members have voted 90 per cent in favour of a new contract with the province's hospitals}}.

The new contract, ratified Monday, will add 11 per cent to wages over three years and limit mandatory overtime.

{{m:m2|The association}}, which represents about 68,000 hospital nurses, {{c:c2|said}} in a news release that {{q:indirect:ona:m2:c2|the deal would help keep experienced nurses from leaving for private agencies}}.

"{{q:direct:hill:m3:c3|Our members held the line, and this is what holding the line looks like,}}" {{m:m3|association president Bernadette Hill}} {{c:c3|said}}.

{{m:m4|Health Minister Farid Qureshi}} {{c:c4|told}} reporters at Queen's Park that {{q:indirect:minister:m4:c4|the government had set aside money for the raise in its spring budget}}. {{m:m5|He}} {{c:c5|admitted}} {{q:indirect:minister:m5:c5|some hospitals were still relying on agency nurses}} and {{c:c6|explained}} that {{q:indirect:minister:m5:c6|a new rule would cap what agencies can charge}}.

{{q:indirect:ministry:m7:c7|The cap will take effect in January}}, {{m:m7|a spokesperson for the Ministry of Health}} {{c:c7|said}} in an email.

{{m:m8|Local 75 president Naveen Patel}}, whose unit covers nurses in Scarborough, {{c:c8|said}} {{q:indirect:patel:m8:c8|his members wanted a firm limit on patients per nurse, which the contract does not include}}.

{{m:m9|Sophie Gauthier}}, an emergency nurse in Ottawa, {{c:c9|said}} {{q:indirect:gauthier:m9:c9|the raise was welcome}}. "{{q:direct:gauthier:m10:c10|But money doesn't fix a hallway full of stretchers,}}" {{m:m10|she}} {{c:c10|said}}.

Data from the College of Nurses of Ontario suggests the number of registered nurses in the province grew by about four per cent last year.

This report by The Canadian Press was first published Oct. 6, 2026.
""",
)

article(
    "ext14_ca_02_cbc_snow_squalls", "external/ca-cbc-weather", "en",
    {"ec": ["Environment Canada"],
     "nadeau": ["Yves Nadeau", "meteorologist Yves Nadeau"],
     "opp": ["Ontario Provincial Police", "OPP"],
     "kerr": ["Dana Kerr", "Sgt. Dana Kerr"],
     "mto": ["Ministry of Transportation"],
     "owner": ["Carol Duffy"]},
    """
Snow squalls close Highway 400 north of Barrie as drivers told to stay home

Up to 40 cm expected in some areas by Friday morning

CBC News · Posted: Dec 10, 2026 7:30 AM ET

Heavy snow squalls have closed a stretch of Highway 400 north of Barrie, Ont., and {{m:m1|Environment Canada}} {{c:c1|says}} {{q:indirect:ec:m1:c1|the worst is yet to come}}.

{{q:indirect:ec:m2:c2|Bands of lake-effect snow off Georgian Bay could drop 30 to 40 centimetres in some places by Friday morning}}, {{m:m2|the agency}} {{c:c2|said}} in a squall warning issued overnight.

{{m:m3|Meteorologist Yves Nadeau}} {{c:c3|told}} CBC News {{q:indirect:nadeau:m3:c3|visibility could drop to near zero within minutes}}. "{{q:direct:nadeau:m4:c4|You can drive out of sunshine and straight into a wall of white,}}" {{m:m4|he}} {{c:c4|said}}.

{{q:indirect:opp:m5:c5|Drivers should stay off the roads unless they have no choice}}, {{c:c5|according to}} {{m:m5|Ontario Provincial Police}}. In a video posted to social media, {{m:m6|OPP Sgt. Dana Kerr}} {{c:c6|said}} {{q:indirect:kerr:m6:c6|officers had responded to more than 60 crashes since Wednesday}}.

"{{q:direct:kerr:m7:c7|Please, if you don't have to be out there, don't be,}}" {{m:m7|Kerr}} {{c:c7|said}}.

{{m:m8|The Ministry of Transportation}} {{c:c8|said}} {{q:indirect:mto:m8:c8|plows were working around the clock}} but {{c:c8b|warned}} that {{q:indirect:mto:m8:c8b|the highway might not reopen until Saturday}}.

In Midland, {{m:m9|Carol Duffy}}, who runs a diner on King Street, {{c:c9|said}} {{q:indirect:owner:m9:c9|she had closed for the day for the first time in 11 years}}.

Radar images show the heaviest bands moving south toward Orangeville.

With files from The Canadian Press
""",
)

article(
    "ext14_ca_03_globe_grocer_earnings", "external/ca-business", "en",
    {"company": ["Northfield Foods", "the company", "grocer"],
     "ceo": ["Marianne Lacroix", "chief executive Marianne Lacroix"],
     "rbc": ["Analysts at RBC Capital Markets", "RBC Capital Markets"],
     "person": ["a person familiar with the talks"],
     "bureau": ["Competition Bureau"],
     "wong": ["Kevin Wong"]},
    """
Northfield Foods shares slide after {{m:m0|grocer}} cuts outlook, {{c:c0|cites}} {{q:mixed?:company:m0:c0|'cautious' shoppers}}

TORONTO — Shares of Northfield Foods Inc. fell nearly nine per cent on Wednesday after {{m:m1|the grocery chain}} {{c:c1|said}} {{q:indirect:company:m1:c1|it now expects full-year profit to be flat}}, blaming shoppers who have cut back on higher-priced brands.

"{{q:direct:ceo:m2:c2|Customers are still coming through the doors. They're just putting different things in the cart,}}" {{m:m2|chief executive Marianne Lacroix}} {{c:c2|told}} analysts on a conference call.

{{m:m3|Lacroix}} {{c:c3|said}} {{q:indirect:ceo:m3:c3|the company would open 14 discount stores next year, most of them in Ontario and Alberta}}. {{m:m4|She}} {{c:c4|denied}} that {{q:indirect:ceo:m4:c4|Northfield was in talks to sell its pharmacy business}}.

{{m:m5|Analysts at RBC Capital Markets}} {{c:c5|wrote}} in a note to clients that {{q:mixed:rbc:m5:c5|the new forecast was "more conservative than it needs to be}}."

Two people have left the company's board since June. {{q:indirect:person:m6:c6|The departures followed a dispute over the pharmacy business}}, {{c:c6|according to}} {{m:m6|a person familiar with the talks}} who was not authorized to speak publicly.

The Competition Bureau, which is studying grocery prices, declined to comment.

{{m:m8|Kevin Wong}}, a portfolio manager at a Vancouver investment firm, {{c:c8|said}} {{q:indirect:wong:m8:c8|the discount push made sense}}. {{q:indirect:wong:m9:c9|It would take at least two years to pay off}}, {{m:m9|he}} {{c:c9|cautioned}}.

Northfield's shares closed at $41.12 on the Toronto Stock Exchange.
""",
)
