# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 18: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex18 import article

article(
    "dex18_01_landtag_lehrermangel", "de/online-landtag", "de",
    {"lorenz": ["Birgit Lorenz", "Kultusministerin Birgit Lorenz", "Lorenz", "Die Ministerin", "die Ministerin", "sie", "Sie", "die CDU-Politikerin"],
     "franke": ["Matthias Franke", "Der Linken-Bildungspolitiker Matthias Franke", "Franke", "er", "Er"],
     "gew": ["GEW", "Die Bildungsgewerkschaft GEW", "der Gewerkschaft", "GEW-Landeschefin Anja Seidel", "Anja Seidel", "Seidel"],
     "regierungskreise": ["Regierungskreisen"],
     "schulleiter": ["Schulleiter Rainer Pohl", "Rainer Pohl", "Pohl", "der 58-Jährige"],
     "elternrat": ["Landeselternrat", "Der Landeselternrat", "des Landeselternrats"]},
    """
Lehrermangel in Sachsen: Ministerin verteidigt Vier-Tage-Woche an Schulen

Im Landtag wird heftig über verkürzten Unterricht gestritten. Für die Regierung ist es eine Notlösung auf Zeit.

Von Jana Mehnert, Dresden

Dresden. Sachsens Kultusministerin Birgit Lorenz (CDU) hat die umstrittenen Pläne für eine Vier-Tage-Woche an einzelnen Oberschulen gegen scharfe Kritik verteidigt. {{q:indirect:lorenz:m0:c0|An manchen Schulen im ländlichen Raum fehle inzwischen jede vierte Lehrkraft}}, {{c:c0|erklärte}} {{m:m0|die Ministerin}} am Mittwoch im Landtag. {{q:indirect:lorenz:-:-|Unter diesen Umständen sei ein vollständiger Stundenplan an fünf Tagen schlicht nicht mehr zu gewährleisten}}. {{q:indirect:lorenz:-:-|Der freie Tag solle deshalb für digitales Lernen zu Hause genutzt werden}}.

{{q:indirect:lorenz:-:-|Es handle sich ausdrücklich um ein Modell auf Zeit}}. {{q:indirect:lorenz:-:-|Spätestens in drei Jahren wolle man zur regulären Woche zurückkehren}}. „{{q:direct:lorenz:m1:c1|Ich mache mir keine Illusionen: Das ist nicht die Schule, die wir uns wünschen}}“, {{c:c1|räumte}} {{m:m1|Lorenz}} ein. „{{q:direct:lorenz:m1:c1|Aber es ist besser als Unterrichtsausfall, den niemand plant und den niemand auffängt.}}“

Für die Opposition ist das Modell ein Eingeständnis des Scheiterns. {{m:m2|Der Linken-Bildungspolitiker Matthias Franke}} {{c:c2|hielt}} der Regierung vor, {{q:indirect:franke:m2:c2|den Lehrermangel seit mehr als einem Jahrzehnt verschleppt zu haben}}. {{q:indirect:franke:-:-|Nun sollten ausgerechnet die Kinder auf dem Land die Folgen tragen}}. {{q:mixed:franke:m3:c3|Wer in Leipzig wohne, bekomme fünf Tage Unterricht, wer im Erzgebirge wohne, nur vier – das sei „eine Zwei-Klassen-Bildung“}}, {{c:c3|monierte}} {{m:m3|Franke}}. {{m:m4|Er}} {{c:c4|kündigte}} an, {{q:indirect:franke:m4:c4|die Pläne notfalls vom Verfassungsgerichtshof in Leipzig prüfen zu lassen}}.

{{m:m5|Die Bildungsgewerkschaft GEW}} {{c:c5|nannte}} {{q:mixed:gew:m5:c5|den Vorstoß „ehrlich, aber unzureichend“}}. {{q:indirect:gew:m6:c6|Solange Referendare nach dem Examen lieber nach Bayern oder Berlin gingen, werde sich an der Lage nichts ändern}}, {{c:c6|gab}} {{m:m6|GEW-Landeschefin Anja Seidel}} zu bedenken. {{q:indirect:gew:-:-|Nötig seien kleinere Klassen, weniger Bürokratie und eine bessere Bezahlung für Lehrkräfte an Oberschulen}}. {{q:indirect:gew:-:-|Zudem müssten Quereinsteiger endlich besser begleitet werden}}.

Die Ministerin wies den Vorwurf zurück. {{q:indirect:lorenz:m7:c7|Seit 2019 habe Sachsen so viele Lehrkräfte eingestellt wie nie zuvor}}, {{c:c7|betonte}} {{m:m7|die CDU-Politikerin}}. {{q:indirect:lorenz:-:-|Allerdings gingen in den kommenden Jahren auch so viele in den Ruhestand wie nie zuvor}}.

In {{m:m8|Regierungskreisen}} {{c:c8|hieß}} es, {{q:indirect:regierungskreise:m8:c8|das Modell sei auch innerhalb der Koalition nicht unumstritten}}. {{q:indirect:regierungskreise:-:-|Vor allem die SPD dränge darauf, die Zahl der teilnehmenden Schulen eng zu begrenzen}}. Das Kabinett will am kommenden Dienstag endgültig entscheiden.

An der Oberschule in Olbernhau, die als eine der ersten teilnehmen soll, sieht man die Pläne gelassen. „{{q:direct:schulleiter:m9:c9|Wir haben im vergangenen Halbjahr an manchen Tagen ohnehin nur vier Stunden geschafft}}“, {{c:c9|sagte}} {{m:m9|Schulleiter Rainer Pohl}}. {{q:indirect:schulleiter:m10:c10|Ein planbarer freier Tag sei für Familien allemal besser als kurzfristige Absagen am Morgen}}, {{c:c10|meinte}} {{m:m10|der 58-Jährige}}. {{q:indirect:schulleiter:-:-|Allerdings brauche man für das Lernen zu Hause deutlich mehr Laptops, als bisher zugesagt seien}}.

Skeptischer äußerte sich der Landeselternrat. {{c:c12|Nach Angaben}} {{m:m12|des Landeselternrats}} {{q:indirect:elternrat:m12:c12|haben mehr als 2000 Eltern in den vergangenen zwei Wochen eine Online-Petition gegen die Vier-Tage-Woche unterschrieben}}. {{q:indirect:elternrat:m13:c13|Viele berufstätige Eltern wüssten nicht, wer ihre Kinder am freien Tag betreuen solle}}, {{c:c13|teilte}} {{m:m13|der Landeselternrat}} mit. {{q:indirect:elternrat:-:-|Gerade Alleinerziehende würden so vor kaum lösbare Probleme gestellt}}.

Eine Umfrage des Instituts für Bildungsforschung zeigt zudem, dass Schülerinnen und Schüler an Tagen mit digitalem Unterricht deutlich weniger lernen. Die Ministerin kennt die Zahlen. {{q:indirect:lorenz:m14:c14|Man werde die Schulen mit den Erfahrungen nicht allein lassen und das Modell nach einem Jahr wissenschaftlich auswerten}}, {{c:c14|versicherte}} {{m:m14|sie}} am Ende der Debatte.
""",
)

