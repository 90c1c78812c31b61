# German external-style held-apart set, batch 3: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex3 import article

article(
    "dex3_01_koalition_haushalt", "de/online-politik-bund", "de",
    {"hartung": "Thomas Hartung", "kreise": ["Regierungskreise", "Regierungskreisen"],
     "wiegand": "Katrin Wiegand", "maeurer": "Jens Mäurer", "kuehnle": "Miriam Kühnle-Aydın",
     "arnim": "Friedrich von Arnim", "spiegel": ["SPIEGEL", "der SPIEGEL"],
     "sprecher": ["ein Sprecher des Finanzministeriums", "ein Sprecher des Ministeriums", "das Finanzministerium"]},
    """
Haushaltsstreit in der Koalition: Hartung droht mit Blockade

Der Streit um den Bundeshaushalt 2028 spitzt sich zu. Finanzminister Thomas Hartung will keine neuen Schulden – und legt sich offen mit dem Kanzleramt an. In der SPD ist von »Erpressung« die Rede.

Berlin. Im Streit um den Haushalt für das kommende Jahr hat Bundesfinanzminister Thomas Hartung (FDP) den Ton verschärft. {{q:indirect:hartung:m1:c1|Er werde keinem Entwurf zustimmen, der die Schuldenbremse umgehe}}, {{c:c1|sagte}} {{m:m1|der FDP-Politiker}} am Dienstag in Berlin. {{q:indirect:hartung:-:-|Die Koalition müsse endlich lernen, mit dem Geld auszukommen, das sie habe}}. {{q:indirect:hartung:-:-|Zusätzliche Kredite über neue Sondervermögen seien mit ihm nicht zu machen}}.

Im Kanzleramt stößt das auf Unverständnis. {{q:indirect:kreise:m2:c2|Der Minister kenne die Lage der Bundeswehr und der Kommunen so gut wie jeder andere}}, {{c:c2|hieß es}} aus {{m:m2|Regierungskreisen}}. {{q:indirect:kreise:-:-|Wer jetzt mit einem Veto drohe, gefährde den gesamten Zeitplan}}.

Bundeskanzlerin Katrin Wiegand (SPD) gab sich betont gelassen. »{{q:direct:wiegand:m3:c3|Wir werden uns einigen, so wie wir uns bisher immer geeinigt haben}}«, {{c:c3|sagte}} {{m:m3|sie}} am Rande eines Treffens mit Unternehmern in Frankfurt am Main. {{q:indirect:wiegand:-:-|Niemand in der Regierung habe ein Interesse an einer monatelangen Hängepartie}}. Zu den Forderungen ihres Finanzministers äußerte sich die Kanzlerin nicht im Detail.

Deutlich schärfer fiel die Reaktion in der SPD-Fraktion aus. {{m:m4|Fraktionsvize Jens Mäurer}} {{c:c4|nannte}} {{q:mixed:maeurer:m4:c4|das Vorgehen des Ministers »Erpressung mit Ansage«}}. {{m:m5|Der Sozialdemokrat}} {{c:c5|warf}} Hartung vor, {{q:indirect:maeurer:m5:c5|sich auf Kosten der Koalition für den nächsten Wahlkampf in Stellung zu bringen}}. »{{q:direct:maeurer:m6:c6|Wer so verhandelt, will keine Lösung, sondern eine Bühne}}«, {{c:c6|sagte}} {{m:m6|Mäurer}} dem SPIEGEL.

Die Grünen riefen beide Seiten zur Mäßigung auf. Am Mittwoch {{c:c7|sagte}} {{m:m7|Parteichefin Miriam Kühnle-Aydın}} im Deutschlandfunk, {{q:indirect:kuehnle:m7:c7|der Streit schade dem Ansehen der gesamten Regierung}}. {{q:indirect:kuehnle:-:-|Die Bürgerinnen und Bürger erwarteten zu Recht, dass die Koalition ihre Arbeit mache, statt sich öffentlich zu zerfleischen}}.

Die Opposition sieht die Regierung bereits am Ende. {{c:c8|Laut}} {{m:m8|Unionsfraktionschef Friedrich von Arnim}} {{q:mixed:arnim:m8:c8|ist die Koalition »nicht mehr handlungsfähig«}}. {{q:indirect:arnim:m9:c9|Die Kanzlerin solle den Weg für Neuwahlen frei machen}}, {{c:c9|forderte}} {{m:m9|der CDU-Politiker}}. {{m:m10|Von Arnim}} {{c:c10|kündigte}} an, {{q:indirect?:arnim:m10:c10|in der kommenden Sitzungswoche einen entsprechenden Antrag im Bundestag einzubringen}}.

Hinter den Kulissen wird dennoch an einem Kompromiss gearbeitet. {{c:c11|Nach}} {{m:m11|SPIEGEL}}-Informationen {{q:indirect?:spiegel:m11:c11|erwägt das Finanzministerium, einen Teil der Verteidigungsausgaben über einen Nachtragshaushalt zu finanzieren}}. Ein Sprecher des Ministeriums wollte das auf Anfrage nicht kommentieren. {{q:indirect:sprecher:m12:c12|Man führe vertrauliche Gespräche und beteilige sich nicht an Spekulationen}}, {{c:c12|erklärte}} {{m:m12|er}}.

Der Zeitplan ist eng. Bis Mitte Juli soll das Kabinett den Entwurf beschließen, danach beginnen die Beratungen im Bundestag. So knapp war es in den vergangenen Jahren selten. {{m:m13|Hartung}} {{c:c13|zeigte sich}} dennoch zuversichtlich: »{{q:direct:hartung:m13:c13|Am Ende wird es einen soliden Haushalt geben. Dafür stehe ich.}}«
""")

