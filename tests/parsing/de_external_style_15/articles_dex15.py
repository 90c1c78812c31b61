# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 15: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex15 import article

article(
    "dex15_01_bundestag_einbuergerung", "de/online-bundestag", "de",
    {"brenner": ["Claudia Brenner", "Innenministerin Claudia Brenner", "Brenner", "Die Ministerin"],
     "reuter": ["Thomas Reuter", "Unionsfraktionsvize Thomas Reuter", "Reuter"],
     "albers": ["Mona Albers", "Grünen-Innenpolitikerin Mona Albers", "Albers", "Die 41-Jährige"],
     "lessing": ["Frank Lessing", "Der AfD-Abgeordnete Frank Lessing", "Lessing"],
     "koalitionskreise": ["Koalitionskreisen"],
     "ministerium": ["Bundesinnenministerium", "Dem Bundesinnenministerium", "Ministerium"],
     "heil": ["Markus Heil", "Städtetagspräsident Markus Heil", "Heil"],
     "tagesspiegel": ["Tagesspiegel", "der „Tagesspiegel“"],
     "hofer": ["Jan Hofer", "Regierungssprecher Jan Hofer", "Hofer"]},
    """
Bundestag streitet über Einbürgerung – Union droht mit Klage

Berlin (dpa) – Die Koalition hat ihr Gesetz für schnellere Einbürgerungen gegen scharfe Kritik der Opposition verteidigt. {{q:indirect:brenner:m1:c1|Wer seit fünf Jahren hier arbeite, Steuern zahle und die Sprache spreche, gehöre dazu}}, {{c:c1|sagte}} {{m:m1|Innenministerin Claudia Brenner}} (SPD) am Donnerstag im Bundestag. {{q:indirect:brenner:-:-|Das Gesetz schaffe Klarheit für Hunderttausende Menschen, die seit Jahren auf eine Entscheidung warteten}}.

{{q:indirect:brenner:-:-|Deutschland stehe im weltweiten Wettbewerb um Fachkräfte}}. {{q:indirect:brenner:-:-|Wer hier Wurzeln geschlagen habe, solle auch mitbestimmen dürfen}}. Die Reform sieht vor, dass Einbürgerungen künftig nach fünf statt nach acht Jahren möglich sind.

{{m:m2|Unionsfraktionsvize Thomas Reuter}} (CSU) {{c:c2|warf}} der Koalition vor, {{q:mixed:reuter:m2:c2|den deutschen Pass zu „verramschen“}}. {{m:m3|Er}} {{c:c3|kündigte}} an, {{q:indirect:reuter:m3:c3|die Union werde das Gesetz in Karlsruhe überprüfen lassen}}. „{{q:direct:reuter:m4:c4|Das letzte Wort ist hier noch lange nicht gesprochen}}“, {{c:c4|rief}} {{m:m4|Reuter}} unter dem Beifall seiner Fraktion.

{{m:m5|Grünen-Innenpolitikerin Mona Albers}} {{c:c5|plädierte}} dafür, {{q:indirect:albers:m5:c5|Mehrstaatigkeit dauerhaft zu erlauben}}. {{q:indirect:albers:m6:c6|Die doppelte Staatsbürgerschaft sei längst gelebte Realität}}, {{c:c6|betonte}} {{m:m6|die 41-Jährige}}. {{m:m7|Der AfD-Abgeordnete Frank Lessing}} {{c:c7|sprach}} von einem „{{q:direct:lessing:m7:c7|Ausverkauf der Staatsbürgerschaft}}“.

In {{m:m8|Koalitionskreisen}} {{c:c8|hieß}} es am Abend, {{q:indirect:koalitionskreise:m8:c8|man sei zuversichtlich, das Gesetz noch vor Weihnachten zu verabschieden}}. Dem {{m:m9|Bundesinnenministerium}} {{c:c9|zufolge}} {{q:indirect:ministerium:m9:c9|wurden im vergangenen Jahr rund 200.000 Menschen eingebürgert}}. Das ist der höchste Wert seit mehr als zwanzig Jahren.

Auch in der Koalition gibt es Vorbehalte. {{q:indirect:tagesspiegel:m11:c11|Mehrere SPD-Abgeordnete aus Ostdeutschland hätten intern Bedenken angemeldet}}, {{c:c11|berichtete}} {{m:m11|der „Tagesspiegel“}} unter Berufung auf Fraktionskreise. {{q:indirect:tagesspiegel:-:-|Sie fürchteten, die Debatte könne vor allem der AfD nutzen}}. {{m:m12|Regierungssprecher Jan Hofer}} {{c:c12|sagte}} in der Bundespressekonferenz, {{q:mixed:hofer:m12:c12|die Kanzlerin stehe „voll und ganz“ hinter dem Entwurf}}. {{q:indirect:hofer:-:-|Nachbesserungen im parlamentarischen Verfahren seien aber nicht ausgeschlossen}}.

Die Kommunen sehen die Reform mit gemischten Gefühlen. {{q:indirect:heil:m10:c10|Die Wartezeiten in den Ausländerbehörden lägen vielerorts schon jetzt bei über einem Jahr}}, {{c:c10|gab}} {{m:m10|Städtetagspräsident Markus Heil}} zu bedenken. {{q:indirect:heil:-:-|Ohne zusätzliches Personal werde sich daran nichts ändern}}. Eine Umfrage des ARD-Deutschlandtrends zeigt, dass eine knappe Mehrheit der Deutschen die Reform ablehnt.
""",
)