article(
    "dex18_02_gericht_pflegebetrug", "de/online-gericht", "de",
    {"richterin": ["Claudia Berends", "Die Vorsitzende Richterin Claudia Berends", "Berends", "die Richterin", "Die Richterin"],
     "staatsanwalt": ["Staatsanwalt Henrik Vogt", "Henrik Vogt", "Vogt", "der Ankläger", "Der Ankläger"],
     "verteidiger": ["Verteidiger Oliver Stamm", "Oliver Stamm", "Stamm", "er", "Er"],
     "angeklagte": ["Die 47-Jährige", "die Angeklagte", "Die Angeklagte", "sie"],
     "gericht": ["Gerichtssprecherin", "Eine Gerichtssprecherin", "einer Gerichtssprecherin", "Landgericht", "des Landgerichts", "dem Landgericht", "die Kammer", "Kammer"],
     "kasse": ["AOK Niedersachsen", "Die AOK Niedersachsen", "der Kasse"],
     "ermittlerkreise": ["Ermittlerkreisen"]},
    """
Urteil in Hannover: Pflegedienst-Chefin muss fünf Jahre in Haft

Sie soll Leistungen für Patienten abgerechnet haben, die es nie gab. Das Landgericht sieht einen Schaden von 2,3 Millionen Euro.

Hannover (dpa/lni) – Wegen gewerbsmäßigen Betrugs hat das Landgericht Hannover die frühere Chefin eines ambulanten Pflegedienstes zu fünf Jahren Haft verurteilt. {{q:indirect:gericht:mk:ck|Die 47-Jährige habe über Jahre hinweg Pflegeleistungen abgerechnet, die nie erbracht worden seien}}, {{c:ck|begründete}} {{m:mk|die Kammer}} ihr Urteil am Montag. Damit blieb das Gericht ein Jahr unter der Forderung der Staatsanwaltschaft.

{{q:indirect:richterin:m0:c0|Die Angeklagte habe ein regelrechtes System aufgebaut, um die Kassen zu täuschen}}, {{c:c0|führte}} {{m:m0|die Vorsitzende Richterin Claudia Berends}} in ihrer Begründung aus. {{q:indirect:richterin:-:-|Mitarbeiterinnen hätten Unterschriften von Patienten fälschen müssen, Stundenzettel seien nachträglich geändert worden}}. {{q:indirect:richterin:-:-|Selbst für Verstorbene seien noch Wochen nach deren Tod Hausbesuche berechnet worden}}. „{{q:direct:richterin:m1:c1|Das Vertrauen in die häusliche Pflege ist ein hohes Gut, und Sie haben es mit Füßen getreten}}“, {{c:c1|sagte}} {{m:m1|Berends}} an die Angeklagte gewandt.

Strafmildernd berücksichtigte die Kammer, dass die Frau nicht vorbestraft ist und einen Teil des Geldes zurückgezahlt hat. Zu ihren Gunsten {{c:c2|wertete}} {{m:m2|die Richterin}} auch, {{q:indirect:richterin:m2:c2|dass die Angeklagte zu Beginn des Prozesses ein Teilgeständnis abgelegt habe}}.

Staatsanwalt Henrik Vogt hatte sechs Jahre Haft gefordert. {{q:indirect:staatsanwalt:m4:c4|Die Frau habe aus reiner Gier gehandelt und dabei auch die Gesundheit von Pflegebedürftigen aufs Spiel gesetzt}}, hatte {{m:m4|der Ankläger}} in seinem Plädoyer {{c:c4|argumentiert}}. {{q:indirect:staatsanwalt:-:-|Mehrere Patienten seien über Monate kaum versorgt worden}}. {{q:indirect:staatsanwalt:-:-|Angehörige hätten die Missstände erst bemerkt, als es zu spät gewesen sei}}.

{{m:m5|Verteidiger Oliver Stamm}} {{c:c5|kündigte}} noch im Gerichtssaal {{q:indirect?:verteidiger:m5:c5|Revision}} an. {{q:indirect:verteidiger:m6:c6|Das Strafmaß sei angesichts des Geständnisses und der Rückzahlungen deutlich zu hoch}}, {{c:c6|sagte}} {{m:m6|er}} nach der Verhandlung. {{q:indirect:verteidiger:-:-|Seine Mandantin habe von Anfang an Verantwortung übernommen}}. {{q:indirect:verteidiger:-:-|Das Gericht habe zudem nicht ausreichend gewürdigt, dass sie unter erheblichem wirtschaftlichem Druck gestanden habe}}. „{{q:direct:verteidiger:m7:c7|Meine Mandantin ist keine Kriminelle aus Leidenschaft. Sie hat einen Betrieb retten wollen und ist dabei auf die schiefe Bahn geraten}}“, {{c:c7|schob}} {{m:m7|Stamm}} nach.

{{m:m8|Die 47-Jährige}} selbst hatte in ihrem letzten Wort {{c:c8|beteuert}}, {{q:indirect:angeklagte:m8:c8|sie bereue ihre Taten zutiefst}}. {{q:indirect:angeklagte:-:-|Sie habe nie gewollt, dass ein Patient zu Schaden komme}}. Das Urteil nahm sie ohne sichtbare Regung entgegen.

Aufgeflogen war der Betrug durch eine Routineprüfung. {{c:c9|Nach Angaben}} {{m:m9|der Kasse}} {{q:indirect:kasse:m9:c9|fielen bei einem Abgleich der Abrechnungen mit Krankenhausaufenthalten Hunderte Unstimmigkeiten auf}}. {{q:indirect:kasse:m10:c10|Man begrüße das Urteil und werde die zivilrechtlichen Forderungen weiter verfolgen}}, {{c:c10|erklärte}} {{m:m10|die AOK Niedersachsen}} am Nachmittag. {{q:indirect:kasse:-:-|Abrechnungsbetrug in der Pflege sei kein Kavaliersdelikt, sondern schade allen Versicherten}}.

Aus {{m:m11|Ermittlerkreisen}} {{c:c11|verlautete}}, {{q:indirect:ermittlerkreise:m11:c11|gegen zwei frühere Pflegedienstleiterinnen werde in einem gesonderten Verfahren ermittelt}}. {{q:indirect:ermittlerkreise:-:-|Die Anklage könnte noch in diesem Jahr erhoben werden}}.

Das Urteil ist noch nicht rechtskräftig. {{q:indirect:gericht:m12:c12|Über die Revision werde der Bundesgerichtshof in Karlsruhe entscheiden}}, {{c:c12|teilte}} {{m:m12|eine Gerichtssprecherin}} mit. Tatsächlich sind solche Verfahren kein Einzelfall: Bundesweit registrierten die Ermittlungsbehörden im vergangenen Jahr mehr als 1000 Verdachtsfälle im Bereich der ambulanten Pflege, wie eine Auswertung des Bundeskriminalamts zeigt. {{q:indirect:gericht:m13:c13|Die Kammer habe an insgesamt 14 Verhandlungstagen mehr als 40 Zeugen gehört}}, {{c:c13|hieß}} es aus {{m:m13|dem Landgericht}}.
""",
)

