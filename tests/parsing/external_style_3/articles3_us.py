# ruff: noqa: E501  (article prose: one paragraph a line)
# US politics articles of the third external-style batch. Original, invented prose; every person,
# campaign, union local and company is fictional (real states, cities and institutions only as setting).
from build_external3 import article

article(
    "ext3_us_01_wh_briefing_screeners", "external/us-wire-white-house", "en",
    {"official": ["a senior administration official", "official"],
     "ochoa": "Tamsin Ochoa",
     "gallo": "Patrice Gallo",
     "castellanos": "Roy Castellanos",
     "hofstetter": "Lena Hofstetter",
     "kaplan": "Doreen Kaplan-Whitby",
     "screener": "Marcus Beal",
     "democrats": ["Democrats", "Democratic leaders"],
     "tracker": ["wait-time tracker", "the airport's own wait-time tracker"]},
    """
White House to tap emergency fund to keep paying airport screeners as shutdown drags on

By Staff Writer

WASHINGTON (AP) — {{q:indirect:official:m1:c1|The White House will use money from an emergency fund to keep paying airport security screeners for at least two more weeks}}, {{m:m1|a senior administration official}} {{c:c1|said}} Tuesday, a stopgap that Democrats immediately questioned as legally shaky.

{{m:m2|The official}}, who spoke on condition of anonymity because the plan had not been formally announced, {{c:c2|said}} {{q:indirect:official:m2:c2|the Transportation Security Administration had found about $400 million that could be moved without new approval from Congress}}. {{q:indirect:official:m2b:c2b|The first paychecks drawn from the fund could go out as early as Friday}}, {{c:c2b|according to}} {{m:m2b|the official}}.

At the daily briefing, press secretary {{m:m3|Tamsin Ochoa}} {{c:c3|insisted}} that {{q:mixed:ochoa:m3:c3|the move was "entirely within the law" and had been cleared by lawyers at the Office of Management and Budget}}.

"{{q:direct:ochoa:m4:c4|We are not going to let the people who keep our airports safe go without a paycheck because Congress can't do its job,}}" {{m:m4|Ochoa}} {{c:c4|said}}. "{{q:direct:ochoa:m4:c4|That's not a political statement. That's just the reality.}}"

Asked whether the administration would use the same fund for other agencies, {{m:m5|she}} {{c:c5|said}}, "{{q:direct:ochoa:m5:c5|I'm not going to get ahead of that.}}"

Democrats were quick to object. Sen. {{m:m6|Patrice Gallo}}, D-N.M., the top Democrat on the Senate subcommittee that oversees homeland security spending, {{c:c6|argued}} that {{q:mixed:gallo:m6:c6|the administration was "raiding" a fund meant for hurricanes and wildfires}}, and {{c:c6b|warned}} that {{q:indirect:gallo:m6:c6b|the Federal Emergency Management Agency could run short if a major storm hit before the end of the year}}.

"{{q:direct:gallo:m7:c7|This is money that's supposed to be there when a town gets flattened,}}" {{m:m7|Gallo}} {{c:c7|said}} in a statement. "{{q:direct:gallo:m7:c7|They are playing a shell game with disaster relief, and they know it.}}"

House Homeland Security Committee Chairman {{m:m8|Roy Castellanos}}, R-Texas, backed the move, {{c:c8|saying}} {{q:indirect:castellanos:m8:c8|screeners should not be punished for a standoff they had nothing to do with}}. {{m:m9|He}} {{c:c9|acknowledged}}, though, that {{q:indirect:castellanos:m9:c9|the fund could not be tapped indefinitely}}.

"{{q:direct:castellanos:m10:c10|At some point this has to be fixed by Congress, and fixed for real,}}" {{m:m10|he}} {{c:c10|added}}. Hours later {{m:m11|he}} {{c:c11|posted}} on X: "{{q:direct:castellanos:m11:c11|Pay the screeners. Then let's fight about the rest.}}"

A TSA spokeswoman, {{m:m12|Lena Hofstetter}}, {{c:c12|denied}} that {{q:indirect:hofstetter:m12:c12|any screeners had been told to stay home}} and {{c:c12b|said}} {{q:mixed:hofstetter:m12:c12b|absences at the country's largest airports remained "within normal ranges" as of Monday}}. {{q:indirect?:tracker:m31:c31|Security lines at Hartsfield-Jackson Atlanta International Airport stretched past 45 minutes on Sunday evening, however}}, {{c:c31|according to}} {{m:m31|the airport's own wait-time tracker}}.

The union local that represents screeners in Atlanta was less sanguine. "{{q:direct:kaplan:m13:c13|Two weeks is not a solution. It's a reprieve,}}" {{m:m13|Doreen Kaplan-Whitby}}, the local's president, {{c:c13|said}} in an interview. {{m:m14|She}} {{c:c14|said}} {{q:indirect:kaplan:m14:c14|several of her members had already taken second jobs driving for delivery apps}}, and that {{q:indirect:kaplan:m14:c14|at least two had quit}}.

{{m:m15|Marcus Beal}}, a screener at Atlanta's airport for nine years, {{c:c15|said}} {{q:indirect:screener:m15:c15|he had borrowed money from his mother to cover his rent this month}}. "{{q:direct:screener:m16:c16|You don't get to tell the landlord there's a shutdown,}}" {{m:m16|Beal}} {{c:c16|said}}. "{{q:direct:screener:m16:c16|He doesn't care.}}"

Ochoa declined to say how long the fund could keep the screeners paid. The administration has not said whether it believes other agencies could be covered the same way, and the Office of Management and Budget did not respond to a request for comment.

{{m:m17|Democratic leaders}} {{c:c17|say}} {{q:indirect:democrats:m17:c17|the only real fix is a bill that reopens the whole government}}. {{m:m18|Castellanos}} {{c:c18|said}} {{q:mixed:castellanos:m18:c18|he expected a House vote on a short-term bill "sometime next week, if leadership has its act together."}}
""")

