"""English blind articles (original prose, invented people). Markup: see build_blind.py."""

ARTICLES = []


def art(id, source, speakers, markup, lang="en", **kw):
    ARTICLES.append(dict(id=id, source=source, lang=lang, speakers=speakers, markup=markup, **kw))


# 1. Politico-style US politics: many "said", long reported speech, mixed, anonymous aides.
art("blind_01_en_politics", "blind-politics", {
    "HW": "Harriet Walsh",
    "DK": "Daniel Kessler",
    "MD": "Marcus Delgado",
    "AIDE": "a senior Democratic aide",
    "RAIDES": "Republican aides",
    "LF": "Lena Fischbach",
}, """
Senate leaders trade blame as shutdown deadline nears

WASHINGTON — Senate Majority Leader <m1,2>Harriet Walsh</m1,2> <c1>said</c1> on Tuesday that <q1 i HW>her caucus would not accept a stopgap spending bill that strips out the disaster-relief money already approved by House appropriators</q1>, and she <c2>warned</c2> that <q2 m HW>Republicans would "own" any shutdown that began at midnight Friday</q2>.

"<q3 d HW>We have bent over backwards for three weeks,</q3>" <m3,4>Walsh</m3,4> <c3,4>told</c3,4> reporters outside the chamber. "<q4 d HW>At some point you have to ask whether the other side wants a deal or just wants a fight.</q4>"

Sen. <m5>Daniel Kessler</m5> of Ohio, the top Republican on the Budget Committee, <c5>countered</c5> that <q5 i DK>the relief money had never been offset and that his members had been clear since July that they would not vote for another unpaid-for package</q5>. <m6>He</m6> <c6>said</c6> <q6 m DK>the majority leader was "manufacturing a crisis" to avoid a vote on border funding</q6>.

"<q7 d DK>Nobody on our side wants a shutdown,</q7>" <c7,8>said</c7,8> <m7,8>Kessler</m7,8>, 61, who is serving his third term. "<q8 d DK>But nobody sent us here to sign blank checks either.</q8>"

The White House has largely stayed out of the public fight. Press secretary <m9>Marcus Delgado</m9> <c9>said</c9> <q9 m MD>the president had spoken with both leaders over the weekend and remained "cautiously optimistic"</q9>, but he declined to say whether the president would sign a bill without the disaster money.

Behind closed doors, the mood is grimmer. <m10>A senior Democratic aide</m10>, who was granted anonymity to describe private negotiations, <c10>said</c10> <q10 i AIDE>talks had effectively stalled on Monday night after Republican negotiators walked away from a proposal to split the relief money into two tranches</q10>. <m11>Two Republican aides</m11> disputed that account, <c11>saying</c11> <q11 i RAIDES>the proposal had never been formally put on the table</q11>.

In the House, Rep. <m12>Lena Fischbach</m12>, a Minnesota Democrat whose district was hit by spring flooding, <c12>called for</c12> <q12 i LF opt>lawmakers to stay in Washington through the weekend until a deal was reached</q12>.

"<q13 d LF>People in my district are still living in motels,</q13>" <m13,14>she</m13,14> <c13,14>said</c13,14> in an interview. "<q14 d LF>They do not care about the procedural games. They care about whether the check shows up.</q14>"

Asked whether she would keep the Senate in session over the weekend, Walsh smiled. "<q15 d HW>Pack a toothbrush,</q15>" <m15>she</m15> <c15>said</c15>.
""")