article(
    "dex3_02_landtag_lehrermangel", "de/online-landespolitik", "de",
    {"vollmann": "Annegret Vollmann-Schulz", "brockmann": "Stefan Brockmann",
     "philologen": ["der Philologenverband", "Philologenverband"], "dreesmann": "Horst Dreesmann",
     "kemmerling": "Lars Kemmerling", "cdu": ["die CDU", "CDU", "die CDU-Fraktion"], "harms": "Gesine Harms",
     "ministerium": ["das Kultusministerium", "Kultusministerium"]},
    """
Lehrermangel: Kultusministerin will Teilzeit für Lehrkräfte begrenzen

Niedersachsens Kultusministerin will die Teilzeit an Schulen einschränken. Die Gewerkschaft GEW spricht von einem Affront, die Opposition von einem Armutszeugnis. Der Landtag debattierte hitzig.

Hannover. Die Landesregierung in Niedersachsen will dem Lehrermangel mit strengeren Regeln für Teilzeit begegnen. {{m:m1|Kultusministerin Annegret Vollmann-Schulz}} (SPD) {{c:c1|kündigte}} am Mittwoch im Landtag an, dass {{q:indirect:vollmann:m1:c1|Lehrkräfte künftig nur noch in begründeten Ausnahmefällen weniger als eine halbe Stelle arbeiten dürfen}}. {{q:indirect:vollmann:m2:c2|Die Regelung solle zum Schuljahr 2028/29 in Kraft treten}}, {{c:c2|sagte}} {{m:m2|die Ministerin}}. {{q:indirect:vollmann:-:-|Ausgenommen seien Lehrkräfte, die kleine Kinder betreuten oder Angehörige pflegten}}.

„{{q:direct:vollmann:m3:c3|Wir können es uns schlicht nicht mehr leisten, auf diese Stunden zu verzichten}}“, {{c:c3|betonte}} {{m:m3|Vollmann-Schulz}}. {{q:indirect:vollmann:-:-|Im vergangenen Schuljahr seien landesweit mehr als 2400 Stellen unbesetzt geblieben}}. {{q:mixed:vollmann:m4:c4|Die Reform, {{c:c4|so}} {{m:m4|die Ministerin}}, sei auch ein „Beitrag zur Fairness“ gegenüber den Kolleginnen und Kollegen in Vollzeit}}.

Bei der Bildungsgewerkschaft GEW stößt das Vorhaben auf scharfe Kritik. {{m:m5|Landeschef Stefan Brockmann}} {{c:c5|sprach}} von einem „{{q:direct:brockmann:m5:c5|Affront gegenüber den Beschäftigten}}“. {{q:indirect:brockmann:m6:c6|Viele Lehrerinnen und Lehrer arbeiteten gerade deshalb in Teilzeit, weil sie die Belastung in Vollzeit nicht mehr aushielten}}, {{c:c6|sagte}} {{m:m6|Brockmann}} im Interview mit dem NDR. {{q:indirect:brockmann:-:-|Wer sie zu mehr Stunden zwinge, treibe sie in die Krankheit oder ganz aus dem Beruf}}. Die GEW kündigte Proteste vor dem Landtag an.

{{m:m7|Der Philologenverband}} {{c:c7|kritisierte}}, {{q:indirect:philologen:m7:c7|das Ministerium setze an der falschen Stelle an}}. {{q:indirect:philologen:-:-|Statt Teilzeitkräfte unter Druck zu setzen, müsse das Land die Schulen endlich von Verwaltungsaufgaben entlasten}}. {{m:m8|Dem Verbandsvorsitzenden Horst Dreesmann}} {{c:c8|zufolge}} {{q:indirect:dreesmann:m8:c8|verbringen Lehrkräfte inzwischen fast ein Viertel ihrer Arbeitszeit mit Bürokratie}}.

Auch die Opposition ließ kein gutes Haar an den Plänen. {{q:indirect:kemmerling:m9:c9|Rot-Grün habe den Lehrermangel jahrelang kleingeredet und müsse nun die Folgen einer verfehlten Planung ausbaden}}, {{c:c9|sagte}} {{m:m9|der bildungspolitische Sprecher der CDU-Fraktion, Lars Kemmerling}}. {{m:m10|Er}} {{c:c10|forderte}}, {{q:indirect:kemmerling:m10:c10|pensionierte Lehrkräfte mit deutlich besseren Zuschlägen an die Schulen zurückzuholen}}. {{q:indirect:cdu:m15:c15|So viele offene Stellen wie in diesem Jahr habe es noch nie gegeben}}, {{c:c15|rechnete}} {{m:m15|die CDU}} vor.

Vollmann-Schulz wies die Vorwürfe zurück. {{q:indirect:vollmann:m11:c11|Das Land habe in den vergangenen drei Jahren so viele Lehrkräfte eingestellt wie nie zuvor}}, {{c:c11|erwiderte}} {{m:m11|sie}}. {{q:indirect:vollmann:-:-|Der Mangel sei ein bundesweites Problem, das kein Land allein lösen könne}}.

Rückendeckung bekam die Ministerin aus der Staatskanzlei. Am Rande der Kabinettssitzung {{c:c12|sagte}} {{m:m12|Ministerpräsidentin Gesine Harms}} (SPD), {{q:indirect:harms:m12:c12|die Kultusministerin habe ihre volle Unterstützung}}. „{{q:direct:harms:m13:c13|Niemand macht sich so eine Entscheidung leicht}}“, {{c:c13|fügte}} {{m:m13|Harms}} hinzu.

Wie {{m:m14|das Kultusministerium}} am Nachmittag {{c:c14|mitteilte}}, {{q:indirect:ministerium:m14:c14|sollen die Schulen bis zu den Herbstferien schriftlich über die neuen Regeln informiert werden}}. Zugleich sollen die Schulen mehr Verwaltungskräfte bekommen, so dass Lehrkräfte von Routineaufgaben entlastet werden. Der Landtag soll im Herbst über die nötige Änderung des Schulgesetzes abstimmen.
""")

