# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 16: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex16 import article

article(
    "dex16_01_landtag_kita", "de/online-landtag", "de",
    {"kortmann": ["Sabine Kortmann", "Familienministerin Sabine Kortmann", "Kortmann", "die Ministerin", "sie", "Sie"],
     "lindemann": ["Markus Lindemann", "SPD-Fraktionsvize Markus Lindemann", "Lindemann", "Er"],
     "yildiz": ["Mehtap Yıldız", "Die Grünen-Abgeordnete Mehtap Yıldız", "Yıldız"],
     "verband": ["Freie Wohlfahrtspflege", "der Verband", "Die Freie Wohlfahrtspflege NRW"],
     "regierungskreise": ["Regierungskreisen"],
     "brueggemann": ["Claudia Brüggemann", "Elternvertreterin Claudia Brüggemann", "Brüggemann", "die Mutter zweier Kinder aus Essen"],
     "sasse": ["Henrik Sasse", "FDP-Familienpolitiker Henrik Sasse", "Sasse"]},
    """
Kita-Reform: Opposition wirft Landesregierung Schönrechnerei vor

Der Landtag streitet über mehr Geld für die Kitas in Nordrhein-Westfalen. Die Familienministerin verteidigt ihren Entwurf, Träger und Eltern bleiben skeptisch.

Von Jana Petersen, Düsseldorf

Foto: Lena Hartwig/dpa

Im nordrhein-westfälischen Landtag ist am Mittwoch heftig über die Reform der Kita-Finanzierung gestritten worden. Familienministerin Sabine Kortmann (CDU) verteidigte den Gesetzentwurf gegen die Kritik von SPD und Grünen. {{q:indirect:kortmann:m1:c1|Das Land stelle in den kommenden drei Jahren zusätzlich 450 Millionen Euro bereit}}, {{c:c1|sagte}} {{m:m1|die Ministerin}} in der Plenardebatte. {{q:indirect:kortmann:-:-|Damit fließe so viel Geld in die frühkindliche Bildung wie nie zuvor}}.

{{m:m2|Kortmann}} {{c:c2|hob}} hervor, dass {{q:indirect:kortmann:m2:c2|vor allem Einrichtungen in sozial schwachen Stadtteilen von der Reform profitieren sollten}}. {{q:indirect:kortmann:-:-|Die Zeit der Kürzungen sei vorbei}}. „{{q:direct:kortmann:m3:c3|Wir lassen keine Kita im Stich}}“, {{c:c3|rief}} {{m:m3|sie}} den Abgeordneten zu.

Die Opposition sieht das grundlegend anders. {{m:m4|SPD-Fraktionsvize Markus Lindemann}} {{c:c4|monierte}}, {{q:indirect:lindemann:m4:c4|die Ministerin rechne sich die Zahlen schön}}. {{q:indirect:lindemann:-:-|Ein Großteil des Geldes werde von den steigenden Personalkosten aufgefressen}}. {{q:indirect:lindemann:-:-|Für bessere Betreuungsschlüssel bleibe praktisch nichts übrig}}.

{{m:m5|Er}} {{c:c5|nannte}} {{q:mixed:lindemann:m5:c5|den Entwurf „Flickschusterei auf Kosten der Kinder“}}. {{q:indirect:lindemann:m6:c6|Die Landesregierung habe im Wahlkampf beitragsfreie Kita-Jahre versprochen und breche nun ihr Wort}}, {{c:c6|kritisierte}} {{m:m6|Lindemann}}.

{{m:m7|Die Grünen-Abgeordnete Mehtap Yıldız}} {{c:c7|wandte}} ein, dass {{q:indirect:yildiz:m7:c7|schon heute in vielen Einrichtungen Gruppen geschlossen werden müssten, weil Erzieherinnen fehlten}}. {{q:indirect:yildiz:m8:c8|Die Reform, {{c:c8|so}} {{m:m8|Yıldız}}, ändere daran nichts}}. {{q:indirect:yildiz:-:-|Solange der Beruf schlecht bezahlt werde, kämen keine neuen Fachkräfte nach}}.

Auch die Träger der Einrichtungen halten die Pläne für unzureichend. In einer Stellungnahme {{c:c9|erklärte}} {{m:m9|die Freie Wohlfahrtspflege NRW}}, {{q:indirect:verband:m9:c9|die zusätzlichen Mittel reichten bei weitem nicht aus}}. {{q:indirect:verband:-:-|Bis zu einem Drittel der Einrichtungen stehe schon jetzt vor erheblichen finanziellen Problemen}}. {{q:indirect:verband:-:-|Viele Träger müssten Rücklagen auflösen, um die Tarifsteigerungen zu bezahlen}}.

Eine Studie der Bertelsmann Stiftung zeigt, dass in Nordrhein-Westfalen bis zum Ende des Jahrzehnts mehr als 20.000 Fachkräfte in der Kindertagesbetreuung fehlen könnten. Die Zahlen belegen zugleich, dass die Gruppen im Land größer sind als im Bundesschnitt.

Auf der Besuchertribüne verfolgte {{m:m10|Elternvertreterin Claudia Brüggemann}} vom Landeselternbeirat die Debatte. „{{q:direct:brueggemann:m10:c10|Wir haben ein Jahr lang Unterschriften gesammelt, und jetzt kommt so ein Kompromiss heraus}}“, {{c:c10|sagte}} {{m:m10b|die Mutter zweier Kinder aus Essen}}. „{{q:direct:brueggemann:m10b:c10|Viele Eltern fühlen sich schlicht nicht ernst genommen.}}“

{{q:indirect:brueggemann:m11:c11|Besonders ärgerlich sei, dass die Elternbeiträge je nach Wohnort weiterhin sehr unterschiedlich ausfielen}}, {{c:c11|fügte}} {{m:m11|Brüggemann}} hinzu. {{q:indirect:brueggemann:-:-|In manchen Städten zahle eine Familie für den gleichen Platz das Dreifache}}.

Von der mitregierenden FDP kamen versöhnlichere Töne. {{m:m12|FDP-Familienpolitiker Henrik Sasse}} {{c:c12|räumte}} ein, {{q:indirect:sasse:m12:c12|der Entwurf sei nicht perfekt}}. {{q:indirect:sasse:-:-|Er sei aber ein Anfang, auf dem man aufbauen könne}}. „{{q:direct:sasse:m13:c13|Wer jetzt alles auf einmal fordert, riskiert am Ende, gar nichts zu bekommen}}“, {{c:c13|warnte}} {{m:m13|Sasse}}.

Aus {{m:m14|Regierungskreisen}} {{c:c14|verlautete}} am Abend, {{q:indirect:regierungskreise:m14:c14|man sei bei der Sprachförderung offen für Nachbesserungen}}. Ein Sprecher des Familienministeriums wollte das auf Anfrage weder bestätigen noch dementieren.

Der Gesetzentwurf soll nach der Sommerpause im Familienausschuss beraten werden. {{m:m15|Kortmann}} {{c:c15|kündigte}} an, {{q:indirect:kortmann:m15:c15|die Verbände vorher noch einmal zu Gesprächen einzuladen}}.

{{q:indirect:kortmann:m16:c16|Sie rechne fest damit, dass das Gesetz wie geplant zum 1. August 2027 in Kraft treten könne}}, {{c:c16|sagte}} {{m:m16|sie}} im Anschluss dem WDR. {{q:indirect:kortmann:-:-|Die Kritik der Opposition nehme sie ernst, sie beruhe aber zum Teil auf veralteten Zahlen}}.
""",
)

