# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 6: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex6 import article

article(
    "dex6_01_landtag_geburtsstationen", "de/online-landespolitik", "de",
    {"minister": "Frank Leibold", "kaya": "Derya Kaya", "vollmer": "Bernd Vollmer",
     "kgnw": ["Krankenhausgesellschaft Nordrhein-Westfalen", "der Krankenhausgesellschaft Nordrhein-Westfalen", "Krankenhausgesellschaft"],
     "marx": "Ulrike Marx", "fdp": "Jens Hollmann"},
    """
Klinikreform: Minister verteidigt Aus für sieben Geburtsstationen

Die Landesregierung will kleine Kreißsäle auf dem Land schließen. Opposition und Hebammen laufen Sturm.

Düsseldorf. Im Streit um die Krankenhausreform hat NRW-Gesundheitsminister Frank Leibold (CDU) die geplante Schließung von sieben Geburtsstationen verteidigt. {{q:indirect:minister:m1:c1|Kleine Stationen könnten die nötige Qualität rund um die Uhr nicht mehr sicherstellen}}, {{c:c1|sagte}} {{m:m1|Leibold}} am Mittwoch im Landtag. {{q:indirect:minister:-:-|Es gehe nicht ums Sparen, sondern um die Sicherheit von Müttern und Neugeborenen}}. {{q:indirect:minister:-:-|Die Wege würden zwar länger, im Notfall stünden aber Rettungshubschrauber bereit}}. {{q:indirect:minister:-:-|Zudem solle jede betroffene Region eine Hebammenzentrale erhalten}}.

Betroffen sind vor allem ländliche Kreise im Sauerland und in Ostwestfalen.

Die SPD-Opposition sieht das völlig anders. „{{q:direct:kaya:m2:c2|Wer eine Geburtsstation schließt, schickt Schwangere im Winter über verschneite Landstraßen}}“, {{c:c2|sagte}} {{m:m2|die gesundheitspolitische Sprecherin Derya Kaya}}. {{m:m3|Sie}} {{c:c3|ist der Ansicht}}, dass {{q:indirect:kaya:m3:c3|das Land die Kliniken mit dem Personalmangel allein lässt}}.

Der Landrat des Hochsauerlandkreises, {{m:m4|Bernd Vollmer}} (CDU), hat gegenüber unserer Redaktion {{c:c4|erklärt}}, {{q:indirect:vollmer:m4:c4|der Kreis werde notfalls ein eigenes Gutachten in Auftrag geben}}. Damit stellt sich erstmals ein Parteifreund offen gegen den Minister.

{{c:c5|Nach Angaben}} {{m:m5|der Krankenhausgesellschaft Nordrhein-Westfalen}} {{q:indirect:kgnw:m5:c5|fehlen landesweit derzeit rund 600 Hebammen}}. {{q:indirect:kgnw:m6:c6|Viele Häuser könnten ihre Dienstpläne nur noch mit Honorarkräften füllen}}, {{c:c6|heißt es}} in {{m:m6|einem Positionspapier des Verbands}}.

„{{q:direct:marx:m7:c7|Wir warnen seit Jahren vor genau dieser Entwicklung}}“, {{c:c7|so}} {{m:m7|Ulrike Marx vom Landesverband der Hebammen}}. {{q:indirect:marx:-:-|Nun bekomme das Land die Quittung für eine verfehlte Personalpolitik}}.

Der Koalitionspartner FDP trägt die Pläne grundsätzlich mit. {{q:indirect:fdp:m8:c8|Man dürfe die Menschen im ländlichen Raum aber nicht mit langen Wegen allein lassen}}, {{c:c8|mahnte}} {{m:m8|der FDP-Abgeordnete Jens Hollmann}}. {{m:m9|Er}} {{c:c9|forderte}}, {{q:indirect:fdp:m9:c9|die Zahl der Rettungswagen in den betroffenen Kreisen deutlich zu erhöhen}}.

Der Landtag will im Januar abschließend über die Reform beraten.
""")

