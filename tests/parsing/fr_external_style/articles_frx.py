# French external-style held-apart set: original, invented news articles (every person, company and
# place detail is fictional), written and annotated before the parser was run on them.
from build_frx import article

article(
    "frx_01_afp_budget", "fr/afp-politique", "fr",
    {"vasseur": "Claire Vasseur-Lemoine", "bercy": ["Bercy", "le ministère des Comptes publics"],
     "matignon": ["l'entourage du Premier ministre", "entourage du Premier ministre"],
     "marchetti": "Olivier Marchetti", "syndicats": ["les syndicats de fonctionnaires", "syndicats de fonctionnaires"],
     "sources": ["plusieurs sources parlementaires", "sources parlementaires"],
     "keraudren": "Manon Keraudren", "garnier": "Thibault Garnier-Ossart"},
    """
Budget 2027 : le gouvernement table sur un déficit de 4,1 %, l'opposition prépare la censure

PARIS, 2 décembre 2026 (AFP) - La ministre des Comptes publics, Claire Vasseur-Lemoine, a présenté mercredi en Conseil des ministres un projet de budget « de responsabilité », qui prévoit de ramener le déficit public à 4,1 % du PIB en 2027, contre 4,9 % cette année.

« {{q:direct:vasseur:m1:c1|Nous ne toucherons ni aux impôts des ménages ni à ceux des entreprises}} », {{c:c1|a déclaré}} {{m:m1|la ministre}} à l'issue du Conseil. « {{q:direct:vasseur:m2:c2|C'est un engagement que nous tiendrons jusqu'au bout de la législature}} », {{c:c2|a-t-{{m:m2|elle}} ajouté}}.

{{c:c3|Selon}} {{m:m3|Bercy}}, {{q:indirect:bercy:m3:c3|les économies atteindront 38 milliards d'euros, dont 12 milliards sur les dépenses de fonctionnement de l'État}}. {{m:m4|La ministre}} {{c:c4|a assuré}} que {{q:mixed:vasseur:m4:c4|le gel des pensions de retraite, un temps envisagé, avait été « définitivement écarté »}}.

{{c:c5|D'après}} {{m:m5|l'entourage du Premier ministre}}, {{q:indirect:matignon:m5:c5|l'arbitrage a été rendu dimanche soir, au terme d'une réunion tendue à Matignon}}. {{q:indirect:sources:m6:c6|Le ministre de l'Intérieur aurait, {{c:c6|selon}} {{m:m6|plusieurs sources parlementaires}}, menacé de démissionner si les crédits de la police étaient rabotés}}. {{q:indirect:sources:-:-|Il aurait finalement obtenu une hausse de 3 % de son enveloppe}}.

Dans l'opposition, les critiques n'ont pas tardé. {{m:m7|Le président du groupe socialiste à l'Assemblée, Olivier Marchetti}}, {{c:c7|a estimé}} que {{q:mixed:marchetti:m7:c7|le gouvernement « maquille » des hausses d'impôts en simples gels de barème}}. « {{q:direct:marchetti:m8:c8|C'est un tour de passe-passe, et les Français ne sont pas dupes}} », {{c:c8|a-t-{{m:m8|il}} lancé}} devant la presse.

« {{q:direct:keraudren:m9:c9|Nous déposerons une motion de censure dès la première lecture}} », {{c:c9|a prévenu}} {{m:m9|la cheffe de file des députés LFI, Manon Keraudren}}. {{m:m10|Les syndicats de fonctionnaires}} ont, eux, {{c:c10|dénoncé}} « {{q:direct:syndicats:m10:c10|une année blanche déguisée}} ».

Interrogé jeudi matin sur France Inter, {{m:m11|le rapporteur général du budget, Thibault Garnier-Ossart}} (Ensemble), {{c:c11|a jugé}} {{q:mixed:garnier:m11:c11|le texte « sincère mais fragile »}}. {{m:m12|Il}} {{c:c12|a toutefois reconnu}} qu'{{q:mixed:garnier:m12:c12|il faudrait « sans doute » des ajustements en cours d'année}}, notamment si la croissance restait inférieure à 1 %.

Le texte sera examiné en séance publique à l'Assemblée nationale à partir du 14 décembre.
""", nbsp="\u00a0")