article(
    "dex16_02_gericht_anlagebetrug", "de/online-gericht", "de",
    {"gessner": ["Roland Gessner", "der 52 Jahre alte Finanzberater Roland Gessner", "Gessner", "Er", "er"],
     "staatsanwaltschaft": ["Staatsanwaltschaft", "Die Staatsanwaltschaft"],
     "vogt": ["Karin Vogt", "Oberstaatsanwältin Karin Vogt", "Vogt"],
     "rentnerin": ["eine 71 Jahre alte Rentnerin aus Königsbrunn", "Rentnerin", "die Frau", "sie", "Die Zeugin"],
     "kreuzer": ["Matthias Kreuzer", "Gessners Verteidiger Matthias Kreuzer", "Kreuzer"],
     "lang": ["Herbert Lang", "Der Vorsitzende Richter Herbert Lang", "Lang"],
     "gericht": ["Gerichtssprecherin", "Einer Gerichtssprecherin", "Landgericht Augsburg"],
     "justizkreise": ["Justizkreisen"],
     "schoenfeld": ["Petra Schönfeld", "Opferanwältin Petra Schönfeld", "Schönfeld"]},
    """
Prozess um Anlagebetrug: Finanzberater legt Teilgeständnis ab

Mehr als 300 Anleger sollen ihr Geld verloren haben. Vor dem Landgericht Augsburg räumt der Angeklagte Fehler ein – von einem Betrugssystem will er aber nichts wissen.

Von Stefan Mohr

Augsburg. Im Prozess um einen mutmaßlichen Anlagebetrug in Millionenhöhe hat der Hauptangeklagte am Dienstag überraschend ein Teilgeständnis abgelegt. Über seinen Anwalt ließ {{m:m1|der 52 Jahre alte Finanzberater Roland Gessner}} {{c:c1|erklären}}, {{q:indirect:gessner:m1:c1|er habe die Risiken der Anlagen gegenüber seinen Kunden verharmlost}}. {{q:indirect:gessner:-:-|Ein betrügerisches System habe er jedoch nie aufgebaut}}. {{q:indirect:gessner:-:-|Er bedauere zutiefst, dass viele Anleger ihr Erspartes verloren hätten}}.

{{m:m2|Die Staatsanwaltschaft}} {{c:c2|wirft}} Gessner vor, {{q:indirect:staatsanwaltschaft:m2:c2|zwischen 2019 und 2023 rund 340 Anleger um insgesamt 11,6 Millionen Euro gebracht zu haben}}. Das Geld soll er nach der Anklage nicht in Immobilienprojekte gesteckt, sondern zum großen Teil für die Auszahlung vermeintlicher Zinsen an frühere Kunden verwendet haben. {{m:m3|Oberstaatsanwältin Karin Vogt}} {{c:c3|sprach}} von einem „{{q:direct:vogt:m3:c3|Schneeballsystem in Reinform}}“.

Als erste Zeugin sagte eine 71 Jahre alte Rentnerin aus Königsbrunn aus. {{q:indirect:rentnerin:m4:c4|Sie habe Gessner vertraut, weil er ihr über Jahre hinweg pünktlich Zinsen überwiesen habe}}, {{c:c4|schilderte}} {{m:m4|die Frau}}. {{q:indirect:rentnerin:-:-|Am Ende seien 80.000 Euro weg gewesen, ihre gesamte Altersvorsorge}}. „{{q:direct:rentnerin:m5:c5|Ich schäme mich bis heute, dass ich so gutgläubig war}}“, {{c:c5|sagte}} {{m:m5|sie}} mit brüchiger Stimme.

Gessner selbst verfolgte die Aussage mit gesenktem Kopf. {{m:m6|Gessners Verteidiger Matthias Kreuzer}} {{c:c6|stellte}} klar, {{q:indirect:kreuzer:m6:c6|sein Mandant werde sich in den kommenden Verhandlungstagen auch den Fragen des Gerichts stellen}}. {{q:indirect:kreuzer:-:-|Er wolle zur Aufklärung beitragen und, soweit möglich, Schaden wiedergutmachen}}.

{{q:indirect:kreuzer:m7:c7|Den Vorwurf des gewerbsmäßigen Betrugs halte er allerdings für überzogen}}, {{c:c7|sagte}} {{m:m7|Kreuzer}} am Rande der Verhandlung. {{q:indirect:kreuzer:-:-|Sein Mandant habe selbst an die Projekte geglaubt und einen erheblichen Teil seines eigenen Vermögens investiert}}. „{{q:direct:kreuzer:m8:c8|Herr Gessner ist kein Krimineller, der von Anfang an betrügen wollte}}“, {{c:c8|betonte}} {{m:m8|der Anwalt}}, „{{q:direct:kreuzer:m8:c8|sondern ein Geschäftsmann, dem die Dinge über den Kopf gewachsen sind.}}“

Die Ermittlungsakten legen allerdings nahe, dass Gessner spätestens seit 2021 wusste, dass die versprochenen Renditen nicht zu erwirtschaften waren. Mehrere Kontoauszüge zeigen, dass er in dieser Zeit hohe Summen auf ein Konto in Liechtenstein überwies.

{{m:m9|Der Vorsitzende Richter Herbert Lang}} {{c:c9|machte}} deutlich, {{q:indirect:lang:m9:c9|dass ein umfassendes Geständnis sich strafmildernd auswirken könne}}. {{m:m10|Er}} {{c:c10|deutete}} an, {{q:indirect:lang:m10:c10|dass in diesem Fall eine Freiheitsstrafe zwischen fünf und sechs Jahren denkbar sei}}. {{q:indirect:lang:-:-|Ohne ein solches Geständnis müsse der Angeklagte mit deutlich mehr rechnen}}.

{{q:mixed:schoenfeld:m11:c11|Das Teilgeständnis sei „ein erster Schritt, aber noch keine Entschuldigung“}}, {{c:c11|sagte}} {{m:m11|Opferanwältin Petra Schönfeld}}, die rund 60 Geschädigte vertritt. {{q:indirect:schoenfeld:-:-|Ihre Mandanten erwarteten, dass Gessner offenlege, wo das Geld geblieben sei}}. {{q:indirect:schoenfeld:-:-|Viele von ihnen hätten kaum noch Hoffnung, auch nur einen Teil ihrer Ersparnisse wiederzusehen}}.

Einer {{m:m12|Gerichtssprecherin}} {{c:c12|zufolge}} {{q:indirect:gericht:m12:c12|sind bis zum Urteil noch zwölf weitere Verhandlungstage angesetzt}}. Geladen sind mehr als 40 Zeugen, darunter ein Gutachter der Bundesanstalt für Finanzdienstleistungsaufsicht. Aus {{m:m13|Justizkreisen}} {{c:c13|hieß}} es, {{q:indirect:justizkreise:m13:c13|das Verfahren sei eines der größten seiner Art in Schwaben seit Jahren}}.

Ein Urteil wird für Ende März erwartet. Gessner sitzt seit vergangenem Herbst in Untersuchungshaft.
""",
)

