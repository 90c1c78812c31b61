# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the eleventh external-style batch. Original, invented prose; every person is fictional
# (real cities, states and institutions only as setting). Written and annotated before the parser was run on them.
from build_external11 import article

article(
    "ext11_us_01_ap_arizona_senate_rally", "external/us-ap-campaign", "en",
    {"reyes": ["Elena Reyes", "Democratic Senate candidate Elena Reyes"],
     "whitfield": ["Carl Whitfield", "Republican businessman Carl Whitfield"],
     "oyelaran": ["Trent Oyelaran", "Spokesman Trent Oyelaran"],
     "voters": ["Several voters at the rally", "voters"],
     "duarte": ["Maria Duarte"]},
    """
Reyes hammers Senate rival over drug prices as Arizona race tightens

By MARK DELANEY Associated Press

PHOENIX (AP) — {{m:m1|Democratic Senate candidate Elena Reyes}} {{c:c1|told}} a packed union hall in Phoenix on Saturday that {{q:mixed:reyes:m1:c1|her Republican opponent had "never met a drug company he wouldn't take a check from}}."

The crowd chanted "Send her to Washington!" as she took the stage, and a row of nurses in red scrubs held up a banner that read "Insulin Is Not A Luxury."

Reyes, a two-term congresswoman from Tucson, is running against Republican businessman Carl Whitfield for the seat left open by the retirement of Sen. Harold Lund.

"{{q:direct:reyes:m2:c2|I'm not going to pretend this is an easy race,}}" {{m:m2|Reyes}} {{c:c2|said}}. "{{q:direct:reyes:m2:c2|But I know whose side I'm on, and so do you.}}"

{{m:m3|She}} {{c:c3|quipped}} that {{q:indirect:reyes:m3:c3|she had spent more time in Whitfield's television ads than he had spent in Arizona}}.

Whitfield's campaign brushed off the attacks. {{m:m4|Spokesman Trent Oyelaran}} {{c:c4|said}} in an email that {{q:mixed:oyelaran:m4:c4|Reyes was "running from her own voting record}}" and {{c:c4b|pointed to}} {{q:indirect?:oyelaran:m4:c4b|her vote for a 2023 spending bill}}.

Whitfield himself struck a softer tone at a diner in Mesa, where {{m:m5|he}} {{c:c5|promised}} {{q:mixed:whitfield:m5:c5|voters he would "never vote for a dime of new taxes, period}}."

Polls show the race is essentially tied, and both parties have reserved more than $40 million in advertising for the final month.

Asked by a reporter whether she would back her party's current leader for majority leader, Reyes hedged. "{{q:direct:reyes:m6:c6|I'll decide that when I get there,}}" {{m:m6|she}} {{c:c6|said}}.

{{m:m7|Several voters at the rally}} {{c:c7|said}} {{q:indirect:voters:m7:c7|health care costs were their biggest worry}}. {{m:m8|Maria Duarte}}, 63, a retired school cafeteria worker from Glendale, {{c:c8|said}} {{q:indirect:duarte:m8:c8|she pays more than $400 a month for insulin and her husband's heart medication}}.

"{{q:direct:duarte:m9:c9|Whoever fixes that gets my vote. I don't care what letter is next to their name,}}" {{m:m9|Duarte}} {{c:c9|said}}.

Reyes is scheduled to campaign in Flagstaff on Sunday.
""",
)

