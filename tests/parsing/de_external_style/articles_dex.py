# German external-style held-apart set: original, invented online-news articles (every person,
# company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex import article

article(
    "dex_01_landtag_polizeigesetz", "de/online-politik", "de",
    {"wallmeier": "Jörg Wallmeier", "brehm": "Matthias Brehm", "ortmann": "Svenja Ortmann",
     "kaltenbach": "Uwe Kaltenbach", "sprecher": "ein Sprecher des Innenministeriums",
     "cdu": ["die CDU-Fraktion", "seiner Fraktion"], "kreise": ["Koalitionskreise", "Koalitionskreisen"],
     "datenschutz": "Beate Lorenzen",
     "buendnis": "eine Sprecherin des Bündnisses „Datenschutz jetzt“"},
    """
Streit um Polizeigesetz: Opposition wirft Innenminister Täuschung vor

Hannover. Im Landtag ist der Streit um das neue Polizeigesetz am Donnerstag eskaliert. Innenminister Jörg Wallmeier (SPD) verteidigte in einer teils hitzigen Debatte die geplante Ausweitung der Videoüberwachung auf öffentlichen Plätzen. {{q:indirect:wallmeier:m1:c1|Das Gesetz sei verhältnismäßig und verfassungsfest}}, {{c:c1|sagte}} {{m:m1|der Minister}}. {{q:indirect:wallmeier:-:-|Man habe die Bedenken der Datenschützer ernst genommen und mehrere Punkte nachgebessert}}. {{q:indirect:wallmeier:-:-|Die Aufnahmen würden künftig spätestens nach 72 Stunden automatisch gelöscht}}. Die Videoüberwachung ist seit Jahren eines der umstrittensten Themen der Landespolitik.

„{{q:direct:wallmeier:m2:c2|Wir schaffen hier keinen Überwachungsstaat}}“, {{c:c2|betonte}} {{m:m2|Wallmeier}}. „{{q:direct:wallmeier:m2:c2|Wir schützen Menschen dort, wo sie sich am häufigsten unsicher fühlen.}}“ Der 58-Jährige verwies auf die Zahl der Gewaltdelikte an Bahnhöfen, die im vergangenen Jahr um elf Prozent gestiegen war.

Oppositionsführer {{m:m3|Matthias Brehm}} (CDU) {{c:c3|warf}} dem Minister vor, {{q:indirect:brehm:m3:c3|das Parlament monatelang über die tatsächlichen Kosten im Unklaren gelassen zu haben}}. {{m:m4|Brehm}} {{c:c4|sprach}} von {{q:mixed:brehm:m4:c4|einer „völlig verkorksten“ Reform}}. {{c:c5|Nach}} {{m:m5|Brehms}} Worten {{q:indirect:brehm:m5:c5|fehlen im Haushalt rund 40 Millionen Euro für Kameras, Server und zusätzliches Personal}}. {{c:c6|Laut}} einer Berechnung {{m:m6|seiner Fraktion}} {{q:indirect?:cdu:m6:c6|könnten die Kosten bis 2030 sogar doppelt so hoch ausfallen}}.

„{{q:direct:brehm:m7:c7|Dieser Minister regiert nach dem Prinzip Hoffnung}}“, {{c:c7|rief}} {{m:m7|der CDU-Politiker}} unter dem Beifall seiner Fraktion. Wallmeier wies die Vorwürfe zurück. {{q:indirect:wallmeier:m8:c8|Die Zahlen der Opposition seien schlicht falsch}}, {{c:c8|so}} {{m:m8|der Minister}}.

Auch die Grünen, die das Gesetz in der vergangenen Wahlperiode noch mitgetragen hatten, gehen inzwischen auf Distanz. {{m:m9|Fraktionschefin Svenja Ortmann}} {{c:c9|ist der Ansicht}}, dass {{q:indirect:ortmann:m9:c9|das Gesetz in Teilen gegen die Landesverfassung verstößt}}. „{{q:direct:ortmann:m10:c10|Wer Grundrechte einschränkt, muss das sehr gut begründen. Das hat der Minister nicht getan}}“, {{c:c10|sagte}} {{m:m10|die Grünen-Politikerin}}. So deutlich hatte sich die 47-Jährige bislang nicht geäußert. Ihre Fraktion will nun ein Rechtsgutachten in Auftrag geben.

Die Landesdatenschutzbeauftragte {{m:m11|Beate Lorenzen}} hat bereits im Frühjahr {{c:c11|betont}}, dass {{q:indirect:datenschutz:m11:c11|der Entwurf an mehreren Stellen nachgebessert werden müsse}}. {{q:indirect:datenschutz:-:-|Einige der Mängel habe das Ministerium inzwischen behoben, andere nicht}}. Lorenzen hält vor allem die geplante automatische Gesichtserkennung für problematisch.

Rückendeckung bekam Wallmeier dagegen von der Gewerkschaft der Polizei. {{m:m12|Landeschef Uwe Kaltenbach}} {{c:c12|sagte}}, {{q:indirect:kaltenbach:m12:c12|seine Kolleginnen und Kollegen bräuchten endlich moderne Werkzeuge}}. {{q:indirect:kaltenbach:-:-|Auf vielen Plätzen in den Innenstädten habe die Gewalt in den vergangenen Jahren spürbar zugenommen}}. {{q:indirect:kaltenbach:-:-|Kameras allein lösten das Problem aber nicht}}. {{m:m13|Kaltenbach}} {{c:c13|zufolge}} {{q:indirect:kaltenbach:m13:c13|fehlen landesweit zudem rund 1200 Stellen bei der Polizei}}.

{{m:m14|Wallmeier}} hatte bereits im Januar {{c:c14b|erklärt}}, {{q:indirect:wallmeier:m14:c14b|er wolle das Gesetz noch vor der Sommerpause verabschieden}}. Daran hält er fest. {{q:indirect:sprecher:m15:c15|Der Entwurf soll in der kommenden Woche im Innenausschuss beraten werden}}, wie {{m:m15|ein Sprecher des Innenministeriums}} am Abend {{c:c15|mitteilte}}. Künftig sollen zudem auch Bodycams häufiger zum Einsatz kommen.

In {{m:m16|Koalitionskreisen}} {{c:c16|hieß es}}, {{q:indirect:kreise:m16:c16|man rechne mit einer knappen Mehrheit}}. {{q:indirect:kreise:-:-|Die Äußerungen des Ministers über die Opposition seien aber auch in den eigenen Reihen nicht gut angekommen}}. Vor dem Landtag demonstrierten am Mittag rund 300 Menschen gegen das Gesetz. Auf ihren Transparenten stand „Freiheit statt Kameras“. {{m:m17|Eine Sprecherin des Bündnisses „Datenschutz jetzt“}} {{c:c17|sagte}}, {{q:indirect:buendnis:m17:c17|man werde notfalls vor das Verfassungsgericht ziehen}}. Das Bündnis hat nach eigenen Zählungen bereits mehr als 20.000 Unterschriften gesammelt.

Nun liegt es an den Abgeordneten. Die Abstimmung ist für Ende Juni geplant. Bis dahin dürfte der Streit kaum leiser werden, zumal im Herbst Kommunalwahlen anstehen.
""")

