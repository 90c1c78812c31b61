# ruff: noqa: E501  (article prose: one paragraph a line)
# Cricket, central-bank and crime-court articles of the twenty-third external-style batch. Original, invented
# prose; every person is fictional (real grounds, banks, courts and forces only as setting). Written and
# annotated before the parser was run on them.
from build_external23 import article

article(
    "ext23_au_01_age_cricket_presser", "external/au-sport-presser", "en",
    {"walsh": ["Mitch Walsh", "Walsh"],
     "captain": ["The man who will lead Australia in the first Test", "Daniel Archer", "Archer"],
     "coach": ["Head coach Gary Pellow", "Gary Pellow", "Pellow"],
     "ca": ["Cricket Australia", "CA"],
     "selector": ["The chair of selectors, Anthea Lowe", "Anthea Lowe", "Lowe"],
     "england": ["England captain Jonty Reeve", "Jonty Reeve", "Reeve"],
     "source": ["A source close to the squad", "the source"],
     "teammate": ["Fast bowler Corey Haddad", "Corey Haddad", "Haddad"],
     "physio": ["Dr Karen Lim", "Karen Lim", "Lim"],
     "tanner": ["Bill Tanner", "Tanner"],
     "mcc": ["the Melbourne Cricket Club", "Melbourne Cricket Club"]},
    """
{{m:mh|Walsh}} {{c:ch|admits}} {{q:indirect:walsh:mh:ch|back injury could end his Test career}}

By Rohan Pillay

March 3, 2026 — 6.45pm

Australian fast bowler {{m:m0|Mitch Walsh}} has {{c:c0|admitted}} {{q:indirect:walsh:m0:c0|he may never play Test cricket again}} after scans revealed a second stress fracture in his lower back in less than two years.

Speaking at the MCG on Tuesday, {{m:m1|the 31-year-old}} {{c:c1|said}} {{q:mixed:walsh:m1:c1|he was "gutted" but would not rush a comeback}}.

"{{q:direct:walsh:m2:c2|I've done this once already and I know what the road back looks like. It's long, and it's lonely, and there are no guarantees at the end of it,}}" {{m:m2|Walsh}} {{c:c2|said}}.

{{m:m3|Cricket Australia}} {{c:c3|said}} {{q:indirect:ca:m3:c3|Walsh would be out for at least four months}}, ruling him out of the home series against England.

{{m:m4|The man who will lead Australia in the first Test}} {{c:c4|described}} the news as "{{q:direct:captain:m4:c4|a massive blow}}". {{m:m5|Daniel Archer}}, who took over the captaincy in January, {{c:c5|said}} {{q:indirect:captain:m5:c5|the squad would rally around their teammate}}.

"{{q:direct:captain:m6:c6|Mitch is the heartbeat of this attack. You don't replace that; you just try to cover the gap as a group,}}" {{m:m6|Archer}} {{c:c6|said}}.

{{m:m7|Head coach Gary Pellow}} refused to be drawn on a replacement, but {{c:c8|confirmed}} that {{q:mixed:coach:m7:c8|uncapped Western Australian quick Sam Bertolli was "in the conversation"}}.

{{q:indirect:coach:m9:c9|The selectors would meet on Thursday}}, {{m:m9|Pellow}} {{c:c9|said}}.

{{m:m10|The chair of selectors, Anthea Lowe}}, {{c:c10|questioned whether}} {{q:indirect?:selector:m10:c10|the domestic schedule was giving fast bowlers enough time to recover between matches}}. "{{q:direct:selector:m11:c11|We're asking these guys to do things their bodies were never built for,}}" {{m:m11|she}} {{c:c11|said}}.

Figures from Cricket Australia show that Australian fast bowlers have missed a combined 212 days through injury this summer.

{{m:m12|A source close to the squad}} {{c:c12|said}} {{q:indirect:source:m12:c12|Walsh had been bowling through back soreness since the Sydney Test}}. "{{q:direct:source:m13:c13|He didn't want to let anyone down. That's Mitch,}}" {{c:c13|said}} {{m:m13|the source}}, who was not authorised to speak publicly.

{{m:m14|England captain Jonty Reeve}}, whose side arrive in Perth next week, {{c:c14|said}} {{q:mixed:england:m14:c14|he was "genuinely sorry" to hear the news}}.

"{{q:direct:england:m15:c15|You want to beat the best. Mitch is one of the best,}}" {{m:m15|Reeve}} {{c:c15|said}}.

{{m:m16|Fast bowler Corey Haddad}}, who shared the new ball with Walsh for most of the past three seasons, {{c:c16|wrote}} on Instagram that {{q:mixed:teammate:m16:c16|his mate would be "back stronger, like last time"}}.

{{m:m19|The physiotherapist who oversaw Walsh's last comeback}} {{c:c19|told}} SEN radio that {{q:mixed:physio:m19:c19|a second fracture in the same area was "not unusual" for bowlers with his action}}. {{m:m20|Dr Karen Lim}}, who now works with the Melbourne Stars, {{c:c20|said}} {{q:indirect:physio:m20:c20|the key question was whether Walsh was willing to remodel his run-up}}.

"{{q:direct:physio:m21:c21|The body can heal. The question is whether you keep asking it to do the same thing in the same way,}}" {{m:m21|she}} {{c:c21|said}}.

Former Test captain {{m:m22|Bill Tanner}} {{c:c22|said}} {{q:mixed:tanner:m22:c22|Australia's bowling depth would be "tested like never before"}} this summer, with Josh Harding also recovering from a hamstring strain.

Supporters flooded social media with messages for the Victorian, and {{m:mM|the Melbourne Cricket Club}} {{c:cM|said}} {{q:indirect:mcc:mM:cM|it would display a tribute on the big screen at Saturday's Sheffield Shield match}}.

Walsh first broke down with a stress fracture in March 2024, days after taking 7-48 against New Zealand in Wellington. He spent ten months out of the game, remodelled his approach to the crease and returned to take 31 wickets in last summer's home series, finishing as Australia's leading bowler.

Walsh has taken 187 wickets in 46 Tests at an average of 26.4.

{{m:m17|He}} {{c:c17|said}} {{q:indirect:walsh:m17:c17|he would spend the next month with his family on the Mornington Peninsula before starting rehabilitation}}.

"{{q:direct:walsh:m18:c18|If this is it, I've had a better career than I ever dreamed of as a kid in Frankston. But I'm not writing myself off yet,}}" {{m:m18|he}} {{c:c18|said}}.

Mitch Walsh at the MCG on Tuesday. Credit: Eddie Jim

Rohan Pillay is a sports reporter for The Age.
""",
    notes="The Age cricket presser: headline 'Walsh admits …', 'has admitted …', 'Speaking at …, the 31-year-old said … \"…\"', 'said A, ruling him out …' (the writer's), role before person 'The man who will lead Australia in the first Test described the news as \"…\"' named next sentence, 'refused to be drawn on' (no quote), 'but confirmed that', fronted '…, Pellow said', 'The chair of selectors, X, questioned whether' (optional), 'Figures from Cricket Australia show' (no quote), 'A source close to the squad' + '…, said the source, who was not authorised …', 'X, whose side …, said', 'wrote on Instagram that', photo credit and reporter tagline.",
)