article(
    "dex6_02_blaulicht_einbruchserie", "de/online-polizei", "de",
    {"polizei": ["die Polizei", "Polizei", "das Polizeipräsidium Mittelfranken", "Polizeipräsidium Mittelfranken"],
     "sprecher": "Markus Feulner", "staatsanwaltschaft": ["Staatsanwaltschaft", "der Staatsanwaltschaft"],
     "nachbarin": ["eine Nachbarin", "Nachbarin"], "juwelier": "Cem Aksoy"},
    """
Einbruchserie in Fürth: Polizei nimmt zwei Verdächtige fest

Seit Wochen hatten Einbrecher in der Fürther Südstadt Schmuck und Bargeld erbeutet. Jetzt klickten die Handschellen.

Fürth. Nach einer Serie von mindestens 14 Wohnungseinbrüchen hat die Polizei in Fürth zwei Männer festgenommen. Wie {{m:m1|das Polizeipräsidium Mittelfranken}} am Montag {{c:c1|mitteilte}}, {{q:indirect:polizei:m1:c1|wurden die 27 und 31 Jahre alten Verdächtigen am Samstagabend in einer Wohnung in der Nürnberger Straße angetroffen}}. {{q:indirect:polizei:-:-|Beide seien der Polizei bereits wegen ähnlicher Delikte bekannt}}.

{{c:c2|Laut}} {{m:m2|Polizei}} {{q:indirect:polizei:m2:c2|stellten die Beamten bei der Durchsuchung Schmuck, mehrere Uhren und rund 8000 Euro Bargeld sicher}}. {{q:indirect:polizei:m3:c3|Ein Teil der Beute konnte bereits den Geschädigten zugeordnet werden}}, {{c:c3|heißt es}} in {{m:m3|der Pressemitteilung}}.

{{q:indirect:sprecher:m4:c4|Auf die Spur der Männer kamen die Ermittler durch den Hinweis einer aufmerksamen Nachbarin}}, {{c:c4|sagte}} {{m:m4|Polizeisprecher Markus Feulner}} auf Nachfrage. {{q:indirect:sprecher:-:-|Die Frau habe sich das Kennzeichen eines Transporters notiert, der mehrfach nachts vor Wohnhäusern gehalten habe}}. „{{q:direct:sprecher:m5:c5|Ohne solche Hinweise aus der Bevölkerung wären wir noch lange nicht so weit}}“, {{c:c5|betonte}} {{m:m5|Feulner}}.

{{m:m6|Der Staatsanwaltschaft}} {{c:c6|zufolge}} {{q:indirect:staatsanwaltschaft:m6:c6|sitzen beide Männer inzwischen in Untersuchungshaft}}. {{q:indirect:staatsanwaltschaft:-:-|Ob sie für weitere Einbrüche im Großraum Nürnberg infrage kämen, werde derzeit geprüft}}.

{{m:m7|Eine Nachbarin}}, die seit 30 Jahren in der Südstadt lebt, {{c:c7|erzählte}}, {{q:indirect:nachbarin:m7:c7|sie schließe ihre Tür inzwischen zweimal ab}}. {{q:indirect:nachbarin:-:-|Viele Ältere im Haus hätten sich kaum noch auf die Straße getraut}}.

Auch Juwelier Cem Aksoy, dessen Laden im Oktober aufgebrochen worden war, ist erleichtert. „{{q:direct:juwelier:m9:c8|Ich habe am Sonntag zum ersten Mal seit Wochen durchgeschlafen}}“, {{c:c8|sagte}} {{m:m9|der 52-Jährige}}. {{c:c10|Nach}} {{m:m10|seinen}} Angaben {{q:indirect:juwelier:m10:c10|fehlen ihm aber noch immer Uhren im Wert von rund 20.000 Euro}}.

{{m:m11|Die Polizei}} {{c:c11|bittet}} weitere mögliche Geschädigte, {{q:indirect?:polizei:m11:c11|sich unter der Telefonnummer 0911 2112-3333 zu melden}}.
""")

