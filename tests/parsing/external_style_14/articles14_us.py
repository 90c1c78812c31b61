# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the fourteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external14 import article

article(
    "ext14_us_01_ap_swing_state_voters", "external/us-ap-campaign", "en",
    {"voters": ["Voters in Pennsylvania and Wisconsin", "voters"],
     "kessler": ["Ruth Kessler"],
     "dumont": ["Andre Dumont"],
     "vasquez": ["Lena Vasquez", "campaign manager Lena Vasquez"],
     "campaign": ["the Harlow campaign", "Harlow campaign"],
     "harlow": ["Gordon Harlow"],
     "poll": ["A Marquette Law School poll"]},
    """
{{m:m0|Voters in Pennsylvania, Wisconsin}} {{c:c0|say}} {{q:indirect:voters:m0:c0|grocery prices matter more than the debate}}

By Carla Benning, Associated Press

ERIE, Pa. (AP) — {{m:m1|Voters in two of the most closely watched states}} {{c:c1|say}} {{q:indirect:voters:m1:c1|the price of groceries will decide their ballots more than anything said on a debate stage}}.

{{m:m2|Ruth Kessler}}, 62, a retired steelworker from Erie, {{c:c2|said}} {{q:indirect:kessler:m2:c2|she watched only 10 minutes of last week's debate}}. {{m:m3|She}} {{c:c3|recalled}} {{q:indirect:kessler:m3:c3|paying $4 for a dozen eggs in the spring}}.

"{{q:direct:kessler:m4:c4|I don't need a candidate to tell me what things cost. I need one to tell me what he'll do about it,}}" {{m:m4|she}} {{c:c4|said}}.

In Green Bay, Wisconsin, {{m:m5|Andre Dumont}}, who drives a delivery truck, {{c:c5|said}} {{q:indirect:dumont:m5:c5|he had voted for both parties over the years}}. {{m:m6|He}} {{c:c6|insisted}} {{q:indirect:dumont:m6:c6|he had not made up his mind this time}}.

{{m:m7|A Marquette Law School poll}} released Wednesday {{c:c7|found}} {{q:indirect?:poll:m7:c7|48% of likely voters in Wisconsin named the economy as their top issue}}.

Gordon Harlow, the Republican nominee, has made food prices the center of his closing argument. {{m:m9|Campaign manager Lena Vasquez}} {{c:c9|stressed}} that {{q:indirect:vasquez:m9:c9|the candidate would hold four events in Pennsylvania this week}}. {{m:m10|The Harlow campaign}} {{c:c10|said}} in an email that {{q:indirect:campaign:m10:c10|its internal numbers showed a tied race}}, but it declined to share them.

Asked about Harlow's plan, Kessler laughed. "{{q:direct:kessler:m12:c12|They all have a plan,}}" {{m:m12|she}} {{c:c12|said}}.
""",
)

article(
    "ext14_us_02_ap_supreme_court_live", "external/us-ap-live", "en",
    {"mercer": ["Elaine Mercer", "Justice Elaine Mercer"],
     "okon": ["David Okon", "Justice David Okon"],
     "wh": ["Janelle Price", "White House press secretary Janelle Price"],
     "ag": ["Tom Whitcomb", "Texas Attorney General Tom Whitcomb"],
     "aclu": ["American Civil Liberties Union", "ACLU"],
     "court": ["Supreme Court", "The Supreme Court"]},
    """
LIVE: Supreme Court rules on Texas border buoys

Follow along for the latest updates.

10:04 a.m.

{{m:m0|The Supreme Court}} {{c:c0|ruled}} 6-3 on Thursday that {{q:indirect:court:m0:c0|Texas may keep floating barriers in the Rio Grande while a lower court hears the case}}.

10:21 a.m.

{{m:m1|Justice Elaine Mercer}}, writing for the majority, {{c:c1|said}} {{q:mixed:mercer:m1:c1|the federal government had not shown that the buoys caused "irreparable harm" to navigation}}.

"{{q:direct:mercer:m2:c2|The balance of harms does not favor an injunction at this stage,}}" {{m:m2|she}} {{c:c2|wrote}}.

10:40 a.m.

In a dissent joined by two colleagues, {{m:m3|Justice David Okon}} {{c:c3|warned}} that {{q:mixed:okon:m3:c3|the ruling invites states to "conduct their own foreign policy}}." {{m:m4|He}} {{c:c4|argued}} {{q:indirect:okon:m4:c4|the majority had ignored a treaty with Mexico}}.

11:15 a.m.

{{m:m5|Texas Attorney General Tom Whitcomb}} {{c:c5|called}} {{q:mixed:ag:m5:c5|the decision "a win for every border community}}" in a post on X.

11:32 a.m.

{{m:m6|White House press secretary Janelle Price}} {{c:c6|said}} in a statement that {{q:mixed:wh:m6:c6|the administration was "reviewing its options" but would keep enforcing federal law on the river}}.

{{m:m7|The American Civil Liberties Union}}, which filed a brief against the barriers, {{c:c7|said}} {{q:mixed:aclu:m7:c7|it was "deeply disappointed}}."

12:05 p.m.

READ MORE: What the buoys are and why Texas put them there

The case now returns to the 5th U.S. Circuit Court of Appeals.
""",
)
