# English articles of the fresh corpus.  Original, invented prose; every person is fictional.
from build_fresh import article

article(
    "fresh_en_01_tabloid_celebrity", "fresh/uk-tabloid-single-quotes", "en",
    {"brennan": "Kayla Brennan", "source": "a source close to the couple",
     "dsource": "a source close to Danny Royle", "spokes": "a spokesperson for Kayla Brennan",
     "hussain": "Mo Hussain", "pike": "Jordan Pike"},
    """
‘{{q:direct:brennan:h1:-|He’s my rock}}’: Soap star {{m:h1|Kayla Brennan}} finally opens up about toyboy romance

EXCLUSIVE

CORONATION Close star {{m:m1|Kayla Brennan}} has finally broken her silence on her whirlwind romance with personal trainer Jordan Pike — {{c:c1|insisting}}: ‘{{q:direct:brennan:m1:c1|I’ve never been happier.}}’

The 34-year-old actress, who plays barmaid Shelley Dawes in the hit soap, was spotted holding hands with the 26-year-old fitness influencer outside a swanky Manchester restaurant last week.

Speaking exclusively to the Daily Courier, {{m:m2|Kayla}} {{c:c2|said}}: ‘{{q:direct:brennan:m2:c2|People can say what they like about the age gap. Jordan is kind, he makes me laugh and he’s been my rock through a really tough year.}}’

{{m:m3|She}} {{c:c3|added}}: ‘{{q:direct:brennan:m3:c3|I spent a long time putting everyone else first. Now I’m doing what makes me happy, and I don’t owe anyone an apology for that.}}’

The star split from her husband of eight years, footballer-turned-pundit Danny Royle, last spring.

{{m:m4|A source close to the couple}} {{c:c4|told us}} {{q:mixed:source:m4:c4|the pair met at a gym in Salford in January and ‘hit it off straight away’}}.

‘{{q:direct:source:m5:c5|They were inseparable within weeks,}}’ {{m:m5|the insider}} {{c:c5|said}}. ‘{{q:direct:source:m5:c5|Kayla’s friends were worried it was a rebound thing at first, but they’ve all come round. He’s completely smitten.}}’

{{m:m6|The pal}} {{c:c6|revealed}} that {{q:indirect:source:m6:c6|Jordan had already been introduced to Kayla’s mum, Bernie, at a family barbecue in June}}.

‘{{q:direct:source:m7:c7|Bernie adores him,}}’ {{m:m7|the friend}} {{c:c7|said}}. ‘{{q:direct:source:m7:c7|She keeps joking that he’s the son she never had.}}’

But not everyone is thrilled. {{m:m8|A source close to Danny}} {{c:c8|claimed}} {{q:mixed:dsource:m8:c8|the former Rovers midfielder was ‘blindsided’ when pictures of the couple emerged online}}.

‘{{q:direct:dsource:m9:c9|Danny’s moved on too, but it still stings to see it splashed everywhere,}}’ {{m:m9|they}} {{c:c9|said}}.

{{m:m10|Jordan}}, who has 410,000 followers on Instagram, appeared to address the romance on Sunday, {{c:c10|posting}} a sunset snap with the caption ‘{{q:direct?:pike:m10:c10|Grateful for this one}}’ alongside a red heart emoji.

{{m:m11|A spokesperson for Kayla}} {{c:c11|said}}: ‘{{q:direct:spokes:m11:c11|Kayla is very happy and asks that people respect her privacy and Jordan’s at this time.}}’

Kayla’s co-star {{m:m12|Mo Hussain}}, who plays landlord Vic Shaw, {{c:c12|told}} fans at a charity event on Saturday that {{q:mixed:hussain:m12:c12|his screen colleague was ‘glowing’}}.

‘{{q:direct:hussain:m13:c13|Honestly, she’s a different person,}}’ {{m:m13|he}} {{c:c13|said}}. ‘{{q:direct:hussain:m13:c13|Whatever he’s doing, he should keep doing it. We’ve all noticed it on set.}}’

Kayla is due back on screens next month when her character faces an explosive showdown with her on-screen sister, played by newcomer Tilly Marsh.

Coronation Close airs weeknights at 7.30pm.
""")

article(
    "fresh_en_02_pti_metro", "fresh/in-english-pti-wire", "en",
    {"khurana": "Vikas Khurana", "official": "a senior DMRC official", "groups": "passenger groups",
     "sood": "Anjali Sood", "dmrc": "the DMRC", "bansal": "Rekha Bansal", "officials": "officials"},
    """
{{q:indirect:khurana:h1:h1|Delhi Metro to add 120 new coaches by March}}{{c:h1|:}} {{m:h1|DMRC chief}}

New Delhi, Nov 12 (PTI) {{q:indirect:khurana:m1:c1|The Delhi Metro Rail Corporation (DMRC) will induct 120 new coaches across four corridors by March next year to ease overcrowding during peak hours}}, {{m:m1|its managing director Vikas Khurana}} {{c:c1|said}} on Tuesday.

Speaking to reporters on the sidelines of an event here, {{m:m2|Khurana}} {{c:c2|said}} {{q:indirect:khurana:m2:c2|the coaches, being manufactured at a facility in Savli in Gujarat, would first be deployed on the Yellow and Blue lines, which together carry over 25 lakh passengers a day}}.

"{{q:direct:khurana:m3:c3|We have seen ridership cross pre-pandemic levels on most lines. The new coaches will allow us to convert more trains from six to eight cars, which will bring down waiting time on platforms,}}" {{m:m3|he}} {{c:c3|said}}.

{{m:m4|He}} {{c:c4|said}} {{q:indirect:khurana:m4:c4|the corporation had also sought approval from the Centre for a fresh loan of Rs 1,200 crore to part-fund the procurement}}.

{{m:m5|A senior DMRC official}}, who did not wish to be named, {{c:c5|told PTI}} that {{q:indirect:official:m5:c5|trial runs of the first batch of coaches were likely to begin in January}}.

"{{q:direct:official:m6:c6|There were some delays in the supply of bogies because of a shortage of certain imported components, but that issue has now been resolved,}}" {{m:m6|the official}} {{c:c6|said}} on condition of anonymity.

{{m:m7|Passenger groups}}, however, {{c:c7|said}} {{q:indirect:groups:m7:c7|the addition was overdue}}.

"{{q:direct:sood:m8:c8|Every evening at Rajiv Chowk, people are waiting for three or four trains before they can get in. Women passengers especially find it very difficult,}}" {{c:c8|said}} {{m:m8|Anjali Sood}}, convenor of the Delhi Commuters' Forum.

{{m:m9|She}} {{c:c9|alleged}} that {{q:mixed?:sood:m9:c9|the frequency on the Pink Line had "gone down, not up" after the last timetable revision}}, a claim the DMRC denied.

In a statement, {{m:m10|the DMRC}} {{c:c10|said}} {{q:indirect:dmrc:m10:c10|the average frequency on the Pink Line during peak hours remained at four minutes}} and that {{q:mixed:dmrc:m10:c10|"any perception of a reduction is not borne out by data"}}.

Union Minister of State for Housing and Urban Affairs {{m:m11|Rekha Bansal}}, who reviewed the metro's expansion plans last month, {{c:c11|had said}} {{q:mixed:bansal:m11:c11|the government was committed to "world-class urban transport" in the national capital}}.

{{c:c12|According to}} {{m:m12|officials}}, {{q:indirect:officials:m12:c12|the DMRC currently operates a fleet of 348 trains on a network spanning nearly 393 km, with 288 stations}}.

{{m:m13|Khurana}} {{c:c13|added}} that {{q:mixed:khurana:m13:c13|work on three new Phase IV corridors was progressing "as per schedule"}} and that {{q:indirect:khurana:m13:c13|the Majlis Park-Maujpur stretch would open to passengers by the end of the year}}.

"{{q:direct:khurana:m14:c14|Safety clearance from the Commissioner of Metro Rail Safety is the last step. Once we get that, we will open the section without any delay,}}" {{m:m14|he}} {{c:c14|told PTI}}.

{{m:m15|The DMRC MD}} also {{c:c15|said}} {{q:indirect:khurana:m15:c15|the corporation was exploring the use of solar panels on the roofs of depots to cut its power bill by around 15 per cent}}.

On the issue of last-mile connectivity, {{m:m16|he}} {{c:c16|said}} {{q:indirect:khurana:m16:c16|the DMRC's feeder e-bus fleet would be expanded from 100 to 250 buses in the next financial year}}. PTI VKS RHL
""")

