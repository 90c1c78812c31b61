# German articles of the German blind corpus.  Original, invented prose; every person is fictional.
from build_de import article

article(
    "de_01_dpa_stromsteuer", "de/dpa-wire", "de",
    {"albers": "Katrin Albers", "holzapfel": "Rainer Holzapfel", "wendt": "Markus Wendt",
     "sprecher": "ein Sprecher des Ministeriums", "zdh": "der Zentralverband des Deutschen Handwerks"},
    """
Regierung will Stromsteuer für kleine Betriebe senken

Berlin (dpa) - Die Bundesregierung will die Stromsteuer für kleine und mittlere Betriebe im kommenden Jahr deutlich senken. Das Vorhaben stellte Bundeswirtschaftsministerin Katrin Albers (SPD) am Dienstag in Berlin vor.

„{{q:direct:albers:m2:c2|Viele Handwerksbetriebe zahlen heute mehr für Strom als für ihre Miete. Das können wir so nicht weiterlaufen lassen}}“, {{c:c2|sagte}} {{m:m2|die SPD-Politikerin}}. {{m:m3|Albers}} {{c:c3|sagte}}, {{q:indirect:albers:m3:c3|die Entlastung solle rund 1,8 Milliarden Euro im Jahr kosten und aus dem Klima- und Transformationsfonds bezahlt werden}}. {{m:m4|Sie}} {{c:c4|betonte}}, dass {{q:indirect:albers:m4:c4|die Senkung zunächst auf zwei Jahre befristet sei}}.

{{c:c11|Nach Angaben}} des {{m:m11|Zentralverbands des Deutschen Handwerks}} {{q:indirect:zdh:m11:c11|würden von der Senkung rund 400.000 Betriebe profitieren}}. Der Verband hatte seit Monaten auf eine solche Entlastung gedrängt.

Kritik kam dagegen vom Bund der Steuerzahler. {{c:c5|Laut}} {{m:m5|Verbandspräsident Rainer Holzapfel}} {{q:indirect:holzapfel:m5:c5|greift der Plan zu kurz}}. „{{q:direct:holzapfel:m6:c6|Wer nur die Betriebe entlastet, vergisst die Familien mit kleinen Einkommen}}“, {{c:c6|so}} {{m:m6|Holzapfel}}.

Auch in der Opposition stieß das Vorhaben auf Widerspruch. {{m:m7|Der CDU-Haushaltspolitiker Markus Wendt}} {{c:c7|kritisierte}}, {{q:mixed:wendt:m7:c7|die Finanzierung über den Klimafonds sei „ein Taschenspielertrick“}}. „{{q:direct:wendt:m8:c8|Das Geld wird an anderer Stelle fehlen, beim Klimaschutz, bei der Bahn, bei den Kommunen}}“, {{c:c8|sagte}} {{m:m8|Wendt}} der Deutschen Presse-Agentur.

Im Finanzministerium gibt man sich bedeckt. {{m:m9|Ein Sprecher des Ministeriums}} {{c:c9|erklärte}} auf Anfrage, {{q:indirect:sprecher:m9:c9|man stehe mit dem Wirtschaftsressort in engem Austausch}}. {{m:m10|Er}} {{c:c10|fügte hinzu}}, {{q:indirect:sprecher:m10:c10|die Einzelheiten würden derzeit noch abgestimmt}}.

Das Kabinett soll den Gesetzentwurf nach der Sommerpause beschließen, der Bundestag könnte dann im Herbst darüber beraten. Die Stromsteuer beträgt derzeit 2,05 Cent je Kilowattstunde; für das produzierende Gewerbe gilt bereits ein ermäßigter Satz. Handwerk und Handel sind davon bislang weitgehend ausgenommen. Albers will am Mittwoch mit Vertretern der Wirtschaftsverbände über die Pläne sprechen.
""")

article(
    "de_02_spiegel_schuldenbremse", "de/magazin-politik", "de",
    {"brandt": "Lena Brandt", "kuhn": "Jonas Kuhn", "olbrich": "Miriam Olbrich",
     "vertrauter": "ein enger Vertrauter des Kanzlers", "reuter": "Thomas Reuter", "hoffmann": "Sven Hoffmann"},
    """
Streit um die Schuldenbremse: Grüne setzen den Kanzler unter Druck

Es ist ein ungewöhnlich offener Angriff auf den eigenen Koalitionspartner. »{{q:direct:brandt:m1:c1|Wer jetzt auf die Bremse tritt, fährt das Land gegen die Wand}}«, {{c:c1|sagt}} {{m:m1|Lena Brandt}}, Fraktionschefin der Grünen im Bundestag. Sie sitzt in ihrem Büro im Jakob-Kaiser-Haus, draußen regnet es seit Stunden.

{{m:m2|Brandt}} {{c:c2|meint}}, {{q:indirect:brandt:m2:c2|die Regierung habe die Investitionen in Schulen, Brücken und Schienen viel zu lange vernachlässigt}}. {{q:indirect:brandt:-:-|Die Schuldenbremse müsse deshalb reformiert werden, und zwar noch in dieser Legislaturperiode}}.

Auch in der SPD wächst der Unmut. »{{q:direct:kuhn:m3:c3|Wir müssen investieren, und zwar jetzt, nicht erst nach der nächsten Wahl}}«, {{c:c3|sagt}} {{m:m3|der SPD-Abgeordnete Jonas Kuhn}} aus Dortmund. {{m:m4|Er}} {{c:c4|glaubt}}, dass {{q:indirect:kuhn:m4:c4|eine Mehrheit seiner Fraktion das genauso sieht}}.

Im Kanzleramt gibt man sich dagegen gelassen. {{m:m5|Regierungssprecherin Miriam Olbrich}} {{c:c5|sagte}} am Montag, {{q:indirect:olbrich:m5:c5|der Kanzler halte an der Schuldenbremse fest}}. »{{q:direct:olbrich:m6:c6|Daran hat sich nichts geändert, und daran wird sich auch nichts ändern}}«, {{c:c6|so}} {{m:m6|Olbrich}}.

{{m:m9|Der Kanzler}} selbst hatte in der vergangenen Woche im Bundestag {{c:c9|gesagt}}, {{q:mixed:reuter:m9:c9|solide Finanzen seien »keine Ideologie, sondern Verantwortung«}}. Thomas Reuter, so heißt es in seinem Umfeld, sei über den Ton der Grünen verärgert. {{m:m8|Ein enger Vertrauter des Kanzlers}} {{c:c8|sagte}} dem SPIEGEL, {{q:indirect:vertrauter:m8:c8|Reuter werde sich von niemandem treiben lassen}}.

Die FDP beobachtet den Streit mit einer gewissen Genugtuung. »{{q:direct:hoffmann:m10:c10|Die Koalition ist sich nicht einmal über die Grundrechenarten einig}}«, {{c:c10|spottet}} {{m:m10|FDP-Generalsekretär Sven Hoffmann}}. Eine Reform der Schuldenbremse braucht im Bundestag eine Zweidrittelmehrheit, ohne die Union geht also nichts.

Dort allerdings ist die Stimmung gespalten. Mehrere Ministerpräsidenten der Union haben sich zuletzt offen für eine Lockerung gezeigt, die Fraktionsführung lehnt sie strikt ab. In der Grünen-Fraktion rechnet man nicht mit einer schnellen Einigung. »{{q:direct:brandt:m11:c11|Wir haben einen langen Atem}}«, {{c:c11|sagt}} {{m:m11|Brandt}}.
""")

