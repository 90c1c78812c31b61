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

<m8>Dr Rachel Ng</m8>, a marine ecologist at the University of Plymouth who was not involved in the research, <c8>described</c8> the findings as "<q8 d RN opt>important</q8>" but <m9>she</m9> <c9>said</c9> <q9 i RN>the number of sites was still small</q9>.

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


# 8. Obituary: family quotes, memoir title (not a quote), nested report, he/she chain.
art("blind_08_en_obituary", "blind-obituary", {
    "FAM": ["her family", "Marlowe family", "the family of Edith Marlowe"],
    "CMH": ["Caroline Marlowe-Hart", "Caroline Marlowe Hart"],
    "PM": "Peter Marlowe",
    "AD": "Anil Desai",
    "EM": "Edith Marlowe",
}, """
Edith Marlowe, pioneering heart surgeon, dies aged 91

Edith Marlowe, one of the first women to lead a cardiac surgery unit in Britain, has died at the age of 91. <m1>Her family</m1> <c1>said</c1> <q1 i FAM>she died peacefully at her home in Bath on Sunday, surrounded by her children and grandchildren</q1>.

Born in Leeds in 1934, the daughter of a railway clerk and a seamstress, Marlowe won a scholarship to study medicine at a time when women made up fewer than one in ten students. She later described those years in her memoir, “Hands Steady, Heart Open”, which was published in 2004 and became an unlikely bestseller.

“<q2 d CMH>Mum never saw herself as a trailblazer. She just thought the job needed doing and that she was the best person to do it,</q2>” <c2,3>said</c2,3> <m2,3>her daughter, Caroline Marlowe-Hart</m2,3>. “<q3 d CMH>She’d come home after a 14-hour operation and still ask us about our spelling tests.</q3>”

Her son, <m4>Peter</m4>, <c4>said</c4> <q4 i PM>his mother had kept a handwritten record of every patient she operated on, more than 6,000 names in all</q4>.

“<q5 d PM>She read through them every New Year’s Day,</q5>” <m5,6>he</m5,6> <c5,6>said</c5,6>. “<q6 d PM>She remembered most of them, and she always wanted to know how they were getting on.</q6>”

<m7>Professor Anil Desai</m7>, who trained under her at the Bristol Royal Infirmary in the 1980s, <c7>described</c7> <q7 m AD opt>her as “ferociously demanding and endlessly kind”</q7>. <m8>He</m8> <c8>said</c8> <q8 i AD>a generation of surgeons owed their careers to her insistence that trainees be allowed to operate, under supervision, far earlier than was then usual</q8>.

In a 1998 radio interview, <m9>Marlowe</m9> <c9>recalled</c9> that <q9 m EM>a senior consultant had once told her that women “lacked the stamina” for cardiac work</q9>.

“<q10 d EM>I decided the best answer was to outlast him,</q10>” <m10,11>she</m10,11> <c10,11>said</c10,11>. “<q11 d EM>He retired in 1979. I carried on until 2001.</q11>”

She was appointed CBE in 1995 for services to medicine. Her husband, the architect Robert Hart, died in 2012. She is survived by her two children and five grandchildren.
""")


