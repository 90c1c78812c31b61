# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 11: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex11 import article

article(
    "dex11_01_bundestag_rente", "de/wire-bundestag", "de",
    {"gruenwald": ["Tobias Grünwald", "Arbeitsminister Tobias Grünwald"],
     "brandl": ["Heiko Brandl", "Ihr rentenpolitischer Sprecher Heiko Brandl"],
     "kritiker": ["Kritiker aus der Wirtschaft", "Kritiker"],
     "koalitionskreise": ["Koalitionskreisen", "Koalitionskreise"],
     "sprecher": ["Ein Sprecher des Arbeitsministeriums", "Sprecher des Arbeitsministeriums", "Arbeitsministerium"],
     "aydin": ["Merve Aydın", "Die Grünen-Abgeordnete Merve Aydın"],
     "iw": ["Institut der deutschen Wirtschaft", "Instituts der deutschen Wirtschaft"]},
    """
Rentenpaket: Koalition ringt um die Haltelinie

Berlin (dpa) – Im Streit um das Rentenpaket der Bundesregierung hat {{m:m0|Arbeitsminister Tobias Grünwald}} (SPD) {{q:indirect?:gruenwald:m0:c0|die Union erneut zum Einlenken}} {{c:c0|aufgefordert}}. {{q:indirect:gruenwald:m1:c1|Ohne eine feste Haltelinie verliere die gesetzliche Rente das Vertrauen einer ganzen Generation}}, {{c:c1|warnte}} {{m:m1|der Minister}} am Mittwoch im Bundestag. {{q:indirect:gruenwald:-:-|Wer heute 30 Jahre alt sei, müsse sich darauf verlassen können, im Alter nicht auf Grundsicherung angewiesen zu sein}}.

{{m:m2|Ihr rentenpolitischer Sprecher Heiko Brandl}} (CDU) {{c:c2|konterte}}: „{{q:direct:brandl:m2:c2|Wer Versprechen auf Pump macht, betrügt genau diese Generation.}}“ Wie {{m:m3|Brandl}} {{c:c3|betonte}}, {{q:indirect:brandl:m3:c3|lehnt die Union nicht die Haltelinie selbst ab, sondern ihre Finanzierung über immer höhere Beiträge}}.

{{q:indirect:kritiker:m4:c4|Die Reform, {{c:c4|sagen}} {{m:m4|Kritiker aus der Wirtschaft}}, belaste vor allem Beschäftigte unter 40 und kleine Betriebe}}. {{q:indirect:kritiker:-:-|Die Lohnnebenkosten stiegen damit auf über 42 Prozent}}.

{{m:m5|Die Grünen-Abgeordnete Merve Aydın}} {{c:c5|warf}} beiden Seiten vor, {{q:indirect:aydin:m5:c5|die Debatte auf dem Rücken der Rentnerinnen auszutragen}}. „{{q:direct:aydin:m6:c6|Während hier gestritten wird, wissen Millionen Menschen nicht, womit sie planen sollen}}“, {{c:c6|kritisierte}} {{m:m6|sie}}.

Aus {{m:m7|Koalitionskreisen}} {{c:c7|verlautete}} am Abend, {{q:indirect:koalitionskreise:m7:c7|man sei einer Einigung näher als öffentlich dargestellt}}. {{m:m8|Ein Sprecher des Arbeitsministeriums}} {{c:c8|bestätigte}}, dass {{q:indirect:sprecher:m8:c8|die Gespräche am Freitag fortgesetzt werden}}. Dem {{m:m9|Sprecher}} {{c:c9|zufolge}} {{q:indirect:sprecher:m9:c9|liegt ein Kompromissvorschlag bereits auf dem Tisch}}.

{{c:c10|Nach Berechnungen}} des {{m:m10|Instituts der deutschen Wirtschaft}} {{q:indirect?:iw:m10:c10|würde das Paket bis 2040 zusätzliche Kosten von rund 200 Milliarden Euro verursachen}}. Die Abstimmung im Bundestag ist für Anfang Dezember geplant.
""",
)