article(
    "dex18_03_wirtschaft_baeckerei", "de/online-wirtschaft", "de",
    {"hollweg": ["Sabine Hollweg", "Gründerin", "Firmengründerin Sabine Hollweg", "Hollweg", "die 61-Jährige", "Die 61-Jährige", "sie", "Sie"],
     "brenner": ["Konditormeister Felix Brenner", "Felix Brenner", "Brenner", "der Insolvenzverwalter", "Der Insolvenzverwalter", "Insolvenzverwalter Felix Brenner"],
     "kammer": ["Handwerkskammer", "der Handwerkskammer Freiburg", "Die Handwerkskammer", "der Kammer", "Kammerpräsident Jörg Wiedemann", "Jörg Wiedemann", "Wiedemann"],
     "ngg": ["Gewerkschaft NGG", "Die Gewerkschaft NGG", "Gewerkschaftssekretärin Melanie Kurz", "Melanie Kurz", "Kurz"],
     "filialleiterin": ["Filialleiterin Rosa Imhof", "Rosa Imhof", "Imhof"],
     "stadt": ["Sprecher", "Dem Sprecher", "ein Sprecher der Stadt Freiburg", "Ein Sprecher der Stadt"],
     "mitarbeiter": ["Ein langjähriger Mitarbeiter", "ein langjähriger Mitarbeiter"],
     "amtsgericht": ["ein Sprecher des Gerichts", "Amtsgericht"]},
    """
Traditionsbäckerei Hollweg ist pleite – {{m:m0|Gründerin}}: „{{q:direct:hollweg:m0:-|Wir haben bis zuletzt gekämpft}}“

140 Beschäftigte in 23 Filialen bangen um ihre Arbeitsplätze. Ein Investor wird gesucht.

Von Thomas Kiefer

Foto: Patrick Seeger/dpa

Freiburg. {{q:indirect:amtsgericht:m20:c20|Die Freiburger Bäckereikette Hollweg hat beim Amtsgericht einen Antrag auf Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt}}. Das {{c:c20|bestätigte}} {{m:m20|ein Sprecher des Gerichts}} am Dienstag. Betroffen sind 23 Filialen in Südbaden und rund 140 Beschäftigte. Der Betrieb in allen Filialen läuft vorerst weiter.

{{m:m1|Firmengründerin Sabine Hollweg}} {{c:c1|schilderte}} die vergangenen zwei Jahre als „{{q:direct:hollweg:m1:c1|einen Kampf gegen Windmühlen}}“. {{q:indirect:hollweg:m2:c2|Die Energiekosten für die Backöfen hätten sich zeitweise verdreifacht, dazu seien die Preise für Butter, Mehl und Zucker stark gestiegen}}, {{c:c2|berichtete}} {{m:m2|die 61-Jährige}}. {{q:indirect:hollweg:-:-|Diese Kosten habe man nur zum Teil an die Kunden weitergeben können}}. {{q:indirect:hollweg:-:-|Wer für eine Brezel mehr als einen Euro verlange, verliere Kundschaft an die Backshops der Discounter}}.

„{{q:direct:hollweg:m3:c3|Wir haben bis zuletzt gekämpft und auf Rücklagen zurückgegriffen, die eigentlich für die Rente gedacht waren}}“, {{c:c3|sagte}} {{m:m3|Hollweg}} mit Tränen in den Augen. „{{q:direct:hollweg:m3:c3|Jetzt ist schlicht nichts mehr da.}}“

Zum vorläufigen Sachwalter bestellte das Gericht Konditormeister Felix Brenner, der zugleich Fachanwalt für Insolvenzrecht ist. {{q:indirect:brenner:m4:c4|Das Unternehmen habe einen guten Namen und einen treuen Kundenstamm}}, {{c:c4|unterstrich}} {{m:m4|Brenner}}. {{q:indirect:brenner:-:-|Mehrere Interessenten hätten sich bereits gemeldet}}. {{q:indirect:brenner:-:-|Ob alle Filialen erhalten werden könnten, lasse sich aber noch nicht sagen}}. {{m:m5|Der Insolvenzverwalter}} {{c:c5|stellte}} klar, {{q:indirect:brenner:m5:c5|die Löhne seien über das Insolvenzgeld bis Ende Februar gesichert}}.

Die Lage der Hollweg-Bäckereien ist kein Einzelfall. {{c:c6|Nach Angaben}} {{m:m6|der Handwerkskammer Freiburg}} {{q:indirect:kammer:m6:c6|hat sich die Zahl der Bäckereibetriebe im Kammerbezirk in den vergangenen zehn Jahren fast halbiert}}. {{q:indirect:kammer:m7:c7|Viele Betriebe fänden zudem keinen Nachfolger und keine Auszubildenden mehr}}, {{c:c7|sagte}} {{m:m7|Kammerpräsident Jörg Wiedemann}}. {{q:indirect:kammer:-:-|Das Handwerk brauche dringend eine Entlastung bei den Energiekosten}}. {{m:m8|Wiedemann}} {{c:c8|lobte}} das Unternehmen zugleich für eine „{{q:direct:kammer:m8:c8|vorbildliche Ausbildung}}“.

{{m:m9|Die Gewerkschaft NGG}} {{c:c9|forderte}} die Geschäftsführung auf, {{q:indirect:ngg:m9:c9|die Beschäftigten rasch und umfassend über die Pläne zu informieren}}. {{q:indirect:ngg:m10:c10|Viele Verkäuferinnen hätten aus dem Radio von der Insolvenz erfahren}}, {{c:c10|kritisierte}} {{m:m10|Gewerkschaftssekretärin Melanie Kurz}}. {{q:indirect:ngg:-:-|Das sei kein Umgang mit Menschen, die teils seit Jahrzehnten für das Unternehmen arbeiteten}}.

In der Filiale am Freiburger Bertoldsbrunnen herrscht am Dienstagmittag gedrückte Stimmung. „{{q:direct:filialleiterin:m11:c11|Die Kunden fragen uns ständig, ob wir nächste Woche noch da sind. Ich weiß es selbst nicht}}“, {{c:c11|erzählte}} {{m:m11|Filialleiterin Rosa Imhof}}. {{m:m12|Ein langjähriger Mitarbeiter}}, der anonym bleiben möchte, {{c:c12|sagte}}, {{q:indirect:mitarbeiter:m12:c12|die Probleme hätten sich schon seit Monaten abgezeichnet}}. {{q:indirect:mitarbeiter:-:-|Lieferungen seien ausgeblieben, Öfen nicht mehr repariert worden}}.

Auch die Stadt Freiburg verfolgt die Entwicklung. {{q:indirect:stadt:m14:c14|Eine Bäckerei mit einer solchen Tradition gehöre zum Stadtbild}}, {{c:c14|sagte}} {{m:m14|ein Sprecher der Stadt Freiburg}} auf Nachfrage. {{q:indirect:stadt:-:-|Man stehe mit der Geschäftsführung in engem Kontakt}}. {{m:m13|Dem Sprecher}} {{c:c13|zufolge}} {{q:indirect:stadt:m13:c13|prüft die Wirtschaftsförderung, ob sie bei der Suche nach einem Investor helfen kann}}.

Die Gründerin hofft nun auf eine Übernahme. {{q:indirect:hollweg:m15:c15|Sie würde sich wünschen, dass der Name Hollweg erhalten bleibe}}, {{c:c15|sagte}} {{m:m15|sie}}. {{q:indirect:hollweg:-:-|Am wichtigsten seien ihr aber die Arbeitsplätze}}. Erste Gespräche mit Interessenten sollen noch vor Weihnachten stattfinden.
""",
)

