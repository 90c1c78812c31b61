# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the sixteenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces, First Nations and institutions only as setting). Written and annotated before the parser was run on them.
from build_external16 import article

article(
    "ext16_ca_01_cbc_cape_breton_death", "external/ca-cbc-police", "en",
    {"rcmp": ["Nova Scotia RCMP", "RCMP"],
     "theberge": ["Annick Théberge", "Cpl. Annick Théberge"],
     "paul": ["Lorne Paul", "Chief Lorne Paul"],
     "unsm": ["The Union of Nova Scotia Mi'kmaq"],
     "works": ["Department of Public Works", "the department"],
     "neighbour": ["A woman who lives near where the man was found"],
     "cousin": ["Kenneth Denny"],
     "vigil": ["Several of those who attended"],
     "mla": ["Rhonda MacIsaac"]},
    """
Mi'kmaw chief wants answers after man found dead on Cape Breton road

RCMP treating 27-year-old's death as suspicious

CBC News · Posted: Oct 14, 2026 4:12 PM ADT | Last Updated: 2 hours ago

{{m:m1|Nova Scotia RCMP}} {{c:c1|say}} {{q:indirect:rcmp:m1:c1|they are treating the death of a 27-year-old man found on a rural road in Cape Breton as suspicious}}.

In a news release Tuesday, {{m:m2|police}} {{c:c2|said}} {{q:indirect:rcmp:m2:c2|a passing driver found the man lying near the shoulder of Highway 216, between Eskasoni and Castle Bay, shortly after 6 a.m. Monday}}. {{q:indirect:rcmp:m3:c3|He was pronounced dead at the scene}}, {{m:m3|police}} {{c:c3|said}}.

The man's name has not been released. {{q:indirect:rcmp:m4:c4|An autopsy is scheduled for Wednesday in Halifax}}, {{c:c4|according to}} {{m:m4|the RCMP}}.

{{m:m5|Cpl. Annick Théberge}}, a spokesperson for the RCMP, {{c:c5|told}} CBC News that {{q:indirect:theberge:m5:c5|investigators had not ruled anything out, including a hit and run}}. {{m:m6|She}} {{c:c6|would not say}} {{q:indirect?:theberge:m6:c6|whether the man had injuries consistent with being struck by a vehicle}}.

"{{q:direct:theberge:m7:c7|We're asking anyone who drove that stretch of road between midnight and 6 a.m. to reach out to us, even if they don't think they saw anything,}}" {{m:m7|Théberge}} {{c:c7|said}}. "{{q:direct:theberge:m7:c7|A small detail can matter a great deal in a case like this.}}"

The Major Crime Unit and the RCMP's forensic identification section were at the scene for most of Monday, and a stretch of the highway was closed to traffic into the evening.

{{m:m8|Chief Lorne Paul of Eskasoni First Nation}} {{c:c8|said}} {{q:indirect:paul:m8:c8|the man was a member of the community}} and that {{q:indirect:paul:m8:c8|his family had been told of his death before the police release was made public}}.

"{{q:direct:paul:m9:c9|People here want to know what happened to him, and they want to hear it from the police, not from Facebook,}}" {{m:m9|Paul}} {{c:c9|said}} in an interview Tuesday.

{{m:m10|The chief}} {{c:c10|said}} {{q:indirect:paul:m10:c10|band council would meet Wednesday to discuss what supports to offer the family}}. {{m:m11|He}} {{c:c11|urged}} {{q:indirect:paul:m11:c11|community members not to share rumours about the death online}}.

Eskasoni, about 40 kilometres southwest of Sydney, is the largest Mi'kmaw community in the world, with more than 4,000 residents living on reserve. Highway 216 runs along the shore of the Bras d'Or Lake and is the main route in and out of the community.

{{m:m12|The Union of Nova Scotia Mi'kmaq}} {{c:c12|said}} in a statement that {{q:mixed:unsm:m12:c12|it was "deeply saddened" by the death}} and {{c:c13|called on}} {{q:mixed:unsm:m12:c13|the RCMP to keep the family and the community informed "at every step}}."

{{q:indirect:works:m14:c14|The highway will stay closed to through traffic between Eskasoni and Iona until at least Wednesday afternoon}}, the province's {{m:m14|Department of Public Works}} {{c:c14|noted}} in an update on social media. {{m:m15|The department}} {{c:c15|said}} {{q:indirect:works:m15:c15|local traffic would be allowed through with a police escort}}.

RCMP statistics show four deaths were investigated as homicides in Cape Breton last year, up from two the year before.

{{m:m16|A woman who lives near where the man was found}}, and who did not want her name used, {{c:c16|told}} CBC {{q:indirect:neighbour:m16:c16|she heard a vehicle stop on the road and then drive off at high speed around 3 a.m.}} {{q:indirect:neighbour:m17:c17|She thought nothing of it at the time, {{m:m17|she}} {{c:c17|said}}, because trucks often use the road at night}}.

The man's cousin, {{m:m18|Kenneth Denny}}, {{c:c18|said}} {{q:indirect:cousin:m18:c18|the family was grateful for the support}} but {{c:c19|asked}} {{q:indirect?:cousin:m18:c19|for privacy while they made funeral arrangements}}. "{{q:direct:cousin:m20:c20|He was a good kid. He'd give you the shirt off his back,}}" {{m:m20|Denny}} {{c:c20|said}}. "{{q:direct:cousin:m20:c20|We just want the truth.}}"

About 60 people gathered for a candlelight vigil outside the community's health centre on Tuesday evening. {{m:m21|Several of those who attended}} {{c:c21|said}} {{q:indirect:vigil:m21:c21|they had known the man since he was a child}}, and some wore shirts printed with his photo.

{{m:m22|The MLA for the area, Rhonda MacIsaac}}, {{c:c22|said}} in a statement that {{q:indirect:mla:m22:c22|her thoughts were with the family}}. {{q:indirect:mla:m23:c23|The province would make counselling available to anyone in the community who needed it}}, {{m:m23|she}} {{c:c23|added}}.

Anyone with information is asked to contact Eskasoni RCMP or Crime Stoppers.

(Tom Ayers/CBC)

With files from Information Morning Cape Breton
""",
)