article(
    "dex15_02_interview_hausaerztin", "de/online-interview", "de",
    {"koehler": ["Anne Köhler", "Köhler", "Hausärztin Anne Köhler"],
     "redaktion": ["MZ"],
     "kv": ["Kassenärztliche Vereinigung", "Die Kassenärztliche Vereinigung", "der Kassenärztlichen Vereinigung Sachsen-Anhalt", "Kassenärztlichen Vereinigung"]},
    """
Hausärztin: „{{q:direct:koehler:-:-|Ich arbeite für zwei}}“

Im Burgenlandkreis fehlen Dutzende Hausärzte. Anne Köhler betreibt seit 19 Jahren eine Praxis in Zeitz. Ein Gespräch über volle Wartezimmer und leere Landarztsitze.

Interview: Tobias Rehm

{{m:m1|MZ}}: {{q:direct?:redaktion:m1:-|Frau Köhler, wie viele Patienten sehen Sie an einem normalen Tag?}}

{{m:m2|Köhler}}: {{q:direct:koehler:m2:-|An einem ruhigen Tag sind es 70, im Winter auch mal 110. Ich habe die Praxis mit 1.200 Patienten übernommen, heute sind es fast doppelt so viele.}}

{{m:m3|MZ}}: {{q:direct?:redaktion:m3:-|Warum nehmen Sie dann überhaupt noch neue Patienten auf?}}

{{m:m4|Köhler}}: {{q:direct:koehler:m4:-|Weil es sonst niemand tut. Der Kollege im Nachbarort hat im Frühjahr aufgehört, einen Nachfolger gab es nicht.}}

{{m:m5|MZ}}: {{q:direct?:redaktion:m5:-|{{m:m5b|Die Kassenärztliche Vereinigung}} {{c:c5b|sagt}}, {{q:indirect?:kv:m5b:c5b|die Versorgung sei gesichert}}.}}

{{m:m6|Köhler}}: {{q:direct:koehler:m6:-|Auf dem Papier vielleicht. Wer bei uns einen Termin will, wartet drei Wochen.}}

{{c:c7|Nach Angaben}} {{m:m7|der Kassenärztlichen Vereinigung Sachsen-Anhalt}} {{q:indirect:kv:m7:c7|sind im Burgenlandkreis derzeit 14 Hausarztsitze unbesetzt}}. {{q:indirect:kv:-:-|Die Hälfte der Ärzte sei älter als 60 Jahre}}.

{{m:m8|MZ}}: {{q:direct?:redaktion:m8:-|Was müsste sich ändern?}}

{{m:m9|Köhler}}: {{q:direct:koehler:m9:-|Wir brauchen mehr Studienplätze und weniger Bürokratie. Ich verbringe jeden Abend zwei Stunden mit Formularen. Das ist Zeit, die meinen Patienten fehlt.}}
""",
)

