# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 20: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex20 import article

article(
    "dex20_01_dpa_afx_prognose", "de/dpa-afx-wirtschaft", "de",
    {"krollmann": ["Krollmann", "der Vorstand", "Der Vorstand", "Der Maschinenbauer Krollmann", "das MDax-Unternehmen", "das Unternehmen", "Unternehmen"],
     "tiedemann": ["Markus Tiedemann", "Vorstandschef Markus Tiedemann", "Tiedemann", "er", "Er", "der Manager", "Der Manager"],
     "oeztuerk": ["Sabine Öztürk", "Gesamtbetriebsratschefin Sabine Öztürk", "Öztürk", "sie", "Sie"],
     "igmetall": ["IG Metall", "Die IG Metall"],
     "reinhardt": ["Jonas Reinhardt", "Analyst Jonas Reinhardt", "Reinhardt", "er", "Er"],
     "haendler": ["Ein Händler", "ein Händler"],
     "unternehmenskreise": ["Unternehmenskreisen"]},
    """
Krollmann senkt Jahresziele – Aktie bricht zweistellig ein

FRANKFURT (dpa-AFX) - Der Maschinenbauer Krollmann hat nach einem schwachen dritten Quartal seine Ziele für das laufende Jahr gesenkt. {{q:indirect:krollmann:m0:c0|Der Umsatz werde 2025 nur noch bei 3,1 bis 3,3 Milliarden Euro liegen}}, {{c:c0|teilte}} {{m:m0|das MDax-Unternehmen}} am Donnerstag in Frankfurt mit. Bisher hatte {{m:m14|Krollmann}} {{q:indirect?:krollmann:m14:c14|3,5 Milliarden Euro}} in {{c:c14|Aussicht gestellt}}. Bei der operativen Marge {{c:c1|rechnet}} {{m:m1|der Vorstand}} {{q:indirect?:krollmann:m1:c1|nur noch mit 7 bis 8 Prozent statt bisher 9 Prozent}}.

{{q:indirect:krollmann:-:c2|Im dritten Quartal sank der Umsatz den Angaben {{c:c2|zufolge}} um elf Prozent auf 742 Millionen Euro}}. Unter dem Strich stand ein Verlust von 38 Millionen Euro, nach einem Gewinn von 51 Millionen Euro ein Jahr zuvor. Der Auftragseingang brach um 18 Prozent ein.

{{m:m3|Vorstandschef Markus Tiedemann}} machte dafür {{q:indirect?:tiedemann:m3:c3|vor allem die schwache Nachfrage aus China und die Zurückhaltung der deutschen Autoindustrie}} {{c:c3|verantwortlich}}. „{{q:direct:tiedemann:m4:c4|Wir sehen bei unseren Kunden eine Investitionszurückhaltung, wie wir sie seit der Finanzkrise nicht erlebt haben}}“, {{c:c4|sagte}} {{m:m4|Tiedemann}} in einer Telefonkonferenz mit Journalisten. {{q:indirect:tiedemann:-:-|Eine Besserung erwarte er frühestens im zweiten Halbjahr 2026}}. {{q:indirect:tiedemann:m5:c5|Das Unternehmen werde deshalb das laufende Sparprogramm ausweiten und zwei kleinere Standorte in Sachsen und in Ungarn schließen}}, {{c:c5|kündigte}} {{m:m5|der Manager}} an. {{q:indirect?:krollmann:-:-|Bis Ende 2026 sollen weltweit rund 900 Stellen wegfallen, davon etwa 400 in Deutschland}}.

Der Betriebsrat reagierte empört. „{{q:direct:oeztuerk:m6:c6|Die Beschäftigten haben in den vergangenen zwei Jahren auf Teile ihres Weihnachtsgeldes verzichtet, damit genau das nicht passiert}}“, {{c:c6|sagte}} {{m:m6|Gesamtbetriebsratschefin Sabine Öztürk}} der Deutschen Presse-Agentur. {{q:indirect:oeztuerk:-:-|Der Vorstand habe den Wandel in der Autoindustrie jahrelang unterschätzt}}. {{q:indirect:oeztuerk:-:-|Nun solle die Belegschaft die Rechnung zahlen}}. {{m:m7|Die IG Metall}} {{c:c7|kündigte}} {{q:indirect?:igmetall:m7:c7|Widerstand gegen die Schließungen}} an.

An der Börse kamen die Nachrichten schlecht an. Die Krollmann-Aktie brach bis zum Mittag um 14 Prozent auf 41,20 Euro ein und war damit größter Verlierer im MDax. {{m:m8|Analyst Jonas Reinhardt}} von der Privatbank Hallstein & Co. {{c:c8|sprach}} von einer „{{q:direct:reinhardt:m8:c8|herben Enttäuschung}}“. {{q:indirect:reinhardt:m9:c9|Die Prognosesenkung komme zwar nicht überraschend, ihr Ausmaß aber schon}}, {{c:c9|schrieb}} {{m:m9|er}} in einer Studie. {{q:indirect:reinhardt:-:-|Vor allem der Verlust im Kerngeschäft Antriebstechnik gebe zu denken}}. {{m:m10|Ein Händler}} {{c:c10|sagte}}, {{q:indirect:haendler:m10:c10|vor allem der Einbruch beim Auftragseingang verunsichere die Anleger}}. „{{q:direct:haendler:m11:c11|Das ist kein Ausrutscher mehr, das ist ein Trend}}“, {{c:c11|sagte}} {{m:m11|er}}.

Wie aus {{m:m12|Unternehmenskreisen}} {{c:c12|verlautete}}, {{q:indirect:unternehmenskreise:m12:c12|prüft der Aufsichtsrat zudem eine Verkleinerung des Vorstands von fünf auf vier Mitglieder}}. Ein Sprecher wollte das auf Anfrage nicht kommentieren.

Die Zahlen zeigen, wie stark der Konzern inzwischen vom Autogeschäft abhängt: Gut 40 Prozent der Erlöse erzielt Krollmann mit Antrieben und Prüfständen für Fahrzeughersteller. {{m:m15|Tiedemann}} hatte erst im Frühjahr {{c:c15|angekündigt}}, {{q:indirect:tiedemann:m15:c15|das Geschäft mit der Medizintechnik auszubauen}}. {{q:indirect:tiedemann:m13:c13|Daran halte man fest}}, {{c:c13|betonte}} {{m:m13|er}} am Donnerstag. {{q:indirect:tiedemann:-:-|Eine Übernahme sei derzeit aber nicht geplant}}.

Krollmann beschäftigt weltweit rund 14.500 Menschen und hat seinen Sitz in Frankfurt. Die Zahlen für das Gesamtjahr will der Konzern Mitte März vorlegen.

/mhe/jha/he
""",
)

