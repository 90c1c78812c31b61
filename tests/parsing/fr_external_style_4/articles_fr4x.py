# French external-style held-apart set, fourth series: original, invented news articles (every person,
# company, club and detail is fictional; real cities only as setting), written and annotated after the
# third series' fixes and before the parser was run on them. Many role nouns and groups speak.
from build_frx4 import article

article(
    "fr4x_01_ladepeche_centrale", "fr/la-depeche-toulouse", "fr",
    {"riveraine": ["une riveraine", "riveraine"], "sabatier": "Michel Sabatier",
     "riverains": ["les riverains", "riverains", "les habitants"], "lanne": "Frédéric Lanne",
     "durrieu": "Sophie Durrieu", "prefecture": ["la préfecture", "préfecture"],
     "occibeton": ["Occibéton", "la société"]},
    """
Centrale à béton de Montaudran : « {{q:direct:riveraine:h1:hc1|On vit fenêtres fermées}} », {{c:hc1|témoigne}} {{m:h1|une riveraine}}

Les habitants du chemin de la Plaine dénoncent la poussière et le va-et-vient des camions depuis l'ouverture du site, en septembre. La mairie promet des contrôles.

Publié le 06/12/2026 à 08:15
Par Laure Castaing

Ils étaient près de deux cents, samedi matin, devant les grilles de la centrale à béton installée en bordure de la rocade. Sifflets, banderoles et une pancarte « Du béton, pas nos poumons » : la colère ne retombe pas dans le quartier.

« {{q:direct:sabatier:m1:c1|Depuis septembre, ce sont quarante camions par jour sous nos fenêtres, dès six heures du matin}} », {{c:c1|raconte}} {{m:m1|Michel Sabatier}}, retraité et président de l'association Plaine vivante. {{m:m2|Le retraité}} {{c:c2|assure}} que {{q:mixed:sabatier:m2:c2|les enfants de l'école voisine « toussent dès la récréation »}}.

Une riveraine de la rue des Tilleuls, qui préfère ne pas donner son nom, montre la pellicule grise sur sa table de jardin. « {{q:direct:riveraine:m4:c4|On vit fenêtres fermées, même en plein été. Je passe l'aspirateur deux fois par jour}} », {{c:c4|soupire-t-{{m:m4|elle}}}}.

{{m:m5|Les riverains}} {{c:c5|estiment}} que {{q:indirect:riverains:m5:c5|le permis a été accordé sans véritable concertation}}. « {{q:direct:riverains:m6:c6|Personne ne nous a prévenus. On l'a appris en voyant arriver les silos}} », {{c:c6|affirment-{{m:m6|ils}}}} dans une lettre ouverte adressée au maire.

Du côté de l'entreprise, le ton se veut rassurant. {{m:m7|Le directeur du site, Frédéric Lanne}}, {{c:c7|indique}} que {{q:indirect:lanne:m7:c7|des brumisateurs ont été installés en novembre pour fixer les poussières}}. « {{q:direct:lanne:m8:c8|Nous respectons toutes les normes. Les mesures sont transmises chaque mois aux services de l'État}} », {{c:c8|insiste}} {{m:m8|le directeur}}, qui {{c:c8b|dit}} {{q:mixed:lanne:m8:c8b|« comprendre l'inquiétude » des habitants}}.

{{c:c9|Selon}} {{m:m9|la préfecture}}, {{q:indirect:prefecture:m9:c9|deux contrôles inopinés ont été menés en octobre}}. {{q:indirect:prefecture:-:-|Ils n'auraient relevé aucun dépassement des seuils}}.

Les relevés de l'association Atmo Occitanie montrent pourtant une hausse des particules fines de 12 % sur le secteur depuis la rentrée.

Lire aussi : Toulouse : la rocade fermée de nuit pendant trois semaines

À la mairie, {{m:m10|l'adjointe chargée de l'environnement, Sophie Durrieu}}, {{c:c10|a annoncé}} qu'{{q:indirect:durrieu:m10:c10|un capteur municipal serait installé avant la fin de l'année}}. {{m:m11|L'élue}} {{c:c11|a reconnu}} que {{q:mixed:durrieu:m11:c11|la ville avait « sous-estimé » l'impact du trafic}}, tout en {{c:c11b|rappelant}} que {{q:indirect:durrieu:m11:c11b|la décision d'autoriser le site relevait de l'État}}.

Occibéton, qui emploie une trentaine de salariés, n'a pas souhaité commenter l'éventualité d'un déménagement. {{q:indirect:sabatier:m13:c13|Ce n'est pas à nous de partir}}, {{c:c13|tranche}} {{m:m13|le président de Plaine vivante}}, qui promet une nouvelle mobilisation le 20 décembre.
""", nbsp="\u00a0")

