# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 9: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex9 import article

article(
    "dex9_01_bundestag_haushalt", "de/online-bundestag", "de",
    {"meinhardt": ["Konrad Meinhardt", "Finanzminister Konrad Meinhardt"],
     "oltmanns": ["Miriam Oltmanns", "die Grünen-Haushälterin Miriam Oltmanns"],
     "brandl": ["Heiko Brandl"],
     "spd": ["SPD-Fraktion", "der SPD-Fraktion"]},
    """
Haushaltsstreit: Meinhardt verteidigt Sparkurs

Von Tobias Ehrhardt, Berlin

Im Bundestag hat Finanzminister Konrad Meinhardt (FDP) den Entwurf für den Haushalt 2027 gegen scharfe Kritik aus der Opposition verteidigt. {{q:indirect:meinhardt:m1:c1|Die Schuldenbremse, {{c:c1|so}} {{m:m1|Meinhardt}}, sei kein Selbstzweck, sondern ein Versprechen an die nächste Generation}}. {{c:c2|Nach}} Worten {{m:m2|des Ministers}} {{q:indirect:meinhardt:m2:c2|sollen die Ausgaben für Verteidigung und Bildung trotz der Einsparungen steigen}}.

{{m:m3|Meinhardt}} {{c:c3|versicherte}}, {{q:indirect:meinhardt:m3:c3|an den Renten werde nicht gespart}}. {{q:indirect:meinhardt:-:-|Auch das Elterngeld bleibe unangetastet}}.

„{{q:direct:oltmanns:m4:c4|Dieser Haushalt ist auf Sand gebaut}}“, {{c:c4|hielt}} {{m:m4|die Grünen-Haushälterin Miriam Oltmanns}} dagegen. „{{q:direct:oltmanns:m4:c4|Wer heute bei der Bahn spart, zahlt morgen doppelt.}}“ {{m:m5|Sie}} {{c:c5|bezweifelte}}, dass {{q:indirect:oltmanns:m5:c5|die eingeplanten Steuermehreinnahmen tatsächlich kommen}}.

Zahlen des Statistischen Bundesamts zeigen allerdings, dass die Steuereinnahmen im dritten Quartal um 2,1 Prozent gestiegen sind.

Der haushaltspolitische Sprecher der Unionsfraktion, {{m:m6|Heiko Brandl}}, {{c:c6|zeigte sich überzeugt}}, dass {{q:indirect:brandl:m6:c6|der Etat vor dem Bundesverfassungsgericht keinen Bestand haben werde}}. {{q:indirect:brandl:-:-|Die Koalition verschiebe Milliarden in Sondervermögen, um die Regeln zu umgehen}}.

Aus {{m:m7|der SPD-Fraktion}} {{c:c7|hieß es}}, {{q:indirect:spd:m7:c7|man werde dem Entwurf nur mit Änderungen beim Klimafonds zustimmen}}. Die Abstimmung ist für Freitag geplant.
""",
)

