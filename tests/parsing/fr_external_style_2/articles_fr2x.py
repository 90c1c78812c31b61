# French external-style held-apart set, second series: original, invented news articles (every person,
# company and place detail is fictional; real cities only as setting), written and annotated before the
# parser was run on them.
from build_frx2 import article

article(
    "fr2x_01_lesoir_metro", "fr/le-soir-bruxelles", "fr",
    {"vandermeersch": "Elke Vandermeersch", "source": ["une source proche du dossier", "source proche du dossier"],
     "cabinet": ["le cabinet de la ministre", "cabinet de la ministre"], "lambotte": "Martine Lambotte",
     "ouazzani": "Karim Ouazzani", "opposition": ["l'opposition", "opposition"], "lemmens": "Géraldine Lemmens", "stib": ["la STIB", "STIB"],
     "delvaux": "Annick Delvaux", "ingenieur": ["un ingénieur du consortium", "ingénieur du consortium"]},
    """
Métro 3 : le chantier de la gare du Midi à l'arrêt pour six mois au moins

Par Julien Depreter
Publié le 3/12/2026 à 18:42

Le tunnelier ne reprendra pas sa route avant l'été. Le gouvernement bruxellois a confirmé jeudi la suspension du chantier du métro 3 sous la gare du Midi, où des infiltrations d'eau ont été détectées fin octobre dans le futur pertuis.

« {{q:direct:vandermeersch:m1:c1|On ne va pas prendre le moindre risque avec la stabilité des bâtiments voisins. Le chantier reprendra quand les ingénieurs nous diront que c'est sûr, pas avant}} », {{c:c1|a déclaré}} {{m:m1|la ministre bruxelloise de la Mobilité, Elke Vandermeersch}} (Groen), à l'issue du conseil des ministres. {{m:m2|Elle}} {{c:c2|a indiqué}} qu'{{q:indirect:vandermeersch:m2:c2|une expertise indépendante avait été commandée à un bureau d'études liégeois}} et qu'{{q:indirect:vandermeersch:m2:c2|elle en attendait les conclusions pour la fin février}}.

Le coût du retard, lui, reste inconnu. {{c:c3|Selon}} {{m:m3|une source proche du dossier}}, {{q:indirect:source:m3:c3|la facture pourrait dépasser les septante millions d'euros}}. {{q:indirect:source:-:-|Le consortium chargé des travaux réclamerait déjà des indemnités à la Région pour l'immobilisation de ses machines}}. {{m:m4|Le cabinet de la ministre}} {{c:c4|a démenti}} qu'{{q:indirect:cabinet:m4:c4|un montant ait été arrêté à ce stade}}.

Les relevés piézométriques montrent une remontée de la nappe de près d'un mètre depuis septembre sous le tronçon que les ouvriers ont surnommé « le gruyère ». {{m:m5|Un ingénieur du consortium}}, qui a requis l'anonymat, {{c:c5|reconnaît}} que {{q:mixed:ingenieur:m5:c5|« personne n'avait anticipé » une telle quantité d'eau à cette profondeur}}.

Lire aussi | Métro 3 : dix ans de retards et de surcoûts

À Saint-Gilles, où les riverains vivent depuis trois ans au rythme des camions, la nouvelle passe mal. « {{q:direct:lambotte:m6:c6|Trois ans de poussière, de bruit et de vitrines vides, et maintenant on nous annonce six mois de plus, au minimum. Qui va encore venir acheter un livre ici ?}} », {{c:c6|soupire}} {{m:m6|Martine Lambotte}}, qui tient une librairie avenue Fonsny depuis 1998.

{{m:m7|Le bourgmestre, Karim Ouazzani}} (PS), {{c:c7|a fait savoir}} qu'{{q:mixed:ouazzani:m7:c7|il réclamerait à la Région « une compensation digne de ce nom » pour les commerçants du quartier}}. « {{q:direct:ouazzani:m8:c8|Les indépendants ont déjà payé un prix énorme}}, {{c:c8|a-t-{{m:m8|il}} ajouté}}. {{q:direct:ouazzani:m8:c8|Je ne les laisserai pas tomber.}} »

{{c:c8b|Pour}} {{m:m8b|l'opposition}}, {{q:indirect:opposition:m8b:c8b|le dossier tourne au fiasco}}. {{m:m9|La députée MR Géraldine Lemmens}} {{c:c9|a dénoncé}} « {{q:direct:lemmens:m9:c9|un chantier mené à l'aveugle depuis le premier jour}} ». {{q:indirect:lemmens:m10:c10|Le gouvernement savait depuis 2024 que le sous-sol de la gare posait problème}}, {{c:c10|affirme-t-{{m:m10|elle}}}}, en citant une note interne de Beliris qu'elle a pu consulter.

{{c:c11|D'après}} {{m:m11|la STIB}}, {{q:indirect:stib:m11:c11|les trams 81 et 82 resteront déviés par la place Bara jusqu'à nouvel ordre}}. {{m:m12|Sa porte-parole, Annick Delvaux}}, {{c:c12|assure}} que {{q:indirect:delvaux:m12:c12|des véhicules supplémentaires seront mis en service dès lundi aux heures de pointe}}. {{q:indirect:delvaux:m13:c13|Le temps de parcours entre Midi et Lemonnier ne devrait pas s'allonger de plus de quatre minutes}}, {{c:c13|précise-t-{{m:m13|elle}}}}.

Le parlement bruxellois doit entendre la ministre en commission Mobilité le 16 décembre. La majorité, elle, fait bloc derrière le gouvernement.
""", nbsp="\u00a0")