article(
    "dex15_03_wirtschaft_zulieferer", "de/online-wirtschaft", "de",
    {"kessler": ["Kessler Automotive", "Unternehmensangaben", "Der Stuttgarter Autozulieferer Kessler Automotive", "Das Unternehmen", "eine Sprecherin des Konzerns", "Kessler"],
     "winter": ["Ralf Winter", "Konzernchef Ralf Winter", "Winter"],
     "aydin": ["Sevim Aydın", "Betriebsratschefin Sevim Aydın", "Aydın"],
     "franke": ["Julia Franke", "IG-Metall-Bezirksleiterin Julia Franke", "Franke"],
     "brueck": ["Stefan Brück", "Branchenexperte Stefan Brück", "Brück"],
     "seitz": ["Carola Seitz", "Landeswirtschaftsministerin Carola Seitz", "Seitz"],
     "kreise": ["Unternehmenskreisen"]},
    """
Kessler Automotive streicht 1200 Stellen

Der Zulieferer leidet unter der schwachen Nachfrage nach Teilen für Verbrennungsmotoren. Die IG Metall kündigt Widerstand an.

Von Miriam Schade

Stuttgart. Der Stuttgarter Autozulieferer Kessler Automotive will bis Ende 2028 rund 1200 Arbeitsplätze in Deutschland abbauen. Wie {{m:m1|das Unternehmen}} am Dienstag {{c:c1|mitteilte}}, {{q:indirect:kessler:m1:c1|sind vor allem die Standorte in Stuttgart-Feuerbach und in Schwäbisch Gmünd betroffen}}.

{{q:indirect:kessler:m2:c2|Die Nachfrage nach Komponenten für Verbrennungsmotoren breche schneller ein als erwartet}}, {{c:c2|teilte}} {{m:m2|eine Sprecherin des Konzerns}} mit. {{q:indirect:kessler:-:-|Die ersten Stellen fielen voraussichtlich schon im Frühjahr weg}}. {{c:c3|Nach}} {{m:m3|Unternehmensangaben}} {{q:indirect:kessler:m3:c3|beschäftigt Kessler weltweit rund 9000 Menschen, davon 4100 in Deutschland}}.

{{m:m4|Konzernchef Ralf Winter}} {{c:c4|sprach}} von einem „{{q:direct:winter:m4:c4|schmerzhaften, aber notwendigen Schritt}}“. {{q:indirect:winter:m5:c5|Man werde die Stellen so sozialverträglich wie möglich abbauen}}, {{c:c5|versprach}} {{m:m5|Winter}}. {{q:indirect:winter:-:-|Betriebsbedingte Kündigungen könne er allerdings nicht ausschließen}}.

Betriebsratschefin Sevim Aydın erfuhr von den Plänen nach eigenen Worten erst am Montagabend. „{{q:direct:aydin:m6:c6|Das ist ein Schlag ins Gesicht aller Kolleginnen und Kollegen, die in der Krise Kurzarbeit mitgetragen haben}}“, {{c:c6|sagte}} {{m:m6|sie}}. Die Belegschaft hat für Donnerstag eine Betriebsversammlung angesetzt.

{{q:indirect:franke:m8:c8|Man werde um jeden Arbeitsplatz kämpfen}}, {{c:c8|kündigte}} {{m:m8|IG-Metall-Bezirksleiterin Julia Franke}} an. {{q:indirect:franke:-:-|Der Konzern habe jahrelang gut verdient und müsse jetzt Verantwortung übernehmen}}.

Landeswirtschaftsministerin Carola Seitz (CDU) zeigte sich besorgt. {{q:indirect:seitz:m11:c11|Sie habe noch am Dienstag mit der Konzernspitze telefoniert}}, {{c:c11|sagte}} {{m:m11|Seitz}} dem SWR. {{q:indirect:seitz:-:-|Das Land werde die Beschäftigten nicht im Stich lassen}}. Aus {{m:m12|Unternehmenskreisen}} {{c:c12|war}} zu hören, dass {{q:indirect:kreise:m12:c12|auch ein Verkauf des Werks in Schwäbisch Gmünd geprüft werde}}.

Branchenexperte Stefan Brück von der Hochschule Esslingen hält den Schritt für kaum vermeidbar. „{{q:direct:brueck:m9:c9|Viele Zulieferer stehen mit dem Rücken zur Wand}}“, {{c:c9|sagte}} {{m:m9|er}}. {{q:indirect:brueck:m10:c10|Wer nicht rechtzeitig auf Elektromobilität umgestellt habe, bekomme das nun zu spüren}}, {{c:c10|fügte}} {{m:m10|Brück}} hinzu. Die Quartalszahlen des Konzerns belegen, dass der Umsatz zuletzt um elf Prozent gesunken ist.
""",
)

