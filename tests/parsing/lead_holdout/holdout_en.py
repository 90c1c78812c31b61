# ruff: noqa: E501  (article prose: one paragraph a line)
# English articles of the lead's holdout batch (tenth session). Original, invented prose; every person is
# fictional (real cities, states, provinces and institutions only as setting). Written and annotated
# before the parser was run on them, and kept apart from every helper's fixes: measured once, at the end.
from build_holdout import article

article(
    "hold_en_01_ap_court_map", "holdout/us-ap-court", "en",
    {"court": ["Wisconsin Supreme Court", "the court"],
     "varga": ["Helen Varga", "Justice Helen Varga"],
     "ostrowski": ["Paul Ostrowski", "Justice Paul Ostrowski"],
     "brandt": ["Kevin Brandt", "Assembly Speaker Kevin Brandt"],
     "ellison": ["Monica Ellison", "Gov. Monica Ellison"],
     "tafoya": "Rita Tafoya",
     "gop": ["Republican leaders in the Legislature", "Republican leaders"],
     "commission": ["Wisconsin Elections Commission", "the elections commission"]},
    """
Wisconsin court throws out congressional map, orders new lines before 2028

MADISON, Wis. (AP) — {{m:m1|The Wisconsin Supreme Court}} on Friday {{c:c1|ruled}} that {{q:indirect:court:m1:c1|the state's congressional map was drawn to favor one party and must be redrawn before the 2028 elections}}, a decision that could cost Republicans as many as two seats in the U.S. House.

In a 4-3 decision, {{m:m2|Justice Helen Varga}} {{c:c2|wrote}} for the majority that {{q:mixed:varga:m2:c2|the Legislature had "cracked" Democratic-leaning cities "with a precision that no neutral principle can explain"}}.

{{m:m3|Justice Paul Ostrowski}}, writing in dissent, {{c:c3|accused}} {{q:mixed:ostrowski:m3:c3|the majority of "inventing a standard after the game was played"}}.

"{{q:direct:ostrowski:m4:c4|Nothing in our constitution tells judges how many seats each party deserves,}}" {{m:m4|Ostrowski}} {{c:c4|wrote}}.

{{m:m4b|Republican leaders in the Legislature}} {{c:c4b|said}} {{q:indirect:gop:m4b:c4b|they would ask the U.S. Supreme Court to step in}}. {{m:m5|Assembly Speaker Kevin Brandt}} {{c:c5|called}} {{q:mixed:brandt:m5:c5|the ruling "a partisan power grab dressed up as law"}} and {{c:c5b|said}} {{q:mixed:brandt:m5:c5b|lawmakers would not draw a new map "at gunpoint."}}

Gov. Monica Ellison, a Democrat, welcomed the decision. "{{q:direct:ellison:m7:c7|For a decade, voters in this state have not picked their representatives. Their representatives picked them,}}" {{m:m7|she}} {{c:c7|said}} in a statement.

The justices gave the Legislature until March 1 to pass a new map. {{q:indirect:court:m8:c8|If it fails, the court will choose among maps submitted by the parties}}, {{m:m8|the order}} {{c:c8|said}}.

{{m:m9|Rita Tafoya}}, a political scientist at Marquette University who studies redistricting, {{c:c9|said}} {{q:indirect:tafoya:m9:c9|the timeline was tight but workable}}. {{q:indirect:tafoya:m10:c10|The harder question, {{m:m10|she}} {{c:c10|said}}, is whether the U.S. Supreme Court takes the case before filing opens in June}}.

{{m:m11|The elections commission}} {{c:c11|told}} {{q:indirect:commission:m11:c11|county clerks to keep preparing under the old districts until a new map is final}}.
""",
)