article(
    "dex11_02_polizei_strassenbahn", "de/online-polizei", "de",
    {"polizei": ["Polizei", "die Polizei", "Polizeisprecherin Katrin Lüders", "Katrin Lüders"],
     "zeuge": ["Ein Fahrgast", "Fahrgast"],
     "staatsanwaltschaft": ["Staatsanwaltschaft", "die Staatsanwaltschaft"],
     "uestra": ["Ein Sprecher der Üstra", "Sprecher der Üstra", "Üstra"],
     "zeugen": ["Zeugen"]},
    """
Streit in Straßenbahn eskaliert: 34-Jähriger verletzt Mann mit Messer

Hannover. Nach einem Streit in einer Straßenbahn der Linie 9 ist ein 52 Jahre alter Mann am Sonntagabend schwer verletzt worden. Wie {{m:m1|die Polizei}} am Montag {{c:c1|berichtete}}, {{q:indirect:polizei:m1:c1|gerieten die beiden Männer kurz nach der Haltestelle Waterloo aneinander}}.

{{m:m2|Zeugen}} {{c:c2|berichteten}}, {{q:indirect:zeugen:m2:c2|der Jüngere habe den 52-Jährigen zunächst wegen seiner lauten Musik angesprochen}}. {{q:indirect:zeugen:-:-|Daraufhin sei es zu einem heftigen Wortwechsel gekommen}}. {{m:m3|Ein Fahrgast}}, der nicht namentlich genannt werden möchte, {{c:c3|schilderte}} der „Hannoverschen Allgemeinen“, {{q:indirect:zeuge:m3:c3|der Angreifer habe plötzlich ein Klappmesser gezogen und zugestochen}}. „{{q:direct:zeuge:m4:c4|Das ging so schnell, da konnte keiner mehr dazwischengehen}}“, {{c:c4|sagte}} {{m:m4|er}}.

Die Straßenbahnfahrerin stoppte den Zug und alarmierte den Notruf. {{m:m5|Ein Sprecher der Üstra}} {{c:c5|lobte}} ihr Verhalten: „{{q:direct:uestra:m5:c5|Sie hat absolut richtig reagiert.}}“ {{m:m6|Er}} {{c:c6|fügte}} hinzu, {{q:indirect:uestra:m6:c6|die Fahrerin werde psychologisch betreut}}.

Den mutmaßlichen Täter nahmen Beamte noch in der Bahn fest. {{q:indirect:staatsanwaltschaft:m7:c7|Gegen den 34-Jährigen werde wegen gefährlicher Körperverletzung ermittelt}}, {{c:c7|teilte}} {{m:m7|die Staatsanwaltschaft}} mit. {{c:c8|Laut}} {{m:m8|Staatsanwaltschaft}} {{q:indirect:staatsanwaltschaft:m8:c8|war der Mann bereits wegen Körperverletzung vorbestraft}}.

Der 52-Jährige wurde in der Medizinischen Hochschule notoperiert. {{m:m9|Polizeisprecherin Katrin Lüders}} {{c:c9|sagte}} am Montagmittag, {{q:indirect:polizei:m9:c9|er sei außer Lebensgefahr}}. {{q:indirect:polizei:-:-|Die Ermittler suchten weitere Zeugen, insbesondere eine Frau mit Kinderwagen, die den Streit aus nächster Nähe beobachtet haben soll}}. Hinweise nimmt der Kriminaldauerdienst unter der Nummer 0511 109-5555 entgegen.
""",
)

