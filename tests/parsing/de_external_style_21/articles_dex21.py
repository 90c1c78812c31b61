# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 21: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex21 import article

article(
    "dex21_01_ch_spital_geburten", "de-ch/regionalzeitung-gesundheit", "de",
    {"spitalverbund": ["Spitalverbund Zentralschweiz Süd", "Der Spitalverbund Zentralschweiz Süd", "der Verbund", "Der Verbund", "Spitalverbund"],
     "achermann": ["Beat Achermann", "Spitaldirektor Beat Achermann", "Achermann", "er", "Er"],
     "departement": ["Gesundheits- und Sozialdepartement", "Dem Gesundheits- und Sozialdepartement", "Departement"],
     "kaufmann": ["Regula Kaufmann", "Gesundheitsdirektorin Regula Kaufmann", "Kaufmann", "sie", "Sie"],
     "hebammenverband": ["Hebammenverband", "des Verbands", "Der Schweizerische Hebammenverband", "Verband"],
     "felder": ["Martina Felder", "Sektionspräsidentin Martina Felder", "Felder", "sie", "Sie"],
     "portmann": ["Toni Portmann", "Gemeindepräsident Toni Portmann", "Portmann", "seinen", "er", "Er"],
     "regierungsrat": ["Regierungsrat", "dem Regierungsrat"],
     "fachleute": ["Fachleute"],
     "bucher": ["Sandra Bucher", "Bucher", "sie", "Sie", "die 47-Jährige"]},
    """
Wolhusen verliert seine Geburtenabteilung

Ab April kommen im Entlebuch keine Kinder mehr im Spital zur Welt. Die Regierung stützt den Entscheid, Hebammen und Gemeinden wehren sich.

Bildunterschrift: Im Spital Wolhusen wurden im vergangenen Jahr noch 260 Kinder geboren. Bild: Pius Amrein

Corinne Zemp

Der Spitalverbund Zentralschweiz Süd schliesst die Geburtenabteilung am Standort Wolhusen per Ende März. {{q:indirect:spitalverbund:m0:c0|Die Zahl der Geburten sei in den letzten fünf Jahren von 410 auf 260 gesunken}}, {{c:c0|teilte}} {{m:m0|der Verbund}} am Dienstag mit. {{q:indirect:spitalverbund:-:-|Mit so wenigen Geburten lasse sich die geforderte Qualität rund um die Uhr nicht mehr sicherstellen}}. Werdende Mütter aus dem Entlebuch werden künftig an das Kantonsspital in Luzern oder nach Sursee verwiesen.

{{m:m1|Spitaldirektor Beat Achermann}} {{c:c1|räumte}} an einer Medienkonferenz ein, dass {{q:indirect:achermann:m1:c1|der Entscheid für die Region schmerzhaft sei}}. «{{q:direct:achermann:m2:c2|Wir haben uns das nicht leicht gemacht. Aber eine Geburtenabteilung, in der nachts eine einzige Hebamme Dienst hat, können wir nicht mehr verantworten}}», {{c:c2|sagte}} {{m:m2|er}}. {{q:indirect:achermann:-:-|Das Personal werde vollständig an andere Standorte übernommen, Kündigungen gebe es keine}}. {{q:indirect:achermann:-:-|Auch die gynäkologische Sprechstunde bleibe in Wolhusen bestehen}}.

Dem {{m:m3|Gesundheits- und Sozialdepartement}} {{c:c3|zufolge}} {{q:indirect:departement:m3:c3|hat der Regierungsrat den Entscheid bereits im Oktober zur Kenntnis genommen}}. {{m:m4|Gesundheitsdirektorin Regula Kaufmann}} {{c:c4|sagte}} gegenüber unserer Zeitung, {{q:indirect:kaufmann:m4:c4|die Grundversorgung im Entlebuch bleibe gewährleistet}}. «{{q:direct:kaufmann:m5:c5|Eine Geburt ist in den allermeisten Fällen planbar. Für die wenigen Notfälle haben wir den Rettungsdienst und den Helikopter}}», {{c:c5|sagte}} {{m:m5|sie}}. {{q:indirect:kaufmann:-:-|Der Kanton könne kein Spital zu einem Angebot zwingen, das medizinisch nicht mehr vertretbar sei}}.

Ganz anders sieht das der Schweizerische Hebammenverband. In einer Stellungnahme {{m:m6|des Verbands}} {{c:c6|heisst es}}, {{q:indirect:hebammenverband:m6:c6|die Schliessung verlängere die Anfahrtswege für rund 20 000 Einwohnerinnen und Einwohner um bis zu 45 Minuten}}. {{m:m7|Sektionspräsidentin Martina Felder}} {{c:c7|warf}} dem Spitalverbund vor, {{q:indirect:felder:m7:c7|die Region vor vollendete Tatsachen zu stellen}}. «{{q:direct:felder:m8:c8|Die Frauen im Entlebuch haben das gleiche Recht auf eine sichere Geburt wie jene in der Stadt}}», {{c:c8|so}} {{m:m8|Felder}} weiter. {{q:indirect:felder:-:-|Gerade im Winter, wenn die Strassen über den Glaubenberg oder durch das Tal verschneit seien, werde jede Minute zum Risiko}}.

Auch in den Gemeinden regt sich Widerstand. Die Gemeindepräsidenten aus dem Entlebuch haben eine Petition lanciert. «{{q:direct:portmann:m9:c9|Wir werden nicht einfach zuschauen, wie unser Tal Stück für Stück ausblutet. Zuerst die Post, dann die Bankfiliale, jetzt das Spital}}», {{c:c9|sagt}} {{m:m9|Gemeindepräsident Toni Portmann}} aus Escholzmatt. Nach {{m:m10|seinen}} {{c:c10|Angaben}} {{q:indirect:portmann:m10:c10|haben bereits mehr als 6000 Personen unterschrieben}}. {{m:m11|Er}} {{c:c11|äusserte}} die Erwartung, dass {{q:indirect:portmann:m11:c11|der Kantonsrat das Geschäft in der Februarsession traktandiert}}.

Aus {{m:m12|dem Regierungsrat}} {{c:c12|hiess es}}, {{q:indirect:regierungsrat:m12:c12|man werde die Petition selbstverständlich prüfen, an der Schliessung ändere sie aber nichts}}. {{m:m16|Der Spitalverbund}} {{c:c16|wies}} den Vorwurf zurück, {{q:indirect?:spitalverbund:m16:c16|die Landspitäler gezielt auszuhungern}}. {{q:indirect:spitalverbund:m13:c13|Der Standort Wolhusen werde im Gegenteil bis 2028 für 90 Millionen Franken erneuert}}, {{c:c13|betonte}} {{m:m13|der Verbund}}.

Die Zahlen des Bundesamts für Statistik zeigen, dass kleine Geburtenabteilungen landesweit unter Druck stehen: Seit 2010 haben in der Schweiz mehr als zwanzig Spitäler ihre Gebärsäle geschlossen, die meisten in ländlichen Regionen. {{m:m17|Fachleute}} {{c:c17|sprechen}} von {{q:indirect?:fachleute:m17:c17|einer schleichenden Zentralisierung, die politisch kaum je offen diskutiert werde}}.

Für die Hebamme Sandra Bucher, die seit 19 Jahren in Wolhusen arbeitet, ist der Entscheid ein Einschnitt. «{{q:direct:bucher:m14:c14|Ich habe hier Kinder auf die Welt begleitet, deren Mütter ich schon als Säuglinge im Arm hatte}}», {{c:c14|erzählt}} {{m:m14|sie}}. {{q:indirect:bucher:m15:c15|Ob sie nach Luzern wechsle, wisse sie noch nicht}}, {{c:c15|sagt}} {{m:m15|die 47-Jährige}}.

Mehr zum Thema

Spitalplanung: Kantonsrat verlangt Bericht zu den Landspitälern
""",
)

