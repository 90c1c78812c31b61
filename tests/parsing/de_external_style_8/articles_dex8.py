# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 8: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex8 import article

article(
    "dex8_01_landtag_schulgesetz", "de/online-landtag", "de",
    {"brunner": ["Sabine Brunner", "Kultusministerin Sabine Brunner"],
     "albrecht": ["Jörg Albrecht", "Oppositionsführer Jörg Albrecht"],
     "gew": ["GEW", "Gewerkschaft Erziehung und Wissenschaft", "der Gewerkschaft Erziehung und Wissenschaft (GEW)"],
     "kessler": ["Anja Keßler", "Die Landesvorsitzende Anja Keßler"]},
    """
Heftiger Streit im Landtag um neues Schulgesetz

Hannover. Im niedersächsischen Landtag ist am Mittwoch ein heftiger Streit über das geplante Schulgesetz entbrannt. Kultusministerin Sabine Brunner (SPD) verteidigte die Reform. {{q:indirect:brunner:m1b:c1b|Das Gesetz sorge dafür, dass künftig an jeder Grundschule eine Sozialarbeiterin arbeite}}, {{c:c1b|sagte}} {{m:m1b|sie}}. {{q:indirect:brunner:-:-|Die Kosten von 120 Millionen Euro seien im Haushalt bereits eingeplant}}.

„{{q:direct:brunner:m2:c2|Wir lassen keine Schule allein}}“, {{c:c2|rief}} {{m:m2|Brunner}} unter dem Beifall der Regierungsfraktionen.

{{m:m3|Oppositionsführer Jörg Albrecht}} (CDU) {{c:c3|warf}} der Landesregierung vor, {{q:indirect:albrecht:m3:c3|die Schulen mit leeren Versprechen abzuspeisen}}. {{q:indirect:albrecht:-:-|Schon heute seien mehr als 1200 Lehrerstellen unbesetzt}}. {{q:indirect:albrecht:-:-|Anstatt neue Stellen zu schaffen, verschiebe die Ministerin das Problem nur}}.

„{{q:direct:albrecht:m4:c4|Dieses Gesetz ist ein Etikettenschwindel}}“, {{c:c4|sagte}} {{m:m4|Albrecht}}.

Auch von der Gewerkschaft Erziehung und Wissenschaft (GEW) kam Kritik. {{m:m6|Die Landesvorsitzende Anja Keßler}} {{c:c6|sagte}}, {{q:indirect:kessler:m6:c6|ohne zusätzliches Personal bleibe die Reform Papier}}.

Das Gesetz soll im Frühjahr verabschiedet werden.
""",
)