article(
    "hold_en_02_reuters_rally", "holdout/us-reuters-rally", "en",
    {"dorsey": ["Alan Dorsey", "Sen. Alan Dorsey"],
     "pike": ["Janet Pike", "Rep. Janet Pike"],
     "okafor": ["Grace Okafor", "campaign spokeswoman Grace Okafor"],
     "lund": "Terry Lund",
     "campaign": ["Pike campaign", "Pike's campaign"]},
    """
Dorsey attacks rival over tariffs as Ohio Senate race tightens

CINCINNATI (Reuters) - {{m:m1|Republican Sen. Alan Dorsey}} {{c:c1|told}} supporters at a factory in suburban Cincinnati on Saturday that {{q:mixed:dorsey:m1:c1|his Democratic challenger would "hand the Ohio River valley back to China"}}, as polls show the race for his seat within the margin of error.

"{{q:direct:dorsey:m2:c2|She voted for every trade deal that shipped your jobs overseas, and now she wants you to believe she's your friend,}}" {{m:m2|Dorsey}} {{c:c2|said}} of Rep. Janet Pike, drawing boos from the crowd of several hundred.

{{m:m3|Dorsey}}, 61, {{c:c3|promised}} {{q:indirect:dorsey:m3:c3|to keep tariffs on imported steel in place}} and {{c:c3b|warned}} that {{q:indirect:dorsey:m3:c3b|a Pike victory would give Democrats control of the Senate}}.

Asked by reporters whether he supported a national abortion ban, {{m:m4|Dorsey}} {{c:c4|said}} {{q:indirect:dorsey:m4:c4|the issue should be left to the states}} and declined to say how he would vote on a federal bill.

Pike's campaign dismissed the attacks. "{{q:direct:okafor:m6:c6|Alan Dorsey has been in Washington for 18 years. If he had a plan for Ohio jobs, we'd have seen it by now,}}" {{m:m6|campaign spokeswoman Grace Okafor}} {{c:c6|said}} in an emailed statement.

{{m:m7|Pike}}, who spoke earlier in the day at a union hall in Toledo, {{c:c7b|said}} {{q:indirect:pike:m7:c7b|she had voted against two of the three trade agreements Dorsey cited}}. {{q:mixed:pike:m8:c8|Families were paying more for groceries because of tariffs that "do nothing for the people on the line,"}} {{m:m8|she}} {{c:c8|argued}}.

Outside the factory, {{m:m9|Terry Lund}}, a retired machinist from Hamilton, {{c:c9|said}} {{q:indirect:lund:m9:c9|he had voted for Dorsey twice but was undecided this year}}.

"{{q:direct:lund:m10:c10|I like what he says about trade. I don't like that he never comes here unless it's October,}}" {{m:m10|Lund}} {{c:c10|said}}.

A Reuters/Ipsos poll released on Thursday showed Dorsey leading Pike by 2 percentage points among likely voters.
""",
)

article(
    "hold_en_03_cp_wildfire", "holdout/ca-cp-wildfire", "en",
    {"dfo": ["Mark Beaulieu", "Deputy fire chief Mark Beaulieu", "Beaulieu"],
     "houston": ["Tim Houston", "Premier Tim Houston"],
     "emo": ["Nova Scotia Emergency Management Office", "the province's Emergency Management Office"],
     "sampson": "Linda Sampson",
     "rcmp": ["RCMP", "Nova Scotia RCMP"],
     "dnr": ["Department of Natural Resources", "the department"],
     "officials": ["officials"],
     "hrm": ["Halifax Regional Municipality"]},
    """
Evacuation order lifted for most of Tantallon as crews hold wildfire line

HALIFAX — {{q:indirect:officials:m0:c0|Most of the 4,000 residents forced from their homes by a wildfire northwest of Halifax can return starting Thursday morning}}, {{m:m0|officials}} {{c:c0|said}} Wednesday, though a dozen streets closest to the fire will stay closed.

{{m:m1|Deputy fire chief Mark Beaulieu}} {{c:c1|said}} {{q:indirect:dfo:m1:c1|the fire was 80 per cent contained and had not grown in two days}}, helped by cooler temperatures and light rain overnight.

"{{q:direct:dfo:m2:c2|We're not out of the woods, and I mean that literally,}}" {{m:m2|Beaulieu}} {{c:c2|told}} a briefing at the Tantallon fire hall. "{{q:direct:dfo:m2:c2|There are hot spots under the moss that can flare up for weeks.}}"

{{q:indirect:dfo:m3:c3|Residents returning home should expect smoke, ash and possible power outages, {{m:m3|he}} {{c:c3|added}}, and should not drink tap water from private wells until it has been tested}}.

{{m:m4|Premier Tim Houston}} thanked firefighters from across the province and {{c:c4b|said}} {{q:indirect:houston:m4:c4b|residents who lost homes would receive $10,000 in emergency aid within a week}}. {{q:indirect:hrm:m4c:c4c|Eleven houses were destroyed}}, {{c:c4c|according to}} {{m:m4c|the Halifax Regional Municipality}}.

{{m:m5|The province's Emergency Management Office}} {{c:c5|said}} in a release that {{q:indirect:emo:m5:c5|a ban on open fires and travel in the woods remains in effect across mainland Nova Scotia}}.

{{m:m6|Linda Sampson}}, who spent six nights with her two children at a Halifax hotel, {{c:c6|said}} {{q:indirect:sampson:m6:c6|she cried when she saw the list of streets that could go home}}.

"{{q:direct:sampson:m7:c7|Ours was on it. A lot of our neighbours' weren't,}}" {{m:m7|she}} {{c:c7|said}}.

{{m:m8|Nova Scotia RCMP}} {{c:c8|said}} {{q:indirect:rcmp:m8:c8|officers would remain at checkpoints on Highway 3 to keep sightseers out}}. {{q:indirect:rcmp:m9:c9|Anyone found inside the closed area without permission could be fined up to $25,000}}, {{m:m9|police}} {{c:c9|said}}.

The cause of the fire remains under investigation. {{m:m10|The Department of Natural Resources}} has {{c:c10|said}} {{q:indirect:dnr:m10:c10|it was likely started by people, not lightning}}.
""",
)

