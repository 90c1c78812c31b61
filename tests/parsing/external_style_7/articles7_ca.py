# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the seventh external-style batch. Original, invented prose; every person
# and business is fictional (real cities, provinces and institutions only as setting).
# Written and annotated before the parser was run on them.
from build_external7 import article

article(
    "ext7_ca_01_cbc_london_budget", "external/ca-cbc-municipal", "en",
    {"okafor": ["Diane Okafor", "Mayor Diane Okafor"],
     "staff": ["city staff", "staff"],
     "vandermeer": ["Peter Vandermeer", "Coun. Peter Vandermeer"],
     "mbeki": ["Sandra Mbeki", "Police Chief Sandra Mbeki"],
     "roy": ["Amélie Roy", "Coun. Amélie Roy"],
     "sandhu": ["Harjit Sandhu", "Budget chair Coun. Harjit Sandhu"],
     "lyle": "Margaret Lyle"},
    """
London council approves 4.9% tax hike after marathon budget debate

City councillors in London, Ont., approved a 2027 budget late Wednesday that will raise property taxes by 4.9 per cent, the smallest increase in three years but still more than many residents had hoped for.

{{m:m1|Mayor Diane Okafor}} {{c:c1|said}} {{q:mixed:okafor:m1:c1|the budget "holds the line where we can and invests where we must}}."

{{q:indirect:staff:m2:c2|The increase will add about $182 to the tax bill of an average home assessed at $265,000}}, {{c:c2|according to}} {{m:m2|city staff}}.

{{m:m3|Coun. Peter Vandermeer}}, who voted against the budget, {{c:c3|said}} {{q:indirect:vandermeer:m3:c3|the city should have cut spending on consultants before asking homeowners to pay more}}.

"{{q:direct:vandermeer:m4:c4|People on fixed incomes are making choices between groceries and their tax bill,}}" {{m:m4|he}} {{c:c4|said}}. "{{q:direct:vandermeer:m4:c4|We heard that at every single town hall.}}"

{{q:indirect:okafor:m5:c5|The largest share of the increase, {{m:m5|Okafor}} {{c:c5|said}}, is driven by a 7.2 per cent jump in the police budget}}.

{{m:m6|Police Chief Sandra Mbeki}} {{c:c6|told}} council last month that {{q:indirect:mbeki:m6:c6|the service needs 24 more officers to keep up with population growth}}.

Coun. Amélie Roy pushed for a motion to freeze the police budget at last year's level. It failed 11-4.

"{{q:direct:roy:m7:c7|We keep being told more officers is the answer, but nobody can show me the data,}}" {{m:m7|Roy}} {{c:c7|said}} after the vote.

{{m:m8|Budget chair Coun. Harjit Sandhu}}, who steered the document through four days of debate, {{c:c8|called}} {{q:mixed:sandhu:m8:c8|the final result "a responsible compromise}}."

The budget also includes $12 million for affordable housing and a new transit route to the city's east end. {{q:indirect:sandhu:m9:c9|Both projects, {{m:m9|Sandhu}} {{c:c9|said}}, will be running by September}}.

Residents who spoke at Tuesday's public session were divided. {{m:m10|Margaret Lyle}}, a retiree in the Old East Village, {{c:c10|said}} {{q:indirect:lyle:m10:c10|she would likely have to sell her house within five years if increases continued}}.
""",
)

article(
    "ext7_ca_02_cp_hinton_wildfire", "external/ca-cp-wildfire", "en",
    {"officials": ["officials", "Alberta Wildfire"],
     "brandt": ["Kyle Brandt", "Alberta Wildfire information officer Kyle Brandt"],
     "dube": ["Carla Dubé", "Carla Dube", "Hinton Mayor Carla Dubé"],
     "town": ["the town", "Hinton"],
     "whitehorse": "Travis Whitehorse",
     "kerr": "Donna Kerr"},
    """
Wildfire forces 3,000 from their homes near Hinton, Alta.

{{q:indirect:officials:m1:c1|An out-of-control wildfire west of Hinton, Alta., grew to more than 12,000 hectares overnight, forcing about 3,000 residents from their homes}}, {{m:m1|officials}} {{c:c1|said}} Thursday.

{{m:m2|Alberta Wildfire information officer Kyle Brandt}} {{c:c2|said}} {{q:indirect:brandt:m2:c2|strong winds from the west pushed the fire across Highway 40 on Wednesday evening}}.

"{{q:direct:brandt:m3:c3|We saw fire behaviour last night that our crews would normally only see in August,}}" {{m:m3|Brandt}} {{c:c3|said}} at a morning briefing. "{{q:direct:brandt:m3:c3|It was throwing embers more than a kilometre ahead of the main front.}}"

{{m:m4|He}} {{c:c4|said}} {{q:indirect:brandt:m4:c4|140 firefighters and 11 helicopters were working the blaze, with more crews arriving from Ontario and Quebec}}.

{{m:m5|Hinton Mayor Carla Dubé}} {{c:c5|urged}} {{q:indirect:dube:m5:c5|residents who had not yet left to do so immediately}}.

"{{q:direct:dube:m6:c6|Please don't wait to see flames,}}" {{m:m6|Dubé}} {{c:c6|said}}. "{{q:direct:dube:m6:c6|Your house can be replaced. You can't.}}"

{{q:indirect:town:m7:c7|The evacuation centre at the Edson recreation complex had registered about 1,100 people by Thursday afternoon}}, {{c:c7|according to}} {{m:m7|the town}}.

Among them was Travis Whitehorse, who left his home on the west side of Hinton with his two dogs and a box of family photos.

"{{q:direct:whitehorse:m8:c8|You could see the glow over the ridge at midnight,}}" {{m:m8|Whitehorse}} {{c:c8|said}}. "{{q:direct:whitehorse:m8:c8|I didn't sleep. Nobody did.}}"

{{m:m9|Donna Kerr}}, 71, {{c:c9|said}} {{q:indirect:kerr:m9:c9|she was told to leave with 30 minutes' notice and had no idea whether her house was still standing}}.

Environment Canada is calling for rain on Saturday, but {{m:m10|Brandt}} {{c:c10|warned}} that {{q:indirect:brandt:m10:c10|it would not be enough to put the fire out}}.

"{{q:direct:brandt:m11:c11|We need several days of steady rain, and that's not what we're seeing in the models,}}" {{m:m11|he}} {{c:c11|said}}.
""",
)
