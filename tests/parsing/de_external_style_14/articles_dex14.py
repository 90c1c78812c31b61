# ruff: noqa: E501  (article prose: one paragraph a line)
# German external-style held-apart set, batch 14: original, invented online-news articles (every
# person, company and place detail is fictional), written and annotated before the parser was run on them.
from build_dex14 import article

article(
    "dex14_01_landtag_wohnungsbau", "de/online-landtag", "de",
    {"lindholm": ["Petra Lindholm", "Bauministerin Petra Lindholm", "Lindholm", "Die Ministerin"],
     "brandt": ["Markus Brandt", "CDU-Fraktionschef Markus Brandt", "Brandt", "Der CDU-Politiker"],
     "yildiz": ["Sara Yıldız", "Yıldız", "Die Grünen-Abgeordnete Sara Yıldız"],
     "finanz": ["Finanzministerium", "Einem Sprecher des Finanzministeriums", "ein Sprecher des Finanzministeriums", "Sprecher", "Dem Sprecher"],
     "kroeger": ["Ines Kröger", "vdw-Direktorin Ines Kröger", "Kröger"],
     "vdw": ["Verband der Wohnungswirtschaft", "Der Verband der Wohnungswirtschaft", "vdw"]},
    """
Wohnungsbau: Lindholm verspricht schnellere Genehmigungen

Die Bauministerin will die Verfahren drastisch verkürzen. Die Opposition hält das für Wahlkampf.

Von Katrin Möller, Hannover

Hannover. Niedersachsens Bauministerin Petra Lindholm (SPD) hat im Landtag ein Gesetz für schnellere Baugenehmigungen vorgestellt. {{m:m1|Die Ministerin}} {{c:c1|stellte}} am Mittwoch in Aussicht, {{q:indirect:lindholm:m1:c1|die Verfahren bis Ende 2027 auf höchstens drei Monate zu verkürzen}}. Bislang warten Bauherren in manchen Landkreisen mehr als ein Jahr auf eine Entscheidung.

{{q:indirect:lindholm:m2:c2|Das Land habe zu lange zugesehen, wie Anträge monatelang in den Bauämtern liegen blieben}}, {{c:c2|führte}} {{m:m2|die Ministerin}} aus. {{q:indirect:lindholm:-:-|Künftig gelte ein Antrag als genehmigt, wenn die Behörde nicht binnen drei Monaten entscheide}}. {{q:indirect:lindholm:-:-|Wer bauen wolle, dürfe nicht an Formularen scheitern}}. Auch digitale Bauanträge sollen bis 2026 in allen Kommunen möglich werden.

Das Geld für den sozialen Wohnungsbau bleibt dagegen knapp. {{q:indirect:lindholm:m3:c3|Die Förderung, {{c:c3|räumte}} {{m:m3|Lindholm}} auf Nachfrage ein, reiche derzeit nicht aus, um den Bedarf zu decken}}. Im laufenden Jahr stehen dafür rund 400 Millionen Euro bereit.

CDU-Fraktionschef Markus Brandt hielt das Gesetz für ein Manöver kurz vor der Landtagswahl. {{m:m4|Brandt}} {{c:c4|hob}} hervor, dass {{q:indirect:brandt:m4:c4|die Zahl der Baugenehmigungen im vergangenen Jahr um fast ein Viertel eingebrochen sei}}. {{q:indirect:brandt:-:-|Die Landesregierung habe drei Jahre lang tatenlos zugesehen}}. „{{q:direct:brandt:m5:c5|Jetzt, ein halbes Jahr vor der Wahl, ein Gesetz aus der Schublade zu holen, ist durchsichtig}}“, {{c:c5|spottete}} {{m:m5|der CDU-Politiker}}.

{{m:m6|Die Grünen-Abgeordnete Sara Yıldız}} {{c:c6|wandte}} ein, {{q:indirect:yildiz:m6:c6|schnellere Verfahren dürften nicht zulasten des Artenschutzes gehen}}. {{q:indirect:yildiz:-:-|Die Bauämter bräuchten zudem mehr Personal und nicht nur neue Fristen}}.

Wie viel das kosten wird, ist offen. {{m:m7|Einem Sprecher des Finanzministeriums}} {{c:c7|zufolge}} {{q:indirect:finanz:m7:c7|sollen die Mittel für die Bauverwaltung im nächsten Haushalt um zwölf Millionen Euro steigen}}. Dem {{m:m8|Sprecher}} {{c:c8|zufolge}} {{q:indirect:finanz:m8:c8|ist das mit den Kommunen bereits abgestimmt}}.

{{m:m9|Der Verband der Wohnungswirtschaft}} (vdw) {{c:c9|bemängelte}}, {{q:indirect:vdw:m9:c9|das Gesetz packe das eigentliche Problem nicht an}}. „{{q:direct:kroeger:m10:c10|Solange ein Quadratmeter Neubau 4500 Euro kostet, hilft auch die schnellste Genehmigung nichts}}“, {{c:c10|sagte}} {{m:m10|vdw-Direktorin Ines Kröger}} der „Hannoverschen Allgemeinen Zeitung“.

Der Gesetzentwurf wird nun in den Ausschüssen beraten. Eine Verabschiedung ist für den Herbst geplant.
""",
)

