# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 22: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex22 import article

article(
    "dex22_01_tarifrunde_chemie", "de/wirtschaft-tarifrunde", "de",
    {"igbce": ["IG BCE", "Die Gewerkschaft IG BCE", "die Gewerkschaft", "Die Gewerkschaft", "der Gewerkschaft"],
     "arbeitgeber": ["Arbeitgeberverband Chemie Rheinland", "Der Arbeitgeberverband Chemie Rheinland", "der Arbeitgeberverband", "Der Arbeitgeberverband", "des Arbeitgeberverbands", "die Arbeitgeber", "Die Arbeitgeber", "Arbeitgeberseite"],
     "konradi": ["Sven Konradi", "Verhandlungsführer Sven Konradi", "Konradi", "er", "Er", "der Gewerkschafter"],
     "weyer": ["Ines Weyer", "Verhandlungsführerin Ines Weyer", "Weyer", "sie", "Sie"],
     "kreise": ["Verhandlungskreisen"],
     "marwede": ["Felix Marwede", "Der Ökonom Felix Marwede", "Marwede"],
     "brenk": ["Holger Brenk", "Betriebsratschef Holger Brenk", "Brenk", "er", "Er"]},
    """
Chemie-Tarifrunde ohne Ergebnis – IG BCE droht mit Warnstreiks

Auch die zweite Verhandlungsrunde für die rund 90.000 Beschäftigten der chemischen Industrie im Rheinland ist gescheitert. Die Gewerkschaft will den Druck erhöhen.

Köln. Die Tarifverhandlungen für die chemische Industrie im Rheinland sind am Dienstag ohne Annäherung vertagt worden. {{q:mixed:igbce:m0:c0|Das Angebot der Arbeitgeber sei „eine Provokation“ und liege weit unter der Inflation der vergangenen Jahre}}, {{c:c0|erklärte}} {{m:m0|die Gewerkschaft IG BCE}} nach dem Treffen in Köln. {{q:indirect:igbce:-:-|Man werde nun in den Betrieben über Warnstreiks beraten}}.

Der Arbeitgeberverband Chemie Rheinland hatte eine Einmalzahlung von 1000 Euro und eine Erhöhung der Entgelte um 2,1 Prozent ab Juli angeboten. {{m:m2|Verhandlungsführerin Ines Weyer}} {{c:c2|verteidigte}} {{q:indirect?:weyer:m2:c2|das Angebot}}. „{{q:direct:weyer:m3:c3|Unsere Betriebe stehen unter einem enormen Kostendruck. Die Energiepreise sind doppelt so hoch wie in den USA, die Auftragsbücher sind so dünn wie seit Jahren nicht}}“, {{c:c3|sagte}} {{m:m3|sie}}. {{q:indirect:weyer:-:-|Jeder Prozentpunkt mehr gefährde Arbeitsplätze am Standort}}. {{q:indirect:weyer:-:-|Sie habe den Eindruck, die Gewerkschaft verkenne den Ernst der Lage}}.

Verhandlungsführer Sven Konradi wies das zurück. {{q:indirect:konradi:m5:c5|Die Unternehmen hätten in den vergangenen Jahren Rekordgewinne eingefahren und Milliarden an ihre Aktionäre ausgeschüttet}}, {{c:c5|sagte}} {{m:m5|der Gewerkschafter}}. „{{q:direct:konradi:m6:c6|Wer jetzt von Verzicht redet, hat die Kassiererin im Supermarkt und den Schichtarbeiter im Chemiepark nie gefragt, wie sie über den Monat kommen}}“, {{c:c6|so}} {{m:m6|Konradi}}. {{m:m15|Die IG BCE}} {{c:c15|fordert}} {{q:indirect?:igbce:m15:c15|sieben Prozent mehr Geld bei einer Laufzeit von zwölf Monaten}}. {{m:m7|Er}} {{c:c7|warf}} den Arbeitgebern vor, {{q:indirect:konradi:m7:c7|die Verhandlungen bewusst zu verschleppen}}.

Aus {{m:m8|Verhandlungskreisen}} {{c:c8|hieß es}}, {{q:indirect:kreise:m8:c8|beide Seiten lägen beim Volumen nicht so weit auseinander, wie es die öffentlichen Äußerungen vermuten ließen}}. {{q:indirect:kreise:-:-|Streitpunkt sei vor allem die Laufzeit}}. Die Arbeitgeber wollen einen Vertrag über 24 Monate.

{{q:mixed:arbeitgeber:m9:c9|Warnstreiks seien während der laufenden Verhandlungen „völlig unnötig“}}, {{c:c9|hieß es}} in einer Mitteilung {{m:m9|des Arbeitgeberverbands}}. {{q:indirect:arbeitgeber:-:-|Man sei weiterhin zu Gesprächen bereit und habe bereits einen dritten Termin angeboten}}.

In den Betrieben ist die Stimmung angespannt. {{m:m10|Betriebsratschef Holger Brenk}} vom Chemiepark Dormagen {{c:c10|sagte}}, {{q:indirect:brenk:m10:c10|die Belegschaft sei bereit, für ihre Forderungen auf die Straße zu gehen}}. „{{q:direct:brenk:m11:c11|Die Leute haben in der Energiekrise die Anlagen am Laufen gehalten. Jetzt erwarten sie, dass das anerkannt wird}}“, {{c:c11|sagte}} {{m:m11|er}}. {{q:indirect:igbce:-:c14|Ein erster Warnstreik ist {{c:c14|nach Gewerkschaftsangaben}} für kommende Woche in Leverkusen geplant}}.

Die Zahlen des Branchenverbands zeigen allerdings, dass die Produktion in der Chemie im ersten Halbjahr um vier Prozent gesunken ist. Mehrere Unternehmen haben Kurzarbeit angemeldet, einige Anlagen stehen still. {{m:m16|Der Ökonom Felix Marwede}} vom Institut der deutschen Wirtschaft in Köln {{c:c16|sagte}}, {{q:indirect:marwede:m16:c16|ein Abschluss bei rund vier Prozent über zwei Jahre sei realistisch}}. {{q:indirect:marwede:-:-|Die Branche könne sich höhere Löhne erst dann leisten, wenn die Energiepreise spürbar sänken}}.

Die dritte Verhandlungsrunde ist für den 14. März in Düsseldorf angesetzt. {{m:m12|Die Arbeitgeberseite}} {{c:c12|äußerte}} die Hoffnung, dass {{q:mixed:arbeitgeber:m12:c12|bis dahin „wieder Vernunft einkehrt“}}. {{m:m13|Konradi}} {{c:c13|sagte}} nur: „{{q:direct:konradi:m13:c13|Das liegt nicht an uns.}}“

Mehr zum Thema: Tarifabschluss in der Metallindustrie – was er für Beschäftigte bedeutet
""",
)

