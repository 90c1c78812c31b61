# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 19: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex19 import article

article(
    "dex19_01_wien_gemeindebau", "at/apa-wien", "de",
    {"wienerwohnen": ["Wiener Wohnen"],
     "haberl": ["Karin Haberl", "Wohnbaustadträtin Karin Haberl", "Haberl", "sie", "Sie", "die Stadträtin"],
     "moser": ["Florian Moser", "ÖVP-Wohnbausprecher Florian Moser", "Moser", "er", "Er"],
     "opposition": ["Die Opposition", "Opposition"],
     "wurm": ["Sabine Wurm", "Grünen-Klubobfrau Sabine Wurm", "Wurm"],
     "mieterschutz": ["Mieterschutzverband", "Der Mieterschutzverband", "des Verbandes", "Obfrau Elfriede Tanzer", "Elfriede Tanzer", "Tanzer"],
     "buero": ["Büro der Stadträtin", "dem Büro der Stadträtin", "Büro Haberl"],
     "brandstaetter": ["Lukas Brandstätter", "Der Ökonom Lukas Brandstätter", "Brandstätter", "er", "Er"]},
    """
Gemeindebau: Mieten in Wien steigen ab April um 5,4 Prozent

Für rund 220.000 Haushalte wird das Wohnen teurer. {{m:m20|Die Opposition}} {{c:c20|spricht}} von einer „{{q:direct:opposition:m20:c20|Abzocke}}“, die Stadt verweist auf Sanierungen.

Wien. Für die Mieterinnen und Mieter im Wiener Gemeindebau wird es ab 1. April teurer. Wie {{m:m0|Wiener Wohnen}} am Dienstag {{c:c0|mitteilte}}, {{q:indirect:wienerwohnen:m0:c0|steigen die Richtwertmieten in den rund 220.000 städtischen Wohnungen um 5,4 Prozent}}. {{q:indirect:wienerwohnen:-:c1|Für eine durchschnittliche Wohnung mit 65 Quadratmetern bedeute das ein Plus von knapp 20 Euro im Monat}}, {{c:c1|hieß}} es. Die Erhöhung folgt der gesetzlichen Anpassung an die Inflation, die im Vorjahr in Wien noch ausgesetzt worden war.

Wohnbaustadträtin Karin Haberl (SPÖ) verteidigte den Schritt. „{{q:direct:haberl:m3:c3|Wir haben die Anpassung im Vorjahr als Stadt selbst getragen. Ein zweites Mal können wir uns das schlicht nicht leisten}}“, {{c:c3|sagte}} {{m:m3|sie}} im Gespräch mit der APA. {{q:indirect:haberl:-:-|Die Mehreinnahmen flössen zur Gänze in die Sanierung der Anlagen}}. {{q:indirect:haberl:m4:c4|Allein heuer würden 480 Millionen Euro in thermische Sanierungen, neue Fenster und Lifteinbauten investiert}}, {{c:c4|so}} {{m:m4|Haberl}} weiter. {{q:indirect:haberl:-:-|Wer in einem sanierten Gemeindebau wohne, spare zudem bei den Heizkosten}}.

Scharfe Kritik kam von der Opposition. {{m:m5|ÖVP-Wohnbausprecher Florian Moser}} {{c:c5|warf}} der Stadtregierung vor, {{q:mixed:moser:m5:c5|die Mieter „zur Melkkuh des Budgets“ zu machen}}. {{q:indirect:moser:-:-|Die Stadt kassiere bei den Gebühren, bei den Öffi-Tickets und nun auch bei den Mieten ab}}. {{m:m6|Er}} {{c:c6|forderte}}, {{q:indirect:moser:m6:c6|die Erhöhung zumindest auf zwei Jahre aufzuteilen}}.

Auch die Grünen, seit dem Vorjahr wieder in der Opposition, meldeten sich zu Wort. {{q:indirect:wurm:m7:c7|Die Stadt hätte längst eine Deckelung nach dem Vorbild des Bundes beschließen können}}, {{c:c7|kritisierte}} {{m:m7|Grünen-Klubobfrau Sabine Wurm}}. {{q:indirect:wurm:-:-|Stattdessen verweise die SPÖ seit Monaten nur auf die Bundesregierung}}. „{{q:direct:wurm:m8:c8|Das ist keine Wohnpolitik, das ist Buchhaltung}}“, {{c:c8|sagte}} {{m:m8|Wurm}}.

Beim Mieterschutzverband rechnet man mit zahlreichen Anfragen. {{c:c9|Nach Angaben}} {{m:m9|des Verbandes}} {{q:indirect:mieterschutz:m9:c9|haben sich allein seit Jahresbeginn mehr als 900 Gemeindebaumieter wegen Zahlungsschwierigkeiten beraten lassen}}. {{q:indirect:mieterschutz:m10:c10|Die Teuerung treffe jene am härtesten, die ohnehin wenig hätten}}, {{c:c10|sagte}} {{m:m10|Obfrau Elfriede Tanzer}}. {{q:indirect:mieterschutz:-:-|Viele wüssten schon jetzt nicht, wie sie die Betriebskosten für den Winter bezahlen sollten}}. {{q:indirect:mieterschutz:-:-|Der Verband verlange daher einen Härtefallfonds, der rasch und ohne großen Papierkram helfe}}.

Aus {{m:m11|dem Büro der Stadträtin}} {{c:c11|hieß}} es am Abend, {{q:indirect:buero:m11:c11|man arbeite bereits an einem solchen Fonds}}. Details sollen im Mai präsentiert werden.

Ein Bericht des Stadtrechnungshofs zeigt allerdings, dass der Sanierungsrückstau in den Anlagen seit 2015 deutlich gewachsen ist. Fast ein Drittel der Häuser wurde seit mehr als 30 Jahren nicht umfassend saniert.

{{m:m12|Der Ökonom Lukas Brandstätter}} vom Wirtschaftsforschungsinstitut {{c:c12|nannte}} {{q:mixed:brandstaetter:m12:c12|die Erhöhung „moderat“}}. {{q:indirect:brandstaetter:m13:c13|Im Vergleich zum privaten Markt lägen die Mieten im Gemeindebau noch immer deutlich unter dem Niveau}}, {{c:c13|erklärte}} {{m:m13|er}}. {{q:mixed:brandstaetter:m14:c14|Die Anpassung, {{c:c14|sagte}} {{m:m14|Brandstätter}}, sei „unangenehm, aber verkraftbar“}}. {{q:indirect:brandstaetter:-:-|Wer jetzt einen vollständigen Mietenstopp fordere, müsse auch sagen, woher das Geld für die Sanierungen kommen solle}}.

Die neuen Vorschreibungen werden in den kommenden Wochen verschickt. Der Gemeinderat befasst sich in seiner Sitzung Ende Jänner mit einem Antrag der ÖVP, die Erhöhung auszusetzen.

Bildunterschrift: Der Karl-Marx-Hof in Döbling ist einer der bekanntesten Gemeindebauten der Stadt. Foto: APA/Thomas Reiter

Mehr zum Thema: Richtwertmieten – was Mieter jetzt wissen müssen
""",
)

