# Canadian daily-news articles of the external-style corpus. Original, invented prose; every person,
# company and group is fictional (real cities and institutions only as setting).
from build_external import article

article(
    "ext_ca_01_council_bike_lanes", "external/ca-city-council", "en",
    {"kowalczyk": "Marta Kowalczyk", "horwath": "Ben Szabo", "mayor": "Denise Ferreira",
     "staff": ["city staff", "staff report", "staff"], "desrochers": "Luc Desrochers",
     "bia": ["Locke Street Business Improvement Area", "Locke Street BIA", "BIA"], "cyclists": "Aisha Kamara", "owner": "Gord Pettigrew",
     "councillors": ["several councillors", "councillors"], "raman": "Priya Raman", "owners": ["business owners", "some business owners"], "ministry": ["Ministry of Transportation", "a spokesperson for the Ministry of Transportation", "ministry"]},
    """
Hamilton council votes to keep King Street bike lanes after heated debate

{{m:h1|Coun. Ben Szabo}} {{c:h1c|says}} {{q:mixed:horwath:h1:h1c|removing them would be 'a waste of money we already spent'}}

Marta Kowalczyk · CBC News · Posted: Jun 18, 2025 6:00 AM EDT

Hamilton city council has voted to keep the protected bike lanes on King Street West, ending a months-long fight that pitted cyclists against {{m:m1|some business owners}} who {{c:c1|say}} {{q:indirect:owners:m1:c1|the lanes have cut into their sales}}.
Council voted 9-7 on Wednesday night against a motion to remove the lanes, which were installed last fall between Dundurn Street and Queen Street at a cost of about $2.3 million.

Ward 1 {{m:m2|Coun. Ben Szabo}}, whose ward includes most of the route, {{c:c2|says}} {{q:mixed:horwath:m2:c2|removing the lanes less than a year after they went in would have been “a waste of money we already spent.”}}

“{{q:direct:horwath:m3:c3|We asked people to change how they get around, and a lot of them did. You don't pull the rug out from under them after eight months,}}” {{m:m3|Szabo}} {{c:c3|said}} in an interview with CBC Hamilton after the vote.

The motion to remove the lanes was brought by Ward 13 {{m:m4|Coun. Luc Desrochers}}, who {{c:c4|argued}} {{q:indirect:desrochers:m4:c4|the city had not properly consulted businesses before the lanes went in}}.

"{{q:direct:desrochers:m5:c5|I'm not against bike lanes. I'm against doing things to people instead of with them,}}" {{m:m5|he}} {{c:c5|told}} council.

{{q:indirect:staff:m6:c6|Cycling trips on the corridor have roughly tripled since the lanes opened}}, {{c:c6|according to}} {{m:m6|a staff report}} presented at the meeting, while average car travel times during the afternoon rush rose by about 40 seconds.

The {{m:m7|Locke Street Business Improvement Area}} {{c:c7|says}} {{q:indirect:bia:m7:c7|seven of its members reported lower sales last winter}}, though {{m:m8|it}} {{c:c8|acknowledged}} {{q:indirect:bia:m8:c8|other factors, including construction on Locke Street itself, may have played a role}}.

{{m:m9|Gord Pettigrew}}, who has owned a hardware store on King Street West for 22 years, {{c:c9|told}} CBC News {{q:indirect:owner:m9:c9|his customers used to park in front of the shop}}.

"{{q:direct:owner:m10:c10|Now they drive past, they can't stop, and they go to the big box store on the Mountain instead,}}" {{m:m10|he}} {{c:c10|said}}.

Cycle Hamilton's own counts show about 1,100 cyclists a day on the route in May. But Ward 9 {{m:x1|Coun. Priya Raman}}, who voted to remove the lanes, {{c:x1c|said}} in an interview with The Spectator that {{q:mixed:raman:x1:x1c|the numbers “don't tell you who stopped coming downtown.”}}

READ MORE | Hamilton's new bike lanes are busier than expected, city data shows

Mayor {{m:m11|Denise Ferreira}}, who voted to keep the lanes, {{c:c11|said}} {{q:indirect:mayor:m11:c11|staff would come back to council in the fall with options for loading zones and short-term parking on side streets}}.

“{{q:direct:mayor:m12:c12|I've heard the businesses. We can fix the parking piece without tearing out a piece of infrastructure people are clearly using,}}” {{m:m12|Ferreira}} {{c:c12|said}}.

{{m:m13|She}} also {{c:c13|asked}} {{q:indirect:mayor:m13:c13|staff to report on whether the lanes could be extended east of Queen Street}}, something cycling advocates have pushed for since 2019.

{{m:m14|Aisha Kamara}} of the advocacy group Cycle Hamilton {{c:c14|says}} {{q:indirect:cyclists:m14:c14|the vote sends a message to other Ontario cities watching the debate}}.

“{{q:direct:cyclists:m15:c15|If Hamilton had ripped these out, every council in the province would have pointed to it as proof that bike lanes fail,}}” {{m:m15|Kamara}} {{c:c15|says}}.

The province has also weighed in. Earlier this year, Ontario passed legislation requiring municipalities to get provincial approval before installing bike lanes that remove a lane of car traffic. {{m:m16|Several councillors}} {{c:c16|said}} {{q:indirect:councillors:m16:c16|they were worried the province could still order the lanes removed}}.

{{m:m17|A spokesperson for the Ministry of Transportation}} {{c:c17|said}} in an email that {{q:mixed:ministry:m17:c17|the ministry was "reviewing" Hamilton's decision}} but did not say whether it would intervene.

{{m:m19|Desrochers}} {{c:c19|said}} after the vote that {{q:indirect:desrochers:m19:c19|he would not bring the motion back}}. Asked if he would support extending the lanes, he laughed. "{{q:direct:desrochers:m18:c18|Let's not get ahead of ourselves,}}" {{m:m18|he}} {{c:c18|said}}.

With files from Samantha Craig
""")