article(
    "de_03_ch_armeebudget", "de/ch-tageszeitung", "de",
    {"gerber": "Regula Gerber", "efd": "das Eidgenössische Finanzdepartement", "luethi": "Anna Lüthi",
     "imhof": "Beat Imhof", "armee": "die Armee", "keller": "Urs Keller"},
    """
Bundesrat will mehr Geld für die Armee – die Linke kündigt Widerstand an

Bern. Der Bundesrat will das Budget der Armee bis 2032 schrittweise auf ein Prozent der Wirtschaftsleistung erhöhen. Das hat die Landesregierung am Freitag entschieden.

«{{q:direct:gerber:m1:c1|Die Sicherheitslage in Europa hat sich grundlegend verändert. Darauf müssen wir reagieren, ob uns das gefällt oder nicht}}», {{c:c1|sagte}} {{m:m1|Verteidigungsministerin Regula Gerber}} vor den Medien in Bern. {{c:c2|Gemäss}} {{m:m2|dem Eidgenössischen Finanzdepartement}} {{q:indirect:efd:m2:c2|sollen die Mehrausgaben vorerst ohne Steuererhöhungen finanziert werden}}.

{{m:m6|Gerber}} {{c:c6|räumte ein}}, dass {{q:indirect:gerber:m6:c6|die Armee ihre Beschaffungsprozesse verbessern müsse}}. Bei mehreren Rüstungsprojekten war es in den vergangenen Jahren zu Verzögerungen und Mehrkosten gekommen. «{{q:direct:gerber:m7:c7|Wir haben aus den Fehlern der Vergangenheit gelernt}}», {{c:c7|betonte}} {{m:m7|die Mitte-Politikerin}}.

Wie {{m:m8|die Armee}} {{c:c8|mitteilte}}, {{q:indirect:armee:m8:c8|fehlen derzeit rund 3000 Berufsmilitärs}}. Auch die Ausbildung der Milizkader soll deshalb verbessert werden.

Im Parlament dürfte die Vorlage umstritten sein. «{{q:direct:luethi:m3:c4|Man kann nicht bei der Bildung sparen und gleichzeitig Milliarden für Panzer ausgeben}}», {{c:c4|sagte}} {{m:m3|SP-Nationalrätin Anna Lüthi}} gegenüber Radio SRF. {{m:m5b|Sie}} {{c:c5b|kündigte an}}, {{q:indirect?:luethi:m5b:c5b|ihre Partei werde notfalls das Referendum ergreifen}}.

Ganz anders tönt es bei der SVP. {{m:m5|Fraktionschef Beat Imhof}} {{c:c5|erklärte}}, {{q:mixed:imhof:m5:c5|der Schritt komme «viel zu spät»}}. Die Partei fordert seit Jahren eine deutliche Aufstockung des Armeebudgets.

Skeptisch äussern sich auch Fachleute. {{m:m9|Der Sicherheitsexperte Urs Keller von der ETH Zürich}} {{c:c9|hält}} {{q:indirect?:keller:m9:c9|die Erhöhung zwar für richtig}}. «{{q:direct:keller:m10:c10|Entscheidend ist aber nicht, wie viel Geld die Armee bekommt, sondern wofür sie es ausgibt}}», {{c:c10|sagte}} {{m:m10|er}}. {{q:indirect:keller:-:-|Mehr Geld allein mache die Schweiz nicht sicherer}}.

Die Vorlage geht nun in die Vernehmlassung. National- und Ständerat sollen im kommenden Jahr darüber befinden. Eine Volksabstimmung gilt in Bern als wahrscheinlich.
""")