article(
    "dex15_04_fussball_trennung", "de/online-sport", "de",
    {"verein": ["VfL Bochum", "Der VfL Bochum", "der Club", "Club"],
     "lehmann": ["Marc Lehmann", "Sportchef Marc Lehmann", "Lehmann", "Sportchef"],
     "wirth": ["Jonas Wirth", "Kapitän Jonas Wirth", "Wirth"],
     "kicker": ["Kicker", "„Kicker“"],
     "waz": ["WAZ", "die „WAZ“"],
     "spieler": ["einen Spieler", "Spieler"]},
    """
Trainer-Beben in Bochum – Sportchef: „{{q:direct:lehmann:-:-|Wir brauchen einen neuen Impuls}}“

Bochum. {{q:indirect:verein:m1:c1|Der VfL Bochum hat sich nach der fünften Niederlage in Folge von Trainer Uwe Brandner getrennt}}. Das {{c:c1|teilte}} {{m:m1|der Club}} am Sonntagmittag mit. Auch Co-Trainer Sascha Ebert muss gehen.

„{{q:direct:lehmann:m2:c2|Wir haben lange an Uwe festgehalten, weil wir von seiner Arbeit überzeugt waren}}“, {{c:c2|sagte}} {{m:m2|Sportchef Marc Lehmann}} bei einer kurzfristig einberufenen Pressekonferenz. {{q:indirect:lehmann:m3:c3|Am Ende hätten aber die Ergebnisse gefehlt}}, {{c:c3|räumte}} {{m:m3|er}} ein. {{q:indirect:lehmann:-:-|Die Mannschaft brauche nun einen neuen Impuls, um den Abstieg zu verhindern}}. Lehmann bedankte sich bei Brandner ausdrücklich für dessen Einsatz.

Brandner selbst äußerte sich zunächst nicht. Der 48-Jährige hatte den Club im Sommer 2023 übernommen und in der vergangenen Saison den Klassenerhalt geschafft.

Auf die Frage, ob die Mannschaft gegen den Trainer gespielt habe, {{c:c4|antwortete}} {{m:m4|Kapitän Jonas Wirth}} ausweichend: „{{q:direct:wirth:m4:c4|Wir Spieler haben das zu verantworten, niemand sonst. Jeder muss sich jetzt hinterfragen.}}“ {{m:m5|Der 31-Jährige}} {{c:c5|betonte}}, {{q:indirect:wirth:m5:c5|das Verhältnis zu Brandner sei bis zuletzt gut gewesen}}.

{{c:c6|Laut}} „{{m:m6|Kicker}}“ {{q:indirect:kicker:m6:c6|gilt der frühere Freiburger Co-Trainer Patrick Sommer als Favorit auf die Nachfolge}}. Wie {{m:m7|die „WAZ“}} {{c:c7|berichtet}}, {{q:indirect:waz:m7:c7|soll bis zum Heimspiel gegen Mainz eine Entscheidung fallen}}. Bis dahin leitet U19-Trainer Kai Berger das Training.

Die „Bild“ {{c:c8|zitierte}} {{m:m8|einen Spieler}}, der anonym bleiben wollte, mit den Worten: „{{q:direct:spieler:m8:c8|Die Ansprachen kamen bei uns seit Wochen nicht mehr an.}}“ In den sozialen Netzwerken reagierten viele Fans erleichtert. Bochum steht mit sieben Punkten auf dem vorletzten Tabellenplatz.
""",
)

