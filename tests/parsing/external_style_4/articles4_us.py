# ruff: noqa: E501  (article prose: one paragraph a line)
# US articles of the fourth external-style batch. Original, invented prose; every person, company and
# store is fictional (real cities, agencies and institutions only as setting).
from build_external4 import article

article(
    "ext4_us_01_nyt_drug_pricing_retreat", "external/us-nyt-analysis", "en",
    {"aides": ["White House aides", "aides"],
     "officials": ["current and former administration officials", "officials", "administration officials", "one of them"],
     "official1": ["One official", "one official"],
     "senior": ["A senior administration official", "a senior administration official"],
     "greaves": "Martin Greaves",
     "cole": "Ethan Cole",
     "whitcombe": "Lena Whitcombe",
     "ruiz": "Dana Ruiz",
     "ellery": "Jordan Ellery",
     "democrats": ["some Democrats on Capitol Hill", "Democrats"],
     "calloway": "Ruth Calloway"},
    """
Inside the White House, a Quiet Retreat on Drug Prices

News Analysis

WASHINGTON — When the White House unveiled its plan to cap the price of insulin at $25 a month in March, {{m:m1|aides}} {{c:c1|said}} {{q:indirect:aides:m1:c1|it was the first step in a broader campaign against drug costs}}. {{q:indirect:officials:m2:c2|Eight months later, that campaign has quietly stalled}}, {{c:c2|according to}} {{m:m2|five current and former administration officials}}, most of whom spoke on the condition of anonymity to describe internal deliberations.

{{q:indirect:officials:m3:c3|The retreat, {{m:m3|two of the officials}} {{c:c3|said}}, began in June, when the president's chief of staff, Martin Greaves, told senior aides that the administration could not afford a fight with the pharmaceutical industry before the midterm elections}}.

{{m:m4|Mr. Greaves}}, through a spokesman, {{c:c4|denied}} {{q:indirect?:greaves:m4:c4|making the remark}}. "{{q:direct:cole:m5:c5|Martin has never said anything of the kind, and the president's commitment on drug prices hasn't changed,}}" the spokesman, {{m:m5|Ethan Cole}}, {{c:c5|said}} in a statement.

{{m:m6|One official}} {{c:c6|recalled}} {{q:mixed:official1:m6:c6|Mr. Greaves telling the group that "we pick our fights" and that drug prices could wait until after November}}.

Others describe a less deliberate retreat. {{m:m7|A senior administration official}}, who insisted on anonymity to discuss the matter, {{c:c7|said}} {{q:mixed:senior:m7:c7|the plan had simply "lost its champion"}} after Dr. Lena Whitcombe, the domestic policy adviser who drafted it, left in May.

Dr. Whitcombe, reached by phone at her home in Maryland, declined to discuss internal deliberations. But in an essay published last week in Health Affairs, {{m:m8|she}} {{c:c8|wrote}} that "{{q:direct:whitcombe:m8:c8|the window for ambitious action on drug prices is closing,}}" and that {{q:mixed:whitcombe:m8:c8|the administration "should not mistake delay for prudence" heading into an election year}}.

{{m:m9|A spokeswoman for the industry's main lobbying group, Dana Ruiz}}, {{c:c9|said}} {{q:mixed:ruiz:m9:c9|the group "has engaged constructively with the administration"}} and did not comment on the officials' accounts.

Asked on Tuesday whether the president still planned to pursue a broader cap, the White House press secretary, {{m:m10|Jordan Ellery}}, {{c:c10|said}}: "{{q:direct:ellery:m10:c10|The president keeps his promises. Stay tuned.}}"

In the {{c:c11|view}} of {{m:m11|some Democrats on Capitol Hill}}, {{q:indirect?:democrats:m11:c11|that is not enough}}. "{{q:direct:calloway:m12:c12|Stay tuned is not a health policy,}}" {{m:m12|Senator Ruth Calloway}} of Minnesota {{c:c12|said}} in an interview. "{{q:direct:calloway:m12:c12|People are rationing their medicine right now.}}"

{{m:m13|Two of the officials}} {{c:c13|said}} {{q:indirect:officials:m13:c13|they expected the issue to return after the midterms}}. As {{m:m14|one of them}} {{c:c14|put}} it, "{{q:direct:officials:m14:c14|He hates losing an argument to drug companies, and he's losing this one.}}"
""")

