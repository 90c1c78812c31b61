# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 5: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex5 import article

article(
    "dex5_01_landtag_schulgesetz", "de/online-landespolitik", "de",
    {"ministerin": "Annegret Wollschläger", "opposition": "Tobias Reinhardt-Öztürk",
     "gew": ["die GEW", "GEW", "Gewerkschaft Erziehung und Wissenschaft"], "vorsitzende": "Maren Thiessen",
     "elternrat": ["der Landeselternrat", "Landeselternrat"], "sprecher": ["ein Sprecher des Kultusministeriums", "Kultusministerium"],
     "gruene": "Sevim Aydın-Kraus", "koalition": ["Koalitionskreise", "Koalitionskreisen"]},
    """
Streit um Schulgesetz: Ministerin verteidigt Abschaffung der Förderschulen

Die Landesregierung will Kinder mit Förderbedarf künftig fast ausschließlich an Regelschulen unterrichten. Im Landtag prallen die Lager aufeinander.

Hannover. Kultusministerin Annegret Wollschläger (SPD) hat die umstrittene Reform des Schulgesetzes gegen scharfe Kritik verteidigt. {{q:indirect:ministerin:m1:c1|Die Inklusion sei kein Sparprogramm, sondern ein Versprechen an alle Kinder im Land}}, {{c:c1|sagte}} {{m:m1|die Ministerin}} am Donnerstag im Landtag. {{q:indirect:ministerin:-:-|Niemand werde gegen seinen Willen von einer Schule verwiesen}}. {{q:indirect:ministerin:-:-|Für den Übergang stünden bis 2029 rund 2400 zusätzliche Stellen für Sonderpädagogen bereit}}.

Die Opposition hält das für Schönfärberei. „{{q:direct:opposition:m2:c2|Sie schließen Schulen, die funktionieren, und schicken die Kinder in Klassen, in denen schon heute Lehrkräfte fehlen}}“, {{c:c2|rief}} {{m:m2|CDU-Bildungspolitiker Tobias Reinhardt-Öztürk}} in Richtung Regierungsbank. {{m:m3|Er}} {{c:c3|warf}} der Ministerin vor, {{q:indirect:opposition:m3:c3|die Bedenken von Eltern und Lehrkräften zu ignorieren}}.

{{m:m4|Reinhardt-Öztürk}} hatte bereits in der vergangenen Woche {{c:c4|erklärt}}, {{q:indirect:opposition:m4:c4|seine Fraktion werde notfalls vor den Staatsgerichtshof ziehen}}. Ob die Klage Aussicht auf Erfolg hat, ist unter Juristen umstritten.

Auch die Lehrergewerkschaft GEW ist skeptisch. {{m:m5|Die Landesvorsitzende Maren Thiessen}} {{c:c5|ist der Meinung}}, dass {{q:indirect:vorsitzende:m5:c5|die Reform im Grundsatz richtig, aber schlecht vorbereitet ist}}. {{q:indirect:vorsitzende:m6:c6|Viele Schulen haben weder barrierefreie Räume noch genügend Assistenzkräfte}}, {{c:c6|sagte}} {{m:m6|Thiessen}}. {{q:indirect:vorsitzende:m7:c7|Das Land müsse erst die Voraussetzungen schaffen und dann die Förderschulen schließen, nicht umgekehrt}}, {{c:c7|so}} {{m:m7|die Gewerkschafterin}}.

{{c:c8|Laut}} {{m:m8|Landeselternrat}} {{q:indirect:elternrat:m8:c8|haben sich bereits mehr als 18.000 Eltern an einer Online-Petition gegen die Pläne beteiligt}}. {{q:indirect:elternrat:m9:c9|Viele Familien fühlten sich von der Landesregierung nicht ernst genommen}}, {{c:c9|heißt es}} in {{m:m9|einer Stellungnahme des Gremiums}}.

Die Grünen, Koalitionspartner der SPD, tragen die Reform mit. {{m:m10|Die bildungspolitische Sprecherin Sevim Aydın-Kraus}} {{c:c10|machte}} aber deutlich, dass {{q:indirect:gruene:m10:c10|ihre Fraktion beim Personal nachbessern wolle}}. {{q:indirect:koalition:m11:c11|Die Verhandlungen darüber liefen bereits}}, {{c:c11|hieß es}} aus {{m:m11|Koalitionskreisen}}.

Wie {{m:m12|ein Sprecher des Kultusministeriums}} {{c:c12|mitteilte}}, {{q:indirect:sprecher:m12:c12|soll das Gesetz im Juni verabschiedet werden}}. {{q:indirect:sprecher:-:-|Die ersten Förderschulen würden dann zum Schuljahr 2026/27 auslaufen}}. Doch so weit ist es noch nicht: Die Anhörung im Kultusausschuss ist erst für Mai angesetzt, so dass noch Änderungen möglich sind.
""")


