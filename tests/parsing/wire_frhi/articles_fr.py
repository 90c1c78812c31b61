# French articles of the wire_frhi corpus.  Original, invented prose; every person is fictional.
from build_wire_frhi import article

article(
    "wire_fr_01_afp_diplomatie", "wire_frhi/fr-afp-diplomatie", "fr",
    {"vasseur": "Hélène Vasseur", "danjuma": "Ibrahim Danjuma", "ministere": "le ministère des Affaires étrangères",
     "sokolova": "Irina Sokolova", "diplomate": "un diplomate européen", "eriksen": "Tomás Eriksen",
     "elysee": "l'Élysée", "source": "source diplomatique", "both": "la France et le Nigeria"},
    """
Lac Tchad : Paris et Abuja plaident pour une trêve humanitaire, Moscou ironise

PARIS, 12 mars 2026 (AFP) - {{m:m0|La France et le Nigeria}} ont {{c:c0|appelé}} jeudi à {{q:indirect?:both:m0:c0|l’arrêt immédiat des combats dans la région du lac Tchad}}, où les affrontements entre l’armée et des groupes armés ont fait plusieurs centaines de morts depuis janvier, à l’occasion d’une visite à Paris du chef de la diplomatie nigériane.

« {{q:direct:vasseur:m1:c1|Il n’y a pas de solution militaire à cette crise,}} {{c:c1|a déclaré}} {{m:m1|la ministre française des Affaires étrangères, Hélène Vasseur}}, lors d’une conférence de presse commune avec son homologue nigérian, Ibrahim Danjuma. {{q:direct:vasseur:m1:c1|Les populations civiles paient un prix insupportable.}} »

« {{q:direct:vasseur:m2:c2|Nous demandons à toutes les parties de laisser passer les convois, sans condition et sans délai}} », {{c:c2|a-t-{{m:m2|elle}} souligné}}, {{c:c3|évoquant}} {{q:mixed?:vasseur:m2:c3|des « entraves répétées » à l’acheminement de l’aide dans le nord-est du pays}}.

{{m:m4|M. Danjuma}} {{c:c4|a affirmé}} pour sa part que {{q:mixed:danjuma:m4:c4|son pays « ne ménagera aucun effort » pour sécuriser les corridors humanitaires}}. « {{q:direct:danjuma:m5:c5|Abuja a déjà déployé deux bataillons supplémentaires le long de la frontière et nous sommes prêts à faire davantage}} », {{c:c5|a-t-{{m:m5|il}} affirmé}}. {{c:c6|Selon}} {{m:m6|lui}}, {{q:indirect:danjuma:m6:c6|plus de 300 000 personnes ont fui leurs villages depuis le début de l’année, dont une majorité de femmes et d’enfants}}.

{{q:indirect:ministere:m7:c7|La France débloquera une enveloppe supplémentaire de 25 millions d’euros pour l’aide alimentaire d’urgence}}, {{c:c7|a indiqué}} {{m:m7|le ministère}} dans un communiqué publié dans la soirée. {{q:indirect:ministere:m8:c8|Cette somme sera versée au Programme alimentaire mondial et à des ONG locales}}, {{c:c8|précise}} {{m:m8|le texte}}.

{{q:indirect:elysee:m9:c9|Le président de la République doit s’entretenir vendredi au téléphone avec son homologue tchadien}}, {{c:c9|a fait savoir}} {{m:m9|l’Élysée}}.

À Moscou, la réaction ne s’est pas fait attendre. « {{q:direct:sokolova:m10:c10|Les capitales occidentales découvrent le Sahel quand les caméras arrivent. Elles feraient mieux de s’occuper de leurs propres crises}} », {{c:c10|a lancé}} {{m:m10|la porte-parole de la diplomatie russe, Irina Sokolova}}, lors de son point de presse hebdomadaire. {{m:m11|Elle}} {{c:c11|a ajouté}} que {{q:mixed:sokolova:m11:c11|la Russie était disposée à participer à « tout effort sérieux » sous l’égide de l’Union africaine}}.

Dans les couloirs, l’optimisme reste mesuré. « {{q:direct:diplomate:m12:c12|Personne ne croit vraiment à une trêve avant la saison des pluies. Les groupes armés n’ont aucun intérêt à s’arrêter maintenant}} », {{c:c12|a confié à l’AFP}} {{m:m12|un diplomate européen}} sous couvert d’anonymat.

{{m:m13|Le coordinateur humanitaire de l’ONU pour la région, Tomás Eriksen}}, {{c:c13|a estimé}} de son côté que {{q:mixed:eriksen:m13:c13|« la fenêtre pour éviter une famine se referme rapidement »}}. « {{q:direct:eriksen:m14:c14|Si les routes ne rouvrent pas d’ici avril, nous ne pourrons plus pré-positionner les stocks}} », {{c:c14|a-t-{{m:m14|il}} averti}} depuis N’Djamena.

{{q:indirect?:source:m15:c15|Une réunion du Conseil de sécurité consacrée à la crise pourrait se tenir dès la semaine prochaine}}, {{c:c15|a-t-on appris de}} {{m:m15|source diplomatique}}.
""", nbsp="\u00a0")