article(
    "dex6_03_wirtschaft_warnstreik_nahverkehr", "de/online-wirtschaft", "de",
    {"verdi": ["Verdi", "die Gewerkschaft Verdi", "Gewerkschaft"], "schaller": "Sabine Schaller",
     "vag": ["Dem Unternehmen", "Unternehmen", "die KVG", "KVG", "Kasseler Verkehrs-Gesellschaft"], "brenner": "Thomas Brenner",
     "pendler": "Lukas Reinholz", "oberbuergermeister": "Volker Hain"},
    """
Warnstreik legt Busse und Trams in Kassel lahm

Pendler müssen sich am Donnerstag auf massive Einschränkungen einstellen. Die Gewerkschaft droht mit weiteren Ausständen.

Kassel. Die Gewerkschaft Verdi hat die Beschäftigten der Kasseler Verkehrs-Gesellschaft (KVG) für Donnerstag zu einem ganztägigen Warnstreik aufgerufen. {{q:indirect:verdi:m1:c1|Busse und Straßenbahnen bleiben von Betriebsbeginn bis Betriebsschluss in den Depots}}, {{c:c1|teilte}} {{m:m1|Verdi}} am Dienstag mit.

{{q:indirect:schaller:m2:c2|Das Angebot der Arbeitgeber sei eine Provokation}}, {{c:c2|sagte}} {{m:m2|Verdi-Verhandlungsführerin Sabine Schaller}}. {{q:indirect:schaller:-:-|Die Beschäftigten arbeiteten seit Jahren am Limit, viele Stellen seien unbesetzt}}. {{q:indirect:schaller:-:-|Wer Fahrerinnen und Fahrer halten wolle, müsse sie anständig bezahlen}}. Die Gewerkschaft fordert 350 Euro mehr im Monat bei einer Laufzeit von zwölf Monaten.

{{m:m3|Schaller}} hat den Beschäftigten {{c:c3|versprochen}}, {{q:indirect:schaller:m3:c3|um einen Inflationsausgleich für alle Entgeltgruppen zu kämpfen}}. {{m:m4|Sie}} {{c:c4|warf}} den Arbeitgebern vor, {{q:indirect:schaller:m4:c4|die Verhandlungen bewusst in die Länge zu ziehen}}.

Die KVG weist das zurück. {{q:indirect:brenner:m5:c5|Das Unternehmen habe ein Angebot vorgelegt, das deutlich über dem Abschluss des Vorjahres liege}}, {{c:c5|erklärte}} {{m:m5|Personalvorstand Thomas Brenner}}. {{m:m6|Brenner}} ist nach eigenen Worten {{c:c6|der Ansicht}}, dass {{q:indirect:brenner:m6:c6|ein Streik vor der nächsten Verhandlungsrunde niemandem hilft}}. „{{q:direct:brenner:m7:c7|Am Ende zahlen die Fahrgäste die Zeche}}“, {{c:c7|sagte}} {{m:m7|er}}.

{{m:m8|Dem Unternehmen}} {{c:c8|zufolge}} {{q:indirect:vag:m8:c8|sind an einem normalen Werktag rund 120.000 Fahrgäste mit Bussen und Bahnen unterwegs}}. {{q:indirect:vag:-:c8b|Ein Notfahrplan sei nicht möglich}}, {{c:c8b|hieß es}}.

Für viele Pendler ist der Streik ärgerlich. {{m:m9|Lukas Reinholz}}, der täglich aus Vellmar in die Innenstadt fährt, {{c:c9|sagte}}, {{q:indirect:pendler:m9:c9|er habe Verständnis für die Fahrer, nehme aber nun das Auto}}. „{{q:direct:pendler:m10:c10|Parkplätze finde ich dann wohl erst am Stadtrand}}“, {{c:c10|meinte}} {{m:m10|der 34-Jährige}}.

{{m:m11|Oberbürgermeister Volker Hain}} (SPD) {{c:c11|appellierte}} an beide Seiten, {{q:indirect:oberbuergermeister:m11:c11|schnell an den Verhandlungstisch zurückzukehren}}. Die nächste Runde ist für den 14. März angesetzt.
""")