article(
    "dex14_02_gericht_pflegedienst", "de/online-gericht", "de",
    {"gericht": ["Miriam Haas", "Richterin Haas", "Die Vorsitzende Richterin Miriam Haas", "Haas", "Landgericht Kassel"],
     "anklage": ["Staatsanwaltschaft", "Anklage", "der Anklage"],
     "zeugin": ["Eine frühere Mitarbeiterin", "Mitarbeiterin", "Die 31-Jährige"],
     "sohn": ["Der Sohn einer Patientin", "Sohn einer Patientin"],
     "angeklagte": ["Die Angeklagte", "Angeklagte", "die frühere Geschäftsführerin", "Die 54-Jährige"],
     "petersen": ["Jan Petersen", "Verteidiger Jan Petersen", "Petersen", "Ihr Verteidiger Jan Petersen"],
     "wendt": ["Klaus Wendt", "Oberstaatsanwalt Klaus Wendt", "Wendt"]},
    """
Abrechnungsbetrug: Pflegedienst-Chefin muss ins Gefängnis

Das Landgericht Kassel verurteilt eine 54-Jährige zu drei Jahren und neun Monaten Haft. Sie hatte Krankenkassen um 1,4 Millionen Euro betrogen.

Kassel. Im Prozess um Abrechnungsbetrug bei einem ambulanten Pflegedienst hat das Landgericht Kassel die frühere Geschäftsführerin zu drei Jahren und neun Monaten Haft verurteilt. {{q:indirect:gericht:m1:c1|Die 54-Jährige habe über fünf Jahre hinweg Leistungen abgerechnet, die nie erbracht worden seien}}, {{c:c1|hielt}} {{m:m1|die Vorsitzende Richterin Miriam Haas}} in der Urteilsbegründung fest. {{q:indirect:gericht:-:-|Der Schaden für die Krankenkassen belaufe sich auf rund 1,4 Millionen Euro}}.

{{c:c2|Nach Darstellung}} {{m:m2|der Anklage}} {{q:indirect:anklage:m2:c2|ließ die Frau ihre Pflegekräfte Hausbesuche dokumentieren, die nie stattgefunden hatten}}. {{q:indirect:anklage:-:-|In mehreren Fällen seien sogar Patienten abgerechnet worden, die zu diesem Zeitpunkt bereits gestorben waren}}. Ein Sachverständiger hatte die Tourenpläne ausgewertet. Seine Auswertung hatte ergeben, dass an vielen Tagen mehr Einsätze abgerechnet wurden, als Personal im Dienst war.

{{m:m3|Eine frühere Mitarbeiterin}} {{c:c3|sagte}} als Zeugin aus, {{q:indirect:zeugin:m3:c3|man habe die Stundenzettel auf Anweisung der Chefin nachträglich ausgefüllt}}. „{{q:direct:zeugin:m4:c4|Wer sich geweigert hat, bekam keine Schichten mehr}}“, {{c:c4|sagte}} {{m:m4|die 31-Jährige}} mit brüchiger Stimme. {{m:m5|Der Sohn einer Patientin}} {{c:c5|gab}} an, {{q:indirect:sohn:m5:c5|seine Mutter sei in einem ganzen Jahr nur zweimal besucht worden}}.

{{m:m6|Die Angeklagte}} hatte zum Prozessauftakt über ihre Anwältin {{c:c6|mitteilen}} lassen, {{q:indirect:angeklagte:m6:c6|sie bedauere die Fehler, habe sich aber nicht persönlich bereichert}}. {{q:indirect:angeklagte:-:-|Das Geld sei vollständig in den Betrieb geflossen}}.

Ihr Verteidiger Jan Petersen hatte eine Bewährungsstrafe beantragt. {{m:m7|Er}} {{c:c7|argumentierte}}, {{q:indirect:petersen:m7:c7|seine Mandantin sei in ein System hineingerutscht, das ihr Vorgänger aufgebaut habe}}. {{q:indirect:petersen:-:-|Sie habe den Schaden zudem zu einem Teil wiedergutgemacht}}.

Dem folgte die Kammer nicht. {{m:m8|Richterin Haas}} {{c:c8|nannte}} {{q:mixed:gericht:m8:c8|das Vorgehen „kaltblütig und planvoll“}}. {{q:indirect:gericht:-:-|Gerade Menschen, die auf Hilfe angewiesen seien, hätten unter dem Betrug gelitten}}.

Oberstaatsanwalt Klaus Wendt zeigte sich nach der Verhandlung zufrieden. „{{q:direct:wendt:m9:c9|Das Urteil sendet ein klares Signal an die gesamte Branche}}“, {{c:c9|sagte}} {{m:m9|er}} vor dem Gerichtssaal. Ob die Verteidigung Revision einlegt, ließ Petersen offen. Das Urteil ist noch nicht rechtskräftig.
""",
)