article(
    "wire_fr_02_lemonde_politique", "wire_frhi/fr-quotidien-national-politique", "fr",
    {"carrere": "Sylvie Carrère", "quemener": "Laurent Quéméner", "benali": "Nadia Benali",
     "arnal": "Thibault Arnal", "montagne": "Julie Montagné", "conseiller": "un conseiller de l'exécutif",
     "ministre": "un ministre", "vautrin": "Pierre Vautrin",
     "matignon": "l'entourage de la première ministre"},
    """
Budget 2027 : au gouvernement, la bataille des économies est lancée

Officiellement, l’exécutif parle d’une seule voix. Mais à quelques semaines de la présentation du projet de loi de finances, la recherche de 30 milliards d’euros d’économies met les nerfs des ministres à rude épreuve.

Dimanche, sur le plateau de France 3, {{m:m1|le ministre de l’économie, Laurent Quéméner}}, {{c:c1|a répété}} que {{q:mixed:quemener:m1:c1|« tout le monde » devrait participer à l’effort, « y compris les ministères qui se croient intouchables »}}. Une pique à peine voilée à l’adresse de sa collègue du travail. « {{q:direct:quemener:m2:c2|Je n’ai pas de tabou. Ni sur les niches fiscales, ni sur les dépenses sociales}} », {{c:c2|a insisté}} {{m:m2|le locataire de Bercy}}.

La ministre du travail, Nadia Benali, n’a pas tardé à répliquer. « {{q:direct:benali:m3b:c3|On ne redresse pas les comptes publics en tapant sur ceux qui n’ont que leur travail pour vivre}} », {{c:c3|s’est agacée}} {{m:m3b|Mme Benali}} lundi, en marge d’un déplacement à Roubaix. {{m:m4|Elle}} {{c:c4|assure}} {{q:mixed:benali:m4:c4|avoir déjà proposé « plus de 2 milliards » d’économies sur son périmètre}}.

Au milieu, le ministre chargé des comptes publics, Thibault Arnal, tente de jouer les arbitres. « {{q:direct:arnal:m5b:c5|Il n’y a pas de guerre des ministres. Il y a un budget à boucler et des choix à faire, c’est la vie normale d’un gouvernement}} », {{c:c5|tempère}} {{m:m5b|l’ancien député du Tarn}}, qui {{c:c6|reconnaît}} toutefois que {{q:mixed:arnal:m5b:c6|les discussions sont « plus rugueuses que l’an dernier »}}.

À Matignon, on relativise. « {{q:direct:conseiller:m7:c7|Chacun défend ses crédits, c’est son rôle. À la fin, c’est la première ministre qui tranche}} », {{c:c7|résume}} {{m:m7|un conseiller de l’exécutif}}. {{c:c8|Selon}} {{m:m8|l’entourage de la première ministre}}, {{q:mixed:matignon:m8:c8|les arbitrages seront rendus « avant le 15 septembre »}}.

Interrogée mardi lors des questions au gouvernement, {{m:m9|Sylvie Carrère}} {{c:c9|a assuré}} que {{q:mixed:carrere:m9:c9|le budget ne comporterait « aucune hausse d’impôt pour les classes moyennes »}}. « {{q:direct:carrere:m10:c10|Nous tiendrons nos engagements européens sans casser la croissance}} », {{c:c10|a-t-{{m:m10|elle}} déclaré}} sous les huées d’une partie de l’opposition.

La porte-parole du gouvernement, Julie Montagné, s’est employée mercredi à éteindre l’incendie. « {{q:direct:montagne:m11:c11|Les ministres échangent, parfois vivement, mais la ligne est claire et elle est fixée par la première ministre}} », {{c:c11|a-t-{{m:m11|elle}} affirmé}} à l’issue du conseil des ministres.

Dans la majorité, certains s’inquiètent pourtant de l’image renvoyée. « {{q:direct:ministre:m12:c12|On donne le sentiment d’un gouvernement qui se déchire avant même d’avoir commencé. C’est désastreux}} », {{c:c12|confie}} {{m:m12|un ministre}}, sous le couvert de l’anonymat.

L’opposition, elle, se frotte les mains. {{m:m13|Le président du groupe Les Républicains à l’Assemblée, Pierre Vautrin}}, {{c:c13|prévient}} : « {{q:direct:vautrin:m13:c13|Si le gouvernement présente un budget qui augmente les impôts, nous voterons la censure. Sans hésiter.}} » {{c:c14|Pour}} {{m:m14|le député de Haute-Savoie}}, {{q:mixed?:vautrin:m14:c14|ce feuilleton est « la preuve que personne ne pilote l’avion »}}.
""", nbsp="\u202f")