article(
    "dex22_02_masern_gesundheitsamt", "de/regionalzeitung-gesundheit", "de",
    {"gesundheitsamt": ["Gesundheitsamt des Landkreises Meißen", "Das Gesundheitsamt des Landkreises Meißen", "das Gesundheitsamt", "Das Gesundheitsamt", "Dem Gesundheitsamt", "dem Gesundheitsamt", "des Gesundheitsamts", "die Behörde", "Die Behörde", "der Behörde"],
     "lorenz": ["Kathrin Lorenz", "Amtsärztin Kathrin Lorenz", "Lorenz", "sie", "Sie", "die Medizinerin"],
     "rki": ["Robert Koch-Institut", "Das Robert Koch-Institut", "das RKI", "RKI", "Das RKI", "des RKI", "Eine Sprecherin des RKI"],
     "ministerium": ["Sozialministerium", "Das sächsische Sozialministerium", "das Ministerium", "Das Ministerium"],
     "haubold": ["Jens Haubold", "Ministeriumssprecher Jens Haubold", "Haubold"],
     "schule": ["Schulleitung", "Die Schulleitung", "die Schulleitung"],
     "vogt": ["Manuela Vogt", "Manuela Vogt", "Vogt", "sie", "Sie"],
     "elternrat": ["Vorsitzende des Elternrats", "die Vorsitzende des Elternrats", "Elternrat"],
     "kv": ["Kassenärztliche Vereinigung Sachsen", "Die Kassenärztliche Vereinigung Sachsen", "die KV", "KV", "Die KV"]},
    """
Masern an Grundschule in Radebeul: 14 Kinder erkrankt

Das Gesundheitsamt schließt ungeimpfte Schüler vorübergehend vom Unterricht aus. Eltern reagieren geteilt.

Foto: Im Eingangsbereich der Grundschule hängt ein Hinweis des Gesundheitsamts. (Foto: Sebastian Kahnert/dpa)

Von Ronny Pfeifer

Radebeul. An einer Grundschule in Radebeul sind seit Ende Januar 14 Kinder an Masern erkrankt. {{q:indirect:gesundheitsamt:m0:c0|Drei von ihnen hätten im Krankenhaus behandelt werden müssen, inzwischen gehe es allen Kindern wieder besser}}, {{c:c0|teilte}} {{m:m0|das Gesundheitsamt des Landkreises Meißen}} am Donnerstag mit. {{q:indirect:gesundheitsamt:-:-|Keines der erkrankten Kinder sei vollständig geimpft gewesen}}.

{{q:indirect:gesundheitsamt:m1:c1|Bis zum 7. März dürfen {{m:m1|dem Gesundheitsamt}} {{c:c1|zufolge}} nur Kinder die Schule besuchen, die einen Impfschutz oder eine durchgemachte Erkrankung nachweisen können}}. Betroffen sind 41 der 230 Schülerinnen und Schüler. „{{q:direct:lorenz:m2:c2|Masern sind keine harmlose Kinderkrankheit. Eine von tausend Erkrankungen führt zu einer Gehirnentzündung, und wir wollen nicht abwarten, bis das hier passiert}}“, {{c:c2|sagte}} {{m:m2|Amtsärztin Kathrin Lorenz}}. {{q:indirect:lorenz:-:-|Die Ansteckungskette lasse sich inzwischen auf eine Familie zurückführen, die aus einem Urlaub zurückgekehrt sei}}. {{q:indirect:lorenz:-:-|Weitere Fälle in den kommenden Tagen seien allerdings nicht auszuschließen}}.

{{m:m3|Die Medizinerin}} {{c:c3|appellierte}} an alle Eltern, {{q:indirect:lorenz:m3:c3|den Impfstatus ihrer Kinder zu prüfen und fehlende Impfungen nachholen zu lassen}}. {{m:m4|Die Kassenärztliche Vereinigung Sachsen}} {{c:c4|wies}} darauf hin, dass {{q:indirect:kv:m4:c4|die Impfung bei jedem Haus- und Kinderarzt möglich sei und von den Kassen bezahlt werde}}.

Unter den Eltern ist die Maßnahme umstritten. {{m:m5|Manuela Vogt}}, deren Tochter die dritte Klasse besucht, {{c:c5|hält}} den Ausschluss für {{q:indirect?:vogt:m5:c5|überzogen}}. {{q:indirect:vogt:m6:c6|Ihre Tochter verpasse nun wochenlang Unterricht, obwohl sie gesund sei}}, {{c:c6|sagte}} {{m:m6|sie}}. {{q:indirect:vogt:-:-|Ein Homeschooling-Angebot habe die Schule bislang nicht gemacht}}. {{m:m7|Die Schulleitung}} {{c:c7|verwies}} auf Anfrage darauf, dass {{q:indirect:schule:m7:c7|die Lehrkräfte Aufgaben über die Lernplattform bereitstellten}}. {{q:indirect:schule:-:-|Mehr sei mit dem vorhandenen Personal nicht zu leisten}}.

Andere Eltern zeigten sich erleichtert. „{{q:direct:elternrat:m8:c8|Wir haben ein Kind mit einer Immunschwäche in der Klasse. Für diese Familie geht es um viel}}“, {{c:c8|sagte}} {{m:m8|die Vorsitzende des Elternrats}}, die ihren Namen nicht in der Zeitung lesen möchte.

Masern gehören zu den ansteckendsten Infektionskrankheiten überhaupt. {{m:m9|Das Robert Koch-Institut}} {{c:c9|empfiehlt}} {{q:indirect?:rki:m9:c9|zwei Impfungen bis zum Ende des zweiten Lebensjahres}}. {{c:c10|Nach Angaben}} {{m:m10|des RKI}} {{q:indirect:rki:m10:c10|wurden im vergangenen Jahr bundesweit mehr als 600 Masernfälle gemeldet, so viele wie seit 2019 nicht mehr}}. Die Daten des Instituts zeigen zudem, dass die Impfquoten bei Schulanfängern in Sachsen unter dem Bundesdurchschnitt liegen. {{m:m14|Eine Sprecherin des RKI}} {{c:c14|sagte}}, {{q:indirect:rki:m14:c14|Ausbrüche an Schulen seien typisch für Regionen, in denen sich Impflücken über Jahre angesammelt hätten}}.

{{m:m11|Das sächsische Sozialministerium}} {{c:c11|kündigte}} an, {{q:indirect:ministerium:m11:c11|die Impfberatung an Schulen und Kitas im Frühjahr auszuweiten}}. {{q:indirect:haubold:m12:c12|Für eine allgemeine Impfpflicht über die bestehende Masernpflicht hinaus sehe man aber keinen Anlass}}, {{c:c12|sagte}} {{m:m12|Ministeriumssprecher Jens Haubold}}.

In Radebeul hofft man nun, dass der Ausbruch bald vorüber ist. {{q:indirect:gesundheitsamt:m13:c13|Entwarnung gebe es erst, wenn drei Wochen lang kein neuer Fall aufgetreten sei}}, {{c:c13|hieß es}} aus {{m:m13|dem Gesundheitsamt}}.

Zum Thema: Was Eltern jetzt über den Masernschutz wissen müssen
""",
)

