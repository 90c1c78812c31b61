# ruff: noqa: E501  (article prose: one paragraph a line)
# New Zealand, Northern Irish and English sport articles of the twenty-first external-style batch. Original,
# invented prose; every person is fictional (real towns, clubs, schools, parties and institutions only as setting).
# Written and annotated before the parser was run on them.
from build_external21 import article

article(
    "ext21_nz_01_rnz_school_lunches", "external/nz-rnz-education", "en",
    {"schools": ["Schools"],
     "principals_h": ["Principals"],
     "minister": ["the associate minister", "Associate Education Minister Hamish Tait", "Hamish Tait", "Tait"],
     "principals": ["Primary school principals in Northland and South Auckland"],
     "paraone": ["Kaitaia Primary School principal Rewi Paraone", "Rewi Paraone"],
     "federation": ["The New Zealand Principals' Federation", "the federation"],
     "fifita": ["Mele Fifita"],
     "collective": ["The consortium delivering the meals, the School Lunch Collective", "the School Lunch Collective"],
     "labour": ["Labour's education spokesperson, Kiri Waaka", "Kiri Waaka"],
     "tpm": ["Te Pāti Māori's education spokesperson, Arana Moke", "Arana Moke"],
     "hollis": ["The official responsible for the programme, Ministry of Education deputy secretary Sean Hollis", "Sean Hollis"],
     "tavita": ["deputy principal Losa Tavita", "Losa Tavita"],
     "parent": ["A parent at the school"],
     "barrett": ["Nutritionist Dr Fiona Barrett", "Fiona Barrett"]},
    """
{{m:mh|Principals}} {{c:ch|warn}} {{q:indirect:principals_h:mh:ch|cheaper school lunches are ending up in the bin}}

{{m:m0|Schools}} {{c:c0|say}} {{q:indirect:schools:m0:c0|children are refusing meals under the new model}}, but {{m:m0b|the associate minister}} {{c:c0b|says}} {{q:indirect:minister:m0b:c0b|waste is coming down}}.

Anna Whitcombe, Education Reporter

{{m:m1|Primary school principals in Northland and South Auckland}} {{c:c1|say}} {{q:indirect:principals:m1:c1|children are throwing away meals from the government's revamped free lunch programme because the food is cold, bland or unfamiliar}}.

The programme, Ka Ora, Ka Ako, was overhauled this year to cut the cost of each lunch from about $8 to $3, with meals now produced in bulk by a consortium of catering companies rather than by schools or local providers.

{{m:m2|Kaitaia Primary School principal Rewi Paraone}} {{c:c2|told}} RNZ's Morning Report that {{q:mixed:paraone:m2:c2|on some days "more than half" of the meals delivered to his school ended up in the bin}}.

"{{q:direct:paraone:m3:c3|The kids aren't fussy. They're hungry. But when the butter chicken turns up lukewarm at 1pm and it's mostly rice, they're not going to eat it,}}" {{m:m3|he}} {{c:c3|said}}.

{{m:m4|He}} {{c:c4|said}} {{q:mixed:paraone:m4:c4|staff had started keeping bread and spreads in the school kitchen "so no one goes home without eating"}}.

{{m:m5|The New Zealand Principals' Federation}} {{c:c5|said}} {{q:indirect:federation:m5:c5|a survey of its members found that 71 percent of schools had seen more food wasted since the change}}. Its president, {{m:m6|Mele Fifita}}, {{c:c6|said}} {{q:mixed:fifita:m6:c6|the federation had raised its concerns with the ministry "repeatedly and in writing" since February}}.

Associate Education Minister Hamish Tait rejected the criticism.

{{m:m7|He}} {{c:c7|told}} RNZ {{q:mixed:minister:m7:c7|the new model was feeding the same number of students "at a fraction of the cost"}} and {{c:c7b|that}} {{q:indirect:minister:m7:c7b|complaints had fallen sharply since the first weeks of term}}.

"{{q:direct:minister:m8:c8|There were teething problems at the start, and I've never pretended otherwise. But the data I'm seeing says waste is coming down, not up,}}" {{m:m8|Tait}} {{c:c8|said}}.

Asked whether he had eaten one of the meals himself, {{m:m9|Tait}} {{c:c9|said}} {{q:mixed:minister:m9:c9|he had tried "four or five" and found them "perfectly fine"}}.

{{m:m10|The consortium delivering the meals, the School Lunch Collective}}, {{c:c10|said}} in a statement {{q:mixed:collective:m10:c10|it was "continually improving" its menus and had introduced more culturally appropriate options, including a boil-up and a Pacific chop suey}}.

{{m:m11|Labour's education spokesperson, Kiri Waaka}}, {{c:c11|said}} {{q:mixed:labour:m11:c11|the government had "taken food out of children's mouths to pay for tax cuts"}}.

{{m:m12|Te Pāti Māori's education spokesperson, Arana Moke}}, {{c:c12|said}} {{q:mixed:tpm:m12:c12|kura kaupapa in Te Tai Tokerau had been left "to pick up the pieces" with their own fundraising}}.

Ministry of Education figures released under the Official Information Act show the programme is now costing about $130 million a year, down from $320m.

{{m:m13|The official responsible for the programme, Ministry of Education deputy secretary Sean Hollis}}, {{c:c13|told}} Parliament's education and workforce committee last month that {{q:mixed:hollis:m13:c13|the ministry was monitoring waste "school by school" and would step in where problems persisted}}.

At Manurewa Intermediate, {{m:m14|deputy principal Losa Tavita}} {{c:c14|said}} {{q:mixed:tavita:m14:c14|students had started calling the meals "mystery bowls"}}.

"{{q:direct:tavita:m15:c15|We laugh about it, but it's not really funny. For some of these kids that's the main meal of the day,}}" {{m:m15|she}} {{c:c15|said}}.

{{m:m16|A parent at the school}}, who asked not to be named because her children could be identified, {{c:c16|said}} {{q:mixed:parent:m16:c16|her son had come home hungry "three days out of five" last week}}.

{{m:m17|Nutritionist Dr Fiona Barrett}}, a senior lecturer at the University of Otago, {{c:c17|said}} {{q:mixed:barrett:m17:c17|the new meals met the ministry's nutrition guidelines "on paper"}} but {{c:c17b|that}} {{q:indirect:barrett:m17:c17b|the guidelines did not measure whether children actually ate them}}.

"{{q:direct:barrett:m18:c18|What goes into the bin has no nutritional value at all,}}" {{m:m18|she}} {{c:c18|said}}.

The committee will hear further submissions on the programme next month. The ministry has until the end of June to report back to the minister on options for schools that want to return to making their own lunches.

Ka Ora, Ka Ako now feeds about 242,000 students at nearly 1000 schools and kura.
""",
)