article(
    "ext16_ca_02_leaderpost_regina_budget", "external/ca-local-council", "en",
    {"mayor": ["Janelle Fortier", "Mayor Janelle Fortier"],
     "yaworski": ["Darrell Yaworski", "Coun. Darrell Yaworski"],
     "brightman": ["Tessa Brightman", "Coun. Tessa Brightman"],
     "cupe": ["CUPE Local 21", "Local 21"],
     "ironstar": ["Marcus Ironstar"],
     "tkachuk": ["Owen Tkachuk"],
     "residents": ["About two dozen residents", "Most", "residents"],
     "chamber": ["The Regina & District Chamber of Commerce", "the chamber"],
     "lam": ["Vivian Lam"]},
    """
Regina council passes 3.9% tax increase after 11-hour budget debate

{{m:m0|Mayor}} {{c:c0|says}} {{q:mixed:mayor:m0:c0|city had 'no painless options'}}

By Priya Menon, Regina Leader-Post

Regina property owners will pay 3.9 per cent more in municipal taxes next year after city council approved its 2027 budget late Wednesday, ending a debate that began shortly after 9 a.m. and ran until nearly 8 p.m.

{{m:m1|Mayor Janelle Fortier}} {{c:c1|said}} {{q:indirect:mayor:m1:c1|the increase, which works out to about $88 a year on an average home, was the smallest council could pass without closing a fire hall or cutting bus routes}}.

"{{q:direct:mayor:m2:c2|There were no painless options on the table. Not one,}}" {{m:m2|Fortier}} {{c:c2|told}} reporters after the vote.

The budget passed 7-4. Administration had first proposed an increase of 5.2 per cent in October, and councillors spent much of the day trimming it, item by item.

{{q:indirect:yaworski:m3:c3|The city has put off repairs to its water mains for a decade and cannot put them off any longer}}, {{m:m3|Coun. Darrell Yaworski}} {{c:c3|said}} during the debate. {{m:m4|He}} {{c:c4|pointed}} to {{q:indirect?:yaworski:m4:c4|the 2024 break on Albert Street that left part of downtown without water for two days}}.

{{m:m5|Coun. Tessa Brightman}}, who voted against the budget, {{c:c5|countered}} that {{q:indirect:brightman:m5:c5|the city had found $4 million for a new outdoor pool while telling residents there was nothing left to cut}}.

{{m:m6|Brightman}} {{c:c6|said}} {{q:indirect:brightman:m6:c6|she had asked administration in September for a list of programs that could be paused for a year}}. {{q:indirect:brightman:m6:-|She never got one}}. {{q:indirect:brightman:m7:c7|That list, {{m:m7|she}} {{c:c7|said}}, would have shown council where the real choices were}}.

"{{q:direct:brightman:m8:c8|We're asking people to trust us with more of their money, and we couldn't even tell them what we'd stop doing,}}" {{m:m8|she}} {{c:c8|said}}.

{{m:m9|City manager Owen Tkachuk}} {{c:c9|told}} council that {{q:indirect:tkachuk:m9:c9|without the increase, the city would have had to draw about $11 million from its reserves}}. {{m:m10|He}} {{c:c10|called}} {{q:mixed:tkachuk:m10:c10|that "a one-time fix for a permanent problem}}."

A report from the city's finance department shows Regina's increase is the third-lowest among Saskatchewan's five largest cities this year.

{{m:m11|CUPE Local 21}}, which represents about 1,200 inside workers at city hall, {{c:c11|said}} in a statement that {{q:indirect:cupe:m11:c11|it was relieved no layoffs were included}}. {{m:m12|Local 21 president Marcus Ironstar}} {{c:c12|said}} {{q:mixed:ironstar:m12:c12|members had been "bracing for the worst" since the spring}}.

"{{q:direct:ironstar:m13:c13|Our people plow the streets and fix the pipes. Every time there's a budget, they're the first ones people want to cut,}}" {{m:m13|Ironstar}} {{c:c13|said}}.

About two dozen residents spoke at the meeting. {{m:m15|Most}} {{c:c15|said}} {{q:indirect:residents:m15:c15|they understood the need for repairs}} but {{c:c16|urged}} {{q:indirect:residents:m15:c16|council to look for savings at city hall before raising taxes}}.

{{m:m17|Vivian Lam}}, a retired teacher who has lived in the Cathedral neighbourhood for 40 years, {{c:c17|said}} {{q:indirect:lam:m17:c17|her tax bill had gone up every year since she retired while her pension had not}}. "{{q:direct:lam:m18:c18|I'm not asking for a miracle. I'm asking for a little restraint,}}" {{m:m18|she}} {{c:c18|told}} council.

{{m:m19|The Regina & District Chamber of Commerce}} {{c:c19|said}} {{q:indirect:chamber:m19:c19|the increase would hurt small businesses already coping with higher costs for rent, insurance and wages}}. In a written submission to council, {{m:m20|the chamber}} had {{c:c20|asked}} {{q:indirect?:chamber:m20:c20|for an increase of no more than three per cent}}.

In an interview with the Leader-Post on Thursday, Fortier was asked whether she would support a tax freeze next year, when residents go to the polls to elect a new council.

"{{q:direct:mayor:m21:c21|Ask me in a year,}}" {{m:m21|she}} {{c:c21|said}}, laughing. "{{q:direct:mayor:m21:c21|But I wouldn't bet on it.}}"

The average home in Regina is assessed at about $310,000. The city's share of the property tax bill pays for police, fire, transit, roads and parks; the province and the school boards set their own rates.

Council will debate the utility budget, which sets water and sewer rates, on Dec. 9.

Photo by Priya Menon/Regina Leader-Post
""",
)

