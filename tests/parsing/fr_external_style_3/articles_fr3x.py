# French external-style held-apart set, third series: original, invented news articles (every person,
# company and place detail is fictional; real cities and clubs only as setting), written and annotated
# after the second series' fixes and before the parser was run on them.
from build_frx3 import article

article(
    "fr3x_01_lequipe_conference", "fr/lequipe-football", "fr",
    {"lamarque": "Éric Lamarque", "telegramme": ["Le Télégramme", "Télégramme"], "kerjean": "Hugo Kerjean",
     "ferreira": "Paulo Ferreira"},
    """
{{m:h1|Lamarque}} : « {{q:direct:lamarque:h1:-|On n'a pas le droit de lâcher}} »

À deux jours de la réception de Lille, l'entraîneur brestois s'est présenté en conférence de presse avec un groupe décimé.

Par Gwenaël Le Bihan
Mis à jour le 5 décembre 2026 à 14h12

Six joueurs à l'infirmerie, trois défaites de suite et un public qui commence à gronder : la semaine a été longue du côté du Stade brestois. Éric Lamarque n'a pas cherché à l'éviter, jeudi, devant une vingtaine de journalistes.

« {{q:direct:lamarque:m1:c1|On a perdu trois matches de suite, ce n'est pas le moment de se chercher des excuses. On n'a pas le droit de lâcher}} », {{c:c1|a lancé}} {{m:m1|le technicien}}, les traits tirés. {{m:m2|Il}} {{c:c2|a confirmé}} que {{q:indirect:lamarque:m2:c2|le capitaine Yanis Belhadj manquerait la rencontre}}. « {{q:direct:lamarque:m3:c3|Yanis a ressenti une gêne à l'ischio mercredi. On ne prendra aucun risque}}, {{c:c3|a-t-{{m:m3|il}} précisé}}. {{q:direct:lamarque:m3:c3|Il reviendra quand il sera à 100 %.}} »

Interrogé sur l'avenir de son attaquant Mamadou Sarr, courtisé par plusieurs clubs anglais, Lamarque a botté en touche. « {{q:direct:lamarque:m4:c4|Le mercato, ce n'est pas mon sujet aujourd'hui}} », {{c:c4|a-t-{{m:m4|il}} glissé}} dans un sourire. {{c:c5|Selon}} {{m:m5|Le Télégramme}}, {{q:indirect:telegramme:m5:c5|le club aurait pourtant déjà reçu une offre de 25 millions d'euros pour le Sénégalais}}. {{q:indirect:telegramme:-:-|Les dirigeants brestois la jugeraient insuffisante}}.

Les statistiques de la Ligue montrent que Brest reste l'équipe qui court le plus en Ligue 1 cette saison, malgré les résultats.

L'entraîneur a aussi eu un mot pour les supporters, qui ont sifflé l'équipe à la pause contre Nantes. « {{q:direct:lamarque:m6:c6|Je les comprends. Mais Francis-Le Blé doit être un chaudron pour nous, pas contre nous}} », {{c:c6|a-t-{{m:m6|il}} plaidé}}.

{{m:m7|Le milieu de terrain Hugo Kerjean}}, présent à ses côtés, {{c:c7|a résumé}} l'état d'esprit du vestiaire : « {{q:direct:kerjean:m7:c7|On se dit les choses en face, mais on reste soudés. Personne ne lâche personne}} ». {{m:m8|Le Finistérien}} {{c:c8|a reconnu}} que {{q:indirect:kerjean:m8:c8|le groupe avait manqué de caractère en seconde période à Nantes}}.

Lire aussi
Ligue 1 : le classement et les résultats de la 15e journée

Côté lillois, {{m:m9|l'entraîneur Paulo Ferreira}} {{c:c9|a estimé}} jeudi que {{q:mixed:ferreira:m9:c9|son équipe devait « jouer sans calculer »}} en Bretagne. {{q:indirect:ferreira:m10:c10|Brest est bien meilleur que son classement}}, {{c:c10|a prévenu}} {{m:m10|le Portugais}}, qui récupère son défenseur central Axel Moreau.

Coup d'envoi samedi à 17 heures.
""", nbsp="\u202f")

