# ruff: noqa: E501  (article prose: one paragraph a line)
# Canadian articles of the tenth external-style batch. Original, invented prose; every person is fictional
# (real cities, provinces and institutions only as setting). Written and annotated before the parser was run on them.
from build_external10 import article

article(
    "ext10_ca_01_cp_quebec_question_period", "external/ca-cp-legislature", "en",
    {"bergeron": ["Nathalie Bergeron", "Premier Nathalie Bergeron"],
     "tremblay": ["Luc Tremblay", "Parti Québécois Leader Luc Tremblay"],
     "amiri": ["Sara Amiri", "Health Minister Sara Amiri"],
     "fiq": ["Josée Paquin", "FIQ"]},
    """
Quebec premier defends nurse overtime rules as opposition demands inquiry

The Canadian Press

QUEBEC — {{m:m1|Premier Nathalie Bergeron}} defended her government's handling of mandatory overtime for nurses on Tuesday, {{c:c1b|telling}} the national assembly that {{q:indirect:bergeron:m1:c1b|the rules were a last resort and would be phased out by 2028}}.

During a heated question period, {{m:m2|Parti Québécois Leader Luc Tremblay}} {{c:c2|accused}} {{q:mixed:tremblay:m2:c2|the government of "running hospitals on the backs of exhausted women}}" and {{c:c2b|demanded}} {{q:indirect?:tremblay:m2:c2b|a public inquiry into working conditions}}.

"{{q:direct:tremblay:m3:c3|How many more nurses have to quit before the premier admits there is a crisis?}}" {{m:m3|Tremblay}} {{c:c3|asked}} in French.

{{m:m4|Bergeron}} {{c:c4|shot back}} that {{q:indirect:bergeron:m4:c4|the PQ had cut nursing programs when it was last in power}}.

"{{q:direct:bergeron:m5:c5|We did not create this shortage, but we are the ones fixing it,}}" {{m:m5|she}} {{c:c5|said}}. (Translated from French.)

Outside the chamber, {{m:m6|Health Minister Sara Amiri}} {{c:c6|told}} reporters {{q:indirect:amiri:m6:c6|1,100 nurses had been hired since January}}. {{m:m7|She}} {{c:c7|acknowledged}}, however, that {{q:indirect:amiri:m7:c7|overtime hours had risen in Montreal-area hospitals over the summer}}.

Figures published by the Health Ministry show nurses in the province worked 1.9 million overtime hours last year.

{{m:m8|Josée Paquin}}, president of the FIQ, the union that represents most of Quebec's nurses, {{c:c8|called}} {{q:mixed:fiq:m8:c8|the minister's numbers "a smokescreen}}."

"{{q:direct:fiq:m9:c9|Hiring 1,100 people means nothing if 1,400 walk out the door,}}" {{m:m9|Paquin}} {{c:c9|said}} in an interview. "{{q:direct:fiq:m9:c9|The government knows this.}}"

The union is scheduled to meet with the Treasury Board next week.
""",
)

