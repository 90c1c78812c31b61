# English articles of the wire_en corpus.  Original, invented prose; every person is fictional.
from build_wire_en import article

article(
    "wire_en_01_xinhua_diplomatic", "wire_en/xinhua-style-diplomatic-wire", "en",
    {"wen": "Wen Haoran", "dauletov": "Yerlan Dauletov", "ministry": "the Chinese Foreign Ministry",
     "lu": "Lu Meiqing"},
    """
Chinese, Kazakh foreign ministers hold talks, pledge {{q:indirect?:wen:-:-|to deepen all-round strategic cooperation and jointly uphold regional security}}

BEIJING, March 18 (Xinhua) -- Chinese Foreign Minister Wen Haoran held talks here on Tuesday with Kazakh Foreign Minister Yerlan Dauletov, who is on an official visit to China from March 17 to 19.

{{c:c0|Noting that}} {{q:indirect:wen:m1:c0|this year marks the 33rd anniversary of the establishment of diplomatic ties between the two countries}}, {{m:m1|Wen}} {{c:c1|said}} that {{q:indirect:wen:m1:c1|China-Kazakhstan relations have withstood the test of a changing international landscape and set a fine example of good-neighbourliness, mutual trust and win-win cooperation}}.

{{q:indirect:wen:m2:c2|China stands ready to work with Kazakhstan to implement the important consensus reached by the two heads of state, consolidate political mutual trust and continue to firmly support each other on issues concerning their respective core interests}}, {{m:m2|Wen}} {{c:c2|said}}.

{{m:m3|He}} {{c:c3|stressed the need for}} {{q:indirect?:wen:m3:c3|the two sides to further synergise the Belt and Road Initiative with Kazakhstan's national development strategies, expand cooperation in trade, energy, agriculture and green industries, and ensure the safe and smooth operation of cross-border railways and border crossings}}.

"{{q:direct:wen:m4:c4|The door of China's opening-up will only open wider. We welcome more high-quality Kazakh agricultural products into the Chinese market,}}" {{m:m4|the Chinese foreign minister}} {{c:c4|said}}.

{{m:m5|Wen}} also {{c:c5|called on}} {{q:indirect?:wen:m5:c5|the two countries to strengthen coordination within the Shanghai Cooperation Organization and the China-Central Asia mechanism, and jointly oppose hegemonism, unilateralism and bloc confrontation}}.

For his part, {{m:m6|Dauletov}} {{c:c6|said}} that {{q:indirect:dauletov:m6:c6|Kazakhstan attaches great importance to its permanent comprehensive strategic partnership with China and regards China as a trustworthy friend and partner}}.

{{q:indirect:dauletov:m7:c7|Kazakhstan firmly abides by the one-China principle}}, {{m:m7|he}} {{c:c7|said}}, {{c:c8|adding that}} {{q:indirect:dauletov:m7:c8|his country is willing to take the opportunity of the upcoming summit in Astana to deepen cooperation in connectivity, critical minerals, the digital economy and people-to-people exchanges}}.

{{m:m9|Dauletov}} {{c:c9|expressed the hope that}} {{q:indirect?:dauletov:m9:c9|more Chinese enterprises will invest in Kazakhstan's manufacturing and logistics sectors}}, {{c:c10|noting that}} {{q:indirect:dauletov:m9:c10|the Kazakh government will continue to provide a sound business environment for foreign investors}}.

"{{q:direct:dauletov:m11:c11|We see the Middle Corridor not as a competitor to anyone's routes but as a bridge that serves the whole Eurasian continent,}}" {{m:m11|the Kazakh minister}} {{c:c11|told}} reporters after the talks.

The two sides also exchanged in-depth views on the situation in Afghanistan, the Ukraine crisis and other international and regional issues of common concern.

{{q:indirect:ministry:m12:c12|Both sides agreed to hold the next round of the foreign ministers' strategic dialogue in Astana in the second half of the year}}, {{c:c12|according to}} {{m:m12|a statement released by the Chinese Foreign Ministry}}.

Dauletov is also scheduled to meet Chinese Vice President Gao Jianping during his stay.

On Monday, {{m:m13|Chinese Foreign Ministry spokesperson Lu Meiqing}} {{c:c13|told}} a regular press briefing that {{q:mixed:lu:m13:c13|the visit would "inject new impetus" into bilateral relations ahead of the summit}}.

Asked about reports that the two countries would sign a new agreement on cross-border water resources, {{m:m14|Lu}} {{c:c14|said}} that {{q:indirect:lu:m14:c14|the relevant departments of the two sides are maintaining close communication and that information will be released in due course}}.

"{{q:direct:lu:m15:c15|Water cooperation is an important part of China-Kazakhstan relations. China has always handled it in a responsible manner, taking into account the reasonable needs of both upstream and downstream countries,}}" {{m:m15|she}} {{c:c15|said}}.
""")

article(
    "wire_en_02_reuters_coalition", "wire_en/reuters-style-politics-sources", "en",
    {"sources": ["two government sources", "sources"], "onesource": "one of the sources",
     "moura": "Catarina Moura", "fontes": "Rui Fontes",
     "psd": "a senior official in Valente's Social Democratic Party",
     "saraiva": ["Helena Saraiva", "Helena Saraiva's office"], "atlantico": "analysts at Banco Atlântico",
     "carvalho": "Inês Carvalho", "source2": "a second source"},
    """
{{q:indirect:sources:h1:-|Portugal's budget talks near collapse as junior partner threatens walkout}} -{{m:h1|sources}}

LISBON, Oct 7 (Reuters) - {{q:indirect:sources:m1:c1|Talks on Portugal's 2026 budget were on the verge of collapse on Tuesday after the junior partner in the ruling coalition threatened to pull out over planned cuts to regional transport subsidies}}, {{m:m1|two government sources}} {{c:c1|told Reuters}}.

Prime Minister Duarte Valente's minority government needs the votes of the centrist Liberal Union (UL) to pass the budget before a parliamentary deadline on Oct. 31, and a defeat could trigger a snap election, the country's third in four years.

{{q:indirect:onesource:m2:c2|The UL leadership had given Valente until Friday to restore the subsidies}}, {{c:c2|said}} {{m:m2|one of the sources}}, who asked not to be named because the negotiations were private. "{{q:direct:onesource:m2:c2|They are not bluffing this time. There are people in that party who would rather go to elections than sign this.}}"

{{m:m3|Finance Minister Catarina Moura}} {{c:c3|told}} reporters in parliament that {{q:mixed:moura:m3:c3|the deficit target was "not up for negotiation" but that there was room to discuss how the savings were distributed}}.

"{{q:direct:moura:m4:c4|We have always said the door is open. What we cannot do is send Brussels a budget that does not add up,}}" {{m:m4|she}} {{c:c4|said}}.

{{m:m5|UL leader Rui Fontes}}, whose party holds 14 seats in the 230-member assembly, {{c:c5|wrote}} on X that {{q:mixed:fontes:m5:c5|his party would "not be the one to pay for Lisbon's accounting" and that regions outside the capital had been "forgotten for too long"}}.

{{m:m6|A senior official in Valente's Social Democratic Party}}, speaking on condition of anonymity, {{c:c6|said}} {{q:indirect:psd:m6:c6|the prime minister had spoken to Fontes by phone twice on Monday night}}.

"{{q:direct:psd:m7:c7|Nobody wants an election in December. That is the strongest card we have,}}" {{m:m7|the official}} {{c:c7|said}}.

{{m:m8|President Helena Saraiva}}, who would have to dissolve parliament if the budget fails, has {{c:c8|urged}} {{q:indirect?:saraiva:m8:c8|the parties to reach a deal}}. {{q:indirect:saraiva:m9:c9|Saraiva would receive the leaders of all parliamentary parties on Thursday}}, {{m:m9|her office}} {{c:c9|said}} in a statement.

Portuguese 10-year bond yields rose 6 basis points to 3.21%, their highest in two months.

{{q:indirect:atlantico:m10:c10|A snap election would probably delay the disbursement of the remaining EU recovery funds by at least a quarter}}, {{m:m10|analysts at Banco Atlântico}} {{c:c10|wrote}} in a note to clients.

"{{q:direct:carvalho:m11:c11|This government has managed to lose a majority it never had,}}" {{m:m11|Socialist leader Inês Carvalho}} {{c:c11|told}} broadcaster RTP. {{m:m12|She}} {{c:c12|said}} {{q:indirect:carvalho:m12:c12|her party would vote against the budget in any form}}.

{{m:m13|A second source}}, a government official familiar with the talks, {{c:c13|said}} {{q:indirect:source2:m13:c13|the finance ministry had prepared a compromise that would restore about half of the subsidies}}, but {{c:c14|cautioned}} that {{q:indirect:source2:m13:c14|Moura had yet to sign off on it}}.

"{{q:direct:source2:m15:c15|It depends on whether the prime minister wants to be seen blinking first,}}" {{m:m15|the official}} {{c:c15|said}}.

Moura's office declined to comment on the proposal.

(Reporting by Sofia Mendes and Tiago Reis; Writing by Laura Beck; Editing by Simon Hale)
""")

