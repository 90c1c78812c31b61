# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the seventh external-style batch. Original, invented prose; every person,
# business, team roster and court case is fictional (real cities, states and institutions only as setting).
# Written and annotated before the parser was run on them.
from build_external7 import article

article(
    "ext7_us_01_ap_senate_radar_hearing", "external/us-ap-hearing", "en",
    {"kessler": ["Raymond Kessler", "The head of a defense contractor", "head of a defense contractor"],
     "ellison": ["Margaret Ellison", "Sen. Margaret Ellison"],
     "bradley": ["Tom Bradley", "Sen. Tom Bradley"],
     "chen": ["Laura Chen", "Deputy Assistant Secretary Laura Chen", "A Pentagon official"]},
    """
Defense contractor chief grilled over delayed radar program

WASHINGTON (AP) — {{m:m1|The head of a defense contractor}} {{c:c1|told}} senators Tuesday that {{q:indirect:kessler:m1:c1|his company would deliver the first batch of long-delayed radar units by next summer}}, but he declined to say how much the delays had cost taxpayers.

Raymond Kessler, chief executive of Halvorsen Systems, appeared before the Senate Armed Services Committee for nearly three hours. {{m:m2|He}} {{c:c2|testified}} that {{q:indirect:kessler:m2:c2|supply-chain problems, not design flaws, were behind the 18-month delay}}.

"{{q:direct:kessler:m3:c3|We underestimated how hard it would be to source the chips,}}" {{m:m3|Kessler}} {{c:c3|said}}. "{{q:direct:kessler:m3:c3|That is on us, and I take responsibility for it.}}"

Sen. Margaret Ellison, D-Mich., pressed him on the cost overruns.

"{{q:direct:ellison:m4:c4|How much has this delay cost the American taxpayer?}}" {{m:m4|Ellison}} {{c:c4|asked}}.

"{{q:direct:kessler:m5:c5|I don't have that number in front of me, senator,}}" {{m:m5|Kessler}} {{c:c5|replied}}.

"{{q:direct:ellison:m6:c6|You run the company. You should have that number,}}" {{m:m6|she}} {{c:c6|shot back}}.

{{m:m7|Ellison}} later {{c:c7|told}} reporters that {{q:indirect:ellison:m7:c7|the committee would request internal cost documents from the company}} and that {{q:mixed:ellison:m7:c7|she was "not satisfied with a single answer" she heard}}.

Sen. Tom Bradley, R-Okla., the committee's ranking Republican, struck a softer tone. {{m:m9|He}} {{c:c9|said}} {{q:indirect:bradley:m9:c9|the program remained essential to the country's air defenses}} and {{c:c9b|warned}} against "{{q:direct:bradley:m9:c9b|punishing the workers in Tulsa for mistakes made in a boardroom.}}"

Asked whether the company would repay any of the overruns, {{m:m10|Kessler}} {{c:c10|said}} {{q:mixed:kessler:m10:c10|that question was "under review with our lawyers}}."

{{m:m11|A Pentagon official, Deputy Assistant Secretary Laura Chen}}, {{c:c11|testified}} that {{q:indirect:chen:m11:c11|the department had withheld $140 million in payments until the company met new milestones}}.

"{{q:direct:chen:m12:c12|We are not writing blank checks,}}" {{m:m12|Chen}} {{c:c12|told}} the panel.

The committee is expected to vote next month on the annual defense bill, which includes money for the radar program.
""",
)