article(
    "ext21_ni_01_bbc_gaa_tributes", "external/ni-bbc-obituary", "en",
    {"family": ["his family"],
     "daughter": ["his daughter Clodagh", "Clodagh"],
     "county": ["Armagh GAA", "the county board"],
     "toner": ["Current Armagh manager Kieran Toner", "Kieran Toner", "Toner"],
     "quinn": ["The school's principal, Dr Aoife Quinn", "Dr Aoife Quinn", "Aoife Quinn"],
     "devlin": ["The man who succeeded him as minor manager, Peter Devlin", "Peter Devlin"],
     "mla": ["Upper Bann MLA Gerard Mallon", "Gerard Mallon"],
     "ulster": ["Ulster GAA president Noel Hughes", "Noel Hughes"],
     "club": ["Clann Éireann GAC"],
     "rafferty": ["His former team-mate Paddy Rafferty", "Paddy Rafferty", "Rafferty"],
     "mayor": ["The Lord Mayor of Armagh City, Banbridge and Craigavon, Councillor Siobhán Kerr", "Siobhán Kerr"],
     "mcalinden": ["Seán McAlinden", "McAlinden"],
     "pupil": ["A former pupil"]},
    """
Tributes paid to former Armagh footballer and coach Seán McAlinden

Image source, Armagh GAA

Image caption, Seán McAlinden won two Ulster titles with Armagh in the 1970s

Tributes have been paid to the former Armagh Gaelic footballer and coach Seán McAlinden, who has died aged 71.

{{q:indirect:family:m1:c1|McAlinden, who won two Ulster titles with the county in the 1970s and later managed its minor team, died on Saturday at Craigavon Area Hospital after a short illness}}, {{m:m1|his family}} {{c:c1|said}}.

In a statement, {{m:m2|his family}} {{c:c2|described}} him as "{{q:direct:family:m2:c2|a gentle giant who gave everything to his club, his county and his family}}".

"{{q:direct:daughter:m3:c3|Dad never missed a match, even when he could barely walk the length of the pitch. He loved the game and he loved the people in it,}}" {{m:m3|his daughter Clodagh}} {{c:c3|said}}.

{{m:m4|Armagh GAA}} {{c:c4|said}} {{q:mixed:county:m4:c4|it was "deeply saddened" to learn of his death}}.

In a post on social media, {{m:m5|the county board}} {{c:c5|said}} {{q:mixed:county:m5:c5|McAlinden had been "a mentor to a generation of young footballers"}} and extended its sympathies to his wife, Bernadette, and their four children.

{{m:m6|Current Armagh manager Kieran Toner}}, who played under McAlinden at minor level, {{c:c6|said}} {{q:mixed:toner:m6:c6|he had been "the best coach I ever had"}}.

"{{q:direct:toner:m7:c7|He'd roar at you from the sideline and then put his arm around you in the dressing room. That was Seán,}}" {{m:m7|Toner}} {{c:c7|told}} BBC Radio Ulster.

{{m:m7b|Toner}} {{c:c7b|said}} {{q:indirect:toner:m7b:c7b|the squad would wear black armbands for Sunday's league game against Tyrone}}.

{{m:m7c|His former team-mate Paddy Rafferty}}, who lined out alongside him in the 1977 All-Ireland final, {{c:c7c|said}} {{q:mixed:rafferty:m7c:c7c|McAlinden was "the hardest man I ever marked in training and the kindest man off the pitch"}}.

Speaking to BBC News NI, {{m:m7d|Rafferty}} {{c:c7d|recalled}} that {{q:mixed:rafferty:m7d:c7d|the team bus had been "stopped at every checkpoint between Lurgan and Dublin" on the morning of the final}}.

"{{q:direct:rafferty:m7e:c7e|We didn't win that day, but he kept us laughing the whole way home,}}" {{m:m7e|he}} {{c:c7e|said}}.

Born in Lurgan in 1954, McAlinden worked for more than 30 years as a PE teacher at St Michael's Grammar School. In 2019 he was inducted into the county's hall of fame. Accepting the award, {{m:m7f|he}} {{c:c7f|said}} {{q:mixed:mcalinden:m7f:c7f|he had "only ever done what my father did before me"}}.

{{m:m8|The school's principal, Dr Aoife Quinn}}, {{c:c8|said}} {{q:mixed:quinn:m8:c8|staff and former pupils were "heartbroken"}}.

{{m:m9|She}} {{c:c9|said}} {{q:mixed:quinn:m9:c9|he had coached school teams "long after anyone was paying him to"}} and {{c:c9b|that}} {{q:indirect:quinn:m9:c9b|several of his former players had gone on to win All-Ireland medals}}.

{{m:m9c|A former pupil}}, who now teaches at the school, {{c:c9c|wrote}} on Facebook that {{q:mixed:pupil:m9c:c9c|"Mr Mac" had "made PE the best part of the week"}}.

{{m:m10|The man who succeeded him as minor manager, Peter Devlin}}, {{c:c10|recalled}} that {{q:mixed:devlin:m10:c10|McAlinden would drive players home after training in his own car, "whatever the weather"}}.

"{{q:direct:devlin:m11:c11|Half the boys on that team didn't have a lift. Seán never said a word about it, he just did it,}}" {{m:m11|he}} {{c:c11|said}}.

{{m:m12|Ulster GAA president Noel Hughes}} {{c:c12|said}} in a statement that {{q:mixed:ulster:m12:c12|McAlinden's contribution to the game "went far beyond the white lines"}}.

{{m:m13|Upper Bann MLA Gerard Mallon}} {{c:c13|said}} {{q:mixed:mla:m13:c13|the community had lost "one of its great characters"}}.

"{{q:direct:mla:m14:c14|Seán's legacy is in every club in this county. Thinking of Bernadette and the family tonight,}}" {{m:m14|he}} {{c:c14|wrote}} on X.

{{m:m14b|The Lord Mayor of Armagh City, Banbridge and Craigavon, Councillor Siobhán Kerr}}, {{c:c14b|said}} {{q:mixed:mayor:m14b:c14b|the borough had lost "a true gentleman"}}.

{{m:m15|Clann Éireann GAC}} {{c:c15|said}} {{q:indirect:club:m15:c15|its clubrooms would open on Monday evening for people to sign a book of condolence}}.

McAlinden is survived by his wife, Bernadette, their four children and 11 grandchildren.

Requiem Mass will be celebrated at St Paul's Church, Lurgan, on Wednesday at 11:00, followed by burial in the adjoining cemetery.

{{m:m16|The family}} have {{c:c16|asked}} that {{q:indirect?:family:m16:c16|donations in lieu of flowers be made to the Southern Area Hospice}}.

Related topics: GAA, Lurgan, Gaelic football
""",
)