article(
    "de_04_bundesliga_spielbericht", "de/sport-fussball", "de",
    {"krueger": "Dirk Krüger", "yilmaz": "Emre Yilmaz", "albrecht": "Jens Albrecht",
     "behrens": "Lukas Behrens"},
    """
{{m:h1|Krüger}} nach der Pleite in Freiburg: „{{q:direct:krueger:h1:-|Wir haben uns selbst geschlagen}}“

Freiburg. Der VfL Bochum hat auch sein drittes Auswärtsspiel der Saison verloren. Beim SC Freiburg unterlag die Mannschaft am Samstagnachmittag mit 1:3, obwohl sie zur Pause noch mit 1:0 geführt hatte.

„{{q:direct:krueger:m2:c2|In der ersten Halbzeit waren wir richtig gut im Spiel. Nach der Pause haben wir komplett den Faden verloren}}“, {{c:c2|sagte}} {{m:m2|Bochums Trainer Dirk Krüger}} nach dem Abpfiff. {{m:m3|Der 52-Jährige}} {{c:c3|monierte}}, {{q:mixed:krueger:m3:c3|seine Mannschaft habe bei den Gegentoren „viel zu einfach“ verteidigt}}.

Auf der anderen Seite war die Freude groß. „{{q:direct:yilmaz:m4:c4|Zwei Tore vor unseren eigenen Fans, das ist ein Traum}}“, {{c:c4|strahlte}} {{m:m4|Doppeltorschütze Emre Yilmaz}}. Der 23-Jährige hatte erst in der 58. und 71. Minute getroffen, ehe Joker Nils Hartmann in der Nachspielzeit alles klar machte.

{{m:m5|Freiburgs Trainer Jens Albrecht}} {{c:c5|sagte}}, {{q:indirect:albrecht:m5:c5|seine Mannschaft habe sich den Sieg durch Geduld verdient}}. „{{q:direct:albrecht:m6:c6|Wir wussten, dass Bochum nach einer Stunde müde wird. Genau darauf haben wir gewartet}}“, {{c:c6|erklärte}} {{m:m6|der 45-Jährige}}.

Bei den Gästen war die Enttäuschung entsprechend groß. „{{q:direct:behrens:m7:c7|Das war ein gebrauchter Tag. Wir müssen jetzt schnell den Kopf freibekommen}}“, {{c:c7|meinte}} {{m:m7|Kapitän Lukas Behrens}}. {{m:m8|Er}} {{c:c8|sagte}}, {{q:indirect:behrens:m8:c8|die Mannschaft stehe trotz der Niederlage hinter dem Trainer}}.

Sorgen bereitet den Bochumern zudem die Personallage. {{c:c9|Laut}} {{m:m9|Krüger}} {{q:indirect:krueger:m9:c9|fällt Innenverteidiger Jan Petersen mit einer Muskelverletzung mehrere Wochen aus}}. Petersen war kurz vor der Pause ausgewechselt worden.

„{{q:direct:krueger:m10:c10|Wir haben keine Zeit, lange zu jammern. Am Mittwoch ist Pokal, und da wollen wir eine Reaktion sehen}}“, {{c:c10|so}} {{m:m10|Krüger}}. Im DFB-Pokal empfängt der VfL am Mittwoch den Zweitligisten Hannover 96.

Freiburg springt mit dem Sieg vorerst auf den fünften Tabellenplatz. Für Bochum wird die Lage im Tabellenkeller dagegen langsam ungemütlich: Mit fünf Punkten aus sieben Spielen steht der Klub auf dem Relegationsplatz.
""")

article(
    "de_05_gericht_anlagebetrug", "de/gericht-regional", "de",
    {"ohlsen": "Matthias Ohlsen", "sommer": "Birgit Sommer", "brandstaetter": "Kai Brandstätter",
     "angeklagter": "Frank R.", "sprecherin": "eine Gerichtssprecherin", "geschaedigte": "eine Geschädigte aus Norderstedt"},
    """
Achteinhalb Jahre Haft für Hamburger Anlagebetrüger

Hamburg. Das Landgericht Hamburg hat den Finanzberater Frank R. wegen gewerbsmäßigen Betrugs in 112 Fällen zu achteinhalb Jahren Haft verurteilt. Der 47-Jährige hatte nach Überzeugung des Gerichts rund 300 Anlegern insgesamt 14 Millionen Euro abgenommen.

{{m:m1|Der Vorsitzende Richter Matthias Ohlsen}} {{c:c1|sagte}} in der Urteilsbegründung, {{q:indirect:ohlsen:m1:c1|der Angeklagte habe das Vertrauen seiner Kunden über Jahre systematisch ausgenutzt}}. „{{q:direct:ohlsen:m2:c2|Sie haben Menschen um ihre Altersvorsorge gebracht, und zwar mit voller Absicht}}“, {{c:c2|sagte}} {{m:m2|Ohlsen}} an den Angeklagten gewandt. {{m:m10|Er}} {{c:c10|betonte}} allerdings, {{q:indirect:ohlsen:m10:c10|die Kammer habe das Geständnis strafmildernd berücksichtigt}}.

{{m:m7|Der Angeklagte}} hatte zu Prozessbeginn {{c:c7|eingeräumt}}, {{q:indirect:angeklagter:m7:c7|Geld seiner Kunden für private Zwecke verwendet zu haben}}. Ein System aus Scheinrenditen habe er aber nicht aufgebaut, ließ er über seinen Anwalt erklären.

{{m:m4|Oberstaatsanwältin Birgit Sommer}} hatte in ihrem Plädoyer {{c:c4|erklärt}}, {{q:indirect:sommer:m4:c4|es handle sich um einen der größten Betrugsfälle der vergangenen Jahre in Norddeutschland}}. Sie hatte neun Jahre Haft gefordert. „{{q:direct:sommer:m4b:c4b|Das Geschäftsmodell des Angeklagten bestand von Anfang an aus Lügen}}“, {{c:c4b|sagte}} {{m:m4b|sie}}.

{{m:m5|Sein Verteidiger Kai Brandstätter}} {{c:c5|kündigte an}}, {{q:indirect?:brandstaetter:m5:c5|Revision einlegen zu wollen}}. „{{q:direct:brandstaetter:m6:c6|Das Gericht hat wesentliche Entlastungsbeweise schlicht nicht gewürdigt}}“, {{c:c6|sagte}} {{m:m6|der Anwalt}} nach der Verhandlung.

{{c:c8|Nach Angaben}} {{m:m8|einer Gerichtssprecherin}} {{q:indirect:sprecherin:m8:c8|ist das Urteil noch nicht rechtskräftig}}. Der Bundesgerichtshof müsste über eine Revision entscheiden.

Im Zuschauerraum verfolgten zahlreiche Geschädigte die Urteilsverkündung. {{m:m9|Eine Geschädigte aus Norderstedt}}, die als Nebenklägerin auftrat, {{c:c9|sagte}} nach dem Urteil: „{{q:direct:geschaedigte:m9:c9|Das Geld sehe ich nie wieder. Aber wenigstens glaubt man uns jetzt.}}“ Sie hatte dem Angeklagten 85.000 Euro anvertraut, ihr gesamtes Erspartes.

Die Ermittlungen hatten im Frühjahr 2022 begonnen, nachdem mehrere Kunden Anzeige erstattet hatten. Frank R. sitzt seitdem in Untersuchungshaft.
""")