article(
    "wire_en_03_ap_congress", "wire_en/ap-style-us-congress", "en",
    {"hartley": "Glenn Hartley", "rhodes": "Tamika Rhodes", "whitlock": "Dana Whitlock",
     "bell": "Marcus Bell", "aide": "a senior Republican aide", "wh": "the White House",
     "ortega": "Lena Ortega", "pruitt": "Roy Pruitt"},
    """
House passes stopgap bill to avert shutdown, sending it to an uncertain fate in the Senate

WASHINGTON (AP) — The House voted 221-209 on Thursday to pass a stopgap spending bill that would keep the government funded through mid-December, sending the measure to a Senate where Democrats have vowed {{q:indirect?:rhodes:-:-|to change it}} and the clock is running out.

The vote came after a week of closed-door meetings in which House Speaker Glenn Hartley struggled to win over a bloc of conservatives who wanted deeper cuts.

"{{q:direct:hartley:m1:c1|We did our job. Now the Senate needs to do theirs,}}" {{m:m1|Hartley}}, R-Ind., {{c:c1|told}} reporters after the vote.

{{m:m2|The speaker}} {{c:c2|said}} {{q:indirect:hartley:m2:c2|he had spoken to the White House on Wednesday and was confident the president would sign the measure if the Senate passed it unchanged}}.

Democrats were unmoved. {{m:m3|House Democratic leader Tamika Rhodes of New York}} {{c:c3|called}} {{q:mixed?:rhodes:m3:c3|the bill "a ransom note dressed up as a compromise"}}.

"{{q:direct:rhodes:m4:c4|They cut heating assistance for seniors in the middle of winter and then they want a thank-you card,}}" {{m:m4|Rhodes}} {{c:c4|said}} in a floor speech before the vote. "{{q:direct:rhodes:m4:c4|We are not going to give them one.}}"

{{m:m5|Rep. Dana Whitlock}}, R-Ohio, one of 11 Republicans who voted against the measure, {{c:c5|said}} {{q:indirect:whitlock:m5:c5|she could not support another short-term patch}}.

"{{q:direct:whitlock:m6:c6|I was sent here to fix the way we spend money, not to keep kicking the can down the road every three months,}}" {{c:c6|said}} {{m:m6|the Ohio Republican}}, who is in her second term.

{{m:m7|A senior Republican aide}}, who spoke on condition of anonymity to discuss private conversations, {{c:c7|said}} {{q:indirect:aide:m7:c7|Hartley had promised the holdouts a vote on a balanced-budget amendment in January in exchange for not blocking the bill}}.

In the Senate, {{m:m8|Majority Leader Marcus Bell}}, D-Md., {{c:c8|said}} {{q:mixed:bell:m8:c8|his chamber would take up the House bill "as soon as humanly possible"}}. But {{m:m9|he}} {{c:c9|warned}} that {{q:indirect:bell:m9:c9|Democrats would try to amend it to restore the heating assistance money}}, which would send it back to the House with only days to spare.

"{{q:direct:bell:m10:c10|If the speaker wants to shut down the government over $400 million for old folks' heating bills, that is a choice he can explain to the country,}}" {{m:m10|Bell}} {{c:c10|said}}.

{{m:m11|Sen. Roy Pruitt}}, R-Texas, {{c:c11|said}} on social media that {{q:mixed:pruitt:m11:c11|any amended version would be "dead on arrival"}}. {{m:m12|The Texas Republican}}, who is running for governor next year, {{c:c12|added}} that {{q:indirect:pruitt:m12:c12|he would use every procedural tool available to slow it down}}.

{{m:m13|The White House}} {{c:c13|said}} in a statement that {{q:mixed:wh:m13:c13|the president would sign "any clean bill" that keeps the government open}}.

"{{q:direct:ortega:m14:c14|The president's view is simple: keep the lights on, then keep talking,}}" {{m:m14|White House press secretary Lena Ortega}} {{c:c14|told}} reporters aboard Air Force One.

If Congress fails to act by midnight Sept. 30, hundreds of thousands of federal workers would be furloughed.

___

Associated Press writers Kevin Freed and Ana Lopes contributed to this report.
""")

article(
    "wire_en_04_bbc_explainer", "wire_en/bbc-style-explainer-embedded-quotes", "en",
    {"council": "Ashworth Borough Council", "drivers": "many drivers", "oduya": "Janet Oduya",
     "handler": "the woman on the phone", "malhotra": "Dev Malhotra", "tasker": "Brian Tasker",
     "buses": "Ashworth Buses", "nair": "Priya Nair"},
    """
What is the Ashworth bus gate row and why are drivers so angry?

Drivers in Ashworth have been fined more than £2m in the first eight months of a scheme meant to keep cars out of the town centre.

The camera-enforced "bus gate" on Mill Street has become one of the most talked-about subjects in the town, with a petition against it gathering thousands of signatures.

What is a bus gate?

A bus gate is a short stretch of road that only buses, taxis and cyclists are allowed to use. Cameras record the number plates of other vehicles, and their owners are sent a penalty notice of £70, reduced to £35 if paid within 14 days.

{{m:m1|Ashworth Borough Council}} {{c:c1|says}} {{q:indirect:council:m1:c1|the scheme has cut bus journey times through the centre by up to 12%}}.

Why are people angry?

{{m:m2|Many drivers}} {{c:c2|say}} {{q:indirect:drivers:m2:c2|the signs are too small and appear too late for them to turn away}}.

{{m:m3|Janet Oduya}}, who runs a florist's shop on Mill Street, {{c:c3|told BBC Radio Ashworth}} {{q:indirect:oduya:m3:c3|she had received three fines in a single week}}.

"{{q:direct:oduya:m4:c4|I rang the council and the {{m:m5|woman on the phone}} {{c:c5|said}} '{{q:direct?:handler:m5:c5|everybody gets caught at first, love}}'. That's not an answer, is it?}}" {{m:m4|she}} {{c:c4|said}}.

{{m:m6|Transport campaigner Dev Malhotra}}, from the group Fair Roads Ashworth, {{c:c6|says}} {{q:mixed:malhotra:m6:c6|the council is "using cameras as a cash machine"}}.

{{m:m7|He}} {{c:c7|points out}} that {{q:indirect:malhotra:m7:c7|more than 40% of the fines were issued in the first two months, before extra signs were put up}}.

What does the council say?

{{m:m8|Councillor Brian Tasker}}, the cabinet member for transport, {{c:c8|told the BBC}}: "{{q:direct:tasker:m8:c8|Nobody wants to fine anyone. The aim is zero fines and a bus service that actually runs on time.}}"

{{m:m9|He}} {{c:c9|said}} {{q:indirect:tasker:m9:c9|the council had reviewed the signage after complaints and added new road markings in March}}, but {{c:c10|insisted}} {{q:mixed:tasker:m9:c10|the gate had been "clearly signed from day one"}}.

The bus operator, {{m:m11|Ashworth Buses}}, {{c:c11|said}} {{q:indirect:buses:m11:c11|punctuality on the route had risen from 71% to 86% since the gate opened}}.

Do bus gates work?

{{m:m12|Dr Priya Nair}}, a transport researcher at the University of Leeds, {{c:c12|says}} {{q:mixed:nair:m12:c12|bus gates "do work, but only if people understand them"}}.

"{{q:direct:nair:m13:c13|Most drivers are not trying to break the rules,}}" {{m:m13|she}} {{c:c13|says}}. "{{q:direct:nair:m13:c13|If a large number of people are being caught, that's a design problem, not a driver problem.}}"

She points to Bristol and Oxford, where fines fell sharply once signs were moved further back from the cameras.

What happens next?

The council's scrutiny committee will review the scheme in June. {{m:m14|Mr Malhotra}} {{c:c14|said}} {{q:indirect:malhotra:m14:c14|his group would present its petition at the full council meeting on 14 May}}.

{{m:m15|Ms Oduya}} {{c:c15|says}} {{q:indirect:oduya:m15:c15|she will now take the bus into town}}.

"{{q:direct:oduya:m16:c16|At least I know that won't get a fine,}}" {{m:m16|she}} {{c:c16|jokes}}.
""")

article(
    "wire_en_05_un_security_council", "wire_en/un-meetings-coverage-summary", "en",
    {"couto": "Maria Helena Couto", "okafor": "Samuel Okafor",
     "france": ["the representative of France", "France"],
     "us": ["the representative of the United States", "the speaker for the United States", "United States"],
     "china": ["the representative of China", "China's delegate", "China"],
     "russia": ["the representative of the Russian Federation", "Russian Federation"],
     "sierra": ["the representative of Sierra Leone", "Sierra Leone"],
     "ecuador": ["the representative of Ecuador", "Ecuador"],
     "haiti": "Jean-Robert Déliscar"},
    """
Security Council Hears Calls for Urgent Support to Multinational Mission as Gang Violence in Haiti Spreads beyond Capital

Briefing the Security Council this morning, {{m:m1|Maria Helena Couto}}, Special Representative of the Secretary-General and Head of the United Nations Integrated Office in Haiti (BINUH), {{c:c1|said}} that {{q:indirect:couto:m1:c1|armed gangs now control or influence close to 90 per cent of Port-au-Prince and have expanded their attacks into the Artibonite and Centre departments}}.

"{{q:direct:couto:m2:c2|Every week that the Multinational Security Support mission remains under-resourced, the gangs recruit more children and push deeper into areas that were safe only a year ago,}}" {{m:m2|she}} {{c:c2|warned}}. {{m:m3|She}} {{c:c3|added}} that {{q:indirect:couto:m3:c3|the mission had received less than a third of the personnel pledged by Member States}}.

Also briefing, {{m:m4|Samuel Okafor}}, Director of Operations at the Office for the Coordination of Humanitarian Affairs (OCHA), {{c:c4|said}} that {{q:indirect:okafor:m4:c4|more than 700,000 people are now internally displaced, half of them children}}. {{m:m5|He}} {{c:c5|noted}} that {{q:indirect:okafor:m5:c5|the humanitarian response plan for Haiti is only 19 per cent funded}}, and {{c:c6|urged}} {{q:indirect?:okafor:m5:c6|donors to release pledged funds without delay}}.

In the ensuing debate, {{m:m7|the representative of France}} {{c:c7|said}} {{q:indirect:france:m7:c7|her delegation was ready to consider converting the mission into a United Nations peacekeeping operation}}, {{c:c8|stressing}} that {{q:indirect:france:m7:c8|any such step must be accompanied by a credible political process led by Haitians}}.

{{m:m9|The speaker for the United States}} {{c:c9|said}} that {{q:indirect:us:m9:c9|his country had provided more than $600 million in support to the mission and would announce additional funding in the coming weeks}}. "{{q:direct:us:m10:c10|The gangs are not waiting for this Council to reach consensus, and neither should we,}}" {{m:m10|he}} {{c:c10|said}}.

{{m:m11|China's delegate}} {{c:c11|stressed}} that {{q:indirect:china:m11:c11|the root causes of the crisis lie in long-standing poverty and underdevelopment}}, and {{c:c12|said}} {{q:indirect:china:m11:c12|external forces should stop the illicit flow of small arms and ammunition into Haiti}}.

{{m:m13|The representative of the Russian Federation}} {{c:c13|said}} {{q:indirect:russia:m13:c13|his delegation had doubts about transforming the mission into a peacekeeping operation without the clear consent of the Haitian authorities}}, {{c:c14|adding}} that {{q:indirect:russia:m13:c14|sanctions alone would not solve the problem}}.

Speaking on behalf of the "A3+" (Algeria, Mozambique, Sierra Leone and Guyana), {{m:m15|the representative of Sierra Leone}} {{c:c15|said}} that {{q:indirect:sierra:m15:c15|the international community has a responsibility to learn from past interventions in Haiti}}. "{{q:direct:sierra:m16:c16|Haiti does not need another mission that arrives with promises and leaves with apologies,}}" {{m:m16|he}} {{c:c16|said}}.

{{m:m17|Ecuador's representative}} {{c:c17|expressed concern}} that {{q:indirect?:ecuador:m17:c17|sexual violence is being used systematically by gangs to terrorize communities}}, and {{c:c18|called for}} {{q:indirect?:ecuador:m17:c18|the sanctions regime to be expanded to those who finance them}}.

Also speaking were the representatives of Japan, Malta, the Republic of Korea, Slovenia, Switzerland and the United Kingdom.

Taking the floor at the end of the meeting, {{m:m19|Jean-Robert Déliscar}}, the representative of Haiti, thanked Council members for their support and {{c:c20|said}} that {{q:indirect:haiti:m19:c20|his Government had adopted a timetable for elections}}. "{{q:direct:haiti:m21:c21|Haitians want to vote, to work and to send their children to school without fear. That is not too much to ask,}}" {{m:m21|he}} {{c:c21|said}}.
""")