article(
    "ext23_uk_01_bloomberg_boe_rates", "external/uk-markets-central-bank", "en",
    {"boe": ["The Bank of England", "the BOE", "The BOE"],
     "governor": ["Governor Catherine Lyall", "Catherine Lyall", "Lyall"],
     "dissenter": ["Jonathan Fairley", "Fairley"],
     "treasury": ["Chancellor Rachel Dunmore", "Rachel Dunmore", "Dunmore"],
     "economist": ["Samir Patel", "Patel"],
     "person": ["a person familiar with the committee's discussions"],
     "cbi": ["The CBI", "CBI"],
     "chiefecon": ["Huw Penrose", "Penrose"],
     "lenders": ["Mortgage lenders"],
     "moneyfacts": ["Moneyfacts"],
     "economist2": ["Ruth Adeleke", "Adeleke"]},
    """
Bank of England Holds Rates, {{m:mh|Lyall}} {{c:ch|Signals}} {{q:indirect:governor:mh:ch|Cuts Coming 'Gradually'}}

By Eleanor Wright and Tom Hanley

February 5, 2026 at 12:00 PM GMT

{{m:m0|The Bank of England}} kept interest rates unchanged at 3.75% and {{c:c0|signaled}} {{q:mixed:boe:m0:c0|it will lower borrowing costs "gradually" this year}} as inflation eases, while {{c:cW|warning}} that {{q:indirect:boe:m0:cW|wage growth remains too strong}}.

{{q:indirect:boe:m1:c1|The Monetary Policy Committee voted 7-2 to hold the benchmark rate, with two members favoring a quarter-point cut}}, {{m:m1|the BOE}} {{c:c1|said}} in a statement on Thursday. Economists surveyed by Bloomberg had expected the decision.

"{{q:direct:governor:m2:c2|We need to be sure that inflation is coming back to target sustainably before we move again. We are not there yet, but we are getting closer,}}" {{m:m2|Governor Catherine Lyall}} {{c:c2|told}} reporters in London.

{{m:m3|Lyall}} {{c:c3|declined to say}} {{q:indirect?:governor:m3:c3|whether a cut in March was likely}}, {{c:c4|saying}} {{q:mixed:governor:m3:c4|the committee would "take each meeting as it comes"}}.

The pound rose 0.3% against the dollar after the decision, and gilt yields edged higher.

{{m:m5|One of the two dissenters, external member Jonathan Fairley}}, {{c:c5|has argued}} in recent speeches that {{q:indirect:dissenter:m5:c5|the economy is weaker than official data suggest}} and that {{q:mixed:dissenter:m5:c5|the BOE risks "keeping policy too tight for too long"}}.

{{q:indirect:person:m6:c6|Fairley pushed for a half-point reduction at the meeting before settling on a quarter point}}, {{c:c6|according to}} {{m:m6|a person familiar with the committee's discussions}}.

The BOE's new forecasts show inflation falling to 2.4% by the end of the year and reaching its 2% target in early 2027.

{{m:m7|Chancellor Rachel Dunmore}} {{c:c7|welcomed}} {{q:indirect?:treasury:m7:c7|the forecasts}}, {{c:c8|saying}} {{q:mixed:treasury:m7:c8|they showed the government's plan was "working"}}.

"{{q:direct:economist:m9:c9|The message is clear: cuts are coming, but the Bank is in no hurry. We still expect three reductions this year, the first in May,}}" {{c:c9|said}} {{m:m9|Samir Patel}}, chief UK economist at Deutsche Bank.

Traders pared bets on a March cut after the announcement, with money markets now pricing a roughly 40% chance of a move next month.

{{m:m11|The CBI}}, which represents UK employers, {{c:c11|urged}} {{q:indirect:cbi:m11:c11|the Bank to act faster}}, {{c:c11b|warning}} that {{q:indirect:cbi:m11:c11b|high borrowing costs were holding back investment}}.

{{m:m12|The head of the Bank's monetary analysis division}} {{c:c12|acknowledged}} at the same briefing that {{q:mixed:chiefecon:m12:c12|the labor market had cooled "more slowly than we expected"}}. {{m:m13|Huw Penrose}}, the BOE's chief economist, {{c:c13|said}} {{q:indirect:chiefecon:m13:c13|pay settlements were running at about 4%, well above the level consistent with the inflation target}}.

The decision leaves UK rates above those in the euro area, where the European Central Bank cut its deposit rate to 2% last month. The Federal Reserve has held its benchmark steady since December.

{{m:m14|Lyall}} {{c:c14|rejected}} {{q:indirect?:governor:m14:c14|suggestions that the BOE was lagging its peers}}. "{{q:direct:governor:m15:c15|We set policy for the UK economy, not for anyone else's,}}" {{m:m15|she}} {{c:c15|said}}, {{c:c16|adding}} that {{q:indirect:governor:m15:c16|the bank's own surveys pointed to firms raising prices by less this year}}.

{{m:m17|Mortgage lenders}} {{c:c17|said}} {{q:indirect:lenders:m17:c17|fixed-rate deals had already priced in several cuts}}, and {{m:m18|Moneyfacts}} {{c:c18|said}} {{q:indirect:moneyfacts:m18:c18|the average two-year fix stood at 4.6%, the lowest since 2022}}.

"{{q:direct:economist2:m19:c19|For households rolling off cheap fixes, this still means a big jump. The relief is real, but it's slow,}}" {{c:c19|said}} {{m:m19|Ruth Adeleke}}, a senior economist at Pantheon Macroeconomics.

UK inflation was 2.9% in December, down from a peak of more than 11% in late 2022, but services inflation, which the BOE watches closely as a gauge of domestic price pressures, remained at 4.4%. Unemployment has risen to 4.9%, its highest level in almost five years, while regular pay growth has slowed to about 4.5%. The next decision is due on March 19, when the bank will also publish its latest survey of business expectations.

Lyall is due to appear before the Treasury Committee in Parliament on Feb. 24.

-- With assistance from Lizzy Burden

(Updates with pound in sixth paragraph.)
""",
    notes="Bloomberg central bank: headline 'Lyall Signals Cuts Coming …', lede 'kept rates unchanged and signaled it will …', fronted '…, with two members favoring …, the BOE said in a statement', 'told reporters in London', 'declined to say whether' (optional) + ', saying …', 'One of the two dissenters, external member X, has argued in recent speeches that A and that B \"…\"', fronted '…, according to a person familiar with …', 'forecasts show' (no quote), 'welcomed the forecasts' (optional), 'saying they showed …', inverted 'said X, chief UK economist at …', 'Traders pared bets' (no quote), 'urged the Bank to act faster, warning that …', 'The head of the Bank's monetary analysis division acknowledged …' named next sentence, '-- With assistance from', update note.",
)