article(
    "dex3_03_polizei_messerangriff", "de/dpa-blaulicht", "de",
    {"behoerden": ["Polizei und Staatsanwaltschaft", "die Polizei", "die Staatsanwaltschaft"],
     "ermittler": ["die Ermittler", "Ermittler", "die Polizei"],
     "polizeisprecher": ["ein Polizeisprecher", "die Polizei"],
     "sta": ["die Staatsanwaltschaft Frankenthal", "Staatsanwaltschaft Frankenthal", "die Staatsanwaltschaft"],
     "leinemann": "Martin Leinemann", "anwohnerin": "eine Anwohnerin", "schoellhorn": "Dagmar Schöllhorn",
     "polizei": ["die Polizei", "das Polizeipräsidium Rheinpfalz"],
     "ministerium": ["ein Sprecher des Innenministeriums", "das Innenministerium"]},
    """
23-Jähriger nach Messerangriff in Ludwigshafen in U-Haft

Ludwigshafen (dpa/lrs) - Nach einem Messerangriff in der Ludwigshafener Innenstadt ist ein 23-Jähriger in Untersuchungshaft genommen worden. {{q:indirect:behoerden:m1:c1|Der Mann stehe im dringenden Verdacht, am Samstagabend einen 41-Jährigen mit mehreren Messerstichen lebensgefährlich verletzt zu haben}}, {{c:c1|teilten}} {{m:m1|Polizei und Staatsanwaltschaft}} am Sonntag gemeinsam mit.

{{c:c2|Nach Angaben}} {{m:m2|der Ermittler}} {{q:indirect:ermittler:m2:c2|waren die beiden Männer gegen 21.30 Uhr vor einer Bar am Berliner Platz in Streit geraten}}. {{q:indirect:ermittler:-:-|Der Jüngere habe dann unvermittelt ein Messer gezogen und mehrfach zugestochen}}. {{q:indirect:ermittler:-:-|Passanten hätten den Verletzten bis zum Eintreffen der Rettungskräfte versorgt}}. Der 41-Jährige wurde noch in der Nacht notoperiert.

{{q:indirect:polizeisprecher:m3:c3|Sein Zustand sei inzwischen stabil, Lebensgefahr bestehe aber weiterhin}}, {{c:c3|sagte}} {{m:m3|ein Polizeisprecher}} am Sonntagmittag. „{{q:direct:polizeisprecher:m4:c4|Zum Motiv können wir derzeit noch nichts sagen}}“, {{c:c4|fügte}} {{m:m4|er}} hinzu.

Der Tatverdächtige war kurz nach der Tat in der Nähe des Hauptbahnhofs festgenommen worden. {{c:c5|Laut}} {{m:m5|Staatsanwaltschaft Frankenthal}} {{q:indirect:sta:m5:c5|ist er bereits wegen mehrerer Körperverletzungsdelikte polizeibekannt}}. Ein Haftrichter erließ am Sonntag Haftbefehl wegen versuchten Totschlags. Der Beschuldigte hat sich bislang nicht zu den Vorwürfen geäußert.

{{m:m7|Oberstaatsanwalt Martin Leinemann}} {{c:c7|sagte}} der Deutschen Presse-Agentur, {{q:indirect:leinemann:m7:c7|es gebe bislang keine Hinweise auf ein politisches oder religiöses Motiv}}. {{q:indirect:leinemann:-:-|Man ermittle aber in alle Richtungen}}. {{q:indirect:leinemann:-:-|Ob sich Täter und Opfer gekannt hätten, sei Gegenstand der Ermittlungen}}.

{{m:m8|Eine Anwohnerin}}, die den Streit von ihrem Balkon aus beobachtet hatte, {{c:c8|erzählte}} der „Rheinpfalz“, {{q:indirect:anwohnerin:m8:c8|es sei alles sehr schnell gegangen}}. „{{q:direct:anwohnerin:m9:c9|Erst haben die sich nur angeschrien, und auf einmal lag einer am Boden}}“, {{c:c9|sagte}} {{m:m9|die 56-Jährige}}.

Ludwigshafens {{m:m10|Oberbürgermeisterin Dagmar Schöllhorn}} (parteilos) {{c:c10|schrieb}} auf Instagram, {{q:indirect:schoellhorn:m10:c10|ihre Gedanken seien bei dem Opfer und seiner Familie}}. {{q:mixed:schoellhorn:-:-|Gewalt dürfe in der Stadt „keinen Platz haben“}}.

Die Gegend rund um den Berliner Platz gilt seit Längerem als Brennpunkt. {{c:c11|Nach Darstellung}} {{m:m11|der Polizei}} {{q:indirect:polizei:m11:c11|ist die Zahl der Gewaltdelikte in dem Viertel im vergangenen Jahr allerdings leicht zurückgegangen}}. Die Stadt hatte im Frühjahr eine Waffenverbotszone eingerichtet. {{q:indirect:ministerium:m12:c12|Ob diese ausgeweitet werde, müsse nach dem Vorfall neu bewertet werden}}, {{c:c12|erklärte}} {{m:m12|ein Sprecher des Innenministeriums}} in Mainz.

{{m:m13|Die Polizei}} {{c:c13|bittet}} Zeugen, {{q:indirect?:polizei:m13:c13|sich unter der Telefonnummer 0621 963-0 zu melden}}. Hinweise können auch über die Onlinewache abgegeben werden.
""")