article(
    "wire_en_06_press_conference_qa", "wire_en/us-city-press-conference-qa-interview", "en",
    {"ferris": "Rosalind Ferris", "abara": "Ken Abara", "reporter": "a reporter",
     "people": ["a lot of people", "people"]},
    """
{{q:indirect:ferris:h1:h1|Boil-water notice could last until the weekend}}, {{m:h1|mayor}} {{c:h1|says}}

CLEARWATER FALLS — {{m:m1|Mayor Rosalind Ferris}} {{c:c1|told}} a news conference at City Hall on Tuesday that {{q:indirect:ferris:m1:c1|the boil-water notice covering about 80,000 residents could stay in place until Saturday while crews finish testing the system}}.

Ferris was joined by {{m:m3|Utilities Director Ken Abara}}, who {{c:c3|said}} {{q:indirect:abara:m3:c3|crews had repaired the ruptured main near Seventh Street overnight and that water pressure had been restored to all but a few hundred homes}}.

"{{q:direct:abara:m4:c4|We had a 36-inch main fail at four in the morning on Sunday. That is about as bad as it gets for a system our size,}}" {{m:m4|Abara}} {{c:c4|said}}.

The notice will be lifted only after two consecutive rounds of samples come back clean from the state laboratory. Bottled water is being handed out at four fire stations.

Below is an edited transcript of the question-and-answer session that followed.

Q: {{q:direct?:reporter:-:-|When will the notice be lifted?}}

{{m:a1|FERRIS}}: {{q:direct:ferris:a1:-|I'm not going to give you a date I can't keep. The first set of samples went to the lab this morning. If those and the next set are clean, we could lift it Saturday. If not, it will be longer.}}

Q: {{q:direct?:reporter:-:-|Are the hospitals affected?}}

{{m:a2|ABARA}}: {{q:direct:abara:a2:-|Both hospitals have their own storage and treatment, and we have been in contact with them every few hours. They have not had to cancel any procedures because of water.}}

Q: {{q:direct?:reporter:-:-|Mayor, {{m:qm|a lot of people}} {{c:qc|say}} {{q:indirect?:people:qm:qc|they only heard about the notice on social media}}. Was the alert too slow?}}

{{m:a3|FERRIS}}: {{q:direct:ferris:a3:-|That's a fair question, and I'm not going to pretend we got everything right. The text alerts went out about two hours after the break. That should have been 20 minutes. We will review it.}}

Q: {{q:direct?:reporter:-:-|Will residents be reimbursed for bottled water?}}

{{m:a4|FERRIS}}: {{q:direct:ferris:a4:-|We're looking at a credit on next month's bills. I'll have more to say on that Thursday.}}

Q: {{q:direct?:reporter:-:-|How old was the pipe that failed?}}

{{m:a5|ABARA}}: {{q:direct:abara:a5:-|It was laid in 1958. About a third of our mains are older than that, which is why we've asked the council for the replacement money two years running.}}

After the news conference, {{m:m6|Ferris}} {{c:c6|said}} {{q:indirect:ferris:m6:c6|she would ask the council next month to speed up a $90 million pipe replacement plan}}.

"{{q:direct:ferris:m7:c7|We have been lucky for a long time. Sunday was the bill for that luck,}}" {{m:m7|she}} {{c:c7|said}}.
""")

article(
    "wire_en_07_oped_libraries", "wire_en/uk-op-ed-column", "en",
    {"greaves": "Paul Greaves", "abernethy": "Ruth Abernethy", "kiplagat": "Sandra Kiplagat",
     "hale": "Martin Hale", "icr": ["the Institute for Civic Research", "the report's authors"],
     "mother": "the author's mother", "user": "Kevin Doherty"},
    """
Our libraries are not a luxury. Stop treating them like one

By Harriet Munroe

When {{m:m1|the council's finance chief, Paul Greaves}}, {{c:c1|told}} a budget meeting last month that {{q:mixed:greaves:m1:c1|libraries were "a discretionary service in a statutory world"}}, he was, technically, right. The law obliges a council to collect bins and protect vulnerable children. It says remarkably little about where a teenager should do her homework.

But "technically right" is how most bad decisions in local government begin, and the proposal to close five of Westbridge's nine branch libraries is a very bad decision indeed.

As {{m:m2|the novelist Ruth Abernethy}} {{c:c2b|put it}} in a lecture in 2019, "{{q:direct:abernethy:m2:c2b|A library is the only building in town that asks nothing of you.}}" I have thought about that line a great deal this spring.

I asked Sandra Kiplagat, who has run the Eastfield branch for 14 years, what closing it would mean. "{{q:direct:kiplagat:m4:c4|For some of our regulars, we're the only conversation they will have all week,}}" {{m:m4|she}} {{c:c4|told}} me. "{{q:direct:kiplagat:m4:c4|People think we lend books. Mostly we help people fill in forms the government has put online and then stopped explaining.}}"

She is not being sentimental. She is describing a public service that nobody has bothered to count.


{{m:m5|The council's leader, Cllr Martin Hale}}, {{c:c5|insists}} that {{q:mixed:hale:m5:c5|closures are "the last thing anyone wants" and that the money simply is not there}}. I do not doubt his sincerity. I doubt his arithmetic.

{{q:indirect?:icr:m6:c6|Every pound spent on public libraries returns around £3.40 in wider benefits, from literacy to reduced loneliness}}, {{c:c6|according to}} {{m:m6|a report published in January by the Institute for Civic Research}}. {{m:m7|The report's authors}} {{c:c7|write}}: "{{q:direct:icr:m7:c7|The benefits are diffuse and slow to appear, which is precisely why they are so easy to cut.}}"

We are told, as we are always told, to "tighten our belts". Fine. But nobody at the town hall has explained why the belt always seems to tighten around the same few buildings.

Last week I spent an afternoon in the Eastfield branch. Kevin Doherty, 71, was printing a bus timetable. {{m:m9|He}} {{c:c9|told}} me {{q:indirect:user:m9:c9|he had not owned a computer since his wife died}}. "{{q:direct:user:m10:c10|If they shut this, I'll have to ask my grandson to do everything, and he lives in Leeds,}}" {{m:m10|he}} {{c:c10|said}}.

{{m:m11|My own mother}}, who left school at 15, used to {{c:c11|say}} that {{q:mixed?:mother:m11:c11|the library was "her university"}}. She was not joking, and neither am I.

The consultation closes on Friday. If you have a library card, use it this week. If you have a councillor, write to them. And if you are Paul Greaves, come and spend an afternoon in Eastfield before you decide what counts as discretionary.

Harriet Munroe is a former teacher and writes a fortnightly column for the Westbridge Herald.
""")

article(
    "wire_en_08_football_postmatch", "wire_en/scottish-football-post-match", "en",
    {"hartmann": "Erik Hartmann", "mccrae": "Stuart McCrae", "doyle": "Kieran Doyle",
     "club": "Glenrothes United"},
    """
{{m:h1|Hartmann}} {{c:h1|hails}} '{{q:direct?:hartmann:h1:h1|character}}' as Dunmore come from two down to stun leaders

Dunmore Athletic 3-2 Glenrothes United

{{m:m0|Erik Hartmann}} {{c:c0|admitted}} {{q:mixed:hartmann:m0:c0|his Dunmore Athletic side were "stupid and brilliant in equal measure"}} after they came from two goals down to beat Premiership leaders Glenrothes United at Harbour Park.

Goals from Callum Reid and Mikael Sørensen had put the visitors in control by the 38th minute, but a Kieran Doyle double and a stoppage-time header from centre-back Lewis Grant turned the game on its head.

"{{q:direct:hartmann:m1:c1|We were stupid for 40 minutes and brilliant for 50. I'll take the brilliant part and we'll talk about the stupid part on Monday,}}" {{c:c1|said}} {{m:m1|the Dutchman}}, whose side move up to fourth.

{{m:m2|Hartmann}}, 51, {{c:c2|told BBC Sport Scotland}}: "{{q:direct:hartmann:m2:c2|At half-time I didn't shout. I just asked them if they wanted to be remembered for the first half or the second. They gave me the answer.}}"

{{m:m3|The former Feyenoord coach}} {{c:c3|said}} {{q:mixed:hartmann:m3:c3|Doyle, who has scored seven goals in his last six games, was "ready for a bigger stage"}} but {{c:c4|insisted}} {{q:indirect:hartmann:m3:c4|the club had received no offers for the striker}}.

"{{q:direct:hartmann:m5:c5|Kieran is 23 and he is ours. People can phone, but the answer will be the same,}}" {{m:m5|he}} {{c:c5|added}}.

Glenrothes boss Stuart McCrae was furious with the decision to award Dunmore's equaliser after what he felt was a clear foul on goalkeeper Aaron Pike.

"{{q:direct:mccrae:m7:c7|I've watched it back three times and I still don't know how that stands. Aaron gets two hands in the face and the referee waves play on,}}" {{m:m7|McCrae}} {{c:c7|said}}. "{{q:direct:mccrae:m7:c7|We'll be asking for an explanation, for what that's worth.}}"

But {{m:m8|the Scot}} {{c:c8|admitted}} that {{q:mixed:mccrae:m8:c8|his players had "switched off" after taking a two-goal lead}}.

"{{q:direct:mccrae:m9:c9|You can't go to sleep in this league. Not here, not anywhere,}}" {{m:m9|he}} {{c:c9|said}}. "{{q:direct:mccrae:m9:c9|We're still top and we'll still be top next week if we win our game. That's the only way to look at it.}}"

{{m:m10|Two-goal hero Doyle}} {{c:c10|told Sky Sports}}: "{{q:direct:doyle:m10:c10|The gaffer told us we'd been a disgrace and he was right. The second half was us showing what we can do.}}"

{{m:m11|The 23-year-old}}, who joined from Queen's Park in the summer, {{c:c11|said}} {{q:indirect:doyle:m11:c11|he was not thinking about a move}}. "{{q:direct:doyle:m12:c12|I'm playing every week and scoring goals. Why would I want to be anywhere else?}}" {{m:m12|he}} {{c:c12|said}}.

{{q:indirect:club:m13:c13|It would write to the Scottish FA about the refereeing of the equaliser}}, {{m:m13|Glenrothes}} {{c:c13|said}} in a statement on Sunday evening.

Dunmore travel to Kilbride on Saturday, while Glenrothes host Inverurie.
""")

