# ruff: noqa: E501  (article prose: one paragraph a line)
# German articles of the lead's holdout batch (tenth session). Original, invented prose; every person is
# fictional (real cities, Länder and institutions only as setting). Written and annotated before the
# parser was run on them, and kept apart from every helper's fixes: measured once, at the end.
from build_holdout import article

article(
    "hold_de_01_landtag_schulen", "holdout/de-landtag", "de",
    {"kessler": ["Martina Kessler", "Kultusministerin Martina Kessler"],
     "vogt": ["Andreas Vogt", "Grünen-Fraktionschef Andreas Vogt"],
     "bllv": ["BLLV", "Bayerischer Lehrer- und Lehrerinnenverband"],
     "hartl": ["Sabine Hartl", "BLLV-Präsidentin Sabine Hartl"],
     "ministerium": ["Kultusministerium", "das Ministerium"],
     "oberhuber": "Thomas Oberhuber"},
    """
Landtag streitet über Lehrermangel – Kessler verspricht 1500 neue Stellen

München – {{m:m1|Bayerns Kultusministerin Martina Kessler}} hat im Landtag {{c:c1|angekündigt}}, {{q:indirect:kessler:m1:c1|zum kommenden Schuljahr 1500 zusätzliche Lehrerstellen zu schaffen}}. {{q:indirect:kessler:m2:c2|Der größte Teil davon sei für Grund- und Mittelschulen vorgesehen}}, {{c:c2|sagte}} {{m:m2|die CSU-Politikerin}} am Donnerstag. {{q:indirect:kessler:-:-|Die Stellen seien im Haushalt bereits eingeplant}}.

Die Opposition hält das für zu wenig. „{{q:direct:vogt:m3:c3|Sie stopfen ein Loch, das Sie selbst gegraben haben}}“, {{c:c3|rief}} {{m:m3|Grünen-Fraktionschef Andreas Vogt}} in Richtung Regierungsbank. {{m:m4|Vogt}} {{c:c4|warf}} der Staatsregierung vor, {{q:indirect:vogt:m4:c4|den Lehrermangel jahrelang kleingeredet zu haben}}. {{q:indirect:vogt:-:-|Allein an den Mittelschulen fehlten derzeit mehr als 2000 Lehrkräfte}}.

Der Bayerische Lehrer- und Lehrerinnenverband (BLLV) begrüßte die Ankündigung grundsätzlich. {{q:indirect:hartl:m6:c6|Neue Stellen nützten allerdings wenig, wenn es keine Bewerber gebe}}, {{c:c6|sagte}} {{m:m6|BLLV-Präsidentin Sabine Hartl}} dem Bayerischen Rundfunk. {{q:indirect:hartl:-:-|Viele junge Lehrkräfte wanderten in andere Bundesländer ab, weil dort besser bezahlt werde}}.

{{c:c7|Nach Angaben}} {{m:m7|des Kultusministeriums}} {{q:indirect:ministerium:m7:c7|haben sich für das kommende Schuljahr rund 4200 Absolventen um eine Stelle beworben}}. {{q:indirect:ministerium:m8:c8|Das seien etwa zehn Prozent mehr als im Vorjahr}}, {{c:c8|hieß}} es aus {{m:m8|dem Ministerium}}.

{{m:m9|Thomas Oberhuber}}, Schulleiter einer Mittelschule in Landshut, {{c:c9|berichtete}}, {{q:indirect:oberhuber:m9:c9|an seiner Schule unterrichteten inzwischen sechs Quereinsteiger}}. „{{q:direct:oberhuber:m10:c10|Die machen das mit großem Einsatz. Aber niemand hat ihnen gezeigt, wie man eine fünfte Klasse bändigt}}“, {{c:c10|sagte}} {{m:m10|er}}.

Der Landtag soll im Juli über den Nachtragshaushalt abstimmen.
""",
)

article(
    "hold_de_02_polizei_gericht", "holdout/de-regional-polizei", "de",
    {"polizei": ["Polizei", "Polizeiangaben", "Polizeipräsidium Westpfalz", "die Polizei"],
     "sprecher": ["Jens Morawietz", "Polizeisprecher Jens Morawietz"],
     "stawa": ["Staatsanwaltschaft Kaiserslautern", "die Staatsanwaltschaft", "Anklage"],
     "richterin": ["Claudia Benninger", "Richterin Claudia Benninger"],
     "verteidiger": ["Frank Ullrich", "Verteidiger Frank Ullrich"],
     "angeklagter": ["der Angeklagte", "der 34-Jährige"]},
    """
Geldautomat gesprengt: Haftstrafe für 34-Jährigen

Kaiserslautern. Fast zwei Jahre nach der Sprengung eines Geldautomaten in Landstuhl hat das Landgericht Kaiserslautern einen 34-Jährigen zu sechs Jahren und drei Monaten Haft verurteilt. {{q:indirect:richterin:m1:c1|Der Mann habe sich des Herbeiführens einer Sprengstoffexplosion und des Diebstahls schuldig gemacht}}, {{c:c1|sagte}} {{m:m1|die Vorsitzende Richterin Claudia Benninger}} bei der Urteilsverkündung am Mittwoch.

{{c:c2|Laut}} {{m:m2|Anklage}} {{q:indirect:stawa:m2:c2|hatte der Mann im März 2025 gemeinsam mit zwei bislang unbekannten Komplizen den Automaten in einer Bankfiliale mit Festsprengstoff aufgesprengt und rund 86.000 Euro erbeutet}}. Die Druckwelle hatte die Fassade des Gebäudes schwer beschädigt; über der Filiale wohnten zu dem Zeitpunkt vier Menschen.

„{{q:direct:richterin:m3:c3|Dass dabei niemand verletzt oder getötet wurde, ist reiner Zufall}}“, {{c:c3|betonte}} {{m:m3|Benninger}}. {{q:indirect:richterin:-:-|Der Angeklagte habe das Leben der Bewohner billigend in Kauf genommen}}.

{{m:m4|Der 34-Jährige}} hatte zu Prozessbeginn {{c:c4|eingeräumt}}, {{q:indirect:angeklagter:m4:c4|am Tatort gewesen zu sein}}. {{q:indirect:angeklagter:m5:c5|Die Sprengung selbst hätten aber die beiden anderen Männer vorbereitet}}, hatte {{m:m5|er}} {{c:c5|ausgesagt}}. {{m:m6|Sein Verteidiger Frank Ullrich}} {{c:c6|kündigte}} an, {{q:indirect:verteidiger:m6:c6|Revision einzulegen}}.

Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert. {{q:indirect:stawa:m8:c8|Die Suche nach den Komplizen dauere an}}, {{c:c8|teilte}} {{m:m8|eine Sprecherin der Behörde}} mit.

{{c:c9|Nach}} {{m:m9|Polizeiangaben}} {{q:indirect:polizei:m9:c9|werden Geldautomaten in Rheinland-Pfalz inzwischen seltener gesprengt}}. {{q:indirect:sprecher:m10:c10|Viele Banken hätten ihre Automaten nachts abgeschaltet oder mit Farbpatronen gesichert}}, {{c:c10|erklärte}} {{m:m10|Polizeisprecher Jens Morawietz}} auf Anfrage.
""",
)