article(
    "dex3_04_wirtschaft_insolvenz", "de/online-wirtschaft", "de",
    {"firma": ["das Unternehmen", "Brünninghaus"], "vogelsang": "Ulrich Vogelsang",
     "wessling": "Jan-Hendrik Wessling", "wp": ["die „Westfalenpost“", "Westfalenpost"],
     "kuehnemann": "Sabine Kühnemann", "igm": ["die IG Metall", "IG Metall"],
     "grossekathoefer": "Hanna Großekathöfer",
     "bdh": ["der Bundesverband der Deutschen Heizungsindustrie", "Bundesverband der Deutschen Heizungsindustrie"],
     "ruettgers": "Fabian Rüttgers"},
    """
Traditionsfirma Brünninghaus meldet Insolvenz an – 1400 Jobs in Gefahr

Der Heizungsbauer aus dem Sauerland ist zahlungsunfähig. Die Produktion soll vorerst weiterlaufen, die Belegschaft ist geschockt.

Olpe. {{q:indirect:firma:m1:c1|Der Heizungs- und Wärmepumpenhersteller Brünninghaus hat beim Amtsgericht Siegen ein Insolvenzverfahren in Eigenverwaltung beantragt}}. Das {{c:c1|teilte}} {{m:m1|das Unternehmen}} am Montagabend mit. {{q:indirect:firma:-:c2|Grund seien die drastisch eingebrochene Nachfrage nach Wärmepumpen und gestiegene Finanzierungskosten}}, {{c:c2|heißt es}} in der Mitteilung. {{q:indirect:firma:-:-|Löhne und Gehälter der rund 1400 Beschäftigten seien über das Insolvenzgeld bis Ende Oktober gesichert}}.

„{{q:direct:vogelsang:m3:c3|Das ist der schwerste Tag in der Geschichte unseres Hauses}}“, {{c:c3|sagte}} {{m:m3|Firmenchef Ulrich Vogelsang}} dem „Handelsblatt“. „{{q:direct:vogelsang:m3:c3|Aber wir kämpfen um jeden einzelnen Arbeitsplatz.}}“ {{m:m4|Der 61-Jährige}}, der das Familienunternehmen in vierter Generation führt, {{c:c4|räumte}} ein, dass {{q:indirect:vogelsang:m4:c4|man zu stark auf das Geschäft mit Wärmepumpen gesetzt habe}}. {{q:indirect:vogelsang:-:-|Als die staatliche Förderung im vergangenen Jahr gekürzt worden sei, sei der Absatz binnen weniger Monate um die Hälfte eingebrochen}}.

Zum vorläufigen Sachwalter bestellte das Gericht den Kölner Rechtsanwalt Jan-Hendrik Wessling. {{m:m5|Wessling}} {{c:c5|zeigte sich}} zuversichtlich, dass {{q:indirect?:wessling:m5:c5|der Betrieb vollständig fortgeführt werden kann}}. {{q:indirect:wessling:m6:c6|Es gebe bereits erste Gespräche mit möglichen Investoren}}, {{c:c6|sagte}} {{m:m6|er}}. {{q:indirect:wessling:-:-|Namen wolle er zum jetzigen Zeitpunkt aber nicht nennen}}. Einen Bericht {{m:m7|der „Westfalenpost“}}, {{c:c7|wonach}} {{q:indirect?:wp:m7:c7|ein chinesischer Konzern Interesse angemeldet habe}}, wollte er nicht kommentieren.

Bei der Belegschaft sitzt der Schock tief. {{m:m8|Betriebsratsvorsitzende Sabine Kühnemann}} {{c:c8|sprach}} von {{q:mixed:kuehnemann:m8:c8|einem „rabenschwarzen Tag“ für die ganze Region}}. {{q:indirect:kuehnemann:m9:c9|Die Beschäftigten hätten in den vergangenen Jahren auf Urlaubsgeld verzichtet und Kurzarbeit mitgetragen}}, {{c:c9|sagte}} {{m:m9|sie}}. {{q:indirect:kuehnemann:-:-|Jetzt erwarte man von der Geschäftsführung volle Transparenz}}. {{m:m10|Die IG Metall}} {{c:c10|forderte}} die Landesregierung auf, {{q:indirect:igm:m10:c10|sich für den Erhalt des Standorts einzusetzen}}.

Die Landesregierung sicherte Unterstützung zu. „{{q:direct:grossekathoefer:m12:c12|Wir lassen die Menschen in Olpe nicht allein}}“, {{c:c12|sagte}} {{m:m12|NRW-Wirtschaftsministerin Hanna Großekathöfer}} (CDU) in Düsseldorf. {{q:indirect:grossekathoefer:-:-|Das Land prüfe eine Bürgschaft, eine Entscheidung falle aber erst, wenn ein tragfähiges Sanierungskonzept vorliege}}.

Branchenkenner überrascht die Pleite nicht. {{c:c13|Laut}} {{m:m13|dem Bundesverband der Deutschen Heizungsindustrie}} {{q:indirect:bdh:m13:c13|ist der Absatz von Wärmepumpen im ersten Halbjahr um 38 Prozent gesunken}}. Die Zahlen zeigen, wie stark die Branche unter der Verunsicherung leidet. {{m:m14|Der Energieökonom Fabian Rüttgers}} vom Institut der deutschen Wirtschaft {{c:c14|warnte}}, {{q:indirect:ruettgers:m14:c14|weitere Hersteller könnten folgen, wenn die Politik nicht rasch für Planungssicherheit sorge}}. {{q:indirect:ruettgers:-:-|Viele Betriebe hätten im Vertrauen auf die Förderung ihre Kapazitäten ausgebaut}}.

Brünninghaus wurde 1911 gegründet und beschäftigt neben dem Stammwerk in Olpe rund 200 Menschen in einem Werk in Thüringen. Ob beide Standorte erhalten bleiben, ist offen.
""")

article(
    "dex3_05_sport_remis", "de/online-sport", "de",
    {"lindemann": "Christian Lindemann", "assmann": "Dirk Assmann", "kohlhaas": "Leon Kohlhaas",
     "hoefling": "Nicolas Höfling", "saalfeld": "Jochen Saalfeld", "brandtner": "Felix Brandtner"},
    """
Freiburg verspielt Sieg gegen Union – Lindemann tobt nach spätem Elfmeter

Der SC Freiburg kommt gegen Union Berlin nicht über ein 2:2 hinaus. Ein umstrittener Strafstoß in der Nachspielzeit sorgt für Ärger.

Freiburg. Nach 90 turbulenten Minuten stand es im Europa-Park-Stadion 2:2 – und die Diskussionen begannen erst. Freiburgs Trainer Christian Lindemann war nach dem Abpfiff kaum zu beruhigen. „{{q:direct:lindemann:m1:c1|Das war nie und nimmer ein Elfmeter}}“, {{c:c1|schimpfte}} {{m:m1|der 52-Jährige}} bei Sky. „{{q:direct:lindemann:m1:c1|Wenn man so etwas pfeift, kann man in jedem Spiel zehn Elfmeter geben.}}“

Union war in der 23. Minute durch Kowalczyk in Führung gegangen. Nach der Pause drehte Freiburg die Partie: Erst traf Vincenzo Grifo-Neumann (51.), dann legte Leon Kohlhaas in der 68. Minute nach. In der Nachspielzeit entschied Schiedsrichter Felix Brandtner nach Ansicht der Videobilder auf Strafstoß, weil Kohlhaas den Berliner Angreifer am Fuß getroffen haben soll. Kowalczyk verwandelte sicher zum Ausgleich.

Unions Trainer Dirk Assmann sah die Szene naturgemäß anders. {{q:indirect:assmann:m2:c2|Der Kontakt sei klar gewesen}}, {{c:c2|sagte}} {{m:m2|der Österreicher}}. {{q:indirect:assmann:-:-|Über das Ergebnis könne seine Mannschaft trotzdem nicht glücklich sein}}. „{{q:direct:assmann:m3:c3|Wir haben nach der Pause zwanzig Minuten lang aufgehört, Fußball zu spielen}}“, {{c:c3|kritisierte}} {{m:m3|Assmann}}.

Auch Kohlhaas selbst war mit seinem Tor nur halb zufrieden. „{{q:direct:kohlhaas:m4:c4|Ich habe den Ball eigentlich}}“, {{c:c4|sagte}} {{m:m4|der Torschütze}}, „{{q:direct:kohlhaas:m4:c4|nur mit dem Schienbein erwischt. Schön war das nicht.}}“ Den Elfmeter wollte der 24-Jährige nicht bewerten.

{{q:indirect:hoefling:m5:c5|Man hätte das Spiel vorher entscheiden müssen}}, {{c:c5|so}} {{m:m5|Kapitän Nicolas Höfling}}. {{q:indirect:hoefling:-:-|Nach dem 2:1 habe die Mannschaft zu passiv verteidigt und Union zu viele Standards zugestanden}}. Der Innenverteidiger hatte in der ersten Halbzeit selbst zwei Großchancen vergeben, so dass er sich einen Teil der Schuld gab.

Etwas versöhnlicher klang Lindemann dann auf der Pressekonferenz. {{q:indirect:lindemann:m6:c6|Die Mannschaft hat nach dem Rückstand eine großartige Moral gezeigt}}, {{c:c6|lobte}} {{m:m6|der Coach}}. {{q:indirect:lindemann:m7:c7|Wir fahren trotzdem mit breiter Brust nach Leverkusen}}, {{c:c7|kündigte}} {{m:m7|er}} an.

{{m:m8|Sportvorstand Jochen Saalfeld}} mit Blick auf die Tabelle: „{{q:direct:saalfeld:m8:-|Ein Punkt gegen Union ist kein Beinbruch. Wir stehen da, wo wir hinwollten.}}“

Schiedsrichter Brandtner verteidigte seine Entscheidung. Im Gespräch mit einem Pool-Reporter {{c:c9|erklärte}} {{m:m9|der 38-Jährige}}, {{q:indirect:brandtner:m9:c9|er habe auf den Bildern einen klaren Tritt gegen den Knöchel erkannt}}. {{q:indirect:brandtner:-:-|Eine solche Szene müsse man pfeifen, egal in welcher Minute}}.

Freiburg bleibt mit 21 Punkten auf Platz fünf. Union rutscht auf Rang zwölf ab. Am kommenden Samstag empfängt Union den VfL Bochum, Freiburg muss nach Leverkusen.
""")