article(
    "dex14_03_lokal_baeckerei", "de/online-lokal", "de",
    {"roth": ["Tim Roth", "Bäckermeister Tim Roth", "Roth", "Der 47-Jährige"],
     "sommer": ["Lea Sommer", "Konditorin Lea Sommer", "Sommer"],
     "hwk": ["Handwerkskammer Heilbronn-Franken", "Die Handwerkskammer Heilbronn-Franken", "Handwerkskammer", "eine Sprecherin der Kammer", "Kammer"],
     "zentralverband": ["Zentralverband des Deutschen Bäckerhandwerks", "der Zentralverband des Deutschen Bäckerhandwerks"],
     "weiss": ["Carla Weiß", "Metzgermeisterin Carla Weiß", "Weiß"],
     "pfeiffer": ["Jonas Pfeiffer", "Bäcker Jonas Pfeiffer", "Pfeiffer"]},
    """
Bäckermeister: „{{q:direct:roth:-:-|Das Brötchen für 30 Cent ist Geschichte}}“

Hohe Energiepreise und fehlender Nachwuchs setzen dem Handwerk zu. Ein Besuch in einer Backstube in Heilbronn.

Von Julia Brenner

Foto: Julia Brenner

Heilbronn. Um halb drei in der Nacht ist es in der Backstube in der Südstraße schon warm. Bäckermeister Tim Roth schiebt die ersten Bleche mit Laugenbrezeln in den Ofen. „{{q:direct:roth:m1:c1|Früher habe ich mir über den Strompreis nie Gedanken gemacht}}“, {{c:c1|sagt}} {{m:m1|der 47-Jährige}}. „{{q:direct:roth:m1:c1|Heute rechne ich jeden Monat nach, ob sich die Nachtschicht überhaupt noch lohnt.}}“

{{q:indirect:roth:m2:c2|Seine Stromrechnung habe sich binnen zwei Jahren fast verdreifacht}}, {{c:c2|rechnet}} {{m:m2|Roth}} vor. {{q:indirect:roth:-:-|Die Preise habe er deshalb zweimal erhöhen müssen, zuletzt im Frühjahr}}. Ein Brötchen kostet bei ihm inzwischen 55 Cent.

Ganz weggeblieben sind die Kunden trotzdem nicht. {{m:m3|Konditorin Lea Sommer}}, die seit elf Jahren im Betrieb arbeitet, {{c:c3|erzählt}}, {{q:indirect:sommer:m3:c3|viele Stammkunden kämen inzwischen nur noch am Wochenende}}. „{{q:direct:sommer:m4:c4|Unter der Woche holen sich die Leute ihr Brot beim Discounter}}“, {{c:c4|sagt}} {{m:m4|sie}}.

Die Handwerkskammer Heilbronn-Franken beobachtet die Entwicklung mit Sorge. {{q:indirect:hwk:m5:c5|Seit 2020 hätten in der Region 38 Bäckereien aufgegeben}}, {{c:c5|teilte}} {{m:m5|eine Sprecherin der Kammer}} auf Anfrage mit. {{q:indirect:hwk:-:-|Besonders schwer sei es, Nachwuchs zu finden}}. Wie {{m:m6|der Zentralverband des Deutschen Bäckerhandwerks}} in Berlin {{c:c6|mitteilte}}, {{q:indirect:zentralverband:m6:c6|gibt es bundesweit noch rund 9000 Meisterbetriebe}}. Vor zwanzig Jahren waren es fast doppelt so viele.

Manche Betriebe helfen sich inzwischen gegenseitig. „{{q:direct:weiss:m7:c7|Wir teilen uns sogar die Fahrer für die Lieferungen an Kantinen}}“, {{c:c7|sagt}} {{m:m7|Metzgermeisterin Carla Weiß}} aus dem Nachbarort Flein. Für andere kam die Hilfe zu spät. „{{q:direct:pfeiffer:m8:c8|Ich habe einfach keinen Nachfolger gefunden}}“, {{c:c8|sagt}} {{m:m8|Bäcker Jonas Pfeiffer}}, der seinen Laden ein paar Straßen weiter vor einem Jahr geschlossen hat.

Ans Aufhören denkt Roth nicht. Als die Sprache auf einen möglichen Verkauf kommt, {{c:c9|winkt}} {{m:m9|er}} ab: „{{q:direct:roth:m9:c9|Meine Großeltern haben hier angefangen, und ich höre hier auch auf.}}“ Für das kommende Ausbildungsjahr hat er zwei Lehrlinge eingestellt. {{q:indirect:roth:m10:c10|Das ist, {{c:c10|sagt}} {{m:m10|er}}, immerhin ein Anfang}}.
""",
)