article(
    "fresh_en_03_magazine_profile", "fresh/magazine-profile-they-pronouns", "en",
    {"marchetti": "Sasha Marchetti", "lucia": "Lucia Marchetti", "donnelly": "Priya Donnelly",
     "whitcombe": "Tomás Whitcombe"},
    """
The quiet revolution at Table Nine

In a converted tram depot in Leeds, Sasha Marchetti is arguing with a cabbage.

"{{q:direct:marchetti:m1:c1|It's too wet,}}" {{m:m1|they}} {{c:c1|say}}, turning the pale head over in both hands as if checking it for bruises. "{{q:direct:marchetti:m1:c1|If I roast it like this it'll steam. It'll taste of nothing. So, tomorrow.}}" They set it down on the steel counter with the air of someone postponing a difficult conversation.

Marchetti, 36, opened Table Nine three years ago with almost no money and a single induction hob. This spring it became the first restaurant in West Yorkshire to win the Harrow Guide's top award, an achievement {{m:m2|Marchetti}} still {{c:c2|describes}}, a little warily, as "{{q:direct?:marchetti:m2:c2|a lovely accident.}}"

"{{q:direct:marchetti:m3:c3|Nobody planned this. I certainly didn't,}}" {{m:m3|they}} {{c:c3|say}}. "{{q:direct:marchetti:m3:c3|I just wanted somewhere to cook the food I grew up eating, and for it to be cheap enough that my mum's friends could come.}}"

Their mother, Lucia, ran a café in Bradford for two decades. Marchetti, who came out as nonbinary in their late twenties, worked there from the age of 12, peeling potatoes before school.

"{{q:direct:lucia:m4:c4|Sasha was always in the kitchen, always, even when I told them to go and do homework,}}" {{m:m4|Lucia Marchetti}} {{c:c4|says}}, laughing. She still comes in on Thursdays to make the focaccia. "{{q:direct:lucia:m4:c4|{{m:m4e|I}} {{c:c4e|said}} to them, '{{q:direct?:lucia:m4e:c4e|You'll never make money cooking.}}' So now I eat my words. With butter.}}"

The business side falls to Priya Donnelly, a former accountant who met Marchetti at a supper club in 2019 and, {{c:c5|in {{m:m5|her}} own words}}, "{{q:direct?:donnelly:m5:c5|lent them the deposit and then couldn't get rid of them.}}"

She is blunt about how close they came to failing. "{{q:direct:donnelly:m6:c6|In the first winter we had eleven covers on a Saturday night. Eleven. I went home and did the sums and cried in the car,}}" {{m:m6|she}} {{c:c6|says}}. "{{q:direct:donnelly:m6:c6|Sasha didn't cry. They just changed the menu again.}}"

{{m:m7|Donnelly}} {{c:c7|believes}} {{q:indirect?:donnelly:m7:c7|the award has changed less than people think}}. {{m:m8|She}} {{c:c8|says}} {{q:indirect:donnelly:m8:c8|the restaurant's margins are still thin}}, and that {{q:indirect:donnelly:m8:c8|they have no plans to raise prices}}.

"{{q:direct:donnelly:m8:c8|We're not a fine-dining place that happens to be cheap. We're a cheap place that happens to be quite good. If we forget that, we're finished.}}"

Marchetti's mentor, Tomás Whitcombe, who ran the kitchen at the Arden Hotel in Harrogate for 30 years, took Marchetti on as a commis chef in 2012. {{m:m9|He}} {{c:c9|remembers}} a cook who was "{{q:direct?:whitcombe:m9:c9|maddeningly slow and completely unteachable, in the best way.}}"

"{{q:direct:whitcombe:m10:c10|They would not do anything the way I showed them. They'd go away and do it their own way, and it would be better, and I'd be furious,}}" {{m:m10|he}} {{c:c10|says}}. He pauses. "{{q:direct:whitcombe:m10:c10|I've never told them that, by the way. Don't print it.}}"

Whitcombe, now 71 and retired to the Dales, eats at Table Nine once a month. He insists on paying.

{{m:m11|Marchetti}}, for their part, {{c:c11|says}} {{q:mixed:marchetti:m11:c11|they owe him "basically everything, except the bad habits"}}.

Back in the kitchen, the cabbage has been moved to a crate marked TOMORROW. Marchetti is already thinking about the next thing: a second, smaller site in Hull, which {{m:m12|Donnelly}} {{c:c12|says}} is "{{q:direct:donnelly:m12:c12|not happening this year, whatever Sasha tells you.}}"

"{{q:direct:marchetti:m13:c13|Hull deserves a Table Nine,}}" {{m:m13|Marchetti}} {{c:c13|says}}, unbothered. "{{q:direct:marchetti:m13:c13|Priya will come round. She always does.}}"
""")