article(
    "fr2x_02_lapresse_urgences", "fr/la-presse-quebec", "fr",
    {"infirmiere": ["une infirmière", "infirmière"], "gagnon": "Mathieu Gagnon-Roy",
     "sourcesq": ["une source au sein de Santé Québec", "source au sein de Santé Québec"],
     "cabinet": ["le cabinet du ministre de la Santé", "cabinet du ministre de la Santé"],
     "lapointe": "Vincent Lapointe", "nathalie": "Nathalie Bérubé", "ouellet": "Johanne Ouellet",
     "fiq": ["la FIQ", "FIQ"], "lapresse": ["La Presse", "les données compilées par La Presse"]},
    """
Urgence de Saint-Jérôme : « {{q:direct:infirmiere:h1:hc1|On travaille en mode survie}} », {{c:hc1|dit}} {{m:h1|une infirmière}}

MARIE-ÈVE TREMBLAY
LA PRESSE

Les patients ont attendu en moyenne 22 heures sur civière, la semaine dernière, à l'urgence de l'Hôpital régional de Saint-Jérôme. Les données de Santé Québec montrent que l'établissement affiche l'une des pires performances de la province depuis le début de l'automne.

« {{q:direct:infirmiere:m1:c1|On travaille en mode survie. Il y a des patients dans les corridors, dans la salle de pause, partout}} », {{c:c1|a raconté}} à La Presse {{m:m1|une infirmière}} de l'urgence, qui a demandé à ne pas être nommée par crainte de représailles. {{m:m2|Elle}} {{c:c2|affirme}} qu'{{q:indirect:infirmiere:m2:c2|au moins six postes de jour sont vacants depuis juillet}}.

{{m:m3|Le chef du département d'urgence, le Dr Mathieu Gagnon-Roy}}, {{c:c3|reconnaît}} que {{q:mixed:gagnon:m3:c3|la situation est « intenable » à moyen terme}}. « {{q:direct:gagnon:m4:c4|Mes équipes sont épuisées. On fait des miracles chaque jour, mais les miracles, ça ne dure pas}} », {{c:c4|a-t-{{m:m4|il}} affirmé}} en entrevue.

{{c:c4b|D'après}} {{m:m4b|les données compilées par La Presse}}, {{q:indirect?:lapresse:m4b:c4b|le taux d'occupation des civières a dépassé 180 % à onze reprises en novembre}}.

{{c:c5|Selon}} {{m:m5|une source au sein de Santé Québec}}, {{q:indirect:sourcesq:m5:c5|une unité de débordement de vingt lits pourrait ouvrir d'ici la fin de janvier}}. {{q:indirect:sourcesq:-:-|Elle serait installée dans l'ancienne aile de pédiatrie, fermée depuis 2022}}.

{{m:m6|Le cabinet du ministre de la Santé}} {{c:c6|a indiqué}} par courriel que {{q:indirect:cabinet:m6:c6|des infirmières d'agence seraient dépêchées en renfort dès la semaine prochaine}}. Il n'a pas voulu préciser leur nombre.

« {{q:direct:lapointe:m7:c7|Le ministre promet des solutions depuis deux ans. Les patients, eux, attendent toujours}} », {{c:c7|a lancé}} {{m:m7|le porte-parole libéral en matière de santé, Vincent Lapointe}}, en point de presse à Québec. {{c:c8|À en croire}} {{m:m8|le député}}, {{q:indirect:lapointe:m8:c8|la pénurie de personnel dans les Laurentides était connue du ministère depuis au moins 2023}}.

Dans la salle d'attente, Lise Bérubé, 81 ans, patiente sur une chaise depuis la veille avec une hanche fracturée. « {{q:direct:nathalie:m9:c9|Je ne blâme personne ici, ils sont fins avec elle. Mais c'est pas une place pour du monde}} », {{c:c9|dit}} {{m:m9|sa fille, Nathalie Bérubé}}, qui l'accompagne.

{{q:indirect:ouellet:m10:c10|La direction a toujours été transparente avec le personnel}}, {{c:c10|soutient}} {{m:m10|la PDG du CISSS des Laurentides, Johanne Ouellet}}, qui {{c:c11|promet}} {{q:indirect?:ouellet:m10:c11|une rencontre avec les syndicats avant Noël}}. {{m:m12|Elle}} {{c:c12|a aussi rappelé}} que {{q:indirect:ouellet:m12:c12|quarante nouvelles infirmières avaient été embauchées dans la région depuis le printemps}}.

{{c:c13|Pour}} {{m:m13|la FIQ}}, {{q:mixed:fiq:m13:c13|le recours aux agences « ne règle rien » et coûte une fortune aux contribuables}}. {{m:m14|Le syndicat}} {{c:c14|a fait savoir}} qu'{{q:indirect:fiq:m14:c14|il déposerait un grief dès lundi}}.

Avec la collaboration de Simon Larochelle
""", nbsp="\u00a0")