article(
    "dex6_04_gericht_pflegedienst", "de/online-gericht", "de",
    {"staatsanwaeltin": "Katrin Lübbers", "angeklagte": "Monika Sander",
     "verteidiger": "Hendrik Obermaier", "richter": "Jochen Wiesmann",
     "kasse": ["die AOK", "AOK", "der Kasse", "Kasse"], "anklage": ["Anklage", "die Anklage", "Staatsanwaltschaft"], "zeugin": ["eine frühere Mitarbeiterin", "Mitarbeiterin"]},
    """
Abrechnungsbetrug: Chefin eines Pflegedienstes vor Gericht

Fast eine Million Euro soll ein ambulanter Pflegedienst aus Oldenburg zu Unrecht kassiert haben. Die Angeklagte schweigt – vorerst.

Oldenburg. Vor dem Landgericht Oldenburg hat am Dienstag der Prozess gegen die Inhaberin eines ambulanten Pflegedienstes begonnen. {{m:m1|Staatsanwältin Katrin Lübbers}} {{c:c1|warf}} der 58-Jährigen vor, {{q:indirect:staatsanwaeltin:m1:c1|zwischen 2019 und 2023 Leistungen abgerechnet zu haben, die nie erbracht wurden}}. {{c:c2|Laut}} {{m:m2|Anklage}} {{q:indirect:anklage:m2:c2|ließ sie Pflegekräfte Einsätze bei Patienten dokumentieren, die zu diesem Zeitpunkt im Krankenhaus lagen oder bereits verstorben waren}}.

Die Angeklagte Monika Sander äußerte sich am ersten Verhandlungstag nicht zu den Vorwürfen. {{m:m3|Ihr Verteidiger Hendrik Obermaier}} {{c:c3|kündigte}} aber an, {{q:indirect?:verteidiger:m3:c3|seine Mandantin werde sich im Laufe des Verfahrens äußern}}. {{q:indirect:verteidiger:m4:c4|Die Anklage stütze sich im Wesentlichen auf die Aussagen zweier entlassener Mitarbeiterinnen}}, {{c:c4|sagte}} {{m:m4|Obermaier}}. {{q:indirect:verteidiger:-:-|Beide hätten ein Interesse daran, seiner Mandantin zu schaden}}.

{{m:m5|Eine frühere Mitarbeiterin}}, die als Zeugin geladen war, {{c:c5|schilderte}} dagegen, {{q:indirect:zeugin:m5:c5|sie sei mehrfach angewiesen worden, Hausbesuche einzutragen, die nicht stattgefunden hätten}}. „{{q:direct:zeugin:m6:c6|Wer nicht unterschrieben hat, bekam die schlechten Touren}}“, {{c:c6|sagte}} {{m:m6|die 41-Jährige}}. {{c:c7|Nach}} {{m:m7|ihren}} Angaben {{q:indirect:zeugin:m7:c7|wussten im Betrieb alle, dass die Zahlen nicht stimmten}}.

Die AOK, die den Schaden als Nebenklägerin geltend macht, hatte die Ermittlungen 2023 durch eine Anzeige ins Rollen gebracht. {{c:c9|Nach Angaben}} {{m:m9|der Kasse}} {{q:indirect:kasse:m9:c9|fielen die Abrechnungen auf, weil einzelne Pflegekräfte mehr als 20 Stunden am Tag im Einsatz gewesen sein sollen}}.

{{m:m10|Der Vorsitzende Richter Jochen Wiesmann}} {{c:c10|machte}} deutlich, dass {{q:indirect:richter:m10:c10|das Gericht jeden einzelnen Fall prüfen werde}}. {{q:indirect:richter:m11:c11|Das wird Zeit brauchen}}, {{c:c11|sagte}} {{m:m11|er}}. Die Kammer hat bis Ende Februar elf weitere Verhandlungstage angesetzt.

Im Fall einer Verurteilung drohen der Angeklagten bis zu zehn Jahre Haft.
""")