article(
    "dex_02_blaulicht_region", "de/online-blaulicht", "de",
    {"polizei": ["die Polizei", "Polizeiangaben", "das Polizeipräsidium Reutlingen"],
     "sprecher": ["ein Polizeisprecher", "die Polizei"], "feuerwehr": "die Feuerwehr",
     "sta": ["die Staatsanwaltschaft Stuttgart", "die Staatsanwaltschaft"],
     "sta_sprecherin": ["eine Sprecherin der Staatsanwaltschaft", "die Staatsanwaltschaft"],
     "anwohner": "ein Anwohner", "keppler": "Sandra Keppler"},
    """
Blaulicht-Ticker: Motorradfahrer schwer verletzt, Gartenhütte in Flammen, Festnahme nach Messerangriff

Die wichtigsten Polizei- und Feuerwehrmeldungen aus der Region vom Wochenende im Überblick.

Tübingen: Motorradfahrer prallt gegen Leitplanke

Bei einem schweren Verkehrsunfall auf der Bundesstraße 27 zwischen Tübingen und Nehren ist am Sonntagnachmittag ein 54 Jahre alter Motorradfahrer lebensgefährlich verletzt worden. {{c:c1|Nach}} {{m:m1|Polizeiangaben}} {{q:indirect:polizei:m1:c1|war der Mann gegen 15.40 Uhr in Richtung Hechingen unterwegs, als er in einer lang gezogenen Linkskurve die Kontrolle über seine Maschine verlor}}. Er prallte gegen die Leitplanke und wurde mehrere Meter weit auf ein angrenzendes Feld geschleudert.

Ersthelfer kümmerten sich um den Verletzten, bis der Notarzt eintraf. Ein Rettungshubschrauber brachte ihn in die Unfallklinik. "{{q:direct:sprecher:m2:c2|Sein Zustand ist weiterhin kritisch}}", {{c:c2|sagte}} {{m:m2|ein Polizeisprecher}} am Montagmorgen auf Nachfrage unserer Redaktion. {{q:indirect:sprecher:-:-|Warum der 54-Jährige von der Fahrbahn abkam, sei noch völlig unklar}}. {{q:indirect:sprecher:-:-|Andere Fahrzeuge seien nach bisherigen Erkenntnissen nicht beteiligt gewesen}}. Die Staatsanwaltschaft hat ein Gutachten in Auftrag gegeben.

Wie {{m:m3|die Polizei}} {{c:c3b|mitteilte}}, {{q:indirect:polizei:m3:c3b|war die B 27 für rund drei Stunden voll gesperrt, so dass sich am frühen Abend lange Staus bildeten}}. Auch auf den Umleitungsstrecken durch Dußlingen ging zeitweise nichts mehr.

Reutlingen: Gartenhütte brennt nieder

In der Nacht auf Montag ist in Reutlingen-Betzingen eine Gartenhütte vollständig abgebrannt. {{c:c4|Laut}} {{m:m4|Feuerwehr}} {{q:indirect:feuerwehr:m4:c4|griffen die Flammen auch auf eine angrenzende Garage über}}. Die Wehr war mit 35 Einsatzkräften vor Ort, verletzt wurde niemand. Den Sachschaden schätzt die Polizei auf rund 60.000 Euro.

Die Ermittler gehen von Brandstiftung aus. In einer Mitteilung der {{m:m5|Polizei}} {{c:c5|heißt es}}, {{q:indirect:polizei:m5:c5|in den vergangenen Wochen habe es in dem Stadtteil bereits drei ähnliche Brände gegeben}}. {{q:indirect:polizei:-:-|Ob ein Zusammenhang bestehe, werde geprüft}}. Nun bittet die Polizei um Hinweise aus der Bevölkerung. Wer in der Nacht verdächtige Personen in der Nähe der Kleingartenanlage gesehen hat, soll sich beim Polizeirevier Reutlingen melden.

Esslingen: 23-Jähriger nach Messerangriff festgenommen

{{m:m6|Die Staatsanwaltschaft Stuttgart}} {{c:c6|teilte}} am Sonntag mit, {{q:indirect:sta:m6:c6|ein 23-Jähriger sei am Samstagabend in der Esslinger Innenstadt festgenommen worden}}. {{q:indirect:sta:-:-|Er stehe im Verdacht, einen 31 Jahre alten Mann nach einem Streit mit einem Messer verletzt zu haben}}. Der Verletzte kam in ein Krankenhaus, Lebensgefahr besteht nicht. {{q:indirect:sta_sprecherin:m7:c7|Der Tatverdächtige schweigt bislang zu den Vorwürfen}}, {{c:c7|sagte}} {{m:m7|eine Sprecherin der Staatsanwaltschaft}}. Gegen ihn wurde Haftbefehl wegen versuchten Totschlags erlassen.

{{m:m8|Ein Anwohner}}, der den Streit von seinem Balkon aus beobachtet hatte, {{c:c8|erzählte}} unserer Zeitung, {{q:indirect:anwohner:m8:c8|die beiden Männer hätten sich zunächst nur lautstark angeschrien}}. {{q:indirect:anwohner:-:-|Dann sei alles sehr schnell gegangen}}. "{{q:direct:anwohner:m9:c9|Ich habe sofort die 110 gewählt. Da lag der eine schon auf dem Boden}}", {{c:c9|sagt}} {{m:m9|der 62-Jährige}}. Die Hintergründe der Tat sind noch unklar, die Ermittlungen dauern an.

Landkreis: Polizei warnt vor falschen Polizisten

{{m:m10|Das Polizeipräsidium Reutlingen}} {{c:c10|warnte}} am Montag davor, dass {{q:indirect:polizei:m10:c10|sich Betrüger derzeit wieder verstärkt als Polizeibeamte ausgeben}}. {{q:indirect:polizei:-:-|Allein am Wochenende seien im Landkreis Esslingen 14 solcher Anrufe gemeldet worden}}. {{q:indirect:polizei:-:-|In zwei Fällen hätten Seniorinnen den Tätern Schmuck und Bargeld im Wert von mehreren Zehntausend Euro übergeben}}.

"{{q:direct:keppler:m11:c11|Echte Polizisten fragen am Telefon niemals nach Geld oder Wertsachen}}", {{c:c11|betont}} {{m:m11|Kriminalhauptkommissarin Sandra Keppler}} von der Beratungsstelle des Präsidiums. "{{q:direct:keppler:m11:c11|Wer so einen Anruf bekommt, sollte sofort auflegen und selbst die 110 wählen.}}" Künftig will die Polizei gemeinsam mit den Sparkassen in der Region Bankmitarbeiter gezielt schulen. {{q:indirect:polizei:-:c12|Viele Opfer würden erst am Bankschalter stutzig, wenn sie eine ungewöhnlich hohe Summe abheben wollten}}, {{c:c12|heißt es}} in dem Schreiben. Die Schulungen sollen im Frühjahr beginnen.
""")

article(
    "dex_03_wirtschaft_zulieferer", "de/online-wirtschaft", "de",
    {"riedinger": "Thomas Riedinger", "wessel": "Claudia Wessel", "aydin": "Kerem Aydın",
     "dorn": "Felix Dorn", "hallberg": ["Hallberg", "das Unternehmen", "Hallberg Antriebstechnik"],
     "kreise": ["Unternehmenskreise", "Unternehmenskreisen"], "betriebsrat": "Sabine Kuhnert",
     "ministerium": "ein Sprecher des bayerischen Wirtschaftsministeriums",
     "hofmann": "Jens Hofmann", "igm": ["die IG Metall", "die Gewerkschaft"]},
    """
Autozulieferer Hallberg streicht 1400 Stellen – Werk in Schweinfurt vor dem Aus

Schweinfurt. Der Autozulieferer Hallberg Antriebstechnik baut in Deutschland rund 1400 Arbeitsplätze ab. {{q:indirect:hallberg:m0:c0|Das Werk in Schweinfurt mit derzeit knapp 900 Beschäftigten soll bis Ende 2027 geschlossen werden}}, {{c:c0|teilte}} {{m:m0|das Unternehmen}} am Mittwoch mit. Betroffen sind zudem die Standorte in Bamberg und Zwickau.

{{q:indirect:riedinger:m1:c1|Die Lage der Branche sei so schwierig wie seit Jahrzehnten nicht}}, {{c:c1|sagte}} {{m:m1|Vorstandschef Thomas Riedinger}} bei der Vorlage der Quartalszahlen. Der Umsatz sank im dritten Quartal um 14 Prozent auf 1,2 Milliarden Euro, unter dem Strich stand ein Verlust von 86 Millionen Euro. „{{q:direct:riedinger:m2:c2|Wir haben lange gehofft, dass die Nachfrage nach Elektroautos schneller anzieht}}“, {{c:c2|räumte}} {{m:m2|Riedinger}} ein. „{{q:direct:riedinger:m2:c2|Diese Hoffnung hat sich nicht erfüllt.}}“

{{m:m3|Der 56-Jährige}} {{c:c3|betonte}}, {{q:indirect:riedinger:m3:c3|man habe alle Alternativen zu einer Schließung geprüft}}. {{q:indirect:riedinger:-:-|Ein Verkauf des Werks sei an fehlenden Interessenten gescheitert}}. {{q:indirect:riedinger:-:-|Für die Beschäftigten wolle man sozialverträgliche Lösungen finden, betriebsbedingte Kündigungen könne er aber nicht ausschließen}}.

{{c:c4|Nach Angaben}} von {{m:m4|Finanzvorständin Claudia Wessel}} {{q:indirect:wessel:m4:c4|soll der Umbau in den kommenden drei Jahren rund 250 Millionen Euro kosten}}. {{q:indirect:wessel:m5:c5|Die Einsparungen würden sich ab 2028 auf jährlich etwa 180 Millionen Euro summieren}}, {{c:c5|so}} {{m:m5|Wessel}}. Die Zahlen zeigen, wie stark der Umbruch in der Branche die Zulieferer trifft: Allein in Bayern haben Unternehmen der Branche seit Jahresbeginn mehr als 8000 Stellenstreichungen angekündigt.

Die IG Metall reagierte empört. „{{q:direct:aydin:m6:c6|Das ist ein Schlag ins Gesicht der Belegschaft, die in der Krise auf Lohn verzichtet hat}}“, {{c:c6|sagte}} {{m:m6|Kerem Aydın}}, Erster Bevollmächtigter der IG Metall Schweinfurt. {{m:m7|Die Gewerkschaft}} {{c:c7|warf}} dem Management vor, {{q:indirect:igm:m7:c7|die Umstellung auf die Elektromobilität jahrelang verschlafen zu haben}}. Aydın kündigte Proteste an. {{q:indirect:aydin:m9:c9|Man werde um jeden Arbeitsplatz kämpfen}}, {{c:c9|sagte}} {{m:m9|er}}.

{{m:m10|Betriebsratschefin Sabine Kuhnert}} {{c:c10|sprach}} von einem „{{q:direct:betriebsrat:m10:c10|schwarzen Tag für Schweinfurt}}“. {{q:indirect:betriebsrat:-:-|Viele Kolleginnen und Kollegen seien seit Jahrzehnten im Werk, in manchen Familien arbeite dort schon die dritte Generation}}. {{q:mixed:betriebsrat:m11:c11|Dass die Belegschaft aus der Presse von den Plänen erfahren habe, sei „respektlos“}}, {{c:c11|sagte}} {{m:m11|Kuhnert}}.

Aus {{m:m12|Unternehmenskreisen}} {{c:c12|hieß es}} dagegen, {{q:indirect:kreise:m12:c12|der Betriebsrat sei bereits am Vorabend informiert worden}}. Ein Unternehmenssprecher wollte sich dazu nicht äußern.

Für die Region ist die Entscheidung ein schwerer Schlag. Hallberg ist nach dem Klinikum der zweitgrößte Arbeitgeber der Stadt. {{m:m13|Oberbürgermeister Jens Hofmann}} {{c:c13|ist der Meinung}}, dass {{q:indirect:hofmann:m13:c13|die Staatsregierung jetzt schnell handeln muss}}. {{m:m14|Ein Sprecher des bayerischen Wirtschaftsministeriums}} {{c:c14|sagte}}, {{q:indirect:ministerium:m14:c14|man stehe mit dem Unternehmen in engem Kontakt}}.

Analysten hatten mit schwachen Zahlen gerechnet, der Umfang des Stellenabbaus überraschte dennoch. {{m:m15|Felix Dorn}}, Autoexperte der Landesbank, kam in einer ersten Einschätzung {{c:c15b|zu dem Schluss}}, dass {{q:indirect:dorn:m15:c15b|Hallberg ohne den Abbau kaum noch wettbewerbsfähig gewesen wäre}}. {{m:m16|Dorn}} {{c:c16|zufolge}} {{q:indirect:dorn:m16:c16|dürften weitere Zulieferer in den kommenden Monaten ähnliche Schritte ankündigen}}. {{q:indirect:dorn:-:-|Die sogenannte Transformation der Autoindustrie sei für viele mittelständische Betriebe kaum zu stemmen, weil ihnen das Kapital für Investitionen fehle}}.

Die Hallberg-Aktie verlor am Mittwoch zeitweise mehr als neun Prozent. Am Donnerstag wollen Betriebsrat und Geschäftsführung erstmals über einen Sozialplan sprechen. Eine Einigung wird nicht vor dem Frühjahr erwartet. Bereits im Frühjahr hatte {{m:m17|Hallberg}} {{c:c17|angekündigt}}, {{q:indirect?:hallberg:m17:c17|die Produktion von Getriebeteilen teilweise nach Ungarn zu verlagern}}. Dort liegen die Lohnkosten deutlich niedriger als in Unterfranken und Sachsen.
""")

