# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 12: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex12 import article

article(
    "dex12_01_liveblog_streik", "de/online-liveblog", "de",
    {"verdi": ["Verdi", "Die Gewerkschaft Verdi", "Verdi-Sprecher", "ein Verdi-Sprecher", "Verdi-Angaben"],
     "ott": ["Sabine Ott", "Verhandlungsführerin Sabine Ott"],
     "bahn": ["Bahn", "Die Deutsche Bahn", "Ein Bahnsprecher"],
     "wissing": ["Carola Wendt", "Verkehrsministerin Carola Wendt"],
     "pendlerin": ["Eine Pendlerin", "Pendlerin"],
     "fahrgastverband": ["Fahrgastverband Pro Bahn", "Pro Bahn"]},
    """
Warnstreik im Nahverkehr: Das Wichtigste im Überblick

+++ 06:12 Uhr: Busse und Bahnen stehen in weiten Teilen Bayerns still +++

Die Gewerkschaft Verdi hat ihre Mitglieder in München, Nürnberg und Augsburg zu einem ganztägigen Warnstreik aufgerufen. {{q:mixed:verdi:m2:c2|Die Beteiligung sei „außergewöhnlich hoch“}}, {{c:c2|teilte}} {{m:m2|ein Verdi-Sprecher}} am Morgen mit.

+++ 07:40 Uhr: Bahn rechnet mit vollen Regionalzügen +++

{{m:m3|Ein Bahnsprecher}} {{c:c3|wies}} darauf hin, dass {{q:indirect:bahn:m3:c3|die S-Bahn in München nicht bestreikt werde}}. {{q:indirect:bahn:-:-|Wegen des Andrangs müsse man aber mit Verspätungen rechnen}}.

+++ 08:55 Uhr: Pendler reagieren gelassen +++

„{{q:direct:pendlerin:m4:c4|Ich fahre heute halt mit dem Rad, das ist eh gesünder}}“, {{c:c4|sagte}} {{m:m4|eine Pendlerin}} am Münchner Hauptbahnhof dem BR. Andere zeigten weniger Verständnis.

+++ 10:20 Uhr: Ministerin ruft zu Einigung auf +++

{{m:m5|Bayerns Verkehrsministerin Carola Wendt}} (CSU) {{c:c5|appellierte}} an beide Seiten, {{q:indirect:wissing:m5:c5|schnell an den Verhandlungstisch zurückzukehren}}. {{q:indirect:wissing:m6:c6|Streiks auf dem Rücken der Pendler seien kein Mittel, das Vertrauen schaffe}}, {{c:c6|schrieb}} {{m:m6|Wendt}} auf der Plattform X.

+++ 12:05 Uhr: Verdi kündigt weitere Streiks an +++

{{c:c7|Nach}} {{m:m7|Verdi-Angaben}} {{q:indirect:verdi:m7:c7|beteiligten sich bis zum Mittag rund 8000 Beschäftigte}}. {{m:m8|Verhandlungsführerin Sabine Ott}} {{c:c8|drohte}} mit {{q:indirect?:ott:m8:c8|weiteren Ausständen}}: „{{q:direct:ott:m8:c8|Wenn die Arbeitgeber nicht nachlegen, war das erst der Anfang.}}“

+++ 13:30 Uhr: Fahrgastverband kritisiert beide Seiten +++

Der {{m:m10|Fahrgastverband Pro Bahn}} {{c:c10|forderte}}, {{q:indirect:fahrgastverband:m10:c10|Streiks künftig mindestens drei Tage vorher anzukündigen}}. {{q:indirect:fahrgastverband:-:-|Viele Menschen hätten erst am Morgen erfahren, dass kein Bus kommt}}.
""",
)

article(
    "dex12_02_gericht_betrug", "de/online-gericht", "de",
    {"richterin": ["Ingrid Sommer", "Die Vorsitzende Richterin Ingrid Sommer", "Sommer"],
     "angeklagter": ["Der Angeklagte", "Thomas K.", "Angeklagte", "Der als Thomas K. angeklagte Mann"],
     "verteidiger": ["Felix Rauch", "Sein Verteidiger Felix Rauch", "Rauch"],
     "staatsanwalt": ["Der Staatsanwalt", "Staatsanwalt", "Die Staatsanwaltschaft"],
     "opfer": ["Eine 81-Jährige", "Eine der Geschädigten", "die Rentnerin"]},
    """
Enkeltrick-Betrüger muss für fünf Jahre in Haft

Köln. Das Landgericht Köln hat einen 29-Jährigen wegen gewerbsmäßigen Betrugs in 14 Fällen zu fünf Jahren Haft verurteilt. {{q:indirect:richterin:m1:c1|Der Angeklagte habe gezielt alte und allein lebende Menschen ausgesucht und ihre Hilflosigkeit schamlos ausgenutzt}}, {{c:c1|sagte}} {{m:m1|die Vorsitzende Richterin Ingrid Sommer}} in der Urteilsbegründung. {{q:indirect:richterin:-:-|Der Schaden liege bei mehr als 230.000 Euro}}.

{{m:m2|Der als Thomas K. angeklagte Mann}} hatte zu Prozessbeginn über seinen Verteidiger Felix Rauch {{c:c2|erklären}} lassen, {{q:indirect:angeklagter:m2:c2|er sei nur als Abholer tätig gewesen und habe die Hintermänner nie getroffen}}. Dem schenkte die Kammer keinen Glauben.

{{m:m3|Eine 81-Jährige}} hatte im Zeugenstand {{c:c3|geschildert}}, wie {{q:indirect:opfer:m3:c3|ein angeblicher Polizist sie am Telefon über Stunden unter Druck gesetzt habe}}. „{{q:direct:opfer:m4:c4|Ich habe mich danach nicht mehr ans Telefon getraut}}“, {{c:c4|sagte}} {{m:m4|die Rentnerin}}.

{{m:m5|Der Staatsanwalt}} hatte {{q:indirect?:staatsanwalt:m5:c5|sechs Jahre}} {{c:c5|gefordert}}. {{m:m6|Er}} {{c:c6|sprach}} von einem „{{q:direct:staatsanwalt:m6:c6|System, das auf Angst gebaut ist}}“. {{m:m7|Rauch}} {{c:c7|kündigte}} nach der Verhandlung {{q:indirect?:verteidiger:m7:c7|Revision}} an. {{q:indirect:verteidiger:m8:c8|Die Strafe sei angesichts des Geständnisses seines Mandanten deutlich zu hoch}}, {{c:c8|befand}} {{m:m8|der Anwalt}}.

Das Urteil ist noch nicht rechtskräftig.
""",
)