article(
    "dex22_03_ch_bundesrat_praemien", "de-ch/zeitung-bundeshaus", "de",
    {"bundesrat": ["Bundesrat", "Der Bundesrat", "der Bundesrat", "Die Landesregierung", "die Landesregierung"],
     "gerber": ["Monika Gerber", "Gesundheitsministerin Monika Gerber", "Bundesrätin Monika Gerber", "Gerber", "sie", "Sie", "die Gesundheitsministerin", "Die Gesundheitsministerin"],
     "bag": ["Bundesamt für Gesundheit", "Das Bundesamt für Gesundheit", "das BAG", "BAG", "des BAG", "Das BAG"],
     "svp": ["SVP", "Die SVP", "die SVP"],
     "imhof": ["Reto Imhof", "SVP-Nationalrat Reto Imhof", "Imhof", "er", "Er"],
     "curafutura": ["Santésuisse", "Der Krankenversichererverband Santésuisse", "der Verband", "Der Verband", "des Verbands", "Verband"],
     "sp": ["SP", "Die SP", "die SP", "die Partei"],
     "sks": ["Stiftung für Konsumentenschutz", "Die Stiftung für Konsumentenschutz"],
     "kaelin": ["Nadja Kälin", "Geschäftsleiterin Nadja Kälin", "Kälin", "sie", "Sie"],
     "kantone": ["Gesundheitsdirektorenkonferenz", "Die Gesundheitsdirektorenkonferenz", "die Konferenz", "Die Konferenz", "der Kantone", "Die Kantone", "die Kantone", "ein Sprecher der Konferenz"]},
    """
Prämienschock: Bundesrat will Franchisen erhöhen

Die Krankenkassenprämien steigen 2026 im Schnitt um 5,8 Prozent. Gesundheitsministerin Monika Gerber will gegensteuern – und stösst auf Widerstand.

Von Adrian Wüthrich, Bern

Die Krankenkassenprämien in der Schweiz steigen im kommenden Jahr erneut deutlich. {{q:indirect:bag:m0:c0|Die mittlere Monatsprämie erhöhe sich um 5,8 Prozent auf 401 Franken}}, {{c:c0|teilte}} {{m:m0|das Bundesamt für Gesundheit}} (BAG) am Dienstag mit. {{q:indirect:bag:-:-|Am stärksten betroffen seien die Kantone Tessin, Neuenburg und Genf}}.

{{m:m1|Gesundheitsministerin Monika Gerber}} {{c:c1|sprach}} vor den Medien in Bern von einer «{{q:direct:gerber:m1:c1|Belastung, die viele Familien an ihre Grenzen bringt}}». {{q:indirect:gerber:m2:c2|Der Bundesrat wolle deshalb die Mindestfranchise von 300 auf 500 Franken erhöhen}}, {{c:c2|sagte}} {{m:m2|sie}}. «{{q:direct:gerber:m3:c3|Wer das System weniger beansprucht, soll auch weniger bezahlen. Das schafft Anreize, nicht wegen jeder Kleinigkeit in die Notaufnahme zu gehen}}», {{c:c3|sagte}} {{m:m3|die Gesundheitsministerin}}. {{q:indirect:gerber:-:-|Die Vorlage gehe im Frühling in die Vernehmlassung}}.

{{m:m4|Die Gesundheitsministerin}} {{c:c4|räumte}} ein, dass {{q:indirect:gerber:m4:c4|höhere Franchisen vor allem chronisch Kranke und ältere Menschen treffen könnten}}. {{q:indirect:gerber:-:-|Für sie müsse es deshalb gezielte Entlastungen über die Prämienverbilligung geben}}.

Die Reaktionen fielen scharf aus. {{m:m5|Die SP}} {{c:c5|kündigte}} an, {{q:indirect:sp:m5:c5|die Erhöhung notfalls mit einem Referendum zu bekämpfen}}. {{q:indirect:sp:m6:c6|Wer eine Franchise von 500 Franken nicht bezahlen könne, gehe eben gar nicht mehr zum Arzt}}, {{c:c6|schrieb}} {{m:m6|die Partei}} in einer Mitteilung. {{q:indirect:sp:-:-|Am Ende würden die Kosten dadurch steigen, nicht sinken}}.

Auch von rechts kommt Kritik, wenn auch aus anderen Gründen. «{{q:direct:imhof:m7:c7|Das ist Pflästerlipolitik. Das eigentliche Problem sind die vielen Spitäler und der aufgeblähte Leistungskatalog}}», {{c:c7|sagte}} {{m:m7|SVP-Nationalrat Reto Imhof}}. {{m:m8|Er}} {{c:c8|warf}} dem Bundesrat vor, {{q:indirect:imhof:m8:c8|sich seit Jahren vor echten Strukturreformen zu drücken}}.

Der Krankenversichererverband Santésuisse begrüsste den Vorschlag grundsätzlich. {{q:indirect:curafutura:m10:c10|Eine höhere Mindestfranchise stärke die Eigenverantwortung und dämpfe das Prämienwachstum}}, {{c:c10|hiess es}} in einer Stellungnahme {{m:m10|des Verbands}}. {{q:indirect:curafutura:-:-|Allein reiche die Massnahme aber bei weitem nicht}}.

{{c:c11|Laut}} {{m:m11|BAG}} {{q:indirect:bag:m11:c11|würde eine Erhöhung auf 500 Franken die Prämien um durchschnittlich 1,5 Prozent senken}}. Die Zahlen des Bundesamts zeigen aber auch, dass bereits heute rund ein Viertel der Versicherten eine höhere Wahlfranchise gewählt hat.

Die Gesundheitsdirektorenkonferenz der Kantone äusserte sich zurückhaltend. {{q:indirect:kantone:m13:c13|Man werde die Vorlage genau prüfen}}, {{c:c13|sagte}} {{m:m13|ein Sprecher der Konferenz}}. {{q:indirect:kantone:-:-|Entscheidend sei, dass die Kantone bei der Prämienverbilligung nicht noch stärker belastet würden}}.

{{m:m14|Die Stiftung für Konsumentenschutz}} {{c:c14|warnte}} vor einer «{{q:direct:sks:m14:c14|Zweiklassenmedizin}}». {{m:m15|Geschäftsleiterin Nadja Kälin}} {{c:c15|sagte}}, {{q:indirect:kaelin:m15:c15|schon heute verzichte jede fünfte Person in der Schweiz aus Kostengründen auf einen Arztbesuch}}. {{q:indirect:kaelin:-:-|Das zeige eine Umfrage der Stiftung aus dem Sommer}}. {{q:indirect:kaelin:m16:c16|Der Bundesrat müsse endlich bei den Medikamentenpreisen ansetzen, statt die Patientinnen und Patienten zur Kasse zu bitten}}, {{c:c16|forderte}} {{m:m16|Kälin}}.

Das Parlament wird sich voraussichtlich in der Sommersession mit der Vorlage befassen. {{m:m17|Gerber}} {{c:c17|zeigte sich zuversichtlich}}, {{q:indirect?:gerber:m17:c17|dafür eine Mehrheit zu finden}}. «{{q:direct:gerber:m18:c18|Niemand hat eine bessere Idee auf den Tisch gelegt, die kurzfristig wirkt}}», {{c:c18|sagte}} {{m:m18|sie}} zum Schluss der Medienkonferenz.

Info: Die Prämienrechner des Bundes sind ab sofort unter priminfo.admin.ch aufgeschaltet.
""",
)