article(
    "fresh_en_04_liveblog_storm", "fresh/uk-liveblog-timestamps", "en",
    {"grid": "SP Grid North", "howells": "Nia Howells", "gridspokes": "an SP Grid North spokesperson",
     "gwen": "Gwen", "tfw": "Transport for Wales", "pritchard": "Dylan Pritchard",
     "beddoe": "Alun Beddoe", "police": "North Wales Police", "metoffice": "the Met Office"},
    """
Storm Iona live: Flooding hits north Wales as rail lines close

Key points

Amber warning for heavy rain in force until 18:00
{{q:indirect:grid:h1:h1|More than 2,000 homes without power}}, {{c:h1|says}} {{m:h1|energy network}}
Rail services between Chester and Holyhead suspended for the rest of the day

16:52 BST
That's where we will leave our live coverage for today. Thank you for following along, and for all the photos and messages you have sent in. Stay safe.

16:38 BST
Nia Howells, the Welsh government's cabinet secretary for climate change, has been speaking to reporters in Llanrwst.

"{{q:direct:howells:m2:c2|The people here have been through this three times in five years. We owe them more than sympathy; we owe them flood defences that actually get built,}}" {{m:m2|she}} {{c:c2|said}}.

{{m:m3|She}} {{c:c3|added}} that {{q:indirect:howells:m3:c3|a review of the stalled Conwy valley scheme would report before Christmas}}.

16:14 BST
{{m:m4|SP Grid North}} {{c:c4|says}} {{q:indirect:grid:m4:c4|engineers have restored power to about 1,400 of the 2,100 homes that lost supply this morning}}.

"{{q:direct:gridspokes:m5:c5|Our teams are working in very difficult conditions, with some roads impassable, but we expect the majority of customers to be reconnected by tonight,}}" {{m:m5|a spokesperson}} {{c:c5|said}}.

15:48 BST
A reader, {{m:m6|Gwen}}, from Betws-y-Coed, has {{c:c6|sent us this}}:

"{{q:direct:gwen:m6:c6|The river is over the footbridge and the car park by the station is under about a foot of water. Everyone's moved their cars up the hill. It's eerily quiet.}}"

15:20 BST
{{m:m7|Transport for Wales}} has {{c:c7|confirmed}} that {{q:indirect:tfw:m7:c7|no trains will run between Chester and Holyhead for the rest of the day}}.

In a post on X, {{m:m8|the operator}} {{c:c8|wrote}}: "{{q:direct:tfw:m8:c8|Please do not attempt to travel. Replacement buses are running between Llandudno Junction and Bangor only, and journeys will take considerably longer.}}"

14:57 BST
Our Wales correspondent Jess Moran is in Llanrwst, where the water has been rising since the early hours.

Shopkeepers on the main street have spent the morning piling sandbags against their doors. {{m:m9|One café owner, Dylan Pritchard}}, {{c:c9|told me}}: "{{q:direct:pritchard:m9:c9|We only reopened in March after the last one. I honestly don't know if we can do it again.}}"

14:31 BST
{{m:m10|The Met Office's chief meteorologist, Dr Alun Beddoe}}, {{c:c10|said}} {{q:indirect:beddoe:m10:c10|the storm's slow movement was the main problem}}.

"{{q:direct:beddoe:m11:c11|It's not the intensity so much as the duration. The same areas are getting rain hour after hour, on ground that is already saturated from last week,}}" {{m:m11|he}} {{c:c11|said}}.

13:50 BST
{{m:m12|North Wales Police}} {{c:c12|say}} {{q:indirect:police:m12:c12|they have closed the A470 at Dolgarrog because of flooding and are urging drivers to avoid the area}}.

13:05 BST
Good afternoon and welcome to our live coverage of Storm Iona, the ninth named storm of the season. {{m:m13|The Met Office}} {{c:c13|says}} {{q:indirect:metoffice:m13:c13|up to 120mm of rain could fall on high ground in Snowdonia before the warning expires this evening}}.
""")

article(
    "fresh_en_05_press_release", "fresh/corporate-press-release", "en",
    {"solberg": "Ingrid Solberg-Haugen", "macrae": "Alistair MacRae", "kerr": "Fiona Kerr-Whitlaw",
     "duthie": "Ewan Duthie"},
    """
Halvorsen Maritime and Brightwater Energy Sign Agreement to Develop Offshore Green Hydrogen Hub at Peterhead

Partnership to supply zero-emission fuel to North Sea vessels from 2029

OSLO, Norway and ABERDEEN, Scotland, May 14, 2026 /Newswire/ -- Halvorsen Maritime ASA (OSE: HALV), a leading provider of offshore vessels and marine services, and Brightwater Energy plc (LSE: BWE) today announced a strategic partnership to develop a green hydrogen production and bunkering hub at the Port of Peterhead.

Under the agreement, Brightwater will build and operate a 200-megawatt electrolysis plant powered by offshore wind, while Halvorsen will convert up to twelve of its platform supply vessels to run on hydrogen-derived fuels and act as the hub's anchor customer.

"{{q:direct:solberg:m1:c1|This agreement marks a decisive step in our transition from a traditional offshore services company to a partner in the energy transition,}}" {{c:c1|said}} {{m:m1|Ingrid Solberg-Haugen}}, President and Chief Executive Officer of Halvorsen Maritime. "{{q:direct:solberg:m1:c1|By combining our fleet and marine expertise with Brightwater's production capabilities, we can offer shipowners a credible zero-emission fuel option in the North Sea within this decade.}}"

{{m:m2|Alistair MacRae}}, Chief Executive Officer of Brightwater Energy, {{c:c2|commented}}: "{{q:direct:macrae:m2:c2|Peterhead has the deep-water berths, the grid connection and above all the skilled workforce to make this hub a success. We are delighted to be working with Halvorsen, whose operational track record in harsh environments is second to none.}}"

"{{q:direct:kerr:m3:c3|Green hydrogen will only scale if the demand side moves at the same pace as production,}}" {{c:c3|added}} {{m:m3|Dr. Fiona Kerr-Whitlaw}}, Executive Vice President, Strategy and Business Development, and Chief Sustainability Officer at Brightwater Energy. "{{q:direct:kerr:m3:c3|Anchoring supply to a captive fleet of vessels gives us exactly that certainty, and it gives our investors a clear line of sight to revenue.}}"

The Port of Peterhead welcomed the partnership. "{{q:direct:duthie:m4:c4|We are proud that Peterhead has been chosen for a project of this scale. It builds on more than a century of maritime heritage and will create skilled jobs for the next generation in the north-east,}}" {{c:c4|said}} {{m:m4|Captain Ewan Duthie}}, Chief Executive and Harbour Master, Peterhead Port Authority.

The companies expect to take a final investment decision in 2027, subject to regulatory approvals and the award of support under the government's Hydrogen Allocation Round. First fuel deliveries are targeted for 2029. Financial terms of the agreement were not disclosed.

About Halvorsen Maritime

Halvorsen Maritime ASA is an Oslo-based owner and operator of offshore support vessels, with a fleet of 46 vessels serving the energy industry in the North Sea, West Africa and Brazil. The company employs approximately 2,300 people. For more information, visit the company's website.

About Brightwater Energy

Brightwater Energy plc develops, builds and operates renewable hydrogen projects in the United Kingdom and Ireland. Headquartered in Aberdeen, the company has a development pipeline of more than 1.5 gigawatts.

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding the expected timing of the final investment decision and first fuel deliveries. These statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ materially. Neither company undertakes any obligation to update these statements.

Media contacts:
Halvorsen Maritime: Kari Nygaard, Head of Communications, +47 22 00 00 00
Brightwater Energy: Euan Leslie, Media Relations, +44 1224 000 000
""")