article(
    "dex21_02_quartalszahlen_logistik", "de/wirtschaftsressort-quartalszahlen", "de",
    {"vantor": ["Vantor Logistik", "Der Hamburger Logistikkonzern Vantor", "der Konzern", "Der Konzern", "Vantor", "das Unternehmen", "Unternehmensangaben"],
     "lindemann": ["Clara Lindemann", "Vorstandschefin Clara Lindemann", "Lindemann", "sie", "Sie", "die Managerin"],
     "brauckmann": ["Henrik Brauckmann", "Finanzvorstand Henrik Brauckmann", "Brauckmann", "er", "Er"],
     "verdi": ["Verdi", "Die Gewerkschaft Verdi", "die Gewerkschaft", "der Gewerkschaft"],
     "sommerfeld": ["Ilka Sommerfeld", "Verdi-Landesfachbereichsleiterin Ilka Sommerfeld", "Sommerfeld", "sie", "Sie"],
     "pohl": ["Dominik Pohl", "Analyst Dominik Pohl", "Pohl", "er", "Er"],
     "finanzkreise": ["Finanzkreisen"],
     "betriebsrat": ["Betriebsrat", "Der Betriebsrat", "des Betriebsrats"]},
    """
Vantor verdient weniger – und streicht 600 Stellen

Der Hamburger Logistikkonzern leidet unter fallenden Frachtraten. Die Aktie verliert zeitweise neun Prozent, die Gewerkschaft droht mit Protesten.

Von Jan-Ole Petersen

Hamburg. Der Hamburger Logistikkonzern Vantor hat im dritten Quartal deutlich weniger verdient als erwartet. {{q:indirect:vantor:-:c0|Das operative Ergebnis (Ebit) fiel nach {{c:c0|Unternehmensangaben}} um 23 Prozent auf 118 Millionen Euro, der Umsatz ging um sechs Prozent auf 2,4 Milliarden Euro zurück}}. Analysten hatten im Schnitt mit einem Ebit von 140 Millionen Euro gerechnet.

{{m:m1|Vorstandschefin Clara Lindemann}} {{c:c1|begründete}} den Rückgang mit {{q:indirect?:lindemann:m1:c1|den stark gefallenen Frachtraten in der Seefracht und der schwachen Industrieproduktion in Europa}}. „{{q:direct:lindemann:m2:c2|Wir bewegen uns in einem Markt, in dem die Preise schneller fallen, als wir unsere Kosten anpassen können}}“, {{c:c2|sagte}} {{m:m2|sie}} am Mittwoch bei der Vorlage der Zahlen. {{q:indirect:lindemann:-:-|Eine Erholung zeichne sich frühestens für das Frühjahr ab}}. {{q:indirect:lindemann:-:-|Bis dahin müsse Vantor seine Strukturen straffen}}.

Konkret heißt das: {{q:indirect:vantor:m3:c3|In der Verwaltung und in zwei Umschlaglagern in Bremen und Duisburg sollen bis Ende 2026 rund 600 von weltweit 21.000 Stellen wegfallen}}, wie {{m:m3|der Konzern}} {{c:c3|mitteilte}}. {{q:indirect:vantor:-:-|Betriebsbedingte Kündigungen wolle man nach Möglichkeit vermeiden}}. {{m:m4|Finanzvorstand Henrik Brauckmann}} {{c:c4|bestätigte}} die Prognose für das Gesamtjahr, {{q:indirect:brauckmann:m4:c4|allerdings nur noch am unteren Ende der Spanne von 480 bis 520 Millionen Euro Ebit}}. Das Sparprogramm, {{c:c5|sagte}} {{m:m5|er}} in einer Telefonkonferenz mit Analysten, {{q:indirect:brauckmann:m5:c5|solle ab 2027 jährlich rund 70 Millionen Euro einsparen}}. Die Kosten für den Umbau {{c:c14|bezifferte}} {{m:m14|er}} {{q:indirect?:brauckmann:m14:c14|auf einmalig 45 Millionen Euro}}.

Die Gewerkschaft Verdi reagierte mit scharfer Kritik. „{{q:direct:sommerfeld:m6:c6|Die Beschäftigten haben in der Pandemie die Lieferketten am Laufen gehalten, und jetzt sollen sie die Rechnung für sinkende Preise zahlen}}“, {{c:c6|sagte}} {{m:m6|Verdi-Landesfachbereichsleiterin Ilka Sommerfeld}}. {{m:m7|Sie}} {{c:c7|warf}} dem Vorstand vor, {{q:indirect:sommerfeld:m7:c7|den Abbau ohne jede Absprache mit dem Betriebsrat beschlossen zu haben}}. {{q:indirect:sommerfeld:-:-|Die Gewerkschaft werde in den nächsten Wochen zu Protestaktionen an den betroffenen Standorten aufrufen}}. In einer Mitteilung {{m:m8|des Betriebsrats}} {{c:c8|hieß es}}, {{q:indirect:betriebsrat:m8:c8|man sei erst am Dienstagabend über die Pläne informiert worden}}.

Lindemann wies den Vorwurf zurück. {{q:indirect:lindemann:m9:c9|Der Betriebsrat sei frühzeitig eingebunden gewesen, die Gespräche hätten bereits im September begonnen}}, {{c:c9|sagte}} {{m:m9|die Managerin}}.

An der Börse kamen die Zahlen schlecht an. Die Aktie fiel zeitweise um neun Prozent auf 31,40 Euro und war damit schwächster Wert im SDax. {{m:m10|Analyst Dominik Pohl}} von der Landesbank Hessen-Thüringen {{c:c10|sprach}} von einem „{{q:direct:pohl:m10:c10|Quartal zum Vergessen}}“. {{q:indirect:pohl:m11:c11|Das Unternehmen habe zu lange auf eine schnelle Erholung der Frachtraten gesetzt}}, {{c:c11|schrieb}} {{m:m11|er}} in einer Kurzstudie. {{q:indirect:pohl:-:-|Das Sparprogramm sei richtig, komme aber mindestens ein Jahr zu spät}}. In {{m:m12|Finanzkreisen}} {{c:c12|hieß es}}, {{q:indirect:finanzkreise:m12:c12|ein Verkauf der defizitären Kontraktlogistik werde im Vorstand inzwischen offen diskutiert}}. Ein Konzernsprecher wollte das nicht kommentieren.

Die Zahlen zeigen, wie abhängig das Geschäft inzwischen von der Seefracht ist: Mehr als die Hälfte des Umsatzes erwirtschaftet Vantor mit Containertransporten zwischen Asien und Europa. Im Vorjahr hatte der Konzern noch von Engpässen im Roten Meer profitiert, die die Preise in die Höhe getrieben hatten.

Lindemann, seit gut einem Jahr an der Spitze, zeigte sich dennoch zuversichtlich. „{{q:direct:lindemann:m13:c13|Wir haben eine starke Bilanz und kaum Schulden. Wir werden aus dieser Phase gestärkt herauskommen}}“, {{c:c13|betonte}} {{m:m13|sie}}. {{q:indirect?:lindemann:m15:c15|Dividendenkürzungen}} {{c:c15|schloss}} {{m:m15|sie}} vorerst aus.

Lesen Sie auch: Hafen Hamburg verliert weiter Marktanteile an Rotterdam
""",
)