article(
    "ext3_us_02_statehouse_water", "external/us-state-legislature", "en",
    {"vance": "Teodoro Vance",
     "kessler": "Alma Kessler-Ruiz",
     "governor": ["Marguerite Olander", "Olander"],
     "spokesman": "Caleb Strand",
     "farmer": "Dwight Abernathy",
     "bureau": ["Arizona Farm Bureau", "Farm Bureau"],
     "hale": "Irene Hale",
     "opponents": ["Opponents", "opponents"],
     "analysts": ["legislative analysts"]},
    """
Arizona House passes groundwater bill over objections from rural lawmakers

Measure heads to Senate, where {{m:h1|its sponsor}} {{c:h1c|concedes}} {{q:mixed:vance:h1:h1c|it faces 'a harder road'}}

PHOENIX — The Arizona House on Wednesday narrowly passed a bill that would for the first time require large farms in parts of rural Arizona to measure and report how much groundwater they pump, a change that has split lawmakers largely along regional rather than party lines.

The bill passed 31-29, with three Republicans joining Democrats in support. It now goes to the Senate.

The measure's sponsor, Rep. {{m:m1|Teodoro Vance}}, R-Queen Creek, {{c:c1|told}} colleagues during a floor debate that stretched past two hours that {{q:indirect:vance:m1:c1|wells in some farming communities had dropped by more than 100 feet in a decade}}, and that {{q:mixed:vance:m1:c1|families in those towns were "hauling water in the back of pickup trucks."}}

"{{q:direct:vance:m2:c2|Nobody in this building wants to tell a farmer how to run his farm,}}" {{m:m2|Vance}} {{c:c2|said}}. "{{q:direct:vance:m2:c2|But you cannot manage what you refuse to measure.}}"

Vance, a former irrigation district manager who was first elected in 2020, has spent two sessions trying to get the bill to the floor. {{m:m3|He}} {{c:c3|conceded}} after the vote that {{q:mixed:vance:m3:c3|it faced "a harder road" in the Senate}}, where Republicans hold a two-seat majority, but {{c:c3b|predicted}} {{q:indirect:vance:m3:c3b|it would pass if leaders allowed a vote}}.

{{m:m4|Opponents}} {{c:c4|argued}} {{q:indirect:opponents:m4:c4|the bill would hand state regulators power over private wells}}, a charge Republican leaders repeated in a news conference before the vote. {{m:m5|Rep. Irene Hale}}, R-Safford, whose district includes some of the farms the bill would cover, {{c:c5|called}} {{q:mixed:hale:m5:c5|it "a solution in search of a problem"}} and {{c:c5b|said}} {{q:indirect:hale:m5:c5b|farmers in her area already tracked their water use more carefully than anyone in Phoenix}}.

"{{q:direct:hale:m6:c6|We've been farming that valley for four generations,}}" {{m:m6|she}} {{c:c6|said}} on the floor. "{{q:direct:hale:m6:c6|I think we know where the water is.}}"

{{q:indirect:hale:m7:c7|The reporting rules, {{m:m7|Hale}} {{c:c7|said}}, would cost small growers thousands of dollars a year in meters and paperwork}}, a figure Vance disputed. {{q:indirect?:analysts:m8:c8|The meters would cost about $1,800 each to install}}, {{c:c8|according to}} an estimate by {{m:m8|legislative analysts}}, and the state would cover half.

Those who testified in committee split largely along regional lines. {{m:m9|Dwight Abernathy}}, who grows cotton and alfalfa near Willcox, {{c:c9|said}} {{q:indirect:farmer:m9:c9|he had supported the bill from the start because his own well had gone dry in 2022}}. {{m:m10|The Arizona Farm Bureau}}, which represents many of the state's larger growers, {{c:c10|has said}} {{q:indirect:bureau:m10:c10|it opposes any mandatory metering}}.

In the Senate, the bill is likely to land first in the Natural Resources Committee, chaired by Sen. Alma Kessler-Ruiz, D-Tucson. {{m:m11|Kessler-Ruiz}} {{c:c11|said}} in a text message Wednesday that {{q:mixed:kessler:m11:c11|she would schedule a hearing "within weeks, not months"}}.

Gov. Marguerite Olander has not taken a public position on the bill. Asked about it at an unrelated event in Flagstaff last week, {{m:m13|she}} {{c:c13|said}} {{q:mixed:governor:m13:c13|she wanted "to see what the Legislature sends me"}}. {{m:m14|Her spokesman, Caleb Strand}}, {{c:c14|said}} Wednesday that {{q:indirect:spokesman:m14:c14|the governor's office had been in touch with both sides}} but {{c:c14b|declined to say}} {{q:indirect?:spokesman:m14:c14b|whether she would sign it}}.

{{m:m16|Vance}} {{c:c16|said}} {{q:indirect:vance:m16:c16|he was not counting on her}}. "{{q:direct:vance:m15:c15|I've learned not to count on anybody in this building,}}" {{m:m15|he}} {{c:c15|said}}, laughing.
""")