article(
    "dex19_02_schweiz_quartalszahlen", "ch/zeitung-wirtschaft", "de",
    {"brunner": ["Brunner Fluidtechnik", "Der Winterthurer Pumpenhersteller Brunner Fluidtechnik", "das Unternehmen", "Brunner"],
     "baumgartner": ["Reto Baumgartner", "Konzernchef Reto Baumgartner", "Baumgartner", "er", "Er"],
     "meier": ["Corinne Meier", "Finanzchefin Corinne Meier", "Meier", "sie", "Sie"],
     "gerber": ["Marco Gerber", "Analyst Marco Gerber", "Gerber", "er", "Er"],
     "finalyse": ["Finalyse", "dem Zürcher Researchhaus Finalyse", "Dem Zürcher Researchhaus Finalyse"],
     "personalkommission": ["Personalkommission", "Die Personalkommission", "der Personalkommission", "Präsident Urs Kälin", "Urs Kälin", "Kälin"]},
    """
Brunner Fluidtechnik spürt die Flaute in Deutschland

Der Winterthurer Pumpenhersteller erhält im dritten Quartal deutlich weniger Aufträge. Die Aktie bricht ein.

Von Daniela Frei

{{q:indirect:brunner:m0:c0|Der Bestellungseingang sank in den Monaten Juli bis September um 14 Prozent auf 212 Millionen Franken}}, wie {{m:m0|das Unternehmen}} am Donnerstag {{c:c0|mitteilte}}. {{q:indirect:brunner:-:c1|Der Umsatz ging {{c:c1|nach Unternehmensangaben}} um 6 Prozent auf 241 Millionen Franken zurück}}. An der Börse kam das schlecht an: Die Aktie verlor bis zum Mittag an der SIX 7,2 Prozent.

{{m:m2|Konzernchef Reto Baumgartner}} {{c:c2|sprach}} an einer Telefonkonferenz von einem «{{q:direct:baumgartner:m2:c2|schwierigen, aber nicht beunruhigenden}}» Quartal. {{q:indirect:baumgartner:m3:c3|Vor allem Kunden aus der chemischen Industrie in Deutschland hielten sich mit Investitionen zurück}}, {{c:c3|sagte}} {{m:m3|er}}. {{q:indirect:baumgartner:-:-|Mehrere grössere Projekte seien auf das kommende Jahr verschoben worden}}. {{q:indirect:baumgartner:m4:c4|Das Geschäft in Asien, {{c:c4|sagte}} {{m:m4|Baumgartner}}, habe dagegen angezogen}}. {{q:indirect:baumgartner:-:-|In China und Indien lägen die Bestellungen über dem Vorjahr}}.

«{{q:direct:baumgartner:m5:c5|Wir sehen erste Anzeichen einer Stabilisierung. Aber von einer Trendwende zu sprechen, wäre verfrüht}}», {{c:c5|sagte}} {{m:m5|der Konzernchef}}. Den Standort Winterthur stellte er nicht infrage. «{{q:direct:baumgartner:m6:c6|Hier entwickeln wir, hier produzieren wir, und hier bleiben wir}}», {{c:c6|versicherte}} {{m:m6|er}}.

Deutlicher wurde Finanzchefin Corinne Meier. {{m:m8|Sie}} {{c:c7|räumte}} ein, {{q:indirect:meier:m8:c7|dass die Margen unter Druck stünden}}. Die Betriebsgewinnmarge (Ebit) sank im Quartal auf 9,1 Prozent, nach 11,4 Prozent im Vorjahr. {{q:indirect:meier:m9:c8|Grund dafür seien höhere Lohnkosten und der starke Franken}}, {{c:c8|erklärte}} {{m:m9|Meier}}. {{q:indirect:meier:-:-|Man habe darum ein Sparprogramm beschlossen, das bis Ende 2027 rund 25 Millionen Franken bringen solle}}. {{q:indirect:meier:m10:c10|Ein Stellenabbau in der Schweiz sei derzeit nicht geplant}}, wie {{m:m10|Meier}} {{c:c10|betonte}}. {{q:indirect:meier:-:-|Offene Stellen würden aber vorerst nicht mehr besetzt}}.

Seine Prognose für das Gesamtjahr bestätigte das Unternehmen. {{q:indirect:brunner:-:c11|Der Umsatz soll {{c:c11|demnach}} zwischen 960 Millionen und einer Milliarde Franken liegen}}. Das liegt am unteren Ende der bisherigen Spanne.

Bei Analysten lösten die Zahlen wenig Begeisterung aus. {{q:indirect:gerber:m12:c12|Der Bestellungseingang liege klar unter den Erwartungen des Marktes}}, {{c:c12|schrieb}} {{m:m12|Analyst Marco Gerber}} von der Zürcher Privatbank Linthbank in einem Kommentar. {{m:m13|Er}} {{c:c13|äusserte}} zugleich die Erwartung, {{q:indirect:gerber:m13:c13|dass sich die Nachfrage aus Deutschland frühestens im zweiten Halbjahr 2026 erhole}}. Dem {{m:m14|Zürcher Researchhaus Finalyse}} {{c:c14|zufolge}} {{q:indirect:finalyse:m14:c14|ist die Schwäche dagegen vor allem hausgemacht}}. {{q:indirect:finalyse:-:-|Brunner habe zu lange auf wenige Grosskunden gesetzt}}.

Die Zahlen zeigen, wie stark der Konzern vom Nachbarland abhängt: Fast 40 Prozent des Umsatzes erzielt Brunner in Deutschland, nur 18 Prozent in der Schweiz.

In der Belegschaft wächst die Unruhe. {{m:m15|Die Personalkommission}} {{c:c15|verlangte}} von der Geschäftsleitung, {{q:indirect:personalkommission:m15:c15|die Mitarbeitenden frühzeitig über allfällige Massnahmen zu informieren}}. {{q:indirect:personalkommission:m16:c16|Gerüchte über eine Verlagerung nach Polen machten seit Wochen die Runde}}, {{c:c16|sagte}} {{m:m16|Präsident Urs Kälin}}. «{{q:direct:personalkommission:m17:c17|Die Leute wollen wissen, woran sie sind}}», {{c:c17|sagte}} {{m:m17|Kälin}}. Eine Verlagerung schloss Baumgartner auf Nachfrage für die nächsten zwei Jahre aus.

Brunner Fluidtechnik beschäftigt weltweit rund 3100 Mitarbeitende, davon 1200 in Winterthur und rund 400 im deutschen Werk in Singen. Das Unternehmen war 2021 aus der Fusion zweier Familienbetriebe hervorgegangen. Die Zahlen zum Gesamtjahr legt das Unternehmen Anfang März vor.
""",
)