article(
    "dex21_03_polizei_schockanrufe", "de/regionalzeitung-polizei", "de",
    {"polizei": ["Polizeipräsidium Ulm", "Das Polizeipräsidium Ulm", "die Polizei", "Die Polizei", "Polizei", "Polizeiangaben", "der Behörde", "die Behörde", "Die Behörde"],
     "lka": ["Landeskriminalamt", "des Landeskriminalamts", "LKA", "das LKA", "Das LKA"],
     "staatsanwaltschaft": ["Staatsanwaltschaft Ulm", "Die Staatsanwaltschaft Ulm", "die Staatsanwaltschaft", "Die Staatsanwaltschaft", "der Staatsanwaltschaft"],
     "kessler": ["Miriam Keßler", "Polizeisprecherin Miriam Keßler", "Keßler", "sie", "Sie"],
     "albrecht": ["Gernot Albrecht", "Oberstaatsanwalt Gernot Albrecht", "Albrecht", "er", "Er"],
     "wanner": ["Herta Wanner", "Wanner", "sie", "Sie", "Die 84-Jährige", "die 84-Jährige"],
     "sparkasse": ["Sparkasse Ulm", "Die Sparkasse Ulm", "die Sparkasse", "Ein Sprecher der Sparkasse", "ein Sprecher der Sparkasse"],
     "verbraucherzentrale": ["Verbraucherzentrale Baden-Württemberg", "Die Verbraucherzentrale Baden-Württemberg", "die Verbraucherzentrale", "Die Verbraucherzentrale"],
     "ermittler": ["Ermittler", "der Ermittler"]},
    """
Falsche Polizisten erbeuten 400.000 Euro – Ermittler warnen vor neuer Anrufwelle

In Ulm und im Alb-Donau-Kreis häufen sich die sogenannten Schockanrufe. Eine Seniorin erzählt, wie sie beinahe ihr Erspartes verloren hätte.

Von Tobias Häfele

Ulm. Seit Anfang Oktober haben Betrüger im Raum Ulm mit erfundenen Notlagen mindestens 400.000 Euro erbeutet. {{q:indirect:polizei:-:c0|In 31 Fällen seien ältere Menschen {{c:c0|nach Polizeiangaben}} um Geld oder Schmuck gebracht worden, in mehr als 200 weiteren Fällen sei es beim Versuch geblieben}}. {{q:indirect:polizei:m1:c1|Die Täter gäben sich meist als Polizeibeamte oder Staatsanwälte aus und behaupteten, ein naher Angehöriger habe einen tödlichen Unfall verursacht}}, {{c:c1|teilte}} {{m:m1|das Polizeipräsidium Ulm}} am Montag mit. {{q:indirect:polizei:-:-|Gegen eine hohe Kaution komme das Kind oder Enkelkind sofort frei}}.

„{{q:direct:kessler:m2:c2|Die Anrufer sind hervorragend geschult, sie bauen innerhalb von Minuten einen enormen Druck auf}}“, {{c:c2|sagte}} {{m:m2|Polizeisprecherin Miriam Keßler}}. {{q:indirect:kessler:-:-|Oft blieben die Betrüger über Stunden in der Leitung, damit die Opfer niemanden anrufen könnten}}. {{m:m3|Die Behörde}} {{c:c3|rät}}, {{q:indirect:polizei:m3:c3|bei solchen Anrufen sofort aufzulegen und die echte Polizei unter 110 zu verständigen}}.

{{q:indirect?:ermittler:m15:c15|Hinter den Anrufen stecken {{c:c15|nach Einschätzung}} {{m:m15|der Ermittler}} professionelle Banden}}. In einem Lagebild {{m:m4|des Landeskriminalamts}} {{c:c4|heißt es}}, {{q:indirect:lka:m4:c4|die Callcenter säßen überwiegend in der Türkei und in Polen, die Geldabholer würden kurzfristig über Messengerdienste angeworben}}. {{q:indirect:lka:-:-|Die Zahl der Schockanrufe habe sich in Baden-Württemberg binnen zwei Jahren mehr als verdoppelt}}. {{m:m16|Das LKA}} {{c:c16|zählte}} {{q:indirect?:lka:m16:c16|im vergangenen Jahr landesweit rund 4800 Fälle}}.

Wie knapp es werden kann, zeigt der Fall von Herta Wanner. Die 84-Jährige aus Blaubeuren erhielt Mitte Oktober einen Anruf von einer weinenden Frau. „{{q:direct:wanner:m5:c5|Ich war mir ganz sicher, dass das meine Tochter ist. Sie hat geschluchzt und gesagt, sie habe eine Radfahrerin totgefahren}}“, {{c:c5|erzählt}} {{m:m5|sie}}. {{q:indirect:wanner:-:-|Dann habe ein angeblicher Staatsanwalt übernommen}}. {{q:indirect:wanner:-:-|Er habe 60.000 Euro verlangt, sonst müsse die Tochter noch am selben Abend in Untersuchungshaft}}. Wanner fuhr mit dem Taxi zu ihrer Bank.

Dort wurde eine Mitarbeiterin stutzig. {{q:indirect:sparkasse:m6:c6|Die Kundin habe ungewöhnlich nervös gewirkt und die Summe in bar verlangt}}, {{c:c6|sagte}} {{m:m6|ein Sprecher der Sparkasse Ulm}}. {{q:indirect:sparkasse:-:-|Die Beraterin habe daraufhin die Polizei verständigt, die wenige Minuten später in der Filiale gewesen sei}}. {{q:indirect:sparkasse:m7:c7|{{m:m7|Die Sparkasse}} schult ihre Beschäftigten {{c:c7|nach eigenen Angaben}} seit zwei Jahren gezielt auf solche Situationen}}.

Lauter Protest kommt unterdessen von der Verbraucherzentrale. {{m:m8|Sie}} {{c:c8|fordert}}, dass {{q:indirect:verbraucherzentrale:m8:c8|Telefonanbieter verdächtige Anrufe aus dem Ausland künftig deutlicher kennzeichnen müssen}}. {{m:m9|Die Verbraucherzentrale Baden-Württemberg}} {{c:c9|weist}} zudem darauf hin, dass {{q:indirect:verbraucherzentrale:m9:c9|echte Polizeibeamte niemals Geld oder Wertgegenstände zur Aufbewahrung abholen}}.

Mehrere Abholer sind inzwischen gefasst. {{m:m10|Die Staatsanwaltschaft Ulm}} hat gegen vier Männer im Alter zwischen 19 und 26 Jahren {{q:indirect?:staatsanwaltschaft:m10:c10|Anklage wegen gewerbs- und bandenmäßigen Betrugs}} {{c:c10|erhoben}}. „{{q:direct:albrecht:m11:c11|Die Abholer sind das letzte Glied der Kette. An die Hintermänner kommen wir nur mit viel Geduld und mit Hilfe unserer Partner im Ausland}}“, {{c:c11|sagte}} {{m:m11|Oberstaatsanwalt Gernot Albrecht}}. {{q:indirect:albrecht:m12:c12|Ein Ermittlungsverfahren gegen mutmaßliche Drahtzieher in Izmir laufe bereits}}, {{c:c12|fügte}} {{m:m12|er}} hinzu. {{q:indirect:albrecht:-:-|Einzelheiten könne er aus ermittlungstaktischen Gründen nicht nennen}}.

Die Statistik der Polizei zeigt allerdings auch, dass die Aufklärungsquote bei diesen Delikten gering ist: Nur in jedem fünften Fall wird ein Tatverdächtiger ermittelt.

Herta Wanner hat ihre Lehre gezogen. Seit dem Anruf steht neben ihrem Telefon ein Zettel mit den Nummern ihrer Kinder. {{q:indirect:wanner:m13:c13|Sie rufe jetzt immer zurück, egal wer dran sei}}, {{c:c13|sagt}} {{m:m13|sie}}. „{{q:direct:wanner:-:-|Lieber bin ich einmal zu misstrauisch als einmal zu dumm.}}“

Info: Die Polizei bietet in Ulm am 12. November einen Vortrag zum Schutz vor Trickbetrug an. Eintritt frei.
""",
)