article(
    "hold_en_04_local_calgary_water", "holdout/ca-local-council", "en",
    {"farkas": ["Jyoti Farkas", "Mayor Jyoti Farkas"],
     "mcleod": ["Dan McLeod", "Coun. Dan McLeod"],
     "nguyen": ["Anna Nguyen", "Coun. Anna Nguyen"],
     "reyes": ["Carlos Reyes", "Reyes"],
     "city": ["City of Calgary", "the city", "The city"],
     "bia": ["Kensington Business Improvement Area", "the business association"]},
    """
Calgary council votes for year-round outdoor watering limits

Calgarians will be allowed to water their lawns only two days a week, year-round, after city council voted 10-5 on Tuesday to make drought rules permanent.

{{m:m1|Mayor Jyoti Farkas}} {{c:c1|said}} {{q:indirect:farkas:m1:c1|the city could no longer count on the Bow River to refill its reservoirs every spring}}. "{{q:direct:farkas:m2:c2|Last winter's snowpack was the lowest we've ever recorded. We'd be foolish to plan as if it won't happen again,}}" {{m:m2|Farkas}} {{c:c2|said}} after the vote.

{{q:indirect:mcleod:m3:c3|The rules punish homeowners who already save water while doing nothing about leaking city pipes}}, {{c:c3|argued}} {{m:m3|Coun. Dan McLeod}}, who voted against the bylaw. {{m:m4|McLeod}} {{c:c4|pointed out}} that {{q:indirect:mcleod:m4:c4|the city loses about 12 per cent of its treated water to breaks and leaks}}.

Coun. Anna Nguyen disagreed. {{q:mixed:nguyen:m6:c6|Fixing the pipes and limiting lawns "are not either-or,"}} {{m:m6|she}} {{c:c6|said}}, {{c:c6b|adding}} that {{q:indirect:nguyen:m6:c6b|the capital budget already includes $90 million for water mains}}.

Under the bylaw, residents with even-numbered addresses may water on Saturdays and Wednesdays, and odd-numbered addresses on Sundays and Thursdays. First offences carry a $250 fine.

{{m:m7|Carlos Reyes}}, who owns a landscaping company in the city's northeast, {{c:c7|said}} {{q:indirect:reyes:m7:c7|he expected to lose a third of his spring contracts}}. "{{q:direct:reyes:m8:c8|People don't pay us to put in sod they can't water,}}" {{m:m8|he}} {{c:c8|said}}.

{{m:m9|The Kensington Business Improvement Area}} {{c:c9|wrote}} on social media that {{q:indirect:bia:m9:c9|it supported the limits but wanted an exemption for hanging flower baskets on commercial streets}}.

{{c:c10|According to}} {{m:m10|the city}}, {{q:indirect:city:m10:c10|water use fell 18 per cent during last summer's voluntary restrictions}}.
""",
)
