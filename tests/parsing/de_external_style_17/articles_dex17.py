# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 17: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex17 import article

article(
    "dex17_01_bundestag_wehrdienst", "de/online-bundestag", "de",
    {"hartmann": ["Stefan Hartmann", "Verteidigungsminister Stefan Hartmann", "Hartmann", "Der Minister", "der Minister", "er", "Er"],
     "roeder": ["Nadine Röder", "Die Grünen-Verteidigungspolitikerin Nadine Röder", "Röder", "die 38-Jährige"],
     "kessler": ["Uwe Keßler", "Der CDU-Abgeordnete Uwe Keßler", "Keßler"],
     "fraktionskreise": ["Fraktionskreisen", "SPD-Fraktionskreisen"],
     "bundeswehrverband": ["Bundeswehrverband", "Der Bundeswehrverband", "des Bundeswehrverbands", "Verbandschef Marco Ehlers", "Marco Ehlers", "Ehlers"],
     "rp": ["Rheinische Post", "der „Rheinischen Post“"],
     "opposition": ["Opposition"],
     "marx": ["Tobias Marx", "Marx", "Ihr Abgeordneter Tobias Marx"],
     "schueler": ["Bundesschülerkonferenz", "Der Bundesschülerkonferenz"],
     "wehrbeauftragte": ["Wehrbeauftragte", "Die Wehrbeauftragte des Bundestages", "Sabine Wendt", "Wendt"]},
    """
Wehrdienst-Debatte: Minister wirbt für Pflichtmusterung – {{m:m0|Opposition}} {{c:c0|warnt}} vor „{{q:direct?:opposition:m0:c0|Etikettenschwindel}}“

Berlin (dpa) – Im Bundestag hat Verteidigungsminister Stefan Hartmann (SPD) sein Gesetz für einen neuen Wehrdienst gegen Kritik aus Union und Grünen verteidigt. {{q:indirect:hartmann:m1:c1|Die Bundeswehr brauche in den kommenden Jahren bis zu 60.000 zusätzliche Soldatinnen und Soldaten}}, {{c:c1|sagte}} {{m:m1|der Minister}} am Donnerstag. {{q:indirect:hartmann:-:-|Ohne eine verpflichtende Musterung aller jungen Männer sei dieses Ziel nicht zu erreichen}}.

{{q:indirect:hartmann:-:-|Zunächst setze man weiter auf Freiwilligkeit}}. {{q:indirect:hartmann:-:-|Sollten sich aber nicht genügend junge Menschen melden, müsse der Bundestag über eine Pflicht entscheiden}}. „{{q:direct:hartmann:m2:c2|Wir können uns nicht länger darauf verlassen, dass andere unsere Sicherheit garantieren}}“, {{c:c2|rief}} {{m:m2|Hartmann}} in den Plenarsaal. „{{q:direct:hartmann:m2:c2|Die Zeitenwende muss auch in den Kasernen ankommen.}}“

Die Union hält den Entwurf für zu zaghaft. {{m:m3|Der CDU-Abgeordnete Uwe Keßler}} {{c:c3|warf}} der Koalition vor, {{q:indirect:kessler:m3:c3|sich aus Angst vor den eigenen Wählern vor einer echten Wehrpflicht zu drücken}}. {{q:mixed:kessler:m4:c4|Das Gesetz sei „Etikettenschwindel“, weil es am Ende doch nur auf Freiwilligkeit setze}}, {{c:c4|sagte}} {{m:m4|Keßler}}. {{q:indirect:kessler:-:-|Die Union werde einen eigenen Antrag vorlegen}}.

Von den Grünen kam Kritik aus der entgegengesetzten Richtung. {{m:m5|Die Grünen-Verteidigungspolitikerin Nadine Röder}} {{c:c5|bemängelte}}, {{q:indirect:roeder:m5:c5|dass Frauen und Männer im Gesetz ungleich behandelt würden}}. {{q:indirect:roeder:m6:c6|Wer über eine Pflicht rede, müsse auch über Gerechtigkeit reden}}, {{c:c6|mahnte}} {{m:m6|die 38-Jährige}}. {{q:indirect:roeder:-:-|Zudem fehlten in vielen Kasernen schon heute Betten, Ausbilder und Material}}.

{{m:m7|Sie}} {{c:c7|verwies}} darauf, dass {{q:indirect:roeder:m7:c7|die Bundeswehr im vergangenen Jahr mehr als ein Viertel ihrer Rekruten noch in der Probezeit wieder verloren habe}}. „{{q:direct:roeder:m8:c8|Das Problem ist nicht, dass sich zu wenige melden}}“, {{c:c8|sagte}} {{m:m8|Röder}}, „{{q:direct:roeder:m8:c8|sondern dass zu viele wieder gehen.}}“

Auch innerhalb der Koalition gibt es Vorbehalte. In {{m:m9|SPD-Fraktionskreisen}} {{c:c9|hieß}} es, {{q:indirect:fraktionskreise:m9:c9|mehrere Abgeordnete wollten dem Gesetz nur zustimmen, wenn die Pflicht ausdrücklich an einen weiteren Bundestagsbeschluss gebunden werde}}. {{q:indirect:rp:m10:c10|Bis zu 30 Sozialdemokraten hätten entsprechende Bedenken angemeldet}}, {{c:c10|berichtete}} {{m:m10|die „Rheinische Post“}}.

{{c:c11|Nach Angaben}} {{m:m11|des Bundeswehrverbands}} {{q:indirect:bundeswehrverband:m11:c11|fehlen der Truppe derzeit rund 20.000 Soldatinnen und Soldaten}}. {{m:m12|Verbandschef Marco Ehlers}} begrüßte das Gesetz grundsätzlich, {{c:c12b|forderte}} aber, {{q:indirect:bundeswehrverband:m12:c12b|die Ausbildungskapazitäten zügig auszubauen}}. {{q:indirect:bundeswehrverband:-:-|Sonst stünden die neuen Rekruten vor verschlossenen Kasernentoren}}.

{{m:m13|Die Wehrbeauftragte des Bundestages, Sabine Wendt}}, {{c:c13|äußerte}} in ihrem Jahresbericht die Sorge, {{q:indirect:wehrbeauftragte:m13:c13|dass die Truppe weiter altere}}. Das Durchschnittsalter der Soldaten ist nach Zahlen des Ministeriums in den vergangenen zehn Jahren von 31 auf 34 Jahre gestiegen.

Die Linke lehnt jede Form der Wehrpflicht ab. Ihr Abgeordneter {{m:m15|Tobias Marx}} {{c:c15|sprach}} von einem „{{q:direct:marx:m15:c15|Rückfall in alte Zeiten}}“. {{q:indirect:marx:m16:c16|Junge Menschen hätten nach der Pandemie schon genug Einschränkungen erlebt}}, {{c:c16|sagte}} {{m:m16|er}}. {{q:indirect:marx:-:-|Statt Zwang brauche es eine bessere Bezahlung und mehr Mitsprache für die Soldaten}}. Der {{m:m17|Bundesschülerkonferenz}} {{c:c17|zufolge}} {{q:indirect:schueler:m17:c17|lehnen zwei Drittel der Schülerinnen und Schüler eine Pflicht ab}}.

{{m:m14|Hartmann}} {{c:c14|zeigte}} sich am Ende der Debatte zuversichtlich: {{q:indirect:hartmann:m14:c14|Er rechne mit einer breiten Mehrheit, auch aus Teilen der Opposition}}. {{q:indirect:hartmann:-:-|Das Gesetz solle zum 1. Januar in Kraft treten}}.
""",
)

