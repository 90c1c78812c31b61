# ruff: noqa: E501  (article prose: one paragraph a line)
# Business-wire, health-desk and Australian live-coverage articles of the twenty-second external-style batch.
# Original, invented prose; every person and company is fictional (real cities, regulators, agencies and
# universities only as setting). Written and annotated before the parser was run on them.
from build_external22 import article

article(
    "ext22_us_01_wire_earnings_call", "external/us-business-earnings", "en",
    {"natarajan": ["Priya Natarajan", "Natarajan"],
     "company": ["Harlow Foods", "The company", "the company"],
     "okafor": ["Daniel Okafor", "Okafor"],
     "hollins": ["Greg Hollins", "Hollins"],
     "brandt": ["Lisa Brandt", "Brandt"],
     "investor": ["The head of one of Harlow's five largest shareholders", "the investor"],
     "person": ["a person familiar with the matter"],
     "union": ["The United Food and Commercial Workers union", "the union"],
     "marchetti": ["Carlo Marchetti", "Marchetti"],
     "lseg": ["LSEG data", "LSEG"]},
    """
{{m:mh|Harlow Foods CEO}} {{c:ch|admits}} {{q:indirect:natarajan:mh:ch|price cuts came too late as quarterly profit slides 31%}}

By Anna Reyes

February 26, 2026 6:58 PM EST Updated 2 hours ago

CHICAGO, Feb 26 (Reuters) - {{m:m0|Harlow Foods}} on Thursday {{c:c0|reported}} {{q:indirect?:company:m0:c0|a 31% drop in fourth-quarter profit}} and cut its full-year sales forecast, and {{m:mL|its chief executive}} {{c:cL|acknowledged}} {{q:indirect:natarajan:mL:cL|the grocer had been too slow to lower prices as shoppers traded down to discount chains}}.

Shares of the Chicago-based company fell 9% in extended trading.

"{{q:direct:natarajan:m1:c1|We held the line on price for a quarter longer than we should have, and our customers told us so with their feet,}}" Chief Executive {{m:m1|Priya Natarajan}} {{c:c1|told}} analysts on a conference call.

{{m:m2|Natarajan}}, who took over in 2023, {{c:c2|said}} {{q:mixed:natarajan:m2:c2|the company had since cut prices on more than 2,000 items and was seeing "early signs" of customers coming back}}.

Harlow now expects comparable sales to rise between 0.5% and 1.5% in fiscal 2026, down from an earlier forecast of 2% to 3%. {{q:indirect?:lseg:mD:cD|Analysts on average had expected growth of 2.4%}}, {{c:cD|according to}} {{m:mD|LSEG data}}.

Chief Financial Officer {{m:m3|Daniel Okafor}} {{c:c3|said}} {{q:indirect:okafor:m3:c3|the price cuts would reduce gross margin by about 80 basis points this year}} but that {{q:indirect:okafor:m3:c3|he expected the hit to be partly offset by $150 million in cost savings}}.

Asked by an analyst whether the company would close more stores, {{m:m5|Okafor}} {{c:c5|said}} {{q:mixed:okafor:m5:c5|Harlow was reviewing "a small number" of underperforming locations but had no plans for a large-scale closure program}}.

{{m:m7|The head of the company's U.S. store network}} {{c:c7|acknowledged}} that {{q:indirect:hollins:m7:c7|staffing shortages at some stores had led to empty shelves during the holiday season}}. {{m:m8|Greg Hollins}}, who has run the division since January, {{c:c8|said}} {{q:indirect:hollins:m8:c8|stores had hired 4,000 additional workers since November}}.

Bernstein analyst {{m:m9|Lisa Brandt}} {{c:c9|pressed}} Natarajan to say {{q:indirect?:brandt:m9:c9|whether the company would keep its dividend at the current level}}.

"{{q:direct:natarajan:m10:c10|The dividend is not on the table. I want to be really clear about that,}}" {{m:m10|Natarajan}} {{c:c10|replied}}.

{{m:m11|The head of one of Harlow's five largest shareholders}} {{c:c11|questioned whether}} {{q:indirect?:investor:m11:c11|management had moved quickly enough}}. "{{q:direct:investor:m12:c12|This was a problem you could see in the data a year ago,}}" {{c:c12|said}} {{m:m12|the investor}}, who asked not to be identified because the firm does not comment publicly on individual holdings.

{{q:indirect:person:m13:c13|Harlow is also in talks to sell its regional distribution business}}, {{c:c13|according to}} {{m:m13|a person familiar with the matter}}. {{q:indirect:person:m14:c14|A deal could be announced as early as next month}}, {{m:m14|the person}} {{c:c14|said}}.

Natarajan declined to comment on the talks.

{{m:m15|The company}} {{c:c15|said}} in a statement that {{q:indirect:company:m15:c15|it would take a one-time charge of $42 million related to the closure of 11 stores in Ohio and Indiana}}.

{{m:m16|The United Food and Commercial Workers union}}, which represents about 30,000 Harlow employees, {{c:c16|said}} {{q:mixed:union:m16:c16|the closures showed the company was "balancing its books on the backs of workers"}} and {{c:c17|called on}} {{q:indirect?:union:m16:c17|management to guarantee jobs at nearby stores for every affected employee}}.

Harlow's shares have fallen about 18% over the past 12 months, compared with a 6% gain in the S&P 500 consumer staples index.

"{{q:direct:marchetti:m18:c18|The price cuts were necessary, but they are coming from a position of weakness, not strength. Walmart and Aldi are not going to sit still while Harlow catches up,}}" {{c:c18|said}} {{m:m18|Carlo Marchetti}}, a retail analyst at Morningstar.

{{m:m19|Marchetti}} {{c:c19|said}} {{q:mixed:marchetti:m19:c19|the forecast cut was "probably the last one" if the price cuts held}} but that {{q:indirect:marchetti:m19:c19|investors would want to see traffic numbers improve by the summer}}.

Fourth-quarter net income fell to $118 million, or 61 cents per share, from $171 million, or 88 cents per share, a year earlier. Revenue was flat at $9.4 billion.

(Reporting by Anna Reyes in Chicago; Editing by Shounak Dasgupta)
""",
    notes="Earnings-call wire: headline 'X CEO admits …', 'reported a 31% drop' (optional), 'told analysts on a conference call', 'said A, but B' split, 'Asked by an analyst whether …, X said A but B', role before person with no shared word ('The head of the company's U.S. store network acknowledged …' named in the next sentence), 'pressed X to say whether' and 'questioned whether' (optional), an unnamed shareholder '…, said the investor, who asked not to be identified …', fronted 'according to a person familiar with the matter' + '…, the person said', 'called on management to …' (optional), 'according to LSEG data' (no quote), reporting credit line.",
)