article(
    "fresh_en_06_science_bees", "fresh/science-news-study", "en",
    {"study": "the study", "quintero": "Marisol Quintero", "authors": "the researchers",
     "aalto": "Henrik Aalto", "okonjo": "Chiamaka Okonjo", "beekeepers": "the Andalusian Beekeepers' Association"},
    """
{{q:indirect?:study:h1:h1|Honeybees sense approaching hornets through vibrations in the hive}}, {{m:h1|study}} {{c:h1|finds}}

{{q:indirect?:study:m0:c0|Honeybees can detect the wingbeats of predatory hornets through the wax of their combs and begin defending the hive before the attacker reaches the entrance}}, {{c:c0|according to}} {{m:m0|a study}} published on Wednesday in the journal Animal Behaviour Letters.

{{m:m0b|The research}}, carried out on 40 colonies in southern Spain, {{c:c0b|suggests}} that {{q:indirect?:study:m0b:c0b|bees rely on vibrations as much as on sight or smell to recognise the Asian hornet, an invasive species that has devastated apiaries across Europe since it arrived in France two decades ago}}.

{{m:m1|The study's lead author, Dr Marisol Quintero}}, a behavioural ecologist at the University of Granada, {{c:c1|said}} {{q:indirect:quintero:m1:c1|the team had not expected the effect to be so strong}}.

"{{q:direct:quintero:m2:c2|We played recordings of hornet wingbeats through a small shaker attached to the frame, with no hornet anywhere near the hive, and the guard bees reacted within seconds. Some colonies started 'balling' behaviour at the entrance as if a real hornet were there,}}" {{m:m2|she}} {{c:c2|said}} in an interview.

Balling is a defensive tactic in which dozens of worker bees surround an intruder and vibrate their flight muscles, raising the temperature inside the cluster until the predator dies.

{{q:indirect?:study:m3:c3|The colonies responded to hornet recordings roughly three times as often as to recordings of harmless flies of a similar size}}, {{c:c3|according to}} {{m:m3|the study}}. "{{q:direct:authors:m4:c4|Our results indicate that substrate-borne vibration is an underappreciated channel of predator recognition in social insects,}}" {{m:m4|the researchers}} {{c:c4|write}} in the paper.

{{m:m5|Quintero}} {{c:c5|cautioned}} that {{q:indirect:quintero:m5:c5|the experiments had been carried out on a single subspecies of honeybee}}, and that {{q:indirect:quintero:m5:c5|colonies in northern Europe might behave differently}}. {{m:m6|She}} {{c:c6|said}} {{q:indirect:quintero:m6:c6|her group planned to repeat the work in Brittany next summer}}.

{{m:m7|Prof Henrik Aalto}}, an entomologist at the University of Turku who was not involved in the research, {{c:c7|called}} the study "{{q:direct?:aalto:m7:c7|elegant and surprisingly simple.}}"

"{{q:direct:aalto:m8:c8|People have looked at what bees see and smell for a hundred years. Vibration has always been the poor relation, partly because it's hard to measure,}}" {{m:m8|he}} {{c:c8|said}}. "{{q:direct:aalto:m8:c8|If this holds up, it opens the door to early-warning devices that listen for hornets at the hive.}}"

But {{m:m9|he}} {{c:c9|warned}} {{q:indirect?:aalto:m9:c9|against reading too much into a single season of data}}.

{{m:m10|Dr Chiamaka Okonjo}}, who studies pollinator health at the University of Reading, {{c:c10|said}} {{q:mixed:okonjo:m10:c10|the findings were "good news with a catch"}}. "{{q:direct:okonjo:m11:c11|A colony that spends all day defending itself isn't foraging. The question is what this costs the bees over a whole summer,}}" {{m:m11|she}} {{c:c11|said}}.

{{m:m12|The Andalusian Beekeepers' Association}}, which lent several of its members' hives to the project, {{c:c12|said}} in a statement that {{q:indirect:beekeepers:m12:c12|it welcomed any research that could help its members, who lost an estimated 15 per cent of their colonies to hornets last year}}.
""")

article(
    "fresh_en_07_transfer_saga", "fresh/uk-sport-transfer", "en",
    {"dembele": "Yannick Dembélé", "hartley": "Gareth Hartley", "agent": "Luca Ferrante", "kettering": "Rob Kettering",
     "club": "Ashford Town", "source": "a source at Ashford Town", "vance": "Owen Vance",
     "sporting": "Sporting Lisbonense"},
    """
{{m:h1|Hartley}} {{c:h1|insists}} {{q:mixed:hartley:h1:h1|Dembélé is ‘going nowhere’}} as Lisbon bid rejected

Ashford Town manager {{m:m1|Gareth Hartley}} {{c:c1|insists}} {{q:mixed:hartley:m1:c1|star striker Yannick Dembélé is “going nowhere” this summer}} after the club rejected a £38million bid from Portuguese giants Sporting Lisbonense.

The 23-year-old, who scored 21 Premier League goals last season, has been the subject of intense speculation since his agent was pictured in Lisbon last week.

But {{m:m2|Hartley}}, speaking at the club’s training ground on Friday, {{c:c2|was adamant}}: “{{q:direct:hartley:m2:c2|Yannick is our player, he has four years left on his contract and we have no intention of selling him. I’ve spoken to the chairman and he’s told me the same thing. End of story.}}”

{{m:m3|He}} {{c:c3|admitted}}, though, that {{q:mixed:hartley:m3:c3|the striker had been “unsettled” by the interest}}. “{{q:direct:hartley:m4:c4|He’s a young lad and his phone doesn’t stop ringing. That’s normal. My job is to keep his head on football,}}” {{m:m4|the 52-year-old}} {{c:c4|said}}.

{{m:m5|Ashford}} {{c:c5|confirmed}} in a brief statement on Thursday night that {{q:indirect:club:m5:c5|an offer had been received and rejected}}. {{q:indirect:club:m6:c6|The club will not be commenting further on speculation regarding any of our players}}, {{m:m6|the statement}} {{c:c6|added}}.

However, {{m:m7|Dembélé’s agent, Luca Ferrante}}, {{c:c7|revealed}} that {{q:indirect:agent:m7:c7|talks over a new contract had stalled in the spring}}. “{{q:direct:agent:m8:c8|Yannick is happy in England, but he wants to play in the Champions League and he wants to be paid like one of the best young strikers in Europe. At the moment neither of those things is happening at Ashford,}}” {{m:m8|Ferrante}} {{c:c8|told}} Portuguese sports daily Record.

{{m:m9|He}} {{c:c9|added}}: “{{q:direct:agent:m9:c9|We respect the club. But there is a limit to how long you can wait.}}”

{{m:m10|A source at Ashford}} {{c:c10|said}} {{q:mixed:source:m10:c10|the club were “baffled” by the agent’s comments}} and that {{q:mixed:source:m10:c10|a “very generous” contract offer had been on the table since April}}.

Sporting are understood to be preparing an improved bid of around £45million. {{m:m11|Their sporting director, Owen Vance}}, {{c:c11|said}} on Saturday: “{{q:direct:vance:m11:c11|We like the player very much, everyone knows that. We have made an offer that we think is fair. Now we will see.}}”

Dembélé himself has stayed silent, although he liked an Instagram post from a Sporting fan account on Friday evening before quickly removing it.

Former Ashford captain {{m:m12b|Rob Kettering}}, now a pundit, {{c:c12b|believes}} {{q:indirect?:kettering:m12b:c12b|the club will eventually cash in}}. “{{q:direct:kettering:m12:c12|Every player has a price, and if it gets to fifty, the board will take it. They always do,}}” {{m:m12|he}} {{c:c12|told}} talkSPORT.

Hartley’s side begin their pre-season tour in the United States on Wednesday, with Dembélé expected to travel.
""")

