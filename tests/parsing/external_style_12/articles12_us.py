# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the twelfth external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external12 import article

article(
    "ext12_us_01_ap_judge_blocks_ballot_law", "external/us-ap-court", "en",
    {"okonkwo": ["Adaeze Okonkwo", "U.S. District Judge Adaeze Okonkwo"],
     "lawsuit": ["the lawsuit", "League of Women Voters of Georgia"],
     "ag": ["Georgia attorney general's office", "attorney general's office", "Brandon Kitts"],
     "kitts": ["Brandon Kitts", "Attorney General Brandon Kitts"],
     "mercer": ["Joanne Mercer"],
     "pell": ["Darnell Pell", "state Rep. Darnell Pell"]},
    """
Judge blocks Georgia law that would have ended drop boxes for absentee ballots

By TOMÁS RIVERA Associated Press

ATLANTA (AP) — {{m:m1|A federal judge}} on Friday blocked a new Georgia law that would have removed absentee ballot drop boxes from every county, {{c:c1|ruling}} that {{q:mixed:okonkwo:m1:c1|the state had offered "no evidence whatsoever" that the boxes had been used to commit fraud}}.

{{m:m2|U.S. District Judge Adaeze Okonkwo}} {{c:c2|wrote}} in a 41-page order that {{q:mixed:okonkwo:m2:c2|the law placed "a real and unjustified burden" on older and rural voters}}, many of whom live more than 30 miles from their county election office.

The ruling is a setback for Republican legislators who passed the measure last spring over the objections of county election officials from both parties.

{{q:indirect:kitts:m3:c3|The state will appeal to the 11th U.S. Circuit Court of Appeals}}, {{m:m3|Attorney General Brandon Kitts}} {{c:c3|said}} in a brief statement Friday evening. {{m:m4|He}} {{c:c4|called}} {{q:mixed:kitts:m4:c4|the decision "judicial policymaking at its worst}}."

{{m:m5|The lawsuit}}, filed in March by the League of Women Voters of Georgia and two voters from rural Taliaferro County, {{c:c5|argued}} that {{q:indirect:lawsuit:m5:c5|the law violated the Voting Rights Act}}.

"{{q:direct:mercer:m6:c6|I'm 81 years old and I don't drive anymore. That box was how I voted,}}" {{m:m6|Joanne Mercer}}, one of the two voters, {{c:c6|said}} in an interview. "{{q:direct:mercer:m6:c6|I just want my vote to count like everybody else's.}}"

The law's sponsor, {{m:m7|state Rep. Darnell Pell}}, {{c:c7|insisted}} that {{q:indirect:pell:m7:c7|drop boxes were never meant to be permanent}}. {{m:m8|Pell}}, a Republican from Cartersville, {{c:c8|said}} {{q:mixed:pell:m8:c8|lawmakers would look at "every option" to restore the law}}, including rewriting it during next year's session.

Election data shows about 9% of Georgia's absentee ballots in 2024 were returned through drop boxes.

The secretary of state's office declined to comment on the ruling.
""",
)

article(
    "ext12_us_02_ap_white_house_briefing", "external/us-ap-briefing", "en",
    {"wh": ["White House", "The White House"],
     "lowry": ["Cassandra Lowry", "White House press secretary Cassandra Lowry"],
     "president": ["the president", "President"],
     "hartman": ["Glen Hartman", "Senate Minority Leader Glen Hartman"],
     "officials": ["Two administration officials", "administration officials"],
     "industry": ["Industry groups"],
     "reporter": ["a reporter", "reporter"]},
    """
{{m:m0|White House}} {{c:c0|says}} {{q:indirect:wh:m0:c0|president won't sign rail strike bill without sick leave}}

By AMINA SULLIVAN and ROSS KLEIN Associated Press

WASHINGTON (AP) — {{m:m1|The White House}} {{c:c1|said}} Monday that {{q:indirect:wh:m1:c1|the president would not sign legislation to head off a national rail strike unless it guaranteed workers at least seven paid sick days}}, raising the stakes days before a walkout could begin.

"{{q:direct:lowry:m2:c2|He has been clear from day one,}}" {{m:m2|White House press secretary Cassandra Lowry}} {{c:c2|told}} reporters at the daily briefing. "{{q:direct:lowry:m2:c2|Rail workers keep this economy moving. They deserve to be able to see a doctor.}}"

{{m:m3|Lowry}} {{c:c3|put it}} more bluntly when {{m:m3r|a reporter}} {{c:c3r|asked}} {{q:indirect?:reporter:m3r:c3r|whether the president was prepared to accept a strike}}: "{{q:direct:lowry:m3:c3|Nobody wants a strike. But nobody should want a deal that treats workers like that, either.}}"

She repeatedly declined to say whether the president had spoken with rail executives over the weekend.

{{m:m5|Two administration officials}}, who were not authorized to discuss private negotiations and spoke on condition of anonymity, {{c:c5|said}} {{q:indirect:officials:m5:c5|the Labor Department had drafted a compromise that would phase in the sick days over two years}}.

In a post on social media Monday night, {{m:m6|the president}} {{c:c6|wrote}} that {{q:mixed:president:m6:c6|he would "stand with the workers who kept the trains running during the pandemic}}."

On Capitol Hill, {{m:m7|Senate Minority Leader Glen Hartman}} {{c:c7|accused}} {{q:mixed:hartman:m7:c7|the White House of "holding the economy hostage" for a union priority}}.

"{{q:direct:hartman:m8:c8|If there's a strike on Friday,}}" {{m:m8|Hartman}} {{c:c8|said}}, "{{q:direct:hartman:m8:c8|it's on them.}}"

{{m:m9|Industry groups}} {{c:c9|estimate}} {{q:indirect?:industry:m9:c9|a strike would cost the economy about $2 billion a day}}.
""",
)