article(
    "dex20_02_liveticker_wahlabend", "de/online-liveticker", "de",
    {"krause": ["Ralf Krause", "Ministerpräsident Ralf Krause", "Krause", "er", "Er", "der Regierungschef", "Der Regierungschef"],
     "baumann": ["Tanja Baumann", "CDU-Spitzenkandidatin Tanja Baumann", "Baumann", "sie", "Sie"],
     "lehmann": ["Dirk Lehmann", "SPD-Generalsekretär Dirk Lehmann", "Lehmann", "er", "Er"],
     "wahlleiterin": ["Landeswahlleiterin", "der Landeswahlleiterin", "Die Landeswahlleiterin", "Petra Gerlach", "Gerlach"],
     "gruene": ["Jonas Wendt", "Grünen-Landeschef Jonas Wendt", "Wendt"],
     "parteikreise": ["SPD-Parteikreisen", "Parteikreisen"],
     "infratest": ["Infratest dimap"],
     "politologin": ["Miriam Sauer", "Die Politikwissenschaftlerin Miriam Sauer", "Sauer", "sie", "Sie"]},
    """
Landtagswahl in Brandenburg: Der Wahlabend im Liveticker

SPD knapp vorn, CDU legt zu, die Grünen bangen um den Einzug: Alle Entwicklungen des Abends zum Nachlesen.

Von unserer Politikredaktion

+++ 22.41 Uhr: {{m:m20|Wendt}} {{c:c20|will}} {{q:mixed?:gruene:m20:c20|Ergebnis „in Ruhe analysieren“}} +++

Bei den Grünen ist die Stimmung gedrückt. {{q:mixed:gruene:m0:c0|Man werde das Ergebnis in den Gremien „in Ruhe analysieren“}}, {{c:c0|sagte}} {{m:m0|Grünen-Landeschef Jonas Wendt}} am späten Abend. {{q:indirect?:gruene:m21:c21|Personelle Konsequenzen}} {{c:c21|schloss}} {{m:m21|er}} vorerst aus. {{q:indirect:gruene:-:-|Es sei noch zu früh, um über Schuldige zu sprechen}}.

+++ 22.05 Uhr: Wahlbeteiligung deutlich gestiegen +++

{{q:indirect:wahlleiterin:m1:c1|Die Wahlbeteiligung lag {{c:c1|nach Angaben}} {{m:m1|der Landeswahlleiterin}} bei 68,4 Prozent}}. Vor fünf Jahren waren es 61,3 Prozent gewesen. {{q:indirect:wahlleiterin:m2:c2|Es habe in einzelnen Wahllokalen lange Schlangen gegeben, größere Pannen seien aber ausgeblieben}}, {{c:c2|sagte}} {{m:m2|Petra Gerlach}} im RBB.

+++ 21.30 Uhr: Politologin sieht „Amtsbonus“ für Krause +++

{{m:m3|Die Politikwissenschaftlerin Miriam Sauer}} von der Universität Potsdam {{c:c3|führt}} {{q:indirect?:politologin:m3:c3|das Ergebnis der SPD vor allem auf die Person des Ministerpräsidenten}} zurück. {{q:mixed:politologin:m4:c4|Krause habe im Wahlkampf konsequent auf seinen „Amtsbonus“ gesetzt und die eigene Partei kaum plakatiert}}, {{c:c4|sagte}} {{m:m4|sie}} im Gespräch mit unserer Redaktion. {{q:indirect:politologin:-:-|Das sei riskant gewesen, habe sich aber ausgezahlt}}. „{{q:direct:politologin:m5:c5|Viele Wähler haben Krause gewählt, nicht die SPD}}“, {{c:c5|so}} {{m:m5|Sauer}}.

+++ 20.48 Uhr: {{m:m22|Krause}}: „{{q:direct:krause:m22:-|Brandenburg hat sich für Stabilität entschieden}}“ +++

Jubel im Potsdamer Landtag. Ministerpräsident Ralf Krause zeigte sich vor seinen Anhängern erleichtert. „{{q:direct:krause:m7:c7|Brandenburg hat sich heute für Stabilität entschieden und gegen die Spaltung}}“, {{c:c7|rief}} {{m:m7|der Regierungschef}}. {{q:indirect:krause:m8:c8|Er werde nun mit allen demokratischen Parteien Gespräche führen}}, {{c:c8|kündigte}} {{m:m8|Krause}} an. {{q:indirect:krause:-:-|Eine Koalition sei aber kein Selbstzweck}}.

+++ 19.15 Uhr: CDU will mitregieren +++

{{m:m9|CDU-Spitzenkandidatin Tanja Baumann}} {{c:c9|wertete}} {{q:indirect?:baumann:m9:c9|das Ergebnis als Erfolg}}. „{{q:direct:baumann:m10:c10|Wir haben so stark zugelegt wie keine andere Partei. Daran kommt niemand vorbei}}“, {{c:c10|sagte}} {{m:m10|sie}} in der ARD. {{q:mixed:baumann:m11:c11|Die CDU stehe für Gespräche bereit, werde aber nicht „um jeden Preis“ in eine Regierung eintreten}}, {{c:c11|betonte}} {{m:m11|Baumann}}.

+++ 18.42 Uhr: SPD-Zentrale erleichtert +++

In {{m:m12|SPD-Parteikreisen}} {{c:c12|hieß}} es, {{q:indirect:parteikreise:m12:c12|man habe nach den schlechten Umfragen im Sommer nicht mehr mit einem Sieg gerechnet}}. {{m:m13|SPD-Generalsekretär Dirk Lehmann}} {{c:c13|sprach}} von einem „{{q:direct:lehmann:m13:c13|Abend der Erleichterung, aber nicht des Übermuts}}“. {{q:indirect:lehmann:m14:c14|Das Ergebnis sei auch ein Auftrag, endlich die Probleme im ländlichen Raum anzugehen}}, {{c:c14|fügte}} {{m:m14|er}} hinzu.

+++ 18.00 Uhr: Erste Prognose +++

{{c:c23|Laut}} der Prognose von {{m:m23|Infratest dimap}} im Auftrag der ARD {{q:indirect?:infratest:m23:c23|kommt die SPD auf 29,5 Prozent, die CDU auf 24 Prozent}}. Die Grünen liegen mit 5 Prozent auf der Kippe. Die Zahlen zeigen: Die SPD hat ihren Vorsprung aus dem Sommer verloren, bleibt aber stärkste Kraft.

+++ 17.40 Uhr: Herzlich willkommen +++

Guten Abend und willkommen zu unserem Liveticker zur Landtagswahl in Brandenburg. Rund 2,1 Millionen Menschen waren aufgerufen, einen neuen Landtag zu wählen. Um 18 Uhr schließen die Wahllokale. Wir halten Sie hier den ganzen Abend über auf dem Laufenden.

Foto: Karin Lüders/dpa | Mehr zum Thema: Alle Ergebnisse aus den Wahlkreisen
""",
)