article(
    "wire_en_09_us_court_ruling", "wire_en/us-federal-court-story", "en",
    {"castellanos": "Miriam Castellanos", "county": "attorneys for Bryce County", "simms": "Loretta Simms",
     "pell": "Jared Pell", "aclu": "the ACLU of Georgia", "greer": "Thomas Greer"},
    """
Federal judge blocks Georgia county's ban on leafleting near polling sites and courthouses

ATLANTA — A federal judge on Monday temporarily blocked a Georgia county from enforcing an ordinance that bans handing out leaflets within 300 feet of polling places, courthouses and county offices.

{{m:m1|U.S. District Judge Miriam Castellanos}} {{c:c1|wrote}} in a 38-page order that {{q:indirect:castellanos:m1:c1|the Bryce County ordinance likely violates the First Amendment because it sweeps in far more speech than is needed to protect voters or court proceedings}}.

"{{q:direct:castellanos:m2:c2|The county may regulate conduct that obstructs or intimidates. It may not silence a neighbor holding a flyer on a public sidewalk because someone, someday, might find the flyer annoying,}}" {{m:m2|Castellanos}} {{c:c2|wrote}}.

{{m:m3|Attorneys for Bryce County}} had {{c:c3|argued}} that {{q:indirect:county:m3:c3|the ordinance was needed to stop people from harassing voters and jurors, and that it left plenty of room for speech farther away}}.

{{m:m4|The judge}} rejected that argument, {{c:c4|writing}} that {{q:indirect:castellanos:m4:c4|the county had not pointed to a single incident of harassment in the five years before the ordinance was passed}}.

During a hearing last month, {{m:m5|Castellanos}} {{c:c5|asked}} the county's lawyer whether {{q:indirect?:castellanos:m5:c5|the ban would apply to a Girl Scout selling cookies outside the tax office}}. {{m:m6|The lawyer, Thomas Greer}}, {{c:c6|replied}} that {{q:indirect:greer:m6:c6|it would not, because selling cookies was commercial activity}}. "{{q:direct?:castellanos:m7:c7|So the cookies are fine, but the Constitution is not?}}" {{m:m7|the judge}} {{c:c7|asked}}.

The lawsuit was filed in March by the Georgia Tenants Union and two county residents.

{{m:m8|One of them, retired teacher Loretta Simms}}, 67, {{c:c8|said}} in a phone interview Monday that {{q:mixed:simms:m8:c8|she was "relieved, but not surprised"}}.

"{{q:direct:simms:m9:c9|I have handed out flyers about rent and repairs on those same steps for 20 years. Nobody ever called it harassment until we started winning,}}" {{m:m9|Simms}} {{c:c9|said}}.

{{m:m10|County Attorney Jared Pell}} {{c:c10|said}} in an email that {{q:indirect:pell:m10:c10|the county would appeal to the 11th U.S. Circuit Court of Appeals}}. "{{q:direct:pell:m11:c11|We respectfully disagree with the court's reading of the ordinance, which was written to protect voters and jurors, not to silence anyone,}}" {{m:m11|Pell}} {{c:c11|said}}.

{{m:m12|The ACLU of Georgia}}, which represents the plaintiffs, {{c:c12|said}} in a statement that {{q:mixed:aclu:m12:c12|the ruling should "send a message" to other counties considering similar rules}}.

Castellanos, who was appointed to the bench in 2014, set a hearing for Nov. 12 on whether to make the injunction permanent.
""")

article(
    "wire_en_10_earnings_call", "wire_en/business-earnings-call", "en",
    {"brandt": "Nadia Brandt", "pryce": "Owen Pryce", "company": "Halvorsen Foods",
     "morgan": "analysts at Morgan & Reece", "shah": "Vikram Shah", "investor": "a top-20 shareholder"},
    """
Halvorsen Foods cuts forecast, shares slide as shoppers trade down

Oct 23 - Shares of Halvorsen Foods fell 9% on Thursday after the packaged-food maker cut its full-year profit forecast, with {{m:m1|chief executive Nadia Brandt}} {{c:c1|telling}} analysts on a call that {{q:mixed:brandt:m1:c1|shoppers were "trading down faster than we expected"}}.

The Minneapolis-based company, whose brands include Nordic Oven bread and Tidewater frozen meals, now expects adjusted earnings per share of $2.85 to $2.95 for the year, down from its earlier forecast of $3.10 to $3.25.

"{{q:direct:brandt:m2:c2|We misjudged how quickly lower-income households would move to private label, and we held our prices too long. That is on us,}}" {{m:m2|Brandt}} {{c:c2|said}} on the call.

{{m:m3|Chief financial officer Owen Pryce}} {{c:c3|said}} {{q:indirect:pryce:m3:c3|the company would spend an additional $120 million on promotions in the fourth quarter}}, most of it in frozen meals, where volumes fell 6% in the third quarter.

{{m:m4|He}} {{c:c4|said}} {{q:indirect:pryce:m4:c4|gross margins would be under pressure until at least the middle of next year}}. "{{q:direct:pryce:m5:c5|We would rather give up some margin now than give up the shopper for the next five years,}}" {{m:m5|Pryce}} {{c:c5|told}} analysts.

{{m:m6|The company}} {{c:c6|said}} in a statement that {{q:indirect:company:m6:c6|third-quarter net sales fell 3.4% to $2.61 billion}}, slightly below analysts' average estimate of $2.64 billion, according to LSEG data.

{{c:c7|Asked}} by {{m:m7|Barclays analyst Vikram Shah}} whether {{q:indirect?:shah:m7:c7|the company would consider selling its struggling snacks unit}}, {{m:m8|Brandt}} {{c:c8|said}} {{q:mixed:brandt:m8:c8|Halvorsen had "no plans" to divest the business}}.

"{{q:direct:brandt:m9:c9|Snacks is a turnaround, not a disposal. Give us four quarters,}}" {{m:m9|the executive}} {{c:c9|said}}.

{{q:indirect:morgan:m10:c10|The guidance cut was larger than expected and raised questions about the company's pricing strategy}}, {{m:m10|analysts at Morgan & Reece}} {{c:c10|said}} in a note, lowering their price target on the stock to $52 from $60.

Brandt, who became CEO in 2023 after a decade running the company's European business, has faced pressure from investors to cut costs.

{{m:m11|One top-20 shareholder}}, who asked not to be named because the discussions were private, {{c:c11|said}} {{q:indirect:investor:m11:c11|several large investors had asked the board to consider a wider review of the portfolio}}.

"{{q:direct:investor:m12:c12|Nobody is calling for her head. But patience is not unlimited,}}" {{m:m12|the investor}} {{c:c12|said}}.

Halvorsen shares were down $5.10 at $51.40 in afternoon trading, their lowest since April 2020.
""")

article(
    "wire_en_11_health_measles", "wire_en/us-health-outbreak", "en",
    {"marsh": "Helen Marsh", "state": "the state Department of Health", "cdc": ["the Centers for Disease Control and Prevention", "the CDC"],
     "qureshi": "Ahmed Qureshi", "sarah": "Sarah", "delgado": "Tomas Delgado"},
    """
Measles cases climb to 48 in Larkin County outbreak as officials urge {{q:indirect?:marsh:-:-|parents to vaccinate}}

Health officials in Larkin County confirmed six more measles cases on Wednesday, bringing the total in the county's outbreak to 48, most of them unvaccinated children under 10.

{{m:m1|Dr. Helen Marsh}}, the county's health officer, {{c:c1|told}} reporters that {{q:indirect:marsh:m1:c1|nine people had been hospitalized since the first case was reported in early February, including two infants too young to be vaccinated}}.

"{{q:direct:marsh:m2:c2|Measles is one of the most contagious diseases we know of. If you are not immune and you share a room with someone who has it, you have about a nine-in-10 chance of catching it,}}" {{m:m2|Marsh}} {{c:c2|said}}.

{{m:m3|She}} {{c:c3|urged}} {{q:indirect?:marsh:m3:c3|parents to check their children's vaccination records}} and {{c:c4|said}} {{q:indirect:marsh:m3:c4|the county would hold free walk-in clinics at three schools on Saturday}}.

{{m:m5|The state Department of Health}} {{c:c5|said}} in a statement that {{q:indirect:state:m5:c5|vaccination rates for kindergartners in Larkin County had fallen to 86% last school year, well below the 95% needed to prevent outbreaks}}.

Nationally, {{q:indirect:cdc:m6:c6|the United States has recorded more measles cases in the first four months of this year than in all of last year}}, {{c:c6|according to}} {{m:m6|the Centers for Disease Control and Prevention}}.

{{m:m7|Dr. Ahmed Qureshi}}, an infectious disease specialist at Mercy Valley Hospital who is not involved in the county's response, {{c:c7|said}} {{q:mixed:qureshi:m7:c7|the outbreak was "entirely predictable" given the drop in vaccination}}.

"{{q:direct:qureshi:m8:c8|Parents are not bad people. Many of them have simply never seen measles, so they don't fear it. Doctors my age remember children dying from it,}}" {{m:m8|he}} {{c:c8|said}}.

{{m:m9|A mother of three in Larkin}}, who asked to be identified only by her first name, Sarah, because she feared harassment online, {{c:c9|said}} {{q:indirect:sarah:m9:c9|her 4-year-old son was hospitalized for three days last month with pneumonia after catching measles at a church playgroup}}.

"{{q:direct:sarah:m10:c10|I read a lot of things online that made me think the vaccine was the bigger risk. I was wrong, and my son paid for it,}}" {{m:m10|she}} {{c:c10|said}}. {{m:m11|She}} {{c:c11|said}} {{q:indirect:sarah:m11:c11|her two younger children were vaccinated last week}}.

At a school board meeting on Tuesday, {{m:m12|parent Tomas Delgado}} {{c:c12|argued}} that {{q:indirect:delgado:m12:c12|the district should not exclude unvaccinated children from classes}}, {{c:c13|saying}} {{q:indirect:delgado:m12:c13|families had a right to make their own medical decisions}}.

The district has so far asked 214 unvaccinated students to stay home for 21 days after possible exposure.

{{m:m14|Marsh}} {{c:c14|said}} {{q:indirect:marsh:m14:c14|the health department expected more cases over the next two weeks}}. "{{q:direct:marsh:m15:c15|We are not at the peak yet. I wish I could tell you otherwise,}}" {{m:m15|she}} {{c:c15|said}}.
""")

