# German external-style held-apart set, batch 4: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex4 import article

article(
    "dex4_01_analyse_parteikreise", "de/online-politik-analyse", "de",
    {"vertrauter": ["ein langjähriger Vertrauter der Parteivorsitzenden", "Vertrauter"],
     "parteikreise": ["Parteikreise", "Parteikreisen"], "umfeld": ["ihr Umfeld", "Umfeld"],
     "fraktion": ["die Fraktion", "Fraktion"], "soellner": "Henrike Söllner-Brandt",
     "oberdorf": "Matthias von Oberdorf", "landeschef": ["ein Landesvorsitzender", "Landesvorsitzender"],
     "generalsekretaer": "Jan-Erik Pfeiffer", "abgeordnete": ["eine Abgeordnete aus Baden-Württemberg", "Abgeordnete"]},
    """
Machtkampf in der Union: Warum Söllner-Brandt plötzlich wackelt

Lange galt die CDU-Vorsitzende als unangreifbar. Nun rumort es in der Partei, und die Kritiker werden lauter. Eine Analyse.

Berlin. Es ist ein Satz, der in der Parteizentrale seit Tagen die Runde macht. »{{q:direct:vertrauter:m1:c1|Sie hat das Gespür für die eigenen Leute verloren}}«, {{c:c1|sagt}} {{m:m1|ein langjähriger Vertrauter der Parteivorsitzenden}}. Gemeint ist Henrike Söllner-Brandt, seit gut zwei Jahren an der Spitze der CDU. Der Satz ist bemerkenswert, weil er nicht von ihren Gegnern kommt.

Auslöser der Unruhe ist die Rentenreform. {{q:indirect:parteikreise:m2:c2|Die Vorsitzende habe die Landesverbände vor der Entscheidung nicht einmal angerufen}}, {{c:c2|heißt es}} in {{m:m2|Parteikreisen}}. {{q:indirect:parteikreise:-:-|Viele Abgeordnete fühlten sich übergangen, manche regelrecht vorgeführt}}. Öffentlich sagen will das kaum jemand.

Söllner-Brandt selbst sieht keinen Grund zur Sorge. Aus {{m:m3|ihrem Umfeld}} {{c:c3|ist zu hören}}, {{q:indirect:umfeld:m3:c3|sie denke nicht im Traum an einen Rückzug}}. {{q:indirect:umfeld:-:-|Die Reform sei richtig, und sie werde sie auch gegen Widerstände verteidigen}}.

Die Stimmung in der Fraktion ist dennoch gereizt. Bei einer Sitzung am Dienstagabend soll es laut geworden sein. {{q:indirect:fraktion:m4:c4|Mehrere Abgeordnete hätten offen einen Sonderparteitag verlangt}}, wie es in {{m:m4|der Fraktion}} {{c:c4|hieß}}. {{q:indirect:fraktion:-:-|Andere hätten geschwiegen}}, was in der Partei als schlechtes Zeichen gilt.

Als möglicher Herausforderer gilt Matthias von Oberdorf, der nordrhein-westfälische Ministerpräsident. {{m:m5|Der 54-Jährige}} {{c:c5|betonte}} am Mittwoch zwar, {{q:mixed:oberdorf:m5:c5|er stehe „loyal an der Seite der Vorsitzenden“}}. Ein Dementi, so sehen es viele in Berlin, klingt anders. {{c:c6|Nach}} Einschätzung {{m:m6|eines Landesvorsitzenden}} {{q:indirect?:landeschef:m6:c6|wartet von Oberdorf nur auf den richtigen Moment}}.

Generalsekretär Jan-Erik Pfeiffer versucht, die Lage zu beruhigen. »{{q:direct:generalsekretaer:m7:c7|Die CDU ist eine diskutierfreudige Partei. Das ist eine Stärke und keine Krise}}«, {{c:c7|sagte}} {{m:m7|Pfeiffer}} dem SPIEGEL. {{q:indirect:generalsekretaer:m8:c8|Über Personalfragen werde nicht in Zeitungen entschieden, sondern in den Gremien}}, {{c:c8|fügte}} {{m:m8|er}} hinzu.

Ob das reicht, ist offen. {{m:m9|Eine Abgeordnete aus Baden-Württemberg}}, die ihren Namen nicht in der Zeitung lesen möchte, {{c:c9|formuliert}} es so: »{{q:direct:abgeordnete:m9:c9|Wenn die Umfragen im Herbst nicht besser werden, ist die Frage nicht mehr ob, sondern wann.}}« Bis dahin, so scheint es, hält die Partei still. Noch.
""")