article(
    "ext4_us_02_tv_north_austin_shooting", "external/us-local-tv-crime", "en",
    {"police": ["Austin Police Department", "Austin police", "police"],
     "ems": ["Austin-Travis County EMS", "an Austin-Travis County EMS spokesperson"],
     "oyelaran": "Marcus Oyelaran",
     "greer": "Tasha Greer",
     "store": ["Lamar Quick Stop", "the statement", "Raj Patel"],
     "neighbors": ["Neighbors", "neighbors"],
     "vasquez": "Elena Vasquez"},
    """
Man, 19, critically hurt in North Austin shooting; police say victim and shooter knew each other

By KXAN Staff · Posted: Oct 12, 2025 / 01:15 PM CDT

AUSTIN (KXAN) — {{q:indirect:police:m1:c1|A 19-year-old man is in critical condition after he was shot outside a convenience store in North Austin late Saturday night}}, {{m:m1|police}} {{c:c1|say}}.

{{m:m2|Austin police}} {{c:c2|said}} {{q:indirect:police:m2:c2|officers were called to the 9800 block of North Lamar Boulevard around 11:40 p.m. and found the man in the parking lot with at least one gunshot wound}}.

{{q:indirect:ems:m3:c3|He was taken to Dell Seton Medical Center, where he remained Sunday afternoon}}, {{c:c3|according to}} {{m:m3|an Austin-Travis County EMS spokesperson}}.

KXAN crews at the scene saw at least a dozen evidence markers in the parking lot, and crime scene tape stretched across the store's entrance for most of the night.

Police have not released the man's name. {{q:indirect:oyelaran:m4:c4|Detectives believe the shooting followed an argument in the store's parking lot}}, {{m:m4|Lt. Marcus Oyelaran}} {{c:c4|told}} KXAN.

"{{q:direct:oyelaran:m5:c5|We don't believe this was random. We believe these individuals knew each other,}}" {{m:m5|Oyelaran}} {{c:c5|said}} at the scene early Sunday.

{{m:m6|Tasha Greer}}, who works the overnight shift at a laundromat next door, {{c:c6|says}} {{q:indirect:greer:m6:c6|she heard four or five shots and ran to lock the door}}.

"{{q:direct:greer:m7:c7|I've worked here six years, and I've never heard anything like that. I just hit the floor,}}" {{m:m7|Greer}} {{c:c7|said}}.

The store's owner, {{m:m8|Raj Patel}}, {{c:c8|said}} in a statement that {{q:indirect:store:m8:c8|the store was cooperating with police and had turned over its surveillance video}}.

"{{q:direct:store:m9:c9|Our hearts go out to the young man and his family. We have been part of this neighborhood for 14 years.

"We will keep doing everything we can to keep our customers and our employees safe,}}" {{m:m9|the statement}} {{c:c9|read}}.

{{m:m10|Neighbors}} {{c:c10|say}} {{q:indirect:neighbors:m10:c10|the intersection has been a trouble spot for years}}. {{m:m11|Council Member Elena Vasquez}}, whose district includes the area, {{c:c11|said}} {{q:indirect:vasquez:m11:c11|she has asked the city to add street lighting and to station more patrol officers nearby}}.

"{{q:direct:vasquez:m12:c12|People in this part of town deserve the same attention as anyone else,}}" {{m:m12|Vasquez}} {{c:c12|wrote}} in a text message to KXAN.

{{m:m13|Police}} {{c:c13|asked}} {{q:indirect:police:m13:c13|anyone with information to call Crime Stoppers}}. No arrests had been made as of Sunday evening.

This is a developing story. Stay with KXAN for updates.
""")