# 9. Sports match report: split quotes (speaker in the middle of a sentence), "said Okafor", nickname in quotes.
art("blind_09_en_sport", "blind-sport", {
    "CO": "Chiamaka Okafor",
    "SD": "Sean Doherty",
    "GP": "Graham Pell",
    "LBR": "Lucy Brennan",
}, """
Late Okafor header sends Harbour City into cup semi-finals

Harbour City Women 2-1 Ashby Vale Women

Chiamaka Okafor rose highest in the 88th minute to send Harbour City into the Women's FA Cup semi-finals and end Ashby Vale's run of six straight wins.

The striker, known to the home crowd as "The Rocket", met Hannah Price's corner with a thumping header after Ashby had dominated for long spells.

"<q1 d CO>I just saw the ball hanging there,</q1>" <c1,2>said</c1,2> <m1,2>Okafor</m1,2>, "<q2 d CO>and thought, this one is mine.</q2>"

Harbour City manager <m3>Sean Doherty</m3> <c3>admitted</c3> <q3 i SD>his side had been second best for most of the first hour</q3>.

"<q4 d SD>We rode our luck, no question,</q4>" <m4,5>Doherty</m4,5> <c4,5>said</c4,5>. "<q5 d SD>But cup football is about moments, and we had the player who took hers.</q5>"

"<q6 d SD>The first half,</q6>" <m6,7>he</m6,7> <c6,7>added</c6,7>, "<q7 d SD>was probably the worst we've played all season. I told them that at half-time, in slightly stronger language.</q7>"

Ashby had led through Megan Fox-Talbot's deflected strike before Jess Ward equalised with a penalty on 71 minutes.

<m8>Pell</m8>, the Ashby Vale boss, <c8>said</c8> <q8 i GP>he was proud of his players but felt the winning goal should have been ruled out for a push on his goalkeeper</q8>.

"<q9 d GP>I've seen it back three times. If that's not a foul, I don't know what is,</q9>" <c9>said</c9> <m9>Graham Pell</m9>, whose side sit second in the league.

Ashby captain <m10>Lucy Brennan</m10> <c10>said</c10> <q10 m LBR>the dressing room was "devastated" but that the squad would use the defeat as motivation</q10>.

"<q11 d LBR>We'll be back. This group doesn't stay down for long,</q11>" <m11>she</m11> <c11>said</c11>.

Harbour City will learn their semi-final opponents in Monday's draw.
""")


# 10. Opinion-heavy feature: scare quotes, book/podcast titles, "says X" present tense, he/she chain.
art("blind_10_en_feature", "blind-feature", {
    "MC": "Miriam Castell",
    "HL": "Howard Lin",
    "JR": "Jonah Reyes",
    "PI": ["Polaris Insight"],
    "DM": "Dev Malhotra",
}, """
The quiet rise of the 'dumbphone'

It started, as these things often do, with a hashtag. Then came the "digital detox" retreats, the YouTube unboxings of £40 flip phones and a small but vocal community of converts who describe themselves, without apparent irony, as "recovering users".

The so-called "dumbphone" is having a moment. Whether it amounts to a movement is another question.

<m1>Miriam Castell</m1>, whose book "The Disconnected Life" spent 11 weeks on the bestseller list, <c1>argues</c1> that <q1 i MC>the trend is less about technology than about control</q1>.

"<q2 d MC>People don't hate their phones. They hate the feeling that something else is deciding what they look at,</q2>" <m2>she</m2> <c2>told me</c2> over coffee in a café that, pointedly, has no Wi-Fi. Castell is fond of the phrase "attention sovereignty", which she coined on her podcast, "Offline Hours", and which now appears on tote bags.

Critics are less convinced. <m3>Dr Howard Lin</m3>, who studies adolescent technology use at Kingsbridge University, <c3>says</c3> <q3 m HL>the evidence that switching to a basic phone improves wellbeing is "thin and mostly anecdotal"</q3>.

"<q4 d HL>There's a lot of nostalgia dressed up as science,</q4>" <c4,5>says</c4,5> <m4,5>Lin</m4,5>. "<q5 d HL>A Nokia from 2004 is not a health intervention.</q5>"

Still, the numbers are hard to ignore. <q6 i PI>Sales of basic handsets in the UK rose 18% last year</q6>, <c6>according to</c6> <m6>the market research firm Polaris Insight</m6>, with the biggest growth among under-25s.

<m7>Jonah Reyes</m7>, 17, <c7>says</c7> <q7 i JR>he swapped his smartphone for a flip phone last spring after failing two mock exams</q7>. "<q8 d JR>My friends thought I'd joined a cult,</q8>" <m8,9>he</m8,9> <c8,9>says</c8,9>, laughing. "<q9 d JR>Now three of them have one.</q9>"

"<q10 d DM>I sell more of these than I do iPhones now,</q10>" <c10>says</c10> <m10>Dev Malhotra</m10>, who runs a repair shop in Walthamstow and has started stocking what he calls "the classics".

Whether the "dumbphone" is a revolution or just another lifestyle "trend" with a marketing budget, Castell is unbothered. "<q11 d MC>Ask me in ten years,</q11>" <m11>she</m11> <c11>says</c11>.
""")


