# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the seventeenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces, First Nations and institutions only as setting). Written and annotated before the parser was run on them.
from build_external17 import article

article(
    "ext17_ca_01_cp_ontario_measles", "external/ca-cp-health", "en",
    {"moss": ["Kieran Moss", "Dr. Kieran Moss"],
     "pho": ["Public Health Ontario"],
     "minister": ["Sandra Pellegrino", "Health Minister Sandra Pellegrino"],
     "dhillon": ["Amrit Dhillon"],
     "swph": ["Southwestern Public Health"],
     "parents": ["Parents outside one of the schools"],
     "mother": ["One mother"],
     "phac": ["the Public Health Agency of Canada"],
     "oma": ["The Ontario Medical Association"],
     "pellegrino2": ["a spokesperson for Pellegrino"]},
    """
Ontario measles cases climb to 212 as {{m:m0|top doctor}} {{c:c0|urges}} {{q:indirect:moss:m0:c0|parents to check vaccine records}}

By Priya Sandhu, The Canadian Press

TORONTO — {{m:m1|Ontario's chief medical officer of health}} {{c:c1|says}} {{q:indirect:moss:m1:c1|the province's measles outbreak has not yet peaked}}, as the number of confirmed cases rose to 212 on Thursday.

{{m:m2|Dr. Kieran Moss}} {{c:c2|told}} reporters at Queen's Park that {{q:indirect:moss:m2:c2|most of the new cases were in children who had not been vaccinated}}.

"{{q:direct:moss:m3:c3|We are seeing the virus move into communities where vaccination rates are lower, and that is exactly what we feared,}}" {{m:m3|Moss}} {{c:c3|said}}.

{{m:m4|Public Health Ontario}} {{c:c4|says}} {{q:indirect:pho:m4:c4|31 people have been hospitalized, including six in intensive care}}. The agency's latest weekly report, released Wednesday, shows cases in 14 of the province's 29 public health units.

{{m:m5|Moss}} {{c:c5|urged}} {{q:indirect:moss:m5:c5|parents to check their children's vaccination records before March break}}, and {{c:c6|said}} {{q:indirect:moss:m5:c6|public health units would add weekend clinics}}. {{q:indirect:moss:m7:c7|Anyone born after 1970 who has had only one dose should get a second}}, {{m:m7|he}} {{c:c7|said}}.

The outbreak began in November after an unvaccinated traveller returned to southwestern Ontario, and it has since spread to Toronto, Hamilton and the Niagara region.

{{m:m8|Health Minister Sandra Pellegrino}} {{c:c8|said}} {{q:indirect:minister:m8:c8|the province had shipped an extra 40,000 doses to public health units in the southwest}}. {{m:m9|She}} rejected calls from opposition parties for a provincewide advertising campaign, {{c:c9|saying}} {{q:indirect:minister:m9:c9|local units were better placed to reach families}}.

{{m:m10|NDP health critic Amrit Dhillon}} {{c:c10|called}} {{q:mixed:dhillon:m10:c10|the government's response "too little, too late}}" and {{c:c11|accused}} {{q:mixed:dhillon:m10:c11|the minister of "hiding behind public health units}}."

"{{q:direct:dhillon:m12:c12|When there's a fire, you don't tell people to read a pamphlet,}}" {{m:m12|Dhillon}} {{c:c12|said}}.

{{m:m13|Southwestern Public Health}}, which covers Oxford and Elgin counties, {{c:c13|said}} in a news release that {{q:indirect:swph:m13:c13|it had identified possible exposures at two schools and a grocery store in Woodstock}}. {{m:m14|The health unit}} {{c:c14|is asking}} {{q:indirect:swph:m14:c14|anyone who was at the store on Feb. 27 between 4 p.m. and 7 p.m. to watch for symptoms for 21 days}}.

{{m:m15|Parents outside one of the schools}} {{c:c15|said}} {{q:indirect:parents:m15:c15|they had received letters on Wednesday asking them to confirm their children's vaccination status}}. {{m:m16|One mother}}, who asked that her name not be used to protect her children's privacy, {{c:c16|said}} {{q:indirect:mother:m16:c16|she had kept her two youngest home for the rest of the week}}.

"{{q:direct:mother:m17:c17|I know they're vaccinated. I just don't know about everyone else's kids,}}" {{m:m17|she}} {{c:c17|said}}.

Vaccination coverage data from Public Health Ontario suggest that about 70 per cent of seven-year-olds in parts of the southwest have had both doses, well below the 95 per cent needed to stop the virus from spreading.

{{q:indirect?:phac:m18:c18|Up to nine in 10 unvaccinated people who are exposed to measles will get sick}}, {{c:c18|according to}} {{m:m18|the Public Health Agency of Canada}}.

{{m:m20|The Ontario Medical Association}} {{c:c20|urged}} {{q:indirect:oma:m20:c20|the province to let pharmacists give the measles vaccine to adults}}, as they already do for flu shots. {{q:indirect:pellegrino2:m21:c21|The idea is under consideration}}, {{m:m21|a spokesperson for Pellegrino}} {{c:c21|said}} in an email.

Symptoms include a high fever, a cough, red and watery eyes and a rash that starts on the face. {{m:m19|Moss}} {{c:c19|said}} {{q:indirect:moss:m19:c19|people with symptoms should call ahead before going to a clinic or emergency department}}, so that staff can keep them away from others in the waiting room.

This report by The Canadian Press was first published March 5, 2026.
""",
)