article(
    "ext4_us_03_reuters_trucking_deal", "external/us-reuters-business", "en",
    {"harbor": ["Harbor Freightways", "Harbor Freightways Inc", "Harbor"],
     "companies": ["Harbor Freightways and Coastal Haulage", "the companies"],
     "bixby": "Lorraine Bixby",
     "coastal": ["Coastal Haulage", "Coastal Haulage Corp", "a filing"],
     "zhou": "Mei-Ling Zhou",
     "becker": "Tom Becker",
     "ramos": "Victor Ramos",
     "teamsters": ["Teamsters", "The Teamsters union"],
     "moretti": "Sal Moretti"},
    """
Harbor Freightways to buy rival Coastal Haulage for $2.1 billion

By Anjali Mehra

NEW YORK, Oct 14 (Reuters) - {{m:m1|Trucking company Harbor Freightways Inc}} {{c:c1|said}} on Tuesday {{q:indirect:harbor:m1:c1|it would buy smaller rival Coastal Haulage Corp for about $2.1 billion in cash}}, betting that a slump in freight demand has bottomed out.

{{q:indirect:companies:m2:c2|The deal, which values Coastal at $38 per share, a 27% premium to its Monday close, is expected to close in the first half of next year}}, {{m:m2|the companies}} {{c:c2|said}} in a joint statement.

"{{q:direct:bixby:m3:c3|Freight cycles don't last forever, and we'd rather build capacity at the bottom than pay up at the top,}}" Harbor Chief Executive {{m:m3|Lorraine Bixby}} {{c:c3|told}} Reuters in an interview.

{{m:m4|Bixby}} {{c:c4|said}} {{q:indirect:bixby:m4:c4|the combined company would save about $150 million a year within three years, mostly by consolidating terminals in California and Texas}}. She declined to say how many jobs would be cut.

{{q:indirect:coastal:m5:c5|Coastal's board has unanimously approved the deal}}, {{c:c5|according to}} {{m:m5|a filing}} with the U.S. Securities and Exchange Commission. {{m:m6|The filing}} also {{c:c6|showed}} that {{q:indirect?:coastal:m6:c6|Coastal had received an earlier approach from a private equity firm, which it did not name}}.

Shares of Coastal jumped 24% to $37.20 in early trading, while Harbor's stock fell 3%.

Analysts were split. "{{q:direct:zhou:m7:c7|It's a reasonable price for a good network, but the timing is a gamble,}}" {{c:c7|said}} {{m:m7|Mei-Ling Zhou}}, an analyst at Ridgeline Securities who has a neutral rating on Harbor stock.

Another analyst, {{m:m8|Tom Becker}} of Granite Point Research, {{c:c8|wrote}} in a note to clients that {{q:mixed:becker:m8:c8|the deal "adds leverage at exactly the wrong moment"}} and cut his price target on Harbor to $52 from $58.

{{m:m9|Coastal CEO Victor Ramos}} {{c:c9|said}} in a statement that {{q:mixed:ramos:m9:c9|the deal would give customers "a truly national network"}} and that {{q:indirect:ramos:m9:c9|he would stay on as an adviser through the transition}}.

{{m:m10|The Teamsters union}}, which represents about 4,000 Coastal drivers, {{c:c10|said}} {{q:indirect:teamsters:m10:c10|it would seek meetings with both companies}}. "{{q:direct:moretti:m11:c11|We want guarantees in writing, not press releases,}}" the union's freight director, {{m:m11|Sal Moretti}}, {{c:c11|told}} Reuters.

The deal is subject to regulatory approval. A Justice Department spokesperson declined to comment.

{{m:m12|Harbor}} {{c:c12|said}} {{q:indirect:harbor:m12:c12|it expected the deal to add to adjusted earnings in the first full year after closing}}. Goldman Sachs is advising Harbor, and Coastal is working with Lazard.

(Reporting by Anjali Mehra in New York; Editing by Paul Whitaker)
""")