article(
    "dex17_02_gericht_windpark", "de/online-gericht", "de",
    {"gericht": ["Verwaltungsgericht Oldenburg", "Das Verwaltungsgericht Oldenburg", "Die Richter der 5. Kammer", "das Gericht", "Gericht", "der Urteilsbegründung"],
     "ahlers": ["Jens Ahlers", "Landwirt Jens Ahlers", "Ahlers", "der 61-Jährige"],
     "nordwind": ["Nordwind Energie", "Der Projektierer Nordwind Energie", "Ein Sprecher des Unternehmens", "Unternehmens"],
     "brinkmann": ["Heike Brinkmann", "Bürgermeisterin Heike Brinkmann", "Brinkmann", "Die Bürgermeisterin", "sie"],
     "nabu": ["Nabu", "Der Naturschutzbund Nabu", "Der Nabu-Landesverband", "Nabu-Landesverband", "Landesvorsitzende Greta Sommer", "Greta Sommer", "Sommer"],
     "lindqvist": ["Peter Lindqvist", "Ahlers' Anwalt Peter Lindqvist", "Lindqvist", "der Fachanwalt für Verwaltungsrecht"],
     "ministerium": ["Umweltministerium", "dem Umweltministerium in Hannover", "Umweltministerium in Hannover"],
     "landkreis": ["Landkreis Cloppenburg", "Der Landkreis Cloppenburg", "Eine Kreissprecherin", "Kreissprecherin"]},
    """
Gericht stoppt Windpark im Oldenburger Münsterland

Das Verwaltungsgericht Oldenburg hat die Genehmigung für sieben Windräder bei Molbergen aufgehoben. Anwohner jubeln, der Betreiber will in Berufung gehen.

Von Kerstin Hollmann

Oldenburg. Das Verwaltungsgericht Oldenburg hat die Genehmigung für einen Windpark mit sieben Anlagen in der Gemeinde Molbergen (Landkreis Cloppenburg) für rechtswidrig erklärt. {{m:m1|Die Richter der 5. Kammer}} {{c:c1|kamen}} zu dem Schluss, dass {{q:indirect:gericht:m1:c1|der Landkreis die Auswirkungen auf ein nahes Brutgebiet des Rotmilans nicht ausreichend geprüft habe}}. {{q:indirect:gericht:-:-|Die vorgelegten Gutachten seien lückenhaft und zum Teil veraltet}}.

{{q:indirect:gericht:m2:c2|Die Behörde hätte eine eigene Kartierung der Horststandorte verlangen müssen}}, {{c:c2|heißt}} es in {{m:m2|der Urteilsbegründung}}. Die Berufung zum Oberverwaltungsgericht in Lüneburg ließ das Gericht ausdrücklich zu.

Geklagt hatte Landwirt Jens Ahlers, dessen Hof nur 600 Meter von der nächsten geplanten Anlage entfernt liegt. „{{q:direct:ahlers:m4:c4|Ich bin nicht gegen Windkraft, aber man muss die Regeln einhalten}}“, {{c:c4|sagte}} {{m:m4|der 61-Jährige}} nach der Verhandlung. {{q:indirect:ahlers:m5:c5|Er habe vier Jahre lang auf eigene Kosten Gutachter und Anwälte bezahlt}}, {{c:c5|rechnete}} {{m:m5|Ahlers}} vor. {{q:indirect:ahlers:-:-|Insgesamt seien mehr als 40.000 Euro zusammengekommen}}.

{{m:m6|Er}} {{c:c6|räumte}} ein, {{q:indirect:ahlers:m6:c6|dass nicht alle im Dorf seine Klage unterstützt hätten}}. „{{q:direct:ahlers:m7:c7|Manche Nachbarn grüßen mich seitdem nicht mehr}}“, {{c:c7|erzählte}} {{m:m7|er}}.

{{m:m8|Der Projektierer Nordwind Energie}} aus Bremen {{c:c8|kündigte}} an, {{q:indirect:nordwind:m8:c8|gegen das Urteil vorzugehen}}. {{q:indirect:nordwind:m9:c9|Man halte die Anforderungen des Gerichts für überzogen}}, {{c:c9|sagte}} {{m:m9|ein Sprecher des Unternehmens}}. {{q:indirect:nordwind:-:-|Die Gutachten entsprächen dem Stand der Technik und seien mit den Naturschutzbehörden abgestimmt gewesen}}. {{c:c10|Nach}} {{m:m10|Unternehmensangaben}} {{q:indirect:nordwind:m10:c10|hätten die Anlagen rechnerisch rund 30.000 Haushalte mit Strom versorgen können}}.

Der Landkreis Cloppenburg wollte sich zu dem Urteil zunächst nicht äußern. {{q:indirect:landkreis:m12:c12|Man werde die schriftliche Begründung sorgfältig prüfen}}, {{c:c12|teilte}} {{m:m12|eine Kreissprecherin}} mit.

Ahlers' Anwalt Peter Lindqvist sieht in dem Urteil eine Signalwirkung weit über Molbergen hinaus. {{q:indirect:lindqvist:m17:c17|Viele Landkreise hätten sich bei der Prüfung des Artenschutzes bislang auf die Gutachten der Betreiber verlassen}}, {{c:c17|sagte}} {{m:m17|der Fachanwalt für Verwaltungsrecht}}. {{q:indirect:lindqvist:-:-|Das dürfte nach diesem Urteil deutlich schwieriger werden}}. „{{q:direct:lindqvist:m18:c18|Die Behörden müssen künftig selbst hinschauen}}“, {{c:c18|so}} {{m:m18|Lindqvist}}. Aus {{m:m19|dem Umweltministerium in Hannover}} {{c:c19|hieß}} es am Abend, {{q:indirect:ministerium:m19:c19|man werde das Urteil genau auswerten}}. {{q:indirect:ministerium:-:-|Grundsätzliche Folgen für den Ausbau der Windkraft im Land erwarte man aber nicht}}.

In Molbergen sind die Reaktionen gespalten. Bürgermeisterin Heike Brinkmann (parteilos) bedauerte die Entscheidung. {{q:indirect:brinkmann:m14:c14|Die Gemeinde hätte mit den Einnahmen aus dem Windpark den Neubau der Grundschule mitfinanzieren können}}, {{c:c14|sagte}} {{m:m14|sie}}. {{q:indirect:brinkmann:-:-|Nun müsse der Rat über Alternativen beraten}}.

{{m:m15|Der Nabu-Landesverband}} {{c:c15|begrüßte}} das Urteil dagegen als „{{q:direct:nabu:m15:c15|wichtiges Signal für den Artenschutz}}“. {{q:indirect:nabu:m16:c16|Die Energiewende dürfe nicht auf Kosten bedrohter Vogelarten gehen}}, {{c:c16|erklärte}} {{m:m16|Landesvorsitzende Greta Sommer}}. {{q:indirect:nabu:-:-|Es gebe genügend Flächen, auf denen Windräder niemandem schadeten}}.

Niedersachsen will bis 2030 deutlich mehr Flächen für Windkraft ausweisen. Zahlen des Landesumweltministeriums zeigen allerdings, dass derzeit rund ein Viertel aller Genehmigungen vor Gericht angefochten wird.
""",
)