article(
    "ext17_ca_02_cbc_windsor_parts_strike", "external/ca-cbc-business", "en",
    {"union": ["Unifor Local 195", "Local 195", "the union"],
     "corriveau": ["Dave Corriveau"],
     "company": ["Lakeshore Precision Components", "the company"],
     "stellantis": ["A Stellantis spokesperson"],
     "mayor": ["The city's mayor"],
     "okonjo": ["Tanya Okonjo"],
     "costa": ["Mirela Costa"],
     "haley": ["Martin Haley"],
     "letter": ["The letter", "Martin Haley"]},
    """
Windsor parts workers walk off the job after talks break down

{{m:m0|Union}} {{c:c0|says}} {{q:mixed:union:m0:c0|company's final offer 'an insult' to workers who kept plant running}}

CBC News · Posted: Feb 02, 2026 7:14 AM EST | Last Updated: February 2

About 650 workers at a Windsor, Ont., auto parts plant walked off the job early Monday after their union and the company failed to reach a deal before a midnight deadline.

{{m:m1|Unifor Local 195}} {{c:c1|says}} {{q:indirect:union:m1:c1|the company's final offer included wage increases below inflation and cuts to retiree benefits}}.

{{m:m2|Local 195 president Dave Corriveau}} {{c:c2|told}} CBC News {{q:mixed:corriveau:m2:c2|the offer was "an insult to the people who kept this plant running through the pandemic}}."

"{{q:direct:corriveau:m3:c3|We didn't want this. Nobody wants to be on a picket line in February,}}" {{m:m3|Corriveau}} {{c:c3|said}}. "{{q:direct:corriveau:m3:c3|But they left us no choice.}}"

{{m:m4|Lakeshore Precision Components}} {{c:c4|said}} in a statement that {{q:mixed:company:m4:c4|it was "disappointed" by the union's decision}} and that {{q:mixed:company:m4:c4|its offer was "fair and competitive}}."

{{m:m5|The company}}, which supplies door assemblies to Stellantis' Windsor Assembly Plant, {{c:c5|said}} {{q:indirect:company:m5:c5|it had contingency plans in place}} but did not say what they were.

{{m:m6|A Stellantis spokesperson}} {{c:c6|said}} {{q:indirect:stellantis:m6:c6|the automaker was monitoring the situation}} and declined to comment further.

The Windsor Assembly Plant, which builds minivans, employs about 4,500 people. An extended strike at a supplier could force it to slow or stop its line within days.

{{m:m8|The city's mayor}} {{c:c8|urged}} {{q:indirect:mayor:m8:c8|both sides to get back to the bargaining table}}. "{{q:direct:mayor:m9:c9|Every day this goes on, it's not just 650 families who feel it. It's the whole supply chain,}}" {{m:m9|he}} {{c:c9|said}} at an unrelated news conference.

On the picket line outside the plant on Walker Road, {{m:m10|Tanya Okonjo}}, who has worked at Lakeshore for 22 years, {{c:c10|said}} {{q:indirect:okonjo:m10:c10|she could get by for a few weeks on strike pay}}. {{m:m11|She}} {{c:c11|said}} {{q:indirect:okonjo:m11:c11|many of the younger workers, who have mortgages and daycare bills, could not}}.

"{{q:direct:okonjo:m12:c12|I've got my house paid off. These kids are paying $2,400 a month in rent,}}" {{m:m12|Okonjo}} {{c:c12|said}}, pointing to a group of workers warming their hands over a burn barrel.

{{q:indirect:union:m13:c13|Strike pay is $300 a week}}, {{c:c13|according to}} {{m:m13|the union}}.

{{m:m14|Labour relations professor Mirela Costa}} of the University of Windsor {{c:c14|said}} {{q:indirect:costa:m14:c14|strikes at parts suppliers can shut down an assembly plant faster than most people expect}}.

"{{q:direct:costa:m15:c15|The whole system runs on just-in-time delivery. There is no warehouse full of doors somewhere,}}" {{m:m15|she}} {{c:c15|said}}. {{q:indirect:costa:m16:c16|That gives the union leverage, {{m:m16|she}} {{c:c16|added}}, but only for as long as the automaker is willing to wait}}.

{{m:m18|Corriveau}} {{c:c18|said}} {{q:indirect:corriveau:m18:c18|the two sides were about four per cent apart on wages over three years}}. {{m:m19|He}} {{c:c19|would not say}} {{q:indirect?:corriveau:m19:c19|how large a raise the union was seeking}}.

In a letter to employees posted on the company's website Sunday night, {{m:m20|Lakeshore chief executive Martin Haley}} {{c:c20|wrote}} that {{q:mixed:haley:m20:c20|the company had put forward "the richest contract in its history}}." {{m:m21|The letter}} also {{c:c21|says}} {{q:indirect:letter:m21:c21|the company will keep paying health benefits for striking workers until the end of February}}.

The strike comes as parts makers across southwestern Ontario are bracing for the effects of U.S. tariffs on vehicles assembled in Canada. Several suppliers in the region laid off workers last fall.

The last contract at the plant, signed in 2022, gave workers raises of three per cent a year. Figures from Statistics Canada show consumer prices in Ontario rose more than 11 per cent over the same period.

{{q:indirect:union:m17:c17|No new talks have been scheduled}}, {{m:m17|the union}} {{c:c17|said}} Monday afternoon.

(Dale Molnar/CBC)

With files from Windsor Morning
""",
)

