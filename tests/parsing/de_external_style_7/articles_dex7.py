# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 7: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex7 import article

article(
    "dex7_01_bundestag_mietpreisbremse", "de/online-bundestag", "de",
    {"oswald": ["Katrin Oswald", "Bauministerin Katrin Oswald"],
     "heindl": "Markus Heindl",
     "winkler": ["Lea Winkler", "Die Grünen-Abgeordnete Lea Winkler"],
     "mieterbund": ["Deutscher Mieterbund", "des Deutschen Mieterbunds", "Mieterbund"],
     "fdp": ["FDP-Fraktion", "Die FDP-Fraktion", "FDP"]},
    """
Bundestag streitet über Verlängerung der Mietpreisbremse

Berlin. Der Bundestag hat am Donnerstag hitzig über die Verlängerung der Mietpreisbremse debattiert. Bauministerin Katrin Oswald (SPD) verteidigte den Entwurf. {{q:indirect:oswald:m1:c1|Ohne die Bremse würden die Mieten in den Großstädten weiter explodieren}}, {{c:c1|sagte}} {{m:m1|Oswald}}. {{q:indirect:oswald:-:-|Die Regierung lasse Mieterinnen und Mieter nicht im Stich}}.

„{{q:direct:oswald:m2:c2|Wer jetzt die Bremse lockert, verrät die Krankenschwester in München und den Busfahrer in Hamburg}}“, {{c:c2|rief}} {{m:m2|sie}} in Richtung der Union.

Der wohnungspolitische Sprecher der Unionsfraktion, {{m:m3|Markus Heindl}} (CSU), {{c:c3|hielt dagegen}}. {{q:indirect:heindl:m3:c3|Die Mietpreisbremse habe in zehn Jahren keine einzige neue Wohnung geschaffen}}. {{q:indirect:heindl:-:-|Statt zu bauen, verwalte die Regierung den Mangel}}.

„{{q:direct:heindl:m4:c4|Sie bekämpfen das Fieber und ignorieren die Krankheit}}“, {{c:c4|sagte}} {{m:m4|Heindl}}.

{{m:m5|Die Grünen-Abgeordnete Lea Winkler}} {{c:c5|warf}} der Union vor, {{q:indirect:winkler:m5:c5|sich auf die Seite der Vermieter zu stellen}}.

{{c:c6|Nach Angaben}} {{m:m6|des Deutschen Mieterbunds}} {{q:indirect:mieterbund:m6:c6|zahlen Haushalte in Großstädten im Schnitt 31 Prozent ihres Einkommens für die Miete}}.

{{m:m7|Die FDP-Fraktion}} {{c:c7|kündigte an}}, {{q:indirect:fdp:m7:c7|dem Gesetz nur mit einer Befristung auf zwei Jahre zuzustimmen}}. Die Abstimmung ist für Dezember geplant.
""",
)

article(
    "dex7_02_landgericht_testzentren", "de/online-gericht", "de",
    {"sturm": ["Gabriele Sturm", "die Vorsitzende Richterin Gabriele Sturm"],
     "brenner": ["Tobias Brenner", "Sein Verteidiger Tobias Brenner"],
     "sta": ["Staatsanwaltschaft", "Ein Sprecher der Behörde", "Anklage"]},
    """
Betrug mit Corona-Tests: Landgericht verurteilt Betreiber zu Haftstrafe

Augsburg. Das Landgericht Augsburg hat den früheren Betreiber mehrerer Corona-Testzentren zu vier Jahren und drei Monaten Haft verurteilt. {{q:indirect:sturm:m1:c1|Der 46-Jährige habe rund 2,3 Millionen Euro für Tests abgerechnet, die nie stattgefunden hätten}}, {{c:c1|sagte}} {{m:m1|die Vorsitzende Richterin Gabriele Sturm}} bei der Urteilsbegründung. {{q:mixed:sturm:-:-|Er habe die Notlage in der Pandemie „skrupellos ausgenutzt“}}.

{{c:c2|Laut}} {{m:m2|Anklage}} {{q:indirect?:sta:m2:c2|meldete der Mann an manchen Tagen mehr Tests, als die Station in 24 Stunden hätte durchführen können}}. Der Angeklagte hatte zu Prozessbeginn ein Teilgeständnis abgelegt.

{{m:m3|Sein Verteidiger Tobias Brenner}} {{c:c3|kündigte an}}, {{q:indirect:brenner:m3:c3|Revision einzulegen}}. „{{q:direct:brenner:m4:c4|Das Urteil ist deutlich zu hart}}“, {{c:c4|sagte}} {{m:m4|Brenner}} nach der Verhandlung. {{q:indirect:brenner:-:-|Sein Mandant habe einen Großteil des Geldes bereits zurückgezahlt}}.

Die Staatsanwaltschaft hatte fünf Jahre gefordert. {{m:m5|Ein Sprecher der Behörde}} {{c:c5|sagte}}, {{q:indirect:sta:m5:c5|man prüfe ebenfalls ein Rechtsmittel}}. Das Urteil ist noch nicht rechtskräftig.
""",
)

