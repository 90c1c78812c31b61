# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian daily-news articles of the fourth external-style batch. Original, invented prose; every
# person, think tank, advocacy group and company is fictional (real cities, provinces, hospitals and
# institutions only as setting).
from build_external4 import article

article(
    "ext4_ca_01_star_childcare_waitlists", "external/ca-star-feature", "en",
    {"okafor": "Adaeze Okafor",
     "institute": ["Lakeshore Policy Institute", "the report's authors"],
     "lindqvist": "Maren Lindqvist",
     "beaulieu": "Sylvie Beaulieu",
     "campaign": ["Campaign for Fair Child Care", "Sylvie Beaulieu"],
     "tran": "Kevin Tran",
     "ministry": ["Ministry of Education", "the ministry", "the statement"],
     "advocates": ["advocates"]},
    """
Toronto families wait years for $10-a-day child care, and {{m:h1|advocates}} {{c:h1c|say}} {{q:indirect:advocates:h1:h1c|the system is stuck}}

Priya Raman · Staff Reporter · Sat., Nov. 8, 2025

Adaeze Okafor put her daughter's name on 11 waiting lists before the girl was born. Two years later, she's still waiting.

"{{q:direct:okafor:m1:c1|I did everything you're supposed to do. I called, I emailed, I showed up in person with a baby on my hip,}}" {{c:c1|says}} {{m:m1|Okafor}}, a nurse who lives near Jane and Finch. "{{q:direct:okafor:m1:c1|Nobody can tell me when.}}"

{{m:m2|Okafor}}, who works 12-hour shifts at Humber River Hospital, {{c:c2|says}} {{q:indirect:okafor:m2:c2|her mother now looks after the girl three days a week}} and that {{q:indirect:okafor:m2:c2|the arrangement can't last}}.

Her story is far from unusual. Ontario signed on to the federal plan to cut fees to an average of $10 a day, but {{q:indirect?:institute:m3:c3|the number of licensed spaces has not kept pace with demand}}, {{c:c3|according to}} {{m:m3|a report released Thursday by the Lakeshore Policy Institute}}, a Toronto think tank.

"{{q:direct:institute:m4:c4|The fee cuts worked. That's the problem,}}" {{m:m4|the report's authors}} {{c:c4|write}}. "{{q:direct:institute:m4:c4|Demand rose overnight, and supply is growing at the speed of construction.}}"

In {{m:m5|Maren Lindqvist}}'s {{c:c5|view}}, {{q:indirect?:lindqvist:m5:c5|the province set itself up for this}}. {{m:m6|The University of Toronto economist}}, who has studied child-care markets for two decades, {{c:c6|says}} {{q:indirect:lindqvist:m6:c6|operators cannot expand when fees are capped and funding formulas lag behind wages}}.

"{{q:direct:lindqvist:m7:c7|You've capped the price and you haven't fixed the cost,}}" {{m:m7|she}} {{c:c7|told}} the Star. "{{q:direct:lindqvist:m7:c7|Any first-year student could tell you what happens next.}}"

As {{m:m8|Lindqvist}} {{c:c8|put}} it, "{{q:direct:lindqvist:m8:c8|the waiting list is the market's way of telling you the price is wrong.}}"

Sylvie Beaulieu wasn't convinced by that diagnosis. "{{q:direct:beaulieu:m9:c9|This isn't a market and it shouldn't be treated like one,}}" {{c:c9|said}} {{m:m9|Beaulieu}}, executive director of the Campaign for Fair Child Care, an advocacy group that has pushed for a public system since the 1980s.

{{m:m10|Beaulieu}} {{c:c10|argues}} that {{q:indirect:beaulieu:m10:c10|the real bottleneck is the workforce}}. {{q:indirect:beaulieu:m11:c11|Early childhood educators in Ontario earn a median of about $24 an hour, {{m:m11|she}} {{c:c11|notes}}, and many leave the field within five years}}.

{{m:m12|Her group}}'s message to Queen's Park: "{{q:direct:campaign:m12:-|Pay the people, and the spaces will follow.}}"

{{m:m13|Kevin Tran}}, who runs three centres in Scarborough, {{c:c13|points out}} that {{q:indirect:tran:m13:c13|he has 340 children on his waiting list and room for 96}}.

"{{q:direct:tran:m14:c14|I'd open a fourth location tomorrow if the numbers worked. They don't. Not even close,}}" {{m:m14|he}} {{c:c14|says}}.

{{m:m15|The Ministry of Education}} {{c:c15|said}} in a statement that {{q:mixed:ministry:m15:c15|it had created more than 30,000 new spaces since 2022 and was "on track" to meet its target of 86,000 by the end of 2026}}.

"{{q:direct:ministry:m16:c16|We know families are eager for more spaces, and we are working with our partners to deliver them as quickly as possible,}}" {{m:m16|the statement}} {{c:c16|read}}.

Okafor has heard that before. {{m:m17|She}} {{c:c17|says}} {{q:indirect:okafor:m17:c17|she will keep calling}}.

"{{q:direct:okafor:m18:c18|What else am I going to do?}}" {{m:m18|she}} {{c:c18|said}}.
""")