article(
    "dex6_05_ausland_wahl_polen", "de/online-ausland", "de",
    {"kandidat": "Tomasz Wierzbicki", "amtsinhaber": "Paweł Zieliński",
     "kommission": ["die Wahlkommission", "Wahlkommission"], "beobachter": ["OSZE-Wahlbeobachter", "OSZE", "der OSZE"],
     "politologin": "Agnieszka Nowicka", "regierungssprecher": ["ein Sprecher der Bundesregierung", "Bundesregierung"]},
    """
Präsidentenwahl in Polen: Herausforderer reklamiert Sieg für sich

Nach der Stichwahl liegen beide Kandidaten fast gleichauf. Das Ergebnis könnte erst am Dienstag feststehen.

Warschau. Nach der Stichwahl um das polnische Präsidentenamt haben sich beide Kandidaten zum Sieger erklärt. {{q:indirect:kandidat:m1:c1|Die Polen hätten sich für einen Neuanfang entschieden}}, {{c:c1|sagte}} {{m:m1|der liberale Herausforderer Tomasz Wierzbicki}} in der Nacht zu Montag vor jubelnden Anhängern in Warschau. {{q:indirect:kandidat:-:-|Er werde der Präsident aller Polen sein, auch derer, die ihn nicht gewählt hätten}}. {{q:indirect:kandidat:-:-|Mit der Regierung wolle er vom ersten Tag an zusammenarbeiten}}.

Amtsinhaber Paweł Zieliński gab sich ebenfalls siegessicher. „{{q:direct:amtsinhaber:m2:c2|Wir warten auf die Stimmen aus den Dörfern, und die Dörfer stehen hinter uns}}“, {{c:c2|rief}} {{m:m2|Zieliński}} in Krakau. {{m:m3|Er}} hatte bereits im Wahlkampf {{c:c3|erklärt}}, {{q:indirect:amtsinhaber:m3:c3|er werde ein knappes Ergebnis notfalls vor dem Obersten Gericht anfechten}}.

{{c:c4|Nach Angaben}} {{m:m4|der Wahlkommission}} {{q:indirect:kommission:m4:c4|lag Wierzbicki nach Auszählung von 92 Prozent der Stimmbezirke mit 50,4 Prozent knapp vorn}}. {{q:indirect:kommission:m5:c5|Das Endergebnis werde frühestens am Dienstagmorgen vorliegen}}, {{c:c5|teilte}} {{m:m5|die Kommission}} mit.

{{m:m6|OSZE-Wahlbeobachter}} {{c:c6|sprachen}} von einer „{{q:direct:beobachter:m6:c6|insgesamt fairen, aber von einseitiger Berichterstattung im Staatsfernsehen überschatteten}}“ Wahl. {{c:c7|Laut}} {{m:m7|OSZE}} {{q:indirect:beobachter:m7:c7|gab es in mehreren Wahllokalen Unregelmäßigkeiten beim Auszählen}}. {{q:indirect:beobachter:-:-|Diese hätten das Ergebnis aber nicht entscheidend beeinflusst}}.

{{m:m8|Die Warschauer Politologin Agnieszka Nowicka}} {{c:c8|ist der Ansicht}}, dass {{q:indirect:politologin:m8:c8|das Land tiefer gespalten ist als je zuvor}}. {{q:indirect:politologin:m9:c9|Egal wer gewinne, er regiere gegen die Hälfte der Bevölkerung}}, {{c:c9|sagte}} {{m:m9|sie}} der Deutschen Presse-Agentur. {{q:indirect:politologin:-:-|Die Stadt-Land-Spaltung werde Polen noch lange beschäftigen}}.

In Berlin wartet man ab. {{q:indirect:regierungssprecher:m10:c10|Die Bundesregierung werde das offizielle Ergebnis abwarten und dann gratulieren}}, {{c:c10|sagte}} {{m:m10|ein Sprecher der Bundesregierung}}. {{q:indirect:regierungssprecher:-:c11|Polen sei ein enger Partner, man setze auf eine gute Zusammenarbeit}}, {{c:c11|hieß es}} weiter.
""")

