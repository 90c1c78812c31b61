# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 13: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex13 import article

article(
    "dex13_01_polizei_einbruch", "de/online-polizei", "de",
    {"polizei": ["Polizei", "Die Polizei", "Die Ermittler", "Ermittler", "Polizeipräsidium Mittelfranken", "ein Polizeisprecher", "Polizeisprecher Jonas Keller", "Keller"],
     "staatsanwaltschaft": ["Staatsanwaltschaft", "Die Staatsanwaltschaft Nürnberg-Fürth"],
     "nachbarin": ["Eine Nachbarin", "Nachbarin"]},
    """
Einbruchserie in Fürth: Polizei fasst mutmaßliche Täter

Foto: Daniel Karmann/dpa

Fürth. Nach einer Serie von Einbrüchen in Fürther Kellerabteile hat die Polizei zwei Männer festgenommen. {{q:indirect:polizei:m1:c1|Die beiden 24 und 31 Jahre alten Verdächtigen seien in der Nacht zum Dienstag auf frischer Tat ertappt worden}}, {{c:c1|teilte}} {{m:m1|das Polizeipräsidium Mittelfranken}} am Mittwoch mit. {{q:indirect:polizei:-:-|Sie hätten Werkzeug und mehrere Fahrräder bei sich gehabt}}.

Zeugen hatten gegen 2.30 Uhr verdächtige Geräusche in einem Mehrfamilienhaus in der Südstadt bemerkt und den Notruf gewählt. {{q:indirect:polizei:m2:c2|Die Streife sei wenige Minuten später vor Ort gewesen}}, {{c:c2|so}} {{m:m2|Polizeisprecher Jonas Keller}}. {{q:indirect:polizei:-:-|Einer der Männer habe noch versucht, über einen Hinterhof zu fliehen}}.

{{m:m3|Die Ermittler}} {{c:c3|gehen}} davon aus, dass {{q:indirect?:polizei:m3:c3|das Duo für mindestens 17 weitere Taten seit dem Sommer verantwortlich ist}}. Den Angaben {{m:m4|der Staatsanwaltschaft}} {{c:c4|zufolge}} {{q:indirect:staatsanwaltschaft:m4:c4|wurde gegen beide Haftbefehl erlassen}}.

„{{q:direct:nachbarin:m5:c5|Wir haben schon lange nichts mehr im Keller gelassen}}“, {{c:c5|erzählte}} {{m:m5|eine Nachbarin}}. {{m:m6|Die Polizei}} {{c:c6|rät}}, {{q:indirect:polizei:m6:c6|Kellertüren stets abzuschließen und verdächtige Beobachtungen sofort zu melden}}.
""",
)

article(
    "dex13_02_fussball_fortuna", "de/online-sport", "de",
    {"thiele": ["Marco Thiele", "Trainer Marco Thiele", "Thiele", "Der Fortuna-Trainer"],
     "yilmaz": ["Deniz Yilmaz", "Kapitän Deniz Yilmaz", "Yilmaz"],
     "vorstand": ["Sportvorstand Ralf Engel", "Ralf Engel", "Engel"]},
    """
Fortuna verliert in Kaiserslautern – Thiele: „{{q:direct:thiele:-:-|Das war zu wenig}}“

Düsseldorf. Fortuna Düsseldorf hat in der 2. Bundesliga den nächsten Rückschlag erlitten. Beim 1. FC Kaiserslautern verlor die Mannschaft am Samstag mit 0:2.

„{{q:direct:thiele:m1:c1|Wir sind gut reingekommen}}“, {{c:c1|sagte}} {{m:m1|Trainer Marco Thiele}} nach dem Spiel, „{{q:direct:thiele:m1:c1|aber nach dem ersten Gegentor war der Faden weg.}}“ {{m:m2|Der 46-Jährige}} {{c:c2|räumte}} ein, {{q:indirect:thiele:m2:c2|seine Aufstellung sei womöglich zu mutig gewesen}}. {{q:indirect:thiele:-:-|Er werde die Partie mit der Mannschaft in Ruhe aufarbeiten}}.

Kapitän Deniz Yilmaz nahm die Abwehr in Schutz. {{q:mixed:yilmaz:m4:c4|Man habe „als Team versagt, nicht als Einzelne“}}, {{c:c4|betonte}} {{m:m4|der Mittelfeldspieler}}.

Sportvorstand Ralf Engel stellte sich hinter den Trainer. {{q:indirect:vorstand:m6:c6|Eine Diskussion über Thiele werde es nicht geben}}, {{c:c6|versicherte}} {{m:m6|Engel}}. {{q:indirect:vorstand:-:-|Die Mannschaft habe in den vergangenen Wochen gezeigt, dass sie Rückschläge wegstecken könne}}.

Am kommenden Freitag empfängt die Fortuna den Karlsruher SC.
""",
)