article(
    "ext4_ca_02_ctv_measles_alberta", "external/ca-ctv-health-qa-interview", "en",
    {"fairweather": "Naomi Fairweather",
     "qureshi": "Hamid Qureshi",
     "dubois": "Cheryl Dubois",
     "officials": ["Alberta Health", "officials", "provincial officials"],
     "halvorsen": "Corinne Halvorsen",
     "ctv": ["CTV News"],
     "doctors": ["doctors"],
     "study": ["Canadian Medical Association Journal", "A study"]},
    """
Measles cases in Alberta climb to 212 as {{m:h1|doctors}} {{c:h1c|urge}} {{q:indirect:doctors:h1:h1c|parents to check vaccine records}}

CTVNews.ca Staff · Published Tuesday, April 15, 2025 6:12PM MDT

{{q:indirect:fairweather:m1:c1|Alberta has now recorded 212 measles cases this year}}, {{m:m1|the province's chief medical officer of health}} {{c:c1|said}} Tuesday, the highest annual count since 1998.

{{m:m2|Dr. Naomi Fairweather}} {{c:c2|told}} reporters in Edmonton that {{q:indirect:fairweather:m2:c2|most of the cases are in children under 12 who had not been vaccinated}}, and that {{q:indirect:fairweather:m2:c2|14 people have been admitted to hospital}}.

"{{q:direct:fairweather:m3:c3|Measles is not a mild illness. It is one of the most contagious viruses we know of,}}" {{m:m3|she}} {{c:c3|said}}, {{c:c3b|adding}} that {{q:indirect:fairweather:m3:c3b|one infected person can infect up to nine out of 10 unvaccinated people around them}}.

Data from the province's surveillance system suggests vaccination rates among kindergarten students have fallen to about 70 per cent in some health zones.

{{m:m4|Dr. Hamid Qureshi}}, a pediatric infectious disease specialist at the Stollery Children's Hospital, {{c:c4|explains}} that {{q:indirect:qureshi:m4:c4|the vaccine is given in two doses, at 12 months and between four and six years}}, and that {{q:indirect:qureshi:m4:c4|two doses are about 97 per cent effective}}.

"{{q:direct:qureshi:m5:c5|If you're not sure whether your child had both doses, call your public health office. It takes five minutes,}}" {{m:m5|he}} {{c:c5|told}} CTV News.

Some parents remain hesitant. {{m:m6|Cheryl Dubois}}, a mother of three in Red Deer, {{c:c6|wrote}} in an email that {{q:indirect:dubois:m6:c6|she worried about side effects but had booked appointments for her two youngest after a case was confirmed at their school}}.

CTV News spoke with Qureshi about what parents should know. The conversation has been edited for length.

Q: {{q:direct?:ctv:-:-|Who should be worried right now?}}

{{m:m7|Qureshi}}: {{q:direct:qureshi:m7:-|Anyone who isn't immunized, especially babies under a year old who are too young for the vaccine. Pregnant people too.}}

Q: {{q:direct?:ctv:-:-|What are the first symptoms?}}

{{m:m8|Qureshi}}: {{q:direct:qureshi:m8:-|It looks like a cold at first — fever, cough, runny nose, red eyes. The rash comes three to five days later.}}

In the province's latest update, {{m:m9|officials}} {{c:c9|said}} {{q:indirect:officials:m9:c9|exposures had been reported at two hospitals in Calgary and at a hockey arena in Lethbridge}}.

{{m:m10|Health Minister Corinne Halvorsen}} {{c:c10|suggested}} on Monday that {{q:indirect:halvorsen:m10:c10|the government could expand evening vaccination clinics}}, but {{c:c10b|said}} {{q:indirect:halvorsen:m10:c10b|no decision had been made}}.

{{m:m11|A study published last month in the Canadian Medical Association Journal}} {{c:c11|suggests}} that {{q:indirect?:study:m11:c11|outbreaks are more likely where fewer than 90 per cent of children are vaccinated}}.

"{{q:direct:qureshi:m12:c12|We've been lucky so far,}}" {{m:m12|Qureshi}} {{c:c12|said}}. "{{q:direct:qureshi:m12:c12|Luck is not a public health strategy.}}"
""")