article(
    "dex21_04_dpa_agrardiesel", "de/dpa-meldung-politik", "de",
    {"ministerium": ["Bundeslandwirtschaftsministerium", "Das Bundeslandwirtschaftsministerium", "das Ministerium", "Dem Ministerium", "dem Ministerium", "des Ministeriums"],
     "hoffmann": ["Katrin Hoffmann", "Staatssekretärin Katrin Hoffmann", "Hoffmann", "sie", "Sie", "die Politikerin"],
     "bauernverband": ["Deutscher Bauernverband", "Der Deutsche Bauernverband", "der Bauernverband", "Der Bauernverband", "des Bauernverbands", "Bauernverband", "DBV", "des Verbands"],
     "rieger": ["Klaus Rieger", "Bauernpräsident Klaus Rieger", "Rieger", "er", "Er"],
     "nabu": ["Nabu", "Der Naturschutzbund Nabu", "der Naturschutzbund", "Naturschutzbund"],
     "brandt": ["Johanna Brandt", "Nabu-Agrarexpertin Johanna Brandt", "Brandt", "sie", "Sie"],
     "regierungskreise": ["Regierungskreisen"],
     "union": ["Union", "Die Union", "die Union", "Unionsfraktion"],
     "weidinger": ["Markus Weidinger", "Unionsfraktionsvize Markus Weidinger", "Weidinger", "er", "Er"],
     "stmelf": ["Bayerisches Landwirtschaftsministerium", "Das bayerische Landwirtschaftsministerium", "Landwirtschaftsministerium"],
     "loewe": ["Petra Löwe", "Niedersachsens Agrarministerin Petra Löwe", "Löwe", "sie", "Sie"]},
    """
Bund will Agrardiesel-Rückerstattung schrittweise abschaffen

BERLIN (dpa) - Die Bundesregierung will die Steuerrückerstattung für Agrardiesel bis 2029 schrittweise auslaufen lassen. {{q:indirect:ministerium:m0:c0|Das spare dem Bund nach voller Umsetzung rund 440 Millionen Euro im Jahr}}, {{c:c0|teilte}} {{m:m0|das Bundeslandwirtschaftsministerium}} am Freitag in Berlin mit. {{q:indirect:ministerium:-:-|Im Gegenzug sollten die Betriebe bei der Bürokratie entlastet und Investitionen in klimafreundliche Maschinen stärker gefördert werden}}. Der Entwurf soll nach dpa-Informationen am Mittwoch im Kabinett beraten werden.

{{q:indirect:ministerium:-:c1|Die Entlastungen summieren sich {{c:c1|dem Ministerium zufolge}} auf etwa 250 Millionen Euro pro Jahr}}. {{m:m2|Staatssekretärin Katrin Hoffmann}} (Grüne) {{c:c2|verteidigte}} {{q:indirect?:hoffmann:m2:c2|die Pläne}}. „{{q:direct:hoffmann:m3:c3|Niemand macht sich diese Entscheidung leicht. Aber wir können nicht auf der einen Seite klimaschädliche Subventionen abbauen wollen und auf der anderen Seite eine Branche komplett ausnehmen}}“, {{c:c3|sagte}} {{m:m3|sie}} der Deutschen Presse-Agentur. {{q:indirect:hoffmann:m4:c4|Für kleine Höfe werde es eine Härtefallregelung geben}}, {{c:c4|betonte}} {{m:m4|die Politikerin}}.

Der Deutsche Bauernverband reagierte mit scharfer Ablehnung. {{q:indirect:bauernverband:m6:c6|Die Landwirte würden damit zum zweiten Mal binnen zwei Jahren zur Kasse gebeten}}, {{c:c6|hieß es}} in einer Erklärung {{m:m6|des Verbands}}. {{m:m7|Bauernpräsident Klaus Rieger}} {{c:c7|kündigte}} an, {{q:mixed:rieger:m7:c7|man werde „mit allen demokratischen Mitteln“ gegen das Vorhaben kämpfen}}. {{q:indirect:rieger:m8:c8|Die Bauern hätten, {{c:c8|sagte}} {{m:m8|er}}, schon die letzte Kürzung nur mit Mühe verkraftet}}. {{q:indirect:rieger:-:-|Viele Betriebe stünden wegen der niedrigen Erzeugerpreise ohnehin mit dem Rücken zur Wand}}. {{q:indirect?:rieger:m16:c16|Proteste wie im Winter 2024}} {{c:c16|schloss}} {{m:m16|er}} nicht aus.

Unterstützung kam von Umweltverbänden. {{q:indirect:nabu:m9:c9|Der Abbau sei überfällig und sozial vertretbar, wenn das Geld in der Landwirtschaft bleibe}}, {{c:c9|erklärte}} {{m:m9|der Naturschutzbund Nabu}}. {{m:m10|Nabu-Agrarexpertin Johanna Brandt}} {{c:c10|äußerte}} die Erwartung, dass {{q:indirect:brandt:m10:c10|die Einsparungen vollständig in den Umbau der Tierhaltung fließen}}. „{{q:direct:brandt:m11:c11|Wer jetzt wieder Traktoren vor das Brandenburger Tor stellt, verteidigt ein System, das den Höfen selbst am wenigsten nützt}}“, {{c:c11|so}} {{m:m11|Brandt}}.

Innerhalb der Koalition ist der Plan offenbar umstritten. Aus {{m:m12|Regierungskreisen}} {{c:c12|hieß es}}, {{q:indirect:regierungskreise:m12:c12|das Finanzministerium habe auf einem schnelleren Auslaufen bestanden, das Agrarressort habe die Frist bis 2029 erst in der Nacht durchgesetzt}}. Eine offizielle Bestätigung gab es dafür nicht.

{{m:m13|Die Union}} {{c:c13|warf}} der Regierung vor, {{q:indirect:union:m13:c13|die Landwirtschaft zum Sparschwein des Haushalts zu machen}}. „{{q:direct:weidinger:m14:c14|Die Ampel hat mit dem Agrardiesel die größten Bauernproteste seit Jahrzehnten ausgelöst. Diese Regierung hat daraus offenbar nichts gelernt}}“, {{c:c14|sagte}} {{m:m14|Unionsfraktionsvize Markus Weidinger}} (CSU). {{q:indirect:weidinger:m15:c15|Die Forderung der Union, die Rückerstattung dauerhaft beizubehalten, stehe, wie {{m:m15|Weidinger}} {{c:c15|betonte}}, weiter}}.

Auch aus den Ländern kam Kritik. {{m:m17|Das bayerische Landwirtschaftsministerium}} {{c:c17|erklärte}}, {{q:indirect:stmelf:m17:c17|der Bund lasse die Länder mit den Folgen allein}}. {{q:indirect:stmelf:-:-|Besonders betroffen seien Grünland- und Milchviehbetriebe im Alpenvorland, die viel Diesel verbrauchten}}. {{m:m18|Niedersachsens Agrarministerin Petra Löwe}} (SPD) {{c:c18|nannte}} {{q:mixed:loewe:m18:c18|den Zeitplan dagegen „ambitioniert, aber machbar“}}. {{q:indirect:loewe:m19:c19|Entscheidend sei, dass die Förderprogramme rechtzeitig bereitstünden}}, {{c:c19|sagte}} {{m:m19|sie}} in Hannover.

Agrardiesel ist Diesel, der in land- und forstwirtschaftlichen Betrieben verbraucht wird. Die Betriebe können sich bislang einen Teil der Energiesteuer zurückerstatten lassen. Die Zahlen des Statistischen Bundesamts zeigen, dass die Zahl der Höfe in Deutschland seit 2010 um rund ein Fünftel gesunken ist.

dpa kl/mkr yydd n1 bra
""",
)