article(
    "ext_ca_02_police_homicide", "external/ca-police", "en",
    {"police": ["Winnipeg police", "police", "Winnipeg Police Service"], "carriere": "Dana Carrière",
     "sister": "Raylene Spence", "neighbour": "Tomasz Nowak", "chief": "Arthur Mensah",
     "family": ["the family", "family", "Spence family"], "lawyer": "Marcus Gillis",
     "residents": ["residents", "neighbours"]},
    """
Man, 34, charged with second-degree murder in death of North End father of three

{{m:h1|Police}} {{c:h1c|say}} {{q:indirect:police:h1:h1c|the victim and the accused knew each other}}

Cameron MacLean · Winnipeg Free Press

Photo: Trevor Haines / Winnipeg Free Press

{{q:indirect:police:m1:c1|A 34-year-old man has been charged with second-degree murder after a father of three was found dead in a North End home on the weekend}}, {{m:m1|Winnipeg police}} {{c:c1|say}}.

{{q:indirect:carriere:m2:c2|Officers were called to a house on Pritchard Avenue near Salter Street at about 2:30 a.m. Sunday for a report of a man who had been assaulted}}, {{m:m2|Const. Dana Carrière}} {{c:c2|told}} reporters at a news conference Monday.

{{q:indirect:carriere:m3:c3|Jordan Spence, 29, was taken to hospital in critical condition and later died}}, {{m:m3|she}} {{c:c3|said}}.

Spence's death is Winnipeg's 21st homicide of the year, according to the Free Press's own count.

{{m:m4|Carrière}} {{c:c4|said}} {{q:indirect:carriere:m4:c4|the accused and Spence knew each other}}, but she would not say how, or what led to the attack. {{m:m5|She}} {{c:c5|said}} {{q:indirect:carriere:m5:c5|investigators do not believe there is any risk to the public}}.

"{{q:direct:carriere:m6:c6|This was not a random incident. We're confident we have the person responsible in custody,}}" {{m:m6|Carrière}} {{c:c6|said}}.

{{q:indirect:police:m7:c7|The accused, who police say is from Winnipeg, was arrested without incident a few blocks away about an hour later}}, {{c:c7|according to}} {{m:m7|a police news release}}. He was charged with second-degree murder and remains in custody. The charge has not been proven in court.

Story continues below advertisement

{{m:m8|Spence's older sister, Raylene Spence}}, {{c:c8|says}} {{q:indirect:sister:m8:c8|her brother had just started a new job at a warehouse in the Inkster industrial park and was saving to move his family to a bigger place}}.

"{{q:direct:sister:m9:c9|He was the guy who showed up. Birthday, funeral, flat tire at three in the morning — Jordan showed up,}}" {{m:m9|she}} {{c:c9|said}} in an interview with the Free Press on Monday. "{{q:direct:sister:m9:c9|His kids are six, four and one. I don't know how you explain this to a one-year-old.}}"

{{m:m10|She}} {{c:c10|said}} {{q:indirect:sister:m10:c10|the family learned of his death from a nurse at Health Sciences Centre}}, and that {{q:indirect:sister:m10:c10|no one from the police had contacted them until Sunday afternoon}}.

{{m:m11|Carrière}} {{c:c11|said}} {{q:indirect:carriere:m11:c11|she could not comment on the timing of the family notification}} but that {{q:mixed:carriere:m11:c11|officers "always try to reach next of kin as quickly as possible."}}

{{m:m12|Tomasz Nowak}}, who lives two doors down, {{c:c12|said}} {{q:indirect:neighbour:m12:c12|he was woken by shouting and saw several police cars on the street within minutes}}.

"{{q:direct:neighbour:m13:c13|You hear things around here sometimes, but not like that,}}" {{m:m13|he}} {{c:c13|said}}. "{{q:direct:neighbour:m13:c13|It's a quiet block. People know each other.}}"

The killing comes a week after Police Chief {{m:m14|Arthur Mensah}} {{c:c14|told}} the Winnipeg Police Board that {{q:indirect:chief:m14:c14|violent crime in the North End had dropped by 12 per cent in the first half of the year}}, a figure he credited to more foot patrols in the area. ({{m:m16|Mensah}} {{c:c16|has said}} {{q:indirect:chief:m16:c16|the patrols will continue through the winter}}.)

The fact that the accused was arrested so quickly was a relief to some neighbours, but {{m:m17|residents}} who spoke to the Free Press {{c:c17|said}} {{q:indirect:residents:m17:c17|they wanted to see more done about the boarded-up houses on the street}}, two of which were damaged by fire in the spring.

{{m:m18|Marcus Gillis}}, a lawyer listed as representing the accused, {{c:c18|said}} {{q:indirect:lawyer:m18:c18|he had not yet seen the police disclosure and would not comment on the case}}.

{{m:x2|Carrière}} {{c:x2c|said}} {{q:indirect:carriere:x2:x2c|the investigation is ongoing}} and {{c:x2d|asked}} {{q:indirect:carriere:x2:x2d|anyone with dashcam video from the area between 2 a.m. and 3 a.m. to contact police}}.

Anyone with information is asked to call the homicide unit at 204-986-6508 or Crime Stoppers at 204-786-8477.

A GoFundMe page set up by the family to cover funeral costs had raised more than $18,000 by Monday evening. "{{q:direct?:family:-:-|Jordan would have given you the shirt off his back,}}" the page reads.

© 2025 Winnipeg Free Press
"""
)

