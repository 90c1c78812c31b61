# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the fifth external-style batch. Original, invented prose; every person, team and
# business is fictional (real provinces, cities and institutions only as setting). Written and
# annotated before the parser was run on them.
from build_external5 import article

article(
    "ext5_ca_01_cbc_halifax_bus_routes", "external/ca-cbc-local", "en",
    {"frost": "Dana Frost",
     "hrm": ["Halifax Transit", "the municipality", "Halifax Regional Municipality"],
     "leblanc": "Marc LeBlanc",
     "riders": ["Many riders who spoke to CBC News", "Riders in Spryfield and Lower Sackville", "riders"],
     "osei": "Abena Osei",
     "savage": "Paul Savage",
     "union": ["Amalgamated Transit Union Local 508", "the union"],
     "report": ["a staff report", "the report"],
     "mckenna": "Shawn McKenna"},
    """
Halifax Transit to cut 11 bus routes as driver shortage drags on

{{m:m00|Riders in Spryfield and Lower Sackville}} {{c:c00|say}} {{q:indirect:riders:m00:c00|the changes will leave them stranded}}

{{q:indirect:hrm:m0:c0|Halifax Transit will cut 11 bus routes and reduce service on 14 others starting next month}}, {{m:m0|the municipality}} {{c:c0|announced}} Tuesday, blaming a shortage of drivers that has already led to hundreds of cancelled trips this year.

{{q:indirect:report:m1:c1|The transit service is short about 60 operators, and sick calls have climbed sharply since the spring}}, {{c:c1|according to}} {{m:m1|a staff report}} presented to regional council's transportation committee.

{{m:m2|Dana Frost}}, the committee's chair, {{c:c2|said}} {{q:indirect:frost:m2:c2|it's better to run a smaller schedule reliably than a bigger one that riders can't count on}}.

"{{q:direct:frost:m3:c3|People would rather know the bus is coming every 30 minutes than stand there wondering whether the 15-minute bus exists,}}" {{m:m3|Frost}} {{c:c3|said}}.

{{q:indirect:frost:m4:c4|Once the new recruitment class finishes training in the fall, {{m:m4|she}} {{c:c4|said}}, the routes could return}}, though she wouldn't commit to a date.

{{m:m5|Many riders who spoke to CBC News}} {{c:c5|said}} {{q:indirect:riders:m5:c5|they first learned of the cuts from a post on social media}}.

{{m:m6|Abena Osei}}, who takes the 419 from Lower Sackville to her job at the QEII Health Sciences Centre, {{c:c6|says}} {{q:indirect:osei:m6:c6|her commute will go from 40 minutes to well over an hour}}.

"{{q:direct:osei:m7:c7|I start at seven. If I miss the first bus, there isn't a second one that gets me there on time,}}" {{m:m7|she}} {{c:c7|said}}. "{{q:direct:osei:m7:c7|What am I supposed to do, take a cab every day?}}"

{{m:m8|Mayor Marc LeBlanc}} {{c:c8|acknowledged}} {{q:indirect:leblanc:m8:c8|the cuts would hurt}} but {{c:c8b|rejected}} {{q:indirect?:leblanc:m8:c8b|calls to hand transit back to the province}}. {{q:indirect:leblanc:m9:c9|The municipality has raised operator wages twice in two years and is now recruiting in Ontario and overseas}}, {{m:m9|he}} {{c:c9|told}} reporters at city hall.

The union representing the drivers sees it differently. {{m:m10|Paul Savage}}, president of Amalgamated Transit Union Local 508, {{c:c10|said}} {{q:indirect:savage:m10:c10|drivers are leaving because of split shifts and assaults on buses, not pay}}.

"{{q:direct:savage:m11:c11|You can hire all the people you want. If you don't fix the working conditions, they'll be gone in a year,}}" {{m:m11|Savage}} {{c:c11|said}}.

{{m:m12|He}} {{c:c12|accused}} {{q:mixed:savage:m12:c12|management of treating drivers "like spare parts"}} and {{c:c12b|called on}} {{q:indirect:savage:m12:c12b|council to create a joint safety committee}}.

{{m:m13|Coun. Shawn McKenna}}, who represents Spryfield, {{c:c13|said}} {{q:indirect:mckenna:m13:c13|he plans to ask staff at next week's meeting whether some routes could be kept on weekdays only}}. {{q:indirect:mckenna:m14:c14|Cutting the 20 entirely would leave seniors in his district with no way to get to the grocery store}}, {{m:m14|he}} {{c:c14|warned}}.

The changes take effect Aug. 5. {{q:indirect:hrm:m15:c15|Updated schedules will be posted online next week}}, {{m:m15|the municipality}} {{c:c15|said}}.
""")