article(
    "dex20_03_sport_pressekonferenz", "de/regional-sport", "de",
    {"pavlovic": ["Dragan Pavlović", "Trainer Dragan Pavlović", "Pavlović", "er", "Er", "der Serbe", "Der Serbe", "der 51-Jährige"],
     "kessler": ["Sven Keßler", "Gäste-Trainer Sven Keßler", "Keßler", "er", "Er"],
     "brandt": ["Lukas Brandt", "Kapitän Lukas Brandt", "Brandt", "er", "Er", "der 29-Jährige"],
     "hoffmann": ["Martin Hoffmann", "Geschäftsführer Martin Hoffmann", "Hoffmann", "er", "Er"],
     "reporter": ["ein Reporter", "Reporter"],
     "verein": ["Verein", "aus dem Umfeld des Vereins", "Umfeld des Vereins", "der Verein", "Der Verein", "des Vereins"]},
    """
Nach der fünften Pleite in Serie: Pavlović stellt sich vor seine Spieler

Die Baskets verlieren auch gegen Ludwigsburg deutlich. Auf der Pressekonferenz wird es still, als es um die Zukunft des Trainers geht.

Von Tobias Lindner

Oldenburg. Als Dragan Pavlović am Sonntagabend den kleinen Presseraum unter der Tribüne betrat, hatte er die Statistik noch in der Hand. 71:89 hatten seine Baskets gegen Ludwigsburg verloren, es war die fünfte Niederlage in Serie. Der Trainer legte das Blatt umgedreht auf den Tisch. „{{q:direct:pavlovic:m0:c0|Die Zahlen muss ich mir heute nicht mehr anschauen. Ich habe das Spiel gesehen}}“, {{c:c0|sagte}} {{m:m0|er}}.

{{q:mixed:pavlovic:m1:c1|Seine Mannschaft habe in der ersten Halbzeit gut verteidigt, nach der Pause aber „jede Ordnung verloren“}}, {{c:c1|analysierte}} {{m:m1|der 51-Jährige}}. {{q:indirect:pavlovic:-:-|Ludwigsburg habe das mit seiner Erfahrung eiskalt bestraft}}. {{q:indirect:pavlovic:-:-|Vorwürfe an einzelne Spieler wolle er nicht machen}}. „{{q:direct:pavlovic:m2:c2|Wenn wir verlieren, verliere ich zuerst}}“, {{c:c2|sagte}} {{m:m2|Pavlović}}. „{{q:direct:pavlovic:m2:c2|Das ist mein Job, und den nehme ich sehr ernst.}}“

Zuvor hatte Gäste-Trainer Sven Keßler das Wort. {{m:m4|Er}} {{c:c4|lobte}} {{q:indirect?:kessler:m4:c4|die Intensität seiner Mannschaft}} und {{c:c3|nahm}} den Gastgeber in Schutz: „{{q:direct:kessler:m4:c3|Oldenburg hat Verletzungssorgen, das darf man nicht vergessen. In vier Wochen ist das hier eine andere Mannschaft.}}“ {{q:indirect:kessler:m5:c5|Man habe vor allem über die Rebounds gewonnen}}, {{c:c5|erklärte}} {{m:m5|Keßler}}. {{q:indirect:kessler:-:-|Seine Spieler hätten 14 Offensivrebounds geholt, das sei in der Bundesliga ein Ausrufezeichen}}.

Die Frage, die alle im Raum beschäftigte, kam erst ganz am Ende. {{q:indirect?:reporter:m12:c12|Ob er um seinen Job fürchte}}, {{c:c12|wollte}} {{m:m12|ein Reporter}} wissen. Pavlović antwortete knapp. {{q:indirect:pavlovic:-:-|Er habe einen Vertrag bis 2027 und denke nicht an einen Rücktritt}}. {{q:indirect:pavlovic:-:-|Über alles andere müssten andere entscheiden}}. Dann stand er auf und ging.

Diese anderen hielten sich am Abend bedeckt. {{m:m7|Geschäftsführer Martin Hoffmann}} {{c:c7|wies}} {{q:indirect?:hoffmann:m7:c7|Spekulationen über eine Trennung}} zurück. {{q:indirect:hoffmann:-:-|Man stehe hinter dem Trainer und habe die schwierige Phase nach den Verletzungen von zwei Leistungsträgern erwartet}}. „{{q:direct:hoffmann:m8:c8|Wir machen jetzt keine Panik}}“, {{c:c8|sagte}} {{m:m8|Hoffmann}}. Ganz so eindeutig klang das in Vereinskreisen nicht. {{q:mixed:verein:m9:c9|Sollte auch das Heimspiel gegen Würzburg am Mittwoch verloren gehen, werde man „die Lage neu bewerten“}}, {{c:c9|hieß}} es {{m:m9|aus dem Umfeld des Vereins}}.

Die Spieler wirkten nach dem Spiel ratlos. {{m:m10|Kapitän Lukas Brandt}} {{c:c10|räumte}} ein: „{{q:direct:brandt:m10:c10|Wir spielen im Moment mit angezogener Handbremse. Jeder hat Angst, den Fehler zu machen.}}“ {{q:indirect:brandt:m11:c11|Die Mannschaft stehe aber geschlossen hinter dem Trainer}}, {{c:c11|versicherte}} {{m:m11|der 29-Jährige}}. {{q:indirect:brandt:-:-|Am Training liege es nicht, eher an den Köpfen}}.

Die Statistik, die Pavlović nicht mehr anschauen wollte, zeigt ein klares Bild: In der zweiten Halbzeit trafen die Baskets nur vier von 21 Dreierversuchen. Ludwigsburg gewann das Rebound-Duell mit 46:29.

Oldenburg rutscht mit nun sieben Siegen und neun Niederlagen auf Platz elf ab. Gegen Würzburg fehlt weiterhin Center Jonas Okafor, der sich vor zwei Wochen am Knöchel verletzt hat. Sein Comeback ist frühestens für Anfang Februar geplant.

Bildunterschrift: Baskets-Trainer Dragan Pavlović auf der Pressekonferenz nach dem Spiel. Foto: Imago/Hauke-Christian Ditt
""",
)