article(
    "dex_04_sport_derby", "de/online-sport", "de",
    {"kessler": "Marco Kessler", "yilmaz": "Deniz Yılmaz", "brandt": "Lukas Brandt",
     "hartung": "Frank Hartung", "schaller": "Niklas Schaller", "verein": ["der Verein", "der Club"],
     "kreise": ["Vereinskreise", "Vereinskreisen"], "polizei": "die Polizei"},
    """
Kessler nach Derby-Pleite: „{{q:direct:kessler:h1:-|Wir haben uns selbst geschlagen}}“

Nach dem 1:3 im Derby gegen den SV Waldhof steht der FC Rheinau wieder mit dem Rücken zur Wand. Trainer {{m:h1|Marco Kessler}} fand nach dem Abpfiff deutliche Worte.

Mannheim. Es lief die 67. Minute, als im Carl-Benz-Stadion endgültig die Stimmung kippte. Waldhof-Stürmer Deniz Yılmaz schob nach einem Fehlpass im Mittelfeld zum 3:1 ein, die mitgereisten Fans des FC Rheinau verließen in Scharen die Gästekurve. „{{q:direct:kessler:m1:c1|Wir haben uns heute selbst geschlagen}}“, {{c:c1|sagte}} {{m:m1|Kessler}} nach dem Spiel. „{{q:direct:kessler:m1:c1|Zwei Gegentore nach eigenen Ballverlusten, das darf in einem Derby einfach nicht passieren.}}“

Dabei hatte alles gut begonnen. Nach einer Ecke köpfte Innenverteidiger Lukas Brandt die Gäste in der zwölften Minute in Führung. {{q:indirect:kessler:m2:c2|Die Mannschaft habe in der ersten halben Stunde genau das umgesetzt, was man sich vorgenommen habe}}, {{c:c2|lobte}} {{m:m2|Kessler}}. {{q:indirect:kessler:-:-|Danach habe sie aber den Faden verloren}}. Der Ausgleich durch einen abgefälschten Freistoß kurz vor der Pause war aus Sicht des Trainers der Knackpunkt.

„{{q:direct:brandt:m3:c3|Das Tor tut weh}}“, {{c:c3|gab}} {{m:m3|Brandt}} zu, „{{q:direct:brandt:m3:c3|aber wir haben danach auch den Kopf verloren.}}“ {{m:m4|Der 31-Jährige}}, der im Sommer aus Kiel gekommen war, {{c:c4|sagte}}, {{q:indirect:brandt:m4:c4|die Mannschaft müsse jetzt zusammenhalten}}. {{q:indirect:brandt:-:-|In der Kabine sei es nach dem Spiel sehr ruhig gewesen}}. Die Stimmung ist dennoch angespannt: Nach neun Spieltagen steht der FC Rheinau mit sieben Punkten auf dem vorletzten Tabellenplatz.

Auf der anderen Seite war die Freude groß. „{{q:direct:yilmaz:m5:c5|So ein Derby gewinnt man nicht jede Woche}}“, {{c:c5|sagte}} {{m:m5|Yılmaz}}, der mit zwei Toren und einer Vorlage zum Mann des Tages wurde. „{{q:direct:yilmaz:m6:c6|Für die Fans ist das der wichtigste Sieg der Saison}}“, {{c:c6|betonte}} {{m:m6|der Stürmer}}. „{{q:direct:yilmaz:m6:c6|Für uns zählt aber nur die Tabelle.}}“

{{q:indirect:yilmaz:m7:c7|Vor drei Jahren, {{c:c7|erzählt}} {{m:m7|Yılmaz}}, habe er selbst noch in der Fankurve des Waldhofs gestanden}}. {{q:indirect:yilmaz:-:-|Dass er nun für seinen Herzensverein trifft, sei für ihn ein Traum}}. Sein Trainer Frank Hartung wollte den Erfolg dagegen nicht überbewerten. {{q:indirect:hartung:m8:c8|Die Mannschaft hat gut gearbeitet, mehr nicht}}, {{c:c8|sagte}} {{m:m8|der 49-Jährige}}. {{q:indirect:hartung:m9:c9|Am kommenden Wochenende warte in Ulm schon die nächste schwere Aufgabe}}, {{c:c9|so}} {{m:m9|Hartung}}.

Beim FC Rheinau dürfte die Diskussion um den Trainer nun wieder Fahrt aufnehmen. Sportdirektor Niklas Schaller stellte sich aber demonstrativ hinter Kessler. „{{q:direct:schaller:m11:c11|Marco ist der richtige Mann. Da gibt es überhaupt keine Diskussion}}“, {{c:c11|sagte}} {{m:m11|Schaller}}. Ob der Coach auch nach dem nächsten Heimspiel gegen Saarbrücken noch im Amt ist, ließ er allerdings offen. {{c:c12|Laut}} {{m:m12|Vereinskreisen}} {{q:indirect:kreise:m12:c12|hat der Aufsichtsrat für Montagabend eine Sondersitzung angesetzt}}.

Kessler selbst gab sich kämpferisch. {{q:indirect:kessler:m13:c13|Er sei nicht der Typ, der wegläuft}}, {{c:c13|sagte}} {{m:m13|er}}. {{q:indirect:kessler:-:-|Ein Rücktritt komme für ihn nicht infrage}}.

Künftig will der Trainer wieder auf eine Dreierkette setzen, die in der Vorsaison für Stabilität gesorgt hatte. Fehlen wird ihm dabei Kapitän Tim Albrecht, der sich in der zweiten Halbzeit eine Zerrung zuzog. {{c:c14|Nach Angaben}} des {{m:m14|Vereins}} {{q:indirect:verein:m14:c14|fällt er mindestens zwei Wochen aus}}. Auch Mittelfeldspieler Jonas Reuter ist nach seiner fünften Gelben Karte gesperrt.

{{c:c15|Nach Angaben}} der {{m:m15|Polizei}} {{q:indirect:polizei:m15:c15|blieb es vor dem Stadion weitgehend friedlich}}. Lediglich vor dem Anpfiff war es zu kleineren Rangeleien zwischen Anhängern beider Lager gekommen, drei Personen wurden vorübergehend in Gewahrsam genommen. Das nächste Derby steht im April an, dann wieder in Mannheim.
""")