article(
    "dex19_03_gericht_brandstiftung", "de/regional-gericht", "de",
    {"albrecht": ["Thomas Albrecht", "Der Vorsitzende Richter Thomas Albrecht", "Albrecht", "der Richter", "Der Richter", "er", "Er"],
     "kammer": ["Landgericht Bremen", "Das Landgericht Bremen", "Kammer", "der Kammer", "die Kammer", "Die Kammer", "Schwurgericht"],
     "angeklagter": ["Der 46-Jährige", "der 46-Jährige", "Der Angeklagte", "der Angeklagte", "er", "Er"],
     "janssen": ["Meike Janssen", "Oberstaatsanwältin Meike Janssen", "Janssen", "sie", "Sie"],
     "wiebe": ["Jörg Wiebe", "Verteidiger Jörg Wiebe", "Wiebe", "er", "Er"],
     "nebenklaegerin": ["Die frühere Lebensgefährtin", "die frühere Lebensgefährtin", "Die 41-Jährige", "die 41-Jährige"],
     "gewoba": ["Wohnungsbaugesellschaft", "der Wohnungsbaugesellschaft"],
     "gerichtssprecher": ["Ein Gerichtssprecher", "ein Gerichtssprecher", "Sprecher", "dem Sprecher"]},
    """
Brand in Mehrfamilienhaus: Sieben Jahre Haft für 46-Jährigen

{{m:m16|Das Landgericht Bremen}} {{c:c16|sieht}} es als erwiesen an, dass {{q:indirect?:kammer:m16:c16|der Mann das Feuer aus Rache gelegt hat}}. Elf Menschen konnten sich retten.

Von Sönke Petersen

Bremen. Im Prozess um den Brand in einem Mehrfamilienhaus in Bremen-Gröpelingen ist ein 46 Jahre alter Mann zu sieben Jahren Haft verurteilt worden. Das Schwurgericht des Landgerichts sprach ihn am Freitag der schweren Brandstiftung und des versuchten Mordes in elf Fällen schuldig.

{{m:m0|Der Vorsitzende Richter Thomas Albrecht}} {{c:c0|sagte}} in der Urteilsbegründung, {{q:indirect:albrecht:m0:c0|der Angeklagte habe das Feuer aus Rache an seiner früheren Lebensgefährtin gelegt}}. {{q:indirect:albrecht:-:-|Er habe gewusst, dass in dem Haus in jener Nacht elf Menschen schliefen, darunter drei Kinder}}. {{q:indirect:albrecht:-:-|Dass niemand ums Leben gekommen sei, sei allein dem beherzten Eingreifen eines Nachbarn zu verdanken gewesen}}.

Ausführlich schilderte der Richter den Ablauf der Tatnacht im vergangenen März. {{q:indirect:albrecht:-:-|Der Angeklagte sei gegen 2.30 Uhr mit einem Kanister Benzin in das unverschlossene Treppenhaus gegangen}}. {{q:indirect:albrecht:-:-|Dort habe er die Flüssigkeit vor der Wohnungstür der Frau im ersten Stock verschüttet und angezündet}}. {{c:c1|Nach Überzeugung}} {{m:m1|der Kammer}} {{q:indirect:kammer:m1:c1|fuhr er danach mit dem Fahrrad nach Hause und legte sich schlafen}}.

{{m:m2|Der 46-Jährige}} hatte im Prozess {{c:c2|bestritten}}, {{q:indirect:angeklagter:m2:c2|das Feuer gelegt zu haben}}. {{q:indirect:angeklagter:-:-|Er sei zur Tatzeit bei seiner Schwester in Delmenhorst gewesen}}. {{q:indirect:albrecht:m3:c3|Diese Aussage sei durch die Auswertung seines Mobiltelefons eindeutig widerlegt}}, {{c:c3|sagte}} {{m:m3|Albrecht}}. „{{q:direct:albrecht:m4:c4|Ihr Handy war um 2.41 Uhr in der Funkzelle an der Lindenhofstraße eingebucht, nicht in Delmenhorst}}“, {{c:c4|hielt}} {{m:m4|er}} dem Angeklagten vor. {{q:indirect:albrecht:-:-|Auch eine Überwachungskamera an einer Tankstelle habe ihn kurz vor der Tat beim Kauf von Benzin gefilmt}}.

Mit dem Urteil blieb das Gericht unter der Forderung der Anklage. {{m:m5|Oberstaatsanwältin Meike Janssen}} hatte in ihrem Plädoyer {{q:indirect?:janssen:m5:c5|neun Jahre Haft}} {{c:c5|gefordert}} und dem Angeklagten {{c:c6|vorgeworfen}}, {{q:mixed:janssen:m5:c6|aus „blindem Hass“ gehandelt zu haben}}. {{q:indirect:janssen:-:-|Er habe den Tod mehrerer Menschen zumindest billigend in Kauf genommen}}. Die Kammer folgte ihr in diesem Punkt.

{{m:m6|Verteidiger Jörg Wiebe}} {{c:c7|räumte}} ein, {{q:mixed:wiebe:m6:c7|sein Mandant habe in den Wochen vor dem Brand „massiv getrunken“ und seiner früheren Partnerin mehrfach gedroht}}. {{q:indirect:wiebe:m7:c8|Für eine Verurteilung reichten die Indizien aber nicht aus}}, {{c:c8|sagte}} {{m:m7|Wiebe}} nach dem Urteil. {{q:indirect:wiebe:-:-|Die Funkzellendaten seien ungenau, die Aufnahmen der Tankstelle unscharf}}. {{m:m8|Er}} {{c:c9|kündigte}} an, {{q:indirect:wiebe:m8:c9|Revision beim Bundesgerichtshof einzulegen}}. Den Vorwurf, {{q:indirect?:wiebe:m9:c11|sein Mandant habe den Tod von Kindern in Kauf genommen}}, {{c:c11|wies}} {{m:m9|Wiebe}} zurück.

Die frühere Lebensgefährtin, die als Nebenklägerin auftrat, verfolgte die Urteilsverkündung mit gesenktem Kopf. „{{q:direct:nebenklaegerin:m11:c10|Ich kann jetzt vielleicht endlich wieder schlafen}}“, {{c:c10|sagte}} {{m:m11|die 41-Jährige}} danach vor dem Saal. {{q:indirect:nebenklaegerin:-:-|Sie habe seit der Tat jede Nacht mehrmals nach Brandgeruch gesucht}}.

Der Nachbar, der in jener Nacht die Bewohner weckte und zwei Kinder aus dem Haus trug, war als Zeuge geladen. Über ihn {{c:c12|sagte}} {{m:m12|der Richter}}: „{{q:direct:albrecht:m12:c12|Ohne Sie würden wir heute über einen anderen Fall verhandeln.}}“

{{m:m13|Ein Gerichtssprecher}} {{c:c13|bestätigte}}, {{q:indirect:gerichtssprecher:m13:c13|dass der Verurteilte bis zur Rechtskraft des Urteils in Untersuchungshaft bleibt}}. Dem {{m:m14|Sprecher}} {{c:c14|zufolge}} {{q:indirect:gerichtssprecher:m14:c14|kann binnen einer Woche Revision eingelegt werden}}.

Das Haus in der Lindenhofstraße ist bis heute nicht bewohnbar. {{c:c15|Nach Angaben}} {{m:m15|der Wohnungsbaugesellschaft}} {{q:indirect:gewoba:m15:c15|dauert die Sanierung noch bis zum Sommer}}.
""",
)