article(
    "fresh_en_08_council_meeting", "fresh/uk-local-council-meeting", "en",
    {"okafor": "Bisi Okafor", "greaves": "Martin Greaves", "lindley": "Hannah Lindley",
     "shah": "Imran Shah", "report": "council officers", "protesters": "Save Hollin Fields",
     "patel": "Deepa Patel", "harland": "Harland Homes"},
    """
Councillors approve 400-home plan for Hollin Fields despite protests

Controversial plans for 400 homes on farmland at Hollin Fields were approved by Calderbrook Borough Council on Wednesday night after a heated three-hour meeting.

The planning committee voted seven to four in favour of the scheme, which includes a new primary school, a GP surgery and 120 affordable homes, despite more than 2,300 objections from residents.

About 150 protesters gathered outside the town hall before the meeting, many carrying placards reading ‘Fields not flats’.

Opening the debate, the chair of the planning committee, {{m:m1|Cllr Bisi Okafor}} (Lab, Northgate), {{c:c1|said}} {{q:indirect:okafor:m1:c1|councillors could only refuse the application on sound planning grounds}}, and that {{q:indirect:okafor:m1:c1|the borough was already short of its housing target}}.

‘{{q:direct:okafor:m2:c2|I understand the strength of feeling in this room, I really do. But if we turn this down without a proper reason, the developer will win on appeal and we will have no say at all over what gets built,}}’ {{m:m2|she}} {{c:c2|told}} the meeting.

{{m:m3|Cllr Martin Greaves}} (Con, Hollin and Scarth), whose ward includes the site, {{c:c3|said}} {{q:mixed:greaves:m3:c3|the roads around the village were ‘already at breaking point’}}.

‘{{q:direct:greaves:m4:c4|At eight o’clock in the morning you cannot get out of Scarth Lane. Four hundred homes means eight hundred more cars, and nobody in this building has explained where they are going to go,}}’ {{m:m4|he}} {{c:c4|said}}, to applause from the public gallery.

{{m:m5|Cllr Hannah Lindley}} (Green, Millbrook) {{c:c5|said}} {{q:indirect:lindley:m5:c5|the loss of 38 acres of farmland could not be justified at a time when the council had declared a climate emergency}}. {{m:m6|She}} {{c:c6|asked}} {{q:indirect?:lindley:m6:c6|why the developer had not been required to build to zero-carbon standards}}.

Responding, the council’s cabinet member for housing, {{m:m7|Cllr Imran Shah}} (Lab, Eastfield), {{c:c7|said}} {{q:indirect:shah:m7:c7|the scheme would provide homes for young families who had been priced out of the borough}}.

‘{{q:direct:shah:m8:c8|There are 3,100 households on our waiting list. Some of them have been on it for nine years. I’m not prepared to tell them to keep waiting,}}’ {{m:m8|Cllr Shah}} {{c:c8|said}}.

In their report to the committee, {{m:m9|council officers}} {{c:c9|said}} {{q:indirect:report:m9:c9|the highways authority had raised no objection, subject to a new roundabout on the A646 being paid for by the developer}}.

{{m:m10|Deepa Patel}}, who lives on Scarth Lane and spoke on behalf of the Save Hollin Fields campaign, {{c:c10|said}} {{q:indirect:patel:m10:c10|residents felt they had not been listened to}}.

‘{{q:direct:patel:m12:c12|We’ve written letters, we’ve filled this chamber, we’ve done everything we were told to do. And it’s made no difference whatsoever,}}’ {{m:m12|she}} {{c:c12|said}} afterwards.

{{m:m13|The group}} {{c:c13|said}} {{q:indirect:protesters:m13:c13|it was considering a legal challenge}}.

{{m:m14|The developer, Harland Homes}}, {{c:c14|said}} in a statement that {{q:mixed:harland:m14:c14|it was ‘delighted’ with the decision and hoped to start work on site next spring}}.
""")

article(
    "fresh_en_09_obituary_tribute", "fresh/us-obituary-tribute", "en",
    {"family": "Eleanor Vasquez-Roy's family", "daughter": "Maya Roy", "son": "Daniel Roy",
     "hollis": "James Hollis", "grant": "Theresa Grant", "vasquez": "Eleanor Vasquez-Roy"},
    """
Eleanor Vasquez-Roy, beloved Millbrook librarian and storyteller, dies at 88

MILLBROOK, Vt. — Eleanor Vasquez-Roy, who ran the Millbrook Free Library for 34 years and read aloud to three generations of the town's children, died Sunday at her home. She was 88.

{{q:indirect:family:m1:c1|She died peacefully in her sleep after a short illness}}, {{m:m1|her family}} {{c:c1|said}} in a statement on Monday.

"{{q:direct:family:m2:c2|Mom always said the library belonged to everybody who walked through the door, and she meant it. We are heartbroken, but we are also so grateful for the love this town gave her,}}" {{m:m2|the family}} {{c:c2|said}}.

Born in San Juan, Puerto Rico, in 1937, Eleanor Vasquez moved to Vermont at 19 to study at the state university, where she met her husband, the late Arthur Roy, a dairy farmer. She became head librarian in Millbrook in 1968, when the library occupied two rooms above the fire station.

Under her leadership it moved into the old Baptist church on Main Street, started one of the first bilingual story hours in the state and, in 1991, began lending seeds alongside books.

Her daughter, {{m:m3|Maya Roy}}, 61, {{c:c3|recalled}} {{q:indirect:daughter:m3:c3|coming home from school to find her mother rehearsing picture books in front of the bathroom mirror}}.

"{{q:direct:daughter:m4:c4|She did all the voices. The wolf, the grandmother, the woodcutter. She'd practice them for days, because she said children can always tell when you're not trying,}}" {{m:m4|she}} {{c:c4|said}}. "{{q:direct:daughter:m4:c4|She was right about that. She was right about most things, honestly, which was annoying.}}"

{{m:m5|Her son, Daniel Roy}}, 58, {{c:c5|said}} {{q:indirect:son:m5:c5|his mother had kept working as a volunteer until last spring, shelving returns two mornings a week}}.

"{{q:direct:son:m6:c6|We tried to get her to slow down. She told us slowing down was for people who'd run out of books,}}" {{c:c6|said}} {{m:m6|Roy}}, who lives in Burlington.

{{m:m7|James Hollis}}, who succeeded her as head librarian in 2002, {{c:c7|said}} {{q:mixed:hollis:m7:c7|she had a gift for making every child feel "like the most important reader in Vermont"}}.

"{{q:direct:hollis:m8:c8|I've met a lot of librarians. I've never met one who knew every kid's name and what they were reading and what they should read next,}}" {{m:m8|Hollis}} {{c:c8|said}}.

Among those paying tribute on the library's social media page was {{m:m9|Theresa Grant}}, now a schoolteacher in Albany, New York, who {{c:c9|wrote}} that {{q:mixed:grant:m9:c9|Mrs. Vasquez-Roy had taught her to read when she was seven and "a very angry little girl"}}.

"{{q:direct:grant:m10:c10|She never once made me feel stupid. I think about her every time I open a book with my own students,}}" {{m:m10|Grant}} {{c:c10|wrote}}.

Vasquez-Roy was predeceased by her husband in 2009. In addition to her daughter and son, she is survived by five grandchildren and two great-grandchildren.

A celebration of her life will be held at the library on Saturday at 2 p.m. In lieu of flowers, {{m:m11|the family}} {{c:c11|asked}} {{q:indirect?:family:m11:c11|that donations be made to the library's children's book fund}}.

{{q:indirect:hollis:m12:c12|The library will be closed on Saturday morning so that staff can attend}}, {{m:m12|Hollis}} {{c:c12|said}}. "{{q:direct:hollis:m13:c13|It's what she would have wanted. Well, actually, she'd have wanted us to stay open. But we're going anyway,}}" {{m:m13|he}} {{c:c13|added}}.
""")

