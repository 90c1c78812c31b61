# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the eighth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external8 import article

article(
    "ext8_us_01_ap_white_house_briefing", "external/us-ap-briefing", "en",
    {"alvarez": ["Nina Alvarez", "White House press secretary Nina Alvarez", "press secretary Nina Alvarez"],
     "moore": ["Derek Moore", "Rep. Derek Moore"],
     "whitehouse": ["White House", "Nina Alvarez"]},
    """
{{m:m0|White House}} {{c:c0|says}} {{q:indirect:whitehouse:m0:c0|tariff pause will stay in place through spring}}

WASHINGTON (AP) — {{m:m1|White House press secretary Nina Alvarez}} {{c:c1|said}} Monday that {{q:indirect:alvarez:m1:c1|the administration would keep a pause on new steel tariffs in place at least through the spring}}, even as some Republicans pressed the president to move faster.

"{{q:direct:alvarez:m2:c2|The president wants a deal, not a fight,}}" {{m:m2|Alvarez}} {{c:c2|told}} reporters at the daily briefing. "{{q:direct:alvarez:m2:c2|He has given negotiators room to work, and he intends to keep it that way.}}"

She declined to say whether the president had spoken directly with his Canadian counterpart since last week.

Asked about a report that talks had stalled, {{m:m4|Alvarez}} {{c:c4|said}} {{q:mixed:alvarez:m4:c4|the story was "flat wrong"}} and that {{q:indirect:alvarez:m4:c4|both sides were meeting again on Thursday}}.

The pause has drawn criticism from steel-state lawmakers. {{m:m5|Rep. Derek Moore}}, R-Pa., {{c:c5|said}} in a statement that {{q:indirect:moore:m5:c5|workers in his district could not afford another season of uncertainty}}.

"{{q:direct:moore:m6:c6|Every week we wait is a week the mills in Pittsburgh lose orders,}}" {{m:m6|Moore}} {{c:c6|said}}.

{{m:m7|Alvarez}} dismissed the criticism, {{c:c7b|saying}} {{q:indirect:alvarez:m7:c7b|the president talks to members of Congress from both parties every week}}.

"{{q:direct:alvarez:m8:c8|Nobody is more focused on steelworkers than this president,}}" {{m:m8|she}} {{c:c8|said}}. "{{q:direct:alvarez:m8:c8|That is not a talking point. That is his record.}}"

The briefing also touched on the budget. {{m:m9|Alvarez}} {{c:c9|said}} {{q:indirect:alvarez:m9:c9|the White House expected Congress to pass a stopgap spending bill before the Friday deadline}}, {{c:c9b|adding}} that {{q:indirect:alvarez:m9:c9b|the president would sign it}}.
""",
)

article(
    "ext8_us_02_ap_governor_debate", "external/us-ap-debate", "en",
    {"hale": ["Rebecca Hale", "Democrat Rebecca Hale", "Attorney General Rebecca Hale"],
     "dunning": ["Curtis Dunning", "Republican Curtis Dunning"],
     "park": ["Jenna Park", "moderator Jenna Park"]},
    """
Georgia governor candidates clash over schools, taxes in only debate

ATLANTA (AP) — The two candidates for Georgia governor traded sharp attacks over school funding and property taxes Tuesday night in their only scheduled debate, with less than three weeks before Election Day.

{{m:m1|Democrat Rebecca Hale}}, the state's attorney general, {{c:c1|accused}} {{q:indirect:hale:m1:c1|her opponent of planning to cut $1 billion from public schools to pay for a tax break for the wealthy}}.

"{{q:direct:hale:m2:c2|He calls it tax relief. I call it a bill our children will pay,}}" {{m:m2|Hale}} {{c:c2|said}}.

{{m:m3|Republican Curtis Dunning}}, a former state senator and farm-equipment dealer, {{c:c3|said}} {{q:indirect:dunning:m3:c3|his plan would not touch classroom spending}} and {{c:c3b|called}} {{q:mixed:dunning:m3:c3b|Hale's numbers "a fantasy cooked up by her campaign consultants}}."

"{{q:direct:dunning:m4:c4|I have signed the front of a paycheck. She has only ever cashed one from the state,}}" {{m:m4|Dunning}} {{c:c4|said}}, drawing applause from his supporters in the studio audience.

{{m:m5|The moderator, Jenna Park}}, {{c:c5|asked}} both candidates whether {{q:indirect?:park:m5:c5|they would accept the results of the election}}.

{{m:m6|Hale}} {{c:c6|said}} {{q:indirect:hale:m6:c6|she would}}. {{m:m7|Dunning}} {{c:c7|said}} {{q:mixed:dunning:m7:c7|he would accept "a fair count"}} but did not say what that meant.

On crime, {{m:m8|Dunning}} {{c:c8|promised}} {{q:indirect:dunning:m8:c8|to hire 500 more state troopers in his first term}}. {{m:m9|Hale}} {{c:c9|countered}} that {{q:indirect:hale:m9:c9|violent crime had fallen in the state for three years in a row under her watch}}.

Polls show a close race. Early voting begins Monday.

"{{q:direct:hale:m10:c10|This election is going to come down to a few thousand votes,}}" {{m:m10|Hale}} {{c:c10|told}} reporters after the debate. "{{q:direct:hale:m10:c10|We are going to knock on every door.}}"
""",
)