article(
    "fr3x_02_direct_censure", "fr/live-blog-politique", "fr",
    {"obertin": "Sandrine Obertin", "afp": ["l'AFP", "AFP"], "matignon": ["Matignon"],
     "entourage": ["l'entourage d'Antoine Mérieux", "entourage d'Antoine Mérieux"], "marquet": "Julien Marquet",
     "elysee": ["l'Élysée", "Élysée"], "rn": ["le RN", "RN"], "caussade": "Bertrand Caussade", "ps": ["le Parti socialiste", "PS"], "roussel": "Étienne Roussel", "lfi": ["la présidente du groupe LFI", "présidente du groupe LFI"]},
    """
EN DIRECT – Motion de censure : le gouvernement Mérieux suspendu au vote des socialistes

Les députés se prononcent ce mercredi sur la motion de censure déposée par la gauche après le recours au 49.3 sur le budget de la Sécurité sociale. Suivez notre direct.

Ce qu'il faut retenir
– Le vote est prévu à 18 heures à l'Assemblée nationale.
– {{m:m0|Le Parti socialiste}} {{c:c0|a fait savoir}} qu'{{q:indirect:ps:m0:c0|il arrêterait sa position en fin d'après-midi}}.
– Il faut 289 voix pour faire tomber le gouvernement.

17 h 52 – « {{q:direct:obertin:m1:c1|Nous ne serons pas les complices de ce gouvernement}} », {{c:c1|réagit}} {{m:m1|la présidente du groupe écologiste, Sandrine Obertin}}, sur X.

17 h 40 – {{c:c2|Selon}} {{m:m2|l'AFP}}, {{q:indirect:afp:m2:c2|une dizaine de députés socialistes pourraient s'abstenir}}.

17 h 31 – {{m:m3|Matignon}} {{c:c3|fait savoir}} que {{q:indirect:matignon:m3:c3|le Premier ministre s'exprimera à la tribune avant le vote}}.

17 h 15 – {{q:indirect:entourage:m4:c4|Le chef du gouvernement a passé la matinée au téléphone avec les présidents de groupe}}, {{c:c4|indique}} {{m:m4|l'entourage d'Antoine Mérieux}}. {{q:indirect:entourage:-:-|Il aurait notamment promis un geste sur les petites retraites agricoles}}.

16 h 58 – {{m:m5|Le premier secrétaire du PS, Julien Marquet}}, {{c:c5|assure}} que {{q:mixed:marquet:m5:c5|le vote de son groupe reste « très ouvert »}}. « {{q:direct:marquet:m6:c6|Nous ne voterons pas à l'aveugle}}, {{c:c6|a-t-{{m:m6|il}} insisté}}. {{q:direct:marquet:m6:c6|Nous attendons des engagements écrits.}} »

16 h 40 – Lire aussi : Motion de censure : comment fonctionne le vote ?

16 h 22 – {{q:indirect:elysee:m7:c7|Le président suit le débat avec attention mais n'interviendra pas}}, {{c:c7|dit-on}} à {{m:m7|l'Élysée}}.

16 h 05 – {{m:m8|Le RN}} {{c:c8|a confirmé}} qu'{{q:mixed:rn:m8:c8|il voterait la motion « comme un seul homme »}}.

15 h 48 – La motion a été déposée par 62 députés. Les sondages montrent qu'une majorité de Français y seraient favorables.

15 h 30 – {{m:m9|Le président du groupe LR, Bertrand Caussade}}, {{c:c9|estime}} que {{q:mixed:caussade:m9:c9|les socialistes « portent une lourde responsabilité »}}. « {{q:direct:caussade:m10:c10|Ils ont l'avenir du pays entre leurs mains, qu'ils ne l'oublient pas}} », {{c:c10|ajoute-t-{{m:m10|il}}}}.

15 h 25 – {{m:m11|Le ministre des Comptes publics, Étienne Roussel}}, {{c:c11|a reconnu}} sur franceinfo qu'{{q:mixed:roussel:m11:c11|une adoption de la motion « gèlerait » l'examen du budget}}, mais {{c:c12|a jugé}} {{q:mixed:roussel:m11:c12|ce scénario « peu probable »}}.

15 h 20 – {{q:indirect:lfi:m13:c13|Les insoumis voteront la motion comme un seul bloc}}, {{c:c13|a confirmé}} {{m:m13|la présidente du groupe LFI}} lors du point presse hebdomadaire.

15 h 12 – Bonjour et bienvenue dans ce direct consacré au vote de la motion de censure.
""", nbsp="\u00a0")

