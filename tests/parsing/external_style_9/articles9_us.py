# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the ninth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external9 import article

article(
    "ext9_us_01_ap_minnesota_budget_deal", "external/us-ap-statehouse", "en",
    {"brekke": ["Alan Brekke", "Gov. Alan Brekke"],
     "vasko": ["Tom Vasko", "Senate Majority Leader Tom Vasko"],
     "dunmore": ["Carla Dunmore", "Rep. Carla Dunmore"],
     "aide": ["A senior Democratic aide", "senior Democratic aide", "aide"],
     "mfb": ["Minnesota Farm Bureau", "the Minnesota Farm Bureau"],
     "sorensen": ["Gail Sorensen"]},
    """
Minnesota lawmakers strike budget deal hours before shutdown deadline

By MARK ELLISON Associated Press

ST. PAUL, Minn. (AP) — Minnesota's Democratic governor and Republican legislative leaders reached a two-year budget agreement late Thursday, hours before a deadline that would have shut down state parks and furloughed thousands of state workers.

{{m:m1|Gov. Alan Brekke}} {{c:c1|conceded}} that {{q:indirect:brekke:m1:c1|the deal left out his plan for free school breakfasts}}, but {{c:c1b|maintained}} that {{q:mixed:brekke:m1:c1b|it was "the best budget this divided Legislature was ever going to pass}}."

"{{q:direct:brekke:m2:c2|Nobody got everything they wanted,}}" {{m:m2|Brekke}} {{c:c2|told}} reporters in the Capitol rotunda shortly after 11 p.m. "{{q:direct:brekke:m2:c2|That's what a compromise looks like, and frankly, that's what Minnesotans asked us for.}}"

{{m:m3|Senate Majority Leader Tom Vasko}}, R-Fairmont, {{c:c3|stressed}} that {{q:indirect:vasko:m3:c3|the agreement holds general fund spending flat in the second year}}.

"{{q:direct:vasko:m4:c4|This budget,}}" {{m:m4|Vasko}} {{c:c4|said}}, "{{q:direct:vasko:m4:c4|is proof that divided government can still get the basics done.}}"

Budget documents show the state's reserve would fall to $1.9 billion by 2028, its lowest level in a decade.

Not every Republican was on board. {{m:m5|Rep. Carla Dunmore}}, R-Alexandria, {{c:c5|complained}} that {{q:indirect:dunmore:m5:c5|the deal had been negotiated behind closed doors}} and {{c:c5b|reiterated}} her call for {{q:indirect?:dunmore:m5:c5b|a 72-hour review period before any vote}}.

In a post on X, {{m:m6|Dunmore}} {{c:c6|wrote}} that {{q:indirect:dunmore:m6:c6|rank-and-file members had been handed a 900-page bill with less than a day to read it}}. {{m:m7|She}} {{c:c7|said}} {{q:indirect:dunmore:m7:c7|she would vote no}}.

{{m:m8|A senior Democratic aide}}, who spoke on condition of anonymity because the aide was not authorized to discuss private negotiations, {{c:c8|said}} {{q:indirect:aide:m8:c8|the breakfast program could return as a standalone bill next session}}.

Farm groups were relieved. {{m:m9|The Minnesota Farm Bureau}} {{c:c9|praised}} {{q:indirect?:mfb:m9:c9|lawmakers for restoring money for rural broadband}}, which had been cut from the House version.

"{{q:direct:sorensen:m10:c10|Our members have waited long enough for a connection that works,}}" {{c:c10|said}} {{m:m10|Gail Sorensen}}, the group's president.

The Legislature is expected to vote on the package Friday. {{m:m11|Brekke}} {{c:c11|said}} {{q:indirect:brekke:m11:c11|he would sign it the same day}}.
""",
)