article(
    "dex7_03_hochwasser_mosel", "de/online-wetter", "de",
    {"lfu": ["Landesamt für Umwelt", "das Landesamt für Umwelt", "Landesamt"],
     "dwd": ["Deutscher Wetterdienst", "Dem Deutschen Wetterdienst", "DWD"],
     "albrecht": ["Jens Albrecht", "Oberbürgermeister Jens Albrecht"],
     "stadt": ["Stadt", "ein Sprecher der Stadt", "Stadt Trier"],
     "reinert": ["Helga Reinert", "Anwohnerin Helga Reinert"],
     "stadtwerke": ["Stadtwerke", "Die Stadtwerke"]},
    """
Hochwasser an der Mosel: Pegel in Trier steigt weiter

Trier. Die Lage an der Mosel spitzt sich zu. {{q:indirect:lfu:m1:c1|Der Pegel in Trier werde voraussichtlich bis Samstagmittag auf 8,40 Meter steigen}}, {{c:c1|teilte}} {{m:m1|das Landesamt für Umwelt}} am Freitag mit. {{m:m2|Dem Deutschen Wetterdienst}} (DWD) {{c:c2|zufolge}} {{q:indirect:dwd:m2:c2|soll der Regen erst in der Nacht zum Sonntag nachlassen}}.

In der Trierer Altstadt stehen die ersten Keller unter Wasser. {{m:m3|Oberbürgermeister Jens Albrecht}} {{c:c3|rief}} die Anwohner auf, {{q:indirect:albrecht:m3:c3|Autos aus tiefer gelegenen Straßen zu entfernen}}. „{{q:direct:albrecht:m4:c4|Wir sind gut vorbereitet, aber wir nehmen die Lage sehr ernst}}“, {{c:c4|sagte}} {{m:m4|Albrecht}}.

{{q:indirect:stadt:m5:c5|Die Feuerwehr habe bislang rund 200 Einsätze gezählt}}, {{c:c5|sagte}} {{m:m5|ein Sprecher der Stadt}}. {{q:indirect:stadt:-:-|Verletzt worden sei niemand}}.

Anwohnerin Helga Reinert steht mit Gummistiefeln vor ihrem Haus im Stadtteil Zurlauben. „{{q:direct:reinert:m6:c6|2021 hatten wir das Wasser bis zur ersten Stufe. Heute ist es schon drüber}}“, {{c:c6|sagt}} {{m:m6|die 68-Jährige}}. {{q:indirect:reinert:m7:c7|Ihre Möbel habe sie schon in den ersten Stock getragen}}, {{c:c7|erzählt}} {{m:m7|sie}}.

{{m:m8|Die Stadtwerke}} {{c:c8|teilten mit}}, {{q:indirect:stadtwerke:m8:c8|die Trinkwasserversorgung sei nicht gefährdet}}.
""",
)

article(
    "dex7_04_konjunktur_stagnation", "de/online-wirtschaft", "de",
    {"oekonomen": ["Ökonomen"],
     "lindner": ["Stefan Lindner", "Ifo-Konjunkturchef Stefan Lindner"],
     "hagedorn": ["Peter Hagedorn", "Der Chefvolkswirt der Nordbank"],
     "imk": ["Institut für Makroökonomie", "des Instituts für Makroökonomie", "IMK"],
     "werth": ["Sabine Werth", "IMK-Direktorin Sabine Werth"],
     "bmwk": ["Bundeswirtschaftsministerium", "Das Bundeswirtschaftsministerium"]},
    """
Konjunktur: Ökonomen erwarten Stagnation im Winter

Frankfurt. {{q:indirect?:oekonomen:m1:c1|Die deutsche Wirtschaft dürfte {{m:m1|Ökonomen}} {{c:c1|zufolge}} auch im Winterhalbjahr kaum wachsen}}. Das Münchner Ifo-Institut senkte am Dienstag seine Prognose für das kommende Jahr auf 0,4 Prozent.

„{{q:direct:lindner:m2:c2|Die Industrie steckt in einer strukturellen Krise, nicht in einer Delle}}“, {{c:c2|sagte}} {{m:m2|Ifo-Konjunkturchef Stefan Lindner}}. {{q:indirect:lindner:m3:c3|Vor allem die Autobranche und die Chemie litten unter hohen Energiekosten und schwacher Nachfrage aus China}}, {{c:c3|erklärte}} {{m:m3|er}}.

{{m:m4|Der Chefvolkswirt der Nordbank}}, Peter Hagedorn, {{c:c4|sagte}}, {{q:indirect:hagedorn:m4:c4|er rechne frühestens im Frühjahr mit einer Erholung}}. Den Einzelhandel sieht er dagegen stabil.

{{c:c5|Nach Einschätzung}} {{m:m5|des Instituts für Makroökonomie}} (IMK) {{q:indirect:imk:m5:c5|ist die Lage weniger düster}}. IMK-Direktorin Sabine Werth verwies auf steigende Reallöhne. {{q:indirect:werth:m6:c6|Die Kaufkraft der Haushalte werde im kommenden Jahr spürbar zunehmen}}, {{c:c6|sagte}} {{m:m6|Werth}}.

{{m:m7|Das Bundeswirtschaftsministerium}} {{c:c7|teilte mit}}, {{q:mixed:bmwk:m7:c7|man sehe „erste Lichtblicke“ in den Auftragseingängen}}.
""",
)