article(
    "wire_fr_03_proces_assises", "wire_frhi/fr-chronique-judiciaire", "fr",
    {"lamarque": "Sophie Lamarque", "olivier": "Catherine Olivier", "marchal": "Didier Marchal",
     "roux": "Alain Roux", "petit": "Karine Petit", "expert": "Jean-Paul Dufresne",
     "accusation": "l'accusation", "cour": "la cour"},
    """
Procès de l’incendie de Vénissieux : dix ans de réclusion requis contre l’ancien gérant

La voix du prévenu s’est brisée au troisième jour d’audience. Jugé depuis lundi devant la cour d’assises du Rhône pour l’incendie d’un immeuble qui avait coûté la vie à deux personnes en 2023, Didier Marchal, 58 ans, a maintenu sa version jusqu’au bout.

« {{q:direct:marchal:m1:c1|Je n’ai jamais voulu que quelqu’un soit blessé. Je pensais que l’immeuble était vide ce soir-là}} », {{c:c1|a répété}} {{m:m1|l’ancien gérant du bar-tabac}}, les mains agrippées à la barre. {{c:c2|Selon}} {{m:m2|l’accusation}}, {{q:indirect:accusation:m2:c2|il aurait mis le feu à son propre commerce pour toucher l’indemnité de l’assurance, alors que l’établissement accumulait les dettes}}.

L’expert en incendie cité par le parquet, Jean-Paul Dufresne, a été formel. « {{q:direct:expert:m3:c3|Le feu est parti de deux foyers distincts, à l’arrière de la réserve. Ce n’est pas compatible avec un accident électrique}} », {{c:c3|a-t-{{m:m3|il}} expliqué}} à la cour.

Dans son réquisitoire, {{m:m4|l’avocate générale, Catherine Olivier}}, {{c:c4|a dénoncé}} {{q:mixed?:olivier:m4:c4|« un calcul froid, cynique, qui a fait deux victimes innocentes »}}. « {{q:direct:olivier:m5:c5|Monsieur Marchal savait que le couple Ferrand dormait au deuxième étage. Il les croisait tous les jours dans l’escalier}} », {{c:c5|a-t-{{m:m5|elle}} lancé}}, avant de requérir dix ans de réclusion criminelle. {{m:m6|Elle}} {{c:c6|a rappelé}} que {{q:indirect:olivier:m6:c6|l’accusé avait souscrit une extension de garantie trois semaines avant les faits}}.

Les parties civiles ont également pris la parole. « {{q:direct:petit:m7:c7|La famille Ferrand ne demande pas de vengeance. Elle demande la vérité, et elle ne l’a toujours pas entendue}} », {{c:c7|a plaidé}} {{m:m7|Me Karine Petit}}, qui représente les enfants du couple.

En défense, {{m:m8|Me Sophie Lamarque}} {{c:c8|a contesté}} {{q:mixed?:lamarque:m8:c8|un dossier « bâti sur des suppositions »}}. « {{q:direct:lamarque:m9:c9|On vous demande de condamner un homme pour ce qu’il aurait pu penser, pas pour ce qu’il a fait. Où est la preuve ? Où est le témoin ?}} », {{c:c9|a plaidé}} {{m:m9|l’avocate}}, qui a demandé l’acquittement. {{c:c10|Pour}} {{m:m10|elle}}, {{q:indirect:lamarque:m10:c10|l’hypothèse d’un court-circuit n’a jamais été sérieusement écartée par l’enquête}}.

Avant que la cour ne se retire pour délibérer, le président, Alain Roux, a donné une dernière fois la parole à l’accusé. « {{q:direct:marchal:m12:c12|Je pense à eux tous les jours. Je demande pardon à leurs enfants, même si je n’ai pas allumé ce feu}} », {{c:c12|a déclaré}} {{m:m12|Didier Marchal}}, la voix tremblante.

Le verdict est attendu vendredi. {{q:indirect:roux:m11b:c11|La cour rendra sa décision en fin de matinée}}, {{c:c11|a précisé}} {{m:m11b|le magistrat}} en levant l’audience.
""", nbsp="\u00a0")