article(
    "dex19_04_polizei_geldautomaten", "de/regional-blaulicht", "de",
    {"lka": ["Landeskriminalamt", "Landeskriminalamts", "des Landeskriminalamts", "LKA", "Das LKA", "das LKA"],
     "polizei": ["Polizei Münster", "Polizei", "die Polizei", "ein Sprecher der Polizei Münster", "Ein Sprecher der Polizei Münster", "Sprecher", "dem Sprecher"],
     "hoelscher": ["Andrea Hölscher", "LKA-Direktorin Andrea Hölscher", "Hölscher", "sie", "Sie"],
     "sicherheitskreise": ["Sicherheitskreisen"],
     "anwohner": ["Ein Anwohner", "ein Anwohner", "Der 67-Jährige", "der 67-Jährige",],
     "sparkasse": ["Sparkasse Münsterland Ost", "Die Sparkasse Münsterland Ost", "die Sparkasse", "Die Sparkasse"],
     "vortkamp": ["Bernd Vortkamp", "Vortkamp", "er", "Er"],
     "buergermeister": ["Dietmar Kösters", "Bürgermeister Dietmar Kösters", "Kösters", "er", "Er"]},
    """
Automatensprengung in Greven: Täter flüchten Richtung Niederlande

Es ist die dritte Tat im Kreis Steinfurt in diesem Jahr. Das Landeskriminalamt sieht eine neue Brutalität der Banden.

Greven. Lauter Knall mitten in der Nacht: Unbekannte haben in der Nacht zu Dienstag einen Geldautomaten in einer Filiale der Sparkasse an der Marktstraße in Greven gesprengt. {{c:c0|Nach Polizeiangaben}} {{q:indirect:polizei:-:c0|wurde niemand verletzt}}. Ob die Täter Bargeld erbeuteten, war zunächst unklar.

{{q:indirect:polizei:m1:c1|Zeugen hätten gegen 3.10 Uhr zwei laute Detonationen gehört und die Polizei alarmiert}}, {{c:c1|sagte}} {{m:m1|ein Sprecher der Polizei Münster}} am Morgen. Dem {{m:m2|Sprecher}} {{c:c2|zufolge}} {{q:indirect:polizei:m2:c2|flüchteten mindestens zwei Männer in einem dunklen Audi über die Autobahn 1 in Richtung Niederlande}}. {{q:indirect:polizei:-:-|Eine sofort eingeleitete Fahndung, an der auch ein Hubschrauber beteiligt gewesen sei, sei ohne Erfolg geblieben}}. {{q:indirect:polizei:-:-|Die Ermittlungen habe das Landeskriminalamt in Düsseldorf übernommen}}.

Die Wucht der Explosion beschädigte auch die Wohnungen über der Filiale. {{m:m3|Ein Anwohner}} {{c:c3|berichtete}}, {{q:indirect:anwohner:m3:c3|er sei von dem Knall aus dem Schlaf gerissen worden}}. {{q:indirect:anwohner:-:-|Zuerst habe er an ein Gewitter gedacht, dann habe er die Scherben auf der Straße gesehen}}. „{{q:direct:anwohner:m4:c4|Die Glasscheiben lagen bis vor die Apotheke gegenüber}}“, {{c:c4|sagte}} {{m:m4|der 67-Jährige}}. Die Feuerwehr ließ das Haus vorsorglich von einem Statiker prüfen.

{{m:m5|Die Sparkasse Münsterland Ost}} {{c:c5|kündigte}} an, {{q:indirect:sparkasse:m5:c5|die Filiale bis auf Weiteres geschlossen zu halten}}. {{q:indirect:sparkasse:m6:c6|Kundinnen und Kunden könnten auf die Geschäftsstelle am Rathaus ausweichen}}, {{c:c6|teilte}} {{m:m6|die Sparkasse}} mit. {{q:indirect:sparkasse:-:-|Über eine Wiedereröffnung werde erst nach dem Ende der Ermittlungen entschieden}}.

Für Greven ist es nicht die erste Sprengung: Bereits im Februar hatten Täter einen Automaten im Ortsteil Reckenfeld aufgesprengt. Bürgermeister Dietmar Kösters zeigte sich erschüttert. {{q:indirect:buergermeister:m8:c8|Es grenze an ein Wunder, dass niemand in den Wohnungen verletzt worden sei}}, {{c:c8|sagte}} {{m:m8|er}}. {{m:m9|Er}} {{c:c9|forderte}} die Banken auf, {{q:indirect:buergermeister:m9:c9|Automaten in Wohnhäusern nachts konsequent abzuschalten}}.

In einem Lagebild {{m:m10|des Landeskriminalamts}}, das erst vergangene Woche vorgestellt wurde, {{c:c10|heißt}} es, {{q:indirect:lka:m10:c10|die Zahl der Sprengungen in Nordrhein-Westfalen sei im vergangenen Jahr zwar um ein Viertel zurückgegangen}}. {{q:indirect:lka:-:-|Die Täter gingen jedoch immer rücksichtsloser vor und setzten zunehmend festen Sprengstoff ein}}. {{q:indirect:lka:-:-|Die Banden stammten überwiegend aus dem Raum Utrecht und Amsterdam}}.

{{q:indirect:hoelscher:m11:c11|Die Gruppen arbeiteten arbeitsteilig und hochprofessionell}}, {{c:c11|sagte}} {{m:m11|LKA-Direktorin Andrea Hölscher}} bei der Vorstellung des Berichts. „{{q:direct:hoelscher:m12:c12|Die Fahrer sind oft noch keine 20 Jahre alt und werden für eine einzige Nacht angeworben}}“, {{c:c12|sagte}} {{m:m12|sie}}. {{q:indirect:hoelscher:-:-|Die Zusammenarbeit mit der niederländischen Polizei habe sich aber deutlich verbessert}}.

Aus {{m:m13|Sicherheitskreisen}} {{c:c13|verlautete}}, {{q:indirect:sicherheitskreise:m13:c13|dass die Ermittler die Tat in Greven mit einer Serie im Emsland in Verbindung bringen}}. {{q:indirect:sicherheitskreise:-:-|Dort seien seit Oktober vier Automaten mit derselben Methode gesprengt worden}}. Offiziell bestätigt wurde das nicht.

Die Zahlen des LKA zeigen auch, dass die Schäden an Gebäuden inzwischen oft höher liegen als die Beute. Im Landesdurchschnitt erbeuteten die Täter pro Tat rund 90.000 Euro.

Bernd Vortkamp, der seit 40 Jahren neben der Filiale wohnt, will trotzdem bleiben. „{{q:direct:vortkamp:m15:c14|Ich lasse mich doch von so ein paar Halbstarken nicht vertreiben}}“, {{c:c14|sagte}} {{m:m15|er}}.

{{m:m16|Die Polizei}} {{c:c16|bittet}} {{q:indirect?:polizei:m16:c16|Zeugen, die in der Nacht verdächtige Fahrzeuge bemerkt haben, sich unter der Telefonnummer 0251 275-0 zu melden}}.

Bildunterschrift: Die beschädigte Sparkassenfiliale an der Marktstraße. Foto: Polizei Münster

Mehr zum Thema: Warum Geldautomaten in NRW so oft gesprengt werden
""",
)