article(
    "dex22_04_sportgericht_pyrotechnik", "de/sport-verbandsgericht", "de",
    {"sportgericht": ["DFB-Sportgericht", "Das DFB-Sportgericht", "das Sportgericht", "Das Sportgericht", "das Gericht", "Das Gericht", "des Sportgerichts"],
     "ahrens": ["Bernd Ahrens", "Der Vorsitzende Richter Bernd Ahrens", "Ahrens", "er", "Er"],
     "verein": ["Rot-Weiss Lüderitz", "Der Zweitligist Rot-Weiss Lüderitz", "der Verein", "Der Verein", "der Klub", "Der Klub", "des Klubs", "Vereinsangaben", "Rot-Weiss"],
     "kontrollausschuss": ["Kontrollausschuss", "Der Kontrollausschuss des DFB", "der Kontrollausschuss", "Der Kontrollausschuss"],
     "behrens": ["Tanja Behrens", "Geschäftsführerin Tanja Behrens", "Behrens", "sie", "Sie"],
     "fanhilfe": ["Fanhilfe Lüderitz", "Die Fanhilfe Lüderitz", "die Fanhilfe", "Die Fanhilfe", "der Fanhilfe"],
     "polizei": ["Polizei", "die Polizei", "Die Polizei", "der Polizei"],
     "kovac": ["Milan Kovač", "Trainer Milan Kovač", "Kovač", "er", "Er"]},
    """
Pyro-Chaos im Derby: Sportgericht verhängt Teilausschluss gegen Lüderitz

Der Zweitligist muss beim nächsten Heimspiel die Nordtribüne schließen und 180.000 Euro zahlen. Der Klub prüft Rechtsmittel.

Frankfurt/Main (dpa/lnw) – Nach dem massiven Einsatz von Pyrotechnik im Derby gegen den Nachbarn aus dem Sauerland hat das DFB-Sportgericht den Zweitligisten Rot-Weiss Lüderitz hart bestraft. {{m:m0|Das Gericht}} {{c:c0|verurteilte}} den Verein {{q:indirect?:sportgericht:m0:c0|zu einer Geldstrafe von 180.000 Euro und einem Teilausschluss der Zuschauer}}. Beim nächsten Heimspiel bleibt die Nordtribüne mit rund 8000 Plätzen gesperrt, Dauerkarteninhaber dieses Blocks erhalten ihr Geld für die Partie zurück.

Im Derby Ende Februar hatten Anhänger beider Lager mehr als 300 pyrotechnische Gegenstände gezündet, die Partie war für 14 Minuten unterbrochen. {{c:c1|Nach Angaben}} {{m:m1|der Polizei}} {{q:indirect:polizei:m1:c1|wurden zwei Ordner und ein Zuschauer durch Böller verletzt}}.

{{q:indirect:ahrens:m2:c2|Der Verein habe trotz mehrfacher Auflagen keine wirksamen Maßnahmen ergriffen, um das Einschmuggeln von Pyrotechnik zu verhindern}}, {{c:c2|sagte}} {{m:m2|der Vorsitzende Richter Bernd Ahrens}} in der mündlichen Urteilsbegründung. {{q:indirect:ahrens:-:-|Bei den Einlasskontrollen habe es erhebliche Lücken gegeben}}. {{q:indirect:ahrens:-:-|Strafmildernd habe das Gericht berücksichtigt, dass der Klub mit der Polizei bei der Ermittlung der Täter zusammenarbeite}}. „{{q:direct:ahrens:m3:c3|Wir sprechen hier nicht von ein paar bengalischen Fackeln, sondern von einer Gefährdung, die Menschen verletzt hat}}“, {{c:c3|betonte}} {{m:m3|er}}.

{{m:m4|Der Kontrollausschuss des DFB}} hatte {{q:indirect?:kontrollausschuss:m4:c4|eine Geldstrafe von 220.000 Euro und den Ausschluss der Zuschauer von zwei Tribünen}} {{c:c4|beantragt}}. {{m:m5|Der Verein}} {{c:c5|wies}} in der Verhandlung darauf hin, dass {{q:indirect:verein:m5:c5|er seit dem Derby drei neue Scanner an den Eingängen installiert habe}}.

Rot-Weiss reagierte enttäuscht. {{q:indirect:verein:m6:c6|Man halte die Strafe für unverhältnismäßig und prüfe, ob man das Bundesgericht des DFB anrufe}}, {{c:c6|hieß es}} in einer Stellungnahme {{m:m6|des Klubs}}. Die Frist dafür beträgt eine Woche. „{{q:direct:behrens:m7:c7|Wir bestrafen mit dem Teilausschluss die 8000 Fans, die sich an alle Regeln halten, und nicht die paar Dutzend, die das Stadion in Brand setzen}}“, {{c:c7|sagte}} {{m:m7|Geschäftsführerin Tanja Behrens}}. {{q:indirect:behrens:-:-|Den Verursachern drohten Stadionverbote und Regressforderungen}}. {{c:c8|Nach Vereinsangaben}} {{q:indirect:verein:-:c8|sind bereits elf Tatverdächtige identifiziert}}.

{{m:m9|Die Fanhilfe Lüderitz}} {{c:c9|kritisierte}} das Urteil als „{{q:direct:fanhilfe:m9:c9|Kollektivstrafe}}“. In einem Beitrag {{m:m10|der Fanhilfe}} in den sozialen Netzwerken {{c:c10|hieß es}}, {{q:indirect:fanhilfe:m10:c10|Teilausschlüsse hätten noch nie ein einziges Pyro-Problem gelöst}}. {{q:indirect:fanhilfe:-:-|Stattdessen brauche es endlich legale Abbrennflächen, wie sie in Skandinavien längst üblich seien}}.

Die Statistik der Deutschen Fußball Liga zeigt, dass die Zahl der Spielunterbrechungen wegen Pyrotechnik in dieser Saison erneut gestiegen ist. Allein in der 2. Bundesliga wurden bis zur Winterpause Geldstrafen von mehr als drei Millionen Euro verhängt.

Sportlich läuft es für Lüderitz ohnehin nicht rund: Die Mannschaft steht nach 24 Spieltagen auf Platz 15. Am Samstag empfängt sie den Tabellenzweiten – dann noch vor vollen Rängen. {{q:indirect:kovac:m11:c11|Die Mannschaft brauche die Unterstützung der Nordkurve gerade jetzt im Abstiegskampf}}, {{c:c11|sagte}} {{m:m11|Trainer Milan Kovač}}. {{m:m12|Er}} {{c:c12|appellierte}} an die Fans, {{q:indirect:kovac:m12:c12|im nächsten Heimspiel auf jede Form von Pyrotechnik zu verzichten}}.

Bildunterschrift: Rauchschwaden über der Nordtribüne: Das Derby war für 14 Minuten unterbrochen. Foto: Marius Becker/dpa
""",
)