article(
    "wire_fr_04_radio_canada", "wire_frhi/fr-radio-canada-quebec", "fr",
    {"tremblay": "Geneviève Tremblay-Roy", "gagnon": "Martin Gagnon", "ouellet": "Chantal Ouellet",
     "cabinet": "le cabinet de la ministre", "infirmiere": "une infirmière de l'Hôpital de Chicoutimi",
     "bouchard": "Luc Bouchard", "ciusss": "le CIUSSS du Saguenay–Lac-Saint-Jean"},
    """
Urgences débordées au Saguenay : Québec promet des renforts d’ici Noël

La ministre de la Santé, Geneviève Tremblay-Roy, a promis mardi l’arrivée de 40 infirmières supplémentaires dans les urgences du Saguenay–Lac-Saint-Jean d’ici la période des Fêtes, alors que les taux d’occupation dépassent 160 % depuis trois semaines dans la région.

« {{q:direct:tremblay:m1:c1|La situation est inacceptable et je ne vais pas me cacher derrière des chiffres. Les gens du Saguenay ont droit aux mêmes soins que ceux de Montréal}} », {{c:c1|a affirmé}} {{m:m1|la ministre}} en mêlée de presse à l’Assemblée nationale. {{m:m2|Elle}} {{c:c2|a soutenu}} que {{q:mixed:tremblay:m2:c2|le recours aux agences privées resterait « une solution de dernier recours »}}.

L’opposition officielle juge ces annonces nettement insuffisantes. « {{q:direct:gagnon:m3:c3|Ça fait deux ans qu’on nous promet des renforts. Les infirmières, elles, sont épuisées maintenant, pas à Noël}} », {{c:c3|a lancé}} {{m:m3|le député libéral de Chicoutimi, Martin Gagnon}}. {{c:c4|Selon}} {{m:m4|lui}}, {{q:indirect:gagnon:m4:c4|le gouvernement n’a toujours pas réglé le problème du temps supplémentaire obligatoire}}.

Sur le terrain, le ton est encore plus dur. {{m:m5|La présidente de l’Alliance des soignants du Québec, Chantal Ouellet}}, {{c:c5|affirme}} que {{q:indirect:ouellet:m5:c5|plusieurs infirmières ont enchaîné des quarts de 16 heures à trois reprises la semaine dernière}}. « {{q:direct:ouellet:m6:c6|On est rendus au point où des gens quittent la profession en pleurant. C’est ça, la réalité}} », {{c:c6|déplore-t-{{m:m6|elle}}}} en entrevue à Radio-Canada.

Une infirmière de l’Hôpital de Chicoutimi, qui a requis l’anonymat par crainte de représailles, décrit des nuits où une seule infirmière doit surveiller une vingtaine de civières. « {{q:direct:infirmiere:m7:c7|Je rentre chez moi et je me demande si j’ai oublié quelqu’un. C’est ça qui m’empêche de dormir}} », {{c:c7|raconte}} {{m:m7|la jeune femme}}.

Dans une déclaration écrite transmise à Radio-Canada, {{m:m8|le cabinet de la ministre}} {{c:c8|précise}} que {{q:indirect:cabinet:m8:c8|les nouvelles recrues proviendront en partie d’un programme de formation accélérée lancé au printemps}}.

{{m:m9|Le CIUSSS du Saguenay–Lac-Saint-Jean}}, de son côté, {{c:c9|indique}} {{q:indirect:ciusss:m9:c9|avoir ouvert 12 lits temporaires à l’Hôpital de Jonquière pour désengorger les urgences}}. {{q:indirect:ciusss:m10:c10|Les patients dont l’état est jugé moins urgent sont invités à consulter d’abord la ligne Info-Santé 811}}, {{c:c10|rappelle}} {{m:m10|l’établissement}}.

{{m:m11b|Le maire de Saguenay, Luc Bouchard}}, a quant à lui {{c:c11b|dit}} {{q:mixed:bouchard:m11b:c11b|« comprendre la colère » des soignants}}. « {{q:direct:bouchard:m11:c11|Je ne blâme personne en particulier, mais il va falloir que Québec regarde la carte du Québec au complet, pas juste la 20 et la 40}} », {{c:c11|a-t-{{m:m11|il}} ajouté}}, en référence aux autoroutes qui relient Montréal et Québec.

La ministre doit se rendre à Chicoutimi jeudi. {{m:m12|Elle}} {{c:c12|a dit}} {{q:mixed:tremblay:m12:c12|vouloir rencontrer « sans filtre » les équipes de nuit}}.
""", nbsp=None)