article(
    "dex15_05_blaulicht_brand", "de/online-polizei", "de",
    {"polizei": ["Polizei", "Die Polizei", "der Polizei"],
     "feuerwehr": ["Feuerwehr Hamburg", "Ein Sprecher der Feuerwehr Hamburg", "Feuerwehrsprecher", "Dem Feuerwehrsprecher", "Feuerwehr"],
     "anwohnerin": ["Eine Anwohnerin", "Anwohnerin", "Die 62-Jährige"],
     "lka": ["Landeskriminalamt", "LKA", "Ein LKA-Sprecher"],
     "zeugen": ["Zeugen"],
     "petersen": ["Lars Petersen", "Innensenator Lars Petersen", "Petersen"]},
    """
Feuer in Mehrfamilienhaus: Elf Menschen über Drehleitern gerettet

Foto: Bodo Marks/dpa

Hamburg. Bei einem Brand in einem Mehrfamilienhaus in Hamburg-Wilhelmsburg sind in der Nacht zum Samstag zwei Menschen verletzt worden. {{c:c1|Nach ersten Erkenntnissen}} {{m:m1|der Polizei}} {{q:indirect:polizei:m1:c1|war das Feuer gegen 3 Uhr im Treppenhaus des fünfstöckigen Gebäudes ausgebrochen}}.

{{m:m2|Ein Sprecher der Feuerwehr Hamburg}} {{c:c2|sagte}}, {{q:indirect:feuerwehr:m2:c2|die Einsatzkräfte hätten elf Bewohner über Drehleitern aus ihren Wohnungen geholt}}. {{q:indirect:feuerwehr:-:-|Zwei Männer seien mit Rauchvergiftungen in Krankenhäuser gebracht worden}}. Dem {{m:m3|Feuerwehrsprecher}} {{c:c3|zufolge}} {{q:indirect:feuerwehr:m3:c3|war das Treppenhaus so verqualmt, dass eine Flucht nach unten unmöglich war}}.

{{m:m4|Eine Anwohnerin}} aus dem Nachbarhaus {{c:c4|schilderte}} dem NDR, {{q:indirect:anwohnerin:m4:c4|sie sei von Schreien wach geworden}}. „{{q:direct:anwohnerin:m5:c5|Da standen Leute an den Fenstern und haben um Hilfe gerufen}}“, {{c:c5|sagte}} {{m:m5|die 62-Jährige}}. Die übrigen Bewohner kamen in der Nacht in einer Turnhalle unter.

Die Ermittlungen hat das Landeskriminalamt übernommen. {{m:m6|Ein LKA-Sprecher}} {{c:c6|bestätigte}} auf Anfrage, dass {{q:indirect:lka:m6:c6|im Treppenhaus Reste eines Brandbeschleunigers gefunden worden seien}}. {{m:m7|Zeugen}} {{c:c7|wollen}} {{q:indirect?:zeugen:m7:c7|kurz vor dem Brand zwei Jugendliche im Hinterhof gesehen haben}}.

Innensenator Lars Petersen (SPD) besuchte am Vormittag die Brandstelle. {{m:m9|Er}} dankte den Einsatzkräften und {{c:c9|sprach}} von einem „{{q:direct:petersen:m9:c9|Albtraum für die Bewohner}}“. {{q:indirect:petersen:m10:c10|Wer so etwas tue, müsse mit aller Härte bestraft werden}}, {{c:c10|sagte}} {{m:m10|Petersen}}.

{{q:indirect:polizei:m8:c8|Der Schaden liegt {{c:c8|laut}} {{m:m8|Polizei}} bei mehreren Hunderttausend Euro}}. Das Haus ist vorerst nicht bewohnbar. {{m:m11|Die Polizei}} {{c:c11|bittet}} {{q:indirect?:polizei:m11:c11|Zeugen, sich unter der Telefonnummer 040 4286 56789 zu melden}}.
""",
)