article(
    "ext4_ca_03_np_homebuyer_credit", "external/ca-natpost-politics", "en",
    {"economists": ["C.D. Howe Institute", "a group of economists", "Economists", "Graham Whitfield"],
     "paper": ["C.D. Howe Institute", "The paper"],
     "whitfield": "Graham Whitfield",
     "aubry": "Daniel Aubry",
     "gagnon": "Melissa Gagnon",
     "critics": ["critics"],
     "lemay": "Patrick Lemay",
     "abacus": ["Abacus Data"],
     "pbo": ["Parliamentary Budget Officer", "A spokesperson for the office"]},
    """
{{q:mixed:critics:m0:c0|Liberals' new homebuyer credit a 'sugar high'}}, {{m:m0|critics}} {{c:c0|say}}

{{m:h2|Economists}} {{c:h2c|warn}} {{q:mixed:economists:h2:h2c|the $15,000 credit will be 'a transfer to sellers'}}

Stuart Kenney · National Post · Published Nov 12, 2025

OTTAWA — {{q:indirect:economists:m1:c1|The Liberal government's new first-time homebuyer tax credit will push prices up rather than make homes more affordable}}, {{m:m1|a group of economists}} {{c:c1|argues}} in a paper released Wednesday, a charge Finance Minister Daniel Aubry rejected within hours.

{{m:m2|The paper}}, published by the C.D. Howe Institute, {{c:c2|notes}} that {{q:indirect?:paper:m2:c2|similar credits in Australia and the United Kingdom were followed by price increases roughly equal to the value of the credit}}.

"{{q:direct:whitfield:m3:c3|Subsidizing demand in a market with fixed supply is a transfer to sellers,}}" its lead author, {{m:m3|Graham Whitfield}}, {{c:c3|explains}}. "{{q:direct:whitfield:m3:c3|It's about as close to a law of economics as we get.}}"

{{m:m4|Whitfield}} {{c:c4|points out}} that {{q:indirect:whitfield:m4:c4|the credit, worth up to $15,000, would be paid to buyers at closing, when sellers already know about it}}.

The numbers suggest he may have a point: in the year after Australia's first-home grant was doubled, median prices for entry-level homes in Sydney rose by about the same amount.

Aubry was having none of it. "{{q:direct:aubry:m5:c5|This is a credit that helps young families get the keys to their first home, full stop,}}" {{m:m5|he}} {{c:c5|told}} reporters on Parliament Hill. {{m:m6|He}} {{c:c6|added}} that {{q:indirect:aubry:m6:c6|the government was also spending $6 billion to speed up construction}} and that {{q:mixed:aubry:m6:c6|the extra supply would arrive "faster than anyone expects" in the big cities}}.

Conservative finance critic {{m:m7|Melissa Gagnon}} {{c:c7|suggested}} {{q:mixed:gagnon:m7:c7|the credit was "a sugar high dressed up as policy"}} and {{c:c7b|said}} {{q:indirect:gagnon:m7:c7b|a Conservative government would scrap it}}.

Not everyone on the right agrees. In the {{c:c8|view}} of {{m:m8|Patrick Lemay}}, a former Conservative staffer who now runs a consulting firm, {{q:mixed:lemay:m8:c8|the credit is "smart politics, whatever the economists say"}}.

"{{q:direct:lemay:m9:c9|Voters don't read C.D. Howe papers. They read their mortgage statements,}}" {{m:m9|Lemay}} {{c:c9|said}}.

{{m:m10|Lemay}} {{c:c10|adds}} that {{q:indirect:lemay:m10:c10|the Liberals are betting the credit will be popular with voters under 35}}.

Recent polling suggests he may be right. {{m:m11|A recent Abacus Data survey}} {{c:c11|found}} that {{q:indirect?:abacus:m11:c11|58 per cent of respondents under 35 supported the measure}}.

{{m:m12|Whitfield}} wasn't convinced. "{{q:direct:whitfield:m12:-|A credit paid at closing is a credit paid to the seller. Every realtor in the country knows that.}}"

The Parliamentary Budget Officer is expected to release its own estimate next month. {{m:m13|A spokesperson for the office}} {{c:c13|said}} {{q:indirect:pbo:m13:c13|it would not comment before then}}.

{{m:m14|Whitfield}}, for his part, {{c:c14|says}} {{q:indirect:whitfield:m14:c14|he is not against helping first-time buyers}}. "{{q:direct:whitfield:m15:c15|Build the homes first,}}" {{m:m15|he}} {{c:c15|said}}. "{{q:direct:whitfield:m15:c15|Then we can talk about credits.}}"

And {{m:m16|Aubry}} {{c:c16|insists}} {{q:indirect:aubry:m16:c16|the government is doing both}}. "{{q:direct:aubry:m17:c17|We're not choosing between supply and demand,}}" {{m:m17|he}} {{c:c17|said}} Thursday. "{{q:direct:aubry:m17:c17|We're doing everything at once.}}"
""")