article(
    "dex9_02_liveblog_unwetter", "de/online-liveblog", "de",
    {"bahn": ["ein Bahnsprecher", "Bahnsprecher", "Deutsche Bahn"],
     "dwd": ["DWD", "Deutscher Wetterdienst", "Der Deutsche Wetterdienst (DWD)", "der DWD"],
     "feuerwehr": ["Feuerwehr", "Werner Obermüller"],
     "obermueller": ["Werner Obermüller", "Kreisbrandrat Werner Obermüller"],
     "innen": ["ein Sprecher des Innenministeriums", "Innenministerium"],
     "falkner": ["Renate Falkner", "Oberbürgermeisterin Renate Falkner"]},
    """
Unwetter in Süddeutschland: Alle Entwicklungen im Liveblog

Foto: Stefan Puchner/dpa

+++ 18:42 Uhr: Bahn stellt Verkehr zwischen Ulm und Augsburg ein +++

Die Deutsche Bahn hat den Zugverkehr zwischen Ulm und Augsburg eingestellt. {{q:indirect:bahn:m1:c1|Umgestürzte Bäume blockierten an mehreren Stellen die Gleise}}, {{c:c1|teilte}} {{m:m1|ein Bahnsprecher}} mit. {{q:indirect:bahn:-:-|Wann die Strecke wieder frei sei, könne man noch nicht sagen}}.

+++ 18:15 Uhr: Feuerwehr: „{{q:direct:feuerwehr:-:-|Lage angespannt, aber unter Kontrolle}}“ +++

„{{q:direct:obermueller:m2:c2|Wir haben allein in der vergangenen Stunde mehr als 200 Einsätze gezählt}}“, {{c:c2|sagte}} {{m:m2|Kreisbrandrat Werner Obermüller}} dem Bayerischen Rundfunk. {{q:indirect:obermueller:-:-|Die meisten Keller seien inzwischen leergepumpt}}.

+++ 17:30 Uhr: Unwetterwarnung verlängert +++

Der Deutsche Wetterdienst (DWD) hat seine Unwetterwarnung für Oberschwaben bis Mitternacht verlängert. {{q:indirect:dwd:m3:c3|Örtlich seien Hagelkörner von bis zu fünf Zentimetern möglich}}, {{c:c3|teilte}} {{m:m3|der DWD}} mit.

+++ 16:55 Uhr: Bislang keine Toten +++

{{q:indirect:innen:m4:c4|Nach bisherigen Erkenntnissen ist bei den Unwettern niemand ums Leben gekommen}}. Das {{c:c4|bestätigte}} {{m:m4|ein Sprecher des Innenministeriums}} am Nachmittag. {{q:indirect:innen:-:-|Mindestens zwölf Menschen seien leicht verletzt worden, die meisten durch herabfallende Äste}}.

+++ 16:20 Uhr: Augsburg sagt Stadtfest ab +++

Die Stadt Augsburg hat das für das Wochenende geplante Stadtfest abgesagt. „{{q:direct:falkner:m5:c5|Die Sicherheit der Besucherinnen und Besucher geht vor}}“, {{c:c5|schrieb}} {{m:m5|Oberbürgermeisterin Renate Falkner}} auf Instagram. {{q:indirect:falkner:-:-|Ein Ersatztermin im September werde geprüft}}.
""",
)

article(
    "dex9_03_gericht_bankberater", "de/online-gericht", "de",
    {"angeklagter": ["Markus T.", "Der Angeklagte Markus T."],
     "wollny": ["Jan-Philipp Wollny", "Verteidiger Jan-Philipp Wollny"],
     "rentnerin": ["eine 81 Jahre alte Rentnerin aus Offenbach", "Rentnerin", "Eine der Geschädigten"],
     "staatsanwaltschaft": ["Staatsanwaltschaft", "Die Staatsanwaltschaft"],
     "renz": ["Claudia Renz", "Oberstaatsanwältin Claudia Renz"]},
    """
Prozess um veruntreute Kundengelder: Früherer Bankberater gesteht

Frankfurt/Main. Im Prozess um veruntreute Kundengelder vor dem Landgericht Frankfurt hat der Angeklagte ein umfassendes Geständnis abgelegt. {{m:m1|Der 46 Jahre alte Markus T.}} {{c:c1|räumte}} am zweiten Verhandlungstag ein, {{q:indirect:angeklagter:m1:c1|über sechs Jahre hinweg rund 2,3 Millionen Euro von den Konten älterer Kunden abgezweigt zu haben}}.

{{q:indirect:angeklagter:m2:c2|Er habe das Geld vor allem für Sportwetten ausgegeben}}, {{c:c2|ließ}} {{m:m2|er}} über seinen Verteidiger erklären. {{q:indirect:angeklagter:-:-|Die Scham sei größer als jede Strafe, die ihn erwarte}}. {{m:m3|Verteidiger Jan-Philipp Wollny}} {{c:c3|kündigte an}}, {{q:indirect:wollny:m3:c3|sein Mandant wolle den Schaden so weit wie möglich wiedergutmachen}}.

Die Ermittlungsakten belegen, dass T. bereits im Herbst 2019 erste Überweisungen gefälscht hatte.

{{m:m4|Eine der Geschädigten, eine 81 Jahre alte Rentnerin aus Offenbach,}} {{c:c4|schilderte}} im Zeugenstand, {{q:indirect:rentnerin:m4:c4|wie sie den Verlust erst bemerkte, als ihre Bankkarte am Automaten abgelehnt wurde}}. „{{q:direct:rentnerin:m5:c5|Ich habe ihm vertraut wie einem Sohn}}“, {{c:c5|sagte}} {{m:m5|die Frau}} mit zitternder Stimme.

{{m:m6|Die Staatsanwaltschaft}} {{c:c6|forderte}} {{q:indirect?:staatsanwaltschaft:m6:c6|eine Haftstrafe von fünf Jahren und sechs Monaten}}. {{m:m7|Oberstaatsanwältin Claudia Renz}} {{c:c7|hielt}} dem Angeklagten vor, {{q:indirect:renz:m7:c7|er habe gezielt das Vertrauen der Schwächsten ausgenutzt}}. Ein Urteil wird für kommende Woche erwartet.
""",
)