# 2. BBC-style explainer: "told the BBC", straight quotes, "according to", parenthetical "she says".
art("blind_02_en_explainer", "blind-explainer", {
    "MIN": ["ministers", "the government"],
    "OPS": ["bus operators", "operators"],
    "GH": "Gareth Hollins",
    "DFT": ["Department for Transport", "a Department for Transport spokesperson"],
    "AS": "Amira Saleh",
    "JM": "Janet Moorcroft",
    "COUNC": ["councils", "Labour-run councils"],
}, """
Why are bus fares going up - and what can passengers do?

Bus passengers across much of northern England will pay more from next month, after the £2 cap on single fares was replaced with a £3 limit. So what has changed, and why?

What is happening?

The government introduced the cap in 2023 to tempt people back onto buses after the pandemic. <m1>Ministers</m1> <c1>say</c1> <q1 i MIN>it has worked</q1>, but <m2>operators</m2> <c2>argue</c2> <q2 i OPS>the money set aside to compensate them no longer covers their costs</q2>.

<m3>Gareth Hollins</m3>, managing director of Pennine Coaches, which runs 140 services across West Yorkshire, <c3>told the BBC</c3> <q3 i GH>his company had lost about £40,000 a month on the cap since January</q3>.

"<q4 d GH>We were happy to support it. But you can't keep running a route at a loss because the sums were done two years ago,</q4>" <m4>he</m4> <c4>said</c4>.

Who decides the price?

In most areas operators set fares themselves, within the limit. Some city regions, such as Greater Manchester, have taken buses back under public control and set a single fare across the network.

<c5>According to</c5> <m5>the Department for Transport</m5>, <q5 i DFT>more than 60% of bus journeys in England are now on routes where the new cap applies</q5>.

A <m6>Department for Transport spokesperson</m6> <c6>said</c6>: "<q6 d DFT>The £3 cap still saves regular passengers hundreds of pounds a year, and we are investing a further £1bn in bus services this year.</q6>"

Will it make a difference?

<m7>Amira Saleh</m7>, a transport analyst at the Centre for Urban Mobility, <c7>says</c7> <q7 i AS>the evidence from the first cap is mixed</q7>. <q8 i AS>Passenger numbers rose, <m8>she</m8> <c8>says</c8>, but mostly in cities where services were already frequent</q8>.

"<q9 d AS>If there's only one bus an hour, a cheaper ticket doesn't really help you. Reliability matters more than price for most people,</q9>" <m9>Ms Saleh</m9> <c9>told</c9> BBC Radio Leeds.

What are passengers saying?

At Halifax bus station on Monday morning, <m10>Janet Moorcroft</m10>, 72, <c10>said</c10> <q10 i JM>she used her free pensioner's pass for most journeys but worried about her grandson, who takes two buses to college</q10>.

"<q11 d JM>He's paying for it out of his wages from the chip shop,</q11>" <m11,12>she</m11,12> <c11,12>said</c11,12>. "<q12 d JM>Another pound each way soon adds up.</q12>"

What happens next?

The cap is due to be reviewed in December. <m13>Several Labour-run councils</m13> have <c13>called for</c13> <q13 i COUNC opt>the government to let regional mayors set their own limits</q13>. <m14>Ministers</m14> have <c14>said</c14> <q14 m MIN>they will "consider carefully" any proposals</q14>.
""")


# 3. Press-release rewrite: "the company said in a statement", "it said", statement quotes.
art("blind_03_en_pressrelease", "blind-business", {
    "CO": ["Brightwater Energy", "the company"],
    "IS": "Ingrid Solberg",
    "KM": "Kenji Mori",
    "EWU": ["Energy Workers' Union", "the union"],
    "TR": "Tom Radcliffe",
}, """
Brightwater Energy to cut 450 jobs in shift to offshore wind

<q1 i CO>Brightwater Energy will cut about 450 jobs at its gas-fired power stations over the next two years as it moves investment into offshore wind</q1>, <m1>the company</m1> <c1>said in a statement</c1> on Wednesday.

<q2 i CO>The Aberdeen-based group expects to close two of its four plants by the end of 2027 and to convert a third into a battery storage site</q2>, <m2>it</m2> <c2>said</c2>.

<m3>The company</m3> <c3>said</c3> <q3 m CO>affected staff would be offered retraining or redeployment where possible and that compulsory redundancies would be "a last resort"</q3>.

"<q4 d IS>This is a difficult decision, and it is not one we have taken lightly,</q4>" chief executive <m4,5>Ingrid Solberg</m4,5> <c4,5>said in the statement</c4,5>. "<q5 d IS>The energy market has changed faster than anyone predicted. If we want Brightwater to exist in 20 years, we have to move now.</q5>"

<m6>Solberg</m6>, who joined from a Norwegian utility last year, <c6>added</c6> that <q6 m IS>the company remained "fully committed" to the communities around its plants</q6>.

The announcement was welcomed by investors, and shares rose 4.2% in early trading in London. <m7>Kenji Mori</m7>, an analyst at Castlegate Securities, <c7>wrote in a note to clients</c7> that <q7 m KM>the restructuring was "overdue but credible" and would save roughly £60m a year from 2028</q7>.

Unions reacted angrily. <m8>The Energy Workers' Union</m8> <c8>said</c8> <q8 i EWU>it had not been consulted before the announcement</q8>.

<m9>Tom Radcliffe</m9>, the union's regional officer for Scotland, <c9>said</c9>: "<q9 d TR>Our members found out from the news. That tells you everything about how this company treats the people who have kept the lights on for decades.</q9>"

<m10>He</m10> <c10>said</c10> <q10 i TR>the union would seek urgent talks with management and did not rule out industrial action</q10>.

<m11>The group</m11> <c11>said</c11> <q11 i CO>it would publish a full transition plan, including site-by-site figures, in March</q11>.
""")