article(
    "frx_02_leparisien_proces", "fr/le-parisien-justice", "fr",
    {"belkacem": "Inès Belkacem", "enqueteurs": ["les enquêteurs", "enquêteurs"], "prevenu": ["Kevin D.", "le prévenu"],
     "santini": "Laure Santini", "ferrand": "Antoine Ferrand",
     "proche": ["un proche de la victime", "proche de la victime"]},
    """
Procès du chauffard de Créteil : « {{q:direct:belkacem:h1:hc1|Je n'ai rien vu venir}} », {{c:hc1|raconte}} {{m:h1|la cycliste}}

Le prévenu, Kevin D., 27 ans, comparaissait mardi devant le tribunal correctionnel de Créteil (Val-de-Marne) pour blessures involontaires aggravées et délit de fuite. Le 14 mars, au volant d'une berline louée, il avait percuté une cycliste au carrefour de l'avenue du Général-de-Gaulle, avant de disparaître.

À la barre, {{m:m1|Inès Belkacem}}, 34 ans, s'avance avec une béquille. « {{q:direct:belkacem:m1:c1|J'ai entendu le moteur accélérer, puis plus rien. Je me suis réveillée à l'hôpital Henri-Mondor avec le bassin fracturé}} », {{c:c1|raconte-t-elle}} d'une voix posée. {{c:c2|Selon}} {{m:m2|les enquêteurs}}, {{q:indirect:enqueteurs:m2:c2|le conducteur roulait à 92 km/h dans une zone limitée à 50}}.

{{m:m3|Le prévenu}}, lui, a reconnu les faits. « {{q:direct:prevenu:m3:c3|J'ai paniqué. Je n'avais pas de permis, j'avais peur de finir en prison}} », {{c:c3|a-t-il déclaré}}, tête baissée. {{m:m4|Il}} {{c:c4|a assuré}} qu'{{q:mixed:prevenu:m4:c4|il avait cru heurter « un poteau ou un scooter »}}.

{{c:c5|D'après}} {{m:m5|son avocate, Me Laure Santini}}, {{q:mixed:santini:m5:c5|son client « n'a jamais cherché à fuir ses responsabilités »}}. « {{q:direct:santini:m6:c6|Il s'est présenté de lui-même au commissariat trois jours plus tard. Ce n'est pas le comportement d'un voyou}} », {{c:c6|a-t-{{m:m6|elle}} plaidé}}.

Un argument balayé par le parquet. {{q:indirect:ferrand:m7:c7|Le prévenu ne s'est rendu qu'après avoir appris que sa voiture avait été identifiée par la vidéosurveillance}}, {{c:c7|a rappelé}} {{m:m7|le procureur, Antoine Ferrand}}. {{q:indirect:ferrand:-:-|Il aurait auparavant tenté de faire réparer le pare-chocs dans un garage de Bonneuil-sur-Marne}}. Le magistrat a requis deux ans d'emprisonnement, dont un an ferme.

{{q:mixed:santini:m8:c8|Une telle peine, {{c:c8|a estimé}} {{m:m8|Me Santini}} à la sortie de l'audience, serait « disproportionnée » pour un jeune homme sans antécédents}}. {{m:m9|Un proche de la victime}}, qui n'a pas souhaité donner son nom, {{c:c9|confie}} que {{q:mixed:proche:m9:c9|la famille attend surtout « des excuses sincères »}}.

Le jugement a été mis en délibéré au 12 janvier.
""", nbsp="\u00a0")

article(
    "frx_03_ouestfrance_crue", "fr/ouest-france-local", "fr",
    {"guillou": "Martine Guillou", "corre": "Yannick Corre", "legoff": "Pascal Le Goff",
     "prefecture": ["la préfecture d'Ille-et-Vilaine", "préfecture"],
     "commercants": ["Redon Cœur de Ville", "l'union des commerçants"],
     "habitante": ["une habitante", "habitante"]},
    """
Inondations à Redon : les riverains du quai Saint-Jacques ne décolèrent pas

Une semaine après la crue de la Vilaine, la colère ne retombe pas dans le bas de la ville. Mardi soir, une cinquantaine d'habitants se sont réunis salle du Parc pour interpeller le maire, Pascal Le Goff (divers gauche).

« {{q:direct:guillou:m1:c1|On a eu quatre-vingts centimètres d'eau dans le salon. Personne ne nous a prévenus}} », {{c:c1|lance}} {{m:m1|Martine Guillou}}, 67 ans, qui habite le quartier depuis quarante ans. {{m:m2|Son voisin, Yannick Corre}}, {{c:c2|renchérit}} : « {{q:direct:corre:m2:c2|Ça fait la troisième fois en dix ans. À chaque fois, on nous promet des travaux, et rien ne bouge}} ».

{{m:m3|Le maire}} {{c:c3|a reconnu}} que {{q:mixed:legoff:m3:c3|l'alerte avait été donnée « trop tard » dans certaines rues}}. « {{q:direct:legoff:m4:c4|Nous avons reçu la vigilance rouge à 2 heures du matin. Nous avons fait au mieux avec les moyens d'une commune de 9 000 habitants}} », {{c:c4|a-t-{{m:m4|il}} plaidé}}. {{q:indirect:legoff:m5:c5|La digue du quai, {{c:c5|explique}} {{m:m5|l'élu}}, appartient à l'État et n'a pas été entretenue depuis 2009}}.

{{c:c6|À en croire}} {{m:m6|le maire}}, {{q:indirect:legoff:m6:c6|les travaux de rehaussement pourraient débuter à l'automne 2027}}. {{c:c7|Selon}} {{m:m7|la préfecture d'Ille-et-Vilaine}}, {{q:mixed:prefecture:m7:c7|le dossier est « à l'étude » et une enveloppe de 4 millions d'euros a été demandée au fonds Barnier}}.

Les commerçants du centre, eux, s'inquiètent pour les fêtes. {{q:indirect:commercants:m8:c8|Le chiffre d'affaires de décembre est déjà compromis pour une bonne partie des boutiques}}, {{c:c8|estime}} {{m:m8|l'union des commerçants}}, Redon Cœur de Ville, qui réclame un fonds d'urgence à l'agglomération.

{{m:m9|Une habitante}}, qui préfère rester anonyme, {{c:c9|affirme}} que {{q:indirect:habitante:m9:c9|plusieurs voisins ont déjà mis leur maison en vente}}. « {{q:direct:habitante:m10:c10|Mais qui va acheter ici, maintenant ?}} », {{c:c10|s'interroge-t-{{m:m10|elle}}}}.

Une nouvelle réunion publique est prévue le 18 décembre, en présence du sous-préfet.
""", nbsp="\u00a0")