article(
    "ext16_ca_03_cp_scotties_final", "external/ca-cp-sports", "en",
    {"okafor": ["Brianne Okafor"],
     "lindqvist": ["Maren Lindqvist"],
     "dube": ["Sylvie Dubé"],
     "harrow": ["Kate Harrow"],
     "curling": ["Curling Canada"],
     "fans": ["Several fans in the stands"],
     "coach": ["Ron Petrie"]},
    """
Okafor rink wins Scotties with steal in extra end, heads to worlds

By Greg Tolliver, The Canadian Press

THUNDER BAY, Ont. — {{m:m1|The Manitoba skip}} {{c:c1|admitted}} {{q:indirect:okafor:m1:c1|she did not think her final stone would curl enough}}.

It did, by about the width of a broom straw, and Brianne Okafor's rink stole a single in the extra end Sunday to beat Ontario's Maren Lindqvist 7-6 and win the Scotties Tournament of Hearts at Fort William Gardens.

"{{q:direct:okafor:m3:c3|I threw it and I thought, 'Oh no, that's light,'}}" {{m:m3|Okafor}} {{c:c3|said}}. "{{q:direct:okafor:m3:c3|Then the girls started sweeping like their lives depended on it, and I just stood there and watched.}}"

The win sends the Winnipeg team to the world women's championship in March in Sweden, where Canada has not won gold since 2018. It is the first national title for Okafor, 34, who lost in the final two years ago.

Lindqvist had a chance to win in the 10th end with the hammer but her final draw came up short, forcing the extra end. {{m:m4|She}} {{c:c4|said}} {{q:indirect:lindqvist:m4:c4|the ice had changed over the last three ends}} and that {{q:indirect:lindqvist:m4:c4|she had misjudged the weight}}.

"{{q:direct:lindqvist:m5:c5|That one's on me. The team played well enough to win,}}" {{m:m5|Lindqvist}} {{c:c5|said}}, her voice breaking. "{{q:direct:lindqvist:m5:c5|It'll sting for a while.}}"

{{q:indirect:dube:m6:c6|The sweeping on the last shot was the best she had done all week}}, {{m:m6|Okafor's third, Sylvie Dubé}}, {{c:c6|joked}}, {{c:c7|adding}} that {{q:indirect:dube:m6:c7|her arms would need a week to recover}}.

{{m:m8|Dubé}}, who grew up in St-Boniface and has played with Okafor since junior, {{c:c8|recalled}} {{q:indirect:dube:m8:c8|the two of them practising draws on a rink behind her parents' house when they were 14}}.

"{{q:direct:dube:m9:c9|We used to pretend it was the Scotties final. Now it actually was,}}" {{m:m9|she}} {{c:c9|said}}.

Okafor's rink went 9-2 in the round robin and beat Alberta in the semifinal on Saturday night. Lindqvist, the defending champion, finished first in her pool.

Asked whether the team had a plan for the world championship, Okafor laughed. "{{q:direct:okafor:m11:c11|Sleep first. Then we'll talk,}}" {{m:m11|she}} {{c:c11|said}}.

{{m:m12|The team's coach, Ron Petrie}}, {{c:c12|insisted}} {{q:indirect:coach:m12:c12|nobody on the team had talked about winning until the final end was over}}. {{q:indirect:coach:m13:c13|Superstition, {{m:m13|he}} {{c:c13|explained}}, runs deep in curling}}.

{{m:m14|Curling Canada}} {{c:c14|said}} {{q:indirect:curling:m14:c14|the week drew more than 68,000 fans, a record for a Scotties held in northern Ontario}}. {{q:indirect:curling:m15:c15|The final was also the most-watched women's curling broadcast in the country in six years}}, {{m:m15|the organization}} {{c:c15|noted}}.

{{m:m16|Several fans in the stands}} {{c:c16|said}} {{q:indirect:fans:m16:c16|they had driven from as far as Kenora and Sault Ste. Marie for the weekend}}.

Okafor's lead, Kate Harrow, spent most of the post-game news conference with her face in her hands. {{m:m17|Harrow}}, a nurse who works nights at a Winnipeg hospital, {{c:c17|said}} {{q:indirect:harrow:m17:c17|she had traded shifts with three co-workers to make the trip}}.

"{{q:direct:harrow:m18:c18|I owe a lot of people a lot of coffee,}}" {{m:m18|she}} {{c:c18|said}}.

Lindqvist's rink will get another shot at a national title at the Canadian mixed doubles trials in April, where she and her husband are among the favourites.

Organizers have not yet announced where next year's tournament will be held. Halifax and Kamloops, B.C., are believed to be the finalists.

Photo: Dave Chidley/The Canadian Press
""",
)