article(
    "wire_en_12_longread_lighthouse", "wire_en/long-read-feature-present-tense", "en",
    {"thorne": "Margaret Thorne", "father": "Walter Thorne", "pryde": "Alan Pryde",
     "ellen": "Ellen Baird",
     "trust": ["a spokesperson for the Northern Lighthouse Heritage Trust",
               "the Northern Lighthouse Heritage Trust"]},
    """
The keeper's daughter

For the first 16 years of her life, Margaret Thorne's garden was a rock in the North Sea. Now 81, she is the last person alive who grew up on Skerrin Light.

Thorne still wakes at a quarter to five. {{q:indirect:thorne:m1:c1|It is a habit, {{m:m1|she}} {{c:c1|says}}, that her body never unlearned}}.

"{{q:direct:thorne:m2:c2|My father came down the stairs in his socks so as not to wake us, and of course we always woke,}}" {{m:m2|she}} {{c:c2|recalls}}, sitting in the front room of her bungalow in Wick, a brass barometer from the lighthouse on the wall behind her. "{{q:direct:thorne:m2:c2|You could hear the whole building breathe.}}"

Her father, Walter Thorne, kept the light for 22 years. He died in 1979, two years after the station was automated. She keeps his logbooks in a biscuit tin under the bed.

{{m:m3|She}} {{c:c3|remembers}} {{q:indirect?:thorne:m3:c3|the supply boat coming once a fortnight, weather permitting, which in winter it often did not}}. There was no school on the rock; her mother taught her to read from the Bible and a 1931 edition of the Encyclopaedia Britannica.

"{{q:direct:thorne:m4:c4|People imagine it was lonely. It wasn't lonely. It was small. There's a difference,}}" {{m:m4|she}} {{c:c4|says}}.

Her cousin Alan Pryde, who spent three summers on Skerrin as a boy, remembers it differently.

"{{q:direct:pryde:m5:c5|I cried every night for the first week. Peggy thought I was soft,}}" {{m:m5|he}} {{c:c5|says}}, using the name the family still calls her. "{{q:direct:pryde:m5:c5|She was right. I was.}}"

Now 78 and living in Inverness, {{m:m6|Pryde}} {{c:c6|says}} {{q:mixed:pryde:m6:c6|the light "got into her" in a way it never got into him}}.

The storms are what she talks about most. In the great gale of January 1953, waves broke over the lantern gallery, 30 metres above the sea.

"{{q:direct:thorne:m7:c7|We sat in the kitchen with the lamps out, and my father went up and down the tower all night. At one point {{m:m8|he}} came down, soaked to the skin, and {{c:c8|said}}, '{{q:direct?:father:m8:c8|If the glass goes, we go to the store room and we pray.}}' He said it the way you'd tell someone it might rain,}}" {{m:m7|she}} {{c:c7|recalls}}.

Her daughter, Ellen Baird, grew up on those stories and now volunteers with the Northern Lighthouse Heritage Trust, which has restored the keepers' cottages on Skerrin as a small museum.

"{{q:direct:ellen:m9:c9|Mum never made it sound like an adventure. She made it sound like a job, which it was,}}" {{m:m9|Baird}} {{c:c9|says}}. {{m:m10|She}} {{c:c10|says}} {{q:indirect:ellen:m10:c10|her mother refused to visit the museum for years}}.

When Thorne finally went back, in 2019, she was 75. The boat landed her at the same iron steps she had climbed as a child.

"{{q:direct:thorne:m11:c11|I expected to cry. I didn't. I went straight to the kitchen to see if they'd kept the range,}}" {{m:m11|she}} {{c:c11|recalls}}. "{{q:direct:thorne:m11:c11|They had. Somebody had even blackleaded it.}}"

{{m:m12|A spokesperson for the trust}} {{c:c12|said}} {{q:indirect:trust:m12:c12|more than 4,000 people visited Skerrin last year, most of them on day trips from Wick and Thurso}}.

Before we leave, Thorne takes the biscuit tin out from under the bed and opens the last logbook at its final page. Her father's entry, in pencil, records the wind, the visibility and six words: "{{q:direct?:father:-:-|Light extinguished 0800. Station handed over.}}"

"{{q:direct:thorne:m13:c13|He never wrote anything he didn't have to,}}" {{m:m13|she}} {{c:c13|says}}, closing the lid. "{{q:direct:thorne:m13:c13|That was the most he ever said about it.}}"
""")

# ------------------------------------------------------------------------------------------ batch 2
# Written after the first round of parser fixes, and scored as soon as it was annotated.

article(
    "wire_en_13_anadolu_diplomatic", "wire_en/anadolu-irna-style-wire", "en",
    {"yavuz": "Kerem Yavuz", "rahimi": "Davoud Rahimi", "baghaei": "Nasser Kanaani-Far",
     "ministry": "the Turkish Foreign Ministry", "diplomat": "a Turkish diplomatic source"},
    """
Turkish, Iranian foreign ministers discuss regional developments, trade in Ankara

ANKARA (AA) - Türkiye's Foreign Minister Kerem Yavuz on Monday received his Iranian counterpart Davoud Rahimi in the capital Ankara, where the two sides discussed bilateral relations and regional developments.

Speaking at a joint news conference after the meeting, {{m:m1|Yavuz}} {{c:c1|underlined}} that {{q:indirect:yavuz:m1:c1|Türkiye and Iran share a common interest in the stability of the region}}.

"{{q:direct:yavuz:m2:c2|We are neighbours, and we will remain neighbours. Our cooperation is not directed against any third country,}}" {{m:m2|the Turkish top diplomat}} {{c:c2|said}}.

{{m:m3|He}} {{c:c3|noted}} that {{q:indirect:yavuz:m3:c3|bilateral trade reached $12 billion last year}} and {{c:c4|said}} {{q:indirect:yavuz:m3:c4|the two countries aim to raise the figure to $30 billion}}.

For his part, {{m:m5|Rahimi}} thanked Türkiye for its hospitality and {{c:c6|said}} that {{q:indirect:rahimi:m5:c6|Tehran attaches special importance to its relations with Ankara}}.

{{m:m7|The Iranian minister}} {{c:c7|went on to say}} that {{q:indirect:rahimi:m7:c7|the countries of the region are capable of solving their problems without the interference of foreign powers}}.

"{{q:direct:rahimi:m8:c8|The presence of extra-regional forces has brought nothing but insecurity to our region,}}" {{m:m8|he}} {{c:c8|stressed}}.

{{q:indirect:diplomat:m9:c9|Yavuz also raised the issue of irregular migration across the shared border during the talks}}, {{m:m9|a Turkish diplomatic source}}, who requested anonymity due to restrictions on speaking to the media, {{c:c9|told Anadolu}}.

Meanwhile, in Tehran, {{m:m10|Iranian Foreign Ministry spokesman Nasser Kanaani-Far}} {{c:c10|said}} at his weekly press briefing that {{q:mixed:baghaei:m10:c10|the visit was part of Iran's "neighbourhood policy"}}.

{{m:m11|Kanaani-Far}} {{c:c11|added}} that {{q:indirect:baghaei:m11:c11|the two ministers had agreed to hold the next meeting of the joint economic commission in Tabriz before the end of the year}}.

"{{q:direct:baghaei:m12:c12|Türkiye is an important partner for us in energy, transit and trade, and we expect this visit to open new horizons,}}" {{m:m12|the spokesman}} {{c:c12|told}} reporters.

{{q:indirect:ministry:m13:c13|The two ministers also exchanged views on the situation in Gaza, Syria and the South Caucasus}}, {{c:c13|according to}} {{m:m13|the Turkish Foreign Ministry}}.
""")

article(
    "wire_en_14_nba_postgame", "wire_en/ap-style-basketball-postgame", "en",
    {"okoye": "Darnell Okoye", "whitfield": "Marcus Whitfield", "lindqvist": "Erik Lindqvist",
     "reyes": "Tony Reyes", "holloway": "Greg Holloway", "team": ["the Phoenix Suns", "the team", "the Suns"]},
    """
Okoye scores 38 as Hawks rally past Suns in overtime

ATLANTA (AP) — Darnell Okoye scored 38 points, including the go-ahead 3-pointer with 41 seconds left in overtime, and the Atlanta Hawks rallied from 19 points down to beat the Phoenix Suns 124-119 on Wednesday night.

Okoye, who missed the previous two games with a sprained ankle, also had nine assists.

"{{q:direct:okoye:m1:c1|I just wanted to be out there with my guys. The ankle's fine. It's not 100%, but it doesn't have to be,}}" {{m:m1|Okoye}} {{c:c1|said}}.

Hawks coach {{m:m2|Marcus Whitfield}} {{c:c2|said}} {{q:indirect:whitfield:m2:c2|he considered resting his star for a third straight game but changed his mind after the morning shootaround}}.

"{{q:direct:whitfield:m3:c3|He looked at me like I was crazy when I brought it up,}}" {{m:m3|Whitfield}} {{c:c3|said}}. "{{q:direct:whitfield:m3:c3|So that conversation didn't last long.}}"

Erik Lindqvist added 22 points and 14 rebounds for Atlanta, which has won four of five.

"{{q:direct:lindqvist:m4:c4|When you're down 19 you can't think about the scoreboard. You just get one stop, then another one,}}" {{c:c4|said}} {{m:m4|Lindqvist}}, who also blocked three shots.

Tony Reyes led Phoenix with 29 points, but the Suns went 2 for 14 from 3-point range after halftime.

"{{q:direct:reyes:m5:c5|We stopped moving the ball. That's on all of us, me first,}}" {{m:m5|Reyes}} {{c:c5|said}}. {{m:m6|The veteran guard}} {{c:c6|said}} {{q:indirect:reyes:m6:c6|the team would watch the tape on the flight home}} but {{c:c7|insisted}} {{q:indirect:reyes:m6:c7|nobody in the locker room was panicking}}.

{{q:indirect:team:m7:c7b|Suns coach Paul Varga did not speak to reporters after the game because of an illness}}, {{m:m7|the team}} {{c:c7b|said}}. Assistant {{m:m8|Greg Holloway}}, who ran the bench, {{c:c8|said}} {{q:indirect:holloway:m8:c8|Varga was expected to travel with the team}}.

{{m:m9|Okoye}} {{c:c9|said}} {{q:indirect:okoye:m9:c9|the comeback started with a timeout early in the third quarter, when {{m:m10|Whitfield}} {{c:c10|told}} {{q:indirect?:whitfield:m10:c10|his players to stop arguing with the officials}}}}.

"{{q:direct:okoye:m11:c11|Coach was right. We were worried about the refs instead of worrying about ourselves,}}" {{m:m11|he}} {{c:c11|said}}.

UP NEXT

Suns: At Miami on Friday night.

Hawks: Host Boston on Saturday.
""")