article(
    "ext5_ca_02_cp_hockey_oilers_rally", "external/ca-cp-sports", "en",
    {"brisebois": "Luc Brisebois",
     "kowalchuk": "Tyler Kowalchuk",
     "aho": "Mikko Aho",
     "delorme": "Jean-Philippe Delorme",
     "coach_opp": "Grant Hollister",
     "team": ["the team", "Edmonton"],
     "fans": ["Fans outside the arena", "fans"]},
    """
Kowalchuk scores twice as Edmonton rallies past Vancouver in overtime

EDMONTON — Tyler Kowalchuk didn't think much of his first goal. {{q:indirect:kowalchuk:m0:c0|The second one, {{m:m0|he}} {{c:c0|admitted}}, was a different story}}.

Kowalchuk scored twice in the third period, including the tying goal with 41 seconds left, and Mikko Aho won it 2:17 into overtime as the Edmonton Oilers beat the Vancouver Canucks 4-3 on Saturday night.

"{{q:direct:kowalchuk:m1:c1|Honestly, the first one went in off my shin pad. I'll take it,}}" {{m:m1|Kowalchuk}} {{c:c1|said}} with a grin. "{{q:direct:kowalchuk:m1:c1|The second one I actually meant.}}"

Vancouver led 3-1 after two periods on goals from Ryan Sato, Jean-Philippe Delorme and Nick Varga, and Edmonton was booed off the ice at the second intermission.

{{q:indirect:brisebois:m2:c2|The dressing room stayed calm during the break}}, {{m:m2|Oilers coach Luc Brisebois}} {{c:c2|said}}. {{m:m3|He}} {{c:c3|insisted}} {{q:indirect:brisebois:m3:c3|he didn't raise his voice}}.

"{{q:direct:brisebois:m4:c4|We didn't need a speech. We needed to get pucks to the net, and we finally did,}}" {{m:m4|Brisebois}} {{c:c4|said}}.

{{m:m5|Aho}}, the Finnish defenceman who was a healthy scratch for three games earlier this month, {{c:c5|said}} {{q:indirect:aho:m5:c5|the overtime winner was the biggest goal of his career}}. {{m:m6|He}} {{c:c6|credited}} {{q:indirect?:aho:m6:c6|Kowalchuk for the pass}}.

"{{q:direct:aho:m7:c7|I just closed my eyes and shot. Maybe I should do that more,}}" {{m:m7|he}} {{c:c7|joked}}.

Canucks coach Grant Hollister was less amused. {{m:m8|Hollister}} {{c:c8|called}} {{q:mixed:coach_opp:m8:c8|the third period "the worst 20 minutes we've played all year"}} and {{c:c8b|said}} {{q:indirect:coach_opp:m8:c8b|his team stopped skating once it had the lead}}.

"{{q:direct:coach_opp:m9:c9|That's on me. That's on all of us,}}" {{c:c9|said}} {{m:m9|Hollister}}, whose team has lost four of its last five.

{{m:m10|Delorme}}, who scored his 20th of the season, {{c:c10|denied}} that {{q:indirect:delorme:m10:c10|fatigue was a factor in the late collapse}}, though Vancouver was playing its third game in four nights.

"{{q:direct:delorme:m11:c11|No excuses. We had them and we let them off the hook,}}" {{m:m11|he}} {{c:c11|said}}.

Kowalchuk, who has 11 points in his last six games, now leads the Oilers with 27 goals. Asked whether the streak was the best stretch of his career, the 24-year-old from Lloydminster, Sask., shrugged. "{{q:direct:kowalchuk:m12b:c12b|Ask me in April,}}" {{m:m12b|he}} {{c:c12b|said}}.

NOTES: Edmonton goalie Stuart Finch made 31 saves. ... {{q:indirect:team:m13:c13|F Corey Lamb (upper body) will miss at least a week}}, {{m:m13|the team}} {{c:c13|said}}. ... Vancouver hosts Calgary on Monday.
""")