article(
    "dex5_02_blaulicht_tankstelle", "de/online-blaulicht", "de",
    {"polizei": ["die Polizei", "Polizei", "Polizeipräsidium Mittelfranken"],
     "sprecher": ["ein Polizeisprecher", "Polizeisprecher"],
     "zeugen": ["Zeugen", "Augenzeugen"],
     "paechter": "Ralf Ehrenreich",
     "staatsanwaltschaft": ["die Staatsanwaltschaft", "Staatsanwaltschaft Nürnberg-Fürth", "Staatsanwaltschaft"],
     "anwohnerin": ["eine Anwohnerin", "Anwohnerin"]},
    """
Überfall auf Tankstelle in Fürth: Täter bedroht Kassiererin mit Messer

Ein maskierter Mann hat am Dienstagabend eine Tankstelle in der Fürther Südstadt überfallen. Er erbeutete mehrere Hundert Euro und ist weiter auf der Flucht. Die Polizei sucht Zeugen.

Fürth. Wie {{m:m1|das Polizeipräsidium Mittelfranken}} am Mittwoch {{c:c1|mitteilte}}, {{q:indirect:polizei:m1:c1|betrat der Unbekannte gegen 21.40 Uhr den Verkaufsraum der Tankstelle in der Würzburger Straße}}. {{q:indirect:polizei:-:-|Er habe die 43 Jahre alte Kassiererin mit einem Küchenmesser bedroht und die Herausgabe des Bargelds verlangt}}.

{{c:c2|Laut}} {{m:m2|Polizei}} {{q:indirect:polizei:m2:c2|flüchtete der Mann anschließend zu Fuß in Richtung Stadtpark}}. {{m:m3|Zeugen}} {{c:c3|zufolge}} {{q:indirect:zeugen:m3:c3|trug er dabei eine schwarze Sporttasche}}. Eine sofort eingeleitete Fahndung mit mehreren Streifen und einem Hubschrauber blieb ohne Erfolg.

{{q:indirect:sprecher:m4:c4|Die Frau ist körperlich unverletzt geblieben, steht aber unter Schock}}, {{c:c4|sagte}} {{m:m4|ein Polizeisprecher}} auf Nachfrage. {{q:indirect:sprecher:-:-|Sie werde von einem Kriseninterventionsteam betreut}}. {{q:indirect:sprecher:-:-|Ob der Täter bereits für ähnliche Taten in Frage komme, prüfe die Kripo derzeit}}.

Der Gesuchte wird als etwa 1,80 Meter groß und schlank beschrieben. {{q:indirect:polizei:m5:c5|Er trug eine dunkle Sturmhaube, eine graue Jogginghose und weiße Turnschuhe und sprach gebrochen Deutsch}}, {{c:c5|heißt es}} in {{m:m5|der Pressemitteilung}}.

Tankstellenpächter Ralf Ehrenreich ist erschüttert. „{{q:direct:paechter:m6:c6|Meine Mitarbeiterin ist seit elf Jahren bei uns. So etwas ist hier noch nie passiert}}“, {{c:c6|sagte}} {{m:m6|der 57-Jährige}} unserer Redaktion. {{m:m7|Er}} {{c:c7|kündigte}} an, {{q:indirect?:paechter:m7:c7|die Nachtschicht künftig doppelt zu besetzen}}.

{{m:m8|Eine Anwohnerin}}, die den Hubschrauber über dem Viertel kreisen sah, {{c:c8|erzählte}}, {{q:indirect:anwohnerin:m8:c8|sie habe zunächst an einen Unfall auf der nahen Autobahn gedacht}}. {{q:indirect:anwohnerin:-:-|Erst am Morgen habe sie aus dem Radio von dem Überfall erfahren}}.

Die Staatsanwaltschaft Nürnberg-Fürth hat inzwischen die Ermittlungen übernommen. {{q:indirect:staatsanwaltschaft:m9:c9|Man gehe von einem Einzeltäter aus}}, {{c:c9|sagte}} {{m:m9|eine Sprecherin der Behörde}}. {{q:indirect:staatsanwaltschaft:-:-|Einen Zusammenhang mit einem Überfall auf einen Kiosk in Zirndorf vor zwei Wochen schließe man aber nicht aus}}.

Zeugen, die am Dienstagabend im Bereich der Würzburger Straße verdächtige Beobachtungen gemacht haben, werden gebeten, sich unter der Telefonnummer 0911 2112-3333 bei der Kriminalpolizei zu melden.
""")