article(
    "ext23_uk_02_crown_court_sentencing", "external/uk-crime-court", "en",
    {"judge": ["Judge Helen Marsh", "Judge Marsh", "The judge"],
     "prosecutor": ["Prosecutor Daniel Okoro", "Daniel Okoro", "Mr Okoro"],
     "defence": ["Representing Cartwright, Sophie Lang", "Sophie Lang", "Miss Lang"],
     "cartwright": ["Lee Cartwright", "Cartwright"],
     "victim": ["Margaret Pryce", "Mrs Pryce"],
     "daughter": ["Claire Pryce"],
     "officer": ["Detective Inspector Mark Hollis", "Mark Hollis", "Det Insp Hollis"],
     "police": ["South Yorkshire Police"],
     "neighbour": ["A neighbour who witnessed the attack", "the man"]},
    """
Man jailed for 14 years for 'cowardly' attack on pensioner in Rotherham

By Laura Briggs

Court Reporter

A man who left a 79-year-old with a fractured skull during a burglary at her home in Rotherham has been jailed for 14 years.

{{m:m0|Judge Helen Marsh}} {{c:c0|told}} Sheffield Crown Court on Wednesday that {{q:mixed:judge:m0:c0|Lee Cartwright, 34, had carried out a "cowardly and brutal" attack on a woman who had "done nothing but open her front door"}}.

Cartwright, of Kimberworth, had pleaded guilty to robbery and causing grievous bodily harm with intent at an earlier hearing.

{{m:m1|Prosecutor Daniel Okoro}} {{c:c1|told}} the court {{q:indirect:prosecutor:m1:c1|Cartwright had knocked on the door of Margaret Pryce's terraced house on Wingfield Road shortly after 8pm on 14 October, pretending to be from the water board}}.

{{q:indirect:prosecutor:m2:c2|When she turned to fetch her purse, he pushed her to the floor and struck her head against the hallway radiator}}, {{m:m2|Mr Okoro}} {{c:c2|said}}.

{{m:m3|A neighbour who witnessed the attack}} {{c:c3|said}} {{q:indirect:neighbour:m3:c3|he had heard screaming and seen a man running towards the main road with a handbag}}. "{{q:direct:neighbour:m4:c4|I've lived here 40 years and never seen anything like it. She's the kindest woman on this street,}}" {{c:c4|said}} {{m:m4|the man}}, who asked not to be named.

{{m:m5|Representing Cartwright, Sophie Lang}} {{c:c5|said}} {{q:indirect:defence:m5:c5|her client had been addicted to crack cocaine and had no memory of the attack}}. {{q:indirect:defence:-:-|He had written a letter of apology to Mrs Pryce}}.

{{m:m6|The judge}} {{c:c6|said}} {{q:mixed:judge:m6:c6|she had read the letter but could give it "very little weight"}}.

"{{q:direct:judge:m7:c7|You targeted a frail, elderly woman living alone because you thought she would be easy to rob. You were right, and that is what makes this offence so grave,}}" {{m:m7|she}} {{c:c7|told}} Cartwright.

Cartwright, who wore a grey sweatshirt, showed no emotion as the sentence was passed.

In a victim impact statement read to the court, {{m:m8|Mrs Pryce}} {{c:c8|said}} {{q:indirect:victim:m8:c8|she no longer felt safe answering her own front door}}.

Her daughter, {{m:m9|Claire Pryce}}, {{c:c9|said}} outside court that {{q:mixed:daughter:m9:c9|her mother had "lost her independence overnight"}}.

{{m:m10|Detective Inspector Mark Hollis}}, of South Yorkshire Police, {{c:c10|said}} outside court: "{{q:direct:officer:m10:c10|This was a despicable crime against a vulnerable woman in her own home. I hope today's sentence brings her some comfort.}}"

{{m:m11|South Yorkshire Police}} {{c:c11|urged}} {{q:indirect:police:m11:c11|older residents to ask for identification from anyone claiming to be from a utility company}}.

{{m:m12|The officer who led the investigation}} {{c:c12|said}} {{q:indirect:officer:m12:c12|Cartwright had been identified through doorbell camera footage from three houses on the same street}}. {{m:m13|Det Insp Hollis}} {{c:c13|said}} {{q:indirect:officer:m13:c13|residents had come forward within hours of the appeal}}.

Cartwright was arrested at a flat in Kimberworth two days after the attack. Officers found Mrs Pryce's purse and bank cards in a bin bag in the kitchen, the court heard.

{{m:m14|Miss Lang}} {{c:c14|told}} the court that {{q:indirect:defence:m14:c14|her client had begun a drug rehabilitation programme while on remand at HMP Doncaster}} and {{c:c15|asked}} {{q:indirect?:defence:m14:c15|the judge to take his guilty plea into account}}.

{{m:m16|Judge Marsh}} {{c:c16|said}} {{q:indirect:judge:m16:c16|she had given Cartwright credit for his plea}}, but that {{q:indirect:judge:m16:c16|the harm caused was at the most serious end of the scale}}.

Cartwright will serve at least two-thirds of his sentence before he is eligible for release. He was also made the subject of an indefinite restraining order.

Mrs Pryce, a retired school dinner lady and widow, spent three weeks at the Northern General Hospital in Sheffield after the attack and now lives with her daughter in Maltby. The house on Wingfield Road, where she had lived for more than 50 years, has since been sold. Neighbours held a collection to pay for new locks and a doorbell camera before she moved.

Court records show Cartwright has 23 previous convictions for 49 offences.

Photo: South Yorkshire Police
""",
    notes="Regional court report: headline with a scare quote (no quote), lede (no quote), 'Judge X told Sheffield Crown Court on Wednesday that … \"…\"' (a name before a court and a date), 'Prosecutor X told the court …', fronted 'When …, Mr Okoro said', 'A neighbour who witnessed the attack said' + '…, said the man, who asked not to be named' after a named defendant, 'Representing X, Y, said' + continuation, 'the judge said … \"very little weight\"', 'she told Cartwright', 'In a victim impact statement read to the court, Mrs X said', 'Her daughter, X, said outside court that', 'said outside court:', 'urged older residents to …', 'Court records show' (no quote), photo credit.",
)