article(
    "ext3_us_03_court_voter_rolls", "external/us-federal-court", "en",
    {"albrecht": "Corinne Albrecht",
     "osei": "Frank Osei",
     "marsh": "Gideon Marsh",
     "league": ["Keystone Voters Alliance", "the alliance", "alliance"],
     "pryor": "Simone Pryor",
     "state": ["Pennsylvania Department of State", "the state", "state"],
     "expert": "Harold Finch-Ng",
     "plaintiffs": ["four voters", "voters", "plaintiffs"]},
    """
Federal judge blocks Pennsylvania rule that would have purged inactive voters before November

By Staff Writer

HARRISBURG, Pa. — {{m:m0|A federal judge}} on Monday blocked a Pennsylvania rule that would have removed tens of thousands of inactive voters from the rolls weeks before the general election, {{c:c1|ruling}} that {{q:indirect:albrecht:m0:c1|the state had not given those voters adequate notice}}.

In a 41-page opinion, {{m:m1|U.S. District Judge Corinne Albrecht}} {{c:c2|wrote}} that {{q:mixed:albrecht:m1:c2|the rule placed "a severe and largely unexplained burden" on voters who had done nothing wrong other than skip a few elections}}. She ordered the state not to enforce it until a full trial can be held, most likely next year.

"{{q:direct:albrecht:m3:c3|The Commonwealth has offered no evidence that a single ineligible person has cast a ballot because of the problem this rule claims to solve,}}" {{m:m3|Albrecht}} {{c:c3|wrote}}.

The rule, issued by the Pennsylvania Department of State in May, would have canceled the registrations of voters who had not voted or updated their records in three consecutive federal elections and had not answered a mailed notice. {{q:indirect?:state:m4:c4|About 61,000 voters would have been affected}}, {{c:c4|according to}} {{m:m4|the department's own figures}}.

{{m:m5|Lawyers for the state}} had {{c:c5|argued}} that {{q:indirect:state:m5:c5|the rule simply brought Pennsylvania in line with federal law}} and that {{q:indirect:state:m5:c5|outdated rolls invited fraud}}. At a hearing last month, Albrecht pressed the state's lawyer, Deputy Solicitor General Frank Osei, on that point.

"{{q:direct:albrecht:m7:c7|What problem is this solving, counsel?}}" {{m:m7|she}} {{c:c7|asked}}. {{m:m6b|Osei}} {{c:c6|replied}} that {{q:indirect:osei:m6b:c6|the state did not have to wait for fraud to occur before acting to prevent it}}.

The suit was brought by the Keystone Voters Alliance, a nonpartisan group based in Pittsburgh, and {{m:m8b|four voters}} who {{c:c8|said}} {{q:indirect:plaintiffs:m8b:c8|they had received no notice before learning their registrations were at risk}}. One of them, {{m:m9|Simone Pryor}}, 74, of Scranton, {{c:c9|testified}} that {{q:indirect:pryor:m9:c9|she had missed the 2020 and 2022 elections while caring for her late husband}}.

"{{q:direct:pryor:m10:c10|I've voted since Nixon. I wasn't about to stop,}}" {{m:m10|Pryor}} {{c:c10|said}} in a phone interview Monday. "{{q:direct:pryor:m10:c10|I just had other things going on for a while.}}"

{{m:m11|Gideon Marsh}}, the alliance's lead lawyer, {{c:c11|said}} in a statement that {{q:mixed:marsh:m11:c11|the ruling was "a win for every Pennsylvanian who has ever had a life get in the way of an election."}}

The Department of State {{c:c12|said}} {{q:indirect:state:m12:c12|it was reviewing the decision}}, and {{m:m12|a spokeswoman}} {{c:c12b|declined to say}} {{q:indirect?:state:m12:c12b|whether it would appeal}}. Republican legislative leaders, who had pushed for the rule, did not respond to requests for comment.

Albrecht's ruling leaned heavily on testimony from {{m:m13|Harold Finch-Ng}}, a political scientist at Temple University called by the plaintiffs, who {{c:c13|estimated}} that {{q:indirect:expert:m13:c13|more than a third of the voters flagged under the rule still lived at the addresses on file}}. {{q:indirect:expert:m14:c14|The state's own expert, {{m:m14|he}} {{c:c14|noted}}, had not disputed that figure}}.

The judge was not persuaded by the state's argument that a delay would leave it out of step with federal law. "{{q:direct:albrecht:m15:c15|Federal law sets a floor,}}" {{m:m15|she}} {{c:c15|wrote}}, "{{q:direct:albrecht:m15:c15|not a deadline.}}"
""")