article(
    "dex16_03_blaulicht_unfall", "de/online-polizei", "de",
    {"polizei": ["Polizei", "Polizeibericht", "Polizeiangaben", "Polizeipräsidium Reutlingen", "Ein Sprecher des Polizeipräsidiums Reutlingen", "Sprecher", "Dem Sprecher", "der Sprecher"],
     "fahrer": ["ein 58 Jahre alter Autofahrer", "Der 58-Jährige", "der 58-Jährige", "Autofahrer"],
     "zeuge": ["Ein Augenzeuge", "Augenzeuge", "der Mann", "Er"],
     "tagblatt": ["Schwäbisches Tagblatt", "das „Schwäbische Tagblatt", "Schwäbische Tagblatt"],
     "soltau": ["Jürgen Soltau", "Bürgermeister Jürgen Soltau", "Soltau", "der Rathauschef"],
     "rp": ["Regierungspräsidium Tübingen", "Das Regierungspräsidium Tübingen", "eine Sprecherin der Behörde"],
     "initiative": ["Bürgerinitiative", "Die Bürgerinitiative „Sichere B 27“", "Martina Eckert", "Sprecherin Martina Eckert", "Eckert"]},
    """
Schwerer Unfall auf der B 27: Zwei Verletzte an gefährlicher Kreuzung

Wieder kracht es an der Einmündung bei Kusterdingen. Anwohner fordern seit Jahren eine Ampel – jetzt soll der Umbau kommen.

Foto: Polizeipräsidium Reutlingen

Kusterdingen. Bei einem Unfall auf der Bundesstraße 27 bei Kusterdingen (Landkreis Tübingen) sind am Montagmorgen zwei Menschen schwer verletzt worden. {{c:c1|Laut}} {{m:m1|Polizeibericht}} {{q:indirect:polizei:m1:c1|wollte ein 58 Jahre alter Autofahrer gegen 7.15 Uhr von einer Gemeindeverbindungsstraße nach links auf die B 27 in Richtung Tübingen abbiegen}}. Dabei übersah er offenbar den Wagen einer 34-Jährigen, die in Richtung Reutlingen unterwegs war.

{{m:m2|Der 58-Jährige}} {{c:c2|gab}} an, {{q:indirect:fahrer:m2:c2|von der tief stehenden Sonne geblendet worden zu sein}}. Beide Fahrer wurden mit dem Rettungshubschrauber in Kliniken nach Tübingen und Stuttgart geflogen. {{c:c3|Nach}} {{m:m3|Polizeiangaben}} {{q:indirect:polizei:m3:c3|besteht bei keinem der beiden Lebensgefahr}}. Die B 27 war in beide Richtungen für knapp drei Stunden gesperrt, der Berufsverkehr staute sich bis nach Reutlingen.

{{m:m4|Ein Sprecher des Polizeipräsidiums Reutlingen}} {{c:c4|sagte}}, {{q:indirect:polizei:m4:c4|die Unfallstelle sei am Vormittag von einem Gutachter untersucht worden}}. {{q:indirect:polizei:-:-|Ob der Autofahrer zu schnell unterwegs gewesen sei, lasse sich noch nicht sagen}}. Dem {{m:m5|Sprecher}} {{c:c5|zufolge}} {{q:indirect:polizei:m5:c5|entstand an beiden Fahrzeugen Totalschaden}}. Den Sachschaden schätzt die Polizei auf rund 45.000 Euro.

{{m:m6|Ein Augenzeuge}}, der mit seinem Hund an der Straße unterwegs war, {{c:c6|schilderte}} den Aufprall als „{{q:direct:zeuge:m6:c6|ohrenbetäubend}}“. {{q:indirect:zeuge:m7:c7|Er sei sofort zu den Autos gelaufen und habe den Notruf gewählt}}, {{c:c7|erzählte}} {{m:m7|der Mann}}. {{q:indirect:zeuge:-:-|Die Frau sei ansprechbar gewesen, der Fahrer habe dagegen stark am Kopf geblutet}}.

Die Einmündung gilt seit Langem als Unfallschwerpunkt. Wie {{m:m8|das „Schwäbische Tagblatt“}} {{c:c8b|berichtet}}, {{q:indirect:tagblatt:m8:c8b|hat es dort in den vergangenen fünf Jahren mehr als 20 Unfälle mit Verletzten gegeben}}. Zwei Menschen kamen ums Leben.

{{m:m9|Bürgermeister Jürgen Soltau}} {{c:c9|forderte}} erneut, {{q:indirect:soltau:m9:c9|die Kreuzung endlich mit einer Ampel zu sichern}}. {{q:indirect:soltau:-:-|Die Gemeinde weise seit Jahren auf die Gefahr hin}}. {{q:indirect:soltau:-:-|Passiert sei bislang nichts}}. „{{q:direct:soltau:m10:c10|Ich will nicht warten, bis der nächste Mensch an dieser Stelle stirbt}}“, {{c:c10|sagte}} {{m:m10|der Rathauschef}}.

{{m:m11|Das Regierungspräsidium Tübingen}}, das für die Bundesstraße zuständig ist, {{c:c11|teilte}} auf Anfrage mit, {{q:indirect:rp:m11:c11|ein Umbau der Einmündung sei für das Jahr 2028 vorgesehen}}. {{q:indirect:rp:m12:c12|Die Planungen für einen Kreisverkehr seien weit fortgeschritten}}, {{c:c12|erklärte}} {{m:m12|eine Sprecherin der Behörde}}. {{q:indirect:rp:-:-|Eine Ampel als Übergangslösung habe man geprüft, sie würde nach Einschätzung der Verkehrsplaner aber lange Rückstaus verursachen}}.

Die Bürgerinitiative „Sichere B 27“ zeigte sich von dieser Antwort enttäuscht. {{q:indirect:initiative:m14:c14|Man habe in den vergangenen Jahren mehr als 3000 Unterschriften gesammelt und sei immer wieder vertröstet worden}}, {{c:c14|sagte}} {{m:m14|Sprecherin Martina Eckert}}. {{q:indirect:initiative:-:-|Ein Tempolimit von 70 Kilometern pro Stunde ließe sich sofort umsetzen und koste fast nichts}}.

Nach Daten des Statistischen Landesamts ist die Zahl der Verkehrstoten in Baden-Württemberg im vergangenen Jahr leicht gesunken. Auf Bundesstraßen verunglücken aber weiterhin überdurchschnittlich viele Menschen schwer.

{{m:m15|Die Polizei}} {{c:c15|bittet}} Zeugen, {{q:indirect?:polizei:m15:c15|die den Unfall beobachtet haben, sich unter der Telefonnummer 07071 972-8660 zu melden}}.
""",
)