article(
    "de_06_wirtschaft_zulieferer", "de/wirtschaft", "de",
    {"lorenz": "Petra Lorenz", "kessler": "Kessler Automotive", "matthes": "Oliver Matthes",
     "weigand": "Thomas Weigand", "kraft": "Simon Kraft", "kreise": ["Unternehmenskreise", "Unternehmenskreisen"]},
    """
Autozulieferer Kessler streicht 1200 Stellen in Deutschland

Stuttgart. Der Autozulieferer Kessler Automotive baut in Deutschland rund 1200 Arbeitsplätze ab. Betroffen sind vor allem die Werke in Esslingen und Zwickau, in denen Komponenten für Verbrennungsmotoren gefertigt werden.

„{{q:direct:lorenz:m1:c1|Der Wandel zur Elektromobilität trifft uns härter und schneller als erwartet}}“, {{c:c1|sagte}} {{m:m1|Vorstandschefin Petra Lorenz}} am Donnerstag bei der Vorlage der Quartalszahlen. {{m:m2|Lorenz}} {{c:c2|erklärte}}, {{q:indirect:lorenz:m2:c2|der Abbau solle möglichst ohne betriebsbedingte Kündigungen erfolgen}}. {{q:indirect:lorenz:-:-|Geplant seien Abfindungen und Altersteilzeit}}.

{{m:m3|Dem Unternehmen}} {{c:c3|zufolge}} {{q:indirect:kessler:m3:c3|sank der Umsatz im dritten Quartal um elf Prozent auf 2,1 Milliarden Euro}}. Unter dem Strich stand ein Verlust von 84 Millionen Euro. „{{q:direct:matthes:m4:c4|Wir rechnen nicht damit, dass sich der Markt vor 2027 nachhaltig erholt}}“, {{c:c4|ergänzte}} {{m:m4|Finanzvorstand Oliver Matthes}}.

Die IG Metall reagierte empört auf die Pläne. „{{q:direct:weigand:m5:c5|Die Beschäftigten sollen jetzt die Fehler des Managements ausbaden}}“, {{c:c5|sagte}} {{m:m5|IG-Metall-Bezirksleiter Thomas Weigand}}. {{m:m6|Er}} {{c:c6|sagte}}, {{q:indirect:weigand:m6:c6|die Gewerkschaft werde um jeden einzelnen Arbeitsplatz kämpfen}}. Für die kommende Woche sind in beiden Werken Betriebsversammlungen angesetzt.

An der Börse kam die Nachricht dagegen gut an, die Aktie legte zeitweise um fast sechs Prozent zu. {{m:m7|Analyst Simon Kraft von der Landesbank Baden-Württemberg}} {{c:c7|sagte}}, {{q:indirect:kraft:m7:c7|der Schritt sei überfällig gewesen}}. „{{q:direct:kraft:m8:c8|Kessler hat die Transformation lange verschlafen. Jetzt wird es teuer}}“, {{c:c8|so}} {{m:m8|Kraft}}.

{{m:m9|Aus Unternehmenskreisen}} {{c:c9|hieß es}}, {{q:indirect:kreise:m9:c9|auch ein Verkauf der Sparte für Abgasanlagen werde geprüft}}. Offiziell wollte sich das Unternehmen dazu nicht äußern.

Kessler beschäftigt weltweit rund 31.000 Menschen, davon knapp 9000 in Deutschland. Der Konzern ist nicht der einzige Zulieferer, der unter der schwachen Nachfrage leidet: Auch mehrere Wettbewerber hatten in den vergangenen Monaten Stellenstreichungen angekündigt. Branchenverbände warnen seit Langem vor einem schleichenden Verlust industrieller Wertschöpfung.
""")