article(
    "fr4x_02_nicematin_tribunal", "fr/nice-matin-justice", "fr",
    {"baudin": "Jean-Marc Baudin", "revel": "Thomas Revel", "ottaviani": "Claire Ottaviani",
     "ferrand": "Hélène Ferrand", "lucciardi": "Paul Lucciardi", "enqueteurs": ["les enquêteurs", "enquêteurs"],
     "agent": ["un agent du service des marchés", "agent"]},
    """
Marchés truqués à Cagnes-sur-Mer : deux ans avec sursis requis contre l'ancien directeur des services techniques

Jugé pour favoritisme devant le tribunal correctionnel de Nice, {{m:s1|Jean-Marc Baudin}} {{c:s1c|a nié}} {{q:indirect:baudin:s1:s1c|avoir orienté les appels d'offres}}.

Par Marine Giacometti
Publié le 04/12/2026 à 19:40

Il a gardé les mains croisées sur la barre pendant près de trois heures. Jean-Marc Baudin, 58 ans, ancien directeur des services techniques de la commune, comparaissait jeudi pour favoritisme dans l'attribution de quatre marchés de voirie entre 2019 et 2022.

{{c:c1|D'après}} {{m:m1|les enquêteurs}}, {{q:indirect:enqueteurs:m1:c1|le cahier des charges aurait été rédigé sur mesure pour une entreprise de Carros dirigée par un ami d'enfance du prévenu}}. {{q:indirect:enqueteurs:-:-|Celle-ci aurait remporté les quatre lots pour un montant total de 3,1 millions d'euros}}.

« {{q:direct:baudin:m2:c2|J'ai appliqué les procédures que l'on m'avait apprises. Je n'ai jamais reçu le moindre centime}} », {{c:c2|a affirmé}} {{m:m2|le prévenu}}, la voix étranglée. {{m:m3|L'ancien cadre}} {{c:c3|a reconnu}} que {{q:mixed:baudin:m3:c3|certains critères techniques avaient été « mal calibrés »}}, sans y voir d'intention.

— {{q:direct:ferrand:m4:c4|Vous ne trouvez pas curieux que les quatre lots aillent au même candidat ?}} {{c:c4|demande}} {{m:m4|la présidente, Hélène Ferrand}}.
— {{q:direct:baudin:m5:c5|C'était le moins cher}}, {{c:c5|répond}} {{m:m5|l'ancien directeur}}.
— {{q:direct:ferrand:m6:c6|Le moins cher après modification des offres}}, {{c:c6|corrige}} {{m:m6|la magistrate}}.

Un témoin a marqué l'audience. {{m:m7|Un agent du service des marchés}}, cité par l'accusation, {{c:c7|a raconté}} que {{q:mixed:agent:m7:c7|les dossiers de l'entreprise arrivaient « toujours complets, parfois avant la publication de l'avis »}}.

{{c:c8|Pour}} {{m:m8|le procureur, Thomas Revel}}, {{q:mixed:revel:m8:c8|le dossier ne laisse « aucune place au doute »}}. {{m:m9|Le magistrat}} {{c:c9|a estimé}} que {{q:mixed:revel:m9:c9|l'ancien directeur avait « trahi la confiance des administrés »}}, avant de requérir deux ans d'emprisonnement avec sursis et cinq ans d'inéligibilité à toute fonction publique.

{{m:m10|L'avocat de la commune, Me Paul Lucciardi}}, {{c:c10|a rappelé}} que {{q:indirect:lucciardi:m10:c10|la ville avait dû relancer deux chantiers après des malfaçons}}. « {{q:direct:lucciardi:m11:c11|Ce sont les contribuables cagnois qui ont payé la facture}} », {{c:c11|a-t-{{m:m11|il}} lancé}}.

En défense, Me Claire Ottaviani a plaidé la relaxe. « {{q:direct:ottaviani:m13:c13|On juge ici un fonctionnaire débordé, pas un corrompu. Où est l'enrichissement ? Où est la contrepartie ?}} », {{c:c13|a interrogé}} {{m:m13|l'avocate}}. {{m:m14|Elle}} {{c:c14|a souligné}} que {{q:indirect:ottaviani:m14:c14|son client vivait toujours dans le même appartement de location depuis vingt ans}}.

Invité à s'exprimer en dernier, {{m:m15|le prévenu}} {{c:c15|a simplement dit}} {{q:mixed:baudin:m15:c15|« regretter » de ne pas avoir alerté sa hiérarchie}}.

Le jugement a été mis en délibéré au 15 janvier.
""", nbsp="\u202f")