article(
    "frx_04_lemonde_usine", "fr/le-monde-economie", "fr",
    {"valmorel": ["Valmorel", "la direction"], "amiel": "Stéphane Amiel", "cgt": ["la CGT", "CGT", "le syndicat"],
     "benali": "Karim Benali", "brunetiere": "Hélène Brunetière", "castagnede": "Julien Castagnède",
     "insee": ["l'Insee", "Insee"]},
    """
L'équipementier Valmorel va fermer son usine de Douai, 420 emplois menacés

Le couperet est tombé jeudi 3 décembre. L'équipementier automobile Valmorel a annoncé aux syndicats la fermeture, d'ici à la fin de 2027, de son site de Douai (Nord), qui fabrique des faisceaux électriques pour les constructeurs européens.

Dans un communiqué, {{m:m1|la direction}} {{c:c1|explique}} que {{q:mixed:valmorel:m1:c1|le site « n'est plus viable » face à la chute des commandes de véhicules thermiques}}. « {{q:direct:amiel:m2:c2|Nous avons tout essayé, y compris une reconversion vers les batteries. Le marché ne suit pas}} », {{c:c2|a affirmé}} au Monde {{m:m2|le directeur général de Valmorel France, Stéphane Amiel}}. {{m:m3|Il}} {{c:c3|a assuré}} que {{q:indirect:amiel:m3:c3|chaque salarié se verrait proposer un reclassement}} et que {{q:mixed:amiel:m3:c3|les indemnités iraient « au-delà du minimum légal »}}.

{{c:c4|Pour}} {{m:m4|la CGT}}, majoritaire sur le site, {{q:mixed:cgt:m4:c4|cette fermeture était « programmée depuis des années »}}. « {{q:direct:benali:m5:c5|On nous a fait travailler le samedi tout l'été, et maintenant on nous jette}} », {{c:c5|dénonce}} {{m:m5|Karim Benali}}, délégué syndical. {{c:c6|D'après}} {{m:m6|le syndicat}}, {{q:indirect:cgt:m6:c6|le groupe a versé 85 millions d'euros de dividendes à ses actionnaires en 2025}}.

La fermeture s'inscrit dans un mouvement plus large. {{c:c7|Selon}} {{m:m7|l'Insee}}, {{q:indirect?:insee:m7:c7|l'emploi industriel a reculé de 1,2 % dans les Hauts-de-France en un an}}. {{c:c8|Pour}} {{m:m8|l'économiste Hélène Brunetière}}, spécialiste de la filière automobile à l'université de Lille, {{q:indirect:brunetiere:m8:c8|Valmorel paie surtout son retard sur l'électrique}}. « {{q:direct:brunetiere:m9:c9|Les sous-traitants qui n'ont pas anticipé vont tomber les uns après les autres}}, {{c:c9|prévient-{{m:m9|elle}}}}. {{q:direct:brunetiere:m9:c9|Douai n'est que le début.}} »

{{m:m10|Le ministre de l'Industrie, Julien Castagnède}}, {{c:c10|a indiqué}} qu'{{q:mixed:castagnede:m10:c10|il recevrait la direction du groupe « dans les prochains jours »}}. Selon nos informations, un industriel turc aurait déjà manifesté son intérêt pour une partie du site. Contactée, la direction n'a pas souhaité commenter.
""", nbsp="\u202f")