article(
    "dex5_03_wirtschaft_werkzeugbauer", "de/online-wirtschaft", "de",
    {"unternehmen": ["die Heinsberg-Werke", "Heinsberg-Werke", "das Unternehmen"],
     "vorstand": "Clemens Waldhoff-Richter",
     "igm": ["die IG Metall", "IG Metall"],
     "bevollmaechtigter": "Yusuf Demirbağ",
     "betriebsrat": "Petra Albrecht-Nowak",
     "analyst": "Felix Saalfeld",
     "ministersprecher": ["ein Sprecher des Ministers", "Sprecher des Ministers"],
     "kreise": ["Unternehmenskreise", "Unternehmenskreisen"]},
    """
Heinsberg-Werke streichen 1100 Stellen – IG Metall kündigt Widerstand an

Der Werkzeugmaschinenbauer aus dem Sauerland steckt tief in der Krise. Zwei Standorte sollen schließen. {{m:m0|Die Gewerkschaft}} {{c:c0|spricht}} von einem „{{q:direct:igm:m0:c0|Kahlschlag}}“.

Arnsberg. {{q:indirect:unternehmen:m1:c1|Die Heinsberg-Werke wollen bis Ende 2027 rund 1100 ihrer knapp 4800 Stellen in Deutschland abbauen}}. Das {{c:c1|teilte}} {{m:m1|das Unternehmen}} am Montag in Arnsberg mit. {{q:indirect:unternehmen:m2:c2|Die Werke in Lippstadt und Menden sollen geschlossen, die Produktion nach Arnsberg und ins tschechische Pilsen verlagert werden}}, {{c:c2|hieß es}} in {{m:m2|einer Mitteilung}}.

Vorstandschef Clemens Waldhoff-Richter begründete den Schritt mit dem Einbruch der Aufträge aus der Autoindustrie. {{q:indirect:vorstand:m3:c3|Der Auftragseingang sei im vergangenen Jahr um fast ein Drittel gesunken}}, {{c:c3|sagte}} {{m:m3|er}}. {{q:indirect:vorstand:-:-|Eine Besserung sei vor 2027 nicht in Sicht}}. „{{q:direct:vorstand:m4:c4|Wir hätten uns diesen Schritt gern erspart. Aber wenn wir jetzt nicht handeln, gefährden wir das ganze Unternehmen}}“, {{c:c4|so}} {{m:m4|Waldhoff-Richter}}.

Die IG Metall reagierte empört. {{m:m5|Der Erste Bevollmächtigte Yusuf Demirbağ}} {{c:c5|sprach}} von einem „{{q:direct:bevollmaechtigter:m5:c5|Kahlschlag mit Ansage}}“. {{m:m6|Er}} {{c:c6|warf}} dem Vorstand vor, {{q:indirect:bevollmaechtigter:m6:c6|jahrelang die Umstellung auf neue Antriebe verschlafen zu haben}}. {{q:indirect:bevollmaechtigter:m7:c7|Die Beschäftigten sollen jetzt für Managementfehler bezahlen}}, {{c:c7|sagte}} {{m:m7|Demirbağ}}. {{m:m8|Die Gewerkschaft}} {{c:c8|warnte}} davor, dass {{q:indirect:igm:m8:c8|mit den Standorten auch das Know-how in der Region verloren gehe}}.

{{m:m9|Betriebsratschefin Petra Albrecht-Nowak}} hat den Beschäftigten {{c:c9|versprochen}}, {{q:indirect:betriebsrat:m9:c9|um jeden Arbeitsplatz zu kämpfen}}. {{q:indirect:betriebsrat:m10:c10|Der Betriebsrat sei erst am Freitagabend über die Pläne informiert worden}}, {{c:c10|kritisierte}} {{m:m10|sie}}. Aus {{m:m11|Unternehmenskreisen}} {{c:c11|hieß es}} dagegen, {{q:indirect:kreise:m11:c11|man habe die Arbeitnehmervertreter bereits seit Wochen auf harte Einschnitte vorbereitet}}.

Branchenbeobachter überrascht der Schritt kaum. {{q:indirect:analyst:m12:c12|Der Werkzeugmaschinenbau leide wie kaum eine andere Branche unter der Flaute in der Autoindustrie und der Konkurrenz aus China}}, {{c:c12|sagte}} {{m:m12|Felix Saalfeld}}, Analyst bei der Landesbank Westfalen. {{m:m13|Saalfeld}} {{c:c13|zufolge}} {{q:indirect:analyst:m13:c13|könnten weitere Mittelständler in den kommenden Monaten ähnliche Programme auflegen}}.

NRW-Wirtschaftsminister Bernd Kühnhold (CDU) zeigte sich betroffen. {{q:indirect:ministersprecher:m15:c15|Man stehe mit dem Unternehmen und der Gewerkschaft in engem Austausch}}, {{c:c15|sagte}} {{m:m15|ein Sprecher des Ministers}}. So schnell dürfte die Unruhe in Arnsberg aber nicht verfliegen.
""")