article(
    "dex4_02_interview_klinik", "de/online-interview", "de",
    {"interviewer": ["SPIEGEL", "der SPIEGEL"], "lindqvist": "Karin Lindqvist-Maaß",
     "kollegin": ["eine Kollegin", "Kollegin"], "ministerium": ["das Gesundheitsministerium", "Gesundheitsministerium"]},
    """
Krankenhausreform: »{{q:direct:lindqvist:-:-|Wir schließen Stationen, nicht Kliniken}}«

Karin Lindqvist-Maaß leitet seit 2021 die Kreiskliniken im Hochsauerland. Ein Gespräch über Personalnot, leere Betten und die Frage, wie viel Medizin sich das Land noch leisten kann.

Die Ärztin und Klinikmanagerin gilt als eine der profiliertesten Kritikerinnen der Reformpläne aus Berlin. {{c:c1|Nach}} Angaben {{m:m1|des Gesundheitsministeriums}} {{q:indirect:ministerium:m1:c1|sollen bis 2030 bundesweit rund 300 Standorte ihre Notaufnahme verlieren}}. Wir trafen Lindqvist-Maaß in ihrem Büro in Meschede.

SPIEGEL: {{q:direct?:interviewer:-:-|Frau Lindqvist-Maaß, Ihr Haus hat im vergangenen Jahr die Geburtsstation geschlossen. War das ein Fehler?}}

{{m:a1|Lindqvist-Maaß}}: {{q:direct:lindqvist:a1:-|Nein. Es war eine Entscheidung, die wir uns nicht leicht gemacht haben. Wir hatten drei Hebammen für 24 Stunden an sieben Tagen. Das ist nicht sicher, weder für die Mütter noch für die Kinder.}}

SPIEGEL: {{q:direct?:interviewer:-:-|Die Menschen in den Dörfern sehen das anders. Sie müssen jetzt 45 Minuten fahren.}}

{{m:a2|Lindqvist-Maaß}}: {{q:direct:lindqvist:a2:-|Das verstehe ich. Aber eine Geburtshilfe, die nur auf dem Papier existiert, hilft niemandem. Eine Kollegin hat mir damals gesagt: ‚{{q:direct?:kollegin:-:-|Lieber eine Stunde fahren als einen Abend allein im Kreißsaal.}}‘ Das hat mich überzeugt.}}

SPIEGEL: {{q:direct?:interviewer:-:-|Was erwarten Sie vom Bund?}}

{{m:a3|Lindqvist-Maaß}}: {{q:direct:lindqvist:a3:-|Ehrlichkeit. Man kann nicht gleichzeitig jede Klinik retten und das Personal besser bezahlen wollen. Irgendwann muss jemand sagen, was wegfällt.}}

SPIEGEL: {{q:direct?:interviewer:-:-|Sie sagen das sehr nüchtern.}}

{{m:a4|Lindqvist-Maaß}}: {{q:direct:lindqvist:a4:-|Ich bin Ärztin, keine Politikerin. Wir schließen Stationen, nicht Kliniken. Das ist ein Unterschied, den man in Berlin gern übersieht.}}

Nach dem Gespräch wird die Managerin noch deutlicher. {{q:indirect:lindqvist:m5:c5|Die Reform komme fünf Jahre zu spät}}, {{c:c5|sagt}} {{m:m5|sie}} beim Gang über den Flur. {{q:indirect:lindqvist:-:-|Viele Häuser auf dem Land seien längst pleite, bevor die neuen Regeln überhaupt gälten}}. Ob sie selbst in die Politik wechseln würde? Sie lacht nur.
""")