article(
    "de_07_interview_virologin", "de/zeitung-qa-interview", "de",
    {"seidel": "Hanna Seidel", "interviewer": "the interviewer", "kollege": "ein Kollege"},
    """
Virologin Hanna Seidel: „{{q:direct:seidel:h1:-|Wir sind auf die nächste Pandemie nicht vorbereitet}}“

Die Virologin {{m:h1|Hanna Seidel}} leitet das Institut für Infektionsforschung in Greifswald. Im Gespräch erklärt sie, warum sie die Pandemievorsorge für unzureichend hält und was sie sich von der Politik wünscht.

ZEITUNG: {{q:direct?:interviewer:-:-|Frau Seidel, seit dem Ende der Corona-Pandemie sind einige Jahre vergangen. Hat Deutschland seine Lektion gelernt?}}

{{m:a1|Seidel}}: {{q:direct:seidel:a1:-|Nur zum Teil. Wir haben heute bessere Labore und eine schnellere Meldekette. Aber bei den Gesundheitsämtern sieht es vielerorts wieder so aus wie vor 2020.}}

ZEITUNG: {{q:direct?:interviewer:-:-|Was meinen Sie damit?}}

{{m:a2|Seidel}}: {{q:direct:seidel:a2:-|Die Stellen, die damals geschaffen wurden, laufen aus. Die Digitalisierung stockt. Ein Kollege aus einem Gesundheitsamt in Sachsen hat mir neulich gesagt: „{{q:direct?:kollege:-:-|Wir faxen immer noch.}}“ Das ist im Jahr 2025 schwer zu ertragen.}}

ZEITUNG: {{q:direct?:interviewer:-:-|Wie wahrscheinlich ist eine neue Pandemie?}}

{{m:a3|Seidel}}: {{q:direct:seidel:a3:-|Sie wird kommen, die Frage ist nur, wann. Vogelgrippeviren verbreiten sich inzwischen auch unter Säugetieren. Das beobachten wir mit großer Sorge.}}

ZEITUNG: {{q:direct?:interviewer:-:-|Die Bundesregierung verweist auf ihre neue Pandemiestrategie.}}

{{m:a4|Seidel}}: {{q:direct:seidel:a4:-|Papier ist geduldig. Eine Strategie nützt nichts, wenn kein Geld dahintersteht. Ich wünsche mir, dass die Politik die Vorsorge so ernst nimmt wie die Verteidigung.}}

ZEITUNG: {{q:direct?:interviewer:-:-|Was sollte als Erstes passieren?}}

{{m:a5|Seidel}}: {{q:direct:seidel:a5:-|Wir brauchen Vorräte an Schutzausrüstung, die nicht nach drei Jahren verfallen, und klare Zuständigkeiten zwischen Bund und Ländern. Und wir müssen ehrlicher kommunizieren. Das Vertrauen, das in der Pandemie verloren ging, gewinnt man nicht mit Pressemitteilungen zurück.}}

ZEITUNG: {{q:direct?:interviewer:-:-|Sind Sie trotzdem optimistisch?}}

{{m:a6|Seidel}}: {{q:direct:seidel:a6:-|Ich bin Wissenschaftlerin, ich bin vorsichtig optimistisch. Die Impfstoffforschung ist heute viel weiter als vor zehn Jahren. Das ist eine gute Nachricht.}}

Das Gespräch führte Martin Lehmann.
""")

article(
    "de_08_at_unwetter_kaernten", "de/at-regional", "de",
    {"lfk": "das Landesfeuerwehrkommando", "gasser": "Herbert Gasser", "moser": "Sabine Moser",
     "hafner": "Gernot Hafner", "geosphere": "GeoSphere Austria", "lackner": "Thomas Lackner",
     "nachbarn": "zwei Nachbarn"},
    """
Unwetter in Kärnten: Feuerwehren im Dauereinsatz

Klagenfurt. Heftige Regenfälle haben in der Nacht auf Sonntag in Oberkärnten schwere Schäden angerichtet. Mehrere Bäche traten über die Ufer, Dutzende Keller wurden überflutet, die Drautal Straße war stundenlang gesperrt.

{{c:c1|Laut}} {{m:m1|Landesfeuerwehrkommando}} {{q:indirect:lfk:m1:c1|standen in der Nacht mehr als 600 Einsatzkräfte im Einsatz}}. Verletzt wurde niemand.

„{{q:direct:gasser:m2:c2|So etwas habe ich in dreißig Jahren nicht erlebt}}“, {{c:c2|sagt}} {{m:m2|Herbert Gasser}} (ÖVP), Bürgermeister der besonders betroffenen Gemeinde Greifenburg. {{m:m2b|Er}} {{c:c2b|schätzt}}, {{q:indirect?:gasser:m2b:c2b|dass der Schaden allein in seiner Gemeinde in die Millionen geht}}.

Sabine Moser wohnt nur wenige Meter vom Bach entfernt. {{m:m3b|Sie}} {{c:c3|erzählt}}, {{q:indirect:moser:m3b:c3|das Wasser sei innerhalb von zehn Minuten in den Keller geschossen}}. „{{q:direct:moser:m4:c4|Wir konnten gerade noch die Kinder und den Hund rausholen}}“, {{c:c4|sagt}} {{m:m4|die 38-Jährige}}.

{{m:m5|Landeshauptmann Gernot Hafner}} {{c:c5|sagte}} am Sonntag im ORF-Radio, {{q:indirect:hafner:m5:c5|das Land werde den Betroffenen rasch und unbürokratisch helfen}}. {{q:indirect:hafner:-:-|Der Katastrophenfonds werde aufgestockt}}.

{{c:c6|Nach Angaben}} der {{m:m6|GeoSphere Austria}} {{q:indirect:geosphere:m6:c6|fielen in Teilen Oberkärntens binnen 24 Stunden mehr als 150 Liter Regen pro Quadratmeter}}. {{m:m7|Meteorologe Thomas Lackner}} {{c:c7|warnte}}, {{q:indirect:lackner:m7:c7|am Dienstag könne es erneut zu kräftigen Gewittern kommen}}.

Viele Bewohner fühlen sich im Stich gelassen. „{{q:direct:nachbarn:m8:c8|Seit Jahren warnen wir vor dem Bach, passiert ist nichts}}“, {{c:c8|sagen}} {{m:m8|zwei Nachbarn}}, die ihre Namen nicht in der Zeitung lesen wollen. {{m:m9|Sie}} {{c:c9|sagen}}, {{q:indirect:nachbarn:m9:c9|die Gemeinde habe den Hochwasserschutz jahrelang verschleppt}}.

{{m:m10|Der Bürgermeister}} {{c:c10|sagt}} dazu, {{q:indirect:gasser:m10:c10|die Planungen für ein Rückhaltebecken liefen bereits seit dem Vorjahr}}. {{q:indirect:gasser:-:-|Man habe aber auf die Zusagen des Bundes warten müssen}}.

Die Aufräumarbeiten werden nach Einschätzung der Feuerwehr noch mehrere Tage dauern. Das Bundesheer hat 80 Soldaten zur Unterstützung entsandt. Die Drautal Straße ist seit Sonntagabend wieder befahrbar.
""")