article(
    "dex3_06_kultur_intendanz", "de/online-feuilleton", "de",
    {"buelow": "Konstanze von Bülow-Reimann", "stadt": ["ein Sprecher der Stadt", "die Stadt"],
     "huebner": "Ilka Hübner", "jury": ["die Jury", "der Jury"],
     "faz": ["die „Frankfurter Allgemeine“", "Frankfurter Allgemeine", "FAZ"],
     "muehlhaeuser": "Jörg Mühlhäuser", "paetzold": "Henning Pätzold"},
    """
{{m:h0|Bülow-Reimann}} verlässt das Staatstheater: „{{q:direct:buelow:h0:-|Ich gehe nicht im Zorn}}“

Nach zehn Jahren an der Spitze des Staatstheaters Braunschweig hört die Intendantin auf. Ihr Abschied kommt überraschend – und er hat eine Vorgeschichte.

Braunschweig. Die Nachricht kam am Dienstagmorgen per Rundmail an die Belegschaft, wenige Stunden vor der Spielzeitpressekonferenz. Konstanze von Bülow-Reimann, seit 2019 Generalintendantin des Staatstheaters, wird ihren im Sommer 2029 auslaufenden Vertrag nicht verlängern. {{q:indirect:buelow:m1:c1|Nach zehn Jahren sei es Zeit für einen Neuanfang, für das Haus und für sie selbst}}, {{c:c1|schreibt}} {{m:m1|die 59-Jährige}} in dem Schreiben, das der ZEIT vorliegt. {{q:indirect:buelow:-:-|Die Entscheidung sei ihr nicht leichtgefallen}}.

Wer die Intendantin in den vergangenen Monaten erlebt hat, den überrascht der Schritt dennoch kaum. Seit dem Frühjahr streitet sie mit der Stadt über die Sanierung des Großen Hauses, die sich um mindestens drei Jahre verzögert. „{{q:direct:buelow:m2:c2|Ich gehe nicht im Zorn}}“, {{c:c2|sagt}} {{m:m2|von Bülow-Reimann}} beim Gespräch in ihrem Büro unter dem Dach. „{{q:direct:buelow:m2:c2|Aber ich gehe auch nicht, ohne zu sagen, was schiefgelaufen ist.}}“

{{q:mixed:buelow:m3:c3|Die Stadt habe das Theater jahrelang „auf Verschleiß gefahren“}}, {{c:c3|sagt}} {{m:m3|sie}}. {{q:indirect:buelow:-:-|Es regne in die Probebühne, die Bühnentechnik stamme zum Teil aus den Siebzigerjahren}}. {{q:indirect:buelow:-:-|Dass nun auch noch das Ausweichquartier teurer werde als geplant, habe das Vertrauen endgültig zerstört}}.

Die Stadt weist diese Darstellung zurück. {{q:indirect:stadt:m4:c4|Man habe dem Theater in den vergangenen fünf Jahren mehr als 40 Millionen Euro für die Sanierung bereitgestellt}}, {{c:c4|erklärte}} {{m:m4|ein Sprecher der Stadt}}. {{m:m5|Kulturdezernentin Ilka Hübner}} {{c:c5|würdigte}} die scheidende Intendantin als „{{q:direct:huebner:m5:c5|prägende Stimme der deutschen Theaterlandschaft}}“. {{q:indirect:huebner:m6:c6|Für die Verzögerungen trage die Stadt aber nur einen Teil der Verantwortung}}, {{c:c6|betonte}} {{m:m6|sie}} zugleich.

Künstlerisch hat von Bülow-Reimann das Haus geprägt wie kaum jemand vor ihr. Ihre Inszenierung von Kleists „Penthesilea“ wurde 2023 zum Berliner Theatertreffen eingeladen. „{{q:direct:jury:m7:c7|Selten hat man Kleist so wütend und so zärtlich zugleich gesehen}}“, {{c:c7|hieß es}} damals in der Begründung {{m:m7|der Jury}}. Nicht alle waren begeistert: {{m:m8|Die „Frankfurter Allgemeine“}} {{c:c8|nannte}} {{q:mixed:faz:m8:c8|die Aufführung „ein lautes Missverständnis“}}.

Im Ensemble ist die Stimmung gedrückt. {{m:m9|Der Schauspieler Jörg Mühlhäuser}}, seit 2019 am Haus, {{c:c9|sagte}}, {{q:indirect:muehlhaeuser:m9:c9|viele Kolleginnen und Kollegen fragten sich nun, wie es für sie weitergehe}}. {{q:indirect:muehlhaeuser:-:-|Verträge würden üblicherweise mit der Intendanz verlängert oder eben nicht}}. „{{q:direct:muehlhaeuser:m10:c10|Da hängen Existenzen dran}}“, {{c:c10|sagte}} {{m:m10|der 44-Jährige}}.

Wie es an der Spitze weitergeht, ist offen. {{c:c11|Laut}} {{m:m11|Oberbürgermeister Henning Pätzold}} (SPD) {{q:indirect:paetzold:m11:c11|soll eine Findungskommission noch vor Weihnachten ihre Arbeit aufnehmen}}.

{{q:indirect:buelow:m13:c13|Die Jahre in Braunschweig seien, wie {{m:m13|sie}} selbst {{c:c13|sagt}}, trotz allem die glücklichsten ihres Berufslebens gewesen}}. Was sie danach vorhat, lässt sie offen. Nur so viel {{c:c12|verrät}} {{m:m12|sie}}: {{q:indirect:buelow:m12:c12|Dem Theater werde sie treu bleiben, in welcher Rolle auch immer}}.
""")