article(
    "dex16_04_fussball_derby", "de/online-sport", "de",
    {"brandstetter": ["Kai Brandstetter", "Trainer Kai Brandstetter", "Brandstetter", "Der Trainer", "der 44-Jährige"],
     "kamps": ["Oliver Kamps", "Sportvorstand Oliver Kamps", "Kamps", "Der 49-Jährige", "der 49-Jährige"],
     "wenzel": ["Lukas Wenzel", "Kapitän Lukas Wenzel", "Wenzel", "der Innenverteidiger"],
     "nn": ["„Nürnberger Nachrichten“", "Nürnberger Nachrichten", "der „Nürnberger Nachrichten"],
     "umfeld": ["Umfeld der Mannschaft"],
     "ultras": ["Ultras", "Die Ultragruppe „Banda Nord“", "Banda Nord"],
     "pohl": ["Stefan Pohl", "Fürths Trainer Stefan Pohl", "Pohl"]},
    """
Brandstetter nach der Derby-Pleite: „{{q:direct:brandstetter:-:-|Das war in allen Belangen zu wenig}}“

Der 1. FC Nürnberg verliert das Frankenderby gegen Greuther Fürth mit 0:3. Die Fans pfeifen, der Sportvorstand stärkt dem Trainer den Rücken – vorerst.

Von Tobias Lindner

Nürnberg. Die Stimmung im Max-Morlock-Stadion war nach dem Schlusspfiff auf dem Tiefpunkt. Mit gesenkten Köpfen schlichen die Nürnberger Spieler vor die Nordkurve, wo sie mit einem gellenden Pfeifkonzert empfangen wurden. Nach dem 0:3 im Derby gegen die SpVgg Greuther Fürth ist der Club auf Platz 15 der Zweiten Liga abgerutscht.

„{{q:direct:brandstetter:m1:c1|Das war in allen Belangen zu wenig}}“, {{c:c1|sagte}} {{m:m1|Trainer Kai Brandstetter}} auf der Pressekonferenz. „{{q:direct:brandstetter:m1:c1|Wir haben die Zweikämpfe nicht angenommen und nach dem ersten Gegentor komplett den Faden verloren.}}“ {{q:indirect:brandstetter:m2:c2|Die Fans hätten jedes Recht, enttäuscht zu sein}}, {{c:c2|gestand}} {{m:m2|der 44-Jährige}}. {{q:indirect:brandstetter:-:-|Er selbst sei es auch}}.

Auf die Frage, ob er um seinen Job fürchte, {{c:c3|reagierte}} {{m:m3|Brandstetter}} gereizt: „{{q:direct:brandstetter:m3:c3|Darüber mache ich mir heute keine Gedanken. Ich habe eine Mannschaft, die am Boden liegt, und um die muss ich mich kümmern.}}“

Sportvorstand Oliver Kamps stellte sich demonstrativ hinter den Coach. {{q:indirect:kamps:m5:c5|Eine Trainerdiskussion gebe es beim Club nicht}}, {{c:c5|betonte}} {{m:m5|der 49-Jährige}}. {{q:indirect:kamps:-:-|Man habe im Sommer bewusst einen Umbruch eingeleitet, und der brauche Zeit}}. {{q:indirect:kamps:-:-|Wer jetzt nach Konsequenzen rufe, verkenne die Lage}}.

{{c:c6|Nach Informationen}} {{m:m6|der „Nürnberger Nachrichten“}} {{q:indirect:nn:m6:c6|soll der Aufsichtsrat allerdings schon für Mittwoch eine Sondersitzung einberufen haben}}. Aus dem {{m:m7|Umfeld der Mannschaft}} {{c:c7|war}} zu hören, {{q:indirect:umfeld:m7:c7|dass mehrere Führungsspieler mit der defensiven Ausrichtung des Trainers hadern}}.

Kapitän Lukas Wenzel wollte davon nichts wissen. „{{q:direct:wenzel:m8:c8|Wir stehen alle hinter dem Trainer, da passt kein Blatt Papier dazwischen}}“, {{c:c8|versicherte}} {{m:m8|Wenzel}}. {{q:indirect:wenzel:m9:c9|Die Mannschaft müsse sich an die eigene Nase fassen}}, {{c:c9|polterte}} {{m:m9|der Innenverteidiger}}. {{q:indirect:wenzel:-:-|Mit dieser Einstellung werde man gegen niemanden in dieser Liga bestehen}}.

Ganz anders war die Gefühlslage auf der Gegenseite. {{m:m10|Fürths Trainer Stefan Pohl}} {{c:c10|lobte}} seine Mannschaft für eine „{{q:direct:pohl:m10:c10|fast perfekte Auswärtsleistung}}“. {{q:indirect:pohl:m11:c11|Man habe genau gewusst, wo der Gegner verwundbar sei}}, {{c:c11|erklärte}} {{m:m11|Pohl}}. {{q:indirect:pohl:-:-|Seine Spieler hätten den Plan über 90 Minuten diszipliniert umgesetzt}}. „{{q:direct:pohl:m12:c12|So ein Derby gewinnt man nicht jedes Jahr, das dürfen die Jungs heute Abend genießen}}“, {{c:c12|fügte}} {{m:m12|er}} schmunzelnd hinzu.

Die Tore für Fürth erzielten Jonas Albrecht (23.), Dario Kovač (58.) und der eingewechselte Niklas Ehrhardt (87.). Die Statistik zeigt, dass Nürnberg in der gesamten Partie nur zwei Torschüsse abgab.

{{m:m13|Die Ultragruppe „Banda Nord“}} {{c:c13|kündigte}} in einer Mitteilung an, {{q:indirect:ultras:m13:c13|beim nächsten Heimspiel gegen Paderborn in den ersten 20 Minuten schweigen zu wollen}}. {{q:indirect:ultras:-:-|Die Mannschaft habe das Wappen nicht würdig vertreten}}. {{q:indirect:ultras:-:-|Man erwarte eine Reaktion auf dem Platz, nicht nur warme Worte}}.

{{m:m14|Brandstetter}} {{c:c14|kündigte}} an, {{q:indirect:brandstetter:m14:c14|die Trainingswoche zu nutzen, um mit jedem Spieler einzeln zu sprechen}}. {{q:indirect:brandstetter:-:-|Personelle Veränderungen für das Spiel in Paderborn schließe er nicht aus}}. Ob er dann noch auf der Bank sitzt, dürfte sich am Mittwoch entscheiden.
""",
)