article(
    "dex6_06_gesundheit_hitze_senioren", "de/online-gesundheit", "de",
    {"rki": ["Robert Koch-Institut", "Dem Robert Koch-Institut", "RKI"], "arzt": "Henning Brockmann",
     "pflege": "Sarah Lindqvist", "ministerin": "Claudia Vogt", "studie": ["Studie der Universität Leipzig", "einer Studie", "Studie"],
     "ministerium": ["das Ministerium", "Sozialministerium"], "aerztekammer": ["die Ärztekammer", "Ärztekammer Sachsen", "Landesärztekammer"]},
    """
Hitzewelle: Ärzte warnen vor Gefahr für ältere Menschen

Bis zu 36 Grad sind für das Wochenende angekündigt. Mediziner und Pflegekräfte schlagen Alarm.

Dresden. Angesichts der angekündigten Hitzewelle warnen Ärzte in Sachsen vor gesundheitlichen Risiken für ältere und chronisch kranke Menschen. {{m:m1|Dem Robert Koch-Institut}} {{c:c1|zufolge}} {{q:indirect:rki:m1:c1|sterben in Deutschland in heißen Sommern mehrere Tausend Menschen zusätzlich an den Folgen der Hitze}}.

{{q:indirect:arzt:m2:c2|Viele Seniorinnen und Senioren tränken bei Hitze viel zu wenig}}, {{c:c2|so}} {{m:m2|der Dresdner Hausarzt Henning Brockmann}}. {{q:indirect:arzt:-:-|Das Durstgefühl lasse im Alter deutlich nach}}. {{q:indirect:arzt:-:-|Gefährlich werde es vor allem für Menschen, die Blutdrucksenker oder entwässernde Medikamente einnähmen}}. „{{q:direct:arzt:m3:c3|Ich rate allen, morgens einen Krug Wasser hinzustellen und abends zu schauen, ob er leer ist}}“, {{c:c3|sagte}} {{m:m3|Brockmann}}.

{{c:c4|Laut}} {{m:m4|einer Studie}} der Universität Leipzig {{q:indirect?:studie:m4:c4|steigt die Zahl der Notfalleinsätze bei Temperaturen über 30 Grad um fast ein Viertel}}.

{{m:m5|Die Landesärztekammer}} {{c:c5|warnte}} davor, dass {{q:indirect:aerztekammer:m5:c5|Pflegeheime und ambulante Dienste auf längere Hitzeperioden kaum vorbereitet seien}}. {{q:indirect:aerztekammer:m6:c6|In vielen Einrichtungen fehlten Hitzeschutzpläne, kühle Rückzugsräume und ausreichend Personal}}, {{c:c6|heißt es}} in {{m:m6|einer Mitteilung der Kammer}}.

Pflegedienstleiterin Sarah Lindqvist kennt das Problem aus dem Alltag. {{q:indirect:pflege:m7:c7|Im Sommer seien ihre Mitarbeiterinnen bei jedem Besuch auch mit Wasserflaschen und Kühlakkus unterwegs}}, {{c:c7|erzählt}} {{m:m7|sie}}. {{q:indirect:pflege:-:-|Dafür sei aber eigentlich keine Zeit eingeplant}}. {{m:m8|Lindqvist}} hat {{c:c8|nach eigenen Worten}} {{q:indirect:pflege:m8:c8|in den vergangenen Jahren mehrfach Patienten mit starkem Flüssigkeitsmangel ins Krankenhaus bringen lassen müssen}}.

{{m:m9|Sozialministerin Claudia Vogt}} (Grüne) {{c:c9|kündigte}} an, {{q:indirect?:ministerin:m9:c9|noch vor dem Wochenende einen Hitzeaktionsplan für das Land vorzulegen}}. {{q:indirect:ministerin:m10:c10|Hitze ist die größte klimabedingte Gesundheitsgefahr, die wir in Deutschland haben}}, {{c:c10|sagte}} {{m:m10|Vogt}}. Wie {{m:m11|das Ministerium}} am Freitag {{c:c11|mitteilte}}, {{q:indirect:ministerium:m11:c11|sollen Kommunen künftig kühle Räume in Rathäusern und Bibliotheken für die Öffentlichkeit öffnen}}.

Der Deutsche Wetterdienst rechnet erst ab Dienstag mit Abkühlung.
""")
