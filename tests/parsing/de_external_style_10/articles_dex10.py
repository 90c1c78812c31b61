# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 10: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex10 import article

article(
    "dex10_01_interview_buergermeisterin", "de/online-interview", "de",
    {"interviewer": ["ZEIT ONLINE"],
     "hartmann": ["Claudia Hartmann", "Hartmann"]},
    """
Bürgermeisterin von Bautzen: „{{q:direct:hartmann:-:-|Wir sind keine Stadt der Extremisten}}“

Claudia Hartmann regiert seit zwei Jahren in Bautzen. Ein Gespräch über Hass im Netz, leere Ladenlokale und die Frage, warum sie trotzdem bleibt.

Interview: Felix Bergmann

Foto: Sebastian Kahnert/dpa

ZEIT ONLINE: {{q:direct?:interviewer:-:-|Frau Hartmann, Sie haben im Frühjahr Morddrohungen erhalten. Haben Sie daran gedacht, aufzuhören?}}

{{m:a1|Hartmann}}: {{q:direct:hartmann:a1:-|Einen Abend lang, ja. Dann habe ich mit meiner Familie gesprochen. Wer jetzt geht, überlässt denen das Feld, die am lautesten schreien.}}

ZEIT ONLINE: {{q:direct?:interviewer:-:-|Viele Menschen außerhalb Sachsens verbinden Bautzen vor allem mit rechten Aufmärschen.}}

{{m:a2|Hartmann}}: {{q:direct:hartmann:a2:-|Das ärgert mich. Wir haben hier eine aktive Zivilgesellschaft, Vereine, Kirchen, Unternehmen. Die schaffen es nur selten in die Tagesschau.}}

ZEIT ONLINE: {{q:direct?:interviewer:-:-|Was erwarten Sie von der Landesregierung in Dresden?}}

{{m:a3|Hartmann}}: {{q:direct:hartmann:a3:-|Dass sie uns nicht nur besucht, wenn etwas passiert ist. Wir brauchen Geld für die Innenstadt und für Jugendarbeit, und zwar dauerhaft, nicht als Projekt für zwei Jahre.}}

Zum Ende des Gesprächs {{c:c4|erzählt}} {{m:m4|Hartmann}}, dass {{q:indirect:hartmann:m4:c4|sie inzwischen wieder mit dem Fahrrad ins Rathaus fahre}}. Polizeischutz lehnt sie ab.
""",
)

article(
    "dex10_02_landtag_kita", "de/online-landtag", "de",
    {"elternverband": ["Landeselternverband", "Der Landeselternverband Kita", "Elternverband"],
     "schuster": ["Anke Schuster", "Familienministerin Anke Schuster"],
     "kritiker": ["Kritiker"],
     "eltern": ["Zahlreiche Eltern", "Eltern"],
     "weber": ["Lars Weber", "Der bildungspolitische Sprecher der Grünen, Lars Weber"],
     "afd": ["AfD-Fraktion", "Die AfD-Fraktion"]},
    """
„{{q:direct:elternverband:-:-|Das ist ein Skandal}}“ – Elternverband kritisiert Kita-Pläne scharf

Mainz. Die rheinland-pfälzische Landesregierung will den Betreuungsschlüssel in Kitas vorerst nicht verbessern. {{q:indirect:schuster:m1:c1|Die geplante Reform werde um zwei Jahre verschoben}}, {{c:c1|sagte}} {{m:m1|Familienministerin Anke Schuster}} (SPD) am Donnerstag im Landtag. {{q:indirect:schuster:-:-|Der Haushalt lasse derzeit keine zusätzlichen Ausgaben in dieser Größenordnung zu}}.

{{q:indirect:schuster:m2:c2|Die Verschiebung sei, {{c:c2|sagte}} {{m:m2|die Ministerin}}, keine Entscheidung gegen die Kinder, sondern eine Frage der Verantwortung}}. {{q:indirect:schuster:-:-|Man wolle nichts versprechen, was man nicht halten könne}}.

{{m:m3|Kritiker}} {{c:c3|werfen}} ihr vor, {{q:indirect:kritiker:m3:c3|das Problem seit Jahren vor sich herzuschieben}}. {{m:m4|Zahlreiche Eltern}} {{c:c4|beschwerten}} sich in den vergangenen Wochen, dass {{q:indirect:eltern:m4:c4|Gruppen wegen Personalmangels tageweise geschlossen blieben}}.

{{m:m5|Der bildungspolitische Sprecher der Grünen, Lars Weber,}} {{c:c5|forderte}}, dass {{q:indirect:weber:m5:c5|das Land wenigstens die Ausbildung von Erzieherinnen stärker fördert}}. {{q:indirect:weber:-:-|Die Koalition habe den Kitas jahrelang mehr Personal versprochen}}. „{{q:direct:weber:m6:c6|Jetzt bricht sie dieses Versprechen}}“, {{c:c6|so}} {{m:m6|Weber}}.

{{m:m7|Die AfD-Fraktion}} {{c:c7|sprach}} sich dafür aus, {{q:indirect:afd:m7:c7|die Zuständigkeit für die Kitas ganz an die Kommunen zu übertragen}}.

{{m:m8|Der Landeselternverband Kita}} {{c:c8|nannte}} {{q:mixed:elternverband:m8:c8|die Verschiebung „einen Skandal“}}. {{q:indirect:elternverband:-:-|Man werde nun Unterschriften für ein Volksbegehren sammeln}}.
""",
)

