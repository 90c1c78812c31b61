# ruff: noqa: E501  (article prose: one paragraph a line)
# German articles of the lead's second holdout batch (eleventh session). Original, invented prose; every
# person is fictional. Written and annotated before the parser was run on them; kept from every helper.
from build_holdout2 import article

article(
    "hold2_de_01_landtag_schulen", "holdout2/de-landtag", "de",
    {"kessler": ["Birgit Kessler"],
     "oberhuber": ["Florian Oberhuber"],
     "voss": ["Andrea Voss"],
     "ministerium": ["Kultusministerium"]},
    """
Lehrermangel: Kultusministerin will Teilzeit begrenzen

München (dpa) - Bayerns Kultusministerin Birgit Kessler (CSU) will die Teilzeit für Lehrkräfte an Grund- und Mittelschulen begrenzen. {{q:indirect:kessler:m1:c1|Nur so lasse sich der Unterricht im kommenden Schuljahr sichern}}, {{c:c1|sagte}} {{m:m1|die Ministerin}} am Dienstag im Landtag.

{{q:indirect:kessler:m2:c2|Derzeit fehlten an den Grundschulen rund 1400 Lehrerinnen und Lehrer}}, {{c:c2|so}} {{m:m2|Kessler}}. {{q:indirect:kessler:-:-|Wer in Teilzeit arbeite, solle künftig mindestens 20 Stunden pro Woche unterrichten}}. {{q:indirect:kessler:-:-|Ausnahmen werde es für Eltern kleiner Kinder und für die Pflege von Angehörigen geben}}.

Die Opposition reagierte empört. {{m:m3|Der bildungspolitische Sprecher der Grünen, Florian Oberhuber}}, {{c:c3|warf}} der Staatsregierung vor, {{q:indirect:oberhuber:m3:c3|die Lehrkräfte für eigene Planungsfehler büßen zu lassen}}. „{{q:direct:oberhuber:m4:c4|Seit zehn Jahren ist bekannt, dass die Schülerzahlen steigen. Passiert ist nichts}}“, {{c:c4|sagte}} {{m:m4|Oberhuber}}.

Auch der Bayerische Lehrer- und Lehrerinnenverband (BLLV) kritisierte die Pläne. {{q:indirect:voss:m6:c6|Viele Lehrkräfte arbeiteten gerade deshalb in Teilzeit, weil sie die Belastung in Vollzeit nicht mehr aushielten}}, {{c:c6|erklärte}} {{m:m6|Verbandspräsidentin Andrea Voss}}. {{q:indirect:voss:-:-|Wer ihnen nun Stunden vorschreibe, treibe sie in den Krankenstand oder aus dem Beruf}}.

{{c:c7|Laut}} {{m:m7|Kultusministerium}} {{q:indirect:ministerium:m7:c7|arbeiten derzeit rund 38 Prozent der Lehrkräfte an Grundschulen in Teilzeit}}. {{q:indirect:ministerium:m8:c8|Die neue Regel solle vom Schuljahr 2027/28 an gelten}}, {{c:c8|teilte}} {{m:m8|das Ministerium}} am Abend mit.

Kessler zeigte sich dennoch gesprächsbereit. „{{q:direct:kessler:m10:c10|Ich lade die Verbände ein, mit uns über Entlastungen zu reden}}“, {{c:c10|sagte}} {{m:m10|sie}}. {{q:indirect:kessler:m11:c11|Über die Mindeststundenzahl wolle sie allerdings nicht verhandeln}}, {{c:c11|fügte}} {{m:m11|sie}} hinzu.
""",
)

article(
    "hold2_de_02_polizei_gericht", "holdout2/de-polizei-gericht", "de",
    {"polizei": ["Polizei"],
     "sprecher": ["Polizeisprecher"],
     "staatsanwaltschaft": ["Staatsanwaltschaft"],
     "brenner": ["Ulrike Brenner"],
     "richter": ["Thomas Albers"],
     "verteidiger": ["Jan Hollmann"],
     "lka": ["Landeskriminalamt"]},
    """
Geldautomaten gesprengt: Prozess gegen mutmaßlichen Bandenchef beginnt

Köln - Knapp ein Jahr nach einer Serie von Geldautomatensprengungen im Rheinland hat vor dem Kölner Landgericht der Prozess gegen einen 34-Jährigen begonnen. {{m:m1|Die Staatsanwaltschaft}} {{c:c1|wirft}} ihm vor, {{q:indirect:staatsanwaltschaft:m1:c1|als Kopf einer Bande an mindestens elf Sprengungen beteiligt gewesen zu sein}}.

{{q:indirect:brenner:m2:c2|Die Täter hätten dabei fast 900.000 Euro erbeutet und einen Sachschaden von mehreren Millionen Euro verursacht}}, {{c:c2|sagte}} {{m:m2|Oberstaatsanwältin Ulrike Brenner}} bei der Verlesung der Anklage. {{q:indirect:brenner:-:-|In zwei Fällen seien Wohnungen über den Bankfilialen nur knapp einem Brand entgangen}}.

Der Angeklagte schwieg zum Auftakt. Sein Verteidiger Jan Hollmann kündigte eine Erklärung für den nächsten Verhandlungstag an. {{q:indirect:verteidiger:m5:c5|Die Beweise gegen seinen Mandanten seien dünn}}, {{c:c5|sagte}} {{m:m5|Hollmann}} vor Journalisten. „{{q:direct:verteidiger:m6:c6|Eine Handynummer und ein Mietwagen machen noch keinen Bandenchef}}“, {{c:c6|so}} {{m:m6|der Anwalt}}.

{{m:m7|Der Vorsitzende Richter Thomas Albers}} {{c:c7|kündigte}} an, dass {{q:indirect:richter:m7:c7|das Gericht bis Ende März verhandeln werde}}. Angesetzt sind 14 Verhandlungstage.

Die Ermittlungen waren im vergangenen Sommer ins Rollen gekommen. {{c:c8|Nach Angaben}} {{m:m8|der Polizei}} {{q:indirect:polizei:m8:c8|hatten Zeugen in Frechen ein Fluchtauto mit niederländischem Kennzeichen beobachtet}}. {{q:indirect:sprecher:m9:c9|Über die Auswertung von Mautdaten seien die Ermittler schließlich auf den 34-Jährigen gestoßen}}, {{c:c9|sagte}} {{m:m9|ein Polizeisprecher}}. {{q:indirect:sprecher:-:-|Er sei im November in Utrecht festgenommen und nach Deutschland ausgeliefert worden}}.

Weitere Sprengungen fürchten die Ermittler auch nach der Festnahme. {{q:indirect:lka:m11:c11|Die Banden gingen immer brutaler vor und nähmen Verletzte in Kauf}}, {{c:c11|heißt es}} in einem Lagebild des {{m:m11|Landeskriminalamts}}.
""",
)