article(
    "wire_en_15_uk_politics_lobby", "wire_en/uk-politics-lobby-briefing", "en",
    {"spokesman": ["the prime minister's official spokesman", "the prime minister's spokesman"],
     "okafor": "Bisi Okafor", "minister": "one minister", "mps": "Conservative MPs",
     "gilchrist": "Alistair Gilchrist", "treasury": "the Treasury", "no10": "No 10",
     "ifs": "economists at the Institute for Fiscal Studies", "bcc": "the British Chambers of Commerce",
     "chancellor": "the chancellor", "business": "business groups"},
    """
No 10 rules out emergency budget as borrowing figures disappoint

Downing Street has ruled out an emergency budget after official figures showed government borrowing running £9bn above forecast in the first half of the year.

{{q:mixed:spokesman:m1:c1|There were "no plans whatsoever" for a fiscal event before the spring}}, {{m:m1|the prime minister's official spokesman}} {{c:c1|told}} reporters at the regular lobby briefing.

"{{q:direct:spokesman:m2:c2|The chancellor has set out her plans and she will update the House at the usual time,}}" {{m:m2|the spokesman}} {{c:c2|said}}. Asked whether the prime minister still had full confidence in the chancellor, {{m:m3|he}} {{c:c3|replied}}: "{{q:direct:spokesman:m3:c3|Yes.}}"

{{m:m4|The Treasury}} {{c:c4|said}} {{q:indirect:treasury:m4:c4|higher debt interest payments accounted for most of the overshoot}}.

Shadow chancellor {{m:m5|Bisi Okafor}} {{c:c5|said}} {{q:mixed:okafor:m5:c5|the figures showed the government had "lost control of the public finances"}}. {{m:m6|She}} {{c:c6|told}} BBC Radio 4's Today programme: "{{q:direct:okafor:m6:c6|Every month they tell us the worst is behind us, and every month the numbers say otherwise.}}"

Privately, {{m:m7|several Conservative MPs}} {{c:c7|said}} {{q:indirect:mps:m7:c7|they expected tax rises in the spring regardless of what No 10 said in public}}.

"{{q:direct:minister:m8:c8|Nobody believes there's room for giveaways. The question is who gets the bill,}}" {{m:m8|one minister}} {{c:c8|told}} the Guardian.

{{m:m9|Alistair Gilchrist}}, chair of the Commons Treasury committee, {{c:c9|said}} {{q:indirect:gilchrist:m9:c9|his committee would call the chancellor to give evidence before Christmas}}. {{m:m10|The Labour MP}} {{c:c10|added}}: "{{q:direct:gilchrist:m10:c10|Parliament is entitled to know what the plan is if growth does not pick up.}}"

{{m:m12|Economists at the Institute for Fiscal Studies}} have {{c:c12|estimated}} that {{q:indirect:ifs:m12:c12|the gap could reach £20bn by 2027 if interest rates stay at current levels}}.

The figures will add to pressure on {{m:m14|the chancellor}}, who has repeatedly {{c:c14|promised}} {{q:indirect?:chancellor:m14:c14|not to raise income tax, national insurance or VAT during this parliament}}. {{m:m15|Business groups}} have {{c:c15|warned}} that {{q:indirect:business:m15:c15|further increases in employer costs would hit hiring at a time when unemployment is already rising}}.

{{m:m13|The British Chambers of Commerce}} {{c:c13|said}} {{q:mixed:bcc:m13:c13|firms needed "stability, not another round of speculation" about taxes}}.

{{q:indirect:no10:m11:c11|The prime minister would chair a meeting of the cabinet's economy committee on Thursday}}, {{m:m11|No 10}} {{c:c11|said}}.
""")

article(
    "wire_en_16_eu_tech_regulation", "wire_en/eu-tech-regulation-wire", "en",
    {"commission": "the European Commission", "moreau": "Élodie Moreau", "company": "Vantix",
     "spokes": "a Vantix spokesperson", "kowalski": "Marta Kowalski", "lawyer": "a lawyer for Vantix",
     "sandberg": "Jonas Sandberg", "usmission": "the U.S. mission to the EU", "analyst": "Ines Harlow",
     "several": ["several analysts", "analysts", "several"]},
    """
EU hits Vantix with €1.1bn fine over app store rules

BRUSSELS, March 4 - The European Commission on Tuesday fined U.S. software group Vantix 1.1 billion euros for blocking app developers from telling users about cheaper offers outside its app store, the biggest penalty yet under the bloc's digital rules.

{{q:indirect:commission:m1:c1|Vantix had abused its dominant position for almost a decade, harming millions of European consumers who paid more than they needed to}}, {{m:m1|the Commission}} {{c:c1|said}} in a statement.

"{{q:direct:moreau:m2:c2|Vantix built a wall around its customers and then charged developers for the right to speak to them. That ends today,}}" {{m:m2|EU competition commissioner Élodie Moreau}} {{c:c2|told}} a news conference.

{{m:m3|Moreau}} {{c:c3|said}} {{q:indirect:moreau:m3:c3|the company had 60 days to change its rules or face daily penalties of up to 5% of its average daily worldwide turnover}}.

{{m:m4|Vantix}} {{c:c4|said}} {{q:indirect:company:m4:c4|it would appeal}}. "{{q:direct:spokes:m5:c5|The Commission's decision ignores the security and privacy protections that our customers value, and we will challenge it in court,}}" {{m:m5|a Vantix spokesperson}} {{c:c5|said}} in an emailed statement.

{{m:m6|The company's chief executive, Jonas Sandberg}}, {{c:c6|wrote}} in a blog post last month that {{q:mixed:sandberg:m6:c6|the EU rules were "written for a market that no longer exists"}}.

{{m:m7|Marta Kowalski}}, director of the Brussels-based developers' association AppFair, {{c:c7|welcomed}} {{q:indirect?:kowalski:m7:c7|the fine}} but {{c:c8|said}} {{q:indirect:kowalski:m7:c8|the real test would be whether Vantix actually changed its behaviour}}.

"{{q:direct:kowalski:m9:c9|We have seen fines before. What we have not seen is compliance,}}" {{m:m9|she}} {{c:c9|said}}.

{{m:m10|A lawyer for Vantix}}, speaking on condition of anonymity because the appeal had not been filed, {{c:c10|said}} {{q:indirect:lawyer:m10:c10|the company would argue that the Commission had misdefined the relevant market}}.

The decision is the third fine imposed on a U.S. technology company under the bloc's rules this year, and comes as Washington has threatened retaliation against what it calls discriminatory treatment of American firms.

{{m:m11|The U.S. mission to the EU}} {{c:c11|said}} {{q:indirect:usmission:m11:c11|it was studying the decision}} and declined to comment further.

Shares in Vantix were down 1.8% in premarket trading in New York. Analysts had expected a fine of between 500 million and 1.5 billion euros, and {{m:m14|several}} {{c:c14|said}} {{q:indirect:several:m14:c14|the penalty was unlikely to dent the company's earnings}}.

"{{q:direct:analyst:m13:c13|The money is a rounding error for them. The remedy is what matters,}}" {{c:c13|said}} {{m:m13|Ines Harlow, an analyst at Redcliffe Partners}}.
""")

# ------------------------------------------------------------------------------------------ batch 3
# Written after the second round of fixes (parser at bc57091), and scored as soon as it was annotated.

