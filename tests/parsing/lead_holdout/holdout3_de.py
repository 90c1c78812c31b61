# ruff: noqa: E501  (article prose: one paragraph a line)
# German articles of the lead's third holdout batch (twelfth session): an Austrian and a Swiss story.
# Original, invented prose; every person and company is fictional (real places and institutions only as
# setting). Written and annotated before the parser was run on them; kept from every helper.
from build_holdout3 import article

article(
    "hold3_de_01_at_budget", "holdout3/at-apa-budget", "de",
    {"hofbauer": ["Lukas Hofbauer"],
     "poelzl": ["Karin Pölzl"],
     "fiskalrat": ["Fiskalrat"],
     "lindner": ["Herwig Lindner"],
     "kanzleramt": ["Kanzleramt"],
     "aigner": ["Markus Aigner"]},
    """
Budget: Regierung will 2,4 Milliarden Euro einsparen

Wien (APA) - Finanzminister Lukas Hofbauer (ÖVP) will im kommenden Jahr 2,4 Milliarden Euro einsparen. {{q:indirect:hofbauer:m1:c1|Ohne Einschnitte werde das Defizit auch 2027 über der Maastricht-Grenze von drei Prozent liegen}}, {{c:c1|sagte}} {{m:m1|Hofbauer}} am Mittwoch nach dem Ministerrat. {{q:indirect:hofbauer:-:-|Man habe sich deshalb auf Kürzungen bei Förderungen und in der Verwaltung geeinigt}}. {{q:indirect:hofbauer:-:-|Pensionen und Familienbeihilfe seien nicht betroffen}}.

„{{q:direct:hofbauer:m2:c2|Wir sparen nicht bei den Menschen, sondern im System}}“, {{c:c2|betonte}} {{m:m2|der Minister}}. Die Länder sollen einen Teil der Einsparungen tragen.

Die Opposition reagierte mit scharfer Kritik. {{m:m3|SPÖ-Budgetsprecherin Karin Pölzl}} {{c:c3|warf}} der Regierung vor, {{q:indirect:poelzl:m3:c3|die Gemeinden mit den Kosten allein zu lassen}}. {{q:indirect:poelzl:m4:c4|Schon jetzt könnten viele Gemeinden ihre Kindergärten kaum noch finanzieren}}, {{c:c4|so}} {{m:m4|Pölzl}}.

{{c:c5|Laut}} {{m:m5|Fiskalrat}} {{q:indirect:fiskalrat:m5:c5|fehlen trotz des Pakets im kommenden Jahr rund 1,5 Milliarden Euro}}. {{q:indirect:lindner:m6:c6|Ohne Reformen bei Pensionen und Gesundheit sei das Defizit nicht dauerhaft zu senken}}, {{c:c6|erklärte}} {{m:m6|Fiskalrats-Präsident Herwig Lindner}} im Ö1-Morgenjournal.

{{q:indirect:kanzleramt:m7:c7|Über weitere Schritte werde im Frühjahr mit den Sozialpartnern verhandelt}}, {{c:c7|hieß es}} aus {{m:m7|dem Kanzleramt}}.

Die Wirtschaftskammer begrüßte das Paket grundsätzlich. {{q:indirect:aigner:m9:c9|Die Senkung der Lohnnebenkosten dürfe aber nicht erneut auf die lange Bank geschoben werden}}, {{c:c9|forderte}} {{m:m9|Generalsekretär Markus Aigner}}.

{{m:m10|Hofbauer}} {{c:c10|kündigte}} an, {{q:indirect:hofbauer:m10:c10|das Budget Mitte Oktober im Nationalrat vorzulegen}}. „{{q:direct:hofbauer:m11:c11|Das wird kein angenehmes Budget, aber ein ehrliches}}“, {{c:c11|sagte}} {{m:m11|er}}.
""",
)

article(
    "hold3_de_02_ch_stellenabbau", "holdout3/ch-wirtschaft", "de",
    {"keller_ag": ["Keller Industrie", "Keller Industrie AG", "Keller"],
     "frei": ["Sabine Frei"],
     "unia": ["Unia", "Gewerkschaft Unia"],
     "mueller": ["Beat Müller"],
     "gisler": ["Thomas Gisler"],
     "baumann": ["Nadia Baumann"],
     "haendler": ["Händler"]},
    """
Maschinenbauer Keller streicht 400 Stellen in der Schweiz

Zürich - Der Winterthurer Maschinenbauer Keller Industrie AG baut in der Schweiz 400 Stellen ab. {{q:indirect:keller_ag:m1:c1|Grund seien der starke Franken und die schwache Nachfrage aus Deutschland}}, {{c:c1|teilte}} {{m:m1|das Unternehmen}} am Donnerstag mit. {{q:indirect:keller_ag:-:-|Betroffen seien vor allem die Werke in Winterthur und Arbon}}. {{q:indirect:keller_ag:-:-|Man werde das Konsultationsverfahren mit den Sozialpartnern umgehend aufnehmen}}.

„{{q:direct:frei:m2:c2|Dieser Schritt fällt uns ausserordentlich schwer}}“, {{c:c2|sagte}} {{m:m2|Konzernchefin Sabine Frei}} an einer Medienkonferenz. {{q:indirect:frei:m3:c3|Die Auftragseingänge seien im dritten Quartal um 18 Prozent eingebrochen}}, {{c:c3|erklärte}} {{m:m3|Frei}}. {{q:indirect:frei:-:-|Eine Besserung sei frühestens in der zweiten Jahreshälfte 2027 zu erwarten}}.

Wie {{m:m4|Frei}} weiter {{c:c4|ausführte}}, {{q:indirect:frei:m4:c4|sollen rund 150 Stellen in ein neues Werk in Tschechien verlagert werden}}.

{{m:m5|Die Gewerkschaft Unia}} {{c:c5|verlangte}}, dass {{q:indirect:unia:m5:c5|die Firma auf Entlassungen verzichtet und stattdessen Kurzarbeit beantragt}}. {{q:indirect:mueller:m6:c6|Der Franken sei eine bequeme Ausrede für jahrelange Fehler des Managements}}, {{c:c6|sagte}} {{m:m6|Unia-Sekretär Beat Müller}} der Nachrichtenagentur Keystone-SDA.

Der Kanton Zürich will die Betroffenen unterstützen. {{c:c7|Laut}} {{m:m7|Volkswirtschaftsdirektor Thomas Gisler}} {{q:indirect:gisler:m7:c7|stehen Mittel für Umschulungen und Weiterbildungen bereit}}.

Die Zahlen des Branchenverbands Swissmem zeigen, dass die Exporte der Branche seit Jahresbeginn um sieben Prozent gesunken sind.

„{{q:direct:baumann:m8:c8|Keller hat die Abhängigkeit vom deutschen Markt zu lange unterschätzt}}“, {{c:c8|schrieb}} {{m:m8|Nadia Baumann, Analystin der Zürcher Kantonalbank}}, in einem Kommentar. Die Aktie fiel bis zum Mittag um sechs Prozent. {{m:m9|Händlern}} {{c:c9|zufolge}} {{q:indirect:haendler:m9:c9|hatten viele Anleger mit einem noch grösseren Abbau gerechnet}}.

Foto: Keystone/Ennio Leanza
""",
)
