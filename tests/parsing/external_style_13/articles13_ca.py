# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the thirteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external13 import article

article(
    "ext13_ca_01_cbc_rcmp_missing_hiker", "external/ca-cbc-police", "en",
    {"rcmp": ["RCMP", "Squamish RCMP", "a police news release"],
     "lam": ["Julie Lam", "Cpl. Julie Lam"],
     "brother": ["Owen Baptiste"],
     "sar": ["Squamish Search and Rescue"],
     "fraser": ["Neil Fraser"]},
    """
Search for missing hiker near Squamish scaled back after 6 days

Family '{{q:direct:brother:m0:c0|not giving up,}}' {{m:m0|brother}} {{c:c0|says}}

CBC News · Posted: Aug 14, 2026 5:12 PM PT

{{q:indirect:rcmp:m1:c1|The search for a 34-year-old man missing in the backcountry north of Squamish, B.C., is being scaled back}}, {{m:m1|RCMP}} {{c:c1|say}}, after six days of ground and air searches turned up no sign of him.

{{q:indirect:rcmp:m2:c2|Daniel Baptiste of Vancouver was last seen on Aug. 8 at the trailhead for Watersprite Lake}}, {{c:c2|according to}} {{m:m2|a police news release}}.

{{m:m3|Cpl. Julie Lam}} {{c:c3|said}} {{q:indirect:lam:m3:c3|crews had covered more than 40 square kilometres}}. {{q:indirect:lam:m4:c4|Heavy smoke from nearby wildfires grounded the helicopter for two of those days}}, {{m:m4|she}} {{c:c4|noted}}.

"{{q:direct:lam:m5:c5|We haven't closed the file. We're shifting to a limited continuous search, which means we'll act on any new information that comes in,}}" {{m:m5|Lam}} {{c:c5|said}}.

{{m:m6|Baptiste's brother, Owen}}, {{c:c6|told}} CBC News {{q:indirect:brother:m6:c6|the family is hiring a private team}}. "{{q:direct:brother:m7:c7|He knows those mountains. We are not giving up on him,}}" {{m:m7|he}} {{c:c7|said}}.

{{m:m8|Squamish Search and Rescue}} {{c:c8|posted}} on social media that {{q:indirect:sar:m8:c8|volunteers had put in more than 1,200 hours}} and thanked local businesses for donating food.

{{m:m9|Neil Fraser}}, who has hiked the area for 20 years, {{c:c9|said}} {{q:indirect:fraser:m9:c9|the terrain past the lake is steep and loose}}. "{{q:direct:fraser:m10:c10|Even experienced hikers get turned around up there in smoke,}}" {{m:m10|Fraser}} {{c:c10|said}}, "{{q:direct:fraser:m10:c10|and the cell coverage is basically zero.}}"

Anyone with information is asked to call Squamish RCMP.

WATCH | Crews search the backcountry near Squamish:

(Photo: Ben Nelms/CBC)
""",
)