article(
    "dex5_04_sport_handball", "de/online-sport", "de",
    {"trainer": "Jens-Ole Brodersen", "kapitaen": "Niklas Feddersen", "torwart": "Aron Guðmundsson",
     "gasttrainer": "Stefan Kramp", "verein": ["der Verein", "Verein", "SG Flensburg-Nord"],
     "manager": "Holger Claußen"},
    """
Flensburg-Nord siegt im Krimi gegen Lübeck – Guðmundsson wird zum Helden

Die SG Flensburg-Nord hat das Nordderby gegen den THW Lübecker Bucht mit 29:28 gewonnen. Torwart Aron Guðmundsson hielt in der Schlussminute einen Siebenmeter.

Flensburg. Als der Ball in der letzten Sekunde in den Händen von Aron Guðmundsson landete, kannte der Jubel in der ausverkauften Halle keine Grenzen mehr. „{{q:direct:torwart:m1:c1|Ich habe einfach auf meinen Instinkt gehört. Der Werfer hat vorher dreimal nach links geworfen}}“, {{c:c1|sagte}} {{m:m1|der Isländer}} nach dem Spiel. „{{q:direct:torwart:m1:c1|Diesmal habe ich gepokert, und es hat geklappt.}}“

Lange hatte es nicht nach einem Sieg ausgesehen. Zur Pause lagen die Gastgeber mit 12:16 zurück. {{q:indirect:trainer:m2:c2|Die Mannschaft hat in der ersten Halbzeit viel zu hektisch gespielt}}, {{c:c2|räumte}} {{m:m2|Trainer Jens-Ole Brodersen}} ein. {{q:indirect:trainer:m3:c3|In der Kabine sei es dann laut geworden}}, {{c:c3|verriet}} {{m:m3|der 51-Jährige}}. {{q:indirect:trainer:-:-|Er habe den Spielern klargemacht, dass sie sich vor den eigenen Fans nicht verstecken dürften}}.

Die Ansprache wirkte. Angeführt von Kapitän Niklas Feddersen, der zehn Tore erzielte, kämpfte sich Flensburg zurück. „{{q:direct:kapitaen:m4:c4|Wir haben uns nicht aufgegeben. Das ist die Mentalität, die wir brauchen}}“, {{c:c4|sagte}} {{m:m4|Feddersen}} dem NDR. {{q:indirect:kapitaen:m5:c5|Seine Wade mache ihm zwar noch Probleme, {{c:c5|erklärte}} {{m:m5|er}}, für das Pokalspiel am Mittwoch sei er aber einsatzbereit}}.

Gästetrainer Stefan Kramp haderte mit den Schiedsrichtern. {{q:mixed:gasttrainer:m6:c6|In der Schlussphase habe es „zwei, drei Entscheidungen gegeben, die man so nicht pfeifen muss“}}, {{c:c6|kritisierte}} {{m:m6|er}}. {{m:m7|Kramp}} {{c:c7|betonte}} aber auch, {{q:indirect:gasttrainer:m7:c7|seine Mannschaft habe den Sieg in der zweiten Halbzeit selbst verschenkt}}. {{q:indirect:gasttrainer:m8:c8|Seine Mannschaft sei nach der Pause nicht mehr griffig genug gewesen}}, {{c:c8|so}} {{m:m8|der Coach}}.

{{c:c9|Laut}} {{m:m9|Verein}} {{q:indirect?:verein:m9:c9|verfolgten 6300 Zuschauer die Partie}}, so viele wie seit drei Jahren nicht mehr. Manager Holger Claußen ist überzeugt, dass das Derby der Mannschaft einen Schub für die restliche Saison geben wird. So weit will Brodersen noch nicht denken. „{{q:direct:trainer:m11:c11|Wir freuen uns heute Abend und dann geht der Blick nach vorn}}“, {{c:c11|sagte}} {{m:m11|er}}.
""")