# ---- second batch: written after the first fixes, to check that they carry to unseen text

article(
    "fresh_en_10_au_court", "fresh/au-court-report", "en",
    {"rourke": "Margaret Rourke", "pham": "Daniel Pham", "whitby": "Kylie Whitby", "lyons": "Brendan Lyons",
     "court": "the court", "sister": "Leanne Tran"},
    """
Sydney man jailed for eight years over fatal one-punch attack in Parramatta

A Sydney man who killed a father of three with a single punch outside a Parramatta kebab shop has been jailed for at least eight years.

Daniel Pham, 27, pleaded guilty to manslaughter over the death of 44-year-old Tony Karam in the early hours of January 14 last year.

{{m:m0|The NSW Supreme Court}} {{c:c0|heard}} {{q:indirect?:court:m0:c0|Pham had been drinking for more than seven hours when he approached Mr Karam, who was waiting for a taxi, and struck him once in the head without warning}}.

Sentencing him on Friday, {{m:m1|Justice Margaret Rourke}} {{c:c1|said}} {{q:mixed:rourke:m1:c1|the attack was "cowardly and entirely unprovoked"}}.

"{{q:direct:rourke:m2:c2|Mr Karam posed no threat to anyone. He was simply trying to get home to his family,}}" {{m:m2|Justice Rourke}} {{c:c2|said}}.

{{m:m3|Her Honour}} {{c:c3|said}} {{q:indirect:rourke:m3:c3|she accepted Pham was genuinely remorseful and had been drinking heavily since the death of his father}}, but {{c:c4|found}} that {{q:mixed?:rourke:m3:c4|his prospects of rehabilitation were only "fair"}}.

Crown prosecutor {{m:m5|Kylie Whitby}} had {{c:c5|told}} the court that {{q:indirect:whitby:m5:c5|CCTV footage showed Pham laughing with friends moments after the punch}}.

In a statement read to the court, {{m:m6|Mr Karam's sister, Leanne Tran}}, {{c:c6|said}} {{q:mixed:sister:m6:c6|the family had been "broken into pieces"}}.

"{{q:direct:sister:m7:c7|Every night his kids ask when Dad is coming home. What do you say to a six-year-old?}}" {{m:m7|she}} {{c:c7|said}}.

Pham's barrister, {{m:m8|Brendan Lyons}}, {{c:c8|told}} the court {{q:indirect:lyons:m8:c8|his client had no memory of the punch and had stopped drinking completely since his arrest}}.

"{{q:direct:lyons:m9:c9|He will carry this for the rest of his life, and he knows that is nothing compared with what the Karam family carries,}}" {{m:m9|Mr Lyons}} {{c:c9|said}}.

Pham was sentenced to a maximum of 11 years, with a non-parole period of eight years. With time already served, he will be eligible for parole in 2033.

Outside court, {{m:m11|Ms Tran}} {{c:c11|said}} {{q:indirect:sister:m11:c11|the sentence would never be enough}}. "{{q:direct:sister:m10:c10|Eight years. Tony got nothing. His kids got nothing,}}" {{m:m10|she}} {{c:c10|told}} reporters.
""")

article(
    "fresh_en_11_us_local_tv", "fresh/us-local-tv-police", "en",
    {"ortiz": "Ramon Ortiz", "police": "Dayton police", "neighbor": "Tasha Greene",
     "mayor": "Lisa Kemper", "fire": "the Dayton Fire Department", "records": "police records", "pastor": "Deon Whitfield"},
    """
{{m:h1|Police}}{{c:h1|:}} {{q:indirect:police:h1:h1|2 teens hurt in drive-by shooting near Dayton park}}

DAYTON, Ohio (WDTN) — {{q:indirect:police:m1:c1|Two teenagers were hospitalized Saturday night after someone opened fire from a passing car near Westwood Park}}, {{m:m1|Dayton police}} {{c:c1|said}}.

{{q:indirect:police:m2:c2|The victims, a 15-year-old boy and a 16-year-old girl, were taken to Miami Valley Hospital with injuries that are not considered life-threatening}}, {{c:c2|according to}} {{m:m2|police}}.

{{m:m3|Lt. Ramon Ortiz}} {{c:c3|told}} 2 NEWS that {{q:indirect:ortiz:m3:c3|officers found more than a dozen shell casings on Hoover Avenue}}.

"{{q:direct:ortiz:m4:c4|This was a park full of kids on a Saturday night. Whoever did this didn't care who they hit,}}" {{m:m4|Ortiz}} {{c:c4|said}}. "{{q:direct:ortiz:m4:c4|We need anyone who saw that car to call us.}}"

{{m:m5|Police}} {{c:c5|say}} {{q:indirect:police:m5:c5|the suspect vehicle was a dark-colored sedan, possibly a Nissan Altima, that was last seen heading east}}. No arrests have been made.

{{m:m6|Tasha Greene}}, who lives across the street from the park, {{c:c6|said}} {{q:indirect:neighbor:m6:c6|she heard at least ten shots and saw kids running toward the basketball courts}}.

"{{q:direct:neighbor:m7:c7|I got down on the floor with my grandbaby. You shouldn't have to do that in your own living room,}}" {{m:m7|Greene}} {{c:c7|said}}.

{{m:m8|Mayor Lisa Kemper}} {{c:c8|called}} {{q:mixed?:mayor:m8:c8|the shooting "unacceptable}}" in a post on social media Sunday morning and {{c:c9|said}} {{q:indirect:mayor:m8:c9|the city would add patrols around Westwood Park for the rest of the summer}}.

{{q:indirect?:records:m10:c10|It is the third shooting near the park since May}}, {{c:c10|per}} {{m:m10|police records}}.

{{m:m11|The Dayton Fire Department}} {{c:c11|said}} {{q:indirect:fire:m11:c11|medics reached the scene within four minutes and treated both teens on the sidewalk before taking them to hospital}}.

Pastor Deon Whitfield, whose church sits at the edge of the park, organized a prayer vigil on Sunday afternoon. "{{q:direct:pastor:m12:c12|These are our children. We are not going to give this park up to people with guns,}}" {{m:m12|he}} {{c:c12|told}} the crowd of about 60 people.

Anyone with information is asked to call Dayton police at 937-333-COPS.
""")