article(
    "ext5_ca_03_globe_rural_doctors_feature", "external/ca-globe-feature", "en",
    {"mercer": "Hannah Mercer",
     "oduya": "Samuel Oduya",
     "pelletier": "Nicole Pelletier",
     "fraser": "Alasdair Fraser",
     "department": ["the Department of Health and Wellness", "the department", "a spokesperson for the department"],
     "college": ["the College of Physicians and Surgeons of Nova Scotia", "the college"],
     "residents": ["Residents of Guysborough County", "residents"],
     "physicians": ["Many family physicians in rural Nova Scotia", "family physicians"],
     "survey": ["a survey", "Doctors Nova Scotia"],
     "kerr": "Elliot Kerr",
     "boudreau": "Corinne Boudreau",
     "critics": ["critics", "Critics"]},
    """
The last doctor in town

In Guysborough County, one physician is holding a rural health system together. Her patients wonder what happens when she retires.

By Sarah Whelan

GUYSBOROUGH, N.S. — At 7:15 on a Tuesday morning, the parking lot of the Eastern Memorial clinic is already half full. {{m:m1|Dr. Hannah Mercer}}, who has practised here for 23 years, {{c:c1|says}} {{q:indirect:mercer:m1:c1|she stopped counting her patients when the number passed 2,800}}.

"{{q:direct:mercer:m2:c2|At some point the number doesn't mean anything. It's just everybody,}}" {{m:m2|she}} {{c:c2|says}}, unlocking the back door. "{{q:direct:mercer:m2:c2|Everybody within an hour's drive.}}"

Mercer is 64. {{m:m3|She}} {{c:c3|told}} the province last year that {{q:indirect:mercer:m3:c3|she would retire in 2026}}, and so far no one has been hired to replace her.

Residents of Guysborough County have watched the clinic shrink for a decade. Two doctors left in 2017; a nurse practitioner moved to Antigonish during the pandemic. {{q:indirect:residents:m4b:c4b|When Mercer goes, the nearest family doctor taking patients will be in Port Hawkesbury, a 90-minute drive}}, {{m:m4b|residents}} {{c:c4b|point out}}.

The province paints a brighter picture. {{q:indirect:department:m5:c5|Nova Scotia added 184 family physicians in the past two years, and the provincial waitlist for a family doctor has fallen by nearly half}}, {{c:c5|according to}} {{m:m5|a spokesperson for the Department of Health and Wellness}}.

The spokesperson, {{m:m6n|Elliot Kerr}}, {{c:c6|wrote}} in an email that {{q:mixed:kerr:m6n:c6|recruiting for Guysborough was "a top priority"}} and that {{q:indirect:kerr:m6n:c6|several candidates had visited the area}}.

{{m:m6c|Critics}} {{c:c6c|say}} {{q:indirect?:critics:m6c:c6c|the headline numbers hide where the new doctors are going}}. {{q:indirect:pelletier:m7:c7|Most of them, {{m:m7|Nicole Pelletier}} {{c:c7|says}}, are setting up in Halifax, Dartmouth and the Annapolis Valley, not in the places with the longest waits}}.

Pelletier, a health economist at St. Francis Xavier University, has spent five years tracking where physicians settle. {{m:m8|She}} {{c:c8|argues}} that {{q:indirect:pelletier:m8:c8|the province's recruitment bonuses are too small to change anyone's mind about living three hours from a city}}.

"{{q:direct:pelletier:m9:c9|A $30,000 incentive is nice. It is not going to make a 32-year-old with a partner in tech move to a town without daycare,}}" {{m:m9|she}} {{c:c9|said}}. "{{q:direct:pelletier:m9:c9|We're trying to solve a housing and child-care problem with a signing bonus.}}"

{{m:m10|Many family physicians in rural Nova Scotia}} {{c:c10|say}} {{q:indirect:physicians:m10:c10|the paperwork, not the pay, is what drives them out}}. {{q:indirect?:survey:m10b:c10b|Doctors in the province spend an average of 11 hours a week on forms and billing}}, {{c:c10b|according to}} {{m:m10b|a survey}} released in March by Doctors Nova Scotia.

Dr. Samuel Oduya knows that math. {{m:m11|The 38-year-old}}, who came to Canada from Lagos in 2019 and now works in Sherbrooke, a village 40 minutes away, {{c:c11|says}} {{q:indirect:oduya:m11:c11|he has been asked three times to take over Mercer's practice}}.

He has turned it down each time. "{{q:direct:oduya:m12b:c12b|I love it here. But I've seen what that job did to her, and I have two kids,}}" {{m:m12b|he}} {{c:c12b|said}}.

{{m:m13|Oduya}} {{c:c13|said}} {{q:indirect:oduya:m13:c13|he would consider a shared practice with two or three colleagues}}. {{q:indirect:oduya:m14:c14|The college has made that harder by requiring separate licences for each clinic site}}, {{m:m14|he}} {{c:c14|added}}.

{{m:m15|The College of Physicians and Surgeons of Nova Scotia}} {{c:c15|denied}} that {{q:indirect:college:m15:c15|its rules stood in the way}}. {{q:indirect:college:m16:c16|A physician can apply to practise at several sites with a single application}}, {{m:m16|the college}} {{c:c16|said}} in a statement.

Back in Guysborough, Alasdair Fraser, 79, sits in the waiting room with a cane across his knees. {{m:m17b|He}} {{c:c17b|says}} {{q:indirect:fraser:m17b:c17b|he has been Mercer's patient since she arrived}}.

"{{q:direct:fraser:m18:c18|She delivered my granddaughter and she sat with my wife at the end,}}" {{m:m18|Fraser}} {{c:c18|said}}. "{{q:direct:fraser:m18:c18|You don't replace that with a video call.}}"

{{m:m19|Health Minister Corinne Boudreau}} {{c:c19|has promised}} {{q:indirect:boudreau:m19:c19|to open a collaborative care centre in the county by 2027}}. {{q:indirect:boudreau:m20:c20|The centre would bring together doctors, nurse practitioners and a pharmacist under one roof}}, {{m:m20|she}} {{c:c20|said}} in the legislature last month.

Mercer has heard promises before. {{m:m21|She}} {{c:c21|says}} {{q:indirect:mercer:m21:c21|she'll believe in the centre when she can walk into it}}.

Until then, she keeps the clinic open three evenings a week. She is not sure how much longer she can do it.

"{{q:direct:mercer:m22:c22|I tell myself every year is the last year,}}" {{m:m22|she}} {{c:c22|says}}. "{{q:direct:mercer:m22:c22|Then September comes, and somebody's kid has an ear infection, and here I am.}}"
""")