article(
    "wire_fr_05_jeune_afrique_eco", "wire_frhi/fr-presse-panafricaine-economie", "fr",
    {"kone": "Aminata Koné", "traore": "Seydou Traoré", "ndiaye": "Ousmane Ndiaye", "bceao": "la BCEAO",
     "analyste": "Fatou Sarr", "banquier": "un banquier d'Abidjan", "mbeki": "Thandiwe Mokoena", "paylagune": "PayLagune"},
    """
Mobile money : l’ivoirien PayLagune lève 90 millions de dollars et vise le Sahel

Fondée en 2019 à Abidjan, la fintech PayLagune a bouclé une levée de fonds de 90 millions de dollars menée par un fonds sud-africain. Une opération rare en Afrique francophone, où les investisseurs restent prudents depuis deux ans.

« {{q:direct:kone:m1:c1|Cette levée montre qu’on peut construire en Afrique de l’Ouest une entreprise technologique rentable, et pas seulement une belle histoire pour les conférences}} », {{c:c1|estime}} {{m:m1|la PDG et cofondatrice de PayLagune, Aminata Koné}}. {{c:c2|Selon}} {{m:m2|elle}}, {{q:indirect:kone:m2:c2|l’entreprise a atteint l’équilibre opérationnel en 2025, avec 4,2 millions d’utilisateurs actifs en Côte d’Ivoire et au Burkina Faso}}.

L’argent doit financer l’arrivée de la société au Mali et au Niger, deux marchés jugés risqués. « {{q:direct:kone:m3:c3|Le risque politique existe, nous ne sommes pas naïfs. Mais les besoins sont immenses : la moitié des adultes n’ont toujours pas de compte}} », {{c:c3|poursuit}} {{m:m3|la dirigeante de 41 ans}}, passée par une grande banque française avant de se lancer.

{{c:c4|Pour}} {{m:m4|Thandiwe Mokoena}}, associée du fonds Ubuntu Growth Partners qui mène le tour de table, {{q:mixed:mbeki:m4:c4|le pari est « moins audacieux qu’il n’y paraît »}}. « {{q:direct:mbeki:m5:c5|Nous avons regardé les chiffres pendant dix-huit mois. Les coûts d’acquisition de PayLagune sont parmi les plus bas que nous ayons vus sur le continent}} », {{c:c5|explique}} {{m:m5|l’investisseuse}}, jointe par Jeune Afrique à Johannesburg.

La concurrence, pourtant, ne désarme pas. {{m:m6|Le directeur général d’un opérateur télécoms concurrent, Seydou Traoré}}, {{c:c6|juge}} que {{q:mixed:traore:m6:c6|le marché du transfert d’argent est « déjà saturé » dans les grandes villes}}. « {{q:direct:traore:m7:c7|La bataille se jouera dans les zones rurales, et là, c’est le réseau d’agents qui fait la différence, pas l’application}}, {{c:c7|assure-t-{{m:m7|il}}}}. {{q:direct:traore:m7:c7|Et ce réseau, il coûte cher.}} »

Le régulateur suit le dossier de près. {{q:indirect:bceao:m8:c8|De nouvelles règles sur l’interopérabilité entre portefeuilles électroniques entreront en vigueur en janvier}}, {{c:c8|a indiqué}} {{m:m8|la BCEAO}} dans une note aux établissements de paiement. {{m:m9|Le directeur de la stabilité financière de la banque centrale, Ousmane Ndiaye}}, {{c:c9|a précisé}} que {{q:indirect:ndiaye:m9:c9|ces règles visent à faire baisser les frais facturés aux utilisateurs}}.

L’économiste dakaroise Fatou Sarr nuance l’enthousiasme ambiant. « {{q:direct:analyste:m10b:c10b|Une levée ne fait pas un modèle. Beaucoup de fintechs ont brûlé leur trésorerie en deux ans en voulant aller trop vite}} », {{c:c10b|rappelle-t-{{m:m10b|elle}}}}.

Du côté des banques traditionnelles, on observe l’opération avec un mélange d’intérêt et d’inquiétude. « {{q:direct:banquier:m11:c11|Ils nous prennent nos clients les plus jeunes. Il faudra bien un jour qu’on travaille ensemble}} », {{c:c11|reconnaît}} {{m:m11|un banquier d’Abidjan}}.

{{m:m12|PayLagune}} {{c:c12|affirme}} {{q:indirect:paylagune:m12:c12|vouloir recruter 300 personnes d’ici à la fin de 2027}}, dont un tiers d’ingénieurs. {{q:mixed?:kone:m13:c13|Une introduction en Bourse, à la BRVM ou à Johannesburg, n’est « pas à l’ordre du jour »}}, {{c:c13|assure}} {{m:m13|Aminata Koné}}.
""", nbsp="\u00a0")