article(
    "fr2x_03_jeuneafrique_port", "fr/jeune-afrique", "fr",
    {"presidence": ["le communiqué de la présidence", "la présidence"],
     "cadre": ["un cadre de la direction financière", "cadre de la direction financière"],
     "source": ["une source proche du dossier", "source proche du dossier"],
     "cabinet": ["le cabinet du ministre", "cabinet du ministre"], "essomba": "Paul-Henri Essomba",
     "proche": ["un de ses proches", "proche"], "collaborateur": ["un ancien collaborateur", "ancien collaborateur"],
     "dockers": ["le Syndicat national des dockers", "Syndicat national des dockers"], "fotso": "Didier Fotso"},
    """
Cameroun : au port de Douala, une succession qui fâche

Le départ surprise du directeur général du Port autonome de Douala, annoncé le 28 novembre, relance la guerre des clans autour de la première plateforme portuaire d'Afrique centrale.

Par Arnaud Mbarga – à Douala
Publié le 4 décembre 2026 à 09:15

Officiellement, Jean-Baptiste Ekotto s'en va de son plein gré. {{m:m1|Le communiqué de la présidence}}, publié vendredi soir, {{c:c1|évoque}} {{q:mixed?:presidence:m1:c1|des « raisons personnelles »}} et {{c:c1b|salue}} « {{q:direct:presidence:m1:c1b|la qualité du travail accompli}} ». Au port, l'explication ne convainc pas grand monde.

« {{q:direct:cadre:m2:c2|Personne n'y croit. Ekotto a été poussé vers la sortie, et tout le monde ici sait pourquoi}} », {{c:c2|confie}} {{m:m2|un cadre de la direction financière}}, sous couvert d'anonymat. {{c:c3|À en croire}} {{m:m3|ce dernier}}, {{q:indirect:cadre:m3:c3|le directeur général s'était opposé à la renégociation d'une concession accordée en 2019 à un opérateur de terminaux étranger}}.

{{c:c4|Selon}} {{m:m4|une source proche du dossier}}, {{q:indirect:source:m4:c4|le ministre des Transports aurait exigé sa démission lors d'un entretien houleux à Yaoundé, le 21 novembre}}. {{q:indirect:source:-:-|Il lui aurait laissé quarante-huit heures pour partir}}.

Joint par Jeune Afrique, {{m:m5|le cabinet du ministre}} {{c:c5|a nié}} {{q:indirect:cabinet:m5:c5|avoir joué le moindre rôle dans ce départ}}. « {{q:direct:essomba:m6:c6|Le directeur général a remis sa démission de sa propre initiative. Le reste, ce sont des rumeurs de couloir}} », {{c:c6|a assuré}} {{m:m6|le directeur de cabinet, Paul-Henri Essomba}}.

L'intéressé, lui, n'a pas souhaité répondre à nos questions. « {{q:direct:proche:m7:c7|Il est serein. Il a fait le travail qu'on lui avait demandé, ni plus ni moins}} », {{c:c7|glisse}} {{m:m7|un de ses proches}}. Un ancien collaborateur se souvient d'un homme « têtu » : « {{q:direct:collaborateur:m8:c8|Il répétait toujours : “Le port n'appartient à personne, surtout pas à ceux qui l'exploitent.” Ça ne lui a pas fait que des amis}} », {{c:c8|raconte-t-{{m:m8|il}}}}.

Le bilan de l'ancien patron plaide pourtant pour lui. Les chiffres de l'autorité portuaire montrent une hausse de 12 % du trafic de conteneurs en 2025, un record depuis la mise en service du terminal de Kribi.

Selon nos informations, trois noms circulent déjà pour la succession. Le favori serait l'actuel directeur des opérations, un ingénieur passé par Marseille et Abidjan.

{{m:m9|Le Syndicat national des dockers}} {{c:c9|a fait savoir}} qu'{{q:mixed:dockers:m9:c9|il s'opposerait à toute nomination « parachutée » sans concertation avec le personnel}}. Une grève d'avertissement n'est pas exclue.

Lire aussi : Kribi, Lomé, Abidjan… la bataille des ports d'Afrique de l'Ouest et du Centre

{{c:c10|Pour}} {{m:m10|l'économiste camerounais Didier Fotso}}, {{q:indirect:fotso:m10:c10|cette instabilité à la tête du port envoie un signal désastreux aux investisseurs}}. {{q:indirect:fotso:m11:c11|Douala perd des parts de marché face à Lomé depuis cinq ans, faute de dragage et de décisions rapides}}, {{c:c11|rappelle-t-{{m:m11|il}}}}. « {{q:direct:fotso:m12:c12|Chaque mois de flottement se paie en navires qui vont décharger ailleurs}} », {{c:c12|prévient}} {{m:m12|l'universitaire}}.

Le conseil d'administration du port doit se réunir le 15 décembre pour désigner un directeur général par intérim.
""", nbsp="\u202f")