article(
    "dex_05_regional_freibad", "de/online-regional", "de",
    {"stadt": ["die Stadt", "der Stadt", "die Stadtverwaltung"], "vogt": "Andrea Vogt",
     "pfeiffer": "Günter Pfeiffer", "foerderverein": "Helga Sommer", "gutachter": "das Ingenieurbüro",
     "buerger": "ein Vater", "verein": "der Förderverein", "kreise": ["Rathauskreise", "Rathauskreisen"]},
    """
Freibad am Mühlenteich bleibt diesen Sommer geschlossen – Förderverein sammelt Unterschriften

Bad Waldhausen. Das Freibad am Mühlenteich öffnet in dieser Saison nicht. {{q:indirect:stadt:m1:c1|Bei einer Prüfung seien im Frühjahr erhebliche Schäden an den Becken und an der Filteranlage festgestellt worden}}, {{c:c1|heißt es}} in einer Mitteilung der {{m:m1|Stadt}}. {{q:indirect:stadt:-:-|Eine sichere Inbetriebnahme sei unter diesen Umständen nicht möglich}}. Für viele Familien im Ort ist das eine bittere Nachricht: Das Bad ist das einzige Freibad im Umkreis von 20 Kilometern.

{{m:m2|Bürgermeisterin Andrea Vogt}} (parteilos) {{c:c2|sagte}} am Dienstagabend im Gemeinderat, {{q:indirect:vogt:m2:c2|ihr sei die Entscheidung alles andere als leichtgefallen}}. „{{q:direct:vogt:m3:c3|Ich bin selbst in diesem Bad schwimmen gelernt}}“, {{c:c3|sagte}} {{m:m3|die 52-Jährige}}. „{{q:direct:vogt:m3:c3|Aber ich kann nicht verantworten, dass dort ein Kind verletzt wird.}}“ {{q:indirect:vogt:m4:c4|Sie habe das Gutachten mehrfach prüfen lassen}}, {{c:c4|betonte}} {{m:m4|Vogt}}. 

Wie {{m:m15|die Stadt}} {{c:c15|mitteilte}}, {{q:indirect:stadt:m15:c15|belaufen sich die Kosten für eine Sanierung nach ersten Schätzungen auf rund 4,8 Millionen Euro}}. {{m:m16|Das Ingenieurbüro}}, das die Anlage untersucht hat, {{c:c16|kam zu dem Ergebnis}}, dass {{q:indirect?:gutachter:m16:c16|vor allem die Edelstahlbecken aus den Siebzigerjahren nicht mehr zu retten sind}}. Die Zahlen zeigen, wie groß der Sanierungsstau in vielen Kommunen inzwischen ist.

Im Gemeinderat sorgte das Thema für eine lange Debatte. {{m:m5|Günter Pfeiffer}}, Fraktionschef der Freien Wähler, {{c:c5|warf}} der Verwaltung vor, {{q:indirect:pfeiffer:m5:c5|den Zustand des Bades jahrelang ignoriert zu haben}}. {{q:indirect:pfeiffer:m6:c6|Schon 2019 habe es erste Hinweise auf Risse in den Becken gegeben}}, {{c:c6|so}} {{m:m6|Pfeiffer}}. {{q:indirect:pfeiffer:-:-|Passiert sei danach nichts}}. „{{q:direct:pfeiffer:m7:c7|Jetzt bekommen wir die Rechnung für eine Politik des Aufschiebens}}“, {{c:c7|sagte}} {{m:m7|er}}.

Die Bürgermeisterin wies das zurück. {{q:indirect:vogt:m8:c8|Die damaligen Schäden seien geringfügig gewesen und behoben worden}}, {{c:c8|erwiderte}} {{m:m8|Vogt}}. {{q:indirect:vogt:-:-|So genannte Haarrisse gebe es in fast jedem älteren Becken}}.

Der Förderverein des Freibads will sich mit der Schließung nicht abfinden. {{m:m9|Vorsitzende Helga Sommer}} {{c:c9|ist der Ansicht}}, dass {{q:indirect:foerderverein:m9:c9|das Bad mit einer Teilsanierung zumindest für zwei oder drei Jahre weiterbetrieben werden könnte}}. {{m:m10|Sommer}} {{c:c10|warnte}} davor, dass {{q:indirect:foerderverein:m10:c10|das Bad für immer verloren sei, wenn es erst einmal zu ist}}. „{{q:direct:foerderverein:m11:c11|Ein geschlossenes Bad macht keiner mehr auf, das kennen wir aus vielen anderen Gemeinden}}“, {{c:c11|sagte}} {{m:m11|Sommer}}. {{m:m17|Der Verein}} hat seit Freitag {{c:c17|nach eigenen Angaben}} {{q:indirect?:verein:m17:c17|bereits mehr als 2300 Unterschriften gesammelt}}, so dass ein Bürgerbegehren inzwischen möglich wäre.

Auch bei den Badegästen ist der Frust groß. {{m:m12|Ein Vater}}, der mit seinen beiden Kindern vor dem verschlossenen Tor stand, {{c:c12|sagte}}, {{q:indirect:buerger:m12:c12|im Sommer bleibe den Familien nun nur noch der Baggersee}}. {{q:indirect:buerger:-:-|Dort gebe es aber keine Badeaufsicht}}.

Aus {{m:m13|Rathauskreisen}} {{c:c13|hieß es}}, {{q:indirect:kreise:m13:c13|man prüfe derzeit Fördermittel aus einem Landesprogramm für kommunale Bäder}}. {{q:indirect:kreise:-:-|Eine Entscheidung darüber werde frühestens im Herbst fallen}}. Ob die Sanierung dann noch in den Haushalt des kommenden Jahres passt, ist offen. Die Stadt ist hoch verschuldet und steht unter Aufsicht des Landratsamts. Schon die Sanierung der Grundschule im vergangenen Jahr hatte den Haushalt an seine Grenzen gebracht, mehrere Straßenprojekte wurden damals auf unbestimmte Zeit verschoben.

Nun soll eine Arbeitsgruppe aus Verwaltung, Gemeinderat und Förderverein bis Ende Juli Vorschläge erarbeiten. Künftig sollen die Bürgerinnen und Bürger zudem in einer Umfrage mitentscheiden können, wie viel Geld die Stadt in das Bad steckt. {{m:m14|Vogt}} {{c:c14|kündigte}} an, {{q:indirect?:vogt:m14:c14|die Ergebnisse der Arbeitsgruppe noch vor den Sommerferien öffentlich vorzustellen}}.
""")

article(
    "dex_06_interview_nachbericht", "de/online-interview-nachbericht", "de",
    {"sauer": "Helmut Sauer", "greenpeace": "Greenpeace", "rieger": "Johanna Rieger",
     "bauern": "Anton Lechner", "ministerium": "das Agrarministerium",
     "moeller": "Katrin Möller", "umfrage": "die Befragung"},
    """
Agrarminister {{m:h0|Sauer}} will Tierwohl-Abgabe kippen – „{{q:direct:sauer:h0:-|Die Bauern brauchen Luft zum Atmen}}“

Bundeslandwirtschaftsminister Helmut Sauer stellt die geplante Tierwohl-Abgabe auf Fleisch infrage. Im Interview mit dem „Morgenkurier“ kündigt der CSU-Politiker einen Kurswechsel an. Umweltverbände sind entsetzt.

Berlin. Die geplante Abgabe auf Fleisch und Wurst steht vor dem Aus. {{m:m1|Bundeslandwirtschaftsminister Helmut Sauer}} (CSU) {{c:c1|sagte}} dem „Morgenkurier“, {{q:indirect:sauer:m1:c1|er halte eine zusätzliche Belastung der Verbraucher in der aktuellen Lage für falsch}}. {{q:indirect:sauer:-:-|Die Menschen spürten die gestiegenen Preise im Supermarkt jeden Tag}}. {{q:indirect:sauer:-:-|Eine neue Abgabe würde vor allem Familien mit kleinen Einkommen treffen}}. {{q:indirect:sauer:-:-|Das könne niemand ernsthaft wollen}}. Die Abgabe war noch von der Vorgängerregierung auf den Weg gebracht worden und sollte ab 2027 rund drei Milliarden Euro im Jahr einbringen.

„{{q:direct:sauer:m2:c2|Die Bauern brauchen Luft zum Atmen, keine neuen Formulare}}“, {{c:c2|sagte}} {{m:m2|Sauer}}. {{q:indirect:sauer:-:-|Den Umbau der Ställe wolle er stattdessen über ein Förderprogramm aus dem Bundeshaushalt finanzieren}}. Wie hoch dieses ausfallen soll, ließ der Minister offen.

{{m:m3|Der 61-Jährige}} hat in dem Gespräch auch {{c:c3b|betont}}, dass {{q:indirect:sauer:m3:c3b|er am Ziel höherer Tierwohlstandards festhalte}}. {{q:indirect:sauer:m4:c4|Früher, {{c:c4|sagt}} {{m:m4|Sauer}}, habe er selbst Schweine gehalten und wisse, was ein moderner Stall koste}}. {{q:indirect:sauer:-:-|Viele Betriebe hätten in den vergangenen Jahren bereits investiert, ohne dafür einen fairen Preis zu bekommen}}.

Auf die Frage, ob er damit nicht ein zentrales Versprechen des Koalitionsvertrags breche, {{c:c5|antwortete}} {{m:m5|Sauer}}: „{{q:direct:sauer:m5:c5|Der Koalitionsvertrag ist kein Gesetzbuch. Wenn sich die Lage ändert, muss man auch nachsteuern dürfen.}}“ {{m:m6|Er}} {{c:c6|räumte}} zugleich ein, dass {{q:indirect:sauer:m6:c6|er mit dem Koalitionspartner noch nicht über seine Pläne gesprochen habe}}.

Bei der SPD stießen die Äußerungen des Ministers auf scharfe Kritik. {{m:m7|Die agrarpolitische Sprecherin Johanna Rieger}} {{c:c7|sagte}}, {{q:indirect:rieger:m7:c7|der Minister habe offenbar vergessen, wofür er gewählt worden sei}}. „{{q:direct:rieger:m8:c8|Wer Tierwohl will, muss es auch bezahlen. Alles andere ist Schönfärberei}}“, {{c:c8|so}} {{m:m8|Rieger}}. {{m:m9|Die SPD-Politikerin}} {{c:c9|warf}} Sauer vor, {{q:indirect:rieger:m9:c9|Politik nach Stimmungslage zu machen}}.

{{m:m10|Greenpeace}} {{c:c10|nannte}} {{q:mixed:greenpeace:m10:c10|die Pläne „rückwärtsgewandt und verantwortungslos“}}. {{c:c11|Nach}} Einschätzung der {{m:m11|Umweltorganisation}} {{q:indirect?:greenpeace:m11:c11|würden ohne eine verlässliche Finanzierung in den kommenden Jahren Tausende Höfe aus der Tierhaltung aussteigen}}.

Beim Bauernverband fielen die Reaktionen gemischt aus. Verbandspräsident {{m:m14|Anton Lechner}} {{c:c14|begrüßte}}, dass {{q:indirect?:bauern:m14:c14|der Minister die Verbraucher entlasten wolle}}. {{q:indirect:bauern:m12:c12|Ein Förderprogramm allein reiche aber nicht aus, um den Umbau der Tierhaltung zu stemmen}}, {{c:c12|sagte}} {{m:m12|Lechner}} der Deutschen Presse-Agentur. {{q:indirect:bauern:-:-|Die Betriebe bräuchten Planungssicherheit über mindestens zwanzig Jahre}}.

Die Verbraucherschützer sehen das anders. {{m:m15|Katrin Möller}}, Vorständin der Verbraucherzentrale Bundesverband, {{c:c15|sagte}}, {{q:indirect:moeller:m15:c15|die Kundinnen und Kunden seien durchaus bereit, für mehr Tierwohl zu zahlen, wenn das Geld nachweislich bei den Tieren ankomme}}. {{q:indirect:moeller:-:-|Umfragen zeigten seit Jahren eine hohe Zahlungsbereitschaft}}. {{q:indirect:moeller:-:-|Das eigentliche Problem sei das Misstrauen gegenüber staatlichen Abgaben, deren Einnahmen am Ende im allgemeinen Haushalt versickerten}}. Tatsächlich hatten sich in einer repräsentativen Befragung im Frühjahr 58 Prozent der Deutschen für eine zweckgebundene Abgabe ausgesprochen, nur 31 Prozent waren dagegen. {{c:c16|Laut}} der {{m:m16|Befragung}} {{q:indirect?:umfrage:m16:c16|ist die Zustimmung unter jüngeren Menschen deutlich höher als unter Älteren}}.

Aus dem {{m:m13|Agrarministerium}} {{c:c13|hieß es}} am Sonntag, {{q:indirect:ministerium:m13:c13|ein überarbeitetes Konzept solle bis zum Herbst vorliegen}}. Nun muss sich die Koalition einigen. Der Haushaltsausschuss will sich nach der Sommerpause mit dem Thema befassen. Bis dahin dürfte auch in der Union selbst noch kräftig gestritten werden, denn nicht alle Abgeordneten teilen den Kurs ihres Ministers.
""")