article(
    "ext_ca_03_provincial_health", "external/ca-provincial-globe-style", "en",
    {"young": "Carol Young", "gelinas": "Nadia Brar", "oma": ["Ontario Medical Association", "OMA"],
     "oha": ["Ontario Hospital Association", "hospital association"], "marchand": "Rémi Marchand",
     "ministry": ["Ministry of Health", "ministry", "a ministry spokesperson"], "nurse": "Kelly Beaudry",
     "premier": "Doug Fordham", "tremblay": "Owen Tremblay", "pcs": ["Progressive Conservatives", "the Progressive Conservatives"], "hospital": ["Wingham and District Hospital", "hospital"],
     "official": ["a senior government official", "official"]},
    """
Ontario to pay rural ERs bonus to stay open as summer closures loom

{{m:h1|Health Minister}} {{c:h1c|says}} {{q:mixed:young:h1:h1c|province will 'do whatever it takes' to keep doors open}}

Laura Osei · Queen's Park reporter · The Globe and Mail · Published July 3, 2025

{{q:indirect:young:m1:c1|Ontario will pay rural hospitals up to $1-million each to keep their emergency departments open through the summer}}, Health Minister {{m:m1|Carol Young}} {{c:c1|announced}} on Thursday, as {{m:m2|the province's hospital association}} {{c:c2|warned}} that {{q:indirect:oha:m2:c2|at least 20 emergency rooms could face temporary closures by August}}.

{{m:m3|Ms. Young}} {{c:c3|said}} {{q:indirect:young:m3:c3|the money could be used to pay overtime, hire agency nurses or bring in physicians from other regions on short-term contracts}}.

“{{q:direct:young:m4:c4|Families in small towns deserve to know that when they drive to their local hospital at two in the morning, the doors will be open,}}” {{m:m4|Ms. Young}} {{c:c4|said}} at a news conference in Stratford. “{{q:direct:young:m4:c4|We will do whatever it takes to make that happen.}}”

Last summer, {{q:indirect:oha:m5:c5|emergency departments in Ontario closed temporarily more than 150 times, mostly because of nursing shortages}}, {{c:c5|according to}} {{m:m5|the Ontario Hospital Association}}. Some closures lasted a single overnight shift; others stretched across a long weekend.

The program is expected to cost up to $45-million this year, most of it for nursing overtime.

The opposition was unimpressed. NDP health critic {{m:m6|Nadia Brar}} {{c:c6|says}} {{q:indirect:gelinas:m6:c6|the bonus is a one-time patch that does nothing about the reasons nurses are leaving rural hospitals}}.

“{{q:direct:gelinas:m7:c7|They are paying agencies three times what a staff nurse makes and then acting surprised that staff nurses quit to work for agencies,}}” {{m:m7|Ms. Brar}} {{c:c7|said}} in an interview with The Canadian Press.

{{m:m8|She}} {{c:c8|called on}} {{q:indirect:gelinas:m8:c8|the government to repeal its cap on public-sector wage increases}}, which a court struck down last year and the province has since amended.

The {{m:m9|Ontario Medical Association}} welcomed the funding but {{c:c10|said}} {{q:indirect:oma:m9:c10|it would not solve the shortage of family doctors in rural areas}}, which it {{c:c11|says}} {{q:indirect:oma:m9:c11|pushes more patients into emergency rooms}}.

The data suggests the pressure is worst in the southwest. Of the 20 hospitals flagged by the association, 11 are in Huron, Perth, Grey and Bruce counties.

At the Wingham and District Hospital, which closed its emergency department for 14 nights last summer, nurse {{m:m12|Kelly Beaudry}} {{c:c12|said}} {{q:mixed:nurse:m12:c12|staff were “cautiously hopeful” but wanted to see the details}}.

“{{q:direct:nurse:m13:c13|We've heard announcements before. What we need is people on the floor,}}” {{m:m13|Ms. Beaudry}} {{c:c13|said}}. “{{q:direct:nurse:m13:c13|A bonus for the hospital doesn't help if there's nobody to hire.}}”

{{m:m14|A senior government official}}, who was not authorized to speak publicly about cabinet discussions, {{c:c14|said}} {{q:indirect:official:m14:c14|the program was approved by cabinet last week after several ministers from rural ridings pressed for it}}. The Globe is not identifying the official.

Premier {{m:m15|Doug Fordham}}, asked about the plan at an unrelated event in Mississauga, {{c:c15|said}} {{q:mixed:premier:m15:c15|he would not “apologize for spending money on rural Ontario.”}}

{{q:indirect:ministry:m16:c16|Hospitals will have to apply for the funding by July 15, {{m:m16|a ministry spokesperson}} {{c:c16|said}} in an e-mail, and money will flow within two weeks of approval}}.

{{m:x6|The Progressive Conservatives}} have {{c:x6c|promised}} {{q:indirect:pcs:x6:x6c|to hire 3,000 more nurses by 2028}}. {{m:x3|Ms. Young}} {{c:x3c|said}} Thursday {{q:mixed:young:x3:x3c|the province was “on track” to meet that target}}, though she did not provide figures. Liberal health critic {{m:x4|Owen Tremblay}} {{c:x4c|told}} reporters at Queen's Park {{q:mixed:tremblay:x4:x4c|the announcement was “a summer Band-Aid on a winter wound.”}}

{{m:m17|Rémi Marchand}}, the mayor of nearby North Huron, {{c:c17|said}} {{q:indirect:marchand:m17:c17|he did not want to sound ungrateful}}. But {{m:m17b|he}} {{c:c17b|said}} {{q:indirect:marchand:m17b:c17b|his community had been asking for help since 2022}}.

“{{q:direct:marchand:m18:c18|It's good news. It's also three years late,}}” {{m:m18|Mr. Marchand}} {{c:c18|said}}.

Asked whether the province would make the funding permanent, Ms. Young would not commit. “{{q:direct:young:m19:c19|We'll see how the summer goes,}}” {{m:m19|she}} {{c:c19|said}}.

With a report from The Canadian Press
""")

