# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the tenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external10 import article

article(
    "ext10_us_01_ap_fed_nominee_hearing", "external/us-ap-hearing", "en",
    {"whitaker": ["Lena Whitaker", "Federal Reserve nominee Lena Whitaker"],
     "crane": ["Robert Crane", "Sen. Robert Crane"],
     "osei": ["Diane Osei", "Sen. Diane Osei"],
     "aldana": ["Miguel Aldana", "Sen. Miguel Aldana"]},
    """
{{m:m0|Fed nominee}} {{c:c0|tells}} senators {{q:indirect:whitaker:m0:c0|she won't take orders on interest rates}}

By PAUL DENNEHY Associated Press

WASHINGTON (AP) — {{m:m1|The president's pick for a seat on the Federal Reserve board}} {{c:c1|assured}} senators on Tuesday that {{q:indirect:whitaker:m1:c1|she would make decisions on interest rates based on data, not politics}}, as Democrats pressed her on whether she could stand up to the White House.

"{{q:direct:whitaker:m2:c2|No one calls me and tells me where rates should go. No one ever will,}}" {{m:m2|Lena Whitaker}}, a former regional bank economist, {{c:c2|told}} the Senate Banking Committee.

Sen. Diane Osei, D-Md., was not convinced. She read aloud from a 2023 op-ed in which {{m:m4|Whitaker}} had {{c:c4|called}} {{q:mixed:whitaker:m4:c4|the Fed's independence "overrated}}."

"{{q:direct:osei:m5:c5|Which Lena Whitaker is sitting in front of us today?}}" {{m:m5|Osei}} {{c:c5|asked}}.

"{{q:direct:whitaker:m6:c6|The one who has learned a great deal since 2023,}}" {{m:m6|Whitaker}} {{c:c6|replied}}, drawing a few laughs from the audience.

{{m:m7|Osei}} pressed on, {{c:c7b|asking}} {{q:indirect?:osei:m7:c7b|whether she had discussed rates with anyone at the White House since her nomination}}. {{m:m8|Whitaker}} {{c:c8|said}} {{q:indirect:whitaker:m8:c8|she had not}}.

Republicans on the panel largely rallied behind her. {{m:m9|Committee Chairman Robert Crane}}, R-S.C., {{c:c9|praised}} {{q:mixed?:crane:m9:c9|her "real-world experience"}} and {{c:c9b|predicted}} {{q:indirect:crane:m9:c9b|she would be confirmed before the end of the month}}.

The committee is also weighing the Community Lending Fairness Act, a bill its sponsors have nicknamed the "Main Street Credit Bill."

{{m:m10|Sen. Miguel Aldana}}, D-N.M., {{c:c10|said}} on CNN's "State of the Union" on Sunday that {{q:indirect:aldana:m10:c10|he had not decided how to vote}}. In a letter to colleagues Monday, {{m:m11|he}} {{c:c11|wrote}} that {{q:mixed:aldana:m11:c11|the nominee's past writings raised "serious questions about her judgment under pressure}}."

Whitaker's term, if she is confirmed, would run through January 2038.
""",
)