article(
    "fresh_en_12_wire_deal_sources", "fresh/us-business-wire-sources", "en",
    {"people": "people familiar with the matter", "haldane": "Haldane Foods", "vos": "Pieter Vos",
     "analyst": "Rachel Amundsen", "person": ["one of the people", "people familiar with the matter"], "corvid": "Corvid Partners"},
    """
{{q:indirect:people:h1:h1|Haldane Foods explores sale of frozen-meals unit}}, {{m:h1|sources}} {{c:h1|say}}

{{q:indirect:people:m1:c1|Haldane Foods Inc. is exploring a sale of its frozen-meals business, which could be valued at about $3 billion including debt}}, {{c:c1|according to}} {{m:m1|people familiar with the matter}}.

{{q:indirect:people:m2:c2|The Chicago-based company is working with advisers to gauge interest from private equity firms and rival food makers}}, {{m:m2|the people}} {{c:c2|said}}, asking not to be identified because the deliberations are private. {{q:indirect:people:m3:c3|No final decision has been made, and Haldane could opt to keep the unit}}, {{m:m3|they}} {{c:c3|said}}.

A representative for Haldane declined to comment.

The frozen-meals division, which includes the Nightingale and Easy Supper brands, generated about $1.1 billion in sales last year but has struggled as shoppers trade down to cheaper store brands. Chief Executive Officer Pieter Vos has been under pressure from investors to simplify the company's portfolio.

"{{q:direct:vos:m4:c4|We are going to be disciplined about where we allocate capital, and nothing is off the table,}}" {{m:m4|Vos}} {{c:c4|told}} analysts on a conference call in February.

{{q:indirect:person:m5:c5|Bids are due in the coming weeks}}, {{c:c5|said}} {{m:m5|one of the people}}.

{{m:m6|Rachel Amundsen}}, an analyst at Brookfield Lane Securities, {{c:c6|said}} in a note on Tuesday that {{q:mixed:analyst:m6:c6|a sale would be "a clear positive" for the shares, though buyers may balk at the unit's falling margins}}.

Haldane shares rose as much as 6.2% in New York trading after the news, the biggest intraday gain since November.

The company has been reshaping itself since activist investor Corvid Partners took a 4% stake last year. {{m:m7|Corvid}} {{c:c7|said}} in a letter to the board in September that {{q:mixed:corvid:m7:c7|the frozen business was "a distraction that the market is not rewarding"}}. {{q:indirect:corvid:m8:c8|Haldane should instead focus on its snacks and sauces brands}}, {{m:m8|the letter}} {{c:c8|said}}.

Private equity firms have been active buyers of packaged-food assets this year, as large manufacturers shed slower-growing brands to fund acquisitions in faster-growing categories.
""")

# ---- third batch: written after the second round of fixes, again to check that they carry

article(
    "fresh_en_13_music_feature", "fresh/music-magazine-feature", "en",
    {"vance": "Juno Vance", "okeke": "Tobi Okeke", "manager": "Carla Mendes", "label": "Harrowgate Records"},
    """
Juno Vance doesn't want to be your comfort listen anymore

Juno Vance is late, and she is sorry about it. "{{q:direct:vance:m1:c1|The bus driver took a wrong turn and I didn't have the heart to tell him,}}" {{m:m1|she}} {{c:c1|says}}, dropping into a booth at the back of a cafe in Glasgow's West End. She orders tea, then changes her mind and orders coffee. "{{q:direct:vance:m1:c1|New album, new habits.}}"

The album in question, Salt in the Engine, is her fourth and by some distance her loudest. The hushed piano ballads that made her name have given way to distorted guitars and drums recorded in a disused swimming pool in Paisley.

"{{q:direct:vance:m2:c2|People keep asking if I'm angry,}}" {{m:m2|she}} {{c:c2|says}}, and laughs. "{{q:direct:vance:m2:c2|I'm not angry. I'm 34. I just got bored of being sad in a nice way.}}"

Her long-time producer, {{m:m3|Tobi Okeke}}, {{c:c3|says}} {{q:indirect:okeke:m3:c3|the change had been coming for years}}. "{{q:direct:okeke:m4:c4|{{m:m4e|She}}'d send me voice notes at 3am of her screaming into a pillow and {{c:c4e|say}}, '{{q:direct?:vance:m4e:c4e|This is the chorus,}}'}}" {{m:m4|he}} {{c:c4|recalls}}. "{{q:direct:okeke:m4:c4|I thought she was joking. She wasn't.}}"

{{m:m5|Vance}} grins when she hears this. "{{q:direct:vance:m5:-|That's a slight exaggeration. It was two pillows.}}"

Not everyone was convinced at first. Her manager, {{m:m6|Carla Mendes}}, {{c:c6|admits}} {{q:mixed:manager:m6:c6|she was "nervous" when she heard the first demos, because radio stations had built a relationship with a very different sound}}. "{{q:direct:manager:m7:c7|But you can't manage an artist into staying the same person,}}" {{m:m7|Mendes}} {{c:c7|says}}. "{{q:direct:manager:m7:c7|You'd lose her.}}"

{{m:m8|Harrowgate Records}}, her label, {{c:c8|said}} in a statement that {{q:indirect:label:m8:c8|pre-orders were the highest of her career}}.

The songs themselves are still, at heart, about the same things: family, distance, the west coast of Scotland. Engine Room, the first single, is about her grandfather, who worked on the Clyde for forty years. She wrote it the week he died.

"{{q:direct:vance:m9:c9|I couldn't write a pretty song about him. He wasn't a pretty man,}}" {{m:m9|she}} {{c:c9|says}}, and for a moment the grin disappears. "{{q:direct:vance:m9:c9|He was loud and stubborn and he'd have hated a ballad.}}"

Asked whether she worries about losing fans, {{m:m10|Vance}} shrugs. "{{q:direct:vance:m10:-|Some will go. Some new ones will come. That's the deal.}}"

She finishes her coffee and checks the time. There is a soundcheck at five. "{{q:direct:vance:m11:c11|Right,}}" {{m:m11|she}} {{c:c11|says}}. "{{q:direct:vance:m11:c11|Let's go and be loud.}}"
""")

article(
    "fresh_en_14_cp_wire", "fresh/canadian-press-wire", "en",
    {"tremblay": "Isabelle Tremblay", "fisher": "Gord Fisher", "union": "the Canadian Union of Postal Workers",
     "canada_post": "Canada Post", "lavoie": "Marc-André Lavoie", "economist": "Priya Raman",
     "groups": "small business groups"},
    """
{{q:indirect:union:h1:h1|Postal strike could hit holiday parcels}}, {{m:h1|union}} {{c:h1|warns}} as talks resume

OTTAWA — {{m:m1|The union representing 55,000 postal workers}} {{c:c1|warned}} Tuesday that {{q:indirect:union:m1:c1|a strike could begin within days if Canada Post does not return to the table with a new wage offer}}.

Canadian Union of Postal Workers president {{m:m2|Isabelle Tremblay}} {{c:c2|said}} {{q:mixed:tremblay:m2:c2|members were "out of patience" after eleven months of negotiations}}.

"{{q:direct:tremblay:m3:c3|We have bargained in good faith since January. What we have received in return is an offer that doesn't keep up with the cost of groceries,}}" {{m:m3|Tremblay}} {{c:c3|said}} in an interview with The Canadian Press.

{{m:m4|Canada Post}} {{c:c4|said}} in a statement that {{q:indirect:canada_post:m4:c4|its latest offer included wage increases of 11.5 per cent over four years}} and that {{q:mixed:canada_post:m4:c4|it remained "committed to reaching a negotiated agreement."}}

Spokesman {{m:m5|Gord Fisher}} {{c:c5|said}} {{q:indirect:fisher:m5:c5|the Crown corporation lost $748 million last year and could not afford the union's demands}}.

"{{q:direct:fisher:m6:c6|The reality is that letter volumes have fallen by more than half since 2006. Everyone at the table knows that,}}" {{m:m6|he}} {{c:c6|said}}.

Labour Minister {{m:m7|Marc-André Lavoie}} {{c:c7|urged}} {{q:indirect?:lavoie:m7:c7|both sides Tuesday to reach a deal before the holiday rush}}. {{m:m8|He}} {{c:c8|told}} reporters on Parliament Hill that {{q:mixed:lavoie:m8:c8|he would not hesitate to use "every tool available" to protect small businesses that depend on the mail}}, but declined to say whether that included back-to-work legislation.

{{m:m9|Small business groups}} {{c:c9|say}} {{q:indirect:groups:m9:c9|a strike in November could be devastating}}.

{{m:m10|Priya Raman}}, chief economist at the Canadian Federation of Independent Business, {{c:c10|said}} {{q:indirect:economist:m10:c10|nearly a third of its members still rely on Canada Post to ship products}}.

"{{q:direct:economist:m11:c11|For a lot of rural businesses there is no real alternative. The couriers either don't go there or they charge three times the price,}}" {{m:m11|Raman}} {{c:c11|said}}.

{{m:m12|The union}} has {{c:c12|asked}} {{q:indirect?:union:m12:c12|its members to hold off on job action until at least Friday, when a federal mediator is expected to meet both sides in Montreal}}.
""")