article(
    "dex17_03_wirtschaft_maschinenbau", "de/online-wirtschaft", "de",
    {"hagedorn": ["Hagedorn", "Der Maschinenbauer Hagedorn", "der Konzern", "Konzern", "das Unternehmen", "Unternehmen"],
     "weiss": ["Petra Weiß", "Vorstandschefin Petra Weiß", "Weiß", "Die Managerin", "die Managerin", "sie", "Sie"],
     "olsen": ["Frank Olsen", "Finanzvorstand Frank Olsen", "Olsen"],
     "analyst": ["Ein Analyst einer großen deutschen Bank", "Analyst", "der Analyst"],
     "vdma": ["VDMA", "Der Branchenverband VDMA", "Chefvolkswirt Ralph Möhring", "Ralph Möhring", "Möhring"],
     "betriebsrat": ["Gesamtbetriebsrat", "Der Gesamtbetriebsrat", "Betriebsratschef Ömer Kaya", "Ömer Kaya", "Kaya"],
     "hb": ["Handelsblatt", "dem „Handelsblatt“"]},
    """
Hagedorn senkt Prognose – Aktie bricht ein

Der schwäbische Maschinenbauer leidet unter der Flaute in China und den US-Zöllen. Die Chefin verspricht eine Wende im zweiten Halbjahr.

Von Matthias Reuter

Foto: Hagedorn AG

Reutlingen. Der Maschinenbauer Hagedorn hat seine Jahresprognose deutlich gesenkt. Wie {{m:m1|der Konzern}} am Mittwochabend {{c:c1|mitteilte}}, {{q:indirect:hagedorn:m1:c1|rechnet er für das laufende Jahr nur noch mit einem Umsatz von 2,1 bis 2,3 Milliarden Euro}}. Bisher waren bis zu 2,6 Milliarden Euro angepeilt. Die Aktie verlor am Donnerstag zeitweise mehr als 14 Prozent.

{{q:indirect:weiss:m2:c2|Vor allem die Nachfrage aus China sei im zweiten Quartal regelrecht eingebrochen}}, {{c:c2|erläuterte}} {{m:m2|Vorstandschefin Petra Weiß}} in einer Telefonkonferenz mit Analysten. {{q:indirect:weiss:-:-|Hinzu kämen die neuen US-Zölle, die viele Kunden in Nordamerika verunsicherten}}. {{q:indirect:weiss:-:-|Manche Aufträge würden verschoben, andere ganz storniert}}.

„{{q:direct:weiss:m3:c3|Wir machen uns nichts vor: Das ist ein schwieriges Jahr}}“, {{c:c3|sagte}} {{m:m3|die Managerin}} dem „Handelsblatt“. {{q:indirect:weiss:m4:c4|Sie sei aber überzeugt, dass die Talsohle im Herbst erreicht sei}}, {{c:c4|fügte}} {{m:m4|sie}} hinzu. {{q:indirect:weiss:-:-|Im zweiten Halbjahr erwarte sie eine spürbare Belebung, vor allem im Geschäft mit Verpackungsmaschinen}}.

{{m:m5|Finanzvorstand Frank Olsen}} {{c:c5|kündigte}} an, {{q:indirect:olsen:m5:c5|die Kosten bis Ende 2027 um weitere 120 Millionen Euro zu senken}}. {{q:indirect:olsen:-:-|Dazu gehöre auch ein Abbau von Stellen in der Verwaltung}}. {{q:indirect:olsen:m6:c6|Wie viele Arbeitsplätze betroffen sein könnten, lasse sich noch nicht beziffern}}, {{c:c6|sagte}} {{m:m6|Olsen}}. {{q:indirect:olsen:-:-|Betriebsbedingte Kündigungen wolle man nach Möglichkeit vermeiden}}.

{{q:indirect:olsen:m13:c13|Im zweiten Quartal sank der Umsatz {{c:c13|laut}} {{m:m13|Olsen}} um neun Prozent auf 512 Millionen Euro}}. Den Angaben {{c:c14|zufolge}} {{q:indirect:olsen:-:c14|rutschte das Unternehmen dabei erstmals seit 2020 in die roten Zahlen}}. Wie {{m:m15|Weiß}} {{c:c15|betonte}}, {{q:indirect:weiss:m15:c15|steht eine Kapitalerhöhung nicht zur Debatte}}. {{q:indirect:weiss:-:-|Die Eigenkapitalquote liege weiterhin bei komfortablen 41 Prozent, eine Dividende werde es aber voraussichtlich nicht geben}}.

Der Gesamtbetriebsrat reagierte alarmiert. „{{q:direct:betriebsrat:m8:c8|Erst wird die Prognose kassiert, dann sollen wieder die Beschäftigten die Zeche zahlen}}“, {{c:c8|kritisierte}} {{m:m8|Betriebsratschef Ömer Kaya}}. {{q:indirect:betriebsrat:m9:c9|Der Vorstand habe zu lange auf China gesetzt und Warnungen aus der Belegschaft ignoriert}}, {{c:c9|so}} {{m:m9|Kaya}} weiter.

An der Börse stieß die Prognosesenkung auf wenig Verständnis. {{q:indirect:analyst:m10:c10|Die Probleme in China seien seit Monaten absehbar gewesen}}, {{c:c10|sagte}} {{m:m10|ein Analyst einer großen deutschen Bank}}, der nicht namentlich genannt werden wollte. {{q:indirect:analyst:-:-|Das Management habe den Markt viel zu spät vorbereitet}}. {{q:indirect:analyst:-:-|Das koste nun Vertrauen}}.

Die Probleme von Hagedorn sind kein Einzelfall. Der Branchenverband VDMA rechnet für dieses Jahr mit einem Produktionsrückgang von zwei Prozent. {{q:indirect:vdma:m12:c12|Die exportabhängigen Hersteller litten besonders unter der Schwäche wichtiger Absatzmärkte}}, {{c:c12|sagte}} {{m:m12|Chefvolkswirt Ralph Möhring}}. {{q:indirect:vdma:-:-|Eine Besserung sei frühestens im kommenden Frühjahr in Sicht}}.

Hagedorn beschäftigt weltweit rund 9.800 Menschen, davon knapp die Hälfte in Baden-Württemberg. Die Zahlen für das dritte Quartal will der Konzern am 6. November vorlegen.
""",
)