# ---------------------------------------------------------------- batch 2: written after the first
# round of parser changes, scored before any further change (see README)

article(
    "de_09_polizeimeldung_unfall", "de/lokal-polizei", "de",
    {"polizei": "die Polizei", "sprecher": "ein Polizeisprecher", "zeuge": "Markus Hein",
     "feuerwehr": "die Feuerwehr", "schreiber": "Tanja Schreiber", "busunternehmen": "das Busunternehmen"},
    """
Schulbus kommt von der Straße ab – 14 Kinder leicht verletzt

Kassel. Auf der Landstraße zwischen Baunatal und Großenritte ist am Donnerstagmorgen ein voll besetzter Schulbus von der Fahrbahn abgekommen und in einen Graben gerutscht. {{c:c1|Nach Angaben}} der {{m:m1|Polizei}} {{q:indirect:polizei:m1:c1|wurden 14 Kinder leicht verletzt}}. Der 58 Jahre alte Fahrer blieb unverletzt.

{{m:m2|Ein Polizeisprecher}} {{c:c2|sagte}}, {{q:indirect:sprecher:m2:c2|der Bus sei vermutlich auf überfrierender Nässe ins Rutschen geraten}}. {{q:indirect:sprecher:-:-|Hinweise auf ein Fehlverhalten des Fahrers gebe es bislang nicht}}. „{{q:direct:sprecher:m3:c3|Wir ermitteln aber in alle Richtungen, das ist bei einem solchen Unfall üblich}}“, {{c:c3|fügte {{m:m3|er}} hinzu}}.

Markus Hein war mit seinem Auto direkt hinter dem Bus unterwegs. „{{q:direct:zeuge:m4b:c4|Der Bus ist auf einmal ausgebrochen, ganz langsam, fast wie in Zeitlupe. Dann lag er schon schräg im Graben}}“, {{c:c4|erzählt}} {{m:m4b|der 41-Jährige}}. {{q:indirect:zeuge:-:-|Er habe sofort den Notruf gewählt und den Kindern aus dem Bus geholfen}}.

Wie {{m:m6|die Feuerwehr}} {{c:c6|mitteilte}}, {{q:indirect:feuerwehr:m6:c6|waren rund 40 Einsatzkräfte vor Ort}}. Die Kinder wurden zunächst in einer nahe gelegenen Turnhalle betreut und später von ihren Eltern abgeholt.

Die Mutter eines Achtjährigen, {{m:m7|Tanja Schreiber}}, {{c:c7|sagte}} unserer Zeitung: „{{q:direct:schreiber:m7:c7|Als ich den Anruf bekommen habe, ist mir das Herz stehen geblieben. Zum Glück hat er nur eine Beule am Kopf.}}“ {{m:m8|Sie}} {{c:c8|forderte}}, {{q:indirect?:schreiber:m8:c8|die Strecke im Winter besser zu streuen}}.

{{m:m9|Das Busunternehmen}} {{c:c9|teilte mit}}, {{q:indirect:busunternehmen:m9:c9|man sei erleichtert, dass niemand schwer verletzt worden sei}}. {{q:indirect:busunternehmen:-:-|Der Bus sei erst zwei Jahre alt und regelmäßig gewartet worden}}.

Die Landstraße war für die Bergung des Busses bis zum Mittag gesperrt. Der Landkreis will nun prüfen, ob auf dem Abschnitt ein Tempolimit eingeführt wird. Bereits im vergangenen Winter hatte es dort mehrere Unfälle gegeben.
""")