article(
    "ext_ca_04_bc_wildfire", "external/ca-wildfire-cp-style", "en",
    {"march": "Kelly March", "bcws": ["BC Wildfire Service", "wildfire service"], "ortiz": "Cliff Thorsen",
     "mayor": "Janet Kwan", "rdco": ["Regional District of Central Okanagan", "regional district"],
     "evacuee": "Pradeep Gill", "evacuee2": "Sheila Dumont", "forecaster": "Ryan Aucoin",
     "firstnation": ["Westbank First Nation", "First Nation"], "chief": "Roxanne Louis",
     "officials": ["officials", "fire officials"], "evacuees": ["evacuees"], "hydro": "BC Hydro"},
    """
Thousands more ordered out as wildfire near West Kelowna doubles in size

{{m:h1|Evacuees}} {{c:h1c|say}} {{q:indirect:evacuees:h1:h1c|they had minutes to leave}}: '{{q:direct:evacuee:-:-|We grabbed the dog and the passports}}'

The Canadian Press · Updated: August 16, 2025 at 11:02 pm PDT

WEST KELOWNA, B.C. — Roughly 4,000 more people were ordered from their homes on Saturday as a wildfire burning west of Okanagan Lake more than doubled in size overnight, pushed by gusting winds that {{m:m1|officials}} {{c:c1|say}} {{q:indirect:officials:m1:c1|could continue into Monday}}.

{{q:indirect:bcws:m2:c2|The McDougall Ridge fire was estimated at 6,800 hectares on Saturday evening, up from about 3,000 hectares on Friday}}, {{c:c2|according to}} {{m:m2|the BC Wildfire Service}}.

{{m:m3|Fire information officer Cliff Thorsen}} {{c:c3|says}} {{q:indirect:ortiz:m3:c3|the fire jumped a containment line near Bear Creek Road early Saturday and is now within two kilometres of homes in the Westside Road area}}.

"{{q:direct:ortiz:m4:c4|What we saw last night was extreme fire behaviour — crowning, spotting up to a kilometre ahead of the main front,}}" {{m:m4|Thorsen}} {{c:c4|told}} reporters at an afternoon briefing. "{{q:direct:ortiz:m4:c4|Crews did everything they could, but with winds like that there's not a lot you can do on the ground.}}"

{{m:m5|The Regional District of Central Okanagan}} {{c:c5|said}} in a news release that {{q:indirect:rdco:m5:c5|the new evacuation orders cover about 1,700 properties}}, and {{c:c5b|asked}} {{q:indirect:rdco:m5:c5b|residents on evacuation alert to have a bag packed and a plan for their pets}}.

READ MORE: What to do if you're under an evacuation alert in B.C.

{{m:m6|Pradeep Gill}}, who was ordered out of his home on Westside Road just after 4 a.m., {{c:c6|said}} {{q:indirect:evacuee:m6:c6|he and his wife had about 15 minutes to get out}}.

"{{q:direct:evacuee:m7:c7|We grabbed the dog and the passports. That's it. I didn't even think about photos until we were on the highway,}}" {{m:m7|Gill}} {{c:c7|told}} The Canadian Press at an evacuation centre in Kelowna.

Another evacuee, {{m:m8|Sheila Dumont}}, {{c:c8|says}} {{q:indirect:evacuee2:m8:c8|she has been through this twice before}}. (The 2003 Okanagan Mountain Park fire destroyed more than 200 homes in the area.) "{{q:direct:evacuee2:m9:c9|You never get used to it,}}" {{m:m9|she}} {{c:c9|said}}.

B.C. Emergency Management Minister {{m:m10|Kelly March}} {{c:c10|said}} {{q:indirect:march:m10:c10|the province had requested help from the Canadian Armed Forces and expected an answer by Sunday}}.

"{{q:direct:march:m11:c11|We are throwing everything we have at this fire,}}" {{m:m11|March}} {{c:c11|said}}. {{m:m12|She}} {{c:c12|urged}} {{q:indirect:march:m12:c12|people in the area to follow evacuation orders as soon as they are issued}}.

Later, {{m:m13|March}} {{c:c13|posted}} on X: ''{{q:direct:march:m13:c13|If you are told to go, please go. Firefighters cannot do their jobs while they are also doing rescues.}}''

West Kelowna Mayor {{m:m14|Janet Kwan}} {{c:c14|said}} {{q:indirect:mayor:m14:c14|the city had opened a second reception centre at the Royal LePage Place arena}}. She did not say whether the city would ask for a provincial state of emergency, a step it took during the 2023 McDougall Creek fire.

{{m:m15|Westbank First Nation Chief Roxanne Louis}} {{c:c15|said}} {{q:indirect:chief:m15:c15|about 300 members had been evacuated}} and thanked neighbouring communities for taking people in.

{{q:indirect:chief:m16:c16|The fact that so many of the same families are being evacuated again weighs on people}}, {{m:m16|Louis}} {{c:c16|said}}.

Environment Canada meteorologist {{m:m17|Ryan Aucoin}} {{c:c17|said}} {{q:indirect:forecaster:m17:c17|a cold front expected Sunday would bring winds gusting to 50 km/h but little rain}}.

"{{q:direct:forecaster:m18:c18|It's the worst kind of front for a fire like this: lots of wind, no moisture,}}" {{m:m18|he}} {{c:c18|said}}. {{q:indirect:forecaster:m19:c19|If the front stalls, {{m:m19|he}} {{c:c19|said}}, the winds could ease by Monday afternoon}}.

In a statement, {{m:x5|BC Hydro}} {{c:x5c|said}} {{q:indirect:hydro:x5:x5c|crews had de-energized lines in the area as a precaution}} and that {{q:indirect:hydro:x5:x5c|some customers could be without power for several days}}.

The cause of the fire is still under investigation.

There are more than 340 wildfires burning across B.C., about 50 of them started in the past two days, most by lightning.

— With files from Global News
""")