article(
    "ext9_us_02_reuters_appeals_court_voting_maps", "external/us-reuters-court", "en",
    {"okafor": ["Daniel Okafor", "Judge Daniel Okafor", "U.S. Circuit Judge Daniel Okafor"],
     "lindqvist": ["Helen Lindqvist", "Judge Helen Lindqvist"],
     "state": ["the state", "Lawyers for the state", "Louisiana"],
     "court": ["A federal appeals court", "federal appeals court", "5th U.S. Circuit Court of Appeals"],
     "pruitt": ["Marcus Pruitt", "Attorney General Marcus Pruitt"],
     "naacp": ["Renee Castille", "NAACP Legal Defense Fund"]},
    """
U.S. appeals court blocks Louisiana congressional map

By Sara Whitlow

NEW ORLEANS (Reuters) - {{m:m0|A federal appeals court}} on Wednesday blocked Louisiana from using a new congressional map in next year's elections, {{c:c0|ruling}} that {{q:indirect:court:m0:c0|the state had likely diluted the voting power of Black residents in violation of the Voting Rights Act}}.

Writing for a 2-1 majority of the 5th U.S. Circuit Court of Appeals, {{m:m1|U.S. Circuit Judge Daniel Okafor}} {{c:c1|wrote}} that {{q:mixed:okafor:m1:c1|the Legislature had "packed" Black voters into a single district around Baton Rouge while splitting communities elsewhere}}.

"{{q:direct:okafor:m2:c2|The Act does not require perfection, but it does require more than this,}}" {{m:m2|Okafor}} {{c:c2|wrote}}.

In a dissent, {{m:m3|Judge Helen Lindqvist}} {{c:c3|argued}} that {{q:indirect:lindqvist:m3:c3|the majority had substituted its own judgment for that of elected lawmakers}}. {{m:m4|She}} {{c:c4|warned}} that {{q:indirect:lindqvist:m4:c4|the ruling left the state with little time to draw a new map before candidate qualifying opens in January}}.

{{m:m5|Lawyers for the state}} had {{c:c5|contended}} in court filings that {{q:indirect:state:m5:c5|race played no role in how the districts were drawn}}. Court records show the map was approved by the Legislature in a special session last spring.

{{m:m6|Louisiana Attorney General Marcus Pruitt}} {{c:c6|said}} {{q:indirect:pruitt:m6:c6|the state would ask the full court to rehear the case}}. "{{q:direct:pruitt:m7:c7|We are confident the map is lawful, and we will keep defending it,}}" {{m:m7|he}} {{c:c7|said}} in a statement.

{{m:m8|Renee Castille}}, a lawyer with the NAACP Legal Defense Fund who argued the case, {{c:c8|called}} {{q:mixed:naacp:m8:c8|the decision "a victory for every voter who was told their voice did not count}}."

A spokesperson for the governor's office did not immediately respond to a request for comment.

The data on which both sides relied suggests the state's Black population grew by about 4% over the last decade.

{{m:m9|Castille}} {{c:c9|pointed out}} that {{q:indirect:naacp:m9:c9|a lower court had reached the same conclusion two years ago}}. {{m:m10|She}} {{c:c10|predicted}} {{q:indirect:naacp:m10:c10|the state would run out of appeals before the qualifying period}}.
""",
)

article(
    "ext9_us_03_ap_campaign_live_blog", "external/us-ap-liveblog", "en",
    {"ramos": ["Elena Ramos", "Sen. Elena Ramos"],
     "keefe": ["Bill Keefe", "former Gov. Bill Keefe"],
     "campaign": ["the Keefe campaign", "Keefe campaign"],
     "voter": ["Lorraine Gates"]},
    """
LIVE UPDATES: Ramos and Keefe make final push in Pennsylvania Senate race

Follow along for real-time coverage of the final weekend of campaigning.

3:42 p.m. — Ramos rallies union members in Erie

{{m:m1|Sen. Elena Ramos}} {{c:c1|told}} a crowd of about 400 steelworkers and electricians in Erie that {{q:mixed:ramos:m1:c1|her opponent had spent his career "siding with the people who close plants, not the people who work in them}}."

"{{q:direct:ramos:m2:c2|I don't need a focus group to tell me what a pension is worth,}}" {{m:m2|Ramos}} {{c:c2|said}}. "{{q:direct:ramos:m2:c2|My father had one. He earned it.}}"

(AP Photo/Matt Rourke)

2:15 p.m. — {{m:m0|Keefe}}: '{{q:direct:keefe:m0:-|We're going to win this thing}}'

{{m:m3|Former Gov. Bill Keefe}} {{c:c3|predicted}} {{q:indirect?:keefe:m3:c3|victory}} at a diner stop in Lancaster, {{c:c3b|telling}} supporters that {{q:mixed:keefe:m3:c3b|internal polling showed him ahead by "a couple of points, and growing}}."

"{{q:direct:keefe:m4:c4|We're going to win this thing,}}" {{m:m4|he}} {{c:c4|said}}, "{{q:direct:keefe:m4:c4|and then we're going to get to work.}}"

Keefe brushed off questions about a new Marist poll that found the race tied. Asked whether he had seen it, {{m:m5|he}} {{c:c5|replied}}: "{{q:direct:keefe:m5:c5|I've seen a lot of polls. I only care about one, and it's Tuesday.}}"

1:05 p.m. — Campaign responds to ad complaint

{{m:m6|The Keefe campaign}} {{c:c6|rejected}} {{q:indirect?:campaign:m6:c6|a complaint filed by Democrats with the Federal Election Commission}}, {{c:c6b|calling}} {{q:mixed:campaign:m6:c6b|it "a desperate stunt from a campaign that is out of ideas}}."

Campaign spokesman Josh Tran declined to say how much the campaign had spent on the ad.

11:30 a.m. — Voters weigh in

{{m:m8|Lorraine Gates}}, a retired nurse waiting outside a Ramos event in Scranton, {{c:c8|said}} {{q:indirect:voter:m8:c8|she had voted for Keefe when he ran for governor but would not do so this time}}. "{{q:direct:voter:m9:c9|He forgot where he came from,}}" {{m:m9|she}} {{c:c9|said}}.

WATCH: {{m:m10|Ramos}} {{c:c10|says}} {{q:mixed?:ramos:m10:c10|Keefe 'can't be trusted with Social Security'}}

READ MORE: What to know about Pennsylvania's Senate race
""",
)