article(
    "dex18_04_sport_fussball", "de/online-sport-qa-interview", "de",
    {"kramer": ["Dirk Kramer", "Trainer Dirk Kramer", "Kramer", "Der Coach", "der Coach", "der 49-Jährige", "er", "Er"],
     "ozturk": ["Emre Öztürk", "Kapitän Emre Öztürk", "Öztürk", "der Mittelfeldspieler"],
     "verein": ["Verein", "der Verein", "des Vereins", "Sportdirektor Lars Henning", "Lars Henning", "Henning"],
     "lehmann": ["Torwart Finn Lehmann", "Finn Lehmann", "Lehmann"],
     "umfeld": ["Umfeld der Mannschaft", "dem Umfeld der Mannschaft"],
     "gegner": ["Gäste-Trainer Paul Ritter", "Paul Ritter", "Ritter"],
     "redaktion": ["Frage", "SZ"]},
    """
Sieglos seit sieben Spielen: Augsburg steckt tief im Abstiegskampf

Nach dem 1:3 gegen Heidenheim wächst der Druck auf Trainer Dirk Kramer. Der Verein stellt sich hinter ihn – vorerst.

Augsburg. Die Pfiffe waren schon vor dem Schlusspfiff nicht mehr zu überhören. Nach der 1:3-Heimniederlage gegen den 1. FC Heidenheim ist der FC Augsburg seit sieben Bundesliga-Spielen ohne Sieg und auf den Relegationsplatz abgerutscht. Zwei Gegentore nach Standardsituationen brachten die Gäste schon vor der Pause auf die Siegerstraße.

„{{q:direct:kramer:m0:c0|Wir verteidigen Ecken wie eine Jugendmannschaft}}“, {{c:c0|schimpfte}} {{m:m0|Trainer Dirk Kramer}} nach dem Spiel. „{{q:direct:kramer:m0:c0|Das kann ich mir nicht mehr lange anschauen, und das werde ich auch nicht.}}“ {{q:indirect:kramer:m1:c1|Seine Mannschaft habe zwar nach der Pause Moral gezeigt, aber zu viele Chancen liegen lassen}}, {{c:c1|analysierte}} {{m:m1|der 49-Jährige}}. {{q:indirect:kramer:-:-|In dieser Phase der Saison fehle dem Team schlicht das Selbstvertrauen}}.

Um seine Zukunft sorgt sich der Coach nicht. {{q:indirect:kramer:m2:c2|Er spüre die Rückendeckung der Vereinsführung und werde die Wende schaffen}}, {{c:c2|zeigte}} sich {{m:m2|Kramer}} überzeugt. {{q:indirect:kramer:-:-|Dafür müsse aber jeder Einzelne mehr investieren, auch im Training unter der Woche}}.

Kapitän Emre Öztürk nahm die Mannschaft in die Pflicht. „{{q:direct:ozturk:m3:c3|Wir dürfen uns nicht hinter dem Trainer verstecken. Auf dem Platz stehen wir}}“, {{c:c3|sagte}} {{m:m3|der Mittelfeldspieler}} bei Sky. {{q:indirect:ozturk:m4:c4|Die Stimmung in der Kabine sei trotz der Niederlagenserie intakt}}, {{c:c4|versicherte}} {{m:m4|Öztürk}}. {{q:indirect:ozturk:-:-|Man spreche die Probleme offen an}}.

Im {{m:m5|Umfeld der Mannschaft}} wird dagegen {{c:c5|erzählt}}, {{q:indirect:umfeld:m5:c5|mehrere Spieler hätten Zweifel an der defensiven Ausrichtung des Trainers}}. {{q:indirect:umfeld:-:-|Vor allem die häufigen Systemwechsel sorgten für Verunsicherung}}.

Offiziell gibt es keine Trainerdiskussion. „{{q:direct:verein:m6:c6|Dirk hat unser volles Vertrauen}}“, {{c:c6|sagte}} {{m:m6|Sportdirektor Lars Henning}}. {{q:indirect:verein:-:-|Man habe die Situation intern ruhig und sachlich analysiert}}. {{q:indirect:verein:-:-|Das nächste Spiel in Bochum werde trotzdem richtungsweisend}}. {{m:m7|Henning}} {{c:c7|deutete}} an, {{q:indirect:verein:m7:c7|dass der Verein im Winter auf dem Transfermarkt nachlegen könnte}}. {{q:indirect:verein:-:-|Das dürfte angesichts der angespannten Finanzlage allerdings schwierig werden}}.

Gäste-Trainer Paul Ritter lobte seine Mannschaft. „{{q:direct:gegner:m9:c9|Wir haben genau das umgesetzt, was wir uns vorgenommen hatten}}“, {{c:c9|sagte}} {{m:m9|Ritter}}. {{q:indirect:gegner:m10:c10|Die Standards habe man die ganze Woche trainiert}}, {{c:c10|verriet}} {{m:m10|Ritter}} mit einem Lächeln.

In einer Mitteilung {{m:m11|des Vereins}} {{c:c11|hieß}} es am Sonntag, {{q:indirect:verein:m11:c11|die Mannschaft werde bis zum Bochum-Spiel in einem Kurztrainingslager in Donaueschingen zusammengezogen}}. Die Fans reagierten gespalten: Im Internet forderten einige bereits die Entlassung des Trainers.

Zahlen der Deutschen Fußball Liga zeigen, dass in dieser Saison keine Mannschaft mehr Gegentore nach Standardsituationen kassiert hat als Augsburg. Torwart Finn Lehmann nahm seine Vorderleute dennoch in Schutz. {{q:indirect:lehmann:m18:c18|Man habe gegen Heidenheim vor allem im Kopf nicht funktioniert, nicht in den Beinen}}, {{c:c18|so}} {{m:m18|Lehmann}}. {{q:indirect:lehmann:-:-|Gegen Bochum werde die Mannschaft ein anderes Gesicht zeigen}}.

Wir haben nach dem Spiel mit Kapitän Emre Öztürk gesprochen.

{{m:m12|Frage}}: {{q:direct?:redaktion:m12:-|Herr Öztürk, wie erklären Sie sich die Serie?}}

{{m:m13|Öztürk}}: {{q:direct:ozturk:m13:-|Wir machen in entscheidenden Momenten einfache Fehler. Das zieht sich durch die ganze Hinrunde.}}

{{m:m14|Frage}}: {{q:direct?:redaktion:m14:-|Liegt es am Trainer?}}

{{m:m15|Öztürk}}: {{q:direct:ozturk:m15:-|Nein. Der Trainer kann nicht für uns verteidigen. Wir Spieler müssen uns an die eigene Nase fassen.}}

{{m:m16|Frage}}: {{q:direct?:redaktion:m16:-|Was muss sich in Bochum ändern?}}

{{m:m17|Öztürk}}: {{q:direct:ozturk:m17:-|Wir müssen wieder mit Mut spielen. Und wir brauchen endlich mal ein frühes Tor.}}
""",
)