article(
    "fr3x_03_letemps_votation", "fr/le-temps-suisse", "fr",
    {"rochat": "Nathalie Rochat", "favre": "Laurent Favre-Bulle", "initiants": ["les initiants", "initiants"],
     "sondage": ["un sondage", "sondage"], "departement": ["le Département des infrastructures", "Département des infrastructures"],
     "verts": ["les Verts", "Verts"], "chauffeur": ["un chauffeur des TPG", "chauffeur"], "plr": ["le PLR", "PLR"], "diallo": "Amina Diallo"},
    """
Genève se prononce sur la gratuité des transports publics

Le 14 décembre, les Genevois voteront sur une initiative qui veut rendre les bus et trams gratuits pour tous. Le Conseil d'État y est opposé.

Marc-Antoine Jaquet
Publié le 3 décembre 2026

La campagne s'est tendue à dix jours du scrutin. Mardi, devant le Grand Conseil, {{m:m1|la conseillère d'État chargée de la Mobilité, Nathalie Rochat}}, {{c:c1|a qualifié}} l'initiative d'« {{q:direct:rochat:m1:c1|illusion coûteuse}} ». {{m:m2|Elle}} {{c:c2|a relevé}} que {{q:indirect:rochat:m2:c2|la gratuité priverait les Transports publics genevois de quelque 280 millions de francs par an}}. « {{q:direct:rochat:m3:c3|Ce n'est pas gratuit, c'est payé par quelqu'un d'autre}}, {{c:c3|a-t-{{m:m3|elle}} souligné}}. {{q:direct:rochat:m3:c3|Et ce quelqu'un, c'est le contribuable.}} »

{{c:c4|À en croire}} {{m:m4|les initiants}}, {{q:indirect:initiants:m4:c4|le manque à gagner serait en grande partie compensé par la baisse des coûts de billetterie et de contrôle}}. {{q:indirect:initiants:-:-|Septante emplois de contrôleurs pourraient ainsi être reconvertis}}.

{{q:indirect?:sondage:m5:c5|Le oui l'emporterait avec 54 % des voix}}, {{c:c5|selon}} {{m:m5|un sondage}} publié lundi, mais l'écart s'est resserré depuis octobre.

{{c:c6|Pour}} {{m:m6|le PLR}}, {{q:mixed:plr:m6:c6|l'initiative est « un cadeau aux pendulaires vaudois et français » payé par les Genevois}}. {{m:m7|Le député Laurent Favre-Bulle}} {{c:c7|a dénoncé}} « {{q:direct:favre:m7:c7|une fausse bonne idée}} », {{c:c8|rappelant}} que {{q:indirect:favre:m7:c8|les lignes sont déjà saturées aux heures de pointe}}.

Les Verts, eux, soutiennent le texte. {{q:indirect:verts:m10:c10|Chaque voiture qui reste au garage est une victoire pour le climat et pour la qualité de l'air}}, {{c:c10|estiment-{{m:m10|ils}}}} dans leur argumentaire.

{{c:c11|Selon}} {{m:m11|le Département des infrastructures}}, {{q:indirect:departement:m11:c11|il faudrait commander au moins quarante trams supplémentaires en cas d'acceptation}}.

Dans les quartiers populaires, l'argument social porte. « {{q:direct:diallo:m13:c13|Pour une famille de quatre personnes, les abonnements coûtent plus de 1500 francs par an. La gratuité, c'est du pouvoir d'achat}} », {{c:c13|plaide}} {{m:m13|Amina Diallo, membre du comité d'initiative}}, derrière un stand dressé aux Pâquis.

Au dépôt de la Jonction, les avis sont partagés. « {{q:direct:chauffeur:m12:c12|On nous dit que ça va attirer du monde. Mais qui va gérer les incivilités, s'il n'y a plus de contrôles ?}} », {{c:c12|s'interroge}} {{m:m12|un chauffeur des TPG}} qui préfère taire son nom.

Les derniers chiffres de l'Office cantonal de la statistique indiquent que la part des transports publics dans les déplacements a stagné depuis 2019.

Lire aussi: A Luxembourg, la gratuité n'a pas vidé les routes
""", nbsp="\u202f")