article(
    "dex14_04_eishockey_eisbaeren", "de/online-sport", "de",
    {"salonen": ["Mika Salonen", "Trainer Mika Salonen", "Salonen", "Der Finne"],
     "hartmann": ["Leo Hartmann", "Kapitän Leo Hartmann", "Hartmann", "Der 33-Jährige"],
     "kessler": ["Tom Kessler", "Haie-Stürmer Tom Kessler", "Kessler"],
     "kramer": ["Stefan Kramer", "Sportdirektor Stefan Kramer", "Kramer", "Eisbären-Sportdirektor Stefan Kramer"]},
    """
Eisbären verspielen 3:0-Führung – Salonen: „{{q:direct:salonen:-:-|Wir haben aufgehört, Eishockey zu spielen}}“

Berlin. Die Eisbären Berlin haben in der Deutschen Eishockey Liga eine 3:0-Führung verspielt und gegen die Kölner Haie mit 3:4 nach Verlängerung verloren. Trainer Mika Salonen war nach der Partie sichtlich bedient.

„{{q:direct:salonen:m1:c1|Wir haben nach dem dritten Tor aufgehört, Eishockey zu spielen}}“, {{c:c1|haderte}} {{m:m1|der Finne}}. „{{q:direct:salonen:m1:c1|So etwas darf einer Mannschaft mit unseren Ansprüchen nicht passieren.}}“ Die Berliner hatten das Spiel bis zur 45. Minute klar im Griff.

{{m:m2|Kapitän Leo Hartmann}} {{c:c2|gestand}}, {{q:indirect:hartmann:m2:c2|die Mannschaft sei nach der Führung zu sorglos geworden}}. „{{q:direct:hartmann:m3:c3|Ich nehme mich da ausdrücklich nicht aus}}“, {{c:c3|ergänzte}} {{m:m3|der 33-Jährige}}. „{{q:direct:hartmann:m4:c4|Was sollen wir jetzt machen, den Kopf in den Sand stecken?}}“, {{c:c4|fragte}} {{m:m4|Hartmann}}. {{q:indirect:hartmann:-:-|Am Freitag gehe es schließlich schon weiter}}.

Auf Kölner Seite war die Erleichterung groß. {{m:m5|Haie-Stürmer Tom Kessler}}, der in der Verlängerung traf, {{c:c5|schwärmte}} von der Moral seiner Mannschaft: „{{q:direct:kessler:m5:c5|So ein Comeback habe ich in zwölf Jahren Profi-Eishockey noch nicht erlebt.}}“ {{m:m6|Kessler}} {{c:c6|sagte}} dem Sender MagentaSport später, {{q:indirect:kessler:m6:c6|er habe den Puck eigentlich gar nicht richtig getroffen}}. {{q:indirect:kessler:-:-|Manchmal brauche man eben auch Glück}}.

Eisbären-Sportdirektor Stefan Kramer wollte von einer Krise nichts wissen. „{{q:direct:kramer:m7:c7|Wir stehen auf Platz zwei. Wer da von einer Krise spricht, hat die Tabelle nicht gelesen}}“, {{c:c7|sagte}} {{m:m7|Kramer}}. {{q:mixed:kramer:m8:c8|Man werde die Niederlage „in aller Ruhe analysieren“ und dann abhaken}}, {{c:c8|kündigte}} {{m:m8|er}} an.

Die „B.Z.“ {{c:c9|zitierte}} {{m:m9|Salonen}} am Sonntag zudem mit den Worten: „{{q:direct:salonen:m9:c9|Ich habe heute Abend keine Antworten.}}“

Zuschauer: 14.200 (ausverkauft). Tore: 1:0 Brandl (8.), 2:0 Hartmann (21.), 3:0 Weber (33.), 3:1 Kessler (46.), 3:2 Lindqvist (51.), 3:3 Kessler (58.), 3:4 Kessler (63.).

Am Freitag treten die Eisbären in Mannheim an.
""",
)