# 4. Science story: "the study's lead author, Dr X of Y, said", quoted title (not a quote), she/he chain.
art("blind_04_en_science", "blind-science", {
    "STUDY": ["the study", "a new study published in Nature Geoscience"],
    "LF": ["Lucía Fernández", "Lucia Fernandez"],
    "SA": "Samuel Adjei",
    "RN": "Rachel Ng",
}, """
Seagrass meadows store far more carbon than thought, study finds

<q1 i STUDY opt>Seagrass meadows off the coast of northern Europe may be locking away up to three times as much carbon as previously estimated</q1>, <c1>according to</c1> <m1>a new study published in Nature Geoscience</m1>.

Researchers took sediment cores from 38 sites between Brittany and southern Norway and measured how much organic carbon was buried beneath the living plants. The paper, titled "Deep carbon burial in North Atlantic seagrass sediments", is the largest survey of its kind.

"<q2 d LF>We were genuinely surprised,</q2>" <c2,3>said</c2,3> <m2,3>the study's lead author, Dr Lucía Fernández of the University of Edinburgh</m2,3>. "<q3 d LF>Some of the cores from the Danish sites had carbon buried more than two metres down, which is far deeper than the standard models assume.</q3>"

<m4>Fernández</m4> <c4>said</c4> <q4 i LF>most national carbon inventories counted only the top metre of sediment, meaning that the true contribution of seagrass had probably been underestimated across the continent</q4>.

Her co-author, <m5>Professor Samuel Adjei</m5> of the University of Bergen, <c5>cautioned</c5> that <q5 i SA>the meadows were only valuable as carbon stores if they were left undisturbed</q5>. "<q6 d SA>If you drag an anchor or a trawl through them, a lot of that carbon can be released within a few years,</q6>" <m6>he</m6> <c6>said</c6>.

Fernández agreed. "<q7 d LF>Protection is far cheaper than restoration. Once a meadow is gone, it can take decades to come back,</q7>" <m7>she</m7> <c7>said</c7>.

<m8>Dr Rachel Ng</m8>, a marine ecologist at the University of Plymouth who was not involved in the research, <c8>described</c8> <q8 m RN opt>the findings as "important"</q8> but <m9>she</m9> <c9>said</c9> <q9 i RN>the number of sites was still small</q9>.

"<q10 d RN>I'd want to see this repeated in warmer waters before anyone starts rewriting the global figures,</q10>" <m10>she</m10> <c10>said</c10>.

The team plans to extend the survey to the Baltic next year. <m11>Fernández</m11> <c11>said</c11> <q11 i LF>funding had been secured for two more field seasons</q11>, and <m12>she</m12> <c12>added</c12> that <q12 i LF>the data would be made freely available to governments preparing their climate reports</q12>.
""")


# 5. Local crime: "police said", continuation paragraph, anonymous neighbour, traps ("quoting log").
art("blind_05_en_crime", "blind-local", {
    "POL": ["police", "Wessex Police"],
    "CR": "Claire Ridley",
    "NB": ["a neighbour", "neighbour"],
}, """
Man charged after Riverside Avenue stabbing

<q1 i POL>A 34-year-old man has been charged with attempted murder after a man was stabbed outside a takeaway in Northbrook late on Saturday</q1>, <m1>police</m1> <c1>said</c1>.

Officers were called to Riverside Avenue at about 23:40 BST. <m2>Wessex Police</m2> <c2>said</c2> <q2 i POL>the victim, a 27-year-old man, was taken to hospital with injuries that were serious but not thought to be life-threatening</q2>.

The accused, Liam Carver of Canal Street, Northbrook, is due to appear before Salisbury magistrates on Monday.

<m3,4>Detective Inspector Claire Ridley</m3,4> <c3,4>said</c3,4>: “<q3 d CR>This was a frightening incident on a busy street, and I want to thank the members of the public who stepped in to help the victim before our officers arrived.</q3>”

“<q4 d CR>We know a number of people filmed what happened on their phones. If that’s you, please get in touch, even if you think you’ve already spoken to us.</q4>”

<m5>A neighbour</m5>, who asked not to be named, <c5>said</c5> <q5 i NB>she had heard shouting and then saw a man running towards the canal towpath</q5>.

“<q6 d NB>It’s normally a quiet road. You get a bit of noise when the pubs shut, but nothing like this,</q6>” <m6>she</m6> <c6>said</c6>.

<m7>Police</m7> <c7>said</c7> <q7 i POL>a cordon around the takeaway had been lifted on Sunday afternoon and that there would be extra patrols in the area over the coming days</q7>.

The owner of the takeaway declined to comment when approached by the Gazette.

Anyone with information is asked to call 101, quoting log 4471 of 14 June, or contact Crimestoppers anonymously.
""")