article(
    "dex20_04_kommentar_radwege", "de/regional-kommentar", "de",
    {"ob": ["Heiko Brandes", "Oberbürgermeister Heiko Brandes", "Brandes", "der Oberbürgermeister", "Der Oberbürgermeister", "er", "Er"],
     "dezernentin": ["Anja Pohlmann", "Baudezernentin Anja Pohlmann", "Pohlmann", "sie", "Sie"],
     "adfc": ["ADFC", "Der ADFC", "der ADFC", "Fahrradclub"],
     "ihk": ["IHK", "Die IHK", "die IHK", "Industrie- und Handelskammer"],
     "haendler": ["Händler", "Einzelhändler", "Ein Einzelhändler aus der Altstadt", "ein Einzelhändler"],
     "kraft": ["Leonie Kraft", "Grünen-Fraktionschefin Leonie Kraft", "Kraft", "sie", "Sie"],
     "verwaltung": ["Verwaltung", "der Verwaltung", "die Verwaltung"]},
    """
Kommentar: Halbe Radwege sind keine Verkehrswende

Die Stadt feiert ihren neuen Radverkehrsplan. Doch wer ihn genau liest, findet vor allem Prüfaufträge.

Ein Kommentar von Claudia Reimers

Braunschweig. Wer in dieser Stadt mit dem Fahrrad zur Arbeit fährt, braucht starke Nerven. Radwege enden im Nichts, Lieferwagen parken auf Schutzstreifen, an der Hamburger Straße teilen sich Radfahrer und Fußgänger einen Gehweg, der kaum breiter ist als ein Kinderwagen. Das weiß jeder, der es einmal ausprobiert hat.

{{m:m0|Oberbürgermeister Heiko Brandes}} {{c:c0|sagt}} gern, {{q:mixed:ob:m0:c0|Auto- und Radfahrer müssten „miteinander statt gegeneinander“ unterwegs sein}}. Das klingt versöhnlich. Am Dienstag hat {{m:m1|er}} im Rat den neuen Radverkehrsplan vorgestellt und {{q:mixed:ob:m1:c1|ihn einen „großen Wurf“}} {{c:c1|genannt}}. {{q:indirect:ob:m2:c2|Bis 2030 sollten 80 Kilometer neue Radwege entstehen}}, {{c:c2|versprach}} {{m:m2|Brandes}}. {{q:indirect:ob:-:-|Die Stadt werde dafür jedes Jahr zehn Millionen Euro bereitstellen}}.

Das wäre tatsächlich ein Fortschritt. Nur steht davon wenig im Plan selbst. Von den 80 Kilometern sind gerade einmal 23 fest eingeplant, der Rest firmiert unter „Prüfaufträge“ und „mittelfristige Optionen“. {{m:m3|Baudezernentin Anja Pohlmann}} {{c:c3|räumte}} im Bauausschuss ein, {{q:indirect:dezernentin:m3:c3|dass das Geld für alle Projekte derzeit nicht reiche}}. {{q:indirect:dezernentin:-:-|Man müsse Prioritäten setzen}}. Ehrlicher kann man es kaum sagen.

{{m:m4|Der ADFC}} {{c:c4|fordert}} seit Jahren, {{q:indirect:adfc:m4:c4|die großen Achsen zuerst anzugehen, statt einzelne Lücken zu schließen}}. {{q:indirect:adfc:m5:c5|Ein Radweg, der nach 300 Metern ende, sei kein Angebot, sondern eine Gefahr}}, {{c:c5|heißt}} es in einer Stellungnahme {{m:m5|des Fahrradclubs}}. Dem ist wenig hinzuzufügen.

Die Gegenseite hat ihre eigenen Sorgen. {{m:m6|Die IHK}} {{c:c6|warnt}} davor, {{q:indirect:ihk:m6:c6|Parkplätze in der Innenstadt ersatzlos zu streichen}}. {{q:indirect:haendler:m7:c7|Wenn die Kunden nicht mehr vor die Tür fahren könnten, kämen sie gar nicht mehr}}, {{c:c7|sagt}} {{m:m7|ein Einzelhändler aus der Altstadt}}. Das ist eine verständliche Angst. Die Zahlen der Stadt zeigen allerdings, dass die meisten Kundinnen und Kunden in der Fußgängerzone mit Bus, Rad oder zu Fuß kommen.

Auch im Rat war die Zustimmung keineswegs einhellig. {{m:m10|Grünen-Fraktionschefin Leonie Kraft}} {{c:c10|warf}} der Verwaltung in der Debatte vor, {{q:mixed:kraft:m10:c10|den Radverkehr seit Jahren „auf die lange Bank“ zu schieben}}. {{q:indirect:kraft:m11:c11|Ihre Fraktion stimmte dem Plan dennoch zu, aus Mangel an Alternativen}}, wie {{m:m11|sie}} {{c:c11|sagte}}. Die CDU enthielt sich, die AfD stimmte dagegen.

Man könnte nun sagen: Immerhin tut sich etwas. Doch genau diese Haltung hat die Stadt dorthin gebracht, wo sie heute steht. Seit 2015 wurden drei Radverkehrspläne beschlossen, keiner wurde auch nur zur Hälfte umgesetzt. {{q:indirect:verwaltung:m8:c8|Es fehle an Personal in der Planung}}, {{c:c8|lautet}} die Begründung {{m:m8|der Verwaltung}} jedes Mal. Ob das die ganze Wahrheit ist, sei dahingestellt.

Was es bräuchte, ist kein weiterer Plan, sondern ein Zeitplan mit Namen, Summen und Fristen. {{m:m9|Brandes}} hat {{c:c9b|angekündigt}}, {{q:indirect:ob:m9:c9b|dem Rat im Frühjahr einen ersten Umsetzungsbericht vorzulegen}}. Daran wird er sich messen lassen müssen. Bis dahin gilt für alle, die morgens auf dem Rad sitzen: Helm auf und Augen offen.

Lesen Sie auch: Was der neue Radverkehrsplan für Ihren Stadtteil bedeutet
""",
)