article(
    "dex16_05_interview_baecker", "de/online-qa-interview", "de",
    {"roth": ["Tobias Roth", "Bäckermeister Tobias Roth", "Roth", "der 56-Jährige"],
     "redaktion": ["SZ"],
     "hwk": ["Handwerkskammer", "Die Handwerkskammer für München und Oberbayern", "der Handwerkskammer", "Ein Sprecher der Handwerkskammer"],
     "ngg": ["Gewerkschaft NGG", "NGG", "ein NGG-Sprecher", "NGG-Sprecher", "Die Gewerkschaft Nahrung-Genuss-Gaststätten"],
     "berger": ["Ursula Berger", "Landrätin Ursula Berger", "Berger"]},
    """
Bäckermeister: „{{q:direct:roth:-:-|Um drei Uhr früh stehe ich allein in der Backstube}}“

In Oberbayern schließt im Schnitt jede Woche eine Handwerksbäckerei. Tobias Roth führt seinen Familienbetrieb in Wolfratshausen in vierter Generation. Ein Gespräch über Energiepreise, fehlende Azubis und die Konkurrenz aus dem Discounter.

Interview: Verena Kolb

Foto: Verena Kolb/SZ

{{m:m1|SZ}}: {{q:direct?:redaktion:m1:-|Herr Roth, wie viele Brötchen backen Sie an einem Samstag?}}

{{m:m2|Roth}}: {{q:direct:roth:m2:-|Etwa 4000, dazu 300 Brezen und 60 Kuchen. Vor zehn Jahren waren es doppelt so viele, aber damals hatten wir auch noch drei Filialen.}}

{{m:m3|SZ}}: {{q:direct?:redaktion:m3:-|Warum haben Sie zwei davon geschlossen?}}

{{m:m4|Roth}}: {{q:direct:roth:m4:-|Weil ich kein Personal mehr gefunden habe. Für die Verkaufsstelle in Geretsried hatte ich eine Anzeige ein halbes Jahr lang geschaltet. Es hat sich eine einzige Frau beworben, und die ist nach zwei Wochen wieder gegangen.}}

{{m:m5|SZ}}: {{q:direct?:redaktion:m5:-|Die Energiepreise sind zuletzt wieder gesunken. Ist das Schlimmste überstanden?}}

{{m:m6|Roth}}: {{q:direct:roth:m6:-|Für uns nicht. Mein Ofen läuft mit Gas, und mein Versorger hat mir im Herbst einen Vertrag angeboten, der immer noch 60 Prozent über dem alten Preis liegt. Das kann ich nicht eins zu eins an die Kunden weitergeben.}}

Die Lage der Betriebe ist angespannt. {{m:m7|Die Handwerkskammer für München und Oberbayern}} {{c:c7|teilte}} mit, {{q:indirect:hwk:m7:c7|die Zahl der Bäckereien in der Region sei seit 2015 um knapp ein Viertel gesunken}}. {{q:indirect:hwk:-:-|Besonders kleine Betriebe ohne Filialnetz gäben auf, weil sich kein Nachfolger finde}}. {{c:c8|Nach Angaben}} {{m:m8|der Kammer}} {{q:indirect:hwk:m8:c8|blieben im vergangenen Jahr mehr als 200 Ausbildungsplätze im Bäckerhandwerk unbesetzt}}.

{{m:m9|SZ}}: {{q:direct?:redaktion:m9:-|Finden Sie denn einen Lehrling?}}

{{m:m10|Roth}}: {{q:direct:roth:m10:-|Dieses Jahr ja, zum ersten Mal seit drei Jahren. Ein junger Mann aus Syrien, der bei uns ein Praktikum gemacht hat. Der ist jeden Morgen pünktlich, das ist heute nicht selbstverständlich.}}

{{m:m11|SZ}}: {{q:direct?:redaktion:m11:-|Was müsste die Politik tun?}}

{{m:m12|Roth}}: {{q:direct:roth:m12:-|Weniger Vorschriften. Ich muss für jede Semmel dokumentieren, welche Allergene drin sind, und die Temperatur der Kühlung dreimal am Tag aufschreiben. Das ist alles gut gemeint, aber für einen Betrieb mit sechs Leuten kaum zu schaffen.}}

Die Gewerkschaft Nahrung-Genuss-Gaststätten sieht das Problem woanders. {{q:indirect:ngg:m14:c14|Viele Betriebe zahlten im Verkauf kaum mehr als den Mindestlohn und wunderten sich dann, dass niemand komme}}, {{c:c14|sagte}} {{m:m14|ein NGG-Sprecher}} der SZ. {{q:indirect:ngg:-:-|Wer gute Leute wolle, müsse nach Tarif bezahlen und verlässliche Arbeitszeiten bieten}}.

Landrätin Ursula Berger sicherte den Handwerksbetrieben Unterstützung zu. {{q:indirect:berger:m16:c16|Der Landkreis werde im Frühjahr eine Ausbildungsmesse eigens für das Lebensmittelhandwerk ausrichten}}, {{c:c16|versprach}} {{m:m16|Berger}}. {{q:indirect:berger:-:-|Zudem prüfe man, ob kleine Betriebe bei der Umstellung auf elektrische Öfen gefördert werden könnten}}.

{{m:m17|SZ}}: {{q:direct?:redaktion:m17:-|Würden Sie Ihrem Sohn raten, die Bäckerei zu übernehmen?}}

{{m:m18|Roth}}: {{q:direct:roth:m18:-|Ich würde ihm nicht abraten. Aber er soll wissen, worauf er sich einlässt. Wer Bäcker wird, muss das wirklich wollen – sonst hält man das keine zehn Jahre durch.}}
""",
)