article(
    "dex_07_liveticker_hochwasser", "de/online-liveticker", "de",
    {"kraus": "Stefan Kraus", "dwd": ["der Deutsche Wetterdienst", "DWD"], "hnd": "der Hochwassernachrichtendienst",
     "landratsamt": ["das Landratsamt Deggendorf", "das Landratsamt"], "bahn": ["ein Bahnsprecher", "die Deutsche Bahn", "die Bahn"],
     "dpa": "die Nachrichtenagentur dpa", "thaler": "Maria Thaler", "feuerwehr": "Josef Gruber",
     "br": "der Bayerische Rundfunk", "polizei": ["die Polizei", "das Polizeipräsidium Niederbayern"]},
    """
Hochwasser in Niederbayern: Deggendorf ruft Katastrophenfall aus – alle Entwicklungen im Liveticker

Die Pegel an Donau und Isar steigen weiter. In mehreren Landkreisen gilt der Katastrophenfall. Wir halten Sie in unserem Liveticker auf dem Laufenden.

+++ 19.05 Uhr: Pegel in Deggendorf erreicht 7,60 Meter +++

Der Donaupegel in Deggendorf hat am Abend die Marke von 7,60 Metern überschritten. {{c:c1|Laut}} {{m:m1|Hochwassernachrichtendienst}} {{q:indirect:hnd:m1:c1|wird der Scheitel erst in der Nacht zum Mittwoch erwartet}}. {{q:indirect:hnd:-:-|Bis dahin könne das Wasser um weitere 40 Zentimeter steigen}}.

+++ 18.40 Uhr: Innenminister Kraus: „{{q:direct:kraus:h2:-|Die Lage ist ernst, aber beherrschbar}}“ +++

{{m:h2|Bayerns Innenminister Stefan Kraus}} hat sich am Nachmittag in Deggendorf ein Bild von der Lage gemacht. {{q:indirect:kraus:m3:c3|Die Lage ist ernst}}, {{c:c3|sagte}} {{m:m3|der CSU-Politiker}} bei einer Pressekonferenz im Landratsamt. „{{q:direct:kraus:m4:c4|Aber wir haben aus 2013 gelernt. Die Deiche sind heute deutlich besser als damals}}“, {{c:c4|betonte}} {{m:m4|Kraus}}. {{q:indirect:kraus:-:-|Rund 2500 Einsatzkräfte seien allein im Landkreis Deggendorf im Einsatz}}. {{q:indirect:kraus:-:-|Der Freistaat werde die betroffenen Gemeinden mit einem Soforthilfeprogramm unterstützen}}.

+++ 18.02 Uhr: Bahnstrecke Plattling–Passau gesperrt +++

Die Bahnstrecke zwischen Plattling und Passau ist wegen überfluteter Gleise gesperrt. {{m:m5|Ein Bahnsprecher}} {{c:c5|sagte}}, {{q:indirect:bahn:m5:c5|die Sperrung werde voraussichtlich bis mindestens Donnerstag dauern}}. {{q:indirect:bahn:-:-|Fernzüge nach Wien würden über Salzburg umgeleitet}}. {{q:indirect:bahn:m6:c6|Reisende sollten sich vor Fahrtantritt über ihre Verbindungen informieren}}, {{c:c6|hieß es}} von der {{m:m6|Bahn}}.

+++ 17.25 Uhr: Landratsamt ruft Katastrophenfall aus +++

{{m:m7|Das Landratsamt Deggendorf}} hat am frühen Abend den Katastrophenfall ausgerufen. In einer Mitteilung {{c:c7b|heißt es}}, {{q:indirect:landratsamt:m7:c7b|damit könnten Hilfskräfte schneller und unbürokratischer koordiniert werden}}. {{q:indirect:landratsamt:-:-|Die Bewohner der Ortsteile Fischerdorf und Natternberg sollten sich darauf einstellen, ihre Häuser im Laufe des Abends zu verlassen}}. Für die Evakuierten stehen in der Stadthalle 400 Notbetten bereit.

+++ 16.50 Uhr: Wetterdienst erwartet weiteren Regen +++

{{c:c8|Nach Angaben}} des {{m:m8|Deutschen Wetterdienstes}} (DWD) {{q:indirect:dwd:m8:c8|sind bis Mittwochmittag im Bayerischen Wald noch einmal bis zu 50 Liter Regen pro Quadratmeter möglich}}. {{q:indirect:dwd:m9:c9|Erst zum Wochenende sei eine Entspannung in Sicht}}, {{c:c9|so}} {{m:m9|ein DWD-Meteorologe}}. Die Unwetterwarnung gilt vorerst bis Mittwoch 12 Uhr.

+++ 16.15 Uhr: Feuerwehr am Limit +++

Die Helferinnen und Helfer sind seit Sonntag fast ununterbrochen im Einsatz. „{{q:direct:feuerwehr:m10:c10|Viele von uns haben seit zwei Tagen kaum geschlafen}}“, {{c:c10|sagt}} {{m:m10|Kreisbrandrat Josef Gruber}}. „{{q:direct:feuerwehr:m10:c10|Aber die Stimmung ist gut, und die Unterstützung aus der Bevölkerung ist riesig.}}“ Mehrere Bäckereien und Metzgereien versorgen die Einsatzkräfte mit Brotzeiten. {{m:m11|Gruber}} {{c:c11|bat}} zugleich Schaulustige, {{q:indirect?:feuerwehr:m11:c11|den Deichen fernzubleiben}}.

+++ 15.30 Uhr: Polizei sperrt Uferpromenade +++

{{q:indirect:polizei:m12:c12|Die Uferpromenade in Deggendorf ist ab sofort für Fußgänger gesperrt}}, {{c:c12|teilte}} {{m:m12|das Polizeipräsidium Niederbayern}} auf der Plattform X mit. Zuvor hatten sich dort Hunderte Menschen versammelt, um Fotos vom Hochwasser zu machen. {{q:indirect:polizei:m13:c13|Mehrere Schaulustige hätten Absperrungen überstiegen}}, {{c:c13|sagte}} {{m:m13|ein Sprecher}}.

+++ 14.45 Uhr: Anwohner räumen ihre Keller +++

In Fischerdorf tragen Anwohnerinnen und Anwohner Möbel und Vorräte aus den Kellern. Maria Thaler hat das Hochwasser 2013 schon einmal erlebt. „{{q:direct:thaler:m14b:c14|Damals stand das Wasser bei uns bis zur Decke im Erdgeschoss}}“, {{c:c14|erzählt}} {{m:m14b|die 71-Jährige}}. {{q:indirect:thaler:m15:c15|Diesmal wolle sie nichts riskieren}}, {{c:c15|sagt}} {{m:m15|sie}}. {{q:indirect:thaler:-:-|Ihr Sohn komme am Abend mit einem Anhänger aus Straubing}}.

+++ 13.20 Uhr: Schulen bleiben geschlossen +++

Wie {{m:m16|der Bayerische Rundfunk}} {{c:c16b|berichtet}}, {{q:indirect:br:m16:c16b|bleiben im Landkreis Deggendorf am Mittwoch alle Schulen und Kindertagesstätten geschlossen}}. Das Kultusministerium will am Abend über den Donnerstag entscheiden.
""")