article(
    "ext7_us_02_reuters_cloudvane_earnings", "external/us-reuters-earnings", "en",
    {"cloudvane": ["Cloudvane", "Cloudvane Inc", "the company", "the cloud-software company"],
     "raman": ["Priya Raman", "Chief Executive Priya Raman"],
     "lseg": ["LSEG", "data compiled by LSEG"],
     "delacroix": ["Mark Delacroix", "Chief Financial Officer Mark Delacroix"],
     "feld": "Jonah Feld",
     "martinez": ["Rosa Martínez", "Rosa Martinez"]},
    """
Cloudvane shares sink as AI spending weighs on margins

SAN FRANCISCO (Reuters) - Cloudvane Inc shares fell 9% in extended trading on Wednesday after {{m:m1|the cloud-software company}} {{c:c1|forecast}} {{q:indirect?:cloudvane:m1:c1|third-quarter revenue below Wall Street estimates}} and {{c:c1b|said}} {{q:indirect:cloudvane:m1:c1b|spending on artificial intelligence infrastructure would squeeze margins through next year}}.

{{m:m2|Chief Executive Priya Raman}} {{c:c2|told}} analysts on a conference call that {{q:mixed:raman:m2:c2|the company was "deliberately investing ahead of demand"}} and that {{q:indirect:raman:m2:c2|she expected the bets to pay off in 2028}}.

"{{q:direct:raman:m3:c3|We are not going to be the company that was too cautious when the platform shifted,}}" {{m:m3|Raman}} {{c:c3|said}}.

{{q:indirect?:lseg:m4:c4|Analysts on average had expected $2.41 billion}}, {{c:c4|according to}} {{m:m4|data compiled by LSEG}}.

{{m:m5|Chief Financial Officer Mark Delacroix}} {{c:c5|said}} {{q:indirect:delacroix:m5:c5|capital expenditures would rise to about $900 million this year, roughly double last year's level}}.

Asked whether the company would slow hiring, {{m:m6|Delacroix}} {{c:c6|said}} {{q:mixed:delacroix:m6:c6|headcount would be "roughly flat" outside the AI division}}.

Some analysts were unconvinced.

"{{q:direct:feld:m7:c7|The story was always margin expansion. Now they're asking investors to wait two more years,}}" {{c:c7|said}} {{m:m7|Jonah Feld}}, an analyst at Bernstein Hale.

{{m:m8|Feld}} {{c:c8|said}} {{q:indirect:feld:m8:c8|he had cut his price target on the stock to $118 from $140}}.

Others were more patient. {{m:m9|Rosa Martínez}} of Greyline Capital, which holds Cloudvane shares, {{c:c9|said}} {{q:mixed:martinez:m9:c9|the spending was "a necessary bet" given how quickly rivals were moving}}.

{{q:indirect:cloudvane:m10:c10|Revenue for the second quarter rose 14% to $2.22 billion}}, {{m:m10|the company}} {{c:c10|said}}.
""",
)

article(
    "ext7_us_03_ap_charity_sentencing", "external/us-ap-court", "en",
    {"marsh": ["Helen Marsh", "U.S. District Judge Helen Marsh"],
     "tillman": "Gregory Tillman",
     "okonkwo": ["Rachel Okonkwo", "His attorney, Rachel Okonkwo"],
     "kramer": ["David Kramer", "Assistant U.S. Attorney David Kramer"],
     "price": ["Angela Price", "The charity's current director, Angela Price"]},
    """
Former charity director sentenced to 6 years for stealing donations

DAYTON, Ohio (AP) — A former director of a Dayton food-bank charity was sentenced Monday to six years in federal prison for stealing more than $1.4 million in donations over nearly a decade.

{{m:m1|U.S. District Judge Helen Marsh}} {{c:c1|said}} {{q:mixed:marsh:m1:c1|Gregory Tillman, 58, had "betrayed the trust of an entire city" and used money meant for hungry families to pay for a lake house, two boats and gambling trips}}.

"{{q:direct:marsh:m2:c2|The people who gave to this charity gave what little they had,}}" {{m:m2|Marsh}} {{c:c2|said}} before handing down the sentence. "{{q:direct:marsh:m2:c2|You took it from them, year after year.}}"

Tillman pleaded guilty in March to wire fraud and filing false tax returns.

Standing before the judge, {{m:m3|Tillman}} apologized to the charity's volunteers and {{c:c3|said}} {{q:mixed:tillman:m3:c3|he had been "sick with a gambling addiction" that he hid from his family}}.

"{{q:direct:tillman:m4:c4|I am ashamed of every dollar,}}" {{m:m4|he}} {{c:c4|told}} the court.

{{m:m5|His attorney, Rachel Okonkwo}}, {{c:c5|asked for}} {{q:indirect?:okonkwo:m5:c5|a sentence of three years}}, {{c:c5b|arguing}} that {{q:indirect:okonkwo:m5:c5b|Tillman had already repaid $310,000 and would keep paying from prison}}.

{{m:m6|Assistant U.S. Attorney David Kramer}} {{c:c6|told}} the judge {{q:mixed:kramer:m6:c6|the theft had gone on so long because Tillman controlled the charity's books and "made sure no one else ever saw them}}."

{{m:m7|The charity's current director, Angela Price}}, {{c:c7|said}} in a statement that {{q:indirect:price:m7:c7|donations fell by almost half after the theft became public in 2024}}.

"{{q:direct:price:m8:c8|We have spent two years rebuilding trust one donor at a time,}}" {{m:m8|Price}} {{c:c8|said}}.

{{m:m9|Marsh}} also {{c:c9|ordered}} {{q:indirect?:marsh:m9:c9|Tillman to repay the full amount}}.
""",
)