article(
    "dex17_04_lokal_unwetter", "de/online-lokal", "de",
    {"frankenstrom": ["Frankenstrom", "des Versorgers Frankenstrom", "Versorger Frankenstrom", "Ein Sprecher", "Sprecher"],
     "dwd": ["Deutscher Wetterdienst", "Deutschem Wetterdienst", "DWD", "Der Deutsche Wetterdienst", "Ein DWD-Meteorologe", "DWD-Meteorologe", "Meteorologe"],
     "feuerwehr": ["Feuerwehr", "Kreisbrandmeister Thomas Pfeil", "Thomas Pfeil", "Pfeil", "Der Kreisbrandmeister", "der Kreisbrandmeister"],
     "polizei": ["Polizei", "Polizeipräsidium Oberfranken", "Ein Polizeisprecher", "Polizeisprecher", "dem Polizeipräsidium Oberfranken"],
     "gebhardt": ["Lisa Gebhardt", "Anwohnerin Lisa Gebhardt", "Gebhardt", "die junge Mutter", "sie"],
     "baier": ["Rudolf Baier", "Bürgermeister Rudolf Baier", "Baier", "der Rathauschef", "er", "Er"],
     "thw": ["THW", "Technisches Hilfswerk", "Das Technische Hilfswerk"],
     "landrat": ["Klaus Wendler", "Landrat Klaus Wendler", "Wendler"]},
    """
Unwetter in Oberfranken: Keller unter Wasser, Straßen gesperrt

Heftige Gewitter haben am Sonntagabend im Landkreis Kronach schwere Schäden angerichtet. Die Feuerwehren waren die ganze Nacht im Einsatz.

Von Sabine Lorenz

Kronach. Ein schweres Unwetter hat am Sonntagabend weite Teile des Landkreises Kronach getroffen. Innerhalb von nur zwei Stunden fielen örtlich mehr als 80 Liter Regen pro Quadratmeter. {{c:c1|Laut}} {{m:m1|Deutschem Wetterdienst}} {{q:indirect:dwd:m1:c1|war das mehr als in einem durchschnittlichen Juli}}. {{m:m2|Ein DWD-Meteorologe}} {{c:c2|sagte}}, {{q:indirect:dwd:m2:c2|eine Gewitterzelle habe sich über dem Frankenwald praktisch nicht mehr von der Stelle bewegt}}. {{q:indirect:dwd:-:-|Solche Lagen würden mit dem Klimawandel häufiger}}.

Besonders betroffen war die Gemeinde Steinwiesen. Dort liefen Dutzende Keller voll, ein Bach trat über die Ufer und überflutete die Ortsdurchfahrt. Auch die Turnhalle der Grundschule stand am Morgen noch unter Wasser. {{q:indirect:feuerwehr:m3:c3|Die Einsatzkräfte seien bis in die Morgenstunden im Dauereinsatz gewesen}}, {{c:c3|berichtete}} {{m:m3|Kreisbrandmeister Thomas Pfeil}}. {{q:indirect:feuerwehr:-:-|Insgesamt seien mehr als 400 Notrufe eingegangen}}. {{q:indirect:feuerwehr:-:-|Zeitweise hätten die Leitstellen die Anrufe kaum noch bewältigen können}}.

„{{q:direct:feuerwehr:m4:c4|So etwas habe ich in 30 Dienstjahren noch nicht erlebt}}“, {{c:c4|sagte}} {{m:m4|der Kreisbrandmeister}}. {{q:indirect:feuerwehr:m5:c5|Neben den örtlichen Wehren seien auch Kräfte aus den Nachbarlandkreisen angerückt}}, {{c:c5|ergänzte}} {{m:m5|er}}.

Verletzt wurde nach bisherigen Erkenntnissen niemand. Wie ein {{m:m6|Polizeisprecher}} am Montagmorgen {{c:c6|sagte}}, {{q:indirect:polizei:m6:c6|musste ein Autofahrer bei Wallenfels von der Feuerwehr aus seinem Wagen geholt werden}}. {{q:indirect:polizei:-:-|Der Mann sei mit dem Schrecken davongekommen}}. Mehrere Kreis- und Staatsstraßen waren am Montag noch gesperrt.

{{c:c17|Nach Angaben}} {{m:m17|des Versorgers Frankenstrom}} {{q:indirect:frankenstrom:m17:c17|waren in der Nacht rund 3.000 Haushalte ohne Strom}}. {{m:m18|Ein Sprecher}} {{c:c18|sagte}}, {{q:indirect:frankenstrom:m18:c18|bis Montagmittag seien alle Störungen behoben worden}}. {{q:indirect:frankenstrom:-:-|Schuld seien vor allem umgestürzte Bäume gewesen, die Leitungen heruntergerissen hätten}}.

Anwohnerin Lisa Gebhardt stand am Morgen fassungslos vor ihrem Haus. „{{q:direct:gebhardt:m8:c8|Das Wasser kam so schnell, wir konnten gerade noch die Kinder nach oben bringen}}“, {{c:c8|erzählte}} {{m:m8|die junge Mutter}}. {{q:indirect:gebhardt:m9:c9|Im Keller stehe das Wasser noch immer knietief}}, {{c:c9|sagte}} {{m:m9|sie}}. {{q:indirect:gebhardt:-:-|Die Heizung und die Waschmaschine seien wohl nicht mehr zu retten}}.

{{m:m10|Bürgermeister Rudolf Baier}} {{c:c10|sprach}} von einer „{{q:direct:baier:m10:c10|Katastrophe für unseren Ort}}“. {{q:indirect:baier:m11:c11|Die Gemeinde werde den Betroffenen schnell und unbürokratisch helfen}}, {{c:c11|versprach}} {{m:m11|der Rathauschef}}. {{q:indirect:baier:-:-|Man prüfe bereits, ob ein Hilfsfonds eingerichtet werden könne}}.

{{m:m12|Er}} {{c:c12|erneuerte}} zudem seine Forderung, {{q:indirect?:baier:m12:c12|den Hochwasserschutz am Ortsrand endlich auszubauen}}. {{q:indirect:baier:-:-|Die Pläne lägen seit Jahren in der Schublade}}.

{{m:m13|Landrat Klaus Wendler}} {{c:c13|kündigte}} an, {{q:indirect:landrat:m13:c13|am Dienstag mit Vertretern der Staatsregierung die Schadensgebiete zu besuchen}}. {{q:indirect:landrat:-:-|Er hoffe auf Soforthilfen des Freistaats}}. {{m:m14|Das Technische Hilfswerk}} {{c:c14|teilte}} mit, {{q:indirect:thw:m14:c14|es unterstütze die Aufräumarbeiten mit Pumpen und schwerem Gerät}}.

{{m:m15|Der Deutsche Wetterdienst}} {{c:c15|warnte}} für Montagabend {{q:indirect?:dwd:m15:c15|vor weiteren Gewittern mit Starkregen}}. {{q:indirect:dwd:-:c16|Die Lage bleibe angespannt}}, {{c:c16|hieß}} es.
""",
)