article(
    "ext10_ca_02_cp_canucks_oilers_game", "external/ca-cp-sports", "en",
    {"lindgren": ["Oskar Lindgren"],
     "tocchet_like": ["Dale Marchuk", "coach Dale Marchuk"],
     "boucher": ["Max Boucher"],
     "knoblauch_like": ["Gord Pelley", "Oilers coach Gord Pelley"]},
    """
Lindgren scores twice as Canucks rally past Oilers 4-3 in overtime

VANCOUVER — Oskar Lindgren didn't see his overtime winner go in. {{m:m1b|He}} {{c:c1|said}} {{q:indirect:lindgren:m1b:c1|he only knew it was a goal when the crowd erupted}}.

Lindgren scored twice, including the winner 2:41 into the extra period, as the Vancouver Canucks rallied from a two-goal deficit to beat the Edmonton Oilers 4-3 on Saturday night.

"{{q:direct:lindgren:m2:c2|Honestly, I just tried to get it to the net. I had a guy on my back the whole way,}}" {{m:m2|Lindgren}} {{c:c2|said}} of the goal. "{{q:direct:lindgren:m2:c2|Sometimes you get lucky.}}"

Jonah Keller and Rasmus Holt also scored for Vancouver (12-6-2), which has won four straight. Cole Ratliff made 31 saves.

{{m:m3|Canucks coach Dale Marchuk}} {{c:c3|credited}} {{q:indirect?:tocchet_like:m3:c3|his fourth line for turning the game around in the second period}}.

"{{q:direct:tocchet_like:m4:c4|They gave us life. That's what you need on a back-to-back,}}" {{m:m4|Marchuk}} {{c:c4|said}}.

{{m:m5|Max Boucher}}, who set up both Lindgren goals, {{c:c5|joked}} that {{q:indirect:boucher:m5:c5|he would be asking for a cut of his linemate's bonus}}.

Devon Ashby had a goal and an assist for Edmonton (9-9-2), which has lost three of its past four.

{{m:m6|Oilers coach Gord Pelley}} {{c:c6|said}} {{q:mixed:knoblauch_like:m6:c6|his team "stopped skating" after taking a 3-1 lead}}.

"{{q:direct:knoblauch_like:m7:c7|We can't keep doing this. We know better,}}" {{m:m7|he}} {{c:c7|said}}.

UP NEXT

Oilers: Host the Calgary Flames on Monday.

Canucks: At the Seattle Kraken on Tuesday.
""",
)

article(
    "ext10_ca_03_cbc_halifax_sentencing", "external/ca-cbc-court", "en",
    {"judge": ["Ann Fougere", "Justice Ann Fougere"],
     "crown": ["Crown attorney Peter Dunn", "Peter Dunn", "the Crown"],
     "defence": ["Laura Chiasson", "defence lawyer Laura Chiasson"],
     "mother": ["Heather Sampson"],
     "accused": ["Kyle Mercer"],
     "police": ["Halifax Regional Police", "police"]},
    """
Driver who killed Halifax cyclist sentenced to 4 years

{{m:m0|Judge}} {{c:c0|says}} {{q:mixed:judge:m0:c0|Kyle Mercer showed 'a shocking indifference' to life}}

A Halifax man who struck and killed a cyclist while driving impaired has been sentenced to four years in prison.

{{m:m1|Nova Scotia Supreme Court Justice Ann Fougere}} {{c:c1|said}} in her decision Wednesday that {{q:mixed:judge:m1:c1|Kyle Mercer, 29, had shown "a shocking indifference" to the lives of others when he drove home from a bar on Quinpool Road in June 2024}}.

Mercer pleaded guilty last spring to impaired driving causing death.

{{m:m2|The Crown}} had {{c:c2|sought}} {{q:indirect?:crown:m2:c2|a sentence of five years}}. {{m:m3|Crown attorney Peter Dunn}} {{c:c3|told}} the court that {{q:indirect:crown:m3:c3|Mercer's blood alcohol level was more than twice the legal limit}}.

{{m:m4|Defence lawyer Laura Chiasson}} {{c:c4|argued}} {{q:indirect:defence:m4:c4|her client's remorse was genuine}} and that {{q:indirect:defence:m4:c4|he had been sober for 14 months}}.

In a victim impact statement read in court, {{m:m5|Heather Sampson}}, the cyclist's mother, {{c:c5|described}} {{q:indirect?:mother:m5:c5|the night police came to her door}}.

"{{q:direct:mother:m6:c6|I opened the door and I knew. Nobody had to say a word,}}" {{m:m6|she}} {{c:c6|wrote}}.

{{m:m7|Mercer}}, who apologized to the family before sentencing, {{c:c7b|told}} the court {{q:indirect:accused:m7:c7b|he thinks about the crash every day}}.

Court heard Mercer had two previous convictions for speeding.

In addition to the prison term, Fougere imposed a 10-year driving ban.

{{m:m8|Halifax Regional Police}} {{c:c8|say}} {{q:indirect:police:m8:c8|impaired driving charges in the municipality are up 18 per cent this year}}.
""",
)