article(
    "dex10_03_polizei_demo", "de/online-polizei", "de",
    {"polizei": ["Polizei", "die Polizei", "ein Polizeisprecher"],
     "veranstalter": ["Veranstalter", "Veranstaltern"],
     "krueger": ["Jana Krüger", "Versammlungsleiterin Jana Krüger"],
     "anwohnerin": ["Eine Anwohnerin", "Anwohnerin"]},
    """
Tausende demonstrieren in Leipzig gegen Mietsteigerungen

Leipzig. Mehrere Tausend Menschen haben am Samstag in der Leipziger Innenstadt gegen steigende Mieten demonstriert. {{c:c1|Nach}} {{m:m1|Polizeiangaben}} {{q:indirect:polizei:m1:c1|zogen rund 4500 Teilnehmer vom Augustusplatz zum Neuen Rathaus}}. {{c:c2|Laut}} {{m:m2|Veranstaltern}} {{q:indirect:veranstalter:m2:c2|waren es mehr als 10.000}}.

Die Demonstranten skandierten „Wohnen ist ein Menschenrecht“ und trugen Transparente mit der Aufschrift „Miete frisst Rente“. {{q:indirect:polizei:m3:c3|Der Protest sei weitgehend friedlich verlaufen}}, wie {{m:m3|ein Polizeisprecher}} auf Anfrage {{c:c3|sagte}}. {{q:indirect:polizei:-:-|Am Rande seien zwei Männer vorläufig festgenommen worden, die Pyrotechnik gezündet hätten}}. Den Angaben {{c:c4|zufolge}} {{q:indirect:polizei:-:c4|wurde niemand verletzt}}.

{{m:m5|Versammlungsleiterin Jana Krüger}} {{c:c5|sprach}} sich dafür aus, {{q:indirect:krueger:m5:c5|einen landesweiten Mietendeckel nach Berliner Vorbild einzuführen}}. „{{q:direct:krueger:m6:c6|Wer heute in Leipzig eine Wohnung sucht, zahlt ein Drittel mehr als vor fünf Jahren}}“, {{c:c6|rief}} {{m:m6|sie}} den Teilnehmern zu.

{{m:m7|Eine Anwohnerin}}, die das Geschehen vom Balkon aus verfolgte, {{c:c7|sagte}}, {{q:indirect:anwohnerin:m7:c7|sie unterstütze das Anliegen, finde den Lärm aber übertrieben}}.

Daten des Mietervereins zeigen, dass die Angebotsmieten in Leipzig seit 2019 um 31 Prozent gestiegen sind.
""",
)

