# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the twelfth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external12 import article

article(
    "ext12_ca_01_cp_ottawa_pharmacare_deal", "external/ca-cp-federal", "en",
    {"dube": ["Martine Dubé", "Health Minister Martine Dubé"],
     "source": ["a senior government source", "government source"],
     "pmo": ["Prime Minister's Office", "PMO"],
     "whitmore": ["Kyle Whitmore", "Conservative health critic Kyle Whitmore"],
     "singh_like": ["Priya Dhaliwal", "NDP Leader Priya Dhaliwal"],
     "cpa": ["Canadian Pharmacists Association"]},
    """
Ottawa, Manitoba sign first pharmacare deal covering diabetes drugs, contraception

ANALYSIS | What the pharmacare deals will — and won't — cover

By Lisa Tremblay, The Canadian Press

OTTAWA — The federal government has signed its first pharmacare agreement with a province, and {{m:m1|Health Minister Martine Dubé}} {{c:c1|says}} {{q:indirect:dube:m1:c1|she expects deals with at least three more provinces before the end of the year}}.

The $219-million agreement with Manitoba, announced Thursday in Winnipeg, will cover diabetes medication and contraception for every resident of the province.

"{{q:direct:dube:m2:c2|This is the day we stop asking Manitobans to choose between their insulin and their groceries,}}" {{m:m2|Dubé}} {{c:c2|said}} at a news conference at a community health centre in the city's North End.

{{m:m3|She}} {{c:c3|acknowledged}} that {{q:indirect:dube:m3:c3|talks with Alberta and Quebec have stalled}}. {{q:indirect:dube:m4:c4|Both provinces want to run their own programs with federal money, {{m:m4|she}} {{c:c4|said}}, and Ottawa is not prepared to write a blank cheque}}.

{{q:indirect:source:m5:c5|Negotiations with Ontario are further along and a deal could be signed as early as next month}}, {{c:c5|according to}} {{m:m5|a senior government source}} who was not authorized to speak publicly about the talks.

{{m:m6|The Prime Minister's Office}} {{c:c6|said}} in a statement that {{q:mixed:pmo:m6:c6|the Manitoba deal "shows what is possible when governments work together}}."

{{m:m7|Conservative health critic Kyle Whitmore}} {{c:c7|dismissed}} the announcement as "{{q:direct:whitmore:m7:c7|a photo op with a price tag.}}" {{m:m8|He}} {{c:c8|argued}} {{q:indirect:whitmore:m8:c8|most Manitobans already had drug coverage through work or a provincial plan}}.

{{m:m9|NDP Leader Priya Dhaliwal}}, whose party pushed for the program as part of a 2022 agreement with the Liberals, {{c:c9|vowed}} {{q:indirect:singh_like:m9:c9|to keep pressing for coverage of all prescription drugs}}.

{{m:m10|The Canadian Pharmacists Association}} welcomed the deal but {{c:c10b|warned}} that {{q:indirect:cpa:m10:c10b|pharmacies in rural areas would need help with the added paperwork}}.

Dubé is scheduled to be in Halifax next week.

This report by The Canadian Press was first published March 14, 2026.
""",
)