article(
    "dex22_05_at_rechnungshof_hochwasser", "de-at/apa-landespolitik", "de",
    {"lrh": ["Landesrechnungshof", "Der Landesrechnungshof", "der Landesrechnungshof", "Die Prüfer", "die Prüfer", "des Landesrechnungshofs"],
     "pichlmaier": ["Andreas Pichlmaier", "Landesrechnungshofdirektor Andreas Pichlmaier", "Pichlmaier", "er", "Er"],
     "landesrat": ["Martin Url", "Landesrat Martin Url", "Url", "er", "Er"],
     "buero": ["Büro des Landesrats", "dem Büro des Landesrats"],
     "gruene": ["Grüne", "Die Grünen", "die Grünen"],
     "krautwaschl": ["Eva Lederer", "Grünen-Klubobfrau Eva Lederer", "Lederer", "sie", "Sie"],
     "fpoe": ["FPÖ", "Die FPÖ", "die FPÖ", "Die Freiheitlichen", "die Freiheitlichen"],
     "fuchs": ["Carina Fuchs", "Landtagsabgeordnete Carina Fuchs", "Fuchs"],
     "gemeindebund": ["Gemeindebund", "Der steirische Gemeindebund", "der Gemeindebund", "Der Gemeindebund", "Gemeindebund-Präsident Erwin Dirnberger"],
     "buergermeister": ["Josef Hirschmann", "Bürgermeister Josef Hirschmann", "Hirschmann", "er", "Er"]},
    """
Rechnungshof zerpflückt Hochwasserschutz-Programm des Landes

Projekte um bis zu 60 Prozent teurer, Förderungen ohne Kontrolle: Der steirische Landesrechnungshof übt scharfe Kritik. Der zuständige Landesrat weist die Vorwürfe zurück.

Graz (APA) – Der steirische Landesrechnungshof hat dem Land bei der Umsetzung seines Hochwasserschutz-Programms ein schlechtes Zeugnis ausgestellt. {{q:indirect?:lrh:m0:c0|Von 42 geprüften Projekten seien 29 deutlich teurer geworden als geplant, einige um bis zu 60 Prozent}}, {{c:c0|heißt es}} in dem am Mittwoch veröffentlichten Bericht {{m:m0|des Landesrechnungshofs}}. {{q:indirect?:lrh:-:-|Für die Mehrkosten gebe es in vielen Fällen keine nachvollziehbare Begründung}}.

{{m:m1|Landesrechnungshofdirektor Andreas Pichlmaier}} {{c:c1|sagte}} bei der Präsentation in Graz, {{q:indirect:pichlmaier:m1:c1|das Land habe sich zu sehr auf die Angaben der Gemeinden verlassen}}. „{{q:direct:pichlmaier:m2:c2|Es wurden Millionen ausgezahlt, ohne dass irgendjemand vor Ort nachgesehen hat, ob die Dämme auch so gebaut wurden, wie es im Antrag stand}}“, {{c:c2|sagte}} {{m:m2|er}}. {{q:indirect:pichlmaier:-:-|In drei Fällen habe man Förderungen für Maßnahmen festgestellt, die nie umgesetzt worden seien}}. {{m:m12|Die Prüfer}} {{c:c12|empfehlen}} unter anderem, {{q:indirect?:lrh:m12:c12|künftig stichprobenartige Kontrollen vor Ort durchzuführen}}.

Landesrat Martin Url (ÖVP), der für den Wasserbau zuständig ist, wies die Kritik zurück. {{q:indirect:landesrat:m4:c4|Die Kostensteigerungen gingen vor allem auf die stark gestiegenen Baupreise seit 2021 zurück, die niemand habe vorhersehen können}}, {{c:c4|sagte}} {{m:m4|Url}}. {{q:indirect:landesrat:-:-|Den Empfehlungen werde man aber folgen}}. Aus {{m:m5|dem Büro des Landesrats}} {{c:c5|hieß es}}, {{q:indirect:buero:m5:c5|ein neues Kontrollsystem sei bereits in Ausarbeitung und werde im Herbst vorgestellt}}.

Die Opposition sieht das anders. „{{q:direct:krautwaschl:m6:c6|Jahrelang hat man uns erzählt, beim Hochwasserschutz werde jeder Euro dreimal umgedreht. Jetzt wissen wir, dass das nicht stimmt}}“, {{c:c6|sagte}} {{m:m6|Grünen-Klubobfrau Eva Lederer}}. {{m:m7|Sie}} {{c:c7|forderte}}, {{q:indirect:krautwaschl:m7:c7|den Bericht im nächsten Kontrollausschuss ausführlich zu behandeln}}. {{m:m8|{{m:m8b|Die FPÖ}}}} {{c:c8|sprach}} von einem „{{q:direct:fpoe:m8:c8|Förder-Blindflug auf Kosten der Steuerzahler}}“ und {{c:c8b|verlangte}} {{q:indirect?:fpoe:m8b:c8b|personelle Konsequenzen in der zuständigen Abteilung}}.

Auch die Neos meldeten sich zu Wort. {{m:m13|Landtagsabgeordnete Carina Fuchs}} {{c:c13|sagte}}, {{q:indirect:fuchs:m13:c13|das Land brauche endlich ein zentrales Förderregister, in dem jede Zahlung öffentlich einsehbar sei}}. {{q:indirect:fuchs:-:-|Nur so lasse sich verlorenes Vertrauen zurückgewinnen}}.

Verständnis für das Land kommt dagegen von den Gemeinden. {{q:indirect:gemeindebund:m9:c9|Die kleinen Gemeinden hätten weder das Personal noch das Know-how, um Großprojekte dieser Art allein abzuwickeln}}, {{c:c9|sagte}} {{m:m9|Gemeindebund-Präsident Erwin Dirnberger}}. {{q:indirect:gemeindebund:-:-|Wer mehr Kontrolle wolle, müsse den Gemeinden auch mehr Unterstützung bei der Planung geben}}.

Wie dringend der Schutz ist, zeigt das Beispiel der Gemeinde Gratwein-Straßengel, die im Vorjahr zweimal überflutet wurde. {{m:m10|Bürgermeister Josef Hirschmann}} {{c:c10|erinnerte}} daran, dass {{q:indirect:buergermeister:m10:c10|damals mehr als 200 Keller unter Wasser standen}}. „{{q:direct:buergermeister:m11:c11|Mir ist ehrlich gesagt egal, ob der Damm fünf Prozent mehr kostet. Hauptsache, er steht, bevor das nächste Hochwasser kommt}}“, {{c:c11|sagte}} {{m:m11|er}}.

Die Daten des Hydrographischen Dienstes zeigen, dass Starkregenereignisse in der Steiermark in den vergangenen zwanzig Jahren deutlich häufiger geworden sind. Das Land will bis 2030 weitere 400 Millionen Euro in den Hochwasserschutz investieren, der Bund übernimmt davon wie bisher etwa die Hälfte.

Der vollständige Bericht des Landesrechnungshofs ist auf dessen Website abrufbar. Der Kontrollausschuss des Landtags tagt am 22. April.
""",
)