article(
    "wire_en_17_afp_conflict", "wire_en/afp-style-conflict-report", "en",
    {"army": "the army", "resident": "Amadou Sow", "mayor": "Ibrahim Maiga",
     "un": "the UN refugee agency", "spokesman": "Souleymane Keita", "source": "a security source",
     "officials": "local officials", "ngo": "Médecins du Monde", "ngoman": "Claire Ndiaye"},
    """
{{q:indirect:officials:h1:-|Jihadists kill 14 in attack on central Mali village}}: {{m:h1|local officials}}

BAMAKO, Jan 9, 2026 (AFP) - {{q:indirect:officials:m0:c0|Suspected jihadists killed at least 14 civilians in an overnight attack on a village in central Mali}}, {{m:m0|local officials}} {{c:c0|said}} Friday, the latest in a wave of violence in the restive region.

{{q:indirect:mayor:m1:c1|The assailants arrived on motorbikes around midnight and opened fire on residents before setting fire to granaries}}, {{m:m1|Ibrahim Maiga}}, the mayor of the nearby commune of Dioura, {{c:c1|told AFP}} by telephone.

"{{q:direct:mayor:m2:c2|We have buried 14 people this morning. Several others are missing and we fear the toll will rise,}}" {{m:m2|he}} {{c:c2|said}}.

A resident who fled to Dioura, {{m:m3|Amadou Sow}}, {{c:c3|said}} {{q:indirect:resident:m3:c3|the attackers had warned villagers last month to stop cooperating with the army}}. "{{q:direct:resident:m4:c4|They told us that anyone who speaks to soldiers will be treated as a soldier,}}" {{m:m4|the 42-year-old farmer}} {{c:c4|said}}.

{{m:m5|The army}} {{c:c5|said}} in a statement on Friday evening that {{q:mixed:army:m5:c5|troops had been deployed to the area and that "several terrorists" had been "neutralised" in a pursuit operation}}.

Army spokesman Colonel Souleymane Keita did not give a toll for the civilian victims. {{m:m7|He}} {{c:c7|said}} {{q:mixed:spokesman:m7:c7|the situation was "under control"}}.

{{m:m8|A security source}}, who asked not to be named, {{c:c8|told AFP}} that {{q:indirect:source:m8:c8|the attack was likely carried out by fighters linked to Al-Qaeda's Sahel affiliate, which is active in the area}}.

Mali has been gripped by jihadist violence since 2012. The junta that seized power in 2020 has turned away from former colonial power France and towards Russia.

{{q:indirect:un:m9:c9|More than 400,000 people have been displaced in central Mali alone}}, {{c:c9|according to}} {{m:m9|the UN refugee agency}}.

The medical charity {{m:m10|Médecins du Monde}}, which runs a clinic in Dioura, {{c:c10|said}} {{q:indirect:ngo:m10:c10|it had treated 11 people with gunshot wounds and burns since Friday morning}}.

"{{q:direct:ngoman:m11:c11|Our teams are seeing children with burns from the granary fires. The needs are enormous and access is very difficult,}}" {{m:m11|Claire Ndiaye}}, the group's coordinator in Mopti, {{c:c11|said}} in a statement.

Rights groups have accused {{q:indirect?:ngoman:-:-|both jihadists and the army of abuses against civilians}}, accusations the junta rejects.
""")

article(
    "wire_en_18_reuters_lawsuit", "wire_en/reuters-style-lawsuit", "en",
    {"complaint": ["the lawsuit", "the complaint", "Orla Kennedy"], "kennedy": "Orla Kennedy",
     "lawyer": "Victor Amsel", "company": "Brookfield Health", "spokes": "Dana Liu",
     "judge": "Raymond Ochoa", "expert": "Priscilla Warren"},
    """
{{m:h1|Nurse}} sues Brookfield Health, {{c:h1|says}} {{q:indirect:kennedy:h1:h1|she was fired for reporting staffing shortages}}

March 12 (Reuters) - A former intensive care nurse has sued Brookfield Health, accusing the hospital chain of firing her after {{m:m0|she}} {{c:c0|told}} state inspectors that {{q:indirect:kennedy:m0:c0|understaffing had put patients at risk}}.

{{q:indirect:complaint:m1:c1|Orla Kennedy was dismissed in October, two weeks after she filed a complaint with the Ohio Department of Health about nurse-to-patient ratios at Brookfield's Columbus hospital}}, {{c:c1|according to}} {{m:m1|the lawsuit}}, filed on Tuesday in federal court in Columbus.

{{m:m2|The complaint}} {{c:c2|says}} {{q:mixed:complaint:m2:c2|managers told Kennedy she was being let go for "attitude problems," a reason she had never heard before}}.

Kennedy, 51, who worked at the hospital for 19 years, is seeking back pay and unspecified damages.

"{{q:direct:lawyer:m4:c4|Nurses should not have to choose between their patients and their jobs,}}" {{m:m4|her lawyer, Victor Amsel}}, {{c:c4|said}} in an interview. {{m:m5|He}} {{c:c5|said}} {{q:indirect:lawyer:m5:c5|at least two other nurses had contacted his firm with similar accounts}}.

{{m:m6|Brookfield spokeswoman Dana Liu}} {{c:c6|said}} {{q:mixed:spokes:m6:c6|the company does not comment on pending litigation but that "patient safety is and always will be our first priority" at all of its hospitals}}.

The case is assigned to U.S. District Judge Raymond Ochoa.

Brookfield, which operates 14 hospitals in Ohio and Indiana, was fined $85,000 by state regulators in 2024 over staffing records at two of its facilities. {{m:m12|The company}} {{c:c12|said}} at the time that {{q:indirect:company:m12:c12|it had corrected the problems}}.

{{m:m7|Priscilla Warren}}, a professor at Ohio State University's law school who studies whistleblower cases, {{c:c7|said}} {{q:indirect:expert:m7:c7|the timing of the dismissal would be central to the case}}.

"{{q:direct:expert:m8:c8|Two weeks is a very short gap. Juries tend to notice that,}}" {{m:m8|Warren}} {{c:c8|said}}.

{{m:m9|Kennedy}}, who now works at a clinic in Dayton, {{c:c9|told}} Reuters {{q:mixed:kennedy:m9:c9|she had raised her concerns with managers "at least a dozen times" before going to the state}}.

"{{q:direct:kennedy:m10:c10|I wasn't trying to hurt anybody. I was trying to get them to hire more nurses,}}" {{m:m10|she}} {{c:c10|said}}.

(Reporting by Jonathan Ames in Chicago; Editing by Leslie Adler)
""")

article(
    "wire_en_19_space_mission", "wire_en/science-space-mission", "en",
    {"nasa": "NASA", "scientists": "scientists", "okonkwo": "Adaeze Okonkwo", "tanaka": "Hiroshi Tanaka", "esa": "the European Space Agency",
     "brandt": "Lukas Brandt", "team": "the mission team"},
    """
NASA probe sends first close-up images of asteroid's 'rubble pile' surface

A NASA spacecraft has returned the first close-up images of the asteroid 2031 Kallisto, revealing a jumbled surface of boulders that {{m:m0|scientists}} {{c:c0|say}} {{q:indirect?:scientists:m0:c0|could help explain how the solar system's building blocks formed}}.

{{q:indirect:nasa:m1:c1|The Meridian probe passed within 1,200 kilometres of the asteroid on Sunday after a six-year journey}}, {{m:m1|NASA}} {{c:c1|said}} on Monday.

"{{q:direct:okonkwo:m2:c2|Every picture that comes down is the best picture anyone has ever taken of this object. We are a little giddy,}}" {{m:m2|Adaeze Okonkwo}}, the mission's principal investigator at the University of Arizona, {{c:c2|told}} reporters at a briefing.

{{m:m3|Okonkwo}} {{c:c3|said}} {{q:mixed:okonkwo:m3:c3|the images suggested Kallisto was a "rubble pile," a loose collection of rock held together by gravity rather than a single solid body}}.

{{q:indirect:okonkwo:m4:c4|That would make it similar to Bennu and Ryugu, two smaller asteroids visited by earlier missions, {{m:m4|she}} {{c:c4|said}}, but Kallisto's size, about 40 kilometres across, makes the finding surprising}}.

{{m:m6|Hiroshi Tanaka}}, a planetary scientist at the Japan Aerospace Exploration Agency who was not involved in the mission, {{c:c6|called}} {{q:mixed?:tanaka:m6:c6|the images "spectacular"}} and {{c:c7|said}} {{q:indirect:tanaka:m6:c7|they would keep researchers busy for years}}.

"{{q:direct:tanaka:m8:c8|A body this big should have squeezed itself into something more solid. If it didn't, we need to understand why,}}" {{m:m8|he}} {{c:c8|said}} in an email.

{{q:indirect:team:m9:c9|The probe's instruments are healthy and it has enough fuel for a second flyby in 2028}}, {{c:c9|according to}} {{m:m9|the mission team}}.

{{m:m10|The European Space Agency}}, which built Meridian's camera, {{c:c10|said}} {{q:mixed:esa:m10:c10|the instrument had performed "flawlessly" during the approach}}.

{{m:m11|Lukas Brandt}}, the camera's lead engineer, {{c:c11|said}} {{q:indirect:brandt:m11:c11|the team had spent two years worrying about a single heater that could fail in the cold of deep space}}. "{{q:direct:brandt:m12:c12|It didn't. I slept properly for the first time in a week last night,}}" {{m:m12|he}} {{c:c12|said}}.

{{q:indirect:nasa:m13:c13|The full set of images from the flyby will be released to the public within six months}}, {{m:m13|NASA}} {{c:c13|said}}.
""")

# ------------------------------------------------------------------------------------------ batch 4
# Written after the third round of fixes (parser at a0f809f), and scored as soon as it was annotated.

article(
    "wire_en_20_kyodo_japan", "wire_en/kyodo-style-japan-politics", "en",
    {"sato": "Kenji Sato", "mori": "Yumiko Mori", "sources": "government sources", "li": "Li Wen",
     "ito": "Takeshi Ito", "ministry": "the Ministry of Defense", "kishimoto": "Haruka Kishimoto"},
    """
{{q:indirect:sato:h1:h1|Japan to boost defense aid to Pacific island nations}}, {{m:h1|top gov't spokesman}} {{c:h1|says}}

TOKYO (Kyodo) -- {{q:indirect:sato:m1:c1|Japan will expand its program of defense equipment grants to Pacific island nations next fiscal year}}, Chief Cabinet Secretary {{m:m1|Kenji Sato}} {{c:c1|said}} Tuesday, amid growing concern over China's influence in the region.

{{m:m2|Sato}}, the top government spokesman, {{c:c2|told}} a press conference that {{q:indirect:sato:m2:c2|the government would allocate about 10 billion yen for patrol boats, radar equipment and training}}.

"{{q:direct:sato:m3:c3|A free and open Pacific is in the interest of every country in the region, large or small,}}" {{m:m3|he}} {{c:c3|said}}.

{{q:indirect:sources:m4:c4|Fiji, Papua New Guinea and Tonga are expected to be among the first recipients}}, {{m:m4|government sources}} {{c:c4|said}}, {{c:c5|adding}} that {{q:indirect:sources:m4:c5|a formal announcement could come during the Pacific Islands Leaders Meeting in July}}.

{{m:m6|Defense Minister Yumiko Mori}} {{c:c6|said}} separately that {{q:indirect:mori:m6:c6|the equipment would be used for disaster relief and maritime surveillance, not for combat}}.

"{{q:direct:mori:m7:c7|These countries face enormous challenges from illegal fishing and natural disasters. We want to help them protect their own waters,}}" {{m:m7|the minister}} {{c:c7|told}} reporters after a Cabinet meeting.

{{m:m8|Opposition lawmaker Takeshi Ito}} {{c:c8|questioned}} {{q:indirect?:ito:m8:c8|whether the program had been properly debated in parliament}}.

"{{q:direct:ito:m9:c9|Calling it disaster relief does not change what it is. The public deserves an honest discussion,}}" {{m:m9|Ito}}, a member of the Constitutional Democratic Party of Japan, {{c:c9|said}}.

{{m:m10|Haruka Kishimoto}}, a professor of international relations at Keio University, {{c:c10|said}} {{q:indirect:kishimoto:m10:c10|the move reflected Tokyo's view that the Pacific had become a front line in its rivalry with Beijing}}.

{{q:indirect:ministry:m11:c11|Japan provided radar systems to the Philippines and patrol boats to Vietnam under the program last year}}, {{c:c11|according to}} {{m:m11|the Ministry of Defense}}.

China has criticized the program in the past. In Beijing, {{m:m12|Foreign Ministry spokesperson Li Wen}} {{c:c12|said}} at a regular briefing on Tuesday that {{q:mixed:li:m12:c12|China "firmly opposes" any attempt to draw small island nations into bloc confrontation}}.
""")