# 6. Tech story: spokesperson by email, blog post, "she"/"he" chain, feature name in quotes (not a quote).
art("blind_06_en_tech", "blind-tech", {
    "USERS": ["users", "Loopline users"],
    "SP": ["a Loopline spokesperson", "Loopline spokesperson", "Loopline"],
    "NH": "Noor Haddad",
    "BC": "Ben Castellano",
    "ICO": ["Information Commissioner's Office", "ICO"],
}, """
Loopline pulls AI summaries after users see strangers' messages

Messaging app Loopline has switched off a new AI feature after <m1>users</m1> <c1>reported</c1> that <q1 i USERS>it showed them snippets of other people's conversations</q1>.

The feature, called "Catch Me Up", was launched last month and produced short summaries of busy group chats.

“<q2 d SP>We take this extremely seriously and turned off the feature as soon as we were able to confirm the issue,</q2>” <m2,3>a Loopline spokesperson</m2,3> <c2,3>said in an email</c2,3>. “<q3 d SP>Our investigation so far indicates that fewer than 0.1% of users were affected.</q3>”

<m4>The spokesperson</m4> <c4>said</c4> <q4 i SP>the bug had been caused by a caching error introduced in an update on 3 March, and not by the AI model itself</q4>. She did not respond to a follow-up question about whether regulators had been notified.

The problem was first flagged on Sunday by Noor Haddad, an independent security researcher, who posted screenshots online. Reached by phone, <m5>Haddad</m5> <c5>said</c5> <q5 i NH>she had seen summaries that mentioned the names and home addresses of people she had never messaged</q5>.

“<q6 d NH>It’s the kind of bug that should never get anywhere near production,</q6>” <m6,7>she</m6,7> <c6,7>said</c6,7>. “<q7 d NH>Somebody decided to ship first and test later.</q7>”

Loopline’s chief executive, <m8>Ben Castellano</m8>, <c8>wrote in a blog post</c8> on Tuesday evening that <q8 m BC>the company would commission an external audit and would not relaunch the feature “until we are certain it is safe”</q8>.

“<q9 d BC>I’m sorry. We let our users down, and we will earn back their trust,</q9>” <m9>he</m9> <c9>wrote</c9>.

<m10>The Information Commissioner’s Office</m10> <c10>said</c10> <q10 m ICO>it was “aware of reports” and was making enquiries</q10>.
""")


# 7. Live blog with timestamps.
art("blind_07_en_liveblog", "blind-liveblog", {
    "MO": ["Met Office", "the Met Office"],
    "NR": ["Network Rail"],
    "SPY": "Sian Pryce",
    "HT": "Hugh Tremayne",
    "RK": "Rosalind Kemp",
    "JA": "Jonathan Albright",
    "WPN": ["Western Power Networks"],
    "EA": ["Environment Agency", "the agency"],
    "LB": "Lucy Barnes",
}, """
Storm Isolde: live updates as 90mph winds hit south-west

14:05
<m1>The Met Office</m1> has <c1>said</c1> <q1 i MO>gusts of up to 90mph are possible on exposed coasts of Cornwall and Devon this evening</q1>. An amber wind warning is in force until 06:00 on Friday.

14:22
<m2>Network Rail</m2> <c2>says</c2> <q2 i NR>all services west of Exeter will be suspended from 16:00</q2>.

"<q3 d SPY>Please do not attempt to travel unless your journey is absolutely essential. We will reopen lines as soon as it is safe,</q3>" <c3>said</c3> <m3>the company's route director, Sian Pryce</m3>.

14:40
<m4>A reader in Penzance, Hugh Tremayne</m4>, has <c4>emailed to say</c4> <q4 i HT>the sea wall at Newlyn harbour is already being overtopped by waves</q4>.

15:10
Cornwall Council leader <m5>Rosalind Kemp</m5> has <c5>told</c5> local radio that <q5 i RK>three rest centres have been opened for people who need to leave their homes</q5>.

"<q6 d RK>We have sandbags available at all fire stations, and we'd urge people to collect them now rather than wait until the water is at the door,</q6>" <m6>she</m6> <c6>said</c6>.

15:32
Environment Secretary <m7>Jonathan Albright</m7> has <c7>posted</c7> on X: "<q7 d JA>I've spoken to council leaders across the south-west this afternoon. Government stands ready to support them with whatever is needed.</q7>"

15:48
<q8 i WPN>Around 12,000 homes in Cornwall and Devon are now without power</q8>, <c8>according to</c8> <m8>Western Power Networks</m8>. Engineers will not be sent out until the winds ease.

16:05
The Environment Agency has issued two severe flood warnings, for Looe and Mevagissey. "<q9 d EA>Severe flood warnings mean there is a danger to life. Follow the advice of the emergency services,</q9>" <m9>the agency</m9> <c9>said</c9> in its alert.

16:20
<m10>Our correspondent Lucy Barnes</m10>, in St Ives, <c10>says</c10> <q10 i LB>the harbour front is deserted</q10>. "<q11 d LB>The boats have all been pulled up and the shops are boarded. Only the gulls are out,</q11>" <m11>she</m11> <c11>says</c11>.
""")
