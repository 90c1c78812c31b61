# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the fifth external-style batch. Original, invented prose; every person, company and
# court case is fictional (real cities, agencies and institutions only as setting). Written and
# annotated before the parser was run on them.
from build_external5 import article

article(
    "ext5_us_01_ap_shutdown_standoff", "external/us-ap-politics", "en",
    {"hadley": "Warren Hadley",
     "pruett": "Dale Pruett",
     "briefed": ["Republicans briefed on the talks", "Republicans"],
     "one": ["One", "one of them", "Republicans briefed on the talks"],
     "another": ["another", "Another", "Republicans briefed on the talks"],
     "whitehouse": ["the White House", "White House"],
     "okafor": "Miriam Okafor",
     "voss": "Lorraine Voss",
     "brandt": "Tyler Brandt",
     "aides": ["two Senate aides", "Senate aides", "aides"],
     "economists": ["Economists at Moody's Analytics", "Moody's Analytics", "Economists"]},
    """
Senate stopgap collapses as shutdown deadline nears

By CLAIRE DONNELLY Associated Press

WASHINGTON (AP) — {{m:m1|Senate Majority Leader Warren Hadley}} {{c:c1|warned}} Wednesday that {{q:indirect:hadley:m1:c1|the government would shut down at midnight Friday unless House Republicans dropped their demand for deep cuts to housing aid}}, hours after a bipartisan stopgap bill collapsed on the Senate floor.

"{{q:direct:hadley:m2:c2|We are not going to be held hostage by a handful of members who want to gut programs that working families depend on,}}" {{m:m2|Hadley}}, a New Mexico Democrat, {{c:c2|told}} reporters after the vote. "{{q:direct:hadley:m2:c2|The votes are there for a clean bill. They know it.}}"

The stopgap failed 52-47, eight votes short of the 60 needed to advance. Three Republicans joined Democrats in supporting it.

{{m:m3|House Speaker Dale Pruett}}, R-Ohio, {{c:c3|denied}} that {{q:indirect:pruett:m3:c3|his conference was angling for a shutdown}} and {{c:c3b|accused}} {{q:indirect:pruett:m3:c3b|Senate Democrats of refusing to negotiate in good faith}}. {{q:indirect:pruett:m4:c4|The House has already passed a responsible bill, and the Senate should simply take it up}}, {{m:m4|he}} {{c:c4|said}} in a floor speech.

Behind closed doors, the picture was less tidy. {{m:m5|Republicans briefed on the talks}} {{c:c5|said}} {{q:indirect:briefed:m5:c5|the speaker's allies were quietly drafting a two-week extension that would leave the housing cuts out}}. {{m:m6|One}} {{c:c6|said}} {{q:indirect:one:m6:c6|such a bill could reach the House floor as early as Thursday}}; {{m:m7|another}} {{c:c7|cautioned}} that {{q:indirect:another:m7:c7|the party's hard-liners had not signed on and might never do so}}.

{{q:mixed:whitehouse:m8:c8|House Republicans are "playing chicken with the paychecks" of more than 2 million federal workers}}, {{m:m8|the White House}} {{c:c8|said}} in a statement.

Housing Secretary Miriam Okafor spent the afternoon on Capitol Hill meeting moderate Republicans. {{q:indirect:okafor:m9:c9|The cuts, {{m:m9|she}} {{c:c9|said}} afterward, would fall hardest on elderly renters in rural districts, many of them represented by the very members pushing for them}}.

{{m:m10|Sen. Lorraine Voss}}, R-Maine, one of the three Republicans who backed the stopgap, {{c:c10|called}} {{q:mixed:voss:m10:c10|the House bill "a nonstarter"}} and {{c:c10b|urged}} {{q:indirect:voss:m10:c10b|the speaker to bring the Senate version to a vote}}.

{{m:m10c|Voss}} {{c:c10c|said}} {{q:indirect:voss:m10c:c10c|she had spoken with Pruett twice this week}}.

"{{q:direct:voss:m11:c11|He's listening, I'll give him that,}}" {{m:m11|she}} {{c:c11|said}}. "{{q:direct:voss:m11:c11|Whether his members will let him act is another question.}}"

Pruett's spokesman, {{m:m12|Tyler Brandt}}, {{c:c12|insisted}} {{q:mixed:brandt:m12:c12|the speaker "has been at the table from day one"}} and {{c:c12b|said}} {{q:indirect:brandt:m12:c12b|any suggestion otherwise was political spin}}.

{{q:indirect:aides:m13:c13|Agencies began sending shutdown notices to managers on Tuesday}}, {{c:c13|according to}} {{m:m13|two Senate aides}} who were not authorized to discuss the preparations publicly. During a shutdown, national parks close their gates and passport processing slows, while air traffic controllers and TSA screeners stay on the job without pay.

{{m:m14|Economists at Moody's Analytics}} {{c:c14|estimated}} that {{q:indirect?:economists:m14:c14|each week of a shutdown would shave about 0.1 percentage point off quarterly growth}}.

{{m:m15a|Hadley}} has {{c:c15a|vowed}} {{q:indirect:hadley:m15a:c15a|to keep the Senate in session through the weekend}}. {{m:m15|He}} {{c:c15|acknowledged}}, though, that {{q:indirect:hadley:m15:c15|a deal before Friday looked increasingly unlikely}}.

"{{q:direct:hadley:m16:c16|I've been around long enough to know these things break at the last minute, or they don't break at all,}}" {{m:m16|he}} {{c:c16|said}}. "{{q:direct:hadley:m16:c16|Right now I don't see the last minute.}}"

Associated Press writers Ben Alvarado and Kim Tran contributed to this report.
""")

