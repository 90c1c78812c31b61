# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the fifteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external15 import article

article(
    "ext15_ca_01_calgary_council_transit_fares", "external/ca-local-council", "en",
    {"lund": ["Priya Lund", "Coun. Priya Lund"],
     "boateng": ["Kwame Boateng", "Coun. Kwame Boateng"],
     "mayor": ["Helene Fortier", "Mayor Helene Fortier"],
     "transit": ["Calgary Transit"],
     "residents": ["Residents who spoke at the public hearing"],
     "riders": ["the Calgary Transit Riders Association", "riders association"]},
    """
Calgary council approves 25-cent transit fare hike after marathon debate

Fares rise Jan. 1; low-income pass frozen

By Marc Tessier, Calgary Herald

Calgary city council voted 9-6 late Tuesday to raise the adult transit fare by 25 cents, ending an eight-hour debate that stretched past midnight.

{{q:indirect:lund:m0:c0|The increase is the only way to keep bus service at current levels without a bigger property tax hike}}, {{m:m0|Coun. Priya Lund}} {{c:c0|argued}} during the debate.

"{{q:direct:lund:m1:c1|Nobody in this room likes it,}}" {{m:m1|she}} {{c:c1|said}}. "{{q:direct:lund:m1:c1|But the alternative is cutting routes, and the people on those routes have no other way to get to work.}}"

{{m:m2|Coun. Kwame Boateng}}, who voted against the hike, {{c:c2|questioned}} {{q:indirect:boateng:m2:c2|why riders should pay more when ridership has not returned to pre-pandemic levels}}. {{m:m3|He}} {{c:c3|proposed}} {{q:indirect:boateng:m3:c3|delaying the increase until the city finishes a service review}}, but the motion failed.

{{m:m4|Residents who spoke at the public hearing}} {{c:c4|said}} {{q:indirect:residents:m4:c4|many riders already skip meals to pay for monthly passes}}.

A report from city administration shows fare revenue covers about 40 per cent of operating costs.

{{m:m5|Mayor Helene Fortier}}, who voted in favour, {{c:c5|said}} {{q:indirect:mayor:m5:c5|the low-income pass would stay at $5.90 a month}}. "{{q:direct:mayor:m6:c6|We protected the people who need it most,}}" {{m:m6|Fortier}} {{c:c6|told}} the Herald after the vote.

{{m:m7|The Calgary Transit Riders Association}} {{c:c7|slammed}} the decision as "{{q:direct:riders:m7:c7|a tax on the people least able to pay it.}}"

The new fare takes effect Jan. 1.

Photo: Gavin Young/Postmedia
""",
)

article(
    "ext15_ca_02_cbc_winnipeg_shooting", "external/ca-cbc-police", "en",
    {"police": ["Winnipeg police", "police", "Winnipeg Police Service"],
     "chen": ["Const. Lydia Chen", "Lydia Chen"],
     "neighbour": ["A neighbour who asked not to be named because she fears for her safety", "a neighbour"],
     "okafor": ["Samuel Okafor"]},
    """
{{q:indirect:police:mh:ch|Man, 24, dead after shooting in Winnipeg's North End}}, {{m:mh|police}} {{c:ch|say}}

CBC News · Posted: Mar 14, 2026 9:12 AM CT

{{m:m0|Police}} {{c:c0|say}} {{q:indirect:police:m0:c0|a 24-year-old man has died after a shooting in Winnipeg's North End early Saturday}}.

{{q:indirect:chen:m1:c1|Officers were called to a home on Selkirk Avenue around 2:30 a.m. and found the man with gunshot wounds}}, {{m:m1|Const. Lydia Chen}} {{c:c1|said}} at a news conference. {{q:indirect:chen:m2:c2|He was taken to hospital in critical condition and later died}}, {{m:m2|she}} {{c:c2|said}}.

{{m:m3|Chen}} {{c:c3|would not say}} {{q:indirect?:chen:m3:c3|whether police believe the shooting was targeted}}. {{q:indirect:chen:m4:c4|No arrests have been made}}, {{m:m4|she}} {{c:c4|confirmed}}.

{{m:m5|A neighbour who asked not to be named because she fears for her safety}} {{c:c5|told}} CBC News {{q:indirect:neighbour:m5:c5|she heard at least four shots and then a car speeding away}}.

"{{q:direct:neighbour:m6:c6|I got down on the floor with my kids. That's what we do now,}}" {{m:m6|she}} {{c:c6|said}}.

Samuel Okafor, who coaches basketball at a community centre nearby, knew the victim from the youth program. "{{q:direct:okafor:m7:c7|He showed up every Tuesday, no matter what,}}" {{m:m7|Okafor}} {{c:c7|said}}.

Security video from a nearby store appears to show a dark sedan leaving the area.

Anyone with information is asked to call the homicide unit at 204-986-6508 or Crime Stoppers.

The death is Winnipeg's 11th homicide of the year.
""",
)

article(
    "ext15_ca_03_cp_alberta_wildfire_season", "external/ca-cp-wildfire", "en",
    {"minister": ["Todd Ferris", "Forestry Minister Todd Ferris"],
     "wildfire": ["Alberta Wildfire"],
     "kaplan": ["Josie Kaplan"],
     "ndp": ["Rakhi Sandhu", "NDP critic Rakhi Sandhu"],
     "chief": ["Chief Alvin Cardinal"]},
    """
Alberta declares early start to wildfire season as dry winter leaves forests primed

The Canadian Press

EDMONTON — Alberta has declared the start of wildfire season two weeks early after one of the driest winters on record.

{{m:m0|Forestry Minister Todd Ferris}} {{c:c0|said}} Monday {{q:indirect:minister:m0:c0|the province has hired 120 more firefighters than last year and will have four air tankers on standby by April 1}}.

"{{q:direct:minister:m1:c1|We are not waiting for the first big fire to get ready for it,}}" {{m:m1|Ferris}} {{c:c1|told}} a news conference in Edmonton.

Snowpack in much of the province's north sits at less than half of normal, data from Alberta Environment indicates.

{{m:m2|Alberta Wildfire}} {{c:c2|is warning}} {{q:indirect:wildfire:m2:c2|residents to hold off on burning brush}}. {{q:indirect:wildfire:m3:c3|Most spring fires are caused by people, not lightning}}, {{m:m3|the agency}} {{c:c3|noted}} in its daily update.

{{m:m4|Josie Kaplan}}, a fire scientist at the University of Alberta, {{c:c4|cautioned}} {{q:indirect:kaplan:m4:c4|against reading too much into a single dry winter}}. {{m:m5|She}} {{c:c5|said}} {{q:indirect:kaplan:m5:c5|a wet May could still change the picture}}.

{{m:m6|NDP critic Rakhi Sandhu}} {{c:c6|accused}} {{q:indirect:ndp:m6:c6|the government of cutting fire-prevention programs in last year's budget}}. "{{q:direct:ndp:m7:c7|You don't get to cut the FireSmart money and then hold a news conference about being ready,}}" {{m:m7|Sandhu}} {{c:c7|said}}.

In the Little Red River Cree Nation, which was evacuated twice in 2023, {{m:m8|Chief Alvin Cardinal}} {{c:c8|said}} {{q:indirect:chief:m8:c8|the community has cleared a firebreak around its school}}. {{q:indirect:chief:m9:c9|Elders will be moved out early if smoke returns}}, {{m:m9|he}} {{c:c9|said}}.

Wildfire danger is rated high across most of the Peace River region.
""",
)