article(
    "dex_08_gericht_pflegedienst", "de/online-gericht", "de",
    {"sta": ["die Staatsanwaltschaft", "Anklage"], "angeklagter": "Ralf K.", "behrendt": "Markus Behrendt",
     "richterin": "Ute Schomaker", "zeugin": "eine frühere Mitarbeiterin", "kasse": "Petra Linde",
     "sprecher": ["ein Gerichtssprecher", "Gerichtssprecher Tobias Engel", "Tobias Engel"],
     "ermittler": "ein Ermittler des Landeskriminalamts",
     "stiftung": "ein Sprecher der Stiftung Patientenschutz"},
    """
Millionenbetrug mit Pflegeleistungen: Chef eines Pflegedienstes vor Gericht

Er soll Krankenkassen um mehr als 2,3 Millionen Euro betrogen haben: Seit Dienstag muss sich der Inhaber eines ambulanten Pflegedienstes aus Gelsenkirchen vor dem Landgericht Essen verantworten. Zum Auftakt schwieg der 47-Jährige, sein Anwalt verlas eine Erklärung.

Essen. Der Saal 101 des Landgerichts ist bis auf den letzten Platz besetzt, als Ralf K. kurz nach neun Uhr hereingeführt wird. Der Mann im dunkelblauen Anzug hält sich eine Aktenmappe vor das Gesicht. {{m:m1|Die Staatsanwaltschaft}} {{c:c1|wirft}} ihm vor, {{q:indirect:sta:m1:c1|zwischen 2019 und 2023 in mehr als 1800 Fällen Pflegeleistungen abgerechnet zu haben, die nie erbracht wurden}}. {{c:c2|Laut}} {{m:m2|Anklage}} {{q:indirect:sta:m2:c2|setzte der Pflegedienst zudem Hilfskräfte ein, die als examinierte Fachkräfte ausgegeben wurden}}.

Die Ermittlungen waren ins Rollen gekommen, nachdem eine Krankenkasse bei einer Routineprüfung auf Ungereimtheiten gestoßen war. {{m:m3|Ein Ermittler des Landeskriminalamts}} {{c:c3|sagte}} als erster Zeuge aus, {{q:indirect:ermittler:m3:c3|bei einer Durchsuchung der Geschäftsräume seien Hunderte gefälschte Leistungsnachweise gefunden worden}}. {{q:indirect:ermittler:-:-|Viele davon hätten dieselbe Handschrift getragen}}. {{q:indirect:ermittler:-:-|Einige Patienten, für die Leistungen abgerechnet worden seien, hätten zu diesem Zeitpunkt bereits im Krankenhaus gelegen}}.

Der Angeklagte selbst äußerte sich nicht. Sein Verteidiger Markus Behrendt verlas eine Erklärung, in der {{m:m4b|Ralf K.}} {{c:c4b|einräumt}}, {{q:mixed:angeklagter:m4b:c4b|bei der Abrechnung „nicht sorgfältig genug“ gewesen zu sein}}. {{q:indirect:angeklagter:-:c5|Von einem systematischen Betrug könne aber keine Rede sein}}, {{c:c5|heißt es}} darin. {{q:indirect:angeklagter:-:-|Er habe sich auf seine Büroleiterin verlassen, die inzwischen ins Ausland gezogen sei}}.

Nach der Sitzung {{c:c6|sagte}} {{m:m6|Behrendt}} vor Journalisten, {{q:mixed:behrendt:m6:c6|sein Mandant habe „nie jemandem schaden wollen“}}. „{{q:direct:behrendt:m7:c7|Hier wird ein Mensch vorverurteilt, bevor die Beweisaufnahme überhaupt begonnen hat}}“, {{c:c7|kritisierte}} {{m:m7|der Anwalt}}. {{q:indirect:behrendt:-:-|Er werde beantragen, die Büroleiterin als Zeugin zu laden}}.

Als zweite Zeugin sagte am Nachmittag eine frühere Mitarbeiterin des Pflegedienstes aus. {{m:m8|Die 34-Jährige}} {{c:c8|berichtete}}, {{q:indirect:zeugin:m8:c8|sie habe Touren mit bis zu 30 Patienten an einem Tag fahren müssen}}. {{q:indirect:zeugin:-:-|Für Gespräche sei keine Zeit geblieben}}. {{m:m9|Sie}} {{c:c9|sagte}}, {{q:mixed:zeugin:m9:c9|sie habe sich „wie eine Nummer“ gefühlt}}. {{q:indirect:zeugin:m10:c10|Als sie Bedenken wegen der Abrechnungen angemeldet habe, sei ihr mit der Kündigung gedroht worden}}, {{c:c10|erzählte}} {{m:m10|die Frau}} unter Tränen.

Die Vorsitzende Richterin Ute Schomaker unterbrach die Befragung mehrfach. „{{q:direct:richterin:m11:c11|Wir wollen hier keine Stimmung machen, sondern Fakten klären}}“, {{c:c11|mahnte}} {{m:m11|sie}} in Richtung der Zuschauerbänke, auf denen auch mehrere Angehörige ehemaliger Patienten saßen.

Für die Krankenkassen ist der Fall kein Einzelfall. {{m:m12|Petra Linde}}, Leiterin der Stelle zur Bekämpfung von Fehlverhalten bei einer großen Ersatzkasse, {{c:c12|sprach}} von {{q:mixed:kasse:m12:c12|einem „Geschäftsmodell mit erschreckend hoher Dunkelziffer“ in der ambulanten Pflege}}. {{m:m13|Linde}} {{c:c13|zufolge}} {{q:indirect:kasse:m13:c13|entsteht den Kassen bundesweit jedes Jahr ein Schaden in dreistelliger Millionenhöhe}}. {{q:indirect:kasse:m14:c14|Die Kontrollen müssten deutlich verschärft werden}}, {{c:c14|forderte}} {{m:m14|sie}}.

Kritik kam auch von Patientenschützern. {{m:m16|Ein Sprecher der Stiftung Patientenschutz}} {{c:c16|sagte}}, {{q:indirect:stiftung:m16:c16|Betrug in der Pflege gehe immer zulasten der Schwächsten}}. {{q:indirect:stiftung:-:-|Viele Familien merkten gar nicht, wenn Leistungen fehlten, weil sie selbst berufstätig seien und die Angehörigen nur am Wochenende besuchten}}.

Für den Prozess sind zunächst zwölf Verhandlungstage angesetzt. {{c:c15|Nach Angaben}} von {{m:m15|Gerichtssprecher Tobias Engel}} {{q:indirect:sprecher:m15:c15|könnte ein Urteil Ende Februar fallen}}. Im Falle einer Verurteilung drohen dem Angeklagten bis zu zehn Jahre Haft. Der Pflegedienst ist inzwischen insolvent, die rund 60 Patientinnen und Patienten werden inzwischen von anderen Anbietern in der Stadt versorgt.
""")

# ---------------------------------------------------------------- batch 2: written after the first
# round of changes on this branch, scored before any further change (see README)