article(
    "fr2x_04_lesechos_rachat", "fr/les-echos-entreprises", "fr",
    {"groupe": ["le groupe", "Maison Vallonne"], "delatour": "Stéphanie Delatour",
     "source": ["une source proche du dossier", "source proche du dossier"],
     "castaing": "Hélène Castaing", "fnsea": ["la FDSEA de l'Aveyron", "FDSEA de l'Aveyron"],
     "cabrol": "Rémi Cabrol", "cniel": ["le Cniel", "les chiffres du Cniel"], "bercy": ["Bercy", "le ministère de l'Économie"]},
    """
Agroalimentaire : Maison Vallonne s'offre le fromager aveyronnais Cabrol & Fils

Le groupe lyonnais met la main sur une PME de 420 salariés qui a frôlé le dépôt de bilan l'an dernier. Un pari sur le haut de gamme, dans un marché du fromage au lait cru en recul.

Par Olivier Pradel

Publié le 2 déc. 2026 à 07:30

C'était l'un des derniers grands fromagers familiaux indépendants du Sud-Ouest. Maison Vallonne a annoncé lundi soir l'acquisition de 100 % du capital de Cabrol & Fils, installé à Roquefort-sur-Soulzon (Aveyron). {{q:indirect:groupe:m1:c1|L'opération valorise l'entreprise à 185 millions d'euros, dette comprise}}, {{c:c1|indique}} {{m:m1|le groupe}} dans un communiqué. {{m:m2|Il}} {{c:c2|précise}} que {{q:indirect:groupe:m2:c2|la marque et les trois sites de production seront conservés}}.

« {{q:direct:delatour:m3:c3|Cabrol, c'est un savoir-faire unique et une marque que les consommateurs connaissent depuis trois générations. Nous n'avons pas l'intention d'en faire un produit de marque de distributeur}} », {{c:c3|a expliqué}} aux « Echos » {{m:m3|la directrice générale de Maison Vallonne, Stéphanie Delatour}}. {{m:m4|Elle}} {{c:c4|a affirmé}} que {{q:indirect:delatour:m4:c4|le groupe investirait 30 millions d'euros sur cinq ans dans les caves d'affinage}}.

Le prix a surpris. {{c:c5|D'après}} {{m:m5|une source proche du dossier}}, {{q:indirect:source:m5:c5|deux fonds d'investissement avaient remis des offres plus élevées au printemps}}. {{q:indirect:source:-:-|La famille Cabrol aurait toutefois privilégié un industriel, jugé plus à même de préserver l'emploi local}}.

Les comptes déposés au greffe montrent que la rentabilité de l'entreprise s'est effondrée en 2024, sous l'effet de la flambée du prix du lait de brebis et d'un contrat perdu avec une enseigne britannique.

{{m:m6|Rémi Cabrol}}, qui dirigeait l'entreprise depuis 2011, {{c:c6|a reconnu}} que {{q:mixed:cabrol:m6:c6|la famille n'avait « plus les reins assez solides »}} pour financer seule la modernisation. « {{q:direct:cabrol:m7:c7|Vendre, ce n'est jamais une joie. Mais laisser mourir la maison aurait été pire}}, {{c:c7|a-t-{{m:m7|il}} confié}}. {{q:direct:cabrol:m7:c7|Je reste au conseil de surveillance pour veiller au grain.}} »

Lire aussi :
DÉCRYPTAGE – Pourquoi le roquefort perd du terrain dans les rayons

Le marché, lui, ne fait pas de cadeaux. {{q:indirect?:cniel:m8b:c8b|Les ventes de fromages AOP au lait cru ont reculé de 4 % en volume sur un an}}, {{c:c8b|selon}} {{m:m8b|les chiffres du Cniel}}. {{c:c8|Pour}} {{m:m8|Hélène Castaing, analyste chez Aldane Finance}}, {{q:mixed:castaing:m8:c8|Maison Vallonne paie « le prix d'une marque, pas celui d'une usine »}}. {{q:indirect:castaing:m9:c9|Le groupe devra relever les prix de vente pour amortir l'acquisition, ce qui n'a rien d'évident en période d'inflation alimentaire}}, {{c:c9|estime}} {{m:m9|l'analyste}}.

Dans l'Aveyron, l'annonce a été accueillie avec prudence. {{m:m10|La FDSEA de l'Aveyron}} {{c:c10|a demandé}} {{q:indirect?:fnsea:m10:c10|des garanties écrites sur le prix payé aux éleveurs}}. {{q:indirect:fnsea:m11:c11|Les producteurs de lait ne doivent pas être la variable d'ajustement de ce rachat}}, {{c:c11|insiste}} {{m:m11|le syndicat agricole}}.

L'opération doit encore recevoir le feu vert de l'Autorité de la concurrence. {{m:m12|Bercy}} {{c:c12|a fait savoir}} qu'{{q:mixed:bercy:m12:c12|il suivrait le dossier « avec attention »}}, sans plus de commentaire.
""", nbsp="\u202f")