article(
    "dex18_05_lokal_brueckensperrung", "de/online-lokal", "de",
    {"rp": ["Regierungspräsidium Kassel", "Das Regierungspräsidium Kassel", "Behörde", "der Behörde", "Sprecherin", "eine Sprecherin der Behörde", "die Sprecherin", "Die Sprecherin", "Die Sprecherin des Regierungspräsidiums", "des Regierungspräsidiums"],
     "hessenmobil": ["Hessen Mobil", "Die Straßenbaubehörde Hessen Mobil", "Bauleiter Stefan Grebe", "Stefan Grebe", "Grebe"],
     "buergermeisterin": ["Bürgermeisterin Heike Lamprecht", "Heike Lamprecht", "Lamprecht", "die Bürgermeisterin", "Die Rathauschefin", "sie", "Sie"],
     "metzger": ["Metzgermeister Jens Kolbe", "Jens Kolbe", "Kolbe", "der Handwerker"],
     "polizei": ["Polizei", "Die Polizei", "der Polizei", "ein Polizeisprecher"],
     "bi": ["Bürgerinitiative", "Die Bürgerinitiative „Brücke jetzt“", "Sprecherin Ute Marquardt", "Ute Marquardt", "Marquardt"]},
    """
Fuldabrücke in Melsungen ab Mittwoch voll gesperrt – Händler fürchten um ihre Existenz

Risse im Beton: Die Brücke aus den 1960er-Jahren ist nicht mehr sicher. Pendler müssen einen Umweg von bis zu 15 Kilometern fahren.

Von Kerstin Hahn

Melsungen. Ab Mittwochmorgen geht über die Fuldabrücke in Melsungen nichts mehr. Das Regierungspräsidium Kassel hat die Vollsperrung der Brücke für Autos, Radfahrer und Fußgänger angeordnet. {{q:indirect:rp:m0:c0|Bei einer Sonderprüfung seien in mehreren Spannbetonträgern Risse festgestellt worden, die die Standsicherheit gefährdeten}}, {{c:c0|teilte}} {{m:m0|eine Sprecherin der Behörde}} am Montag mit. {{q:indirect:rp:-:-|Eine weitere Nutzung sei nicht zu verantworten}}.

{{q:indirect:rp:m1:c1|Wie lange die Sperrung dauere, könne derzeit niemand seriös sagen}}, {{c:c1|fügte}} {{m:m1|die Sprecherin}} hinzu. {{q:indirect:rp:-:-|Zunächst müssten externe Gutachter klären, ob die marode Brücke noch saniert werden könne oder abgerissen werden müsse}}. {{q:indirect:rp:-:-|Ein Neubau würde nach bisherigen Schätzungen mindestens vier Jahre dauern}}.

{{m:m2|Die Straßenbaubehörde Hessen Mobil}} {{c:c2|kündigte}} an, {{q:indirect:hessenmobil:m2:c2|eine ausgeschilderte Umleitung über Felsberg und Malsfeld einzurichten}}. {{q:indirect:hessenmobil:m3:c3|Die Umleitung sei für Lastwagen geeignet, werde aber vor allem im Berufsverkehr zu Staus führen}}, {{c:c3|erläuterte}} {{m:m3|Bauleiter Stefan Grebe}}. {{q:indirect:hessenmobil:-:-|Man prüfe zudem, ob eine Behelfsbrücke für Fußgänger und Radfahrer errichtet werden könne}}. {{q:indirect:hessenmobil:-:-|Entsprechende Angebote von Herstellern lägen bereits vor}}.

In Melsungen selbst ist der Ärger über die kurzfristige Sperrung groß. {{m:m4|Bürgermeisterin Heike Lamprecht}} (parteilos) {{c:c4|sprach}} von einem „{{q:direct:buergermeisterin:m4:c4|Schlag ins Gesicht für unsere Innenstadt}}“. {{q:indirect:buergermeisterin:m5:c5|Die Stadt habe das Land seit Jahren auf den schlechten Zustand der Brücke hingewiesen}}, {{c:c5|beklagte}} {{m:m5|die Bürgermeisterin}}. {{q:indirect:buergermeisterin:-:-|Passiert sei aber nichts}}.

{{q:indirect:buergermeisterin:m6:c6|Jetzt müsse es schnell gehen}}, {{c:c6|verlangte}} {{m:m6|Lamprecht}}. {{q:indirect:buergermeisterin:-:-|Vor allem die Geschäfte in der Altstadt seien auf Kundschaft vom anderen Flussufer angewiesen}}. {{m:m7|Sie}} {{c:c7|appellierte}} an das Land, {{q:indirect:buergermeisterin:m7:c7|kurzfristig einen Pendelbus und finanzielle Hilfen für betroffene Händler bereitzustellen}}.

Wie hart die Sperrung die Geschäftsleute trifft, zeigt das Beispiel von Metzgermeister Jens Kolbe, dessen Laden direkt am Brückenkopf liegt. „{{q:direct:metzger:m8:c8|Die Hälfte meiner Stammkunden kommt von drüben}}“, {{c:c8|sagte}} {{m:m8|Kolbe}}. „{{q:direct:metzger:m8:c8|Wenn die nicht mehr herkommen, kann ich im Frühjahr zumachen.}}“ {{q:indirect:metzger:m9:c9|Schon die Bauarbeiten am Bahnhof vor zwei Jahren hätten ihn fast ein Drittel seines Umsatzes gekostet}}, {{c:c9|rechnete}} {{m:m9|der Handwerker}} vor.

Die Bürgerinitiative „Brücke jetzt“ sammelt seit Sonntag Unterschriften. {{q:indirect:bi:m11:c11|Das Land habe die Brücke jahrzehntelang auf Verschleiß gefahren}}, {{c:c11|warf}} {{m:m11|Sprecherin Ute Marquardt}} der Landesregierung vor. {{q:indirect:bi:-:-|Man werde nicht zulassen, dass Melsungen jahrelang zweigeteilt bleibe}}.

Die Polizei kündigte verstärkte Kontrollen an der Umleitungsstrecke an. {{q:indirect:polizei:m13:c13|In den ersten Tagen werde man mit zusätzlichen Kräften den Verkehr an den Kreuzungen regeln}}, {{c:c13|sagte}} {{m:m13|ein Polizeisprecher}}. {{q:indirect:polizei:-:-|Autofahrer sollten mehr Zeit einplanen und die Innenstadt nach Möglichkeit weiträumig umfahren}}.

Der Zustand vieler Brücken in Hessen gilt seit Langem als kritisch. Mehr als 300 Brücken an Landesstraßen gelten als sanierungsbedürftig. {{m:m14|Die Sprecherin des Regierungspräsidiums}} {{c:c14|verwies}} darauf, {{q:indirect:rp:m14:c14|dass die Brücke in Melsungen erst im vergangenen Jahr geprüft und damals noch als ausreichend eingestuft worden sei}}. {{q:indirect:rp:-:-|Die Schäden seien erst durch den starken Frost im Januar sichtbar geworden}}.
""",
)