article(
    "dex10_04_wirtschaft_inflation", "de/online-wirtschaft", "de",
    {"destatis": ["Statistisches Bundesamt", "Das Statistische Bundesamt", "Destatis"],
     "kessel": ["Martin Kessel", "Der Präsident des Ifo-Instituts, Martin Kessel"],
     "okonomen": ["Ökonomen"],
     "baumann": ["Ulrike Baumann", "EZB-Ratsmitglied Ulrike Baumann"],
     "bundesbank": ["Bundesbank", "Die Bundesbank"],
     "vzbv": ["Verbraucherzentrale Bundesverband", "vzbv", "Der Verbraucherzentrale Bundesverband (vzbv)"]},
    """
Inflation steigt wieder auf 2,9 Prozent

Wiesbaden. Die Inflation in Deutschland hat im Oktober wieder angezogen. {{q:indirect:destatis:m1:c1|Die Verbraucherpreise lagen um 2,9 Prozent über dem Vorjahresmonat}}, {{c:c1|teilte}} {{m:m1|das Statistische Bundesamt}} am Mittwoch nach einer ersten Schätzung mit. {{q:indirect:destatis:-:-|Vor allem Lebensmittel und Dienstleistungen hätten sich verteuert}}.

{{m:m2|Der Präsident des Ifo-Instituts, Martin Kessel,}} {{c:c2|sagte}} dem „Handelsblatt“, {{q:indirect:kessel:m2:c2|der Anstieg sei vorübergehend und gehe vor allem auf Sondereffekte bei den Energiepreisen zurück}}. {{q:indirect:kessel:-:-|Spätestens im Frühjahr dürfte die Teuerung wieder unter die Marke von zwei Prozent fallen}}.

{{m:m3|Ökonomen}} {{c:c3|erwarten}}, dass {{q:indirect?:okonomen:m3:c3|die Europäische Zentralbank ihre Zinsen im Dezember dennoch unverändert lässt}}. {{m:m4|EZB-Ratsmitglied Ulrike Baumann}} {{c:c4|schloss}} am Rande einer Konferenz in Frankfurt allerdings nicht aus, dass {{q:indirect:baumann:m4:c4|die Notenbank im Frühjahr erneut handeln müsse}}.

{{m:m5|Die Bundesbank}} {{c:c5|geht}} davon aus, dass {{q:indirect?:bundesbank:m5:c5|die Inflation im Jahresdurchschnitt bei 2,4 Prozent liegen wird}}.

{{m:m6|Der Verbraucherzentrale Bundesverband (vzbv)}} {{c:c6|mahnte}}, {{q:indirect:vzbv:m6:c6|die Bundesregierung dürfe Haushalte mit geringem Einkommen nicht aus dem Blick verlieren}}. „{{q:direct:vzbv:m7:c7|Wer jeden Euro zweimal umdrehen muss, spürt jeden Preisanstieg sofort}}“, {{c:c7|hieß}} es in einer Mitteilung {{m:m7|des Verbands}}.
""",
)