article(
    "dex17_05_sport_handball", "de/online-sport-qa-interview", "de",
    {"lindner": ["Markus Lindner", "Bundestrainer Markus Lindner", "Lindner", "der 52-Jährige", "er", "Er"],
     "voss": ["Emily Voss", "Kapitänin Emily Voss", "Voss", "Die Kreisläuferin", "die Kreisläuferin", "sie", "Sie"],
     "brandt": ["Sophie Brandt", "Torhüterin Sophie Brandt", "Brandt", "die 24-Jährige"],
     "dhb": ["DHB", "Deutscher Handballbund", "Der Deutsche Handballbund", "Sportvorstand Karsten Ihle", "Karsten Ihle", "Ihle"],
     "teamkreise": ["Mannschaftskreisen"],
     "gustavsen": ["Ole Gustavsen", "Norwegens Trainer Ole Gustavsen", "Gustavsen", "der Däne"],
     "redaktion": ["Frage"]},
    """
Handball-WM: Deutsche Frauen scheitern im Viertelfinale – Bundestrainer: „{{q:direct:lindner:-:-|Wir waren zu nervös}}“

Nach dem 24:27 gegen Norwegen ist der Traum vom Halbfinale geplatzt. Die Enttäuschung ist groß, der Bundestrainer sieht trotzdem Fortschritte.

Von Jonas Hertel, Trondheim

Die deutschen Handballerinnen sind bei der Weltmeisterschaft im Viertelfinale ausgeschieden. Gegen Titelverteidiger Norwegen verlor die Mannschaft von Bundestrainer Markus Lindner am Mittwochabend mit 24:27 (11:15). „{{q:direct:lindner:m1:c1|Wir waren in der ersten Halbzeit zu nervös und haben zu viele einfache Bälle verloren}}“, {{c:c1|sagte}} {{m:m1|Lindner}} im ZDF. „{{q:direct:lindner:m1:c1|Gegen eine Mannschaft wie Norwegen wird so etwas sofort bestraft.}}“

{{q:indirect:lindner:m2:c2|Nach der Pause habe sein Team Moral bewiesen und sich bis auf einen Treffer herangekämpft}}, {{c:c2|lobte}} {{m:m2|der 52-Jährige}}. {{q:indirect:lindner:-:-|Am Ende hätten die Kräfte aber nicht mehr gereicht}}. {{q:indirect:lindner:-:-|Trotzdem überwiege bei ihm der Stolz auf die Entwicklung der jungen Mannschaft}}.

Kapitänin Emily Voss war nach dem Schlusspfiff den Tränen nahe. „{{q:direct:voss:m4:c4|Das tut unheimlich weh, weil wir gespürt haben, dass mehr drin war}}“, {{c:c4|gestand}} {{m:m4|die Kreisläuferin}}. {{q:indirect:voss:m5:c5|Die Mannschaft habe sich für dieses Turnier unglaublich viel vorgenommen}}, {{c:c5|sagte}} {{m:m5|sie}}. {{q:indirect:voss:-:-|Sie selbst wolle unbedingt bis zu den Olympischen Spielen weitermachen}}.

Beste deutsche Spielerin war einmal mehr Torhüterin Sophie Brandt, die 16 Würfe parierte. {{q:indirect:brandt:m7:c7|Sie habe sich gut gefühlt, aber das helfe ihr jetzt auch nicht weiter}}, {{c:c7|haderte}} {{m:m7|die 24-Jährige}}. {{q:indirect:brandt:-:-|Norwegen sei in den entscheidenden Momenten einfach abgezockter gewesen}}.

Norwegens Trainer Ole Gustavsen zollte den Deutschen Respekt. {{q:indirect:gustavsen:m18:c18|Deutschland habe seiner Mannschaft alles abverlangt}}, {{c:c18|sagte}} {{m:m18|der Däne}}. {{q:indirect:gustavsen:-:-|Er sei sicher, dass man dieses Team bei den Olympischen Spielen in der Medaillenrunde wiedersehen werde}}.

Aus {{m:m8|Mannschaftskreisen}} {{c:c8|war}} zu hören, {{q:indirect:teamkreise:m8:c8|dass einige Spielerinnen mit der Belastung durch sieben Spiele in zwölf Tagen zu kämpfen gehabt hätten}}. Mehrere Leistungsträgerinnen hatten sich im Turnierverlauf mit kleineren Verletzungen herumgeschlagen.

DHB-Sportvorstand Karsten Ihle zog dennoch eine positive Bilanz. {{q:indirect:dhb:m10:c10|Das Erreichen des Viertelfinales entspreche dem Ziel, das man sich vor dem Turnier gesetzt habe}}, {{c:c10|sagte}} {{m:m10|Ihle}}. {{q:indirect:dhb:-:-|An Lindner halte der Verband selbstverständlich fest}}. {{c:c11|Laut}} {{m:m11|DHB}} {{q:indirect:dhb:m11:c11|verfolgten im Schnitt 4,2 Millionen Menschen die Partie im Fernsehen}}.

Drei Fragen an den Bundestrainer nach dem Spiel:

{{m:m12|Frage}}: {{q:direct?:redaktion:m12:-|Herr Lindner, was hat heute den Ausschlag gegeben?}}

{{m:m13|Lindner}}: {{q:direct:lindner:m13:-|Die ersten 20 Minuten. Da haben wir Norwegen mit unseren Fehlern zu einfachen Toren eingeladen.}}

{{m:m14|Frage}}: {{q:direct?:redaktion:m14:-|Was nehmen Sie aus dem Turnier mit?}}

{{m:m15|Lindner}}: {{q:direct:lindner:m15:-|Dass wir mit den besten Teams der Welt mithalten können. Vor zwei Jahren hätte ich das so nicht gesagt.}}

{{m:m16|Frage}}: {{q:direct?:redaktion:m16:-|Bleiben Sie Bundestrainer?}}

{{m:m17|Lindner}}: {{q:direct:lindner:m17:-|Mein Vertrag läuft bis 2028, und ich habe große Lust auf die nächsten Jahre.}}
""",
)