article(
    "dex_09_ausland_wahl", "de/online-ausland", "de",
    {"novak": "Petra Novak", "horvat": "Milan Horvat", "wahlkommission": "die Wahlkommission",
     "osze": "die OSZE-Beobachter", "auswaertiges": "das Auswärtige Amt", "beobachter": "ein Wahlbeobachter aus Österreich",
     "experte": "Jonas Feld", "kommission": ["eine Sprecherin", "die EU-Kommission"]},
    """
Knappes Ergebnis in Slowenien: Opposition reklamiert Sieg für sich

Ljubljana (dpa) - Nach der Parlamentswahl in Slowenien zeichnet sich ein Kopf-an-Kopf-Rennen zwischen Regierung und Opposition ab. {{c:c1|Nach Angaben}} der {{m:m1|Wahlkommission}} {{q:indirect:wahlkommission:m1:c1|kam die liberale Regierungspartei nach Auszählung von 98 Prozent der Stimmen auf 31,2 Prozent, die konservative Opposition auf 30,8 Prozent}}. Ein amtliches Endergebnis wird erst in einigen Tagen erwartet, weil noch Briefwahlstimmen aus dem Ausland ausgezählt werden müssen.

Oppositionsführer Milan Horvat erklärte sich noch in der Wahlnacht zum Sieger. „{{q:direct:horvat:m3:c3|Die Menschen haben sich für einen Wechsel entschieden}}“, {{c:c3|rief}} {{m:m3|der 58-Jährige}} seinen jubelnden Anhängern in Ljubljana zu. {{q:indirect:horvat:m4:c4|Er werde in den kommenden Tagen Gespräche mit allen Parteien führen, die zu einer Zusammenarbeit bereit seien}}, {{c:c4|kündigte}} {{m:m4|Horvat}} an. {{q:indirect:horvat:-:-|Die Regierung habe das Vertrauen der Bürger verspielt}}.

Ministerpräsidentin Petra Novak wies das zurück. {{q:indirect:novak:m6:c6|Es sei viel zu früh, um einen Sieger auszurufen}}, {{c:c6|sagte}} {{m:m6|sie}} vor Journalisten. {{q:indirect:novak:-:-|Ihre Partei liege nach wie vor knapp vorn und werde den Auftrag zur Regierungsbildung beanspruchen}}. „{{q:direct:novak:m7:c7|Wir warten das Ergebnis in Ruhe ab}}“, {{c:c7|betonte}} {{m:m7|die Regierungschefin}}, „{{q:direct:novak:m7:c7|und dann reden wir über Koalitionen.}}“

Die Wahlbeteiligung lag {{c:c8|laut}} {{m:m8|Wahlkommission}} {{q:indirect:wahlkommission:m8:c8|bei rund 68 Prozent und damit deutlich höher als vor vier Jahren}}. {{m:m9|Die Beobachter der OSZE}} {{c:c9|sprachen}} von {{q:mixed:osze:m9:c9|einer „im Wesentlichen fairen“ Wahl}}. {{q:indirect:osze:m10:c10|Es habe allerdings vereinzelt Berichte über Druck auf Wähler in ländlichen Regionen gegeben}}, {{c:c10|heißt es}} in ihrem vorläufigen {{m:m10|Bericht}}.

Horvat war bereits von 2012 bis 2016 Regierungschef. Damals hatte er sich mit Brüssel wiederholt über die Haushaltspolitik gestritten. Im Wahlkampf hatte {{m:m19|er}} {{c:c19|angekündigt}}, {{q:indirect?:horvat:m19:c19|die Zuwanderung deutlich zu begrenzen und mehrere Steuern zu senken}}. Die slowenische Zeitung „Delo“ zitierte {{m:m17|ihn}} am Montag mit den {{c:c17|Worten}}: „{{q:direct:horvat:m17:c17|Slowenien zuerst, dann Europa.}}“ In Brüssel dürfte das mit Sorge gehört werden.

Die EU-Kommission wollte sich zum Ergebnis zunächst nicht äußern. {{q:indirect:kommission:m18:c18|Man kommentiere laufende Auszählungen grundsätzlich nicht}}, {{c:c18|sagte}} {{m:m18|eine Sprecherin}} in Brüssel. {{q:indirect:kommission:-:-|Die Kommission sei aber bereit, mit jeder demokratisch gewählten Regierung eng zusammenzuarbeiten}}.

Auch in Berlin wird die Wahl aufmerksam verfolgt. {{m:m11|Das Auswärtige Amt}} {{c:c11|erklärte}}, {{q:indirect:auswaertiges:m11:c11|man respektiere den Willen der slowenischen Wählerinnen und Wähler und hoffe auf eine rasche Regierungsbildung}}. Slowenien ist seit 2004 Mitglied der Europäischen Union und hat den Euro als Währung.

Der Politikwissenschaftler {{m:m12|Jonas Feld}} von der Universität Graz {{c:c12|geht}} davon aus, dass {{q:indirect?:experte:m12:c12|die Koalitionsverhandlungen schwierig werden}}. {{m:m13|Feld}} {{c:c13|sagte}} im Gespräch mit der dpa, {{q:indirect:experte:m13:c13|keines der beiden Lager könne ohne kleinere Parteien regieren}}. {{q:indirect:experte:-:-|Diese hätten im Wahlkampf aber jede Zusammenarbeit mit Horvat ausgeschlossen}}. {{q:indirect:experte:m14:c14|Eine Minderheitsregierung sei daher nicht auszuschließen}}, {{c:c14|so}} {{m:m14|Feld}}.

{{m:m15|Ein Wahlbeobachter aus Österreich}}, der namentlich nicht genannt werden wollte, {{c:c15|berichtete}}, {{q:indirect:beobachter:m15:c15|in einigen Wahllokalen hätten sich lange Schlangen gebildet}}. „{{q:direct:beobachter:m16:c16|Manche Menschen haben zwei Stunden gewartet, um ihre Stimme abzugeben}}“, {{c:c16|sagte}} {{m:m16|er}}. {{q:indirect:beobachter:-:-|Das zeige, wie sehr die Menschen die Wahl bewegt habe}}.

Bis zum amtlichen Endergebnis dürften noch mehrere Tage vergehen. Die Wahlkommission will die Briefwahlstimmen bis Donnerstag auszählen. Erst danach kann Staatspräsident Andrej Kos einen Kandidaten mit der Regierungsbildung beauftragen. Beobachter rechnen mit wochenlangen Verhandlungen. Vor vier Jahren hatte es fast drei Monate gedauert, bis eine neue Regierung vereidigt werden konnte. Damals war eine Koalition aus vier Parteien zustande gekommen, die allerdings nur knapp zwei Jahre hielt.
""")

article(
    "dex_10_gesundheit_praxen", "de/online-gesundheit", "de",
    {"kv": ["die Kassenärztliche Vereinigung", "KV"], "hoffmann": "Sabine Hoffmann", "weiss": "Dr. Tobias Weiß",
     "ministerium": ["ein Sprecher des Gesundheitsministeriums", "das Gesundheitsministerium"],
     "patientin": "Erika Brandl", "studie": "die Studie", "verbraucherzentrale": "die Verbraucherzentrale",
     "hausaerzteverband": "der Hausärzteverband",
     "ebner": "Markus Ebner", "aok": ["die AOK Bayern", "die Kasse"]},
    """
Hausärztemangel auf dem Land: Patienten warten wochenlang auf einen Termin

Immer mehr Hausarztpraxen in ländlichen Regionen finden keine Nachfolger. Für Patientinnen und Patienten heißt das: lange Wege und noch längere Wartezeiten. Eine Reportage aus dem Landkreis Cham.

Cham. Wenn Erika Brandl einen Termin bei ihrer Hausärztin braucht, muss sie früh aufstehen. „{{q:direct:patientin:m1:c1|Um acht Uhr ruft man an, um fünf nach acht ist alles weg}}“, {{c:c1|erzählt}} {{m:m1|die 79-Jährige}}. Seit ihr langjähriger Hausarzt im vergangenen Jahr in den Ruhestand gegangen ist, fährt sie 25 Kilometer bis in die nächste Praxis. Einen Führerschein hat sie nicht mehr, ihre Tochter muss sie bringen.

So wie Brandl geht es vielen Menschen in Ostbayern. {{c:c2|Nach Angaben}} der {{m:m2|Kassenärztlichen Vereinigung Bayerns}} (KV) {{q:indirect:kv:m2:c2|sind im Landkreis Cham derzeit elf Hausarztsitze unbesetzt}}. {{q:indirect:kv:-:-|Bis 2030 könnten weitere 20 hinzukommen, weil ein Drittel der Ärztinnen und Ärzte älter als 60 Jahre sei}}. Die Zahlen stammen aus der aktuellen Bedarfsplanung.

Dr. Tobias Weiß ist einer der Hausärzte, die noch durchhalten. Der 64-Jährige betreibt seit 30 Jahren eine Praxis in Waldmünchen. Eigentlich wollte er schon aufhören. „{{q:direct:weiss:m3b:c3|Aber wenn ich zumache, stehen 1800 Patienten ohne Arzt da}}“, {{c:c3|sagt}} {{m:m3b|Weiß}}. {{q:indirect:weiss:m5:c5|Er suche seit drei Jahren einen Nachfolger, bisher ohne Erfolg}}, {{c:c5|sagt}} {{m:m5|er}}. {{q:indirect:weiss:-:-|Junge Ärztinnen und Ärzte wollten lieber angestellt arbeiten und in der Stadt leben}}. {{q:indirect:weiss:-:-|Das Risiko einer eigenen Praxis schrecke viele ab}}.

Sabine Hoffmann, Vorsitzende des Hausärzteverbands in der Oberpfalz, kennt solche Geschichten. {{m:m7|Sie}} {{c:c7|fordert}}, {{q:indirect:hoffmann:m7:c7|dass die Kommunen stärker in Gemeinschaftspraxen und medizinische Versorgungszentren investieren}}. „{{q:direct:hoffmann:m8:c8|Wir brauchen Modelle, in denen junge Ärzte im Team arbeiten können und nicht allein für alles haften}}“, {{c:c8|sagte}} {{m:m8|Hoffmann}} unserer Zeitung. {{m:m9|Sie}} {{c:c9|warnte}} zugleich davor, {{q:indirect:hoffmann:m9:c9|die Probleme allein auf dem Rücken der Praxen abzuladen}}.

Eine Studie des Zentralinstituts für die kassenärztliche Versorgung kommt zu einem ähnlichen Befund. {{c:c10|Demnach}} {{q:indirect?:studie:-:c10|wünschen sich mehr als zwei Drittel der Medizinstudierenden eine Anstellung statt einer eigenen Praxis}}. Die Daten zeigen außerdem, dass der Anteil der Hausärztinnen in den vergangenen zehn Jahren deutlich gestiegen ist.

Das bayerische Gesundheitsministerium verweist auf sein Förderprogramm für Landärzte. {{m:m11|Ein Sprecher}} {{c:c11|teilte}} auf Nachfrage mit, {{q:indirect:ministerium:m11:c11|seit 2012 seien mehr als 1000 Niederlassungen im ländlichen Raum mit insgesamt rund 60 Millionen Euro gefördert worden}}. {{q:indirect:ministerium:-:-|Zudem gebe es eine Landarztquote beim Medizinstudium}}. {{q:indirect:ministerium:m12:c12|Die ersten Absolventinnen und Absolventen würden aber erst in einigen Jahren in den Praxen ankommen}}, {{c:c12|räumte}} {{m:m12|der Sprecher}} ein.

Vor Ort will man nicht länger warten. {{m:m14|Der Bürgermeister von Waldmünchen, Markus Ebner}} (CSU), {{c:c14|sagte}}, {{q:indirect:ebner:m14:c14|die Stadt sei bereit, Räume für eine Gemeinschaftspraxis mietfrei zur Verfügung zu stellen}}. {{q:indirect:ebner:-:-|Gespräche mit zwei Interessentinnen liefen bereits}}.

{{m:m15|Die AOK Bayern}} {{c:c15|rät}} Patientinnen und Patienten, {{q:indirect?:aok:m15:c15|sich bei Problemen an die Terminservicestelle unter der Nummer 116117 zu wenden}}. {{q:indirect:aok:m16:c16|Dort würden Termine in der Regel innerhalb von vier Wochen vermittelt}}, {{c:c16|teilte}} {{m:m16|die Kasse}} mit. Viele Versicherte wissen allerdings nichts von dem Angebot. Eine Umfrage unter älteren Patienten im Landkreis ergab im Frühjahr, dass nur jeder Vierte die bundesweite Nummer überhaupt kannte.

Für Erika Brandl kommt das zu spät. Sie hofft, dass ihre neue Hausärztin noch lange bleibt. „{{q:direct:patientin:m13:c13|Sonst weiß ich wirklich nicht, was ich machen soll}}“, {{c:c13|sagt}} {{m:m13|sie}}.
""")