article(
    "fr4x_03_rfi_greve_enseignants", "fr/rfi-afrique", "fr",
    {"kone": "Mariam Koné", "syndicats": ["les syndicats", "syndicats", "l'intersyndicale"],
     "yao": "Serge Yao", "bamba": "Adama Bamba", "responsable": ["un responsable syndical", "responsable syndical"],
     "parents": ["les associations de parents", "associations de parents"], "gouvernement": ["le gouvernement", "gouvernement"]},
    """
Côte d'Ivoire : « {{q:direct:kone:h1:hc1|Les salaires seront versés, mais pas sous la menace}} », {{c:hc1|prévient}} {{m:h1|la ministre}}

Publié le : 03/12/2026 - 11:20

Au troisième jour de la grève des enseignants du secondaire, le bras de fer se durcit entre le gouvernement et l'intersyndicale, qui réclame le paiement de primes promises depuis 2024.

Avec notre correspondant à Abidjan, Didier Ahoua

Les cours n'ont toujours pas repris mercredi dans la plupart des lycées publics d'Abidjan. La ministre de l'Éducation nationale, Mariam Koné, a reçu les représentants des enseignants mardi soir, sans résultat.

À la sortie de la réunion, {{m:m2|la ministre}} {{c:c2|a assuré}} que {{q:indirect:kone:m2:c2|les primes de 2024 seraient intégrées au budget rectificatif}}. « {{q:direct:kone:m3:c3|L'État tiendra parole, mais les salaires seront versés, pas sous la menace}} », {{c:c3|a-t-{{m:m3|elle}} ajouté}}.

Une réponse jugée insuffisante par les syndicats. « {{q:direct:syndicats:m5:c5|On nous promet la même chose depuis deux ans}} », {{c:c5|rétorquent-{{m:m5|ils}}}} dans un communiqué commun. {{m:m6|Les sept organisations}} {{c:c6|affirment}} que {{q:indirect:syndicats:m6:c6|le mot d'ordre de grève sera maintenu jusqu'au versement effectif des sommes}}.

{{m:m7|Le porte-parole de l'intersyndicale, Serge Yao}}, {{c:c7|dénonce}} « {{q:direct:yao:m7:c7|le mépris affiché par le gouvernement}} ». {{q:indirect:yao:m8:c8|Les enseignants ne reprendront pas le travail sur de simples promesses}}, {{c:c8|martèle}} {{m:m8|le syndicaliste}}, professeur de mathématiques à Yopougon.

{{c:c9|Selon}} {{m:m9|un responsable syndical}} qui a requis l'anonymat, {{q:indirect:responsable:m9:c9|certains établissements privés auraient commencé à recruter des vacataires pour remplacer les grévistes}}.

Le mouvement, lancé lundi par sept organisations, touche aussi plusieurs villes de l'intérieur, dont Bouaké et Korhogo, où la moitié des établissements publics ont fermé leurs portes faute de professeurs.

Les chiffres du ministère indiquent que près de 60 % des enseignants du secondaire public étaient absents lundi.

Les associations de parents d'élèves, elles, s'inquiètent pour les examens. « {{q:direct:parents:m11:c11|Nos enfants passent le bac dans six mois. Qui va rattraper ces semaines perdues ?}} », {{c:c11|s'interrogent-{{m:m11|elles}}}} dans un texte transmis à la presse.

{{c:c12|Pour}} {{m:m12|Adama Bamba}}, chercheur en sciences politiques à l'université Félix-Houphouët-Boigny, {{q:mixed:bamba:m12:c12|le conflit révèle « l'usure » du dialogue social dans la fonction publique}}. {{q:indirect:bamba:m13:c13|Le gouvernement ne peut pas se permettre une année blanche à dix mois de la présidentielle}}, {{c:c13|estime}} {{m:m13|le chercheur}}.

{{m:m14|Le gouvernement}} {{c:c14|a fait savoir}} mercredi soir qu'{{q:indirect:gouvernement:m14:c14|une nouvelle séance de négociation se tiendrait vendredi}}. L'intersyndicale n'a pas encore dit si elle y participerait.
""", nbsp="\u00a0")