article(
    "dex13_03_bundestag_rente", "de/online-bundestag", "de",
    {"kraus": ["Helena Kraus", "Arbeitsministerin Helena Kraus", "Kraus", "Die Ministerin"],
     "union": ["Die Union", "Union", "Unionsfraktion"],
     "becker": ["Stefan Becker", "Unions-Fraktionsvize Stefan Becker", "Becker"],
     "sozialverband": ["Sozialverband VdK", "VdK", "Der Sozialverband VdK", "VdK-Präsidentin Ute Bauer", "Ute Bauer"],
     "fraktionskreise": ["Fraktionskreisen"]},
    """
Rentenpaket: Kraus verteidigt Haltelinie im Bundestag

Berlin (dpa) - Im Streit um das Rentenpaket hat Arbeitsministerin Helena Kraus (SPD) die geplante Haltelinie beim Rentenniveau verteidigt. {{q:indirect:kraus:m1:c1|Wer ein Leben lang gearbeitet habe, müsse sich auf eine auskömmliche Rente verlassen können}}, {{c:c1|sagte}} {{m:m1|Kraus}} am Donnerstag im Bundestag. {{q:indirect:kraus:-:-|Die Finanzierung sei bis 2035 gesichert}}. {{q:indirect:kraus:-:-|Danach müsse man über einen höheren Bundeszuschuss reden}}.

{{m:m2|Unions-Fraktionsvize Stefan Becker}} (CDU) {{c:c2|warf}} der Ministerin vor, {{q:indirect:becker:m2:c2|die Lasten einseitig auf die junge Generation abzuwälzen}}. {{m:m3|Er}} {{c:c3|warnte}} davor, {{q:indirect:becker:m3:c3|die Beiträge bis 2040 auf über 22 Prozent steigen zu lassen}}. „{{q:direct:becker:m4:c4|Das ist nicht generationengerecht, das ist bequem}}“, {{c:c4|rief}} {{m:m4|Becker}} unter Beifall seiner Fraktion.

{{m:m5|VdK-Präsidentin Ute Bauer}} begrüßte das Paket grundsätzlich, {{c:c6|mahnte}} aber an, {{q:indirect:sozialverband:m5:c6|auch die Erwerbsminderungsrenten anzuheben}}.

Aus {{m:m7|Fraktionskreisen}} der SPD {{c:c7|hieß}} es, {{q:indirect:fraktionskreise:m7:c7|man rechne mit einer Verabschiedung noch vor der Sommerpause}}. Eine Umfrage des Instituts Forsa zeigt unterdessen, dass zwei Drittel der Deutschen eine Stabilisierung des Rentenniveaus befürworten.
""",
)