article(
    "dex3_07_gericht_raser", "de/online-gericht", "de",
    {"kammer": ["die Kammer", "das Landgericht Mönchengladbach"], "richter": "Bernhard Löwenstein",
     "oltmanns": "Miriam Oltmanns", "brennecke": "Kai-Uwe Brennecke",
     "angeklagter": ["der Angeklagte", "der 27-Jährige"], "yilmaz": "Onur Yılmaz",
     "sprecher": ["ein Gerichtssprecher", "das Landgericht Mönchengladbach"],
     "ministerium": ["das Landesinnenministerium", "Landesinnenministerium"], "woehrmann": "Henrik Wöhrmann"},
    """
Tödliches Autorennen: Elf Jahre Haft für 27-Jährigen

Das Landgericht Mönchengladbach hat einen Autofahrer verurteilt, der bei einem illegalen Rennen eine Radfahrerin getötet hat. Die Verteidigung will in Revision gehen.

Mönchengladbach. Im Prozess um den Tod einer 34 Jahre alten Radfahrerin hat das Landgericht Mönchengladbach einen 27-Jährigen wegen Totschlags zu elf Jahren Haft verurteilt. {{m:m1|Die Kammer}} {{c:c1|sah es}} als erwiesen an, dass {{q:indirect?:kammer:m1:c1|der Angeklagte sich im Juni vergangenen Jahres auf der Bismarckstraße ein Rennen mit einem Bekannten geliefert hatte}}. Mit mehr als 130 Kilometern pro Stunde war er bei Rot über eine Kreuzung gefahren und hatte die Frau erfasst. Sie starb noch an der Unfallstelle.

„{{q:direct:richter:m2:c2|Sie haben den Tod eines Menschen nicht gewollt, aber Sie haben ihn billigend in Kauf genommen}}“, {{c:c2|sagte}} {{m:m2|der Vorsitzende Richter Bernhard Löwenstein}} in der Urteilsbegründung an den Angeklagten gewandt. {{q:indirect:richter:m3:c3|Wer mit dieser Geschwindigkeit durch eine Innenstadt fahre, dem sei das Leben anderer gleichgültig}}, {{c:c3|so}} {{m:m3|Löwenstein}}. {{q:indirect:richter:-:-|Die Kammer habe keinen Zweifel, dass der Angeklagte das Risiko gekannt habe}}.

Die Staatsanwaltschaft hatte wegen Mordes eine lebenslange Freiheitsstrafe gefordert. {{q:indirect:oltmanns:m4:c4|Der Angeklagte habe aus Geltungssucht gehandelt und damit ein Mordmerkmal erfüllt}}, hatte {{m:m4|Staatsanwältin Miriam Oltmanns}} in ihrem Plädoyer {{c:c4|argumentiert}}. Dem folgte das Gericht nicht.

{{m:m5|Verteidiger Kai-Uwe Brennecke}} {{c:c5|nannte}} {{q:mixed:brennecke:m5:c5|das Urteil „in keiner Weise nachvollziehbar“}}. {{q:indirect:brennecke:m6:c6|Sein Mandant habe zu keinem Zeitpunkt damit gerechnet, dass jemand zu Schaden komme}}, {{c:c6|sagte}} {{m:m6|der Anwalt}} nach der Verhandlung vor Journalisten. {{m:m7|Er}} {{c:c7|kündigte}} an, {{q:indirect?:brennecke:m7:c7|Revision beim Bundesgerichtshof einzulegen}}.

{{m:m8|Der Angeklagte}} hatte zum Prozessauftakt über seinen Verteidiger {{c:c8|erklären}} lassen, {{q:indirect:angeklagter:m8:c8|er bereue die Tat zutiefst}}. {{q:indirect:angeklagter:-:-|Er denke jeden Tag an die Familie der Getöteten}}. In seinem letzten Wort {{c:c9|sagte}} {{m:m9|der 27-Jährige}} am Montag nur: „{{q:direct:angeklagter:m9:c9|Es tut mir leid.}}“

Der Ehemann der Getöteten verfolgte die Urteilsverkündung als Nebenkläger. {{m:m10|Sein Anwalt Onur Yılmaz}} {{c:c10|sagte}}, {{q:indirect:yilmaz:m10:c10|die Familie sei erleichtert, dass die Beweisaufnahme vorbei sei}}. {{q:indirect:yilmaz:-:-|Ein Urteil könne den Verlust aber nicht ungeschehen machen}}. {{q:indirect:sprecher:m11:c11|Das Urteil ist noch nicht rechtskräftig}}, wie {{m:m11|ein Gerichtssprecher}} {{c:c11|bestätigte}}.

Raserprozesse beschäftigen die Gerichte in Nordrhein-Westfalen zunehmend. {{c:c12|Nach}} Zahlen {{m:m12|des Landesinnenministeriums}} {{q:indirect?:ministerium:m12:c12|wurden im vergangenen Jahr mehr als 900 illegale Autorennen registriert}}. {{m:m13|Der Verkehrsrechtler Henrik Wöhrmann}} von der Universität Münster {{c:c13|gab}} zu bedenken, dass {{q:indirect:woehrmann:m13:c13|Verurteilungen wegen Mordes in solchen Fällen die Ausnahme blieben}}. {{q:indirect:woehrmann:-:-|Entscheidend sei stets, ob das Gericht dem Fahrer einen bedingten Tötungsvorsatz nachweisen könne}}.
""")