article(
    "dex9_04_wirtschaft_zulieferer", "de/online-wirtschaft", "de",
    {"unternehmen": ["Kessler Antriebstechnik", "das Unternehmen", "Der Autozulieferer Kessler Antriebstechnik"],
     "reinhold": ["Thomas Reinhold", "Vorstandschef Thomas Reinhold"],
     "igm": ["IG Metall", "Die IG Metall"],
     "hagen": ["Sandra Hagen", "Bezirksleiterin Sandra Hagen"],
     "wolf": ["Dieter Wolf", "Betriebsratschef Dieter Wolf"],
     "minister": ["Ludwig Aschenbrenner", "Bayerns Wirtschaftsminister Ludwig Aschenbrenner"]},
    """
Kessler Antriebstechnik streicht 1400 Stellen in Franken

Schweinfurt. Der Autozulieferer Kessler Antriebstechnik baut in Deutschland rund 1400 Arbeitsplätze ab. {{q:indirect:unternehmen:m1:c1|Betroffen seien vor allem die Werke in Schweinfurt und Bamberg}}, wie {{m:m1|das Unternehmen}} am Donnerstag {{c:c1|mitteilte}}. {{q:indirect:unternehmen:-:-|Der Abbau solle bis Ende 2028 möglichst sozialverträglich erfolgen}}.

{{m:m2|Vorstandschef Thomas Reinhold}} {{c:c2|begründete}} den Schritt damit, dass {{q:indirect:reinhold:m2:c2|die Nachfrage nach Elektroautos in Europa deutlich hinter den Erwartungen zurückbleibe}}. {{q:indirect:reinhold:-:-|Man habe alle Alternativen geprüft}}. Ein Konzernsprecher wollte sich zu möglichen Werksschließungen nicht äußern.

{{m:m3|Die IG Metall}} {{c:c3|kritisierte}} {{q:indirect?:igm:m3:c3|die Pläne scharf}}. {{m:m4|Bezirksleiterin Sandra Hagen}} {{c:c4|nannte}} {{q:mixed:hagen:m4:c4|den Abbau „einen Schlag ins Gesicht der Belegschaft“}}. „{{q:direct:wolf:m5:c5|Wir werden um jeden Arbeitsplatz kämpfen}}“, {{c:c5|sagte}} {{m:m5|Betriebsratschef Dieter Wolf}} vor dem Werkstor in Schweinfurt, wo sich am Mittag rund 800 Beschäftigte versammelt hatten.

{{m:m6|Bayerns Wirtschaftsminister Ludwig Aschenbrenner}} {{c:c6|appellierte}} an die Konzernführung, {{q:indirect:minister:m6:c6|den Standort Schweinfurt nicht aufzugeben}}. Die Aktie des Unternehmens legte nach der Ankündigung um knapp vier Prozent zu. Analysten hatten mit einem größeren Einschnitt gerechnet.
""",
)