article(
    "fr4x_04_voixdunord_basket", "fr/la-voix-du-nord-sport", "fr",
    {"club": ["l'Étoile de Tourcoing", "le club", "club", "l'Étoile"], "delattre": "Jérôme Delattre", "supporters": ["les supporters", "supporters", "le groupe Rouge Tempête"],
     "nowak": "Kevin Nowak", "mensah": "Isaac Mensah", "ligue": ["la Ligue", "Ligue"],
     "dirigeant": ["un dirigeant qui souhaite rester anonyme", "un dirigeant"]},
    """
Basket : l'Étoile de Tourcoing limoge son entraîneur après un sixième revers

Le club nordiste a annoncé mardi le départ de Kevin Nowak, en poste depuis deux saisons. Les supporters réclament des comptes à la direction.

Par Thomas Vandenbussche | Publié le 08/12/2026 à 18h05

La défaite à domicile face à Gravelines (71-88), samedi, aura été celle de trop. {{m:m1|L'Étoile de Tourcoing}} {{c:c1|a indiqué}} dans un communiqué que {{q:mixed:club:m1:c1|Kevin Nowak n'était plus l'entraîneur de l'équipe première « avec effet immédiat »}}. {{m:m2|Le club}} {{c:c2|précise}} que {{q:indirect:club:m2:c2|l'intérim sera assuré par son adjoint, Bruno Lefebvre}}.

Le président, Jérôme Delattre, a justifié la décision devant la presse. « {{q:direct:delattre:m4:c4|On a six défaites en huit matches. Je ne pouvais pas attendre que l'on soit relégables pour réagir}} », {{c:c4|a expliqué}} {{m:m4|le dirigeant}}, qui {{c:c5|a assuré}} que {{q:mixed:delattre:m4:c5|la relation avec Nowak restait « cordiale »}}.

L'intéressé, lui, a pris acte sans cacher sa déception. « {{q:direct:nowak:m6:c6|Je pars avec le sentiment de ne pas avoir eu le temps de construire. Mais je respecte le choix du club}} », {{c:c6|a réagi}} {{m:m6|le technicien}} auprès de La Voix du Nord. {{m:m7|Il}} {{c:c7|a rappelé}} que {{q:indirect:nowak:m7:c7|trois joueurs majeurs s'étaient blessés dès le mois d'octobre}}.

Dans les tribunes du Palais des sports, la colère vise surtout la direction. {{m:m8|Les supporters du groupe Rouge Tempête}} {{c:c8|ont dénoncé}} dans un communiqué « {{q:direct:supporters:m8:c8|un recrutement bâclé durant l'été}} ». « {{q:direct:supporters:m9:c9|L'entraîneur paie les erreurs des autres}} », {{c:c9|écrivent-{{m:m9|ils}}}}, avant d'appeler à une banderole silencieuse jeudi.

{{c:c10|D'après}} {{m:m10|un dirigeant}} qui souhaite rester anonyme, {{q:indirect:dirigeant:m10:c10|le club aurait déjà contacté deux entraîneurs étrangers}}. {{q:indirect:dirigeant:-:-|Un accord pourrait être trouvé avant la trêve}}.

Les statistiques de la LNB montrent que l'Étoile possède la pire défense de Pro B avec 86 points encaissés par match.

Le capitaine Isaac Mensah, lui, a appelé au calme. « {{q:direct:mensah:m11:c11|Les joueurs sont les premiers responsables. C'est à nous de nous regarder dans la glace}} », {{c:c11|a déclaré}} {{m:m11|l'ailier ghanéen}} à l'issue de l'entraînement de lundi. {{m:m12|Le capitaine}} {{c:c12|a ajouté}} que {{q:mixed:mensah:m12:c12|le vestiaire « devait énormément » à Kevin Nowak}}.

{{m:m13|La Ligue}}, sollicitée, {{c:c13|a confirmé}} que {{q:indirect:ligue:m13:c13|le club avait bien déposé une demande de dérogation pour un entraîneur non diplômé en France}}.

Prochain match vendredi à Blois.
""", nbsp="\u00a0")
