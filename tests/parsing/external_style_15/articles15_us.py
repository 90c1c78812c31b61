# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the fifteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external15 import article

article(
    "ext15_us_01_ap_farm_bill_senate", "external/us-ap-congress", "en",
    {"brandt": ["Marjorie Brandt", "Sen. Marjorie Brandt"],
     "ochoa": ["Felix Ochoa", "Sen. Felix Ochoa"],
     "aides": ["two Senate aides"],
     "union": ["National Farmers Union", "the union"],
     "usda": ["Agriculture Department", "the Agriculture Department"]},
    """
Senate farm bill stalls again over crop insurance cuts

By Owen Pratt, Associated Press

WASHINGTON (AP) — A bipartisan farm bill stalled in the Senate again on Tuesday, and its chief sponsor conceded it might not pass before the August recess.

"{{q:direct:brandt:m1:c1|We are close,}}" {{m:m1|Sen. Marjorie Brandt}}, R-Iowa, {{c:c1|said}} outside the chamber, "{{q:direct:brandt:m1:c1|but close doesn't get a check to anybody in my state.}}"

The holdout is a group of Democrats who object to cuts in crop insurance subsidies. {{m:m2|Sen. Felix Ochoa}}, D-N.M., {{c:c2|told reporters}} {{q:indirect:ochoa:m2:c2|the cuts would fall hardest on small growers}}. {{q:indirect:ochoa:m3:c3|Large operations could absorb them, {{m:m3|he}} {{c:c3|added}}, but a family farm with two bad years could not}}.

{{q:indirect:aides:m4:c4|Leaders have discussed splitting the bill in two}}, {{c:c4|according to}} {{m:m4|two Senate aides}} who were not authorized to discuss private talks.

Asked whether she would accept a split, {{m:m5|Brandt}} {{c:c5|replied}}: "{{q:direct:brandt:m5:c5|Not if it means farmers wait another year.}}"

{{m:m6|The National Farmers Union}} {{c:c6|urged}} {{q:indirect:union:m6:c6|senators to pass the bill as written}}. In a letter to members, {{m:m7|the union}} {{c:c7|warned}} that {{q:mixed:union:m7:c7|another short-term extension would leave programs "running on fumes" into the fall}}.

Commodity prices have fallen for three straight seasons, and farm income is projected to drop again this year.

{{m:m8|The Agriculture Department}} {{c:c8|said}} in a statement that {{q:indirect:usda:m8:c8|it could keep most programs running through September without new legislation}}.

Ochoa, for his part, sounded open to a deal. "{{q:direct:ochoa:m9:c9|Nobody here wants to go home empty-handed,}}" {{m:m9|he}} {{c:c9|said}}.

(AP Photo/J. Scott Applewhite)
""",
)

article(
    "ext15_us_02_reuters_judge_blocks_law", "external/us-reuters-courts", "en",
    {"judge": ["Rosalind Achebe", "U.S. District Judge Rosalind Achebe"],
     "state": ["lawyers for the state", "the state"],
     "kemper": ["Daniel Kemper", "Attorney General Daniel Kemper"],
     "coalition": ["a coalition of voting rights groups", "the coalition"],
     "ruiz": ["Teresa Ruiz"],
     "clerk": ["Two county clerks", "county clerks"]},
    """
US judge blocks Missouri law limiting ballot drop boxes

By Hannah Lowe

(Reuters) - A federal judge on Friday blocked a Missouri law that would have removed most ballot drop boxes from the state before the November election.

{{m:m1|U.S. District Judge Rosalind Achebe}} in St. Louis {{c:c1|wrote}} in a 38-page opinion that {{q:indirect:judge:m1:c1|the state had offered no evidence that drop boxes led to fraud}}. {{q:indirect:judge:m2:c2|The law, {{m:m2|she}} {{c:c2|found}}, was likely to burden voters in rural counties who live far from an election office}}.

The law was challenged by {{m:m3|a coalition of voting rights groups}}, which {{c:c3|argued}} {{q:indirect:coalition:m3:c3|it would force some voters to drive more than an hour to return a ballot}}.

{{m:m4|Lawyers for the state}} had {{c:c4|countered}} in court filings that {{q:indirect:state:m4:c4|drop boxes were hard to monitor}} and that {{q:indirect:state:m4:c4|the legislature was entitled to remove them}}.

{{m:m5|Missouri Attorney General Daniel Kemper}} {{c:c5|vowed}} {{q:indirect:kemper:m5:c5|to appeal}}. "{{q:direct:kemper:m6:c6|One judge does not get to rewrite our election code a few months before an election,}}" {{m:m6|Kemper}} {{c:c6|said}} in a statement.

Election records show that about 11% of Missouri voters used a drop box in 2024.

{{m:m7|Teresa Ruiz}}, who leads the coalition, {{c:c7|called}} {{q:mixed:ruiz:m7:c7|the ruling "a relief for every voter who lives at the end of a gravel road}}."

{{m:m8|Two county clerks}} {{c:c8|told}} Reuters {{q:indirect:clerk:m8:c8|they had already ordered replacement boxes in case the ruling stood}}.

The governor's office did not immediately respond to a request for comment.

(Reporting by Hannah Lowe in St. Louis; Editing by Mark Porter)
""",
)