article(
    "ext22_uk_02_guardian_health_hearing_dementia", "external/uk-health-science", "en",
    {"study": ["The study", "large UK study", "one of the largest studies of its kind"],
     "researchers": ["The researchers"],
     "adeyemi": ["Dr Funmi Adeyemi", "Adeyemi"],
     "statistician": ["The statistician who led the analysis, Prof Martin Kell", "Martin Kell", "Kell"],
     "hargreaves": ["Prof Susan Hargreaves", "Hargreaves"],
     "aruk": ["Alzheimer's Research UK"],
     "rnid": ["The charity RNID", "RNID"],
     "dhsc": ["A Department of Health and Social Care spokesperson"],
     "nhse": ["NHS England"],
     "audiologists": ["Audiologists working in the NHS", "they"],
     "patient": ["Margaret Ellison", "Ellison"],
     "experts": ["experts"]},
    """
{{q:indirect?:study:mh:ch|Hearing aids may slow memory decline in older people}}, {{m:mh|large UK study}} {{c:ch|suggests}}

Researchers tracked 18,000 adults for a decade, but {{m:ms|experts}} {{c:cs|warn}} {{q:indirect?:experts:ms:cs|the link may not be causal}}

Nadia Rahman Health correspondent

Tue 10 Feb 2026 00.01 GMT

{{q:indirect?:study:mA:cA|Older people with hearing loss who use hearing aids experience slower declines in memory and thinking than those who do not}}, {{c:cA|according to}} {{m:mA|one of the largest studies of its kind}}.

{{m:m0|The study}}, published in the Lancet Healthy Longevity, {{c:c0|found}} that {{q:indirect?:study:m0:c0|people with untreated hearing loss saw their scores on standard memory tests fall about 20% faster over 10 years than those who wore hearing aids}}.

{{m:m1|The researchers}}, from University College London and the University of Manchester, {{c:c1|said}} {{q:mixed:researchers:m1:c1|the findings added to "a growing body of evidence" that hearing loss is one of the most important risk factors for dementia that can be changed}}.

The study's lead author, {{m:m2|Dr Funmi Adeyemi}}, {{c:c2|told}} the Guardian: "{{q:direct:adeyemi:m2:c2|Hearing loss is incredibly common and incredibly undertreated. If we can show that something as simple as a hearing aid protects the brain, that is a message every GP needs to hear.}}"

About 12 million adults in the UK live with hearing loss, and NHS data shows that fewer than half of those who could benefit from a hearing aid have one.

{{m:m3|The statistician who led the analysis}} {{c:c3|cautioned}} that {{q:indirect:statistician:m3:c3|people who choose to wear hearing aids may differ in other ways from those who do not}}. {{m:m4|Prof Martin Kell}}, of the University of Manchester, {{c:c4|said}} {{q:mixed:statistician:m4:c4|the team had adjusted for income, education and other health conditions but could not rule out "hidden differences" between the groups}}.

"{{q:direct:statistician:m5:c5|This is an observational study. It tells us there is an association, and a strong one, but only a randomised trial can tell us whether the hearing aid itself is doing the work,}}" {{m:m5|he}} {{c:c5|said}}.

{{m:m6|Prof Susan Hargreaves}}, a neurologist at the University of Edinburgh who was not involved in the research, {{c:c6|described}} the study as "{{q:direct:hargreaves:m6:c6|careful and important}}". {{q:indirect:hargreaves:-:-|But the effect on memory scores was modest, and it was not yet clear whether it would translate into fewer diagnoses of dementia}}.

"{{q:direct:hargreaves:m7:c7|I would not want anyone to think a hearing aid is a vaccine against Alzheimer's,}}" {{m:m7|she}} {{c:c7|said}}.

{{m:m8|Alzheimer's Research UK}} {{c:c8|said}} {{q:mixed:aruk:m8:c8|the results were "encouraging"}} and {{c:c9|urged}} {{q:indirect:aruk:m8:c9|anyone who struggles to follow conversations to have their hearing checked}}.

{{m:m10|The charity RNID}} {{c:c10|said}} {{q:indirect:rnid:m10:c10|waiting times for NHS hearing assessments had grown to more than 18 weeks in some parts of England}}.

{{m:m11|Audiologists working in the NHS}} {{c:c11|say}} {{q:indirect:audiologists:m11:c11|demand has risen sharply since the pandemic}}, and {{m:m12|they}} {{c:c12|warn}} that {{q:indirect:audiologists:m12:c12|many patients give up on their hearing aids within months because they are not shown how to use them properly}}.

{{m:m2b|Adeyemi}} {{c:c2b|said}} {{q:indirect:adeyemi:m2b:c2b|the benefit appeared strongest in people who started wearing hearing aids before the age of 70}}.

{{m:m13|Margaret Ellison}}, 74, from Stockport, who took part in the study, {{c:c13|said}} {{q:mixed:patient:m13:c13|she had put off getting a hearing aid for years because she thought it would make her "look old"}}.

"{{q:direct:patient:m14:c14|My granddaughter finally marched me to the audiologist. Now I can hear the birds in the garden again, and I don't nod along at the dinner table pretending I've understood the joke,}}" {{m:m14|she}} {{c:c14|said}}.

{{m:m15|A Department of Health and Social Care spokesperson}} {{c:c15|said}} {{q:indirect:dhsc:m15:c15|the government was committed to cutting waiting lists across all NHS services, including audiology}}.

{{m:m16|NHS England}} {{c:c16|said}} {{q:indirect:nhse:m16:c16|it was working with integrated care boards to expand community hearing services}}.

The researchers now plan a randomised trial involving 2,500 people aged over 65, which is expected to report in 2030.

This article was amended on 11 February 2026. An earlier version said the study followed 28,000 adults. It followed 18,000.

Photograph: Peter Byrne/PA
""",
    notes="Guardian health desk: headline 'study suggests' (no quote), 'according to one of the largest studies' (no speaker quote), 'The study … found that' (optional), 'The researchers, from …, said', 'told the Guardian:', 'NHS data shows' (no quote), role before person ('The statistician who led the analysis cautioned that …' named in the next sentence), 'described the study as \"…\"' then a continuation, 'said A and urged anyone to …', descriptive plural 'Audiologists working in the NHS say … and they warn that …', a patient speaking, correction note, photo credit.",
)