article(
    "frx_05_sport_ligue1", "fr/ouest-france-sport", "fr",
    {"ferreira": "Paulo Ferreira", "diakhate": "Moussa Diakhaté", "ducastel": "Olivier Ducastel",
     "lemaitre": "Adrien Lemaître"},
    """
Ligue 1 : Rennes arrache le nul à Lens dans le temps additionnel

Mené 2-0 à la pause, le Stade rennais est allé chercher un point précieux (2-2), samedi soir à Bollaert, grâce à un doublé de son attaquant Moussa Diakhaté, auteur de l'égalisation à la 94e minute.

« {{q:direct:ferreira:m1:c1|À la mi-temps, je leur ai dit qu'on n'avait plus rien à perdre. Ils ont répondu avec du caractère}} », {{c:c1|a souligné}} {{m:m1|l'entraîneur rennais, Paulo Ferreira}}, en conférence de presse. {{m:m2|Le technicien portugais}} {{c:c2|a reconnu}} que {{q:mixed:ferreira:m2:c2|la première période avait été « la pire de la saison »}}.

« {{q:direct:diakhate:m3:c3|Je ne regarde pas le classement}}, {{c:c3|a assuré}} {{m:m3|Moussa Diakhaté}} au micro de Canal+. {{q:direct:diakhate:m3:c3|Je voulais juste que l'équipe revienne. Le reste, c'est du bonus.}} » Le Sénégalais de 22 ans compte désormais neuf buts en championnat.

Côté lensois, la frustration dominait. {{q:indirect:ducastel:m4:c4|L'arbitre aurait dû siffler un penalty sur notre attaquant en fin de match}}, {{c:c4|a regretté}} {{m:m4|l'entraîneur artésien, Olivier Ducastel}}. « {{q:direct:ducastel:m5:c5|On a manqué de maîtrise, ça doit nous servir de leçon}} », {{c:c5|a-t-{{m:m5|il}} ajouté}}. {{c:c6|Selon}} {{m:m6|le capitaine lensois, Adrien Lemaître}}, {{q:mixed:lemaitre:m6:c6|le vestiaire était « abattu » après le coup de sifflet final}}.

Dans le parcage visiteurs, les supporters bretons ont scandé « Paulo, Paulo » pendant de longues minutes. Rennes reçoit Nantes dimanche prochain pour le derby.
""", nbsp="\u00a0")

article(
    "frx_06_entretien_voile", "fr/le-parisien-entretien", "fr",
    {"morvan": "Agnès Morvan", "interviewer": ["le journaliste", "journaliste"], "danielou": "Loïc Daniélou"},
    """
{{m:h1|Agnès Morvan}}, navigatrice : « {{q:direct:morvan:h1:-|La mer ne pardonne pas l'arrogance}} »

Rentrée mardi à Lorient après 74 jours de course en solitaire autour du monde, la navigatrice de 38 ans a terminé quatrième. Elle revient pour nous sur son tour du monde. Entretien.

— {{q:direct?:interviewer:-:-|Comment vous sentez-vous, deux jours après l'arrivée ?}}

— {{q:direct:morvan:-:-|Fatiguée, mais heureuse. J'ai dormi douze heures d'affilée, ça ne m'était pas arrivé depuis septembre.}}

— {{q:direct?:interviewer:-:-|Quel a été le moment le plus difficile ?}}

— {{q:direct:morvan:-:-|Le passage du cap Horn, sans hésiter. J'ai eu des vents à 60 nœuds pendant deux jours, j'ai cassé mon pilote automatique et j'ai dû barrer à la main pendant des heures.}}

— {{q:direct?:interviewer:-:-|Avez-vous pensé à abandonner ?}}

— {{q:direct:morvan:-:-|Jamais vraiment. Mon équipe m'a dit un soir : « Tu peux t'arrêter aux Malouines. » J'ai répondu non, et j'ai raccroché.}}

{{m:m1|Son directeur technique, Loïc Daniélou}}, {{c:c1|confirme}} que {{q:mixed:danielou:m1:c1|le bateau était « à la limite » après le Horn}}. « {{q:direct:danielou:m2:c2|Elle a réparé seule, en mer, ce que trois techniciens auraient mis une journée à réparer au port}} », {{c:c2|salue-t-{{m:m2|il}}}}.

— {{q:direct?:interviewer:-:-|Et maintenant ?}}

— {{q:direct:morvan:-:-|Je repars en 2028, si les partenaires suivent. La mer ne pardonne pas l'arrogance, mais elle récompense la patience.}}
""", nbsp="\u00a0")