article(
    "dex5_05_kommunal_windpark", "de/online-kommunal", "de",
    {"buergermeisterin": "Sabine Kettelhoit", "initiative": ["die Bürgerinitiative", "Bürgerinitiative Gegenwind Hümmling", "Initiative"],
     "sprecherin": "Gesine Brockmann", "investor": ["die Nordwind Energie GmbH", "Nordwind Energie", "Nordwind"],
     "geschaeftsfuehrer": "Marco Lüttmann", "landkreis": ["der Landkreis Emsland", "Landkreis", "Landkreis Emsland"],
     "ratsherr": "Heinrich Többen", "gutachten": ["ein Gutachten", "Gutachten"]},
    """
Gemeinderat stimmt für Windpark – Gegner wollen klagen

Nach monatelangem Streit hat der Rat in Sögel den Weg für sieben neue Windräder frei gemacht. {{m:m0|Die Bürgerinitiative}} {{c:c0|spricht}} von einer „{{q:direct:initiative:m0:c0|Entscheidung gegen die Menschen}}“.

Sögel. Mit zwölf zu neun Stimmen hat der Gemeinderat am Dienstagabend den Bebauungsplan für den Windpark Hümmlinger Heide beschlossen. {{m:m1|Bürgermeisterin Sabine Kettelhoit}} (parteilos) {{c:c1|verwies}} darauf, dass {{q:indirect:buergermeisterin:m1:c1|die Gemeinde jährlich mit rund 400.000 Euro an Einnahmen rechnen könne}}. {{q:indirect:buergermeisterin:-:-|Das Geld solle in Kitas und den Ausbau des Radwegenetzes fließen}}.

{{m:m2|Die Bürgerinitiative Gegenwind Hümmling}} {{c:c2|kündigte}} noch am Abend an, {{q:indirect?:initiative:m2:c2|gegen den Beschluss vor das Verwaltungsgericht Osnabrück zu ziehen}}. {{q:indirect:sprecherin:m3:c3|Die Windräder stünden viel zu nah an den Häusern, die Belastung durch Lärm und Schattenwurf sei nicht ausreichend untersucht worden}}, {{c:c3|sagte}} {{m:m3|Sprecherin Gesine Brockmann}}. {{m:m4|Sie}} {{c:c4|äußerte}} zudem die Sorge, dass {{q:indirect:sprecherin:m4:c4|die Grundstücke in Wohnnähe deutlich an Wert verlieren}}.

Ganz anders sieht das der Investor. {{m:m5|Nordwind-Geschäftsführer Marco Lüttmann}} {{c:c5|betonte}}, {{q:indirect:geschaeftsfuehrer:m5:c5|alle Abstände entsprächen den gesetzlichen Vorgaben}}. {{q:indirect:geschaeftsfuehrer:-:-|Man habe die Anlagen im Planungsverfahren sogar um 150 Meter von der Siedlung abgerückt}}. „{{q:direct:geschaeftsfuehrer:m6:c6|Wir wollen hier niemandem etwas aufzwingen. Aber die Energiewende findet nun mal auf dem Land statt}}“, {{c:c6|sagte}} {{m:m6|Lüttmann}}.

Im Rat war die Stimmung angespannt. {{m:m7|CDU-Ratsherr Heinrich Többen}}, der gegen den Plan stimmte, {{c:c7|kritisierte}}, {{q:indirect:ratsherr:m7:c7|die Verwaltung habe die Bürger zu spät beteiligt}}. {{q:indirect:ratsherr:m8:c8|Viele Menschen in den Ortsteilen fühlen sich überrumpelt}}, {{c:c8|sagte}} {{m:m8|Többen}}. Er hat nach eigenen Worten nichts gegen Windkraft, aber etwas gegen schlechte Planung.

{{m:m10|Einem Gutachten}} {{c:c10|zufolge}}, das die Gemeinde in Auftrag gegeben hatte, {{q:indirect?:gutachten:m10:c10|werden die Grenzwerte für Lärm an allen Wohnhäusern eingehalten}}. Die Initiative hält das Gutachten für lückenhaft.

Das letzte Wort hat nun der Landkreis Emsland, der die Anlagen genehmigen muss. {{c:c11|Nach}} Angaben {{m:m11|des Landkreises}} {{q:indirect:landkreis:m11:c11|könnte eine Entscheidung frühestens im Herbst fallen}}. {{q:indirect:buergermeisterin:m12:c12|Bis dahin, {{c:c12|so}} {{m:m12|die Bürgermeisterin}}, werde sie das Gespräch mit den Gegnern suchen}}.
""")