article(
    "ext10_us_02_reuters_supreme_court_argument", "external/us-reuters-court", "en",
    {"kagan_like": ["Ruth Ann Delacroix", "Justice Ruth Ann Delacroix"],
     "chief": ["Harold Benning", "Chief Justice Harold Benning"],
     "hollis": ["Thomas Hollis", "Justice Thomas Hollis"],
     "marsh": ["Celia Marsh"],
     "sg": ["Anand Rao", "Solicitor General Anand Rao"],
     "conservatives": ["several of the court's conservative justices", "conservative justices", "justices"]},
    """
US Supreme Court justices skeptical of EPA limits on power plant runoff

By Nate Calloway

WASHINGTON, Nov 4 (Reuters) - U.S. Supreme Court justices on Monday signaled doubts about the Environmental Protection Agency's authority to limit chemical runoff from coal-fired power plants, in a case that could reshape how federal agencies regulate water pollution.

During about two hours of oral arguments, {{m:m0|several of the court's conservative justices}} {{c:c0|questioned}} {{q:indirect?:conservatives:m0:c0|whether Congress had ever given the agency such broad power}}.

"{{q:direct:hollis:m1:c1|Where in the statute do you find that? I have read it three times,}}" {{m:m1|Justice Thomas Hollis}} {{c:c1|asked}} Solicitor General Anand Rao, who argued on behalf of a rule adopted in 2024.

{{m:m2|Rao}} {{c:c2|responded}} that {{q:mixed:sg:m2:c2|the Clean Water Act plainly covered "any pollutant" discharged into navigable waters}}, {{c:c2b|adding}} that {{q:indirect:sg:m2:c2b|the agency had regulated such runoff for decades without objection}}.

{{m:m3|Chief Justice Harold Benning}} {{c:c3|wondered}} aloud {{q:indirect?:chief:m3:c3|whether a ruling for the utilities would leave states to fill the gap}}.

{{m:m4|Celia Marsh}}, a lawyer for a coalition of utilities that challenged the rule, {{c:c4|told}} the justices that {{q:indirect:marsh:m4:c4|compliance would cost the industry more than $4 billion and force the early closure of at least a dozen plants}}.

"{{q:direct:marsh:m5:c5|This is not a close case,}}" {{m:m5|Marsh}} {{c:c5|said}}. "{{q:direct:marsh:m5:c5|The agency is writing a statute Congress never passed.}}"

The court's liberal justices pushed back. "{{q:direct:kagan_like:m6:c6|So if a company dumps arsenic into a river, the agency is powerless?}}" {{c:c6|asked}} {{m:m6|Justice Ruth Ann Delacroix}}.

{{m:m7|Marsh}} {{c:c7|said}} {{q:indirect:marsh:m7:c7|that was not her position}}, but the exchange left several justices appearing unpersuaded.

A ruling is expected by the end of June. The EPA declined to comment on the arguments.
""",
)

article(
    "ext10_us_03_ap_white_house_trade_call", "external/us-ap-politics", "en",
    {"official": ["A senior administration official", "senior administration official", "the official"],
     "readout": ["the White House", "White House"],
     "ottawa": ["Canadian officials", "the Prime Minister's Office"],
     "greer": ["Caroline Greer", "Sen. Caroline Greer"],
     "memo": ["A memo circulated among House Republicans this week", "memo"]},
    """
President and Canadian prime minister discuss lumber dispute in first call in months

WASHINGTON (AP) — {{q:indirect:readout:m1:c1|The president and Canada's prime minister spoke by phone Thursday for the first time since talks over softwood lumber collapsed in the spring, and agreed to have their trade ministers meet before the end of the year}}, {{c:c1|according to}} a readout of the call released by {{m:m1|the White House}}.

{{q:mixed:readout:m1b:c1b|The two leaders had a "productive and candid" conversation about lumber, dairy and border security}}, {{m:m1b|the White House}} {{c:c1b|said}}.

{{m:m2|A senior administration official}}, who briefed reporters on condition of anonymity to discuss the private call, {{c:c2|said}} {{q:indirect:official:m2:c2|the president had pressed for faster action on fentanyl trafficking across the northern border}}. {{m:m3|The official}} {{c:c3|described}} the tone as "{{q:direct:official:m3:c3|businesslike.}}"

Canadian officials offered a more guarded account. {{q:mixed:ottawa:m5:c5|The prime minister raised the "unjustified" duties on Canadian lumber and made clear that Canada would defend its workers}}, {{m:m5|the Prime Minister's Office}} {{c:c5|said}} in a statement.

{{m:m8|A memo circulated among House Republicans this week}}, which was obtained by The Associated Press, {{c:c8|urged}} {{q:indirect?:memo:m8:c8|members to avoid public comment on the lumber talks until a deal was reached}}.

{{m:m6|Sen. Caroline Greer}}, R-Idaho, whose state is home to dozens of sawmills, welcomed the call but {{c:c6b|said}} {{q:indirect:greer:m6:c6b|talk was cheap}}.

"{{q:direct:greer:m7:c7|Our mills have heard 'productive conversations' for eight years. They'd like a deal,}}" {{m:m7|she}} {{c:c7|said}}.

Lumber prices rose about 2% in Chicago futures trading after the call, data from the exchange showed.
""",
)