article(
    "ext11_us_02_reuters_stopgap_sources", "external/us-reuters-congress", "en",
    {"sources": ["two people familiar with the discussions", "people familiar with the discussions"],
     "source1": ["one of the people", "people familiar with the discussions", "two people familiar with the discussions"],
     "hallett": ["Tom Hallett", "Speaker Tom Hallett"],
     "marchetti": ["Gina Marchetti", "Representative Gina Marchetti"],
     "abernathy": ["Ruth Abernathy", "Senate Majority Leader Ruth Abernathy"],
     "wh": ["A White House spokesperson", "White House spokesperson", "White House"],
     "cbo": ["Congressional Budget Office"]},
    """
House Republicans weigh stopgap bill as shutdown deadline nears -sources

By Dana Whitcomb and Luis Ferrer

WASHINGTON, Sept 24 (Reuters) - {{q:indirect:sources:m1:c1|House Republican leaders are considering a short-term spending bill that would keep the federal government funded through mid-November}}, {{m:m1|two people familiar with the discussions}} {{c:c1|said}} on Tuesday.

{{q:indirect:source1:m2:c2|The measure, which has not been made public, would also include about $6 billion in disaster aid for states hit by summer flooding}}, {{m:m2|one of the people}} {{c:c2|said}}.

{{m:m3|House Speaker Tom Hallett}} {{c:c3|told}} reporters at the Capitol that {{q:indirect:hallett:m3:c3|no decision had been made}}. "{{q:direct:hallett:m4:c4|We're looking at every option. Nobody in this building wants a shutdown,}}" {{m:m4|Hallett}} {{c:c4|said}}.

Hallett declined to say whether the bill could pass without Democratic votes.

Hardline conservatives have balked at the idea. {{m:m5|Representative Gina Marchetti}} of Texas, a member of the House Freedom Caucus, {{c:c5|told}} Reuters {{q:mixed:marchetti:m5:c5|she would oppose any stopgap "that doesn't cut a single dollar}}."

{{m:m6|Senate Majority Leader Ruth Abernathy}}, a Democrat, {{c:c6|countered}} that {{q:indirect:abernathy:m6:c6|the House should simply take up the bipartisan Senate bill, which passed 71-27 last week}}.

"{{q:direct:abernathy:m7:c7|The answer is sitting right there on the Speaker's desk,}}" {{m:m7|Abernathy}} {{c:c7|said}} on the Senate floor. "{{q:direct:abernathy:m7:c7|Pass it.}}"

{{m:m8|A White House spokesperson}} {{c:c8|said}} {{q:mixed:wh:m8:c8|the administration would "review any serious proposal" but would not accept cuts to veterans' health programs}}.

{{m:m9|The Congressional Budget Office}} {{c:c9|estimated}} in July that {{q:indirect?:cbo:m9:c9|a shutdown lasting a month would cost the economy about $14 billion}}.

Funding for most federal agencies runs out at midnight on Sept. 30.

(Reporting by Dana Whitcomb and Luis Ferrer; Editing by Scott Malone)
""",
)

article(
    "ext11_us_03_ap_michigan_road_bill", "external/us-ap-statehouse", "en",
    {"kwiatkowski": ["Paula Kwiatkowski", "Gov. Paula Kwiatkowski"],
     "brenner": ["Dale Brenner", "House Speaker Dale Brenner"],
     "mec": ["Michigan Environmental Council"],
     "sato": ["Ken Sato", "Sen. Ken Sato"]},
    """
{{m:m0|Michigan governor}} signs road funding bill, {{c:c0|says}} {{q:mixed:kwiatkowski:m0:c0|gas tax hike is 'off the table'}}

By JENNA MORROW Associated Press

LANSING, Mich. (AP) — {{m:m1|Gov. Paula Kwiatkowski}} signed a $3.1 billion road repair package into law on Thursday and {{c:c1|said}} {{q:mixed:kwiatkowski:m1:c1|a gas tax increase was "off the table" for the rest of her term}}.

{{q:indirect:kwiatkowski:m2:c2|The money, {{m:m2|the governor}} {{c:c2|said}}, will come mostly from a share of the state sales tax on vehicle parts and from federal highway funds that had gone unspent}}.

{{m:m3|Republican House Speaker Dale Brenner}}, whose caucus supplied most of the votes, {{c:c3|said}} {{q:mixed:brenner:m3:c3|the bill "finally puts our money where the potholes are}}."

Not everyone was pleased. {{m:m4|The Michigan Environmental Council}} {{c:c4|said}} in a statement that {{q:mixed:mec:m4:c4|the package "doubles down on roads at the expense of transit}}," and {{c:c4b|urged}} {{q:indirect:mec:m4:c4b|lawmakers to fund more bus service in Detroit and Grand Rapids}}.

Asked whether she would veto a future gas tax bill, Kwiatkowski paused. "{{q:direct:kwiatkowski:m5:c5|I don't make veto threats from a podium,}}" {{m:m5|she}} {{c:c5|said}}, drawing laughter. "{{q:direct:kwiatkowski:m5:c5|But I think you know the answer.}}"

State transportation records show nearly a third of Michigan's roads are rated in poor condition.

{{m:m6|Sen. Ken Sato}}, a Democrat from Ann Arbor who voted no, {{c:c6|argued}} {{q:indirect:sato:m6:c6|the plan leaves cities to fix their own streets while rural counties get the bulk of the money}}.

{{m:m7|Kwiatkowski}} also {{c:c7|hinted}} that {{q:indirect:kwiatkowski:m7:c7|she could call lawmakers back for a special session on auto insurance rates in December}}.

Gov. Paula Kwiatkowski signs the road funding bill at the Capitol in Lansing, Mich., on Thursday. (AP Photo/Carlos Osorio)
""",
)