article(
    "dex7_05_portraet_baeckerin", "de/online-portraet", "de",
    {"anja": ["Anja Petzold"],
     "uwe": ["Uwe Petzold", "Uwe", "Ihr Mann Uwe"],
     "hwk": ["Handwerkskammer Dresden", "Die Handwerkskammer Dresden", "Handwerkskammer"]},
    """
Die Bäckerin, die nicht aufgibt

Görlitz. Um halb vier Uhr morgens ist Anja Petzold schon seit einer Stunde in der Backstube. Seit 22 Jahren führt sie die Bäckerei in der Görlitzer Altstadt, die schon ihr Großvater gegründet hat.

{{q:indirect:anja:m1:c1|Ans Aufhören habe sie nie gedacht}}, {{c:c1|sagt}} {{m:m1|Petzold}}. {{q:indirect:anja:-:-|Auch nicht im vergangenen Winter, als sich die Stromrechnung verdreifacht habe}}. {{q:indirect:anja:-:-|Damals habe sie zwei Wochen lang nachts wach gelegen}}. {{q:indirect:anja:-:-|Ihre Mitarbeiter hätten ihr schließlich geraten, die Preise zu erhöhen}}. „{{q:direct:anja:m2:c2|Das war die schwerste Entscheidung meines Berufslebens}}“, {{c:c2|sagt}} {{m:m2|sie}}.

{{q:indirect:anja:m3:c3|Die Kundschaft habe es verstanden}}, {{c:c3|erzählt}} {{m:m3|Petzold}}. {{q:indirect:anja:-:-|Nur wenige seien weggeblieben}}.

Ihr Mann Uwe, der die Buchhaltung macht, sieht das nüchterner. {{q:indirect:uwe:m4:c4|Ohne die Stammkunden aus dem Viertel gäbe es den Laden längst nicht mehr}}, {{c:c4|meint}} {{m:m4|er}}.

{{q:indirect:anja:m5:c5|Der Nachwuchs sei das größte Problem}}, {{c:c5|sagt}} {{m:m5|Anja Petzold}}. {{q:indirect:anja:-:-|Seit drei Jahren habe sich kein einziger Lehrling beworben}}.

{{m:m6|Die Handwerkskammer Dresden}} {{c:c6|bestätigt}} den Trend: {{q:indirect:hwk:m6:c6|Die Zahl der Bäckerlehrlinge in Sachsen sei seit 2015 um fast die Hälfte gesunken}}.
""",
)

article(
    "dex7_06_fussball_derby", "de/online-sport", "de",
    {"strobel": ["Michael Strobel", "Hannovers Trainer Michael Strobel"],
     "berger": ["Niklas Berger", "Braunschweigs Kapitän Niklas Berger"],
     "vogt": ["Daniel Vogt", "Eintracht-Coach Daniel Vogt"],
     "aydin": ["Leon Aydin", "Hannovers Torschütze Leon Aydin"]},
    """
Derby-Pleite: Hannover-Trainer schimpft über Elfmeter

Hannover. Nach dem 1:2 im Niedersachsen-Derby gegen Eintracht Braunschweig hat Hannovers Trainer Michael Strobel den Schiedsrichter scharf kritisiert. „{{q:direct:strobel:m1:c1|Das war nie im Leben ein Elfmeter}}“, {{c:c1|sagte}} {{m:m1|Strobel}} nach dem Spiel. {{q:indirect:strobel:-:-|Sein Team habe über 90 Minuten das Spiel gemacht und sei am Ende für einen Fehler bestraft worden}}.

Braunschweigs Kapitän Niklas Berger sah das naturgemäß anders. „{{q:direct:berger:m2:c2|Ich habe den Kontakt gespürt, das war ein klarer Elfer}}“, {{c:c2|sagte}} {{m:m2|der 29-Jährige}}, der den Strafstoß in der 84. Minute selbst verwandelt hatte.

Eintracht-Coach Daniel Vogt lobte die Moral seiner Mannschaft. „{{q:direct:vogt:m3:c3|Wir waren nicht das bessere Team, aber wir haben gekämpft}}“, {{c:c3|gab}} {{m:m3|Vogt}} zu.

{{m:m4|Hannovers Torschütze Leon Aydin}} {{c:c4|sprach}} von einem „{{q:direct:aydin:m4:c4|bitteren Abend}}“. {{q:indirect:aydin:m5:c5|Man müsse jetzt schnell den Kopf freibekommen}}, {{c:c5|sagte}} {{m:m5|der Stürmer}}.

Am Sonntag empfängt Hannover den Karlsruher SC.
""",
)