article(
    "ext22_au_01_abc_live_floods", "external/au-live-coverage", "en",
    {"ses": ["The NSW State Emergency Service", "The SES", "the SES"],
     "halloran": ["Deputy Commissioner Kate Halloran", "Kate Halloran", "Halloran"],
     "premier": ["Premier", "Premier Daniel Whitcombe", "Daniel Whitcombe", "Mr Whitcombe"],
     "bom": ["The Bureau of Meteorology", "the bureau"],
     "frazer": ["Dean Frazer", "Mr Frazer"],
     "resident": ["A resident of South Lismore", "the woman"],
     "mayor": ["Lismore Mayor Tessa Curnow", "Ms Curnow"],
     "police": ["NSW Police"],
     "residents": ["Business owners in the CBD"],
     "brady": ["Col Brady", "Mr Brady"],
     "education": ["The NSW Department of Education"],
     "opposition": ["Opposition emergency services spokeswoman Renee Batts", "Ms Batts"]},
    """
Live: Lismore braces for major flood as Wilsons River rises, evacuation orders issued

By Sophie Trang and Jack Malouf

Posted 6h ago, updated 12m ago

Key events

Evacuation orders for South and North Lismore

{{m:mk|Premier}} {{c:ck|says}} {{q:indirect:premier:mk:ck|army on standby}}

Flood peak expected overnight

5:45pm

Evacuation orders extended to North Lismore

{{m:m0|The NSW State Emergency Service}} {{c:c0|says}} {{q:indirect:ses:m0:c0|residents of North Lismore must leave by 8:00pm}}. {{q:indirect:ses:-:-|Evacuation centres are open at Southern Cross University and the Goonellabah Sports and Aquatic Centre}}.

{{m:m1|The woman leading the SES response on the North Coast}} {{c:c1|told}} ABC North Coast {{q:mixed:halloran:m1:c1|crews had carried out 94 flood rescues since Monday, most of them from cars driven into "water that was far deeper than it looked"}}.

"{{q:direct:halloran:m2:c2|Please, I'm begging people: if it's flooded, forget it. We can't be everywhere at once tonight,}}" Deputy Commissioner {{m:m2|Kate Halloran}} {{c:c2|said}}.

5:20pm

{{q:indirect:premier:mp:cp|Army on standby}}, {{m:mp|Premier}} {{c:cp|says}}

{{m:m3|Premier Daniel Whitcombe}} {{c:c3|says}} {{q:indirect:premier:m3:c3|200 Australian Defence Force personnel are on standby in Brisbane and could be in Lismore by the morning}}.

Speaking in Sydney, {{m:m4|Mr Whitcombe}} {{c:c4|said}} {{q:mixed:premier:m4:c4|the state had learned "hard lessons" from the 2022 floods and would not wait to be asked for help}}.

{{m:m5|Opposition emergency services spokeswoman Renee Batts}} {{c:c5|pressed}} the Premier to say {{q:indirect?:opposition:m5:c5|why flood levee repairs promised two years ago had not been finished}}.

{{q:indirect:premier:m6:c6|Most of the work was complete and the rest had been held up by wet weather}}, {{m:m6|Mr Whitcombe}} {{c:c6|replied}}.

4:50pm

Peak could exceed 12 metres

{{m:m7|The Bureau of Meteorology}} {{c:c7|has warned}} {{q:indirect:bom:m7:c7|the Wilsons River at Lismore could peak above 12 metres early on Thursday}}.

{{m:m8|The head of the bureau's flood warning centre}} {{c:c8|acknowledged}} {{q:mixed:frazer:m8:c8|the forecast carried "a fair bit of uncertainty"}}. {{m:m9|Dean Frazer}} {{c:c9|said}} {{q:indirect:frazer:m9:c9|the river's behaviour would depend on how much rain fell in the ranges over the next six hours}}.

Rainfall figures show more than 300 millimetres has fallen at Nimbin since Sunday.

"{{q:direct:frazer:m10:c10|If the heavier totals eventuate, we're looking at something that approaches 2022. If they don't, it will still be a very significant flood,}}" {{m:m10|Mr Frazer}} {{c:c10|said}}.

SES crews sandbag shops in Molesworth Street. (ABC North Coast: Jack Malouf)

4:15pm

Residents wait it out

{{m:m11|A resident of South Lismore}}, who asked not to be named, {{c:c11|said}} {{q:indirect:resident:m11:c11|she had moved her furniture upstairs and was staying with her sister in Goonellabah}}.

"{{q:direct:resident:m12:c12|You don't sleep. You just watch the river app and wait,}}" {{c:c12|said}} {{m:m12|the woman}}, who lost her car in the 2022 flood.

{{m:m13|Lismore Mayor Tessa Curnow}} {{c:c13|said}} {{q:mixed:mayor:m13:c13|the town was "tired but not broken"}}.

"{{q:direct:mayor:m14:c14|I've watched neighbours help each other all day. That is what this town does,}}" {{m:m14|Ms Curnow}} {{c:c14|said}}.

{{m:m15|Business owners in the CBD}} {{c:c15|say}} {{q:indirect:residents:m15:c15|many of them cannot get flood insurance at any price}}.

3:55pm

Dairy farms cut off

{{m:m20|The man who runs the region's largest dairy co-operative}} {{c:c20|warned}} that {{q:indirect:brady:m20:c20|tanker drivers could not reach more than 60 farms}} and that {{q:indirect:brady:m20:c20|milk would have to be poured away}}.

"{{q:direct:brady:m21:c21|It breaks your heart, but the cows still need milking twice a day,}}" {{c:c21|said}} {{m:m21|Col Brady}}, the co-operative's chief executive.

Schools closed on Thursday

{{m:m22|The NSW Department of Education}} {{c:c22|says}} {{q:indirect:education:m22:c22|37 schools across the Northern Rivers will be closed on Thursday}}. Parents have been told to check the department's website for updates.

3:40pm

Police warn against sightseeing

{{m:m16|NSW Police}} {{c:c16|said}} {{q:indirect:police:m16:c16|officers had turned back dozens of cars at roadblocks on the Bruxner Highway}} and {{c:c17|urged}} {{q:indirect:police:m16:c17|people not to drive into the area to look at the floodwaters}}.

Flood warnings are also current for the Richmond and Tweed rivers. Check the Live Traffic NSW website before travelling.

What you need to know: ABC Emergency has the latest warnings for your area. In an emergency, call triple-0.
""",
    notes="ABC live blog: 'Key events' and time-stamped posts, present-tense 'says', a continuation with no cue, role before person ('The woman leading the SES response on the North Coast told ABC North Coast …' then 'Deputy Commissioner X said' after a direct quote), post headline 'Army on standby, Premier says' and key event 'Premier says army on standby' (headline reports), 'pressed the Premier to say why' (optional), fronted '…, Mr Whitcombe replied', 'The head of the bureau's flood warning centre acknowledged …' named in the next sentence, 'Rainfall figures show' (no quote), photo credit, 'A resident …, who asked not to be named, said' + '…, said the woman, who …', 'Business owners in the CBD say', 'said A and urged people not to …'.",
)