article(
    "dex8_02_bahn_streik", "de/online-streik", "de",
    {"gdl": ["GDL", "Die Lokführergewerkschaft GDL", "Gewerkschaft Deutscher Lokomotivführer"],
     "reuter": ["Frank Reuter", "GDL-Chef Frank Reuter"],
     "bahn": ["Deutsche Bahn", "Die Deutsche Bahn", "der Bahn", "Die Bahn"],
     "lindner": ["Carola Lindner", "Bahn-Personalvorständin Carola Lindner"],
     "pro_bahn": ["Pro Bahn", "Fahrgastverband Pro Bahn", "des Fahrgastverbands Pro Bahn"]},
    """
GDL ruft zu 48-Stunden-Streik auf – Millionen Pendler betroffen

Frankfurt/Main. Bahnreisende müssen sich ab Donnerstag erneut auf massive Einschränkungen einstellen. {{m:m1|Die Lokführergewerkschaft GDL}} {{c:c1|kündigte}} am Dienstag an, {{q:indirect:gdl:m1:c1|den Personenverkehr bundesweit für 48 Stunden zu bestreiken}}.

„{{q:direct:reuter:m2:c2|Die Bahn hat uns nach drei Verhandlungsrunden nichts vorgelegt, was den Namen Angebot verdient}}“, {{c:c2|sagte}} {{m:m2|GDL-Chef Frank Reuter}} in Frankfurt. {{q:indirect:reuter:-:-|Die Beschäftigten seien nicht länger bereit, Überstunden ohne Ausgleich zu leisten}}.

{{m:m3|Die Deutsche Bahn}} {{c:c3|bezeichnete}} den Streik als „{{q:direct:bahn:m3:c3|völlig unverhältnismäßig}}“. {{m:m4|Bahn-Personalvorständin Carola Lindner}} {{c:c4|sagte}}, {{q:indirect:lindner:m4:c4|das Unternehmen habe eine Lohnerhöhung von zehn Prozent angeboten}}. {{q:indirect:lindner:-:-|Die GDL verweigere sich jedem Kompromiss}}.

{{c:c5|Nach Angaben}} {{m:m5|der Bahn}} {{q:indirect:bahn:m5:c5|soll ein Notfahrplan etwa ein Fünftel der Fernzüge sichern}}. {{q:indirect:bahn:-:c5c|Im Regionalverkehr werde es je nach Region große Unterschiede geben}}, {{c:c5c|hieß es}}.

{{m:m6|Der Fahrgastverband Pro Bahn}} {{c:c6|forderte}} beide Seiten auf, {{q:indirect:pro_bahn:m6:c6|sich rasch auf eine Schlichtung zu einigen}}. „{{q:direct:pro_bahn:m7:c7|Die Fahrgäste sind die Leidtragenden dieses Machtkampfs}}“, {{c:c7|hieß es}} in einer Mitteilung {{m:m7|des Verbands}}.
""",
)

article(
    "dex8_03_klimabericht", "de/online-klima", "de",
    {"uba": ["Umweltbundesamt", "das Umweltbundesamt", "Das Umweltbundesamt", "UBA"],
     "hoffmann": ["Petra Hoffmann", "UBA-Präsidentin Petra Hoffmann"],
     "bericht": ["Bericht", "dem Bericht"],
     "schuster": ["Michael Schuster", "Klimaforscher Michael Schuster"]},
    """
Bericht: Deutschland verfehlt Klimaziel im Verkehr deutlich

Dessau. Deutschland wird seine Klimaziele im Verkehrssektor bis 2030 nach einem neuen Bericht deutlich verfehlen. {{q:indirect?:bericht:m1:c1|Die Emissionen von Autos und Lastwagen seien seit 2019 kaum gesunken}}, {{c:c1|heißt es in}} {{m:m1|dem Bericht}}, den das Umweltbundesamt am Montag vorlegte.

{{q:indirect?:bericht:m3:c3|Ohne zusätzliche Maßnahmen werde die Lücke bis 2030 auf rund 180 Millionen Tonnen CO2 anwachsen}}, {{c:c3|heißt es}} {{m:m3|in dem Bericht}} weiter.

{{m:m4|UBA-Präsidentin Petra Hoffmann}} {{c:c4|forderte}} die Bundesregierung auf, {{q:indirect:hoffmann:m4:c4|das Dienstwagenprivileg abzuschaffen und ein Tempolimit einzuführen}}. „{{q:direct:hoffmann:m5:c5|Wir wissen seit Jahren, was zu tun ist. Es fehlt allein am politischen Willen}}“, {{c:c5|sagte}} {{m:m5|Hoffmann}}.

{{m:m6|Klimaforscher Michael Schuster}} von der Universität Kassel {{c:c6|sagte}}, {{q:indirect:schuster:m6:c6|der Bericht bestätige, was Fachleute seit Langem befürchteten}}. {{q:indirect:schuster:-:-|Um die Lücke noch zu schließen, müsse der Ausbau der Schiene deutlich schneller vorankommen}}.

Das Verkehrsministerium wollte sich zunächst nicht äußern.
""",
)