article(
    "dex19_05_nachruf_intendantin", "de/regional-nachruf", "de",
    {"kessler": ["Hannelore Kessler", "Kessler", "sie", "Sie", "ihre", "Ihre"],
     "kritiker": ["Kritiker im Kreistag", "Kritiker"],
     "familie": ["Familie", "die Familie", "der Familie"],
     "ministerin": ["Dagmar Reuter", "Kulturministerin Dagmar Reuter", "Reuter", "die Ministerin", "Die Ministerin"],
     "nachfolger": ["Jan-Peter Ubbens", "Ihr Nachfolger Jan-Peter Ubbens", "Ubbens", "er", "Er"],
     "schauspielerin": ["Wiebke Janssen-Folkerts", "Die Schauspielerin Wiebke Janssen-Folkerts", "Janssen-Folkerts", "sie", "Sie"],
     "landkreis": ["Landkreis Aurich", "Der Landkreis Aurich", "Landrat Heiko Eilers", "Heiko Eilers", "Eilers"]},
    """
Sie brachte das Theater in die Dörfer: Hannelore Kessler ist tot

Mehr als zwei Jahrzehnte leitete sie die Landesbühne Ostfriesland. Nun ist die Intendantin im Alter von 81 Jahren gestorben.

Ein Nachruf von Gesa Onken

Aurich. Wer Hannelore Kessler einmal auf einer Probe erlebt hat, vergisst das nicht so schnell. Leise sprach sie fast nie, und eine Inszenierung war für sie erst dann fertig, wenn auch die letzte Reihe in einem Dorfgemeinschaftshaus jedes Wort verstand. Am Sonntag ist die frühere Intendantin der Landesbühne Ostfriesland im Alter von 81 Jahren in Aurich gestorben. {{q:indirect:familie:m0:c0|Sie sei nach kurzer, schwerer Krankheit friedlich eingeschlafen}}, {{c:c0|teilte}} {{m:m0|die Familie}} mit.

Kessler, 1944 in Leer geboren, kam als junge Regieassistentin aus Hamburg zurück in den Nordwesten. 1989 übernahm sie die Leitung der damals fast bankrotten Wanderbühne. Ihr Rezept war so einfach wie mühsam: Statt darauf zu warten, dass das Publikum in die Stadt kommt, fuhr das Ensemble mit zwei Lastwagen über die Dörfer. Bis zu 180 Vorstellungen im Jahr spielte die Bühne in Turnhallen, Gaststätten und Scheunen.

„{{q:direct:kessler:m1:c1|Ein Dorfgemeinschaftshaus ist auch eine Bühne, man muss sie nur ernst nehmen}}“, pflegte {{m:m1|sie}} zu {{c:c1|sagen}}. {{q:indirect:kessler:m2:c2|Sie habe nie Theater für Kritiker machen wollen, sondern für die Leute, die morgens um fünf in den Stall müssten}}, {{c:c2|sagte}} {{m:m2|sie}} 2009 in einem Interview mit dieser Zeitung. Berühmt wurde {{m:m3|ihre}} {{c:c3|Forderung}}, {{q:indirect:kessler:m3:c3|dass kein Kind in Ostfriesland die Schule verlassen dürfe, ohne wenigstens einmal im Theater gewesen zu sein}}. Daraus entstand das Schulprogramm „Theater macht Schule“, das bis heute besteht.

{{m:m4|Kulturministerin Dagmar Reuter}} {{c:c4|würdigte}} Kessler als eine „{{q:direct:ministerin:m4:c4|Pionierin der kulturellen Teilhabe}}“. {{q:indirect:ministerin:m5:c5|Sie habe bewiesen, dass Theater auf dem Land kein Zuschussgeschäft für wenige sei, sondern ein Ort für alle}}, {{c:c5|erklärte}} {{m:m5|die Ministerin}} in Hannover. {{q:indirect:ministerin:-:-|Ihr Lebenswerk werde weit über Ostfriesland hinaus wirken}}.

Leicht war Kessler nicht immer. {{q:indirect:nachfolger:m6:c6|Sie habe mit der Politik gestritten, mit Bürgermeistern, mit dem eigenen Ensemble}}, {{c:c6|erinnert}} sich {{m:m6|ihr Nachfolger Jan-Peter Ubbens}}. „{{q:direct:nachfolger:m7:c7|Aber sie hat nie für sich selbst gestritten, immer für das Theater}}“, {{c:c7|sagt}} {{m:m7|er}}. {{q:indirect:nachfolger:-:-|Noch im vergangenen Herbst sei sie zu einer Premiere nach Norden gekommen und habe hinterher eine halbe Stunde lang mit den Technikern diskutiert}}.

{{m:m8|Die Schauspielerin Wiebke Janssen-Folkerts}}, die 25 Jahre im Ensemble spielte, {{c:c8|erzählt}} von einer Probe in Wiesmoor. {{q:indirect:schauspielerin:m8:c8|Kessler habe die ganze Szene siebenmal wiederholen lassen, weil ein Schauspieler mit dem Rücken zum Publikum stand}}. „{{q:direct:schauspielerin:m9:c9|Sie konnte furchtbar streng sein}}“, {{c:c9|sagt}} {{m:m9|sie}}. „{{q:direct:schauspielerin:m9:c9|Aber wenn es gut war, hat sie uns nach der Vorstellung Tee gekocht, mitten in der Turnhalle.}}“

Nicht jeder teilte diese Begeisterung. Als die Bühne 2003 wegen steigender Defizite vor dem Aus stand, {{c:c10|warfen}} {{m:m10|Kritiker im Kreistag}} ihr vor, {{q:mixed:kritiker:m10:c10|mit „Theater für die Gießkanne“ Geld zu verschwenden}}. Kessler wies das zurück. {{q:indirect:kessler:m11:c11|Eine Gießkanne sei genau das, was ein trockenes Land brauche}}, {{c:c11|entgegnete}} {{m:m11|sie}} damals. Am Ende erhielt die Bühne einen neuen Vertrag mit dem Land.

{{m:m12|Der Landkreis Aurich}} {{c:c12|kündigte}} an, {{q:indirect:landkreis:m12:c12|Kessler mit einer Gedenkveranstaltung im Frühjahr zu ehren}}. {{q:indirect:landkreis:m13:c13|Sie habe dem Landkreis ein Stück Selbstbewusstsein gegeben}}, {{c:c13|sagte}} {{m:m13|Landrat Heiko Eilers}}. {{q:indirect:landkreis:-:-|Man überlege, eine Spielstätte nach ihr zu benennen}}.

Hannelore Kessler hinterlässt ihren Mann, zwei Kinder und vier Enkel. Die Trauerfeier findet im engsten Familienkreis statt. {{q:indirect:familie:m14:c14|Statt Blumen wünsche sie sich Spenden für das Schulprogramm der Landesbühne}}, {{c:c14|hieß}} es in der Mitteilung {{m:m14|der Familie}}.

Foto: Landesbühne Ostfriesland/Archiv
""",
)