article(
    "dex21_05_at_gericht_lawine", "de-at/regionalzeitung-gericht", "de",
    {"gericht": ["Schöffensenat", "Der Schöffensenat", "der Senat", "Der Senat", "das Gericht", "Das Gericht", "Landesgericht Innsbruck"],
     "pichler": ["Andrea Pichler", "Richterin Andrea Pichler", "Pichler", "sie", "Sie", "die Vorsitzende", "Die Vorsitzende"],
     "angeklagter": ["Angeklagter", "Der Angeklagte", "der Angeklagte", "Der 41-Jährige", "der 41-Jährige", "er", "Er", "der Bergführer"],
     "haas": ["Stefan Haas", "Verteidiger Stefan Haas", "Haas", "er", "Er"],
     "staatsanwaltschaft": ["Staatsanwaltschaft Innsbruck", "Die Staatsanwaltschaft", "die Staatsanwaltschaft"],
     "sachverstaendiger": ["Sachverständiger", "Der Sachverständige", "der Sachverständige", "Der Gutachter", "der Gutachter", "er", "Er"],
     "moser": ["Verena Moser", "Staatsanwältin Verena Moser", "Moser"],
     "lawinenwarndienst": ["Lawinenwarndienst Tirol", "Der Lawinenwarndienst Tirol", "der Lawinenwarndienst", "des Lawinenwarndiensts"],
     "bergfuehrerverband": ["Tiroler Bergsportführerverband", "Der Tiroler Bergsportführerverband", "der Verband", "Der Verband", "des Verbands"]},
    """
Lawinentod im Sellrain: Bergführer zu bedingter Haft verurteilt

Fünf Monate bedingt und eine Geldstrafe: {{m:m13|Der Schöffensenat}} {{c:c13|sah es als erwiesen an}}, dass {{q:indirect?:gericht:m13:c13|der 41-Jährige die Warnstufe ignoriert hatte}}. Das Urteil ist nicht rechtskräftig.

Von Lukas Gstrein

Innsbruck – Knapp ein Jahr nach dem Lawinenunglück im Sellraintal, bei dem ein deutscher Skitourengeher ums Leben kam, ist der damals führende Bergführer am Landesgericht Innsbruck wegen grob fahrlässiger Tötung verurteilt worden. {{m:m0|Der Schöffensenat}} {{c:c0|verhängte}} am Donnerstag {{q:indirect?:gericht:m0:c0|fünf Monate bedingte Haft und eine Geldstrafe von 7200 Euro}}.

In ihrer Urteilsbegründung {{c:c1|hielt}} {{m:m1|Richterin Andrea Pichler}} fest, dass {{q:indirect:pichler:m1:c1|der Angeklagte an jenem Morgen über alle nötigen Informationen verfügt habe}}. {{q:indirect:pichler:-:-|Der Lawinenwarndienst habe für die Hänge oberhalb von 2400 Metern die Stufe drei ausgegeben und ausdrücklich vor frischen Triebschneeansammlungen in Nordhängen gewarnt}}. {{q:indirect:pichler:-:-|Trotzdem sei er mit seiner sechsköpfigen Gruppe in einen 38 Grad steilen Nordhang eingefahren}}. „{{q:direct:pichler:m2:c2|Es geht hier nicht darum, einen Menschen für ein Naturereignis zu bestrafen. Es geht darum, dass ein Profi eine Entscheidung getroffen hat, die ein Profi nicht treffen darf}}“, {{c:c2|sagte}} {{m:m2|die Vorsitzende}}.

Der Angeklagte hatte sich zu Prozessbeginn nicht schuldig bekannt. {{q:indirect:angeklagter:m3:c3|Er habe die Schneedecke am Vortag selbst geprüft und keine Hinweise auf eine Schwachschicht gefunden}}, {{c:c3|sagte}} {{m:m3|der 41-Jährige}} vor Gericht. {{q:indirect:angeklagter:-:-|Den Tod seines Gastes werde er sich nie verzeihen}}. Mehrmals brach ihm dabei die Stimme.

Entscheidend für den Senat war das Gutachten. {{q:indirect:sachverstaendiger:m4:c4|Der Hang sei an jenem Tag für jeden erfahrenen Bergführer als kritisch erkennbar gewesen}}, {{c:c4|erklärte}} {{m:m4|der Sachverständige}} in der Verhandlung. {{q:indirect:sachverstaendiger:-:-|Eine sichere Alternative über den flacheren Rücken im Osten hätte es gegeben}}. {{q:indirect:sachverstaendiger:-:-|Sie hätte die Gruppe nur eine knappe halbe Stunde mehr gekostet}}.

{{m:m5|Verteidiger Stefan Haas}} {{c:c5|kündigte}} noch im Gerichtssaal {{q:indirect?:haas:m5:c5|Berufung}} an. „{{q:direct:haas:m6:c6|Mit diesem Urteil wird das Restrisiko, das jeder Bergsport mit sich bringt, zur Straftat erklärt}}“, {{c:c6|sagte}} {{m:m6|er}}. {{q:indirect:haas:-:-|Sein Mandant habe nach bestem Wissen gehandelt, das Gutachten beruhe auf einer Rückschau, die am Unglückstag niemand gehabt habe}}. {{m:m7|Die Staatsanwaltschaft}} {{c:c7|gab}} {{q:indirect?:staatsanwaltschaft:m7:c7|keine Erklärung}} ab. {{m:m8|Staatsanwältin Verena Moser}} hatte in ihrem Schlussvortrag {{c:c8|gefordert}}, {{q:indirect?:moser:m8:c8|eine unbedingte Haftstrafe zu verhängen}}.

Der Prozess wurde in der Bergsportszene aufmerksam verfolgt. Der Tiroler Bergsportführerverband zeigte sich besorgt. {{q:indirect:bergfuehrerverband:m10:c10|Urteile wie dieses würden dazu führen, dass Bergführer im Zweifel gar nicht mehr ausrücken}}, {{c:c10|hieß es}} in einer Aussendung {{m:m10|des Verbands}}. {{q:indirect:bergfuehrerverband:-:-|Gerade in der Ausbildung werde man die Dokumentation von Entscheidungen im Gelände künftig noch stärker betonen}}.

{{m:m11|Der Lawinenwarndienst Tirol}} {{c:c11|wies}} unterdessen darauf hin, dass {{q:indirect:lawinenwarndienst:m11:c11|heuer bereits neun Menschen in Tirols Bergen unter Lawinen ums Leben gekommen sind}}. {{q:indirect:lawinenwarndienst:m12:c12|Die meisten Unfälle ereigneten sich {{c:c12|laut}} {{m:m12|Lawinenwarndienst}} bei Warnstufe drei}}. {{q:indirect:lawinenwarndienst:-:-|Diese werde von vielen Wintersportlern unterschätzt, weil sie im Lagebericht nur als erhebliche Gefahr bezeichnet werde}}.

Die Statistik des Kuratoriums für alpine Sicherheit zeigt, dass die Zahl der Lawinentoten in Österreich langfristig zwar sinkt, in schneereichen Wintern aber deutlich ausschlägt.

Die Witwe des Verunglückten verfolgte den Prozess als Privatbeteiligte. Ihr sprach das Gericht ein Teilschmerzengeld von 20.000 Euro zu. Nach der Verhandlung wollte sie sich nicht äußern.

Foto: APA/Expa/Johann Groder
""",
)