article(
    "ext12_ca_02_starphoenix_saskatoon_council_bus", "external/ca-local-council", "en",
    {"kowalchuk": ["Darlene Kowalchuk", "Coun. Darlene Kowalchuk"],
     "mayor": ["Anders Lindahl", "Mayor Anders Lindahl"],
     "councillors": ["several councillors", "councillors"],
     "greer": ["Jamal Greer"],
     "adeyemi": ["Tolu Adeyemi", "Coun. Tolu Adeyemi"],
     "atu": ["ATU Local 615", "Amalgamated Transit Union Local 615"]},
    """
Saskatoon council delays vote on cutting late-night bus routes

{{m:m0|Several councillors}} {{c:c0|say}} {{q:indirect:councillors:m0:c0|they need more data before approving $2.1M in cuts}}

By Rhys Nakamura, Saskatoon StarPhoenix

Saskatoon city council has put off a decision on whether to cut four late-night bus routes, with {{m:m1|several councillors}} {{c:c1|saying}} {{q:indirect:councillors:m1:c1|they did not know enough about who rides the buses after 10 p.m.}}

The proposal, which would save about $2.1 million a year, was sent back to administration on Monday in a 7-4 vote.

"{{q:direct:kowalchuk:m2:c2|We're being asked to cut service to people who clean our offices and work our night shifts, and we don't even know how many of them there are,}}" {{c:c2|said}} {{m:m2|Coun. Darlene Kowalchuk}}, who moved the motion to delay.

{{m:m3|Transit director Jamal Greer}} {{c:c3|told}} council that {{q:indirect:greer:m3:c3|the four routes carry an average of six passengers per trip}}. {{q:indirect:greer:m4:c4|A rider survey could be done by June, {{m:m4|he}} {{c:c4|said}}, but it would cost about $40,000}}.

{{m:m5|Mayor Anders Lindahl}}, who voted against the delay, {{c:c5|warned}} that {{q:indirect:mayor:m5:c5|putting off the cuts would leave a hole in next year's budget}}.

"{{q:direct:mayor:m6:c6|Every month we wait is another $175,000 we have to find somewhere else,}}" {{m:m6|Lindahl}} {{c:c6|said}}.

{{m:m7|Coun. Tolu Adeyemi}} {{c:c7|asked}} {{q:indirect?:adeyemi:m7:c7|whether the city had looked at smaller buses on the late routes instead}}. {{m:m8|Greer}} {{c:c8|said}} {{q:indirect:greer:m8:c8|it had, but the savings were small}}.

{{m:m9|The union representing Saskatoon Transit drivers, ATU Local 615}}, {{c:c9|said}} in a statement that {{q:mixed:atu:m9:c9|the cuts would "strand shift workers}}" and that {{q:indirect:atu:m9:c9|no drivers had been consulted}}.

A report to council shows late-night ridership has fallen by a third since 2019.

Council is expected to take up the issue again in July.

Photo: A Saskatoon Transit bus on 8th Street. (Michelle Berg/Saskatoon StarPhoenix)
""",
)

article(
    "ext12_ca_03_cp_raptors_game", "external/ca-cp-sports", "en",
    {"mensah": ["Kofi Mensah"],
     "rajan": ["Vic Rajan", "coach Vic Rajan", "Raptors coach Vic Rajan"],
     "doyle": ["Bryce Doyle"],
     "brandt": ["Leo Brandt", "Pistons coach Leo Brandt"]},
    """
Mensah scores 34 as Raptors hold off Pistons 118-112

TORONTO — Kofi Mensah had 34 points and nine rebounds, and the Toronto Raptors held off the Detroit Pistons 118-112 on Wednesday night to snap a three-game losing streak.

Mensah scored 14 in the fourth quarter, including a step-back three-pointer with 41 seconds left that put Toronto up by six.

"{{q:direct:mensah:m1:c1|I've been missing that shot all week. My teammates kept telling me to keep shooting it,}}" {{m:m1|Mensah}} {{c:c1|said}}. "{{q:direct:mensah:m1:c1|So I kept shooting it.}}"

{{m:m2|Raptors coach Vic Rajan}} {{c:c2|said}} {{q:indirect:rajan:m2:c2|the win was the team's best defensive effort of the season}}, even with Detroit scoring 35 points in the third quarter.

"{{q:direct:rajan:m3:c3|We got stops when it mattered. That's growth,}}" {{m:m3|Rajan}} {{c:c3|said}}. "{{q:direct:rajan:m3:c3|A month ago we lose that game.}}"

Bryce Doyle added 21 points and eight assists for Toronto (9-14). {{m:m4|The rookie guard}}, who grew up in Mississauga, {{c:c4|said}} {{q:indirect:doyle:m4:c4|he had about 40 friends and family members in the building}}. "{{q:direct:doyle:m5:c5|I think I heard my grandma yelling,}}" {{m:m5|he}} {{c:c5|said}} with a laugh.

Marcus Hale led Detroit (7-16) with 28 points.

{{m:m6|Pistons coach Leo Brandt}} {{c:c6|blamed}} {{q:indirect?:brandt:m6:c6|turnovers for the loss}}. {{m:m7|He}} {{c:c7|said}} {{q:mixed:brandt:m7:c7|his team gave the ball away 19 times and "you can't do that on the road against anybody}}."

UP NEXT

Pistons: At Boston on Friday.

Raptors: Host Milwaukee on Friday.
""",
)
