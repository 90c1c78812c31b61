# French external-style held-apart set, batch 2: original, invented news articles (every person,
# company and place detail is fictional), written and annotated after the batch-1 fixes and before the
# parser was run on them (a check of those fixes on text they were not made for).
from build_frx import article

article(
    "frx2_01_figaro_remaniement", "fr/le-figaro-politique", "fr",
    {"proche": ["un proche du chef de l'État", "proche du chef de l'État"], "matignon": ["Matignon"],
     "daubigny": "Sylvie Daubigny", "conseiller": ["un conseiller ministériel", "conseiller ministériel"],
     "roussel": "Bertrand Roussel", "ecologistes": ["les écologistes", "écologistes"]},
    """
Remaniement : l'Élysée temporise, les ministres s'impatientent

Le remaniement annoncé pour la fin novembre n'a toujours pas eu lieu. « {{q:direct:proche:m1:c1|Le président prend son temps, il ne veut pas d'un casting raté}} », {{c:c1|confie}} {{m:m1|un proche du chef de l'État}}. {{q:indirect:matignon:m2:c2|Aucune date n'a été arrêtée}}, {{c:c2|indique-t-on}} à {{m:m2|Matignon}}.

Dans les ministères, l'attente commence à peser. {{m:m3|La ministre de la Culture, Sylvie Daubigny}}, {{c:c3|a reconnu}} mardi sur RTL qu'{{q:indirect:daubigny:m3:c3|elle ignorait encore si elle serait reconduite}}. « {{q:direct:daubigny:m4:c4|Je fais mon travail jusqu'au dernier jour, c'est tout ce qui compte}} », {{c:c4|a-t-{{m:m4|elle}} ajouté}}.

{{q:indirect:conseiller:m5:c5|Plusieurs ministres auraient déjà fait leurs cartons}}, {{c:c5|glisse}} {{m:m5|un conseiller ministériel}}. {{q:indirect:conseiller:-:-|Deux d'entre eux auraient même prévenu leurs équipes}}.

À l'Assemblée, l'opposition ironise. {{m:m6|Le député LR Bertrand Roussel}} {{c:c6|a jugé}} {{q:mixed:roussel:m6:c6|cette attente « indigne d'une démocratie moderne »}}. {{c:c7|Pour}} {{m:m7|les écologistes}}, {{q:mixed:ecologistes:m7:c7|le gouvernement est déjà « en affaires courantes »}}.

Le chef de l'État doit s'exprimer à la télévision dimanche soir.
""", nbsp="\u00a0")

article(
    "frx2_02_france3_faits_divers", "fr/france3-regions", "fr",
    {"gendarmerie": ["la gendarmerie", "gendarmerie"], "source": ["une source proche de l'enquête", "source proche de l'enquête"],
     "voisine": ["une voisine", "voisine"], "lemaire": "Fabrice Lemaire", "parquet": ["le parquet de Rennes", "parquet"]},
    """
Lamballe : un septuagénaire retrouvé sain et sauf après deux jours de recherches

Il avait disparu samedi matin de son domicile de Lamballe (Côtes-d'Armor). {{q:indirect:gendarmerie:m1:c1|Un homme de 74 ans a été retrouvé lundi en fin d'après-midi dans un bois, à une dizaine de kilomètres de chez lui}}, {{c:c1|a annoncé}} {{m:m1|la gendarmerie}}. {{q:indirect:gendarmerie:m2:c2|Il souffrait d'hypothermie mais ses jours ne sont pas en danger}}, {{c:c2|précise}} {{m:m2|la gendarmerie}}.

{{c:c3|D'après}} {{m:m3|une source proche de l'enquête}}, {{q:indirect:source:m3:c3|le septuagénaire, atteint de troubles de la mémoire, se serait égaré en allant chercher du pain}}. {{q:indirect:source:-:-|Il aurait passé les deux nuits à l'abri d'une cabane de chasseurs}}.

« {{q:direct:voisine:m4:c4|On a eu tellement peur. Tout le quartier a participé aux recherches}} », {{c:c4|raconte}} {{m:m4|une voisine}}, encore émue. {{m:m5|Le maire, Fabrice Lemaire}}, {{c:c5|a salué}} « {{q:direct:lemaire:m5:c5|une formidable chaîne de solidarité}} ».

{{m:m6|Le parquet de Rennes}} {{c:c6|a indiqué}} qu'{{q:indirect:parquet:m6:c6|aucune piste criminelle n'avait jamais été envisagée}}.
""", nbsp="\u00a0")

article(
    "frx2_03_liberation_greve", "fr/liberation-social", "fr",
    {"sud": ["SUD-Rail", "le syndicat"], "direction": ["la direction", "la direction de la SNCF"],
     "cheminote": ["une contrôleuse", "contrôleuse"], "mazet": "Jérôme Mazet", "ministre": ["le ministre des Transports", "ministre des Transports"]},
    """
Grève à la SNCF : « {{q:direct:cheminote:-:-|On ne nous laisse pas le choix}} »

{{q:mixed:direction:m1:c1|Le trafic sera « très perturbé » jeudi sur les lignes TER de Nouvelle-Aquitaine}}, {{c:c1|a prévenu}} mercredi {{m:m1|la direction de la SNCF}}, qui prévoit un train sur trois. À l'origine du mouvement, {{m:m2|SUD-Rail}} {{c:c2|dénonce}} « {{q:direct:sud:m2:c2|la suppression de 80 postes de contrôleurs d'ici à 2028}} ».

« {{q:direct:cheminote:m3:c3|On ne nous laisse pas le choix. Sans contrôleur, ce sont les passagers qui trinquent}} », {{c:c3|résume}} {{m:m3|une contrôleuse}} de Bordeaux, syndiquée depuis quinze ans. {{c:c4|Selon}} {{m:m4|elle}}, {{q:indirect:cheminote:m4:c4|les agressions à bord ont doublé depuis 2023}}.

{{m:m5|Jérôme Mazet}}, secrétaire régional du syndicat, {{c:c5|assure}} que {{q:indirect:mazet:m5:c5|le mouvement pourrait être reconduit la semaine prochaine}}. {{q:indirect:mazet:m6:c6|La direction n'a fait aucune proposition sérieuse}}, {{c:c6|estime-t-{{m:m6|il}}}}.

Interrogé à l'Assemblée, {{m:m7|le ministre des Transports}} {{c:c7|a appelé}} {{q:mixed?:ministre:m7:c7|les deux parties à « reprendre le dialogue »}}.
""", nbsp="\u00a0")