article(
    "dex8_04_polizei_einbruch", "de/online-polizei", "de",
    {"polizei": ["Polizei", "die Polizei", "der Polizei"],
     "sprecher": ["Polizeisprecher", "Ein Polizeisprecher", "ein Polizeisprecher"],
},
    """
Einbrecher erbeuten Schmuck im Wert von 200.000 Euro

Karlsruhe. Unbekannte sind in der Nacht zu Samstag in ein Juweliergeschäft in der Karlsruher Innenstadt eingebrochen und haben Schmuck im Wert von rund 200.000 Euro erbeutet. {{q:indirect:polizei:m1:c1|Die Täter hätten gegen 3 Uhr die Schaufensterscheibe mit einem Gullydeckel eingeschlagen}}, wie {{m:m1|die Polizei}} am Sonntag {{c:c1|mitteilte}}.

{{c:c2|Nach Angaben}} {{m:m2|der Polizei}} {{q:indirect:polizei:m2:c2|flüchteten die Täter mit einem dunklen Kombi in Richtung Autobahn}}. Eine sofort eingeleitete Fahndung mit mehreren Streifenwagen und einem Hubschrauber blieb bis zum Morgen erfolglos.

{{q:indirect:sprecher:m3:c3|Die Vorgehensweise deute auf eine professionelle Bande hin}}, {{c:c3|sagte}} {{m:m3|ein Polizeisprecher}}. {{q:indirect:sprecher:-:-|Ähnliche Einbrüche habe es in den vergangenen Wochen in Mannheim und Heidelberg gegeben}}.

{{m:m4|Die Polizei}} {{c:c4|bittet}} Zeugen, {{q:indirect?:polizei:m4:c4|sich unter der Telefonnummer 0721 666-5555 zu melden}}. Die Staatsanwaltschaft prüft, ob ein Zusammenhang mit den anderen Taten besteht.
""",
)

article(
    "dex8_05_trainer_pressekonferenz", "de/online-sport", "de",
    {"krämer": ["Thomas Krämer", "Trainer Thomas Krämer"],
     "yilmaz": ["Deniz Yilmaz", "Kapitän Deniz Yilmaz"],
     "vogt": ["Ralf Vogt", "Sportdirektor Ralf Vogt"]},
    """
{{m:m0|Krämer}} nach Pleite: „{{q:direct:krämer:m0:-|Wir haben uns selbst geschlagen}}“

Bochum. Nach der dritten Niederlage in Folge hat Trainer Thomas Krämer auf der Pressekonferenz am Sonntag Fehler eingeräumt. {{q:indirect:krämer:m1b:c1|Seine Mannschaft habe in der ersten Halbzeit jede Ordnung verloren}}, {{c:c1|sagte}} {{m:m1b|der 52-Jährige}}. {{q:indirect:krämer:-:-|Dafür trage er als Trainer die Verantwortung}}.

„{{q:direct:krämer:m2:c2|Wir haben uns selbst geschlagen. Das ärgert mich mehr als jedes Gegentor}}“, {{c:c2|sagte}} {{m:m2|Krämer}}. {{q:indirect:krämer:-:-|Statt den Ball laufen zu lassen, habe man zu oft lange Bälle geschlagen}}.

Zu Spekulationen über seine Zukunft wollte sich Krämer nicht äußern. {{q:indirect:krämer:m4:c4|Er spüre weiter das Vertrauen der Vereinsführung}}, {{c:c4|betonte}} {{m:m4|er}}.

Sportdirektor Ralf Vogt stellte sich hinter den Trainer. {{q:indirect:vogt:m5b:c5b|Eine Trainerdiskussion gebe es nicht}}, {{c:c5b|sagte}} {{m:m5b|Vogt}}.

{{m:m6|Kapitän Deniz Yilmaz}} {{c:c6|sprach}} von „{{q:direct:yilmaz:m6:c6|einem Weckruf}}“. „{{q:direct:yilmaz:m7:c7|Jeder muss jetzt in den Spiegel schauen, ich zuerst}}“, {{c:c7|sagte}} {{m:m7|der Mittelfeldspieler}}.
""",
)