article(
    "wire_fr_06_suisse_hockey", "wire_frhi/fr-presse-suisse-sport", "fr",
    {"dubois": "Yannick Dubois", "keller": "Reto Keller", "perret": "Loïc Perret", "favre": "Julien Favre",
     "club": "le club", "vuilleumier": "Nathalie Vuilleumier"},
    """
Hockey: «{{q:direct:dubois:h1:h1|On a manqué de lucidité}}», {{c:h1|reconnaît}} {{m:h1|Dubois}}

Lausanne s’est incliné 4-2 samedi soir à Fribourg et voit Genève-Servette revenir à deux points au classement. L’entraîneur vaudois n’a pas cherché d’excuses.

«{{q:direct:dubois:m1:c1|On a manqué de lucidité dans les moments importants. Quand tu offres deux buts en supériorité numérique à une équipe comme Fribourg, tu ne peux pas espérer gagner}}», {{c:c1|a reconnu}} {{m:m1|Yannick Dubois}} devant la presse. {{m:m2|Le Valaisan}} {{c:c2|a toutefois estimé}} que {{q:mixed:dubois:m2:c2|son équipe avait «montré du caractère» en troisième période}}.

Le gardien Loïc Perret, auteur de plusieurs arrêts décisifs, ne cachait pas sa frustration. «{{q:direct:perret:m3:c3|Je suis fâché contre moi-même sur le troisième but. C’est un tir que je dois arrêter, point}}», {{c:c3|a-t-{{m:m3|il}} réagi}} au micro de la RTS. {{m:m4|Le Jurassien}} {{c:c4|admet}} {{q:indirect:perret:m4:c4|avoir eu du mal à suivre le palet en raison de l’affluence devant sa cage}}.

En face, l’entraîneur fribourgeois Reto Keller savourait un succès qui relance son équipe. «{{q:direct:keller:m5:c5|Les gars ont exécuté le plan à la perfection}}, {{c:c5|sourit}} {{m:m5|le Bernois}}. {{q:direct:keller:m5:c5|On savait que Lausanne allait pousser en fin de match, on est restés compacts.}}» {{c:c6|Selon}} {{m:m6|lui}}, {{q:indirect:keller:m6:c6|la victoire doit beaucoup au travail de la troisième ligne}}.

Auteur d’un doublé, l’attaquant Julien Favre a été désigné meilleur joueur de la rencontre. «{{q:direct:favre:m7:c7|C’est toujours spécial de marquer devant ce public. Mais je retiens surtout qu’on a gagné en équipe}}», {{c:c7|a déclaré}} {{m:m7|le Fribourgeois de 24 ans}}, qui {{c:c8|dit}} {{q:indirect:favre:m7:c8|ne pas penser encore à la sélection nationale}}.

Du côté lausannois, on se veut rassurant sur l’état de santé du défenseur finlandais Mikko Laine, sorti sur blessure au deuxième tiers. {{q:indirect:club:m9:c9|Le joueur souffre d’une contusion à l’épaule et sera réévalué lundi}}, {{c:c9|a communiqué}} {{m:m9|le club}} dans la soirée.

{{m:m10|La directrice sportive du LHC, Nathalie Vuilleumier}}, {{c:c10|a par ailleurs confirmé}} que {{q:indirect:vuilleumier:m10:c10|le club cherchait un attaquant étranger supplémentaire avant la fin de la période des transferts}}. «{{q:direct:vuilleumier:m11:c11|Nous avons plusieurs pistes, mais nous ne ferons pas n’importe quoi}}», {{c:c11|a-t-{{m:m11|elle}} précisé}}.

Dubois, lui, préfère regarder vers mardi et la réception de Zoug. «{{q:direct:dubois:m12:c12|Il n’y a pas de crise. On a perdu un match, on en a gagné sept sur les dix derniers. Il faut garder la tête froide}}», {{c:c12|a conclu}} {{m:m12|l’entraîneur}}.

Pour le public de la Vaudoise Arena, en revanche, la patience commence à s’user: les sifflets ont accompagné la sortie des joueurs lausannois, pour la deuxième fois en trois matches à domicile.
""", nbsp=None)

# ---- second batch: written after the first round of fixes, scored once before any further change