article(
    "dex3_08_gemeinderat_windpark", "de/regional-gemeinderat", "de",
    {"amann": "Reinhold Amann", "koessler": "Friedhelm Kößler", "sauerwein": "Elke Sauerwein",
     "landwirt": "ein Landwirt aus dem Ortsteil Obermichelbach", "hassfurther": "Gudrun Haßfurther",
     "lra": ["das Landratsamt Ansbach", "Landratsamt Ansbach", "das Landratsamt"],
     "lehnert": "Tobias Lehnert", "verwaltung": ["die Gemeindeverwaltung", "der Gemeindeverwaltung"]},
    """
Windpark am Hesselberg: Gemeinderat stimmt knapp zu – Bürgerinitiative will klagen

Nach monatelangem Streit hat der Gemeinderat von Wittelshofen den Weg für fünf Windräder frei gemacht. Die Gegner wollen das nicht hinnehmen.

Wittelshofen. Es war eine der längsten Sitzungen, die der Gemeinderat in Wittelshofen je erlebt hat. Erst kurz vor Mitternacht stand das Ergebnis fest: Mit acht zu sechs Stimmen billigte das Gremium den Bebauungsplan für den Windpark am Hesselberg.

{{m:m1|Bürgermeister Reinhold Amann}} (Freie Wähler) {{c:c1|machte}} zu Beginn deutlich, dass {{q:indirect:amann:m1:c1|die Gemeinde auf die Einnahmen aus dem Windpark angewiesen sei}}. {{q:indirect:amann:-:-|Ohne die jährlich rund 250.000 Euro aus Pacht und Gewerbesteuer könne man weder die Kita erweitern noch die Ortsdurchfahrt sanieren}}. „{{q:direct:amann:m2:c2|Wir haben keinen Goldesel im Keller}}“, {{c:c2|sagte}} {{m:m2|Amann}}.

{{m:m3|CSU-Gemeinderat Friedhelm Kößler}} {{c:c3|hielt dagegen}}: „{{q:direct:koessler:m3:c3|Wir opfern hier das Wahrzeichen unserer Region für ein paar Euro.}}“ {{m:m4|Er}} {{c:c4|stellte}} klar, dass {{q:indirect:koessler:m4:c4|er nicht grundsätzlich gegen Windkraft sei}}. {{q:indirect:koessler:-:-|Der Standort am Hesselberg sei aber schlicht der falsche}}.

{{m:m5|Grünen-Rätin Elke Sauerwein}} {{c:c5|verwies}} darauf, dass {{q:indirect:sauerwein:m5:c5|die Anlagen mindestens 1,8 Kilometer vom nächsten Wohnhaus entfernt stehen würden}}. {{q:indirect:sauerwein:m6:c6|Das ist ein guter Tag für Wittelshofen}}, {{c:c6|sagte}} {{m:m6|sie}} nach der Abstimmung.

Zuvor hatten in der Bürgerfragestunde mehrere Anwohner ihre Bedenken vorgetragen. {{m:m7|Ein Landwirt aus dem Ortsteil Obermichelbach}} {{c:c7|sagte}}, {{q:indirect:landwirt:m7:c7|er höre schon jetzt nachts den Lärm der Anlagen im Nachbarlandkreis}}. {{q:indirect:landwirt:-:-|Niemand habe die Bürger gefragt, ob sie fünf weitere Windräder vor der Haustür haben wollten}}.

Die Bürgerinitiative „Rettet den Hesselberg“ will nun rechtlich gegen den Beschluss vorgehen. {{q:indirect:hassfurther:m8:c8|Man habe bereits einen Fachanwalt beauftragt und werde notfalls bis vor den Verwaltungsgerichtshof ziehen}}, {{c:c8|sagte}} {{m:m8|BI-Sprecherin Gudrun Haßfurther}} auf Nachfrage unserer Zeitung. {{q:mixed:hassfurther:-:-|Der Beschluss sei „handwerklich schlampig“ und werde vor Gericht keinen Bestand haben}}.

{{c:c9|Nach Auskunft}} {{m:m9|des Landratsamts Ansbach}} {{q:indirect:lra:m9:c9|liegt der Genehmigungsantrag für die Anlagen bereits vor}}. {{q:indirect:lra:-:-|Mit einer Entscheidung sei frühestens im Frühjahr zu rechnen}}.

Der Projektierer, die Nürnberger Firma Frankenwind, begrüßte den Beschluss. {{m:m10|Geschäftsführer Tobias Lehnert}} {{c:c10|versicherte}}, {{q:indirect:lehnert:m10:c10|man werde die Bürger über eine Genossenschaft am Windpark beteiligen}}. „{{q:direct:lehnert:m11:c11|Jeder in Wittelshofen soll etwas von dem Wind haben, der hier weht}}“, {{c:c11|sagte}} {{m:m11|er}}.

Aus {{m:m12|der Gemeindeverwaltung}} {{c:c12|hieß es}} am Freitag, {{q:indirect:verwaltung:m12:c12|die nächsten Schritte würden nun mit dem Landratsamt abgestimmt}}. Bürgermeister Amann gab sich versöhnlich. „{{q:direct:amann:m13:c13|Wir müssen jetzt wieder miteinander reden, auch mit denen, die heute verloren haben}}“, {{c:c13|sagte}} {{m:m13|er}} am Tag nach der Sitzung.
""")


# ---------------------------------------------------------------------------------------------------
# Batch 3b: written after this branch's fixes and scored before any further change (a check that the
# fixes carry to text they were not made on).