article(
    "dex20_05_interview_bergrettung", "at/regional-qa-interview", "de",
    {"hofer": ["Markus Hofer", "Hofer", "er", "Er", "der 54-Jährige"],
     "redaktion": ["Bergbote", "Redaktion"],
     "bergrettung": ["Bergrettung", "die Organisation", "Die Bergrettung", "der Bergrettung", "Bergrettung Tirol"],
     "alpenverein": ["Alpenverein", "Der Alpenverein", "des Alpenvereins"]},
    """
„{{q:direct:hofer:-:-|Viele verwechseln den Berg mit einem Freizeitpark}}“

Der Sommer war für die Tiroler Bergrettung einer der einsatzreichsten seit Jahren. Landesleiter Markus Hofer über Turnschuhe am Gletscher, Handy-Akkus und die Frage, wer die Rettung bezahlen soll.

Interview: Verena Kathrein

Innsbruck. {{q:indirect:bergrettung:m0:c0|Mehr als 2100 Einsätze hat die Bergrettung in Tirol zwischen Juni und September gezählt}}, wie {{m:m0|die Organisation}} am Montag {{c:c0|bilanzierte}} – so viele wie noch nie in einem Sommer. {{q:indirect:bergrettung:m1:c1|Fast die Hälfte der Geretteten sei unverletzt gewesen, aber erschöpft oder orientierungslos}}, {{c:c1|heißt}} es in der Bilanz {{m:m1|der Bergrettung}}. Landesleiter Markus Hofer, seit 30 Jahren selbst im Einsatz, hat uns in der Landesleitstelle in Innsbruck empfangen.

{{m:m2|Bergbote}}: {{q:direct?:redaktion:m2:-|Herr Hofer, 2100 Einsätze in vier Monaten. Was ist da los?}}

{{m:m3|Hofer}}: {{q:direct:hofer:m3:-|Es sind einfach viel mehr Menschen am Berg als früher, und viele davon sind schlecht vorbereitet. Die Leute sehen ein Foto auf Instagram und wollen am nächsten Tag genau dort stehen. Ob der Weg dorthin sechs Stunden dauert und über einen Gletscher führt, steht unter dem Foto meistens nicht.}}

{{m:m4|Bergbote}}: {{q:direct?:redaktion:m4:-|Was ist der häufigste Fehler?}}

{{m:m5|Hofer}}: {{q:direct:hofer:m5:-|Die Zeit. Die Leute starten um elf Uhr zu einer Tour, für die man um sechs losgehen müsste. Dann kommt am Nachmittag das Gewitter, und sie stehen im Nebel am Grat. Und der Handy-Akku ist leer, weil sie den ganzen Tag gefilmt haben. Wir sagen immer: Die Taschenlampe am Handy ist keine Stirnlampe.}}

{{m:m6|Bergbote}}: {{q:direct?:redaktion:m6:-|Der Alpenverein fordert eine Art Führerschein für hochalpine Touren. Halten Sie das für sinnvoll?}}

{{m:m7|Hofer}}: {{q:direct:hofer:m7:-|Nein. Der Berg gehört allen, das ist auch gut so. Wir brauchen keine Prüfungen, sondern bessere Information, auf Deutsch, auf Englisch, auf Niederländisch, direkt an den Parkplätzen. Viele verwechseln den Berg mit einem Freizeitpark, in dem am Ende immer einer kommt und einen abholt.}}

{{m:m8|Bergbote}}: {{q:direct?:redaktion:m8:-|Wer zahlt diese Einsätze eigentlich?}}

{{m:m9|Hofer}}: {{q:direct:hofer:m9:-|Wer nicht versichert ist, zahlt selbst. Ein Hubschraubereinsatz kostet schnell 5000 Euro und mehr. Unsere Leute arbeiten ehrenamtlich, das muss man immer wieder sagen. Die stehen nachts um zwei auf, gehen in den Sturm hinaus und fahren am Morgen in die Arbeit.}}

{{m:m10|Bergbote}}: {{q:direct?:redaktion:m10:-|Finden Sie noch genug Freiwillige?}}

{{m:m11|Hofer}}: {{q:direct:hofer:m11:-|Noch ja. Aber es wird schwieriger, vor allem in den Tälern, wo die jungen Leute wegziehen. Wir haben heuer in drei Ortsstellen zu wenig Nachwuchs gehabt. Wenn das so weitergeht, werden wir irgendwann Einsätze nicht mehr in der Zeit schaffen, die wir uns vorgenommen haben.}}

{{m:m12|Der Alpenverein}} {{c:c12|verweist}} auf Anfrage darauf, {{q:indirect:alpenverein:m12:c12|dass ein Tourenschein nur für geführte Gruppen gedacht sei}}. {{q:indirect:alpenverein:-:-|Niemand wolle Einzelne vom Berg fernhalten}}. Die Zahlen der Bergrettung zeigen allerdings auch: Die Zahl der Einsätze wegen Erschöpfung hat sich seit 2019 fast verdoppelt.

Zur Person: Markus Hofer (54) ist gelernter Tischler und leitet seit 2018 die Bergrettung Tirol. Er lebt mit seiner Familie in Mayrhofen im Zillertal.
""",
)