# 11. Council row: "says the mayor", "said Mayor X", "he continued", "she added", "Says Demir:", pronoun chain.
art("blind_11_en_council", "blind-local", {
    "HO": ["Helen Okoye", "the mayor"],
    "RB": "Richard Baines",
    "YD": "Yusuf Demir",
}, """
Cycle lane row splits Dunmore council

<q1 i HO>Plans for a protected cycle lane along Dunmore's High Street will go ahead despite fierce opposition from shopkeepers</q1>, <c1>says</c1> <m1>the mayor</m1>.

"<q2 d HO>We consulted for eighteen months. At some point you have to make a decision,</q2>" <c2,3>said</c2,3> <m2,3>Mayor Helen Okoye</m2,3> at Thursday's full council meeting. "<q3 d HO>Doing nothing is also a decision, and it's the one that has left us with the worst air quality in the county.</q3>"

Her main opponent on the council, <m4>Councillor Richard Baines</m4>, <c4>said</c4> <q4 i RB>the scheme would remove 40 parking spaces and drive customers to out-of-town retail parks</q4>.

"<q5 d RB>Ask anyone who runs a business on that street,</q5>" <m5,6>he</m5,6> <c5,6>continued</c5,6>. "<q6 d RB>They will tell you the same thing: this will finish us off.</q6>"

<m7>Okoye</m7> <c7>replied</c7> that <q7 i HO>the council's own survey showed that most High Street shoppers arrived on foot or by bus</q7>. "<q8 d HO>The figures are the figures,</q8>" <m8>she</m8> <c8>added</c8>.

Traders themselves are divided. "<q9 d YD>Honestly? I'm not sure either side has asked us properly,</q9>" <c9>says</c9> <m9>Yusuf Demir</m9>, who has run a bakery on the High Street for 22 years.

<c10>Says</c10> <m10>Demir</m10>: "<q10 d YD>If the lane brings people in, good. If it doesn't, I'll be the first one knocking at the council's door.</q10>"

After the vote, <m11>Baines</m11> <c11>said</c11> <q11 m RB>he would ask for the decision to be "called in" for review by the scrutiny committee</q11>.

Asked about the threat, the mayor shrugged. "<q12 d HO>Let him,</q12>" <m12,13>she</m12,13> <c12,13>said</c12,13>. "<q13 d HO>I'm confident the decision will stand.</q13>"

Work on the lane is due to start in September and take around four months.
""")