article(
    "dex15_06_gemeinderat_schule", "de/online-lokal", "de",
    {"kraus": ["Peter Kraus", "Bürgermeister Peter Kraus", "Kraus"],
     "eltern": ["Eltern", "Die Eltern"],
     "verwaltung": ["Verwaltung", "der Verwaltung"],
     "wolf": ["Heike Wolf", "Gemeinderätin Heike Wolf", "Wolf"],
     "lenz": ["Anna Lenz", "Schäferin Anna Lenz", "Lenz"],
     "berg": ["Tobias Berg", "Ortsvorsteher Tobias Berg", "Berg"],
     "land": ["Landesregierung", "Die Landesregierung"]},
    """
Grundschule Ebersbach: Gemeinderat vertagt Entscheidung

Von Sabine Maurer

Ebersbach. Die Zukunft der Grundschule im Ortsteil Roßwälden bleibt ungewiss. Der Gemeinderat hat die Entscheidung über eine Schließung am Dienstagabend erneut vertagt. Rund 80 Zuhörer verfolgten die Sitzung, viele von ihnen mit Transparenten.

In einem offenen Brief {{c:c1|schreiben}} {{m:m1|Eltern}} des Ortsteils, {{q:indirect:eltern:m1:c1|eine Schließung würde das Dorf ausbluten lassen}}. {{q:indirect:eltern:-:-|Junge Familien zögen dann in die Kernstadt}}.

{{m:m2|Bürgermeister Peter Kraus}} (Freie Wähler) {{c:c2|hielt}} in der Sitzung fest, {{q:indirect:kraus:m2:c2|noch sei nichts entschieden}}. {{q:indirect:verwaltung:m3:c3|Die Sanierung des Gebäudes würde sich {{c:c3|nach Angaben}} {{m:m3|der Verwaltung}} auf rund 2,4 Millionen Euro belaufen}}. {{q:indirect:kraus:m4:c4|Er habe Verständnis für den Ärger der Eltern}}, {{c:c4|versicherte}} {{m:m4|Kraus}}. {{q:indirect:kraus:-:-|Die Gemeinde müsse aber jeden Euro zweimal umdrehen}}. {{m:m5|Er}} {{c:c5|stellte}} in Aussicht, {{q:indirect:kraus:m5:c5|bis zum Sommer ein Gutachten zu den Schülerzahlen vorzulegen}}.

{{m:m6|Gemeinderätin Heike Wolf}} (Grüne) {{c:c6|wollte}} wissen, {{q:indirect:wolf:m6:c6|warum die Verwaltung die Kosten für einen Neubau nie geprüft habe}}. Eine Antwort darauf blieb Kraus schuldig.

Auch Schäferin Anna Lenz, deren zwei Kinder die Schule besuchen, war in die Sitzung gekommen. „{{q:direct:lenz:m7:c7|Wenn die Schule geht, geht als Nächstes der Bäcker}}“, {{c:c7|sagte}} {{m:m7|Lenz}}. {{m:m8|Ortsvorsteher Tobias Berg}} {{c:c8|pflichtete}} ihr bei: „{{q:direct:berg:m8:c8|Ohne Schule gibt es hier bald kein Dorfleben mehr.}}“

Ob der Gemeinderat noch vor der Sommerpause entscheidet, ließ Kraus offen. {{m:m9|Die Landesregierung}} hatte im Herbst {{c:c9|angekündigt}}, {{q:indirect:land:m9:c9|kleine Grundschulen im ländlichen Raum stärker zu fördern}}. Die nächste Sitzung ist für den 14. Mai angesetzt.
""",
)