article(
    "de_10_bundestag_debatte", "de/rundfunk-politik", "de",
    {"fischer": "Claudia Fischer", "bauer": "Henrik Bauer", "yildirim": "Derya Yildirim",
     "winkler": "Stefan Winkler", "kreise": ["Koalitionskreise", "Koalitionskreisen"]},
    """
Bundestag streitet über Rentenpaket – Opposition spricht von „Wahlgeschenk“

Der Bundestag hat am Freitag in erster Lesung über das geplante Rentenpaket der Bundesregierung beraten. Die Debatte verlief über weite Strecken hitzig.

Bundesarbeitsministerin Claudia Fischer (SPD) verteidigte die Pläne. „{{q:direct:fischer:m2:c2|Wer ein Leben lang gearbeitet hat, muss sich auf seine Rente verlassen können}}“, {{c:c2|sagte}} {{m:m2|Fischer}} im Plenum. {{q:indirect:fischer:m3:c3|Das Rentenniveau von 48 Prozent werde bis 2039 gesichert}}, {{c:c3|versprach}} {{m:m3|die Ministerin}}.

Ganz anders sieht das die Union. {{m:m4|Der CDU-Rentenexperte Henrik Bauer}} {{c:c4|warf}} der Koalition vor, {{q:indirect?:bauer:m4:c4|die Kosten auf die junge Generation abzuwälzen}}. „{{q:direct:bauer:m5:c5|Dieses Paket ist nicht generationengerecht, es ist ein teures Wahlgeschenk}}“, {{c:c5|rief}} {{m:m5|Bauer}} unter dem Beifall seiner Fraktion.

Auch von den Grünen kam Kritik. {{m:m6|Die Abgeordnete Derya Yildirim}} {{c:c6|sagte}} im ARD-Morgenmagazin, {{q:indirect:yildirim:m6:c6|ihre Fraktion unterstütze zwar das Ziel, vermisse aber jeden Ansatz für eine nachhaltige Finanzierung}}. {{m:m7|Sie}} {{c:c7|kritisierte}} zudem, dass {{q:indirect:yildirim:m7:c7|die private Vorsorge in dem Entwurf kaum eine Rolle spiele}}.

{{c:c8|Nach Ansicht}} des {{m:m8|Ökonomen Stefan Winkler vom Institut für Wirtschaftsforschung}} {{q:indirect:winkler:m8:c8|reichen die geplanten Maßnahmen nicht aus}}. „{{q:direct:winkler:m9:c9|Ohne eine längere Lebensarbeitszeit wird es nicht gehen, das sagt jeder seriöse Rentenforscher}}“, {{c:c9|sagte}} {{m:m9|Winkler}} der Nachrichtenagentur Reuters.

{{m:m10|In Koalitionskreisen}} {{c:c10|hieß es}} am Abend, {{q:indirect:kreise:m10:c10|man sei offen für Änderungen im parlamentarischen Verfahren}}. Das Gesetz soll noch vor der Sommerpause verabschiedet werden. Der Bundesrat muss nicht zustimmen. Sozialverbände begrüßten den Entwurf grundsätzlich, mahnten aber Nachbesserungen bei der Erwerbsminderungsrente an. Die Arbeitgeberverbände lehnen das Paket in seiner jetzigen Form ab.

Fischer zeigte sich am Rande der Sitzung zuversichtlich. „{{q:direct:fischer:m12:c12|Am Ende wird es eine breite Mehrheit geben, da bin ich sicher}}“, {{c:c12|sagte}} {{m:m12|sie}}.
""")

article(
    "de_11_kultur_portraet", "de/feuilleton-portraet", "de",
    {"lindner": "Marie Lindner", "vater": "Marie Lindners Vater", "brenner": "Jakob Brenner"},
    """
Die Frau, die Geigen baut

In ihrer Werkstatt in Mittenwald riecht es nach Holz und Leim. Marie Lindner sitzt an der Werkbank und schabt mit einer winzigen Klinge an einer Geigendecke. »{{q:direct:lindner:m2:c2|Man muss hören, wann es genug ist}}«, {{c:c2|sagt}} {{m:m2|sie}} und klopft vorsichtig auf das Holz. »{{q:direct:lindner:m2:c2|Das Holz sagt es einem, wenn man zuhört.}}«

Die 34-Jährige ist eine von wenigen Frauen in Deutschland, die sich als Geigenbaumeisterin selbstständig gemacht haben. Ihre Instrumente spielen inzwischen Musikerinnen und Musiker in Wien, Tokio und New York. {{m:m4|Lindner}} {{c:c4|erzählt}}, {{q:indirect:lindner:m4:c4|sie habe schon als Kind in der Werkstatt ihres Vaters gesessen und zugeschaut}}. Der Vater habe ihr damals {{c:c5|gesagt}}: »{{q:direct?:vater:-:c5|Wenn du das machen willst, dann richtig.}}«

Richtig gemacht hat sie es. Nach der Ausbildung an der Geigenbauschule ging sie für drei Jahre nach Cremona. »{{q:direct:lindner:m6:c6|Dort habe ich gelernt, dass Geduld wichtiger ist als Talent}}«, {{c:c6|sagt}} {{m:m6|Lindner}} und lacht. »{{q:direct:lindner:m6:c6|Talent hatte ich, Geduld musste ich mir erst beibringen.}}«

An einer Geige arbeitet sie rund 250 Stunden. Der Preis liegt bei etwa 18.000 Euro, für eine Meistergeige ist das nicht viel. {{m:m8|Der Geiger Jakob Brenner}}, der seit zwei Jahren eines ihrer Instrumente spielt, {{c:c8|schwärmt}} {{q:mixed?:brenner:m8:c8|von einem »warmen, fast dunklen Ton«}}. »{{q:direct:brenner:m9:c9|Ich habe viele alte italienische Geigen gespielt. Ihre kann da mithalten}}«, {{c:c9|sagt}} {{m:m9|er}}.

Sorgen macht Lindner der Nachwuchs. {{m:m11|Sie}} {{c:c11|glaubt}}, {{q:indirect:lindner:m11:c11|dass das Handwerk in zwanzig Jahren kaum noch jemand beherrschen werde}}. {{q:indirect:lindner:-:-|Die Geigenbauschule habe jedes Jahr weniger Bewerber}}. »{{q:direct:lindner:m12:c12|Junge Leute wollen schnelle Ergebnisse. Das hier ist das Gegenteil davon}}«, {{c:c12|sagt}} {{m:m12|sie}}.

Dann beugt sie sich wieder über die Geigendecke. Draußen läuten die Glocken der Pfarrkirche, es ist Mittag. Sie hört es nicht.
""")

# ---------------------------------------------------------------- batch 3: written after the second
# round of parser changes, scored before any further change (see README)