article(
    "ext7_us_04_ap_basketball_iowa_state", "external/us-ap-sports", "en",
    {"webb": "Marcus Webb",
     "hollis": ["Dan Hollis", "Cyclones coach Dan Hollis"],
     "turner": ["Ray Turner", "Kansas coach Ray Turner"],
     "foster": ["Eli Foster", "Kansas guard Eli Foster"],
     "holloway": "Tyrese Holloway"},
    """
Webb's late 3s lift Iowa State past Kansas 78-71

AMES, Iowa (AP) — Marcus Webb scored 24 points, including three straight 3-pointers in the final four minutes, and Iowa State held off Kansas 78-71 on Saturday night.

"{{q:direct:webb:m1:c1|I just felt it,}}" {{m:m1|Webb}} {{c:c1|said}}. "{{q:direct:webb:m1:c1|Coach drew it up, the guys found me, and I let it go.}}"

{{m:m2|Cyclones coach Dan Hollis}} {{c:c2|said}} {{q:indirect:hollis:m2:c2|Webb had been struggling with his shot in practice all week}}.

"{{q:direct:hollis:m3:c3|He's a tough kid,}}" {{m:m3|Hollis}} {{c:c3|said}}. "{{q:direct:hollis:m3:c3|He doesn't get rattled.}}"

Hollis credited his defense, which held Kansas to 38% shooting in the second half. {{q:indirect:hollis:m4:c4|Holloway, {{m:m4|Hollis}} {{c:c4|said}}, played through a sprained ankle}}.

{{m:m5|Kansas coach Ray Turner}} {{c:c5|said}} {{q:indirect:turner:m5:c5|his team stopped moving the ball after halftime}}.

"{{q:direct:turner:m6:c6|We got stagnant,}}" {{m:m6|Turner}} {{c:c6|said}}. "{{q:direct:turner:m6:c6|That's on me.}}"

{{m:m7|Kansas guard Eli Foster}}, who finished with 19 points, {{c:c7|said}} {{q:indirect:foster:m7:c7|the locker room was quiet afterward}}.

"{{q:direct:foster:m8:c8|We'll be fine,}}" {{m:m8|Foster}} {{c:c8|said}}. "{{q:direct:foster:m8:c8|It's one game.}}"

Webb's backcourt partner, Tyrese Holloway, added 15 points and eight assists. {{m:m9|He}} {{c:c9|said}} {{q:mixed:holloway:m9:c9|the crowd "carried us" in the final minutes}}.

"{{q:direct:holloway:m10:c10|You can't hear yourself think in here,}}" {{m:m10|he}} {{c:c10|said}}.

Iowa State (15-3, 5-1 Big 12) has won six straight. Asked about the streak, Hollis shrugged. "{{q:direct:hollis:m11:c11|We don't talk about it,}}" {{m:m11|he}} {{c:c11|said}}.

Kansas visits Baylor on Tuesday.
""",
)