article(
    "ext8_us_03_reuters_house_vote", "external/us-reuters-vote", "en",
    {"whitfield": ["Laura Whitfield", "House Speaker Laura Whitfield"],
     "osei": ["Marcus Osei", "Rep. Marcus Osei", "Democratic leader Marcus Osei"],
     "brandt": ["Tom Brandt", "Rep. Tom Brandt"],
     "garza": ["Elena Garza", "Rep. Elena Garza"],
     "democrats": "Democrats",
     "cbo": ["Congressional Budget Office", "The nonpartisan Congressional Budget Office"]},
    """
House passes farm bill on party-line vote, setting up Senate fight

WASHINGTON (Reuters) - The Republican-controlled U.S. House of Representatives on Thursday narrowly passed a five-year farm bill that would cut food-aid spending, sending the measure to a Senate where {{m:m0|Democrats}} have {{c:c0|vowed}} {{q:indirect:democrats:m0:c0|to rewrite it}}.

The bill passed 218-211, with all Democrats and two Republicans voting against it.

{{m:m1|House Speaker Laura Whitfield}} {{c:c1|said}} {{q:indirect:whitfield:m1:c1|the bill gave farmers the certainty they had been asking for since the last law expired}}.

"{{q:direct:whitfield:m2:c2|Today we kept our promise to rural America,}}" {{m:m2|Whitfield}} {{c:c2|said}} at a news conference after the vote.

{{m:m3a|Democrats}} {{c:c3a|said}} {{q:indirect:democrats:m3a:c3a|the measure would push hundreds of thousands of families off food assistance}}. {{m:m3|Democratic leader Marcus Osei}} {{c:c3|called}} {{q:mixed:osei:m3:c3|the bill "a cruel bargain that feeds subsidies and starves children}}."

"{{q:direct:osei:m4:c4|Republicans had a chance to write a bipartisan bill. They chose not to,}}" {{m:m4|Osei}} {{c:c4|said}} on the House floor.

{{m:m5|Rep. Tom Brandt}} of Iowa, one of the two Republicans who voted no, {{c:c5|said}} {{q:indirect:brandt:m5:c5|the bill did too little for small dairy farms}}. "{{q:direct:brandt:m6:c6|I could not go home and defend this,}}" {{m:m6|he}} {{c:c6|said}}.

{{m:m4a|The nonpartisan Congressional Budget Office}} {{c:c4a|estimated}} that {{q:indirect?:cbo:m4a:c4a|the food-aid changes would save $30 billion over a decade}}.

{{m:m7|Rep. Elena Garza}}, a Texas Democrat, {{c:c7|said}} {{q:mixed:garza:m7:c7|the savings would come "out of the grocery carts of working families,}}" and {{c:c7b|urged}} {{q:indirect:garza:m7:c7b|senators to restore the money}}.

The White House has not said whether the president would sign the bill in its current form.
""",
)