article(
    "wire_fr_07_afp_sommet_ue", "wire_frhi/fr-afp-bruxelles", "fr",
    {"lindqvist": "Karin Lindqvist", "brenner": "Matthias Brenner", "dumont": "Claire Dumont",
     "diplomate": "un diplomate européen", "kovacs": "Gábor Kovács", "commission": "la Commission",
     "source": "une source gouvernementale française"},
    """
Budget européen : les Vingt-Sept se quittent sans accord, rendez-vous en décembre

BRUXELLES, 18 octobre 2026 (AFP) - Les dirigeants de l’Union européenne se sont séparés vendredi sans parvenir à s’entendre sur le prochain budget pluriannuel, au terme d’un sommet marqué par de vives tensions entre pays contributeurs nets et bénéficiaires de la politique de cohésion.

« {{q:direct:lindqvist:m1:c1|Nous avons avancé, mais nous ne sommes pas encore là}} », {{c:c1|a reconnu}} {{m:m1|la présidente du Conseil européen, Karin Lindqvist}}, lors d’une conférence de presse tard dans la soirée. {{m:m2|Elle}} {{c:c2|a précisé}} qu’{{q:indirect:lindqvist:m2:c2|un nouveau sommet extraordinaire serait convoqué à la mi-décembre}}.

Le chancelier allemand Matthias Brenner a de nouveau refusé toute hausse de la contribution de son pays. « {{q:direct:brenner:m3:c3|L’Allemagne paie déjà sa part, et même un peu plus. Il faut d’abord dépenser mieux avant de dépenser plus}} », {{c:c3|a-t-{{m:m3|il}} martelé}} devant la presse allemande.

Côté français, {{m:m4|la ministre déléguée à l’Europe, Claire Dumont}}, {{c:c4|a jugé}} {{q:mixed?:dumont:m4:c4|la position allemande « compréhensible mais pas tenable »}}. {{c:c5|Selon}} {{m:m5|elle}}, {{q:indirect:dumont:m5:c5|la France est prête à accepter des économies sur l’administration de l’Union, à condition de préserver la politique agricole commune}}.

{{q:indirect:source:m6:c6|Paris ne signera pas un accord qui sacrifierait les agriculteurs}}, {{c:c6|a-t-on insisté de}} {{m:m6|source gouvernementale française}}.

Le Premier ministre hongrois, Gábor Kovács, a menacé pour sa part de bloquer tout compromis lié au respect de l’État de droit. « {{q:direct:kovacs:m7:c7|On ne peut pas nous punir avec l’argent de nos propres citoyens}}, {{c:c7|a lancé}} {{m:m7|le dirigeant nationaliste}}. {{q:direct:kovacs:m7:c7|Si c’est la logique, la Hongrie dira non.}} »

« {{q:direct:diplomate:m8:c8|Tout le monde joue la montre. Personne ne veut céder avant les élections allemandes de printemps}} », {{c:c8|a résumé}} {{m:m8|un diplomate européen}}, sous couvert d’anonymat.

{{m:m9|La Commission}} {{c:c9|a fait savoir}} qu’{{q:mixed:commission:m9:c9|elle présenterait d’ici un mois une « boîte de négociation » révisée, tenant compte des demandes des différentes capitales}}. {{q:indirect:commission:m10:c10|Le montant global ne devrait toutefois pas descendre sous 1,1 % du revenu national brut de l’Union}}, {{c:c10|précise}} {{m:m10|l’exécutif européen}}.

Mme Lindqvist s’est voulue confiante en quittant le bâtiment du Conseil. « {{q:direct:lindqvist:m11:c11|Il y a toujours un accord à la fin. La seule question, c’est le prix}} », {{c:c11|a-t-{{m:m11|elle}} glissé}} aux journalistes.
""", nbsp="\u00a0")

article(
    "wire_fr_08_le_devoir_municipal", "wire_frhi/fr-quebec-politique-municipale", "fr",
    {"leblanc": "Sophie Leblanc", "pelletier": "Jean-François Pelletier", "nguyen": "Linh Nguyen",
     "fortin": "Réjean Fortin", "ville": "la Ville", "stm": "la STM", "usager": "Karim Haddad"},
    """
Tramway de l’Est : la mairesse défend son tracé devant une salle houleuse

La mairesse de Montréal, Sophie Leblanc, a défendu mercredi soir le tracé retenu pour le futur tramway de l’est de l’île, lors d’une assemblée publique tendue à Pointe-aux-Trembles.

« {{q:direct:leblanc:m1:c1|Je comprends l’inquiétude des commerçants, mais on ne peut pas construire un tramway sans toucher à une seule rue}} », {{c:c1|a lancé}} {{m:m1|la mairesse}} devant quelque 300 résidants. {{m:m2|Elle}} {{c:c2|a assuré}} que {{q:indirect:leblanc:m2:c2|des compensations financières seraient offertes aux commerces touchés par les travaux}}.

L’opposition officielle à l’hôtel de ville n’est pas convaincue. {{m:m3|Le chef d’Ensemble Montréal, Jean-François Pelletier}}, {{c:c3|a fait valoir}} que {{q:indirect:pelletier:m3:c3|le tracé sur la rue Notre-Dame aurait coûté moins cher et dérangé moins de monde}}. « {{q:direct:pelletier:m4:c4|On nous présente un projet ficelé d’avance. La consultation, c’est pour la galerie}} », {{c:c4|a-t-{{m:m4|il}} dénoncé}} en point de presse jeudi matin.

Plusieurs citoyens ont pris le micro pour exprimer leur exaspération. « {{q:direct:usager:m5:c5|Ça fait vingt ans qu’on nous promet un transport structurant dans l’Est. Faites-le, mais faites-le comme du monde}} », {{c:c5|a déclaré}} {{m:m5|Karim Haddad}}, un usager du métro qui habite le quartier depuis 1998.

{{m:m6|La conseillère de Rivière-des-Prairies, Linh Nguyen}}, {{c:c6|estime}} pour sa part que {{q:mixed:nguyen:m6:c6|le projet est une « chance historique » pour les quartiers de l’Est}}. « {{q:direct:nguyen:m7:c7|Les gens d’ici passent deux heures par jour dans les autobus. On ne peut plus attendre}} », {{c:c7|soutient}} {{m:m7|l’élue}}.

Dans un courriel, {{m:m8|la Ville}} {{c:c8|précise}} que {{q:indirect:ville:m8:c8|le bureau de projet tiendra trois autres séances d’information d’ici la fin de novembre}}. {{m:m9|La STM}}, de son côté, {{c:c9|indique}} {{q:indirect:stm:m9:c9|avoir commandé une étude sur l’achalandage attendu, dont les résultats seront publiés au printemps}}.

Le professeur en urbanisme Réjean Fortin, de l’Université de Montréal, juge le débat sain. « {{q:direct:fortin:m10:c10|Un projet de cette taille provoque toujours de la résistance. Ce qui compte, c’est que les compromis soient faits maintenant, pas une fois les rails posés}} », {{c:c10|explique}} {{m:m10|le chercheur}}.

La mairesse doit présenter le tracé définitif au conseil municipal le 12 décembre. {{m:m11|Elle}} {{c:c11|a dit}} {{q:indirect:leblanc:m11:c11|ne pas exclure quelques ajustements d’ici là}}.
""", nbsp=None)