article(
    "dex4_03_boulevard_einbruch", "de/online-boulevard-regional", "de",
    {"ermittler": ["ein Ermittler", "Ermittler"], "nachbarin": ["eine Nachbarin", "Nachbarin"],
     "polizei": ["die Polizei", "Polizei", "ein Polizeisprecher"], "zeitung": ["die „Lausitzer Rundschau“", "Lausitzer Rundschau"],
     "opa": "Günther Wöhlke", "staatsanwalt": "Rüdiger Kanthak-Brenner", "enkelin": ["seine Enkelin", "Enkelin"]},
    """
Rentner (81) überfällt Einbrecher mit Gartenschlauch

Was für ein Opa! In Cottbus hat ein 81-Jähriger zwei Einbrecher in die Flucht geschlagen. Mit einem Gartenschlauch.

Cottbus. Es ist kurz nach zwei Uhr in der Nacht zu Sonntag. Günther Wöhlke hört ein Klirren. Dann Schritte im Keller. Der Rentner zögert nicht. Er greift zum Schlauch im Hauswirtschaftsraum und dreht voll auf.

„{{q:direct:opa:m1:c1|Die waren so verdattert, die sind gerannt wie die Hasen}}“, {{c:c1|erzählt}} {{m:m1|Wöhlke}}. Er lacht. „{{q:direct:opa:m2:c2|Angst? Nee. Ich war 40 Jahre bei der Feuerwehr}}“, {{c:c2|sagt}} {{m:m2|der 81-Jährige}}.

Die Täter flohen ohne Beute. {{c:c3|Nach}} Angaben {{m:m3|der Polizei}} {{q:indirect:polizei:m3:c3|waren die beiden Männer über ein Kellerfenster eingestiegen}}. {{q:indirect:polizei:m4:c4|Sie seien etwa 25 bis 30 Jahre alt und dunkel gekleidet gewesen}}, {{c:c4|sagte}} {{m:m4|ein Polizeisprecher}}. {{q:indirect:polizei:-:-|Einer habe eine auffällige rote Mütze getragen}}.

Die Ermittler gehen von Profis aus. {{q:indirect:ermittler:m5:c5|Die Bande habe es in den vergangenen Wochen gezielt auf ältere Menschen abgesehen}}, {{c:c5|so}} {{m:m5|ein Ermittler}}. {{q:indirect:ermittler:-:-|Allein in Cottbus und Umgebung habe es elf ähnliche Fälle gegeben}}.

Die Nachbarschaft ist in Aufruhr. „{{q:direct:nachbarin:m6:c6|Man traut sich ja nachts gar nicht mehr vor die Tür}}“, {{c:c6|sagt}} {{m:m6|eine Nachbarin}}. Sie hat jetzt einen zweiten Riegel einbauen lassen.

Wie {{m:m7|die „Lausitzer Rundschau“}} {{c:c7|berichtet}}, {{q:indirect:zeitung:m7:c7|soll einer der Täter bereits vor Jahren wegen Wohnungseinbrüchen verurteilt worden sein}}. {{q:indirect:zeitung:m7b:c7b|Die Polizei prüfe einen Zusammenhang mit einer Einbruchsserie in Brandenburg}}, {{c:c7b|berichtet}} {{m:m7b|die Zeitung}} weiter. Oberstaatsanwalt Rüdiger Kanthak-Brenner wollte das nicht bestätigen. {{q:indirect:staatsanwalt:m9:c9|Man ermittle in alle Richtungen}}, {{c:c9|sagte}} {{m:m9|er}} auf Nachfrage.

Und Opa Günther? Der hat den Schlauch inzwischen wieder aufgerollt. {{m:m10|Seine Enkelin}} {{c:c10|schrieb}} auf Facebook: „{{q:direct:enkelin:m10:c10|Mein Held! Aber bitte mach das nie wieder.}}“ Er verspricht es. So halb.
""")