article(
    "ext3_us_04_campaign_senate_primary", "external/us-campaign-politico", "en",
    {"whitcombe": "Russell Whitcombe",
     "dunleavy": "Heather Dunleavy",
     "adviser": ["a Dunleavy adviser", "adviser", "Dunleavy adviser"],
     "sorensen": "Kirsten Sorensen",
     "pac": ["Prairie Fund", "super PAC"],
     "kimura": "Jake Kimura",
     "chairman": "Otis Mabry",
     "voter": "Linda Castaneda",
     "campaigns": ["both campaigns", "campaigns"],
     "interviewer": ["POLITICO", "reporter", "interviewer"],
     "close": ["a person close to the campaign", "person close to the campaign"],
     "voters": ["Some voters at the Gainesville event", "voters", "Some voters"]},
    """
Dunleavy rips Whitcombe over super PAC ads as Georgia Senate primary turns nasty

ATLANTA — {{m:m0|Heather Dunleavy}} spent most of the last year {{c:c0|insisting}} {{q:indirect:dunleavy:m0:c0|she would not go negative in Georgia's Republican Senate primary}}. On Thursday, she stopped pretending.

At a campaign stop at a barbecue restaurant in Gainesville, {{m:m1|the former state attorney general}} {{c:c1|accused}} {{q:indirect:dunleavy:m1:c1|her chief rival, Rep. Russell Whitcombe, of letting a super PAC run ads she called false}}, and {{c:c1b|said}} {{q:mixed:dunleavy:m1:c1b|he had "spent more time in Washington green rooms than in Georgia courtrooms."}}

"{{q:direct:dunleavy:m2:c2|If Russell wants to run on his record, let him run on it himself instead of hiding behind some group nobody's ever heard of,}}" {{m:m2|Dunleavy}} {{c:c2|told}} reporters afterward.

The group, the Prairie Fund, has spent about $4 million on television ads attacking Dunleavy's handling of a 2019 fraud case. {{m:m4|It}} {{c:c4|said}} in a statement that {{q:mixed:pac:m4:c4|its ads were "accurate and sourced"}} and that {{q:indirect:pac:m4:c4|it had no contact with the Whitcombe campaign}}, as federal law requires.

Whitcombe has kept his distance from the ads. {{m:m5|He}} {{c:c5|has said}} {{q:indirect:whitcombe:m5:c5|he does not control what outside groups say}}, and on Thursday {{m:m6|his campaign manager, Jake Kimura}}, {{c:c6|dismissed}} Dunleavy's attack as "{{q:direct:kimura:m6:c6|the sound of a campaign that sees the polls}}."

Privately, Dunleavy's team is worried. On a call with donors last week, {{m:m7|a Dunleavy adviser}} {{c:c7|warned}} that {{q:indirect:adviser:m7:c7|the campaign had fallen behind in small-dollar fundraising}} and {{c:c7b|asked}} {{q:indirect:adviser:m7:c7b|donors to help close the gap before the end of the quarter}}, according to two people familiar with the call. {{m:m9|The adviser}} also {{c:c9|told}} donors {{q:indirect:adviser:m9:c9|internal polling showed the race within five points}}, one of the people said.

Asked about the call, {{m:m10|Dunleavy campaign spokeswoman Kirsten Sorensen}} {{c:c10|said}} {{q:indirect:sorensen:m10:c10|the campaign did not comment on private conversations with supporters}}. "{{q:direct:sorensen:m11:c11|We'll have the resources we need. Full stop,}}" {{m:m11|she}} {{c:c11|said}}.

In a brief interview on Thursday, Whitcombe was relaxed about the race. An excerpt, lightly edited:

{{m:qm1|Q}}: {{q:direct?:interviewer:qm1:-|Is Heather Dunleavy right that you're hiding behind the Prairie Fund?}}

{{m:m12|Whitcombe}}: {{q:direct:whitcombe:m12:-|I've never hidden from anybody. I'm standing right here talking to you.}}

{{m:qm2|Q}}: {{q:direct?:interviewer:qm2:-|Will you support her if she wins the nomination?}}

{{m:m13|Whitcombe}}: {{q:direct:whitcombe:m13:-|I'm going to support the Republican nominee. I just expect it'll be me.}}

{{q:indirect:close:m20:c20|Dunleavy's campaign is also preparing a new round of ads on Whitcombe's attendance record in Congress}}, {{m:m20|a person close to the campaign}} {{c:c20|said}}, speaking on condition of anonymity to discuss strategy.

The state party has stayed out of the fight. {{m:m14|Otis Mabry}}, the Georgia GOP chairman, {{c:c14|said}} {{q:mixed:chairman:m14:c14|the party would "stay neutral until the voters decide"}}, though {{m:m15|he}} {{c:c15|acknowledged}} {{q:indirect:chairman:m15:c15|the tone of the race had become a topic among county chairs}}.

{{m:m30|Some voters at the Gainesville event}} {{c:c30|said}} {{q:indirect:voters:m30:c30|they were tired of it already}}. "{{q:direct:voter:m16:c16|I like them both. I just wish they'd quit it,}}" {{m:m16|Linda Castaneda}}, a retired teacher from Flowery Branch, {{c:c16|said}}. {{m:m17|She}} {{c:c17|said}} {{q:indirect:voter:m17:c17|she had not decided whom to support and would probably wait for the debate in May}}.

The primary is May 19. If no candidate wins a majority, the top two advance to a runoff in June, which {{m:m18|both campaigns}} privately {{c:c18|say}} {{q:indirect:campaigns:m18:c18|is now the likeliest outcome}}.
""")