article(
    "dex12_03_landtag_schule", "de/online-landtag", "de",
    {"brenner": ["Katja Brenner", "Kultusministerin Katja Brenner"],
     "gew": ["GEW", "Die Bildungsgewerkschaft GEW"],
     "lehrerverband": ["Philologenverband", "Der Philologenverband"],
     "opposition": ["Die Opposition", "Opposition"],
     "hoffmann": ["Daniel Hoffmann", "FDP-Fraktionschef Daniel Hoffmann"]},
    """
Handyverbot an Schulen: Brenner verteidigt Pläne im Landtag

Stuttgart. Kultusministerin Katja Brenner (Grüne) hat das geplante Handyverbot an Grundschulen gegen Kritik verteidigt. {{q:indirect:brenner:m2:c2|Kinder bräuchten Räume, in denen sie nicht ständig erreichbar seien}}, {{c:c2|sagte}} {{m:m2|die Ministerin}} am Mittwoch im Stuttgarter Landtag. {{q:indirect:brenner:-:-|Die Schulen sollten selbst entscheiden, wie sie das Verbot umsetzen}}. {{m:m3|Sie}} {{c:c3|unterstrich}}: „{{q:direct:brenner:m3:c3|Es geht nicht um Strafe, es geht um Konzentration.}}“

{{m:m4|FDP-Fraktionschef Daniel Hoffmann}} {{c:c4|hielt}} dagegen, {{q:indirect:hoffmann:m4:c4|ein pauschales Verbot gehe an der Lebenswirklichkeit der Familien vorbei}}. {{q:indirect:hoffmann:-:-|Viele Eltern wollten ihre Kinder auf dem Schulweg erreichen können}}.

{{c:c5|Nach Ansicht}} der {{m:m5|Bildungsgewerkschaft GEW}} {{q:indirect:gew:m5:c5|ist das Verbot zwar richtig, kommt aber ohne zusätzliches Personal nicht an}}. {{m:m6|Der Philologenverband}} {{c:c6|begrüßte}} {{q:indirect?:lehrerverband:m6:c6|den Vorstoß}}.

Eine Studie der Universität Tübingen hatte im Frühjahr ergeben, dass Grundschüler ohne Handy in den Pausen mehr miteinander spielen.
""",
)

article(
    "dex12_04_wirtschaft_gruenderin", "de/online-wirtschaft", "de",
    {"albrecht": ["Miriam Albrecht", "Albrecht", "Gründerin Miriam Albrecht"],
     "handelsverband": ["Handelsverband", "Der Handelsverband HDE", "HDE"],
     "investor": ["Ein Investor", "Investor", "Ein Berliner Investor"]},
    """
Gründerin: „{{q:direct:albrecht:-:-|Wir wachsen lieber langsam}}“

Das Berliner Unternehmen Rückwerk repariert gebrauchte Haushaltsgeräte und verkauft sie weiter. Gründerin Miriam Albrecht über Kapital, Kunden und den Preiskampf mit großen Plattformen.

Von Tobias Kranz

Berlin. {{m:m1|Miriam Albrecht}} {{c:c1|hält}} nichts davon, {{q:indirect:albrecht:m1:c1|mit Risikokapital in wenigen Jahren auf Hunderte Mitarbeiter zu wachsen}}. „{{q:direct:albrecht:m2:c2|Wir haben gesehen, wie schnell solche Firmen wieder verschwinden}}“, {{c:c2|sagt}} {{m:m2|die 38-Jährige}} im Gespräch mit dieser Zeitung. Rückwerk beschäftigt derzeit 42 Menschen in einer Halle in Lichtenberg.

{{q:indirect:albrecht:m3:c3|Das Geschäft trage sich seit dem vergangenen Jahr selbst}}, {{c:c3|betont}} {{m:m3|Albrecht}}. {{c:c4|Nach eigenen Worten}} {{q:indirect:albrecht:-:c4|hat sie drei Angebote von Investoren abgelehnt}}. Ein Berliner Investor, der anonym bleiben will, bestätigte das. {{q:indirect:investor:-:-|Die Gründerin habe sehr genaue Vorstellungen, das mache Verhandlungen schwierig}}.

Der Markt für wiederaufbereitete Geräte wächst. {{c:c6|Laut}} {{m:m6|Handelsverband HDE}} {{q:indirect:handelsverband:m6:c6|gaben die Deutschen im vergangenen Jahr rund 1,8 Milliarden Euro dafür aus}}. {{m:m7|Albrecht}} {{c:c7|sieht}} darin {{q:indirect?:albrecht:m7:c7|erst den Anfang}}. {{q:indirect:albrecht:m8:c8|Die meisten Menschen wüssten gar nicht, dass sich eine Reparatur fast immer lohne}}, {{c:c8|meint}} {{m:m8|sie}}.
""",
)