article(
    "ext17_ca_03_cp_first_nation_water", "external/ca-cp-indigenous", "en",
    {"chief": ["Wilfred Kwandibens", "Chief Wilfred Kwandibens"],
     "resolution": ["The resolution"],
     "isc": ["Indigenous Services Canada", "The department"],
     "minister": ["Elaine Brisebois", "Indigenous Services Minister Elaine Brisebois"],
     "critic": ["Jordan Harcourt"],
     "nurse": ["A nurse at the community's nursing station"],
     "nan": ["Nishnawbe Aski Nation", "NAN"],
     "band": ["the band office"],
     "matawa": ["Matawa First Nations Management"],
     "sagutch": ["Cheryl Sagutch"]},
    """
First Nation in northwestern Ontario declares state of emergency over water

By Kyle Beardy, The Canadian Press

THUNDER BAY, Ont. — A First Nation in northwestern Ontario has declared a state of emergency after its water treatment plant failed, leaving about 1,100 residents without safe drinking water for the third time in five years.

The band council in Neskantaga First Nation passed a resolution Sunday declaring the emergency. {{m:m1|The resolution}} {{c:c1|says}} {{q:mixed:resolution:m1:c1|the community "can no longer guarantee the health and safety" of its members}} and {{c:c2|asks}} {{q:indirect:resolution:m1:c2|Indigenous Services Canada to fly in bottled water and a mobile treatment unit}}.

{{m:m3|Chief Wilfred Kwandibens}} {{c:c3|told}} The Canadian Press in a phone interview that {{q:indirect:chief:m3:c3|the plant's filtration system broke down Thursday}} and that {{q:indirect:chief:m3:c3|a part needed to fix it would not arrive for at least two weeks}}.

"{{q:direct:chief:m4:c4|We've been through this before. Our people are tired of being told to wait,}}" {{m:m4|he}} {{c:c4|said}}.

{{m:m5|Kwandibens}} {{c:c5|said}} {{q:indirect:chief:m5:c5|the band had opened its school gym as a place where families could pick up water}}. {{m:m6|He}} {{c:c6|said}} {{q:indirect:chief:m6:c6|elders and families with babies would be first in line}}.

{{m:m7|Indigenous Services Canada}} {{c:c7|said}} in an emailed statement that {{q:indirect:isc:m7:c7|it was working with the community and had approved funding for bottled water}}. {{m:m8|The department}} {{c:c8|said}} {{q:mixed:isc:m8:c8|a mobile treatment unit could be flown in "in the coming days}}."

Neskantaga, about 430 kilometres north of Thunder Bay, is reachable only by air for most of the year. A winter road usually opens in late January.

In the House of Commons on Monday, {{m:m9|Indigenous Services Minister Elaine Brisebois}} {{c:c9|said}} {{q:indirect:minister:m9:c9|the government remained committed to ending every long-term drinking water advisory on reserves}}.

{{m:m10|Conservative critic Jordan Harcourt}} {{c:c10|accused}} {{q:indirect:critic:m10:c10|the Liberals of breaking a promise to end all advisories by 2021}}. "{{q:direct:critic:m11:c11|Five years after that deadline, children in Neskantaga are drinking from a plastic bottle,}}" {{m:m11|he}} {{c:c11|said}}.

{{m:m12|A nurse at the community's nursing station}}, who spoke on condition she not be named because she was not authorized to speak to reporters, {{c:c12|said}} {{q:indirect:nurse:m12:c12|staff had seen more skin rashes among children since the plant failed}}. {{q:indirect:nurse:m13:c13|Some families had been bathing their kids in untreated lake water, {{m:m13|she}} {{c:c13|said}}, because they had no other choice}}.

{{m:m14|Nishnawbe Aski Nation}}, which represents 49 First Nations in northern Ontario, {{c:c14|called on}} {{q:mixed:nan:m14:c14|Ottawa to "stop treating clean water as a pilot project}}."

{{m:m18|Kwandibens}}, who was elected chief in 2023, {{c:c18|said}} {{q:indirect:chief:m18:c18|he had written to the minister twice since the summer asking for money to replace the plant's filters}}. {{q:indirect:chief:m19:c19|He never got an answer}}, {{m:m19|he}} {{c:c19|said}}.

{{m:m20|Matawa First Nations Management}}, a tribal council that provides technical services to nine communities including Neskantaga, {{c:c20|said}} {{q:indirect:matawa:m20:c20|its engineers had been on site since Friday}}. {{m:m21|The tribal council's technical director, Cheryl Sagutch}}, {{c:c21|said}} {{q:indirect:sagutch:m21:c21|the plant was built in 2019 but was designed for a smaller population than the community has now}}.

The community's previous boil-water advisory lasted more than 25 years and ended only in 2023, after a new plant was finished.

Federal figures show 31 long-term drinking water advisories remain in effect on First Nations across Canada, most of them in Ontario.

{{q:indirect:band:m15:c15|Two flights carrying bottled water were expected to land Tuesday}}, {{c:c15|according to}} {{m:m15|the band office}}.

{{m:m16|The chief}} {{c:c16|said}} {{q:indirect:chief:m16:c16|the community would not lift the emergency until the plant had passed three weeks of testing}}. "{{q:direct:chief:m17:c17|I'm not going to tell a mother it's safe until I know it's safe,}}" {{m:m17|Kwandibens}} {{c:c17|said}}.

This report by The Canadian Press was first published Oct. 20, 2026.
""",
)