article(
    "dex11_03_wirtschaft_stahl", "de/online-wirtschaft", "de",
    {"lindqvist": ["Petra Lindqvist", "Konzernchefin Petra Lindqvist"],
     "yildiz": ["Ömer Yıldız", "Betriebsratschef Ömer Yıldız"],
     "ksh": ["KSH", "Dem Unternehmen", "Unternehmen"],
     "igmetall": ["IG Metall"],
     "falkner": ["Jörg Falkner", "Stahlexperte Jörg Falkner"]},
    """
KSH streicht 1200 Stellen in Duisburg

Von Lena Albers

Der Duisburger Stahlverarbeiter KSH baut jeden vierten Arbeitsplatz ab. Betroffen sind vor allem die Walzwerke in Hüttenheim.

Foto: Roland Weihrauch/dpa

Duisburg. {{q:indirect?:ksh:m0:c0|Der Stahlverarbeiter KSH will bis Ende 2027 rund 1200 seiner knapp 4800 Stellen in Duisburg streichen}}. {{c:c0|Das bestätigte}} {{m:m0|das Unternehmen}} am Dienstag. Dem {{m:m1|Unternehmen}} {{c:c1|zufolge}} {{q:indirect:ksh:m1:c1|sollen betriebsbedingte Kündigungen möglichst vermieden werden}}.

{{m:m2|Konzernchefin Petra Lindqvist}} {{c:c2|begründete}} {{q:indirect?:lindqvist:m2:c2|den Abbau mit hohen Energiepreisen und der schwachen Nachfrage aus der Autoindustrie}}. {{m:m3|Sie}} {{c:c3|räumte}} ein, {{q:indirect:lindqvist:m3:c3|das Management habe die Lage zu lange schöngeredet}}. „{{q:direct:lindqvist:m4:c4|Wir hätten früher gegensteuern müssen, das gehört zur Wahrheit dazu}}“, {{c:c4|sagte}} {{m:m4|Lindqvist}} im Gespräch mit der WAZ. {{q:indirect:lindqvist:m5:c5|Ohne den Schritt, {{c:c5|so}} {{m:m5|die Managerin}}, stehe in zwei Jahren das gesamte Werk auf dem Spiel}}.

{{m:m6|Betriebsratschef Ömer Yıldız}} {{c:c6|sprach}} von einem „{{q:direct:yildiz:m6:c6|schwarzen Tag für Duisburg}}“. {{m:m7|Er}} {{c:c7|kündigte}} an, {{q:indirect:yildiz:m7:c7|um jeden Arbeitsplatz zu kämpfen}}. „{{q:direct:igmetall:m8:c8|Die Beschäftigten zahlen die Zeche für die Fehler der Chefetage}}“, {{c:c8|heißt es}} in einem Schreiben der {{m:m8|IG Metall}} an die Belegschaft.

{{m:m9|Stahlexperte Jörg Falkner}} von der Universität Duisburg-Essen {{c:c9|hält}} die Entscheidung für {{q:indirect?:falkner:m9:c9|nachvollziehbar}}. {{q:indirect:falkner:m10:c10|Die gesamte Branche stehe unter Druck, KSH sei nur besonders früh dran}}, {{c:c10|erklärte}} {{m:m10|er}}. Die Zahlen des Branchenverbands zeigen, dass die Rohstahlproduktion in Deutschland im vergangenen Jahr um neun Prozent gesunken ist.
""",
)

article(
    "dex11_04_fussball_trainer", "de/online-fussball", "de",
    {"reuter": ["Marco Reuter", "Trainer Marco Reuter"],
     "ohm": ["Nils Ohm", "Kapitän Nils Ohm"],
     "kessler": ["Dirk Kessler", "Sportdirektor Dirk Kessler"],
     "kuebler": ["Hans Kübler", "Vereinslegende Hans Kübler"]},
    """
Reuter: „{{q:direct:reuter:-:-|Ich habe die Mannschaft falsch eingestellt}}“

Nach der dritten Niederlage in Folge hat {{m:mt|Trainer Marco Reuter}} {{q:indirect?:reuter:mt:ct|eigene Fehler}} {{c:ct|eingeräumt}}. Sportdirektor Kessler stärkt ihm trotzdem den Rücken.

Bielefeld. Nach dem 0:2 gegen den 1. FC Kaiserslautern hat {{m:m1|Trainer Marco Reuter}} {{c:c1|eingeräumt}}, {{q:indirect:reuter:m1:c1|die Mannschaft taktisch falsch eingestellt zu haben}}. „{{q:direct:reuter:m2:c2|Das geht auf meine Kappe}}“, {{c:c2|sagte}} {{m:m2|der 47-Jährige}} nach dem Abpfiff auf der Alm. {{q:indirect:reuter:-:-|Man habe zu hoch gestanden und sei in die Konter gelaufen}}.

Zur Halbzeit lag die Arminia bereits mit zwei Toren zurück. {{m:m3|Kapitän Nils Ohm}} {{c:c3|lobte}} dennoch {{q:indirect?:ohm:m3:c3|die Moral der Mannschaft}}. Zweimal traf sie nach der Pause nur den Pfosten. „{{q:direct:ohm:m4:c4|Wenn wir so weiterkämpfen, kommen die Punkte von allein}}“, {{c:c4|meinte}} {{m:m4|der Innenverteidiger}}.

{{m:m5|Sportdirektor Dirk Kessler}} {{c:c5|stellte}} sich demonstrativ hinter den Trainer: „{{q:direct:kessler:m5:c5|Eine Diskussion über Marco wird es mit mir nicht geben.}}“ Auf die Frage, ob Reuter auch nach einer weiteren Niederlage bleiben dürfe, {{c:c6|antwortete}} {{m:m6|Kessler}} knapp: „{{q:direct:kessler:m6:c6|Ja.}}“

Im Umfeld des Vereins wächst dennoch die Unruhe. „{{q:direct:kuebler:m7:c7|Geduld ist in Bielefeld ein knappes Gut}}“, {{c:c7|sagte}} {{m:m7|Vereinslegende Hans Kübler}} einmal. Am Samstag geht es zum Tabellenführer nach Hamburg.
""",
)