article(
    "de_12_ausland_verhandlungen", "de/rundfunk-ausland", "de",
    {"korsun": "Olena Korsun", "petrow": "Igor Petrow", "reuters": "die Nachrichtenagentur Reuters",
     "diplomat": "ein westlicher Diplomat", "haller": "Annalena Haller", "ministerium": "das ukrainische Außenministerium"},
    """
Gespräche in Genf: Kiew und Moskau tauschen Gefangene aus

Genf. Die Ukraine und Russland haben sich bei Gesprächen in Genf auf einen weiteren Austausch von Kriegsgefangenen geeinigt. {{q:indirect:reuters:m1:c1|Insgesamt sollen jeweils 200 Gefangene freikommen}}, wie {{m:m1|die Nachrichtenagentur Reuters}} unter Berufung auf beide Seiten {{c:c1|berichtete}}.

Die ukrainische Außenministerin {{m:m2|Olena Korsun}} {{c:c2|sprach}} {{q:mixed?:korsun:m2:c2|von einem „wichtigen humanitären Schritt“}}. „{{q:direct:korsun:m3:c3|Jeder Mensch, der nach Hause kommt, ist ein Sieg für die Ukraine}}“, {{c:c3|sagte}} {{m:m3|sie}} nach dem Treffen. {{q:indirect:korsun:-:-|Weitergehende Verhandlungen über eine Waffenruhe seien derzeit aber nicht in Sicht}}.

{{m:m4|Kremlsprecher Igor Petrow}} {{c:c4|erklärte}} in Moskau, {{q:mixed:petrow:m4:c4|Russland sei zu weiteren Gesprächen bereit, wenn die Ukraine „die Realitäten vor Ort“ anerkenne}}. Was damit gemeint ist, ließ er offen.

{{m:m5|Ein westlicher Diplomat}}, der an den Gesprächen teilnahm, {{c:c5|sagte}} dem Sender, {{q:indirect:diplomat:m5:c5|die Atmosphäre sei sachlich, aber kühl gewesen}}. „{{q:direct:diplomat:m6:c6|Niemand hat hier einen Durchbruch erwartet}}“, {{c:c6|sagte}} {{m:m6|er}}.

{{c:c7|Laut}} {{m:m7|ukrainischem Außenministerium}} {{q:indirect:ministerium:m7:c7|sollen die ersten Gefangenen bereits am Wochenende übergeben werden}}. Das Internationale Komitee vom Roten Kreuz soll den Austausch begleiten.

Bundesaußenministerin Annalena Haller begrüßte die Einigung. „{{q:direct:haller:m9:c9|Das ist ein Lichtblick in einer sehr dunklen Zeit}}“, {{c:c9|sagte}} {{m:m9|die Grünen-Politikerin}} am Rande eines EU-Treffens in Brüssel. {{m:m10|Sie}} {{c:c10|mahnte}} zugleich, {{q:indirect:haller:m10:c10|der Druck auf Moskau dürfe nicht nachlassen}}.

Seit Beginn des Krieges haben beide Seiten mehrfach Gefangene ausgetauscht. Der letzte Austausch liegt rund drei Monate zurück. Beobachter werten die neue Einigung als Zeichen, dass zumindest auf humanitärer Ebene Gesprächskanäle weiterhin funktionieren. Die Vereinten Nationen hatten in den vergangenen Monaten wiederholt auf die schlechten Haftbedingungen in beiden Ländern hingewiesen. Die Angehörigen vieler Gefangener warten seit Jahren auf ein Lebenszeichen.
""")

article(
    "de_13_boulevard_schauspieler", "de/boulevard", "de",
    {"kranz": "Tobias Kranz", "mutter": "Tobias Kranz' Mutter", "sender": "der Sender", "insider": "ein Insider"},
    """
TV-Star {{m:h1|Tobias Kranz}} (45): „{{q:direct:kranz:h1:-|Ich war am Ende}}“

Er ist einer der bekanntesten Kommissare im deutschen Fernsehen. Doch privat ging es Tobias Kranz (45) lange schlecht. Jetzt spricht der Schauspieler erstmals offen über seine Depression.

„{{q:direct:kranz:m2:c2|Ich bin morgens aufgewacht und wusste nicht, wofür ich aufstehen soll}}“, {{c:c2|verrät}} {{m:m2|Kranz}} im Interview mit unserer Zeitung. Zwei Jahre lang habe er niemandem davon erzählt, nicht einmal seiner Familie.

Erst ein Zusammenbruch am Set änderte alles. „{{q:direct:kranz:m3:c3|Da lag ich auf dem Boden und dachte: Das war's}}“, {{c:c3|gesteht}} {{m:m3|der Schauspieler}}. {{q:indirect:kranz:-:-|Seine Mutter habe ihn damals ins Krankenhaus gefahren}}. „{{q:direct?:mutter:m4b:c4b|Du musst dir helfen lassen}}“, habe {{m:m4b|sie}} {{c:c4b|gesagt}}.

Heute geht es ihm besser. {{m:m6|Kranz}} {{c:c6|erzählt}}, {{q:indirect:kranz:m6:c6|er mache seit einem Jahr eine Therapie und treibe wieder Sport}}. „{{q:direct:kranz:m7:c7|Ich will anderen Mut machen. Es ist keine Schande, Hilfe zu brauchen!}}“, {{c:c7|sagt}} {{m:m7|er}}.

{{m:m8|Der Sender}} {{c:c8|bestätigte}}, {{q:indirect:sender:m8:c8|dass die Dreharbeiten für die neue Staffel im Herbst beginnen}}. {{c:c9|Laut}} {{m:m9|einem Insider}} {{q:indirect:insider:m9:c9|soll Kranz sogar mehr Drehtage bekommen als bisher}}.

Seine Fans reagierten in den sozialen Netzwerken mit großer Anteilnahme. Tausende Kommentare gingen unter seinem letzten Beitrag ein. Viele bedankten sich für seine Offenheit, einige berichteten von eigenen Erfahrungen mit der Krankheit. Kranz will nun auch eine Stiftung gründen, die Betroffene unterstützt. Depressionen gehören zu den häufigsten psychischen Erkrankungen in Deutschland. Nach Schätzungen von Fachleuten erkrankt etwa jeder fünfte Mensch im Laufe seines Lebens daran. Viele Betroffene suchen sich erst spät Hilfe, oft aus Scham. Beratungsstellen und Telefonseelsorge sind rund um die Uhr erreichbar.
""")