article(
    "fr2x_05_assises_requisitoire", "fr/proces-assises-lyon", "fr",
    {"delorme": "Catherine Delorme", "accuse": ["Yannick R.", "l'accusé"], "president": ["le président", "président de la cour"],
     "enqueteurs": ["les enquêteurs", "enquêteurs"], "expert": ["l'expert psychiatre", "expert psychiatre"],
     "faure": "Julien Faure", "defense": ["la défense", "Julien Faure"], "soeur": "Amandine Chassagne"},
    """
Meurtre de Villeurbanne : vingt-deux ans de réclusion requis contre l'ex-compagnon

Photo AFP

De notre envoyée spéciale à Lyon, Claire Bastide

Elle a parlé près de deux heures, sans notes, face aux jurés. Mercredi, devant la cour d'assises du Rhône, l'avocate générale Catherine Delorme a requis vingt-deux ans de réclusion criminelle contre Yannick R., 41 ans, accusé d'avoir tué son ex-compagne, Sarah Chassagne, en septembre 2023 à Villeurbanne.

« {{q:direct:delorme:m1:c1|Il ne l'a pas tuée sur un coup de folie. Il l'a tuée parce qu'elle était partie, et qu'il ne le supportait pas}} », {{c:c1|a lancé}} {{m:m1|la magistrate}}. {{m:m2|Elle}} {{c:c2|a rappelé}} que {{q:indirect:delorme:m2:c2|la victime avait déposé deux mains courantes dans les mois précédant sa mort}}. « {{q:direct:delorme:m3:c3|Deux fois, elle a dit qu'elle avait peur}}, {{c:c3|a-t-{{m:m3|elle}} martelé}}. {{q:direct:delorme:m3:c3|Deux fois, personne ne l'a protégée. Vous, vous pouvez encore lui rendre justice.}} »

{{c:c4|Selon}} {{m:m4|les enquêteurs}}, {{q:indirect:enqueteurs:m4:c4|l'accusé s'était procuré un double des clés de l'appartement une semaine avant les faits}}. {{q:indirect:enqueteurs:-:-|Il aurait aussi consulté à plusieurs reprises les horaires de travail de la jeune femme}}.

{{m:m5|L'accusé}}, lui, {{c:c5|a nié}} {{q:indirect?:accuse:m5:c5|toute préméditation}}. {{c:c6|À l'en croire}}, {{q:indirect:accuse:-:c6|il s'était rendu chez elle ce soir-là pour récupérer des affaires et la dispute aurait dégénéré}}. Mardi, le président de la cour l'avait longuement interrogé sur la chronologie.

— {{q:direct:president:m7:c7|Pourquoi avoir attendu deux heures avant d'appeler les secours ?}} {{c:c7|demande}} {{m:m7|le président}}.
— {{q:direct:accuse:m8:c8|J'étais perdu, je ne savais plus ce que je faisais}}, {{c:c8|répond}} {{m:m8|l'accusé}}, les yeux baissés.
— {{q:direct:president:m9:c9|Vous avez pourtant pris le temps de nettoyer la cuisine}}, {{c:c9|relève}} {{m:m9|le magistrat}}.

L'accusé n'a rien répondu.

{{c:c10|D'après}} {{m:m10|l'expert psychiatre}} entendu lundi, {{q:indirect:expert:m10:c10|Yannick R. ne souffrait d'aucune pathologie susceptible d'abolir son discernement}}. {{q:mixed:expert:m11:c11|Il présente en revanche une personnalité « possessive et intolérante à la frustration »}}, {{c:c11|a-t-{{m:m11|il}} ajouté}} à la barre.

{{m:m12|La sœur de la victime, Amandine Chassagne}}, partie civile, {{c:c12|a dit}} {{q:mixed:soeur:m12:c12|attendre « une peine qui dise enfin que Sarah comptait »}}. « {{q:direct:soeur:m13:c13|Depuis trois ans, on entend parler de lui, de son enfance, de ses regrets. Jamais d'elle}} », {{c:c13|a-t-{{m:m13|elle}} regretté}}.

{{c:c14b|Pour}} {{m:m14b|la défense}}, {{q:indirect:defense:m14b:c14b|le dossier est moins simple qu'il n'y paraît}}. {{m:m14|Me Julien Faure}} {{c:c14|a estimé}} que {{q:indirect:faure:m14:c14|l'accusation n'avait apporté aucune preuve formelle d'un projet criminel}}. {{q:mixed:faure:m15:c15|Son client, {{c:c15|a plaidé}} {{m:m15|l'avocat}}, est « un homme brisé, pas un monstre »}}.

Le verdict est attendu jeudi soir.

Lire aussi : Féminicides : les mains courantes, ces alertes restées sans suite
""", nbsp="\u00a0")