article(
    "dex4_04_wirtschaft_inflation", "de/online-wirtschaft", "de",
    {"destatis": ["das Statistische Bundesamt", "Statistisches Bundesamt", "die Statistiker", "Destatis"],
     "analysten": ["Analysten"], "hoffmeister": "Claudia Hoffmeister", "ezb": ["die Europäische Zentralbank", "EZB"],
     "krauss": "Benedikt Krauß-Oyelaran", "hde": ["der Handelsverband HDE", "HDE", "Handelsverband"],
     "ifo": ["das Ifo-Institut", "Ifo-Institut"]},
    """
Inflation sinkt überraschend deutlich – Ökonomen sehen Spielraum für Zinssenkung

Die Teuerung in Deutschland hat sich im Mai stärker abgeschwächt als erwartet. Vor allem Energie wurde billiger. Doch bei Lebensmitteln bleibt der Druck hoch.

Wiesbaden. {{q:indirect:destatis:m1:c1|Die Verbraucherpreise in Deutschland sind im Mai um 1,9 Prozent gestiegen}}. Das {{c:c1|teilte}} {{m:m1|das Statistische Bundesamt}} am Freitag in Wiesbaden mit. Damit liegt die Rate erstmals seit Langem unter der Zielmarke der Notenbank. {{q:indirect:destatis:m2:c2|Im April hatte die Teuerung noch bei 2,4 Prozent gelegen}}, {{c:c2|so}} {{m:m2|die Statistiker}}. Energie verbilligte sich binnen Jahresfrist um 4,1 Prozent, Nahrungsmittel verteuerten sich dagegen um 3,2 Prozent.

Von Reuters befragte Analysten hatten mit einem Rückgang auf lediglich 2,1 Prozent gerechnet. {{m:m4|Analysten}} {{c:c4|erwarten}} nun, dass {{q:indirect?:analysten:m4:c4|die Europäische Zentralbank ihre Leitzinsen im Juli erneut senkt}}.

„{{q:direct:hoffmeister:m5:c5|Die Zahlen sind ein echter Lichtblick. Die EZB hat jetzt kaum noch Argumente, die Zinsen hoch zu halten}}“, {{c:c5|sagte}} {{m:m5|Claudia Hoffmeister}}, Chefvolkswirtin der Hanse-Bank in Hamburg. {{m:m6|Sie}} {{c:c6|rechnet}} damit, dass {{q:indirect?:hoffmeister:m6:c6|die Inflation bis zum Jahresende um die Marke von zwei Prozent pendeln wird}}.

Vorsichtiger äußerte sich Benedikt Krauß-Oyelaran vom Institut für Konjunkturforschung in Halle. {{q:indirect:krauss:m7:c7|Der Rückgang sei zu einem guten Teil auf Sondereffekte bei den Heizölpreisen zurückzuführen}}, {{c:c7|sagte}} {{m:m7|der Ökonom}}. {{q:indirect:krauss:-:-|Die sogenannte Kerninflation ohne Energie und Lebensmittel liege mit 2,6 Prozent weiterhin zu hoch}}. {{q:mixed:krauss:m8:c8|Von einer Entwarnung könne daher „keine Rede sein“}}, {{c:c8|betonte}} {{m:m8|er}}.

Der Handel spürt die Entspannung bislang kaum. {{m:m9|Der Handelsverband HDE}} {{c:c9|beklagte}}, {{q:indirect:hde:m9:c9|die Kauflaune der Verbraucher bleibe gedämpft}}. {{q:indirect:hde:-:-|Viele Menschen hielten ihr Geld weiterhin zusammen, obwohl die Reallöhne wieder stiegen}}.

Auch die Stimmung in den Unternehmen hellt sich nur langsam auf. {{c:c10|Laut}} {{m:m10|Ifo-Institut}} {{q:indirect?:ifo:m10:c10|stieg der Geschäftsklimaindex im Mai leicht auf 89,3 Punkte}}. Die Zahlen zeigen, dass vor allem die Industrie unter der schwachen Nachfrage aus China leidet, so dass mit einer raschen Erholung am Arbeitsmarkt kaum zu rechnen ist.
""")