# ---- fourth batch: written after the third round of fixes

article(
    "fresh_en_15_kenya_daily", "fresh/ke-english-daily", "en",
    {"wambui": "Grace Wambui", "otieno": "Samuel Otieno", "statehouse": "State House",
     "kiprono": "Daniel Kiprono", "farmer": "Esther Njeri",
     "ministry": "the Ministry of Agriculture"},
    """
{{q:indirect:wambui:h1:h1|Farmers to get subsidised fertiliser from next week}}, {{c:h1|says}} {{m:h1|CS Wambui}}

Agriculture Cabinet Secretary {{m:m1|Grace Wambui}} has {{c:c1|said}} {{q:indirect:wambui:m1:c1|farmers in 22 counties will start receiving subsidised fertiliser from Monday, ahead of the long rains}}.

Speaking in Eldoret on Saturday, {{m:m2|Ms Wambui}} {{c:c2|said}} {{q:indirect:wambui:m2:c2|the government had procured 1.4 million bags, which will be sold at Sh2,500 per 50kg bag through National Cereals and Produce Board depots}}.

"{{q:direct:wambui:m3:c3|We have learnt from last season. This time the fertiliser will be in the depots before the rains, not after,}}" {{m:m3|the CS}} {{c:c3|said}}.

{{m:m4|She}} {{c:c4|warned}} that {{q:indirect:wambui:m4:c4|officers found diverting the commodity to private traders would be prosecuted}}.

However, Kenya Farmers Association chairman {{m:m5|Samuel Otieno}} {{c:c5|told}} the Nation that {{q:indirect:otieno:m5:c5|the allocation was far below demand in the North Rift}}.

"{{q:direct:otieno:m6:c6|One bag per acre is not enough for maize. Farmers will still go to the open market and pay double,}}" {{m:m6|Mr Otieno}} {{c:c6|said}}. {{m:m7|He}} {{c:c7|urged}} {{q:indirect?:otieno:m7:c7|the ministry to publish the list of registered farmers in every ward to curb corruption}}.

{{c:c8|According to}} a statement from {{m:m8|State House}}, {{q:indirect:statehouse:m8:c8|President Daniel Kiprono will flag off the distribution in Kitale on Monday}}.

In Moi's Bridge, farmer {{m:m9|Esther Njeri}} {{c:c9|said}} {{q:indirect:farmer:m9:c9|she had been waiting for the subsidy since February}}.

"{{q:direct:farmer:m10:c10|Last year I planted late because there was no fertiliser. The harvest was half of what I expected,}}" {{c:c10|said}} {{m:m10|the mother of four}}, who farms five acres.

{{m:m11|The ministry}} {{c:c11|says}} {{q:indirect:ministry:m11:c11|farmers must present their national identity cards and be registered on the e-voucher system to buy the subsidised fertiliser}}.

{{m:m12|Ms Wambui}} also {{c:c12|announced}} that {{q:indirect?:wambui:m12:c12|the government would set up 40 new soil-testing centres by the end of the year}}.
""")

article(
    "fresh_en_16_tech_layoffs", "fresh/tech-news-social-posts", "en",
    {"hale": "Morgan Hale", "employee": "a current Brightloop engineer", "company": "Brightloop",
     "chen": "Ada Chen", "analyst": "Victor Lindgren"},
    """
Brightloop cuts 12% of staff as AI pivot accelerates

{{q:indirect:hale:m1:c1|Brightloop, the San Francisco-based maker of collaboration software, is laying off about 480 employees, or roughly 12% of its workforce}}, chief executive {{m:m1|Morgan Hale}} {{c:c1|told}} staff on Wednesday.

In a memo to employees that was later posted on the company's blog, {{m:m2|Hale}} {{c:c2|wrote}} that {{q:mixed:hale:m2:c2|the cuts were "the hardest decision I have made as a founder"}} and that {{q:mixed:hale:m2:c2|the company needed to "concentrate our people on the products our customers are actually asking for."}}

{{q:indirect:employee:m3:c3|The reductions fall mostly on the sales and marketing teams}}, {{m:m3|a current Brightloop engineer}} {{c:c3|told}} TechBrief. {{m:m4|The engineer}}, who asked not to be named because they were not authorised to speak to the press, {{c:c4|said}} {{q:indirect:employee:m4:c4|the news came through a 15-minute all-hands call}}. "{{q:direct:employee:m5:c5|Nobody got to ask a question. The chat was switched off,}}" {{m:m5|they}} {{c:c5|said}}.

{{m:m6|Brightloop}} {{c:c6|said}} in a statement that {{q:indirect:company:m6:c6|affected employees would receive 16 weeks of severance pay and extended health coverage}}.

{{m:m7|Ada Chen}}, a product designer who joined Brightloop in 2019, {{c:c7|wrote}} on LinkedIn that {{q:indirect:chen:m7:c7|she had been laid off along with most of her team}}. "{{q:direct:chen:m8:c8|Proud of what we built. Sad about how it ended. Open to work,}}" {{m:m8|she}} {{c:c8|posted}}.

The company has raised more than $600 million from investors and was last valued at $4.2 billion in 2021. Like many of its peers, it has struggled to grow as corporate customers cut back on software spending.

{{m:m9|Victor Lindgren}}, an analyst at Northgate Research, {{c:c9|said}} {{q:mixed:analyst:m9:c9|the layoffs were "overdue"}} and that {{q:indirect:analyst:m9:c9|investors would welcome them}}. "{{q:direct:analyst:m10:c10|Brightloop hired as if 2021 would last forever. It didn't,}}" {{m:m10|he}} {{c:c10|said}} in an email.

{{m:m11|Hale}} {{c:c11|said}} in the memo that {{q:indirect:hale:m11:c11|the company would invest the savings in its AI assistant, which launched in beta in March}}.
""")