article(
    "dex13_04_interview_klinik", "de/online-interview", "de",
    {"vogt": ["Sandra Vogt", "Vogt", "Klinikchefin Sandra Vogt"],
     "redaktion": ["SZ"],
     "landratsamt": ["Landratsamt", "des Landratsamts"]},
    """
Klinikchefin Vogt: „{{q:direct:vogt:-:-|Wir können nicht jedes Haus retten}}“

Die Krankenhausreform trifft auch Oberbayern. Sandra Vogt leitet den Klinikverbund Inn-Salzach. Ein Gespräch über Schließungen, Personalnot und die Angst der Menschen auf dem Land.

Interview: Lena Hartmann

SZ: {{q:direct?:redaktion:-:-|Frau Vogt, in Ihrem Verbund soll eine Geburtsstation schließen. Wie erklären Sie das den Menschen vor Ort?}}

{{m:m1|Vogt}}: {{q:direct:vogt:m1:-|Ehrlich gesagt: Es ist schwer. Aber wir hatten im vergangenen Jahr dort nur 280 Geburten, das reicht nicht für eine sichere Versorgung rund um die Uhr.}}

SZ: {{q:direct?:redaktion:-:-|Kritiker sagen, die Reform werde auf dem Rücken des ländlichen Raums ausgetragen.}}

{{m:m2|Vogt}}: {{q:direct:vogt:m2:-|Das verstehe ich. Trotzdem ist ein gut ausgestattetes Zentrum in 25 Minuten besser als eine kleine Station, die nachts keinen Facharzt hat.}}

Sandra Vogt, 52, ist Ärztin und führt den Verbund seit 2021. {{c:c3|Nach Angaben}} {{m:m3|des Landratsamts}} {{q:indirect:landratsamt:m3:c3|versorgen die drei Häuser rund 250.000 Menschen}}.
""",
)

article(
    "dex13_05_lokal_schwimmbad", "de/online-lokal", "de",
    {"schuster": ["Petra Schuster", "Oberbürgermeisterin Petra Schuster", "Schuster", "Die Oberbürgermeisterin"],
     "stadtwerke": ["Stadtwerke", "Die Stadtwerke", "Ein Sprecher der Stadtwerke"],
     "initiative": ["Bürgerinitiative", "Die Bürgerinitiative „Rettet das Hallenbad“", "Initiative", "Sprecherin Anja Roth", "Anja Roth", "Roth"],
     "stadtrat": ["Grünen-Stadtrat Felix Bode", "Felix Bode", "Bode"]},
    """
Hallenbad Nord bleibt vorerst geschlossen

Von Maria Weiß

Göttingen. Das Hallenbad Nord wird auch im kommenden Winter nicht öffnen. {{q:indirect:stadtwerke:m1:c1|Die Sanierung des Dachs dauere länger als geplant, weil bei den Arbeiten Schadstoffe gefunden worden seien}}, {{c:c1|erklärte}} {{m:m1|ein Sprecher der Stadtwerke}} am Montag. {{q:indirect:stadtwerke:-:-|Mit einer Wiedereröffnung sei frühestens im Herbst 2027 zu rechnen}}.

Oberbürgermeisterin Petra Schuster (SPD) zeigte sich enttäuscht. „{{q:direct:schuster:m3:c3|Das ist für die Vereine und die Schulen ein harter Schlag}}“, {{c:c3|sagte}} {{m:m3|sie}}. {{q:indirect:schuster:-:-|Die Stadt prüfe, ob Schwimmkurse vorübergehend im Umland stattfinden könnten}}.

Die Bürgerinitiative „Rettet das Hallenbad“ kritisierte die Informationspolitik. {{q:indirect:initiative:m6:c6|Man habe von der Verzögerung aus der Zeitung erfahren}}, {{c:c6|beklagte}} {{m:m6|Sprecherin Anja Roth}}. {{m:m7|Grünen-Stadtrat Felix Bode}} {{c:c7|kündigte}} an, {{q:indirect:stadtrat:m7:c7|das Thema im nächsten Ausschuss auf die Tagesordnung zu setzen}}.

Ein Gutachten hatte bereits 2023 festgestellt, dass das Bad dringend saniert werden muss.
""",
)