article(
    "dex4_05_sport_ticker", "de/online-sport-ticker", "de",
    {"trainer": "Dirk Schallenberg", "gasttrainer": "Mehmet Yıldırım-Ketterer", "torschuetze": "Jonas Ebersbächer",
     "kapitaen": "Leon van der Bruck", "verein": ["der Verein", "Verein"], "sportdirektor": "Ole Haberkorn"},
    """
Spät, aber verdient: Bochum dreht das Spiel gegen Kiel

Der VfL Bochum gewinnt nach 0:1-Rückstand noch 2:1 gegen Holstein Kiel. Joker Ebersbächer trifft in der Nachspielzeit. Der Ticker zum Nachlesen.

90.+4 Minute: Abpfiff! Bochum gewinnt. Die Ostkurve feiert, die Kieler sinken zu Boden.

90.+2 Minute: TOOOR für Bochum! Ebersbächer köpft eine Flanke von van der Bruck aus fünf Metern ins lange Eck. 2:1.

71. Minute: Ausgleich! Van der Bruck verwandelt einen Foulelfmeter sicher. 1:1.

23. Minute: Kiel führt. Nach einem Ballverlust im Mittelfeld trifft Holsteins Stürmer flach ins rechte Eck.

Die Stimmen nach dem Spiel:

„{{q:direct:trainer:m1:c1|Wir haben nie aufgehört, an uns zu glauben. Das zeichnet diese Mannschaft aus}}“, {{c:c1|sagte}} {{m:m1|Bochums Trainer Dirk Schallenberg}} nach dem Spiel bei Sky. {{q:indirect:trainer:m2:c2|In der ersten Halbzeit sei seine Elf zu passiv gewesen}}, {{c:c2|räumte}} {{m:m2|der 47-Jährige}} ein. {{q:indirect:trainer:-:-|Nach der Pause habe man dann mehr Risiko gehen müssen}}.

Kiels Coach Mehmet Yıldırım-Ketterer haderte mit dem Elfmeter. „{{q:direct:gasttrainer:m3b:c3|Das ist für mich nie im Leben ein Foul. Da geht mein Spieler klar zum Ball}}“, {{c:c3|schimpfte}} {{m:m3b|er}}. {{q:mixed:gasttrainer:m4:c4|Seine Mannschaft habe „70 Minuten lang alles richtig gemacht“ und stehe am Ende mit leeren Händen da}}, {{c:c4|klagte}} {{m:m4|der Kieler Trainer}}.

Matchwinner Jonas Ebersbächer war erst in der 80. Minute eingewechselt worden. „{{q:direct:torschuetze:m5:c5|Ich habe einfach gehofft, dass der Ball mal zu mir kommt}}“, {{c:c5|sagte}} {{m:m5|der 20-Jährige}} im Interview mit DAZN. „{{q:direct:torschuetze:m5:c5|Dass er dann so reinfällt, ist unglaublich.}}“

Kapitän Leon van der Bruck lobte die Moral. {{q:indirect:kapitaen:m6b:c6b|Die Fans hätten die Mannschaft in der Schlussphase nach vorn gepeitscht}}, {{c:c6b|sagte}} {{m:m6b|der Niederländer}}. {{q:indirect:kapitaen:-:-|Ohne sie wäre das heute nicht möglich gewesen}}.

Bochums Sportdirektor Ole Haberkorn wollte nach dem Spiel nichts von Europa hören. „{{q:direct:sportdirektor:m7:c7|Wir schauen von Spiel zu Spiel, alles andere wäre vermessen}}“, {{c:c7|sagte}} {{m:m7|Haberkorn}}. Mit jetzt 38 Punkten ist der Klassenerhalt so gut wie sicher, so dass der Verein bereits für die kommende Saison planen kann.
""")