article(
    "fr3x_04_communique_plan_social", "fr/depeche-entreprise", "fr",
    {"groupe": ["Valmont Emballages", "le groupe", "la direction"], "berthier": "Caroline Berthier",
     "cfdt": ["la CFDT", "CFDT"], "lucas": "Thierry Lucas", "maire": "Sylvain Perrot",
     "source": ["une source syndicale", "source syndicale"], "syndicats": ["les syndicats", "syndicats"], "nadia": "Nadia"},
    """
Valmont Emballages va supprimer 240 postes dans les Vosges

Le fabricant d'emballages carton annonce la fermeture de son site de Golbey d'ici à la fin 2027. {{m:h1|Les syndicats}} {{c:hc1|dénoncent}} {{q:mixed?:syndicats:h1:hc1|un « plan de casse »}}.

ÉPINAL (AFP) - Le groupe Valmont Emballages a annoncé mardi la fermeture de son usine de Golbey (Vosges), qui emploie 240 personnes. {{q:indirect:groupe:m1:c1|La production sera transférée vers les sites de Reims et de Troyes d'ici à la fin 2027}}, {{c:c1|indique}} {{m:m1|le groupe}} dans un communiqué. {{c:c2|Selon}} {{m:m2|le texte}}, {{q:indirect:groupe:m2:c2|la baisse durable des commandes de l'industrie agroalimentaire ne permet plus de maintenir trois usines}}.

« {{q:direct:berthier:m3:c3|Cette décision a été prise après avoir examiné toutes les alternatives. Nous accompagnerons chaque salarié}} », {{c:c3|déclare}} {{m:m3|la présidente du directoire, Caroline Berthier}}, citée dans le communiqué. {{m:m4|La direction}} {{c:c4|précise}} qu'{{q:indirect:groupe:m4:c4|une centaine de postes seront proposés en reclassement interne}}.

Les syndicats, eux, ont découvert la nouvelle lors d'un comité social et économique extraordinaire lundi soir. {{m:m5|La CFDT}}, majoritaire sur le site, {{c:c5|a dénoncé}} « {{q:direct:cfdt:m5:c5|un plan de casse déguisé en réorganisation}} ». « {{q:direct:lucas:m6:c6|On nous a menti pendant deux ans. En juin encore, on nous jurait que Golbey n'était pas menacé}} », {{c:c6|a réagi}} auprès de l'AFP {{m:m6|Thierry Lucas}}, délégué syndical central.

{{c:c7|D'après}} {{m:m7|une source syndicale}}, {{q:indirect:source:m7:c7|le groupe aurait déjà identifié un repreneur pour les bâtiments}}. {{q:indirect:source:-:-|Un logisticien serait sur les rangs}}.

À Golbey, l'annonce a sidéré les salariés. « {{q:direct:nadia:m11:c11|Mon père a travaillé ici, ma sœur aussi. On ne sait pas ce qu'on va devenir}} », {{c:c11|confie}} {{m:m11|Nadia}}, 44 ans, opératrice sur la ligne de découpe depuis dix-neuf ans. {{m:m12|Elle}} {{c:c12|dit}} {{q:mixed:nadia:m12:c12|redouter surtout un reclassement à Reims, « à trois heures de route »}}.

Les comptes publiés par le groupe montrent pourtant un bénéfice net de 31 millions d'euros en 2025, en hausse de 8 %.

{{m:m8|Le maire de Golbey, Sylvain Perrot}}, {{c:c8|a dit}} {{q:mixed?:maire:m8:c8|sa « colère »}} et {{c:c9|a réclamé}} {{q:indirect?:maire:m8:c9|une réunion avec le ministre de l'Industrie}}. {{q:indirect:maire:m10:c10|C'est le troisième plan social dans la commune en cinq ans}}, {{c:c10|a-t-{{m:m10|il}} rappelé}}.

Contactée, la préfecture des Vosges n'a pas souhaité commenter. Selon nos informations, une délégation des salariés doit être reçue à Bercy la semaine prochaine.
""", nbsp="\u00a0")