# ---- third batch: written after the second round of fixes, scored once before any further change

article(
    "wire_fr_09_jeune_afrique_politique", "wire_frhi/fr-presse-panafricaine-politique", "fr",
    {"sow": "Mamadou Sow", "ba": "Aïssatou Ba", "cadre": "un cadre du parti", "entourage": "son entourage",
     "cena": "la Commission électorale", "diouf": "Cheikh Diouf", "observateur": "Paulo Mendes"},
    """
Présidentielle au Sénégal : {{m:h1|Mamadou Sow}} lance sa campagne et {{c:h1|promet}} {{q:mixed?:sow:h1:h1|« la rupture »}}

À trois mois du scrutin, l’ancien Premier ministre Mamadou Sow a officiellement lancé samedi sa campagne devant plusieurs milliers de partisans réunis au stade de Thiès. Le meeting, prévu à 16 heures, n’a commencé qu’à la tombée de la nuit.

« {{q:direct:sow:m1:c1|Le Sénégal n’a pas besoin d’un gestionnaire de plus. Il a besoin d’un cap, et ce cap, je vais le donner}} », {{c:c1|a-t-{{m:m1|il}} lancé}} sous les applaudissements. {{m:m2|Le candidat de 58 ans}} {{c:c2|a promis}} {{q:indirect?:sow:m2:c2|de créer 500 000 emplois en cinq ans}}, sans préciser le financement de cette mesure.

{{c:c3|Selon}} {{m:m3|son entourage}}, {{q:indirect:entourage:m3:c3|l’ancien chef du gouvernement a déjà reçu le soutien de onze maires de la région}}. « {{q:direct:cadre:m4:c4|Les gens viennent à nous parce qu’ils ont vu ce qu’il a fait à la Primature. Ce n’est pas de la communication}} », {{c:c4|confie}} {{m:m4|un cadre du parti}}.

Dans le camp présidentiel, on affiche la sérénité. {{m:m5|La porte-parole de la coalition au pouvoir, Aïssatou Ba}}, {{c:c5|a ironisé}} sur {{q:mixed?:ba:m5:c5|« un candidat qui découvre les problèmes qu’il n’a pas su régler quand il était aux affaires »}}. {{m:m6|Elle}} {{c:c6|a assuré}} que {{q:indirect:ba:m6:c6|le bilan du gouvernement parlerait de lui-même le jour du vote}}.

Le politologue Cheikh Diouf, de l’université Gaston-Berger, juge la partie ouverte. « {{q:direct:diouf:m7:c7|Sow a une vraie base dans le centre du pays, mais il lui manque Dakar. Sans Dakar, on ne gagne pas une présidentielle au Sénégal}} », {{c:c7|analyse}} {{m:m7|l’universitaire}}.

{{m:m8|La Commission électorale}} {{c:c8|a indiqué}} jeudi que {{q:indirect:cena:m8:c8|quatorze dossiers de candidature avaient été déposés}}. {{q:indirect:cena:m9:c9|La liste définitive sera publiée le 5 janvier}}, {{c:c9|a précisé}} {{m:m9|l’institution}}.

Interrogé par Jeune Afrique, {{m:m10|le chef de la mission d’observation de la Cedeao, Paulo Mendes}}, {{c:c10|dit}} {{q:mixed?:observateur:m10:c10|suivre « avec attention » les premiers jours de la campagne}}. « {{q:direct:observateur:m11:c11|Jusqu’ici, le climat est apaisé. Nous souhaitons que cela dure}} », {{c:c11|a-t-{{m:m11|il}} ajouté}}.
""", nbsp="\u00a0")
