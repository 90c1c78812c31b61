# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the thirteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external13 import article

article(
    "ext13_us_01_ap_senate_hearing_testimony", "external/us-ap-congress", "en",
    {"okafor": ["Denise Okafor", "FAA Administrator Denise Okafor"],
     "pruitt": ["Carl Pruitt", "Sen. Carl Pruitt"],
     "lindqvist": ["Maren Lindqvist", "Sen. Maren Lindqvist"],
     "controllers": ["Several controllers", "controllers"],
     "records": ["Records released by the committee"],
     "union": ["National Air Traffic Controllers Association", "the controllers' union"]},
    """
{{m:m0|FAA chief}} {{c:c0|tells}} senators {{q:indirect:okafor:m0:c0|staffing shortage will last years}}

By Gavin Marsh, Associated Press

WASHINGTON (AP) — {{m:m1|The head of the Federal Aviation Administration}} {{c:c1|conceded}} Tuesday that {{q:indirect:okafor:m1:c1|the agency will not have enough air traffic controllers until at least 2029}}, {{c:c1b|telling}} a Senate panel that {{q:indirect:okafor:m1:c1b|training new hires takes longer than Congress had been told}}.

FAA Administrator Denise Okafor testified for nearly three hours before the Senate Commerce Committee, a week after two near-collisions at Newark Liberty International Airport.

"{{q:direct:okafor:m3:c3|I am not going to sit here and tell you this gets fixed next year,}}" {{m:m3|Okafor}} {{c:c3|said}}. "{{q:direct:okafor:m3:c3|It does not.}}"

Sen. Carl Pruitt, R-Kan., pressed her on why the agency had closed a training center in Oklahoma City two years ago. {{m:m5|Okafor}} {{c:c5|replied}} that {{q:indirect:okafor:m5:c5|the decision was made before she took office}} and that {{q:indirect:okafor:m5:c5|she had asked her staff to review it}}.

{{q:indirect:lindqvist:m6:c6|The shortage is a safety problem, not a scheduling problem}}, {{c:c6|argued}} {{m:m6|Sen. Maren Lindqvist}}, D-Wash., who chairs the aviation subcommittee. {{m:m7|She}} {{c:c7|predicted}} that {{q:indirect:lindqvist:m7:c7|airlines would have to cut flights at busy airports this summer}}.

{{m:m10|Records released by the committee}} {{c:c10|show}} {{q:indirect?:records:m10:c10|controllers at some facilities worked six-day weeks for most of last year}}.

{{m:m8|Several controllers}} who attended the hearing {{c:c8|said}} afterward that {{q:indirect:controllers:m8:c8|morale was the lowest they had seen}}. {{m:m9|The National Air Traffic Controllers Association}} {{c:c9|called}} {{q:indirect?:union:m9:c9|for a hiring bonus in the next spending bill}}.

The committee is expected to vote on an FAA funding bill next month.
""",
)

article(
    "ext13_us_02_reuters_governor_veto", "external/us-reuters-statehouse", "en",
    {"hale": ["Brenda Hale", "Governor Brenda Hale", "Gov. Brenda Hale"],
     "spokesman": ["Tomas Reyes", "spokesman Tomas Reyes"],
     "ruiz": ["Adrian Ruiz", "state Senator Adrian Ruiz"],
     "chamber": ["Pennsylvania Chamber of Business and Industry", "the chamber"],
     "aide": ["a Democratic aide"],
     "study": ["A study commissioned by the state's Independent Fiscal Office"]},
    """
{{m:m0|Pennsylvania governor}} vetoes data center tax break, {{c:c0|says}} {{q:mixed:hale:m0:c0|deal 'rewards the wrong people'}}

By Nora Whitfield

HARRISBURG, Pennsylvania, June 3 (Reuters) - {{m:m1|Pennsylvania Governor Brenda Hale}} on Tuesday vetoed a bill that would have exempted large data centers from the state sales tax, {{c:c1|saying}} {{q:mixed:hale:m1:c1|the measure "rewards the wrong people" and would cost the state about $300 million a year}}.

The bill passed the Republican-controlled state Senate in April with the support of several Democrats.

In a veto message sent to lawmakers, {{m:m2|Hale}} {{c:c2|wrote}} that {{q:indirect:hale:m2:c2|she supported bringing new industry to Pennsylvania but could not sign a tax break with no limit on its cost}}. {{q:indirect:hale:m3:c3|The state should instead tie any incentive to the number of jobs a project creates}}, {{m:m3|she}} {{c:c3|added}}.

{{m:m4|Her spokesman, Tomas Reyes}}, {{c:c4|said}} {{q:indirect:spokesman:m4:c4|the governor would meet with legislative leaders on Thursday}}. He declined to say whether she would accept a cap.

{{m:m6|State Senator Adrian Ruiz}}, a Republican who sponsored the bill, {{c:c6|accused}} {{q:indirect:ruiz:m6:c6|the governor of chasing jobs to other states}}. "{{q:direct:ruiz:m7:c7|Virginia and Ohio are eating our lunch, and she just handed them dessert,}}" {{m:m7|he}} {{c:c7|told}} Reuters.

{{m:m8|The Pennsylvania Chamber of Business and Industry}} {{c:c8|said}} {{q:indirect:chamber:m8:c8|it was disappointed}}.

An override would need two-thirds of both chambers, which Republicans do not have. Still, {{m:m9|a Democratic aide}} {{c:c9|said}} privately that {{q:indirect:aide:m9:c9|as many as five House Democrats could vote to override}}.

{{m:m10|A study commissioned by the state's Independent Fiscal Office}} {{c:c10|found}} that {{q:indirect?:study:m10:c10|similar exemptions in other states cost more than expected}}.

(Reporting by Nora Whitfield; Editing by Paul Grant)
""",
)