article(
    "ext5_us_02_court_contractor_fraud", "external/us-local-court", "en",
    {"prosecutor": "Natalie Sorensen",
     "whitfield": "Gary Whitfield",
     "defense": "Aaron Kessler",
     "judge": "Patricia Onwuachi",
     "victim": "Doreen Maddox",
     "ag": ["The Ohio attorney general's office", "Ohio attorney general's office", "attorney general"],
     "indictment": ["the indictment", "prosecutors"],
     "prosecutors": ["prosecutors", "Prosecutors"],
     "jurors": ["Jurors", "jurors", "two jurors"],
     "neighbors": ["Several neighbors", "neighbors"]},
    """
Jury convicts Hamilton County contractor of bilking elderly homeowners

By Rachel Ostrowski | Cincinnati Ledger

CINCINNATI — A Hamilton County jury on Thursday found a Colerain Township contractor guilty of taking more than $400,000 from elderly homeowners for roof and furnace repairs he never finished, ending a two-week trial in which a dozen victims took the stand.

Gary Whitfield, 58, was convicted on 14 counts of theft from a vulnerable adult and one count of engaging in a pattern of corrupt activity. He faces up to 11 years in prison when he is sentenced in January.

Whitfield showed little emotion as the verdict was read. {{m:m2|His attorney, Aaron Kessler}}, {{c:c2|said}} {{q:indirect:defense:m2:c2|his client would appeal}}.

"{{q:direct:defense:m3:c3|This was a business that got in over its head, not a criminal enterprise,}}" {{m:m3|Kessler}} {{c:c3|said}} outside the courtroom. "{{q:direct:defense:m3:c3|The jury heard a lot of sad stories, and I understand why they reacted the way they did.}}"

{{q:indirect:indictment:m4:c4|Between 2019 and 2023, Whitfield took deposits from at least 37 homeowners, most of them over 70, and then stopped returning their calls}}, {{c:c4|according to}} {{m:m4|the indictment}}. {{m:m5|Prosecutors}} {{c:c5|said}} {{q:indirect:prosecutors:m5:c5|he used much of the money to pay gambling debts and the lease on a boat at Lake Cumberland}}.

In her closing argument Wednesday, {{m:m6|Assistant Prosecutor Natalie Sorensen}} {{c:c6|told}} jurors that {{q:indirect:prosecutor:m6:c6|Whitfield had picked his victims carefully}}.

"{{q:direct:prosecutor:m7:c7|He didn't knock on doors in Indian Hill. He went to widows on fixed incomes who were too proud to call their kids,}}" {{m:m7|Sorensen}} {{c:c7|said}}.

{{m:m8|Kessler}} {{c:c8|countered}} that {{q:indirect:defense:m8:c8|his client had been overwhelmed when two of his crews quit during the pandemic}}. {{q:mixed:defense:m9:c9|Whitfield, {{m:m9|he}} {{c:c9|argued}}, had always intended to finish the jobs and was "drowning, not stealing"}}.

Whitfield did not testify.

One of the victims, {{m:m10|Doreen Maddox}}, 81, of Mount Healthy, {{c:c10|testified}} that {{q:indirect:victim:m10:c10|she paid Whitfield $18,500 in cash for a new furnace in October 2021 and spent that winter heating her house with space heaters}}.

"{{q:direct:victim:m11:c11|I kept thinking he'd come back. He had such a nice way about him,}}" {{m:m11|Maddox}} {{c:c11|said}} after the verdict, her daughter's arm around her shoulders. "{{q:direct:victim:m11:c11|I hope he thinks about us every day he's in there.}}"

{{m:m12|Several neighbors}} who sat through the trial {{c:c12|said}} {{q:indirect:neighbors:m12:c12|they had recommended Whitfield to one another for years}}.

{{m:m13|Jurors}} {{c:c13|declined}} {{q:indirect?:jurors:m13:c13|to speak with reporters}}. Judge Patricia Onwuachi revoked Whitfield's bond and ordered him held in the Hamilton County Justice Center until sentencing.

{{m:m14|Onwuachi}} {{c:c14|told}} Whitfield that {{q:mixed:judge:m14:c14|she had "serious concerns" about him leaving the area}}, {{c:c14b|noting}} that {{q:indirect:judge:m14:c14b|he had sold his house in September}}.

{{m:m15|The Ohio attorney general's office}}, which helped investigate the case, {{c:c15|urged}} {{q:indirect:ag:m15:c15|homeowners to check a contractor's license and references before paying any deposit}}.

Restitution will be decided at sentencing.
""")