article(
    "dex5_06_ausland_gipfel", "de/online-ausland-dpa", "de",
    {"kanzler": "Friedrich Almeroth", "diplomaten": ["Diplomaten", "EU-Diplomaten", "Diplomatenkreise", "Diplomatenkreisen"],
     "kommission": ["die EU-Kommission", "EU-Kommission", "Kommission"], "praesidentin": "Ilse van Gemert",
     "premier": "Tamás Vörösmarty", "ministerpraesident": "Jean-Luc Morvan", "diplomat": ["ein EU-Diplomat", "EU-Diplomat"]},
    """
EU-Gipfel ringt um Milliardenhilfen – Ungarn blockiert weiter

Die Staats- und Regierungschefs der EU haben sich in Brüssel nicht auf neue Finanzhilfen einigen können. Kanzler Almeroth zeigt sich dennoch zuversichtlich.

Brüssel (dpa) – Der EU-Gipfel in Brüssel ist ohne Einigung über ein neues Hilfspaket zu Ende gegangen. {{q:indirect:diplomaten:m1:c1|Ungarns Regierungschef Tamás Vörösmarty habe bis zuletzt auf Zugeständnissen bei den eingefrorenen EU-Geldern für sein Land bestanden}}, {{c:c1|hieß es}} aus {{m:m1|Diplomatenkreisen}}. {{q:indirect:diplomaten:-:-|Ein Kompromissvorschlag der belgischen Ratspräsidentschaft sei in der Nacht gescheitert}}.

Bundeskanzler Friedrich Almeroth (CDU) gab sich nach den Beratungen dennoch optimistisch. „{{q:direct:kanzler:m3:c3|Wir sind näher an einer Lösung als vor zwei Tagen. Ich bin sicher, dass wir sie beim nächsten Treffen finden}}“, {{c:c3|sagte}} {{m:m3|er}} in der Nacht zu Freitag. {{q:indirect:kanzler:m4:c4|Europa dürfe sich von einem einzelnen Mitgliedstaat nicht erpressen lassen}}, {{c:c4|fügte}} {{m:m4|Almeroth}} hinzu.

Vörösmarty wies die Vorwürfe zurück. {{q:indirect:premier:m6:c6|Sein Land verteidige lediglich seine Rechte als Mitglied der Union}}, {{c:c6|sagte}} {{m:m6|er}} vor Journalisten. {{q:indirect:premier:-:-|Brüssel behandle Ungarn seit Jahren wie einen Schuldner und nicht wie einen Partner}}.

{{m:m7|Kommissionspräsidentin Ilse van Gemert}} ist nach eigenen Worten {{c:c7|der Ansicht}}, dass {{q:indirect:praesidentin:m7:c7|die Zeit für eine Einigung drängt}}. {{c:c8|Nach}} {{m:m8|ihren}} Angaben {{q:indirect:praesidentin:m8:c8|reichen die bisher bewilligten Mittel nur noch bis Ende März}}. {{q:indirect:kommission:m9:c9|Ohne neue Gelder müssten mehrere Programme für den Wiederaufbau gestoppt werden}}, {{c:c9|warnte}} {{m:m9|die Kommission}} in einem Papier, das der Deutschen Presse-Agentur vorliegt.

Frankreichs Präsident Jean-Luc Morvan schlug einen härteren Ton an. {{q:indirect:ministerpraesident:m10:c10|Wer die Regeln der Gemeinschaft nicht achte, könne nicht auf ihre Solidarität zählen}}, {{c:c10|sagte}} {{m:m10|Morvan}}. {{m:m11|Er}} {{c:c11|brachte}} erneut ins Gespräch, {{q:indirect?:ministerpraesident:m11:c11|Ungarn das Stimmrecht im Rat zu entziehen}}.

{{m:m12|Ein EU-Diplomat}} {{c:c12|sagte}}, {{q:indirect:diplomat:m12:c12|man werde nun versuchen, das Paket notfalls ohne Ungarn zu beschließen}}. {{q:indirect:diplomat:-:-|Das sei rechtlich kompliziert, aber möglich}}. Ein Sondergipfel ist für Anfang Februar geplant. Dann, so die Hoffnung in Berlin, könnte der Durchbruch gelingen.
""")