article(
    "dex10_05_bundesliga_spiel", "de/online-sport", "de",
    {"seifert": ["Daniel Seifert", "Trainer Daniel Seifert"],
     "oduya": ["Samuel Oduya", "Oduya"],
     "mertens": ["Jonas Mertens", "Kapitän Jonas Mertens"],
     "gaestecoach": ["Thomas Reiter", "Gästetrainer Thomas Reiter"]},
    """
Oduya schießt Mainz zum Heimsieg gegen Augsburg

Mainz. Der 1. FSV Mainz 05 hat seine Siegesserie in der Bundesliga ausgebaut. Gegen den FC Augsburg gewannen die Rheinhessen am Sonntag mit 2:0. Samuel Oduya (23) traf in der 34. und 71. Minute.

„{{q:direct:seifert:m1:c1|Wir wollten}}“, {{c:c1|so}} {{m:m1|Trainer Daniel Seifert}}, „{{q:direct:seifert:m1:c1|von Beginn an mutig auftreten.}}“ {{q:indirect:seifert:m2:c2|Das sei der Mannschaft über weite Strecken gelungen}}, {{c:c2|meinte}} {{m:m2|der 44-Jährige}} lapidar.

Doppeltorschütze {{m:m3|Oduya}} {{c:c3|gab}} nach dem Spiel bei Sky zu Protokoll: „{{q:direct:oduya:m3:c3|Beim zweiten Tor habe ich gar nicht lange überlegt. Ich habe einfach draufgehalten.}}“

Auch {{m:m4|Kapitän Jonas Mertens}} {{c:c4|lobte}} {{q:indirect?:mertens:m4:c4|den jungen Stürmer}}. {{q:indirect:mertens:m5:c5|Oduya arbeite im Training härter als jeder andere}}, {{c:c5|sagte}} {{m:m5|der Innenverteidiger}}. {{q:indirect:mertens:-:-|Dass er jetzt belohnt werde, freue die ganze Mannschaft}}.

{{m:m6|Gästetrainer Thomas Reiter}} ärgerte sich über die Chancenverwertung: „{{q:direct:gaestecoach:m6:-|Wir hatten drei hundertprozentige Möglichkeiten und machen keine rein. So gewinnst du in dieser Liga kein Spiel.}}“
""",
)

article(
    "dex10_06_gericht_urteil", "de/online-gericht", "de",
    {"richter": ["Andreas Vollmer", "Der Vorsitzende Richter Andreas Vollmer"],
     "kammer": ["Kammer", "der Kammer", "Gericht"],
     "anwalt": ["Ralf Hoffmeister", "Verteidiger Ralf Hoffmeister"],
     "staatsanwaltschaft": ["Staatsanwaltschaft", "Die Staatsanwaltschaft"],
     "mutter": ["Die Mutter des Opfers", "Mutter"]},
    """
Tödlicher Unfall bei illegalem Autorennen: Haftstrafe für 26-Jährigen

Köln. Das Kölner Landgericht hat einen 26 Jahre alten Mann wegen eines tödlichen Autorennens zu fünf Jahren Haft verurteilt. Der Angeklagte Stefan W. nahm das Urteil am Dienstag regungslos auf.

{{m:m1|Der Vorsitzende Richter Andreas Vollmer}} {{c:c1|begründete}} das Urteil damit, dass {{q:indirect:richter:m1:c1|der Angeklagte den Tod eines Unbeteiligten billigend in Kauf genommen habe}}. {{c:c2|Nach}} Überzeugung {{m:m2|der Kammer}} {{q:indirect:kammer:m2:c2|fuhr W. in der Innenstadt mit mehr als 140 Kilometern pro Stunde}}. {{q:indirect:richter:-:-|Ein solches Verhalten sei durch nichts zu rechtfertigen}}.

{{m:m3|Die Staatsanwaltschaft}} hatte {{q:indirect?:staatsanwaltschaft:m3:c3|sieben Jahre Haft}} {{c:c3|gefordert}}. {{m:m4|Verteidiger Ralf Hoffmeister}} {{c:c4|kündigte}} an, {{q:indirect?:anwalt:m4:c4|Revision einzulegen}}. {{q:indirect:anwalt:m5:c5|Sein Mandant habe nicht mit Vorsatz gehandelt}}, {{c:c5|sagte}} {{m:m5|er}} vor dem Gerichtssaal.

{{m:m6|Die Mutter des Opfers}}, die das Verfahren als Nebenklägerin verfolgt hatte, {{c:c6|sagte}} nach der Verhandlung: „{{q:direct:mutter:m6:c6|Kein Urteil der Welt bringt mir meinen Sohn zurück. Aber heute wurde wenigstens ausgesprochen, was er getan hat.}}“
""",
)