article(
    "wire_en_21_bloomberg_tech", "wire_en/bloomberg-style-tech-deal", "en",
    {"people": "people familiar with the matter", "halloran": "Rebecca Halloran", "company": "Nimbus Data",
     "analyst": "Mark Feld", "spokes": "a spokesperson for Corvane", "desai": "Amit Desai",
     "onepeople": ["one of the people", "people familiar with the matter"]},
    """
Nimbus Data Is Said to Explore Sale After Takeover Interest

{{q:indirect:people:m1:c1|Nimbus Data Inc., the cloud storage company backed by Tiger Ridge Capital, is exploring a sale after receiving takeover interest from larger rivals}}, {{c:c1|according to}} {{m:m1|people familiar with the matter}}.

{{q:indirect:people:m2:c2|The San Jose, California-based company is working with advisers to gauge demand from potential buyers including Corvane Systems}}, {{m:m2|the people}} {{c:c2|said}}, asking not to be identified because the deliberations are private. {{q:indirect:people:m3:c3|A deal could value Nimbus at more than $6 billion including debt}}, {{m:m3|they}} {{c:c3|said}}.

{{q:indirect:people:m4:c4|No final decision has been made and Nimbus could decide to remain independent}}, {{m:m4|the people}} {{c:c4|said}}.

A representative for Nimbus declined to comment. "{{q:direct:spokes:m6:c6|We don't comment on market rumors,}}" {{m:m6|a spokesperson for Corvane}} {{c:c6|said}} in an emailed statement.

Nimbus chief executive {{m:m7|Rebecca Halloran}} {{c:c7|said}} in an interview last month that {{q:mixed:halloran:m7:c7|the company was "not for sale" but that she would "always listen" to offers that served shareholders}}.

"{{q:direct:halloran:m8:c8|Storage is becoming the most strategic layer of the AI stack. Everyone has suddenly noticed that,}}" {{m:m8|Halloran}} {{c:c8|said}} at the time.

Nimbus shares have more than doubled this year, giving the company a market value of about $5.2 billion. The stock jumped as much as 14% in late trading in New York after the news of the sale talks was first reported.

{{m:m9|Mark Feld}}, an analyst at Greystone Research, {{c:c9|said}} {{q:indirect:analyst:m9:c9|a sale made sense given how expensive it had become for smaller companies to build data centers}}.

"{{q:direct:analyst:m10:c10|Scale is everything now. Nimbus has great technology and not enough of a balance sheet,}}" {{m:m10|Feld}} {{c:c10|said}}.

Corvane, which makes networking software, has spent more than $9 billion on acquisitions over the past two years. Its chief financial officer, {{m:m11|Amit Desai}}, {{c:c11|told}} investors in February that {{q:mixed:desai:m11:c11|the company would "keep looking for assets that make the platform stronger"}}.

{{q:indirect:onepeople:m12:c12|Talks with Corvane are at an early stage and may not lead to a bid}}, {{c:c12|said}} {{m:m12|one of the people}}.
""")

# ------------------------------------------------------------------------------------------ batch 5
# Written after the fourth round of fixes (parser at 609fa4c), and scored as soon as it was annotated.

article(
    "wire_en_22_aljazeera_mideast", "wire_en/al-jazeera-style-middle-east", "en",
    {"hadid": "Rami Hadid", "ministry": "the Health Ministry in Gaza", "military": "the Israeli military",
     "mediator": "a diplomat familiar with the talks", "qatar": "Majed al-Khulaifi", "unrwa": "Sigrid Aaland",
     "gazahealth": ["Gaza health authorities", "the Health Ministry in Gaza"],
     "qahera": "Al-Qahera News", "masri": "Taher al-Masri"},
    """
Aid convoys held at crossing as ceasefire talks resume in Cairo

Dozens of aid lorries remained stuck at the Kerem Shalom crossing on Wednesday as negotiators returned to Cairo for a new round of ceasefire talks.

{{q:indirect:ministry:m1:c1|At least 27 people had been killed across the Gaza Strip in the previous 24 hours}}, {{m:m1|the Health Ministry in Gaza}} {{c:c1|said}}.

"{{q:direct:hadid:m2:c2|We wait at the crossing every morning and every evening we go back with nothing. The children ask me why the trucks don't move,}}" {{m:m2|Rami Hadid}}, a father of five sheltering in a school in Khan Younis, {{c:c2|told Al Jazeera}}.

{{m:m3|The Israeli military}} {{c:c3|said}} {{q:indirect:military:m3:c3|the crossing had been closed for several hours after rockets were fired towards it}} and {{c:c4|accused}} {{q:indirect?:military:m3:c4|Hamas of using aid routes as cover}}.

In Cairo, {{m:m5|a diplomat familiar with the talks}} {{c:c5|told Al Jazeera}} that {{q:mixed:mediator:m5:c5|the two sides were "closer than at any point since January" on the release of captives}}, but {{c:c6|cautioned}} that {{q:indirect:mediator:m5:c6|the question of a permanent end to the war remained unresolved}}.

{{m:m7|Qatar's foreign ministry spokesman, Majed al-Khulaifi}}, {{c:c7|said}} at his weekly briefing in Doha that {{q:mixed:qatar:m7:c7|mediators were working "around the clock"}}.

"{{q:direct:qatar:m8:c8|We are not going to give up on a deal. Too many lives depend on it,}}" {{m:m8|al-Khulaifi}} {{c:c8|said}}.

{{m:m12|Egypt's state-affiliated Al-Qahera News}} {{c:c12|reported}} that {{q:indirect:qahera:m12:c12|a new proposal had been presented to both delegations on Tuesday evening}}. {{m:m13|Hamas official Taher al-Masri}} {{c:c13|told}} reporters in Beirut that {{q:mixed:masri:m13:c13|the group would study any proposal "positively" as long as it led to a full withdrawal}}.

{{m:m9|Sigrid Aaland}}, a spokeswoman for the UN agency for Palestinian refugees, {{c:c9|said}} {{q:indirect:unrwa:m9:c9|only 80 lorries had entered Gaza in the past week, against a need of at least 500 a day}}. "{{q:direct:unrwa:m10:c10|This is not a logistics problem. It is a political one,}}" {{m:m10|she}} {{c:c10|said}}.

{{q:indirect:gazahealth:m11:c11|The war has killed tens of thousands of Palestinians}}, {{c:c11|according to}} {{m:m11|Gaza health authorities}}, and displaced most of the territory's 2.3 million people.
""")

article(
    "wire_en_23_guardian_environment", "wire_en/uk-environment-protest", "en",
    {"osei": "Kwame Osei", "police": "Avon and Somerset police", "company": "Westmoor Quarries",
     "clarke": "Fiona Clarke", "resident": "Dennis Hollis", "agency": "the Environment Agency",
     "cpre": "the Campaign to Protect Rural England", "villagers": "villagers"},
    """
Protesters block quarry access as campaign against expansion grows

About 200 protesters blocked the entrance to a limestone quarry in the Mendip Hills on Saturday, in the largest demonstration yet against plans to double its size.

{{q:indirect:osei:m1:c1|The expansion would destroy ancient woodland and threaten the springs that feed the River Axe}}, {{m:m1|Kwame Osei}}, one of the organisers, {{c:c1|said}}. "{{q:direct:osei:m2:c2|People here have put up with the dust and the lorries for 40 years. This is the point where they have said enough,}}" {{m:m2|he}} {{c:c2|added}}.

{{m:m3|Avon and Somerset police}} {{c:c3|said}} {{q:indirect:police:m3:c3|the protest had been largely peaceful and that two people had been arrested on suspicion of obstructing the highway}}.

{{m:m4|The quarry's operator, Westmoor Quarries}}, {{c:c4|said}} in a statement that {{q:mixed:company:m4:c4|the expansion would secure 120 jobs and that it had "listened carefully" to local concerns}}. {{m:m5|It}} {{c:c5|said}} {{q:indirect:company:m5:c5|a new water-monitoring scheme would be in place before any blasting began}}.

{{m:m6|Fiona Clarke}}, the Green councillor for the ward, {{c:c6|said}} {{q:indirect:clarke:m6:c6|the county council's planning committee had received more than 3,000 objections}}. {{m:m7|She}} {{c:c7|urged}} {{q:indirect?:clarke:m7:c7|ministers to call in the application}}.

Many of those taking part had travelled from Bristol and Bath, and some had camped overnight in a field next to the quarry road. Others were {{m:m12|villagers}} who {{c:c12|said}} {{q:indirect:villagers:m12:c12|they had never been on a protest before}}.

Not everyone in the village opposes the scheme. {{m:m8|Dennis Hollis}}, 72, who worked at the quarry for 31 years, {{c:c8|said}} {{q:indirect:resident:m8:c8|the jobs mattered more than the view}}. "{{q:direct:resident:m9:c9|Where do they think the stone for their houses comes from?}}" {{m:m9|he}} {{c:c9|said}}.

{{q:indirect:agency:m10:c10|It was assessing the company's hydrology report and would respond to the council by the end of the month}}, {{m:m10|the Environment Agency}} {{c:c10|said}}.

The planning committee is due to decide on the application in April. If approved, the extension would allow quarrying at the site to continue until 2060.

{{m:m11|The Campaign to Protect Rural England}} {{c:c11|said}} {{q:mixed:cpre:m11:c11|the Mendips were "under siege" from quarrying, with three other sites in the hills seeking extensions}}.
""")