article(
    "ext5_us_03_business_grocery_merger", "external/us-business-wire", "en",
    {"fairway": ["Fairway Provisions", "Fairway"],
     "linden": ["Linden Markets", "Linden"],
     "ashcroft": "Colleen Ashcroft",
     "ftc": ["the Federal Trade Commission", "FTC", "the agency"],
     "analysts": ["Analysts", "analysts"],
     "pruitt": "Devin Pruitt",
     "union": ["United Food and Commercial Workers", "the union", "UFCW"],
     "hollis": "Marguerite Hollis",
     "people": ["people familiar with the matter", "people familiar", "one of the people"],
     "union2": "Marguerite Hollis",
     "morales": "Esteban Morales"},
    """
Fairway Provisions agrees to sell 212 stores to win approval for Linden deal

By Priya Natarajan

CHICAGO, March 3 - {{m:m1|Fairway Provisions}} {{c:c1|said}} on Monday {{q:indirect:fairway:m1:c1|it had agreed to sell 212 stores in nine states to a private equity-backed buyer}}, a concession aimed at winning antitrust approval for its $9.6 billion takeover of rival grocer Linden Markets.

{{q:indirect:fairway:m2:c2|The divestiture plan, which includes 31 pharmacies and four distribution centers, addresses every market where the two chains overlap}}, {{m:m2|the company}} {{c:c2|said}} in a statement.

{{q:indirect:people:m3:c3|The Federal Trade Commission has been reviewing the deal since last spring and has raised concerns about prices in smaller cities in Ohio and Indiana}}, {{c:c3|according to}} {{m:m3|people familiar with the matter}}. {{m:m4|One of the people}} {{c:c4|said}} {{q:indirect:people:m4:c4|agency staff were skeptical that a buyer with no grocery experience could keep the stores competitive}}.

{{m:m5|An FTC spokeswoman}} {{c:c5|declined}} {{q:indirect?:ftc:m5:c5|to comment on the review}}.

"{{q:direct:ashcroft:m6:c6|We've listened to regulators and we've gone further than anyone expected,}}" {{m:m6|Fairway Chief Executive Colleen Ashcroft}} {{c:c6|said}} on a call with analysts. "{{q:direct:ashcroft:m6:c6|Nobody is going to lose their neighborhood store because of this deal.}}"

{{m:m7|Ashcroft}} {{c:c7|said}} {{q:indirect:ashcroft:m7:c7|the combined company would cut prices on about 2,000 staple items within a year of closing}}, a pledge {{m:m7b|she}} {{c:c7b|described}} as "{{q:direct:ashcroft:m7b:c7b|binding, not aspirational.}}"

Not everyone is convinced. {{m:m8|Devin Pruitt}}, an analyst at Cobalt Ridge Securities, {{c:c8|wrote}} in a note that {{q:mixed:pruitt:m8:c8|the buyer, Hearthside Grocers, was "a shell with a checkbook"}} and that {{q:indirect:pruitt:m8:c8|divested stores often struggled}}. {{q:indirect:pruitt:m9:c9|Regulators have seen this movie before}}, {{m:m9|he}} {{c:c9|added}}.

{{m:m10|The United Food and Commercial Workers union}}, which represents about 140,000 workers at the two chains, {{c:c10|called}} {{q:indirect?:union:m10:c10|for the deal to be blocked}}. {{m:m11|Marguerite Hollis}}, a UFCW vice president, {{c:c11|warned}} that {{q:indirect:union2:m11:c11|store closings and layoffs would follow within months}}.

"{{q:direct:union2:m12:c12|They can call it a divestiture. Our members call it a pink slip with extra steps,}}" {{m:m12|Hollis}} {{c:c12|said}}.

Shares of Linden rose 4.2% to $27.85 in afternoon trading, while Fairway's stock was little changed.

{{m:m13|Analysts}} {{c:c13|said}} {{q:indirect:analysts:m13:c13|the divestiture made approval more likely but not certain}}. {{q:indirect:morales:m14:c14|The FTC could still sue to block the merger if it concluded the sale did not go far enough}}, {{c:c14|said}} {{m:m14|Esteban Morales}}, a former agency lawyer now in private practice.

{{m:m15|Linden}} {{c:c15|said}} {{q:indirect:linden:m15:c15|its board continued to back the transaction}}. The companies expect the deal to close by the end of the year.

(Reporting by Priya Natarajan in Chicago; Editing by Mark Heller)
""")