article(
    "dex14_05_polizei_autobahn", "de/online-polizei", "de",
    {"polizei": ["Polizei", "Polizei Bielefeld", "Polizeibericht", "ein Sprecher der Polizei Bielefeld", "Sprecher", "Dem Sprecher"],
     "fahrer": ["Der 58-Jährige", "Lkw-Fahrer", "ein 58 Jahre alter Lkw-Fahrer"],
     "feuerwehr": ["Feuerwehr Bielefeld", "Die Feuerwehr Bielefeld", "eine Sprecherin der Feuerwehr", "Feuerwehr"],
     "autobahn": ["Autobahn GmbH Westfalen", "Die Autobahn GmbH Westfalen", "Autobahn GmbH"],
     "autofahrer": ["Ein Autofahrer", "Autofahrer", "Der 36-Jährige"]},
    """
Lkw-Unfall auf der A2: Autobahn stundenlang gesperrt

Bild: Polizei Bielefeld

Bielefeld (dpa/lnw) – Nach einem schweren Unfall mit zwei Lastwagen ist die Autobahn 2 bei Bielefeld am Dienstag stundenlang gesperrt gewesen. {{c:c1|Laut}} {{m:m1|Polizeibericht}} {{q:indirect:polizei:m1:c1|fuhr ein 58 Jahre alter Lkw-Fahrer gegen 5.40 Uhr am Ende eines Staus nahezu ungebremst auf einen Sattelzug auf}}.

Der Fahrer wurde in seinem Führerhaus eingeklemmt und von der Feuerwehr befreit. {{q:indirect:polizei:m2:c2|Er sei schwer, aber nicht lebensgefährlich verletzt worden}}, {{c:c2|sagte}} {{m:m2|ein Sprecher der Polizei Bielefeld}}. Dem {{m:m3|Sprecher}} {{c:c3|zufolge}} {{q:indirect:polizei:m3:c3|war der Mann vermutlich kurz abgelenkt}}. {{q:indirect:polizei:-:-|Ob er dabei sein Handy benutzt habe, werde noch geprüft}}. {{m:m4|Der 58-Jährige}} {{c:c4|gab}} gegenüber den Beamten an, {{q:indirect:fahrer:m4:c4|er habe das Stauende zu spät gesehen}}.

Die Feuerwehr Bielefeld war mit 45 Einsatzkräften vor Ort. {{q:indirect:feuerwehr:m5:c5|Die Bergung des Sattelzugs habe sich schwierig gestaltet, weil Diesel ausgelaufen sei}}, {{c:c5|teilte}} {{m:m5|eine Sprecherin der Feuerwehr}} mit. Der Fahrer des Sattelzugs blieb unverletzt.

{{m:m6|Die Autobahn GmbH Westfalen}} {{c:c6|teilte}} am Nachmittag mit, {{q:indirect:autobahn:m6:c6|die Fahrbahn müsse auf einer Länge von 200 Metern erneuert werden}}. {{q:indirect:autobahn:-:-|Die Arbeiten dauerten voraussichtlich bis in die Nacht}}. Pendler mussten teils mehr als drei Stunden im Stau warten, der Verkehr wurde über die A33 umgeleitet.

{{m:m7|Ein Autofahrer}}, der direkt hinter der Unfallstelle im Stau stand, {{c:c7|schilderte}} der „Neuen Westfälischen“, {{q:indirect:autofahrer:m7:c7|es habe einen lauten Knall gegeben, dann sei Rauch aufgestiegen}}. „{{q:direct:autofahrer:m8:c8|Ich dachte erst, da explodiert etwas}}“, {{c:c8|sagte}} {{m:m8|der 36-Jährige}}.

Die Unfallstatistik zeigt, dass Stauenden auf der A2 seit Jahren zu den gefährlichsten Stellen gehören. Die Polizei sucht Zeugen, die den Unfall beobachtet haben. Hinweise nimmt sie unter der Telefonnummer 0521 5450 entgegen.
""",
)