article(
    "ext21_uk_01_bbc_sport_sunderland_presser", "external/uk-sport-press-conference", "en",
    {"lindqvist": ["Lindqvist", "Sunderland head coach Marco Lindqvist", "Marco Lindqvist", "The Swede", "the former Malmö boss"],
     "efl": ["The EFL"],
     "bankole": ["The man responsible for Sunderland's recruitment, sporting director Olu Bankole", "Olu Bankole"],
     "hinchcliffe": ["Middlesbrough boss Gary Hinchcliffe", "Gary Hinchcliffe", "Hinchcliffe"],
     "trust": ["Supporters' group the Wearside Supporters' Trust", "the Wearside Supporters' Trust"],
     "amankwah": ["Amankwah", "Jordan Amankwah"]},
    """
{{m:m0|Lindqvist}} {{c:c0|says}} {{q:mixed:lindqvist:m0:c0|Sunderland 'not for sale' on Amankwah}} amid Premier League interest

Last updated on 9 January, 13:41 GMT

{{m:m1|Sunderland head coach Marco Lindqvist}} has {{c:c1|insisted}} {{q:indirect:lindqvist:m1:c1|the club will not sell midfielder Jordan Amankwah in January}}, despite reported interest from three Premier League sides.

Speaking at his pre-match news conference ahead of Saturday's trip to Middlesbrough, {{m:m2|Lindqvist}} {{c:c2|said}} {{q:mixed:lindqvist:m2:c2|Amankwah, 21, was "a huge part of what we are building"}} and {{c:c2b|that}} {{q:indirect:lindqvist:m2:c2b|there had been no bids}}.

"{{q:direct:lindqvist:m3:c3|I read the same stories you read. Nobody has called me, nobody has called the club, and if they do, the answer is the same: he is not for sale,}}" {{m:m3|he}} {{c:c3|said}}.

Asked whether the player had been distracted by the speculation, Lindqvist laughed. "{{q:direct:lindqvist:-:-|Jordan? He asked me yesterday if he could do extra finishing work after training. I don't think he is reading the newspapers.}}"

{{m:m5|The Swede}} {{c:c5|confirmed}} that {{q:indirect:lindqvist:m5:c5|captain Dan Whitfield would miss the game with a hamstring injury}}.

{{m:m6|He}} {{c:c6|said}} {{q:mixed:lindqvist:m6:c6|Whitfield was likely to be out "for three or four weeks"}} but {{c:c6b|said}} {{q:indirect:lindqvist:m6:c6b|surgery would not be needed}}. {{m:m6d|Lindqvist}} also paid tribute to his captain, {{c:c6d|describing}} him as "{{q:direct:lindqvist:m6d:c6d|the heartbeat of this team}}".

{{q:indirect:lindqvist:m6c:c6c|Striker Tomas Beck is available again after a three-match suspension}}, {{m:m6c|Lindqvist}} {{c:c6c|confirmed}}.

{{m:m7|Lindqvist}} was also critical of the referee in last weekend's 2-2 draw with Hull, {{c:c7|saying}} {{q:mixed:lindqvist:m7:c7|his side should have had "at least one, maybe two" penalties}}.

"{{q:direct:lindqvist:m8:c8|I don't want to get in trouble, so I'll just say we watched it back and we didn't agree with some of the decisions,}}" {{m:m8|he}} {{c:c8|added}}.

{{m:m9|The EFL}} {{c:c9|said}} {{q:indirect:efl:m9:c9|it does not comment on individual refereeing decisions}}.

Lindqvist, whose contract runs until 2027, refused to be drawn on reports that he had been approached about the vacant Norway job.

"{{q:direct:lindqvist:m9b:c9b|I'm happy here. That's all I will say about it,}}" {{m:m9b|he}} {{c:c9b|said}}.

Asked about the atmosphere at the Riverside, where more than 30,000 are expected, {{m:m9c|Lindqvist}} {{c:c9c|said}} {{q:mixed:lindqvist:m9c:c9c|his young players "have to enjoy it, not fear it"}}.

{{m:m9d|Amankwah}} himself {{c:c9d|told}} the club's in-house channel after Tuesday's training session that {{q:mixed:amankwah:m9d:c9d|he was "not thinking about anything except Middlesbrough"}}.

On the transfer window, {{m:m10|the former Malmö boss}} {{c:c10|said}} {{q:mixed:lindqvist:m10:c10|the club was looking for "one, maybe two" players, ideally a left-back and a striker}}.

{{m:m11|The man responsible for Sunderland's recruitment, sporting director Olu Bankole}}, {{c:c11|told}} the club's website last month that {{q:mixed:bankole:m11:c11|the January budget would be "sensible, not crazy"}}.

Sunderland are sixth in the Championship, two points off the automatic promotion places, and have won four of their past five league games.

{{m:m12|Middlesbrough boss Gary Hinchcliffe}} {{c:c12|said}} in his own news conference that {{q:mixed:hinchcliffe:m12:c12|his side would have to be "brave" on the ball}}. {{m:m13|He}} {{c:c13|described}} Sunderland as "{{q:direct:hinchcliffe:m13:c13|the best passing team in the division}}".

"{{q:direct:hinchcliffe:m14:c14|If you stand off them they'll pass you to death. We have to get in their faces from the first whistle,}}" {{m:m14|Hinchcliffe}} {{c:c14|said}}. {{m:m14b|Hinchcliffe}}, whose side are 11th, {{c:c14b|said}} {{q:mixed:hinchcliffe:m14b:c14b|he expected Sunderland to "come at us from the first minute"}}.

{{m:m15|Supporters' group the Wearside Supporters' Trust}} {{c:c15|said}} {{q:indirect:trust:m15:c15|all 4,200 tickets for the away end had been sold}}.

Figures from the EFL show Sunderland have fielded the youngest average starting XI in the Championship this season.

Analysis

Sunderland's model under Lindqvist has been built on signing young players cheaply and selling them on at a profit, so interest in Amankwah was always going to come. What has changed is the club's position in the table: with promotion a real possibility, selling their best midfielder in January would send the wrong message to the dressing room.

Middlesbrough v Sunderland is live on Sky Sports Football from 12:30 GMT on Saturday.

Get involved #bbcefl or text 81111.
""",
)