article(
    "dex16_06_wirtschaft_bahnstreik", "de/online-wirtschaft", "de",
    {"bahn": ["Deutsche Bahn", "Die Deutsche Bahn", "die Bahn", "Bahn", "ein Bahnsprecher", "Bahnsprecher", "Unternehmensangaben"],
     "gdl": ["GDL", "Die GDL", "Gewerkschaft Deutscher Lokomotivführer", "Die Gewerkschaft Deutscher Lokomotivführer (GDL)", "Die Gewerkschaft Deutscher Lokomotivführer"],
     "kuehn": ["Ralf Kühn", "GDL-Chef Ralf Kühn", "Kühn", "Der Gewerkschaftschef", "der Gewerkschaftschef"],
     "seidel": ["Anja Seidel", "Bahn-Personalvorständin Anja Seidel", "Seidel", "die Managerin"],
     "wieland": ["Peter Wieland", "Bundesverkehrsminister Peter Wieland", "Wieland"],
     "verhandlungskreise": ["Verhandlungskreisen"],
     "spiegel": ["Spiegel", "der „Spiegel“"],
     "probahn": ["Pro Bahn", "Fahrgastverband Pro Bahn", "Karl-Heinz Möller", "Möller", "Ehrenvorsitzender Karl-Heinz Möller"],
     "iw": ["Institut der deutschen Wirtschaft", "des Instituts der deutschen Wirtschaft", "Instituts der deutschen Wirtschaft"]},
    """
GDL ruft zu 48-Stunden-Streik auf – {{m:m0|Bahn}} {{c:c0|spricht}} von „{{q:direct:bahn:m0:c0|Zumutung}}“

Ab Mittwochmorgen steht der Fernverkehr weitgehend still. Die Gewerkschaft will den Druck in der festgefahrenen Tarifrunde erhöhen, der Konzern zieht vor Gericht.

Frankfurt/Main (dpa) – Bahnreisende in ganz Deutschland müssen sich auf massive Einschränkungen einstellen. {{m:m1|Die Gewerkschaft Deutscher Lokomotivführer (GDL)}} {{c:c1|rief}} ihre Mitglieder am Montag auf, {{q:indirect:gdl:m1:c1|von Mittwoch, 2.00 Uhr, bis Freitag, 2.00 Uhr, im Personen- und Güterverkehr die Arbeit niederzulegen}}. {{q:indirect:gdl:-:-|Die Bahn habe in fünf Verhandlungsrunden kein verhandlungsfähiges Angebot vorgelegt}}.

{{m:m2|GDL-Chef Ralf Kühn}} {{c:c2|warf}} dem Konzern vor, {{q:indirect:kuehn:m2:c2|die Verhandlungen bewusst zu verschleppen}}. „{{q:direct:kuehn:m3:c3|Wer unsere Kolleginnen und Kollegen monatelang hinhält, darf sich über einen Streik nicht wundern}}“, {{c:c3|sagte}} {{m:m3|Kühn}} in Frankfurt. {{q:indirect:kuehn:m4:c4|Die Forderung nach einer 35-Stunden-Woche bei vollem Lohnausgleich sei nicht verhandelbar}}, {{c:c4|stellte}} {{m:m4|der Gewerkschaftschef}} klar.

{{m:m5|Die Deutsche Bahn}} {{c:c5|bezeichnete}} den Streik als „{{q:direct:bahn:m5:c5|völlig überzogene Zumutung für Millionen Fahrgäste}}“. {{m:m6|Bahn-Personalvorständin Anja Seidel}} {{c:c6|erklärte}}, {{q:indirect:seidel:m6:c6|man habe der GDL erst in der vergangenen Woche eine Lohnerhöhung um elf Prozent angeboten}}. {{q:indirect:seidel:-:-|Über die Arbeitszeit sei man zu reden bereit, aber nicht unter dem Druck eines Ultimatums}}. {{q:indirect:seidel:m7:c7|Das Unternehmen werde beim Arbeitsgericht Frankfurt eine einstweilige Verfügung beantragen}}, {{c:c7|kündigte}} {{m:m7|die Managerin}} an.

{{c:c8|Nach}} {{m:m8|Unternehmensangaben}} {{q:indirect:bahn:m8:c8|soll im Fernverkehr ein Notfahrplan mit etwa 20 Prozent der Züge gelten}}. {{q:indirect:bahn:m9:c9|Auch im Regionalverkehr werde es in allen Bundesländern zu großen Ausfällen kommen}}, {{c:c9|sagte}} {{m:m9|ein Bahnsprecher}}. {{q:indirect:bahn:-:-|Fahrgäste, die ihre Reise verschieben wollten, könnten ihr Ticket flexibel nutzen}}.

Die Bundesregierung beobachtet den Konflikt mit wachsender Sorge. {{m:m10|Bundesverkehrsminister Peter Wieland}} {{c:c10|appellierte}} an beide Seiten, {{q:indirect:wieland:m10:c10|an den Verhandlungstisch zurückzukehren}}. {{q:indirect:wieland:-:-|Ein Streik in dieser Größenordnung schade der gesamten Volkswirtschaft}}. {{q:indirect:wieland:-:-|Ein Eingreifen des Gesetzgebers lehne er allerdings ab, die Tarifautonomie sei ein hohes Gut}}.

Aus {{m:m11|Verhandlungskreisen}} {{c:c11|erfuhr}} die Deutsche Presse-Agentur, {{q:indirect:verhandlungskreise:m11:c11|dass beide Seiten sich bei der Lohnhöhe zuletzt deutlich angenähert hätten}}. {{q:indirect:verhandlungskreise:-:-|Knackpunkt bleibe die Arbeitszeit für Schichtarbeiter}}. {{q:indirect:spiegel:m12:c12|Die Bahn prüfe intern bereits ein Modell mit einer 37-Stunden-Woche}}, {{c:c12|berichtete}} {{m:m12|der „Spiegel“}} unter Berufung auf ein Konzernpapier.

Für Pendler und Reisende dürfte die Woche zur Geduldsprobe werden. {{m:m13|Der Fahrgastverband Pro Bahn}} {{c:c13|forderte}} die Bahn auf, {{q:indirect:probahn:m13:c13|Fahrgäste frühzeitig und verlässlich über Ausfälle zu informieren}}. {{q:indirect:probahn:m14:c14|Die Kunden seien die eigentlichen Leidtragenden des Konflikts}}, {{c:c14|so}} {{m:m14|Ehrenvorsitzender Karl-Heinz Möller}}. „{{q:direct:probahn:m15:c15|Beide Seiten sollten sich fragen, ob sie ihren Streit wirklich auf dem Rücken der Menschen austragen wollen, die jeden Tag zur Arbeit müssen}}“, {{c:c15|sagte}} {{m:m15|Möller}} dem Sender n-tv.

Auch die Wirtschaft schlägt Alarm. {{c:c16|Nach Berechnungen}} {{m:m16|des Instituts der deutschen Wirtschaft}} {{q:indirect?:iw:m16:c16|kostet ein Streiktag im Güterverkehr bis zu 100 Millionen Euro}}. Viele Chemie- und Stahlunternehmen sind auf die Schiene angewiesen, weil sich ihre Produkte kaum auf Lastwagen umladen lassen.

Der letzte große Bahnstreik liegt erst wenige Monate zurück. Damals hatten sich Gewerkschaft und Konzern nach zähen Verhandlungen auf einen Schlichter geeinigt.
""",
)