article(
    "dex11_05_lokal_freibad", "de/online-lokal", "de",
    {"horn": ["Susanne Horn", "Oberbürgermeisterin Susanne Horn"],
     "fw": ["Freie Wähler", "Die Fraktion der Freien Wähler", "Fraktion der Freien Wähler"],
     "mutter": ["Eine Mutter", "Eine Mutter von zwei Kindern"],
     "verwaltung": ["Die Verwaltung", "Verwaltung", "Stadtverwaltung", "Rathaus"],
     "becker": ["Jonas Becker", "Stadtrat Jonas Becker"]},
    """
Freibad Lindenhof bleibt auch 2026 geschlossen

Die Sanierung verzögert sich erneut. Im Gemeinderat macht sich Frust breit.

Mannheim. Das Freibad Lindenhof wird auch im kommenden Sommer nicht öffnen. {{m:m1|Oberbürgermeisterin Susanne Horn}} {{c:c1|machte}} in der Sitzung des Gemeinderats am Donnerstag deutlich, dass {{q:indirect:horn:m1:c1|die Stadt keine Alternative zu einer Komplettsanierung sehe}}. {{m:m2|Sie}} {{c:c2|sagte}}, {{q:indirect:horn:m2:c2|um die Kosten zu senken, müsse das Becken verkleinert werden}}. {{q:indirect:horn:-:-|Die ursprünglich geplanten acht Millionen Euro reichten bei Weitem nicht mehr aus}}.

{{m:m3|Die Verwaltung}} {{c:c3|verwies}} darauf, dass {{q:indirect:verwaltung:m3:c3|bei der Prüfung der Technik gravierende Schäden an den Leitungen entdeckt worden seien}}. {{q:indirect:verwaltung:m4:c4|Mit einer Wiedereröffnung sei frühestens im Sommer 2027 zu rechnen}}, {{c:c4|hieß es}} aus dem {{m:m4|Rathaus}}.

{{m:m5|Die Fraktion der Freien Wähler}} {{c:c5|erklärte}} in einer Stellungnahme, {{q:indirect:fw:m5:c5|die Stadt habe das Bad jahrelang verfallen lassen}}. {{m:m6|Stadtrat Jonas Becker}} (SPD) {{c:c6|zeigte}} sich enttäuscht: „{{q:direct:becker:m6:c6|Für viele Familien im Stadtteil ist das Freibad der einzige Urlaub.}}“

In der Fragestunde machten mehrere Bürger ihrem Ärger Luft. {{m:m7|Eine Mutter von zwei Kindern}} {{c:c7|fragte}}, {{q:indirect:mutter:m7:c7|warum niemand die Anwohner früher informiert habe}}. {{q:indirect:horn:m8:c8|Man nehme die Sorgen ernst}}, {{c:c8|versprach}} {{m:m8|Horn}}, und kündigte eine Bürgerversammlung im Januar an.
""",
)