article(
    "dex_11_promi_tournee", "de/online-promi", "de",
    {"lena": "Lena Sommerfeld", "management": ["ihr Management", "das Management"], "bild": ["die „Bild“", "Bild"],
     "agentur": ["ein Sprecher der Konzertagentur", "die Konzertagentur"], "fan": "eine Besucherin",
     "arzt": "Carsten Mühl", "kollege": "Tim Bender",
     "mopo": ["die „Hamburger Morgenpost“", "Hamburger Morgenpost"], "ruppert": "Jens Ruppert", "vz": "die Verbraucherzentrale Hamburg", "sender": "der Sender"},
    """
Schlagerstar {{m:h0|Lena Sommerfeld}} sagt komplette Tournee ab – „{{q:direct:lena:h0:-|Mein Körper zieht die Notbremse}}“

Schock für Tausende Fans: Schlagersängerin Lena Sommerfeld (38) hat ihre komplette Herbsttournee abgesagt. Grund sind gesundheitliche Probleme. Was wir wissen.

Hamburg. Eigentlich sollte es die größte Tournee ihrer Karriere werden: 24 Konzerte in Deutschland, Österreich und der Schweiz, fast alle ausverkauft. Doch daraus wird nichts. „{{q:direct:lena:m1:c1|Mein Körper zieht die Notbremse, und diesmal höre ich auf ihn}}“, {{c:c1|schrieb}} {{m:m1|Sommerfeld}} am Sonntagabend auf Instagram. „{{q:direct:lena:m1:c1|Es tut mir unendlich leid für alle, die sich auf die Abende gefreut haben.}}“

{{q:indirect:management:m2:c2|Die Sängerin habe auf dringenden ärztlichen Rat hin entschieden, alle Termine bis zum Jahresende abzusagen}}, {{c:c2|teilte}} {{m:m2|ihr Management}} mit. {{q:indirect:management:-:-|Tickets behielten ihre Gültigkeit für Nachholtermine im kommenden Frühjahr}}. Genauere Angaben zu ihrem Gesundheitszustand machte das Management nicht.

{{c:c3|Laut}} „{{m:m3|Bild}}“ {{q:indirect:bild:m3:c3|leidet die 38-Jährige an einem Erschöpfungssyndrom}}. {{q:indirect:bild:-:-|Sie habe sich bereits im Sommer mehrere Wochen zurückgezogen}}. Offiziell bestätigt ist das nicht. {{m:m4|Ein Sprecher der Konzertagentur}} {{c:c4|bestätigte}} auf Anfrage lediglich, dass {{q:indirect:agentur:m4:c4|die Tournee vollständig abgesagt ist}}. {{q:indirect:agentur:m5:c5|Über Nachholtermine werde man in den kommenden Wochen informieren}}, {{c:c5|sagte}} {{m:m5|er}}.

Sommerfeld hatte schon früher offen über den Druck im Musikgeschäft gesprochen. In einem Interview mit dem „Stern“ {{c:c6|erzählte}} {{m:m6|sie}} im vergangenen Jahr, {{q:indirect:lena:m6:c6|sie habe jahrelang kaum Urlaub gemacht}}. „{{q:direct:lena:m7:c7|Man funktioniert einfach, bis es irgendwann nicht mehr geht}}“, {{c:c7|sagte}} {{m:m7|sie}} damals.

Die Fans reagierten mit großer Anteilnahme. Unter dem Instagram-Beitrag sammelten sich innerhalb weniger Stunden mehr als 40.000 Kommentare. {{m:m8|Eine Besucherin}}, die Karten für das Konzert in Leipzig gekauft hatte, {{c:c8|sagte}} unserer Redaktion, {{q:indirect:fan:m8:c8|die Gesundheit gehe natürlich vor}}. {{q:indirect:fan:-:-|Sie werde im Frühjahr trotzdem kommen}}.

Für die Veranstalter ist die Absage ein herber Verlust. Wie {{m:m12|die „Hamburger Morgenpost“}} {{c:c12b|berichtet}}, {{q:indirect:mopo:m12:c12b|waren für die 24 Konzerte insgesamt rund 180.000 Tickets verkauft worden}}. {{m:m13|Ihr Manager Jens Ruppert}} {{c:c13|sagte}} der Deutschen Presse-Agentur: „{{q:direct:ruppert:m13:c13|Lena hat in den letzten Monaten alles gegeben. Jetzt ist sie dran.}}“ {{q:indirect:ruppert:m14:c14|Eine Rückkehr auf die Bühne sei fest geplant, nur der Zeitpunkt stehe noch nicht fest}}, {{c:c14|fügte}} {{m:m14|er}} hinzu.

Bereits gekaufte Fanartikel und Hotelbuchungen sind von der Regelung allerdings nicht erfasst. {{m:m15|Die Verbraucherzentrale Hamburg}} {{c:c15|empfiehlt}} Betroffenen, {{q:indirect?:vz:m15:c15|sich direkt an die Hotels zu wenden und nach einer kostenlosen Stornierung zu fragen}}.

Auch Kollegen meldeten sich zu Wort. {{m:m9|Sänger Tim Bender}}, mit dem Sommerfeld im vergangenen Jahr ein Duett aufgenommen hatte, {{c:c9|schrieb}}: „{{q:direct:kollege:m9:c9|Nimm dir alle Zeit der Welt. Wir sind da, wenn du zurückkommst.}}“

Der Hamburger Psychiater {{m:m10|Carsten Mühl}}, der Sommerfeld nicht behandelt, {{c:c10|sagte}}, {{q:indirect:arzt:m10:c10|Erschöpfungszustände seien in der Unterhaltungsbranche weit verbreitet}}. {{q:indirect:arzt:-:-|Viele Künstler trauten sich aber nicht, rechtzeitig eine Pause einzulegen, aus Angst, ihr Publikum zu verlieren}}. „{{q:direct:arzt:m11:c11|Dass jemand so offen damit umgeht, ist ein wichtiges Signal}}“, {{c:c11|betonte}} {{m:m11|Mühl}}.

Sommerfeld gehört seit ihrem Durchbruch 2015 zu den erfolgreichsten Schlagersängerinnen im deutschsprachigen Raum. Ihr letztes Album stieg im Frühjahr auf Platz eins der Charts ein. Wann sie wieder auf der Bühne steht, ist offen. Ihre Plattenfirma hat die Veröffentlichung einer geplanten Weihnachtssingle vorerst verschoben. Auch ein für November angekündigter Fernsehauftritt in einer großen Samstagabendshow fällt aus; {{m:m16|der Sender}} sucht {{c:c16|nach eigenen Worten}} {{q:indirect?:sender:m16:c16|bereits nach Ersatz}}. Für die Fans bleibt vorerst nur das Warten auf ein Lebenszeichen ihres Stars.
""")