article(
    "ext13_ca_02_cp_coach_fires_assistant", "external/ca-cp-sports", "en",
    {"dorval": ["Luc Dorval"],
     "gagne": ["Remi Gagne", "Remi Gagné"],
     "poirier": ["Sam Poirier"],
     "players": ["Several players"],
     "team": ["the Canadiens"]},
    """
{{m:m0|Canadiens coach}} fires assistant, {{c:c0|says}} {{q:indirect:dorval:m0:c0|power play needs a reset}}

MONTREAL — {{m:m1|Montreal Canadiens head coach Luc Dorval}} fired assistant coach Remi Gagné on Sunday, {{c:c1|saying}} {{q:mixed:dorval:m1:c1|the team's power play had gone stale and needed "a different voice}}."

Montreal has scored on just nine of 71 power-play chances this season, the second-worst rate in the NHL.

"{{q:direct:dorval:m2:c2|Remi is a good coach and a good man. This is on me as much as anybody,}}" {{m:m2|Dorval}} {{c:c2|told}} reporters at the team's practice facility in Brossard, Que. "{{q:direct:dorval:m2:c2|But we can't keep doing the same thing and expecting a different result.}}"

{{m:m3|The 51-year-old}} would not say who would take over the power play, but {{c:c3b|hinted}} that {{q:indirect:dorval:m3:c3b|video coach Marc-André Simard would have a larger role}}.

{{m:m4|Gagné}}, reached by phone, {{c:c4|said}} {{q:indirect:gagne:m4:c4|he had no hard feelings}}. {{q:indirect:gagne:m5:c5|He plans to take a few weeks with his family before looking for work}}, {{m:m5|he}} {{c:c5|said}}.

{{m:m6|Several players}} {{c:c6|said}} {{q:indirect:players:m6:c6|they were surprised by the timing}}. {{m:m7|Defenceman Sam Poirier}} {{c:c7|described}} Gagné as "{{q:direct:poirier:m7:c7|a guy who'd do anything for you}}" and {{c:c8|said}} {{q:indirect:poirier:m7:c8|the players had to own the power play's struggles}}.

"{{q:direct:poirier:m9:c9|It's not like he was out there missing the net. We were,}}" {{m:m9|Poirier}} {{c:c9|said}}.

The Canadiens, who sit sixth in the Atlantic Division, host the Ottawa Senators on Tuesday.

RELATED: Canadiens recall forward from Laval

The Canadian Press
""",
)

article(
    "ext13_ca_03_citizen_ottawa_flood_meeting", "external/ca-local-council", "en",
    {"residents": ["residents", "Many residents"],
     "kaur": ["Simran Kaur", "Coun. Simran Kaur"],
     "city": ["the city", "City of Ottawa"],
     "brennan": ["Tom Brennan"],
     "official": ["Colette Arsenault", "city engineer Colette Arsenault"],
     "ec": ["Environment Canada"]},
    """
Barrhaven residents demand answers after second basement flood in a year

{{m:m0|City}} {{c:c0|says}} {{q:mixed:city:m0:c0|storm sewers were 'overwhelmed' by record rainfall}}

By Hannah Ostrowski, Ottawa Citizen

More than 200 people packed a community centre in Barrhaven on Wednesday night, and {{m:m1|many}} {{c:c1|said}} {{q:indirect:residents:m1:c1|they had been told after last year's flood that it would not happen again}}.

{{m:m2|Tom Brennan}} {{c:c2|said}} {{q:indirect:brennan:m2:c2|he spent $38,000 replacing drywall and a furnace last summer}}. {{q:indirect:brennan:m3:c3|Now, the basement is gutted again, {{m:m3|he}} {{c:c3|said}}, and his insurer has told him it won't renew his policy}}.

"{{q:direct:brennan:m4:c4|Who's going to buy this house?}}" {{m:m4|he}} {{c:c4|asked}}.

{{m:m5|City engineer Colette Arsenault}} {{c:c5|told}} the crowd {{q:indirect:official:m5:c5|the storm sewers in the neighbourhood are built for a one-in-five-year storm}}. {{m:m6|Environment Canada}} {{c:c6|says}} {{q:indirect:ec:m6:c6|107 millimetres of rain fell at the Ottawa airport in about three hours on July 30, a record for the date}}.

"{{q:direct:official:m7:c7|No system in this city would have handled that,}}" {{m:m7|Arsenault}} {{c:c7|said}}, drawing jeers.

{{m:m8|Coun. Simran Kaur}}, who organized the meeting, {{c:c8|urged}} {{q:indirect:kaur:m8:c8|residents to file claims with the city by Sept. 15}}. {{m:m9|She}} {{c:c9|promised}} {{q:indirect:kaur:m9:c9|to bring a motion to council next month asking staff to speed up a $60-million sewer upgrade}}.

Asked whether the upgrade would have prevented this month's flooding, {{m:m10|Arsenault}} {{c:c10|said}} {{q:indirect:official:m10:c10|it would have reduced it}}.

{{m:m11|The city}} {{c:c11|said}} in a statement Thursday that {{q:mixed:city:m11:c11|its sewers "performed as designed" but were overwhelmed by the volume of water}}.

Photo by Jean Levac/Postmedia
""",
)