# 12. Courtroom: "told the court", multi-paragraph quote (one span), nested single-quoted quote, headline fragment.
art("blind_12_en_court", "blind-court", {
    "FM": "Fiona Markham",
    "GH": "Gordon Healey",
    "MO": "Michael Oduya",
    "AP": "Alexandra Price",
    "SW": "Susan Whitlow",
}, """
<m1>Former council finance chief</m1> <q1 m FM opt>'felt pressured' to approve contracts</q1>, <c1>court hears</c1>

<m2>A former finance director at Castlebridge Borough Council</m2> has <c2>told</c2> a jury <q2 m FM>she felt "under enormous pressure" to sign off contracts worth £4.2m for a company linked to the council's then leader</q2>.

<m3>Fiona Markham</m3>, 52, <c3>told</c3> Southwark Crown Court that <q3 m FM>Gordon Healey, who led the council from 2015 to 2021, had repeatedly asked her to "find a way" to approve invoices from Westgate Facilities Ltd without putting the work out to tender</q3>.

Mr Healey, 64, of Abbey Road, Castlebridge, denies two counts of misconduct in public office.

Giving evidence on Tuesday, <m4>Ms Markham</m4> <c4>said</c4>: "<q4 d FM>He would come into my office and close the door. He never shouted. He didn't need to.

"<m5>He</m5>'d <c5>say</c5>, '<q5 d GH opt>Fiona, we both know this is the best company for the job. Don't make it complicated.</q5>' I knew exactly what that meant.</q4>"

Under cross-examination, <m6>Michael Oduya KC</m6>, for the defence, <c6>suggested</c6> that <q6 i MO>Ms Markham had approved the contracts herself and was now trying to shift the blame onto his client</q6>.

"<q7 d FM>That is simply not true,</q7>" <m7>she</m7> <c7>replied</c7>.

Opening the case last week, <m8>Alexandra Price KC</m8>, prosecuting, <c8>told</c8> jurors <q8 m AP>the case was "about a man who treated the public purse as his own"</q8>. <m9>She</m9> <c9>said</c9> <q9 i AP>Westgate Facilities was run by Mr Healey's brother-in-law and had been paid for cleaning work that was, in several cases, never carried out</q9>.

In a police interview read to the court, <m10>Mr Healey</m10> <c10>told</c10> officers that <q10 i GH>he had never put pressure on any member of staff</q10>. "<q11 d GH>I have never in my life asked anyone to break the rules,</q11>" <m11>he</m11> <c11>said</c11>.

<m12>Judge Susan Whitlow</m12> <c12>reminded</c12> jurors that <q12 i SW opt>they must not research the case online or discuss it with anyone outside the jury room</q12>.

The trial continues.
""")


# 17. Wire story: anonymous sources, "said on Monday, adding that", speaker-first colon quote,
#     "in an interview with", a quoted slogan on a banner (not a quote), denial with "did not".
art("blind_17_en_wire", "blind-wire", {
    "SRC": ["people familiar with the talks", "sources"],
    "AV": "Anders Vik",
    "PK": "Petra Kovač",
    "MIN": ["Ministry of Transport", "the ministry"],
    "TB": "Tomas Brandt",
}, """
Danube shipping deal stalls over port fees, sources say

VIENNA, March 3 (Harbour Wire) - <q1 i SRC>Talks on a regional agreement to cut fees for cargo barges on the Danube have stalled over how to share the cost of dredging</q1>, <m1>three people familiar with the talks</m1> <c1>said</c1> on Monday.

The draft deal, which negotiators had hoped to sign in April, would harmonise port charges along a 1,500-km stretch of the river. <m2>One of the people</m2>, who spoke on condition of anonymity because the talks are confidential, <c2>said</c2> <q2 i SRC>two delegations had asked for the dredging budget to be reopened at the last minute</q2>.

<m4,5>Anders Vik</m4,5>, the European Commission's special envoy for inland waterways, declined to comment on the details but <c4>said</c4> <q4 m AV>he still expected an agreement "within weeks, not months"</q4>, <c5>adding</c5> that <q5 i AV>no delegation had walked away</q5>.

In an interview with Harbour Wire, <m6>Petra Kovač</m6>, who chairs the barge operators' association, <c6>said</c6>: "<q6 d PK>Every month without a deal costs our members money. Low water last summer already pushed some of the smaller firms to the edge.</q6>"

"<q7 d PK>We are not asking for subsidies. We are asking for one set of rules from Regensburg to the Black Sea,</q7>" <m7>Kovač</m7> <c7>said</c7>.

<m8>A spokesman for Austria's transport ministry</m8> <c8>said</c8> <q8 m MIN>the government "remains committed" to the agreement and did not see the dispute over dredging as insurmountable</q8>.

Outside the conference centre on Monday, a small group of environmental campaigners held a banner reading "Rivers are not motorways". Their spokesman, <m9>Tomas Brandt</m9>, <c9>said</c9> <q9 i TB>deeper dredging would damage spawning grounds for sturgeon and other protected fish</q9>.

"<q10 d TB>Nobody in that room is talking about the river itself,</q10>" <m10,11>he</m10,11> <c10,11>said</c10,11>. "<q11 d TB>They are talking about it as if it were a road.</q11>"

Negotiators are due to meet again in Budapest on March 17.
""")