article(
    "dex3_09_tarif_bahnstreik", "de/dpa-wirtschaft", "de",
    {"evg": ["die EVG", "EVG", "die Eisenbahn- und Verkehrsgewerkschaft"], "burkert": "Cosima Burkert",
     "bahn": ["die Deutsche Bahn", "die Bahn", "der Konzern"], "seiler": "Martin Seiler-Brandt",
     "pro_bahn": ["der Fahrgastverband Pro Bahn", "Pro Bahn"], "neuhaus": "Karl-Peter Neuhaus",
     "wissing": "Volker Lindqvist", "kreise": ["Verhandlungskreise", "Verhandlungskreisen"]},
    """
Bahnstreik am Montag: Millionen Pendler betroffen

Berlin (dpa) - Die Eisenbahn- und Verkehrsgewerkschaft (EVG) hat für Montag zu einem bundesweiten Warnstreik aufgerufen. {{q:indirect:evg:m1:c1|Der Ausstand solle um 3 Uhr beginnen und bis Mitternacht dauern}}, {{c:c1|teilte}} {{m:m1|die Gewerkschaft}} am Samstag mit. {{q:indirect:evg:-:-|Betroffen seien der Fern-, Regional- und Güterverkehr}}.

{{m:m2|EVG-Verhandlungsführerin Cosima Burkert}} {{c:c2|warf}} der Bahn vor, {{q:indirect:burkert:m2:c2|seit Wochen kein verhandlungsfähiges Angebot vorgelegt zu haben}}. „{{q:direct:burkert:m3:c3|Unsere Geduld ist am Ende}}“, {{c:c3|sagte}} {{m:m3|Burkert}} der Deutschen Presse-Agentur. {{q:indirect:burkert:-:-|Die Beschäftigten hätten in der Pandemie den Betrieb am Laufen gehalten und verdienten jetzt Respekt}}.

Die Deutsche Bahn kritisierte den Streik scharf. {{q:indirect:seiler:m5:c5|Die Gewerkschaft nehme Millionen Fahrgäste in Geiselhaft}}, {{c:c5|erklärte}} {{m:m5|Personalvorstand Martin Seiler-Brandt}}. {{q:indirect:seiler:-:-|Das Angebot von zehn Prozent mehr Lohn liege seit Dienstag auf dem Tisch}}. {{m:m6|Der Manager}} {{c:c6|forderte}} die EVG auf, {{q:indirect:seiler:m6:c6|an den Verhandlungstisch zurückzukehren}}.

Die Bahn will einen Notfahrplan anbieten. {{c:c7|Nach Angaben}} {{m:m7|des Konzerns}} {{q:indirect:bahn:m7:c7|wird der Fernverkehr aber weitgehend eingestellt}}. {{q:indirect:bahn:-:-|Fahrgäste könnten ihre Tickets flexibel nutzen oder kostenlos stornieren}}.

{{m:m8|Der Fahrgastverband Pro Bahn}} zeigte Verständnis für die Beschäftigten, {{c:c8b|warnte}} aber vor {{q:indirect?:pro_bahn:m8:c8b|einer Eskalation}}. „{{q:direct:neuhaus:m9:c9|Am Ende leiden die Pendler, die ohnehin jeden Tag mit Verspätungen kämpfen}}“, {{c:c9|sagte}} {{m:m9|Verbandschef Karl-Peter Neuhaus}}.

Bundesverkehrsminister Volker Lindqvist (FDP) rief beide Seiten zu einer schnellen Einigung auf. {{q:indirect:wissing:m11:c11|Ein Streik dieser Größenordnung schade der Wirtschaft und dem Klima}}, {{c:c11|sagte}} {{m:m11|der FDP-Politiker}} in Berlin. {{q:indirect:wissing:-:-|Er werde sich aber nicht in die Tarifautonomie einmischen}}.

In {{m:m12|Verhandlungskreisen}} {{c:c12b|hieß es}}, {{q:indirect:kreise:m12:c12b|eine Einigung vor Ostern sei nicht ausgeschlossen}}. Die nächste Verhandlungsrunde ist für Donnerstag angesetzt.
""")

article(
    "dex3_10_lokal_brand_schule", "de/regional-blaulicht", "de",
    {"feuerwehr": ["die Feuerwehr", "Feuerwehr"], "kraemer": "Jens Krämer",
     "polizei": ["die Polizei", "Polizei", "die Kriminalpolizei"], "schulleiterin": "Ulrike Hoffmann-Beck",
     "buergermeister": "Tobias Wendling", "mutter": "eine Mutter", "kripo": ["ein Sprecher der Kriminalpolizei", "die Kriminalpolizei"]},
    """
Feuer in Grundschule: Unterricht fällt bis Freitag aus

Weinheim. In der Dietrich-Bonhoeffer-Grundschule hat es in der Nacht zum Mittwoch gebrannt. {{q:indirect:feuerwehr:m1:c1|Verletzt wurde niemand}}, {{c:c1|teilte}} {{m:m1|die Feuerwehr}} mit. Der Schaden dürfte jedoch erheblich sein.

{{c:c2|Nach Angaben}} {{m:m2|von Einsatzleiter Jens Krämer}} {{q:indirect:kraemer:m2:c2|war das Feuer gegen 2.30 Uhr im Erdgeschoss ausgebrochen}}. {{q:indirect:kraemer:-:-|Ein Nachbar habe den Rauch bemerkt und sofort den Notruf gewählt}}. {{q:indirect:kraemer:-:-|Die rund 60 Einsatzkräfte hätten ein Übergreifen der Flammen auf das Obergeschoss verhindern können}}. „{{q:direct:kraemer:m3:c3|Da haben wir großes Glück gehabt}}“, {{c:c3|sagte}} {{m:m3|Krämer}}.

Die Brandursache ist noch unklar. Die Kriminalpolizei hat die Ermittlungen aufgenommen. {{q:indirect:kripo:m5:c5|Brandstiftung könne derzeit nicht ausgeschlossen werden}}, {{c:c5|sagte}} {{m:m5|ein Sprecher}} am Vormittag. {{q:indirect:kripo:-:-|Man prüfe auch einen technischen Defekt an einer Kaffeemaschine im Lehrerzimmer}}.

Für die 240 Schülerinnen und Schüler fällt der Unterricht bis Freitag aus. {{m:m6|Schulleiterin Ulrike Hoffmann-Beck}} {{c:c6|zeigte}} sich erschüttert: „{{q:direct:schulleiterin:m6:c6|Wenn ich die verkohlten Klassenzimmer sehe, kommen mir die Tränen.}}“ {{q:indirect:schulleiterin:m7:c7|Ab Montag werde man in Räumen der benachbarten Realschule unterrichten}}, {{c:c7|kündigte}} {{m:m7|sie}} an.

Oberbürgermeister Tobias Wendling (SPD) besuchte den Brandort am Morgen. {{m:m9|Er}} dankte den Einsatzkräften und {{c:c10|versprach}}, {{q:indirect:buergermeister:m9:c10|die Schule so schnell wie möglich wieder herzurichten}}. {{q:indirect:buergermeister:-:-|Die Kosten übernehme zunächst die Stadt}}.

Unter den Eltern ist die Verunsicherung groß. {{m:m11|Eine Mutter}}, deren Sohn die dritte Klasse besucht, {{c:c11|sagte}}, {{q:indirect:mutter:m11:c11|ihr Kind habe die ganze Nacht nicht geschlafen}}. {{q:mixed:mutter:-:-|Die Schule sei für viele Kinder „ein zweites Zuhause“}}.
""")