article(
    "dex9_05_lokal_radweg", "de/online-lokal", "de",
    {"seidel": ["Katrin Seidel", "Baudezernentin Katrin Seidel"],
     "haendler": ["Einer der Händler", "ein Händler", "Händler"],
     "anwohner": ["Anwohner"],
     "gruen": ["Paul Mertens", "Grünen-Stadtrat Paul Mertens"],
     "adfc": ["ADFC", "Der Fahrradclub ADFC"]},
    """
Streit um Radweg in der Lindenstraße spaltet den Stadtrat

Göttingen. Der geplante Radweg in der Lindenstraße sorgt weiter für Ärger. In der Sitzung des Bauausschusses am Dienstagabend verteidigte Baudezernentin Katrin Seidel die Pläne der Verwaltung. {{m:m2|Sie}} {{c:c2|erinnerte}} daran, dass {{q:indirect:seidel:m2:c2|der Stadtrat den Radverkehrsplan bereits 2023 mit großer Mehrheit beschlossen habe}}.

{{m:m3|Seidel}} {{c:c3|räumte}} allerdings ein, dass {{q:indirect:seidel:m3:c3|rund 40 Parkplätze wegfallen würden}}. {{q:indirect:seidel:-:-|Für die Lieferfahrzeuge der Geschäfte wolle man eigene Ladezonen einrichten}}.

Bei den Geschäftsleuten in der Straße kommt das nicht gut an. {{m:m4|Einer der Händler, der seinen Namen nicht in der Zeitung lesen möchte,}} {{c:c4|sagte}}: „{{q:direct:haendler:m4:c4|Wenn die Kunden nicht mehr vor der Tür parken können, bleiben sie weg. So einfach ist das.}}“ {{m:m5|Anwohner}} {{c:c5|klagen}} seit Monaten, {{q:indirect:anwohner:m5:c5|dass die Stadt sie zu spät informiert habe}}.

{{m:m6|Grünen-Stadtrat Paul Mertens}} {{c:c6|entgegnete}}, {{q:indirect:gruen:m6:c6|die Straße sei schon heute für Radfahrer gefährlich}}. {{q:indirect:gruen:-:-|Allein im vergangenen Jahr habe es dort fünf Unfälle mit Verletzten gegeben}}. {{m:m7|Er}} {{c:c7|gab}} zu bedenken, dass {{q:indirect:gruen:m7:c7|jede weitere Verzögerung die Fördermittel des Landes gefährde}}.

{{m:m8|Der Fahrradclub ADFC}} {{c:c8|begrüßte}} {{q:indirect?:adfc:m8:c8|die Pläne}}. Der Stadtrat soll im November endgültig entscheiden.
""",
)

article(
    "dex9_06_fussball_pokal", "de/online-sport", "de",
    {"brenner": ["Uwe Brenner", "Trainer Uwe Brenner"],
     "kovac": ["Luka Kovačević", "Kapitän Luka Kovačević"],
     "sportdirektor": ["Martin Albers", "Sportdirektor Martin Albers"],
     "verein": ["Hansa Rostock", "der Verein", "Verein"]},
    """
Pokal-Aus in Unterzahl: Brenner hadert mit dem Schiedsrichter

Von Jens Kirchhoff

Rostock. Für Hansa Rostock ist der DFB-Pokal bereits in der zweiten Runde beendet. Nach einer umstrittenen Roten Karte verlor der Zweitligist am Mittwochabend mit 1:2 gegen den SC Paderborn.

„{{q:direct:brenner:m1:c1|Wir haben}}“, {{c:c1|sagte}} {{m:m1|Trainer Uwe Brenner}}, „{{q:direct:brenner:m1:c1|eine Stunde lang das bessere Spiel gemacht.}}“ {{q:indirect:brenner:m2:c2|Die Rote Karte gegen Innenverteidiger Tim Lauer sei eine klare Fehlentscheidung gewesen}}, {{c:c2|monierte}} {{m:m2|der 55-Jährige}}. {{q:indirect:brenner:-:-|So etwas dürfe in einem Pokalspiel nicht passieren, schon gar nicht mit Videobeweis}}.

Auf die Frage, ob seine Mannschaft nach dem dritten Pflichtspiel ohne Sieg in einer Krise stecke, {{c:c3|antwortete}} {{m:m3|Brenner}}: „{{q:direct:brenner:m3:c3|Nein. Wir haben eine junge Mannschaft, die lernen muss, solche Spiele über die Zeit zu bringen.}}“

Kapitän Luka Kovačević schwärmte dagegen von den Fans. {{q:indirect:kovac:m5:c5|Die Stimmung im Ostseestadion sei Gänsehaut pur gewesen}}, {{c:c5|sagte}} {{m:m5|der Kroate}}. {{q:indirect:kovac:-:-|Umso mehr tue es weh, die Zuschauer so nach Hause zu schicken}}.

{{m:m6|Sportdirektor Martin Albers}} {{c:c6|stellte}} klar: „{{q:direct:sportdirektor:m6:c6|Der Trainer steht nicht zur Diskussion.}}“ {{m:m7|Der Verein}} {{c:c7|teilte}} später mit, {{q:indirect:verein:m7:c7|man werde beim DFB eine Stellungnahme zur Roten Karte anfordern}}.
""",
)