article(
    "dex4_06_urteil_konjunktiv", "de/online-gericht", "de",
    {"richterin": "Gudrun Esterházy-Pohl", "gericht": ["das Gericht", "Gericht", "die Kammer"],
     "verteidiger": "Florian Neuhaus", "angeklagter": ["der Angeklagte", "Angeklagter", "Bernd Tillich"],
     "staatsanwaeltin": "Yasemin Akgül", "sprecher": ["ein Gerichtssprecher", "Gerichtssprecher"]},
    """
Betrug mit Corona-Testzentren: Bernd Tillich muss für sechs Jahre in Haft

Das Landgericht Bochum hat den Betreiber mehrerer Testzentren zu einer langen Haftstrafe verurteilt. Er soll mehr als neun Millionen Euro erschlichen haben. Die Verteidigung kündigt Revision an.

Bochum. Nach 41 Verhandlungstagen ist das Urteil gefallen: Das Landgericht Bochum hat den 52 Jahre alten Unternehmer Bernd Tillich wegen gewerbsmäßigen Betrugs in 212 Fällen zu sechs Jahren und drei Monaten Haft verurteilt.

{{m:m1|Die Vorsitzende Richterin Gudrun Esterházy-Pohl}} {{c:c1|sagte}} in ihrer Urteilsbegründung, {{q:indirect:richterin:m1:c1|der Angeklagte habe die Notlage der Pandemie kaltblütig ausgenutzt}}. {{q:indirect:richterin:-:-|Er habe Tests abgerechnet, die nie stattgefunden hätten, und dabei sogar die Namen von Verstorbenen verwendet}}. {{q:indirect:richterin:-:-|Es gehe in diesem Verfahren nicht um Schlamperei, sondern um ein ausgeklügeltes System}}. {{q:indirect:richterin:-:-|Dass die Kontrollen der Behörden lückenhaft gewesen seien, entlaste ihn nicht}}.

{{q:indirect:richterin:m2:c2|Die Kammer habe lange geprüft, ob Tillich aus Geldnot gehandelt habe}}, {{c:c2|erklärte}} {{m:m2|die Richterin}}. {{q:indirect:richterin:-:-|Dafür gebe es jedoch keinerlei Anhaltspunkte}}. {{q:indirect:richterin:-:-|Der Angeklagte habe von dem Geld unter anderem zwei Sportwagen und eine Ferienwohnung auf Mallorca gekauft}}.

Staatsanwältin Yasemin Akgül hatte sieben Jahre Haft gefordert. {{m:m4|Sie}} hatte in ihrem Plädoyer {{c:c4|argumentiert}}, {{q:indirect:staatsanwaeltin:m4:c4|der Schaden für die Allgemeinheit sei kaum zu ermessen}}. {{q:indirect:staatsanwaeltin:-:-|Wer in einer Krise so handle, müsse die volle Härte des Gesetzes spüren}}.

Verteidiger Florian Neuhaus kündigte noch im Gerichtssaal Revision an. {{q:indirect:verteidiger:m6:c6|Das Urteil sei in mehreren Punkten rechtsfehlerhaft}}, {{c:c6|sagte}} {{m:m6|er}} vor Journalisten. {{q:indirect:verteidiger:-:-|Die Kammer habe nie geklärt, ob sein Mandant überhaupt von allen Abrechnungen gewusst habe}}. {{q:indirect:verteidiger:-:-|Es könne nicht sein, dass ein Einzelner für das Versagen eines ganzen Systems büße}}. {{m:m6b|Er}} {{c:c6b|fragte}} zudem, {{q:indirect:verteidiger:m6b:c6b|warum die Behörden die Abrechnungen zwei Jahre lang ungeprüft durchgewinkt hätten}}.

{{m:m7|Tillich}} selbst hatte in seinem letzten Wort {{c:c7|beteuert}}, {{q:indirect:angeklagter:m7:c7|er habe nie jemandem schaden wollen}}. Er nahm das Urteil regungslos auf.

Wie {{m:m8|ein Gerichtssprecher}} {{c:c8|mitteilte}}, {{q:indirect:sprecher:m8:c8|ist das Urteil noch nicht rechtskräftig}}. {{q:indirect:sprecher:-:-|Über die Revision werde der Bundesgerichtshof in Karlsruhe entscheiden}}.
""")
