# French and Hindi articles of the fresh corpus.  Original, invented prose; every person is fictional.
from build_fresh import article

article(
    "fresh_fr_01_regional_loup", "fresh/fr-presse-regionale", "fr",
    {"faure": "Julien Faure", "ddt": "la direction départementale des territoires",
     "prefete": "Claire Mercadier", "brunel": "Anne-Sophie Brunel", "chabert": "Gérard Chabert",
     "chambre": "la chambre d'agriculture", "voisine": "Martine Rey"},
    """
Drôme : nouvelle attaque de loup à Bouvante, les éleveurs à bout

Une quinzaine de brebis ont été tuées dans la nuit de samedi à dimanche sur les hauteurs de Bouvante, dans le Vercors drômois. C’est la quatrième attaque en un mois sur la commune.

«\u00a0{{q:direct:faure:m1:c1|Je suis arrivé à 6\u00a0heures et il y avait des bêtes partout dans le pré. Certaines vivaient encore, il a fallu les achever,}}\u00a0» {{c:c1|raconte}} {{m:m1|Julien Faure}}, 41\u00a0ans, éleveur ovin depuis quinze ans. «\u00a0{{q:direct:faure:m1:c1|On fait tout ce qu’on nous demande\u00a0: les chiens, les clôtures électriques, le regroupement la nuit. Et ça ne suffit pas.}}\u00a0»

{{c:c2|Selon}} {{m:m2|la direction départementale des territoires (DDT)}}, {{q:mixed:ddt:m2:c2|les constats réalisés lundi par les agents de l’Office français de la biodiversité «\u00a0ne laissent guère de doute\u00a0» sur la responsabilité d’un ou plusieurs loups}}.

Dépêchée sur place dès lundi après-midi, la préfète a rencontré une dizaine d’éleveurs dans la salle des fêtes du village. «\u00a0{{q:direct:prefete:m3:c3|Nous comprenons parfaitement la détresse des éleveurs,}} {{c:c3|a confié}} à notre journal {{m:m3|la préfète de la Drôme, Claire Mercadier}}. {{q:direct:prefete:m3:c3|L’État sera à leurs côtés, mais nous devons aussi respecter le cadre légal.}}\u00a0»

{{m:m4|Elle}} {{c:c4|a estimé}} que {{q:mixed:prefete:m4:c4|les tirs de défense déjà autorisés devaient «\u00a0être utilisés pleinement\u00a0» avant d’envisager un tir de prélèvement}}, une mesure réclamée par la profession depuis le printemps.

Le maire de Bouvante, {{m:m5|Gérard Chabert}}, {{c:c5|juge}} pour sa part {{q:mixed?:chabert:m5:c5|la situation «\u00a0devenue intenable\u00a0»}}. «\u00a0{{q:direct:chabert:m6:c6|Les gens ont peur de laisser leurs enfants jouer dehors. Je ne dis pas que c’est rationnel, mais c’est comme ça,}} {{c:c6|a-t-{{m:m6|il}} confié}}. {{q:direct:chabert:m6:c6|Il faut que Paris entende ce qui se passe ici.}}\u00a0»

Une habitante du hameau de Malatra, {{m:m7|Martine Rey}}, {{c:c7|dit}} {{q:indirect:voisine:m7:c7|avoir entendu les chiens aboyer une bonne partie de la nuit sans se douter de rien}}. «\u00a0{{q:direct:voisine:m8:c8|Le matin, j’ai vu les gendarmes et le camion de l’équarrissage. Là, j’ai compris,}}\u00a0» {{c:c8|souffle-t-{{m:m8|elle}}}}.

Du côté des défenseurs de l’animal, on appelle à la prudence. «\u00a0{{q:direct:brunel:m9:c9|Chaque attaque est un drame, mais le loup n’est pas le seul responsable. Dans certains secteurs, les moyens de protection restent insuffisants, faute de bergers formés,}}\u00a0» {{c:c9|estime}} {{m:m9|Anne-Sophie Brunel}}, de l’association Vercors Nature Vivante. {{m:m10|Elle}} {{c:c10|rappelle}} que {{q:indirect:brunel:m10:c10|l’espèce reste strictement protégée}} et que {{q:indirect:brunel:m10:c10|les indemnisations versées aux éleveurs ont augmenté de 20\u00a0% en deux ans}}.

{{c:c11|D’après}} {{m:m11|Julien Faure}}, {{q:indirect:faure:m11:c11|il faudrait au moins deux patous supplémentaires pour protéger correctement son troupeau de 600\u00a0bêtes}}. Un investissement qu’il n’a pas les moyens de faire seul.

{{m:m12|La chambre d’agriculture}} {{c:c12|a annoncé}} qu’{{q:indirect?:chambre:m12:c12|elle organiserait une réunion publique le 14\u00a0novembre à Saint-Jean-en-Royans}}.

«\u00a0{{q:direct:faure:m13:c13|On ne demande pas l’éradication du loup. On demande à pouvoir travailler,}}\u00a0» {{c:c13|résume}} {{m:m13|l’éleveur}}, avant de remonter vers ses bêtes.
""")

article(
    "fresh_fr_02_entretien_ministre", "fresh/fr-qa-interview-politique", "fr",
    {"delorme": "Marc-Antoine Delorme", "interviewer": "the interviewer", "pm": "le Premier ministre",
     "maire": "une maire de la Creuse"},
    """
{{m:h1|Marc-Antoine Delorme}}\u00a0: «\u00a0{{q:direct:delorme:h1:-|Le train à un euro n’est pas une promesse en l’air}}\u00a0»

ENTRETIEN. Le ministre délégué aux Transports présente ce mercredi en Conseil des ministres son plan pour les petites lignes ferroviaires. Il défend un billet à un euro pour les moins de 26\u00a0ans sur les TER, dès l’été prochain. {{m:m1|Marc-Antoine Delorme}} a répondu à nos questions.

{{q:direct?:interviewer:-:-|Un billet à un euro, qui va payer\u00a0?}}

{{q:direct:delorme:m1:-|L’État, pour l’essentiel. Nous mettons 180\u00a0millions d’euros sur la table la première année, les régions qui le souhaitent pourront compléter. Je veux être très clair\u00a0: ce n’est pas une opération de communication. Un jeune de Guéret ou d’Aurillac qui veut aller à un entretien d’embauche doit pouvoir prendre le train sans se demander s’il va manger à la fin du mois.}}

{{q:direct?:interviewer:-:-|Les régions vous reprochent de décider à leur place. Que leur répondez-vous\u00a0?}}

{{q:direct:delorme:m1:-|Que je les ai toutes reçues, une par une, depuis septembre. Certaines sont enthousiastes, d’autres plus prudentes, c’est normal. Mais personne ne m’a dit que c’était une mauvaise idée. Ce qu’elles demandent, c’est de la visibilité sur plusieurs années, et je la leur donnerai dans la loi de finances.}}

{{q:direct?:interviewer:-:-|Sur les petites lignes, des fermetures sont pourtant encore annoncées, comme entre Limoges et Ussel…}}

{{q:direct:delorme:m1:-|Aucune ligne ne fermera sans qu’une solution de remplacement n’ait été trouvée avec les élus. J’étais à Ussel il y a quinze jours. {{m:m2|Une maire}} m’a {{c:c2|dit}}\u00a0: «\u00a0{{q:direct?:maire:m2:c2|Monsieur le ministre, si le train part, le village part avec.}}\u00a0» Je ne l’ai pas oublié. Nous allons engager 300\u00a0millions sur cinq ans pour la rénovation des voies les plus dégradées.}}

{{q:direct?:interviewer:-:-|Votre majorité est divisée sur le financement. Le Premier ministre vous soutient-il\u00a0?}}

{{q:direct:delorme:m1:-|Totalement. {{m:m3|Il}} l’a {{c:c3|dit}} lui-même la semaine dernière devant les députés\u00a0: {{q:mixed?:pm:m3:c3|le rail est «\u00a0une priorité du quinquennat\u00a0»}}. Il y aura des débats au Parlement, c’est sain. Mais sur le principe, le gouvernement est uni.}}

{{q:direct?:interviewer:-:-|Serez-vous candidat aux municipales à Clermont-Ferrand\u00a0?}}

{{q:direct:delorme:m1:-|Ce n’est pas le sujet aujourd’hui. Je suis ministre, j’ai un plan à faire voter, et je m’y consacre à temps plein. On verra au printemps.}}
""")

article(
    "fresh_hi_01_dengue_lucknow", "fresh/hi-hindi-daily-health", "hi",
    {"tripathi": ["Suresh Chandra Tripathi", "सुरेश चंद्र त्रिपाठी"], "arif": ["Mohammad Arif", "मोहम्मद आरिफ़"],
     "saxena": ["Anita Saxena", "अनीता सक्सेना"], "pandey": ["Rashmi Pandey", "रश्मि पांडेय"],
     "sharma": ["Vivek Sharma", "विवेक शर्मा"],
     "official": ["a health department official", "स्वास्थ्य विभाग के एक अधिकारी"]},
    """
लखनऊ में डेंगू के मरीज़ पांच सौ के पार, सरकारी अस्पतालों में बेड की किल्लत

लखनऊ। राजधानी में डेंगू का प्रकोप थमने का नाम नहीं ले रहा है। बीते चौबीस घंटों में 43 नए मरीज़ मिलने के साथ इस साल अब तक संक्रमितों की संख्या 512 तक पहुंच गई है। मुख्य चिकित्सा अधिकारी डॉ. {{m:m1|सुरेश चंद्र त्रिपाठी}} {{c:c1|ने बताया कि}} {{q:indirect:tripathi:m1:c1|ज़्यादातर मामले आलमबाग, चिनहट और इंदिरा नगर इलाक़ों से सामने आए हैं}}।

{{m:m2|उन्होंने}} {{c:c2|कहा}}, "{{q:direct:tripathi:m2:c2|घबराने की ज़रूरत नहीं है। सभी सरकारी अस्पतालों में अलग डेंगू वार्ड बनाए गए हैं और प्लेटलेट्स की पर्याप्त व्यवस्था है। लोग अपने घरों के आसपास पानी जमा न होने दें।}}"

{{m:m3|डॉ. त्रिपाठी}} {{c:c3|ने यह भी बताया कि}} {{q:indirect:tripathi:m3:c3|नगर निगम के साथ मिलकर शहर के 110 वार्डों में फॉगिंग और एंटी-लार्वा छिड़काव का अभियान चलाया जा रहा है}}।

हालांकि अस्पतालों की ज़मीनी हक़ीक़त कुछ और ही बयां करती है। बलरामपुर अस्पताल में भर्ती एक मरीज़ के परिजन {{m:m4|मोहम्मद आरिफ़}} {{c:c4|का कहना है कि}} {{q:indirect:arif:m4:c4|उनके भाई को दो दिन तक बरामदे में स्ट्रेचर पर रखा गया}}। "{{q:direct:arif:m5:c5|डॉक्टर कहते हैं कि बेड ख़ाली नहीं है। हम ग़रीब लोग हैं, प्राइवेट अस्पताल का ख़र्च कहां से उठाएं?}}" {{m:m5|आरिफ़}} {{c:c5|ने कहा}}।

किंग जॉर्ज मेडिकल यूनिवर्सिटी के मेडिसिन विभाग की प्रोफ़ेसर डॉ. {{m:m6|अनीता सक्सेना}} {{c:c6|के मुताबिक}}, {{q:indirect:saxena:m6:c6|इस बार डेंगू के ज़्यादातर मरीज़ों में तेज़ बुखार के साथ पेट दर्द और उल्टी के लक्षण दिख रहे हैं}}। {{m:m7|उनका}} {{c:c7|कहना है कि}} {{q:indirect:saxena:m7:c7|प्लेटलेट्स बहुत कम होने पर ही मरीज़ को भर्ती करने की ज़रूरत पड़ती है, हर बुखार में नहीं}}। {{m:m8|उन्होंने}} {{c:c8|सलाह दी कि}} {{q:indirect?:saxena:m8:c8|बुखार होने पर लोग ख़ुद से दर्द निवारक दवाएं न लें}}।

विपक्ष ने इस मुद्दे पर सरकार को घेरना शुरू कर दिया है। जन अधिकार मंच की प्रदेश अध्यक्ष {{m:m9|रश्मि पांडेय}} {{c:c9|ने आरोप लगाया कि}} {{q:indirect:pandey:m9:c9|नगर निगम ने मानसून से पहले नालों की सफ़ाई का काम सिर्फ़ काग़ज़ों पर किया}}। {{m:m10|उन्होंने}} {{c:c10|कहा}}, “{{q:direct:pandey:m10:c10|हर साल यही कहानी दोहराई जाती है। लोग बीमार पड़ रहे हैं और सरकार आंकड़े छिपाने में लगी है।}}”

वहीं, नगर आयुक्त {{m:m11|विवेक शर्मा}} {{c:c11|ने इन आरोपों को ख़ारिज करते हुए कहा कि}} {{q:indirect:sharma:m11:c11|मानसून से पहले सभी बड़े नालों की सफ़ाई पूरी कर ली गई थी}}। {{m:m12|शर्मा}} {{c:c12|ने दावा किया कि}} {{q:indirect:sharma:m12:c12|पिछले साल के मुक़ाबले इस बार मामले कम हैं और स्थिति नियंत्रण में है}}।

नाम न छापने की शर्त पर {{m:m13|स्वास्थ्य विभाग के एक अधिकारी}} {{c:c13|ने बताया कि}} {{q:indirect:official:m13:c13|कई निजी अस्पताल डेंगू के मामलों की सूचना समय पर नहीं दे रहे हैं, जिससे असली आंकड़ा इससे कहीं ज़्यादा हो सकता है}}।

स्वास्थ्य विभाग ने लोगों से अपील की है कि वे पूरी बांह के कपड़े पहनें, कूलरों का पानी हर हफ़्ते बदलें और बुखार होने पर नज़दीकी सरकारी अस्पताल में जांच कराएं।
""")

article(
    "fresh_hi_02_upsc_safalta", "fresh/hi-hindi-human-interest-single-quotes", "hi",
    {"pooja": ["Pooja Kushwaha", "पूजा कुशवाहा"], "father": ["Ramnaresh Kushwaha", "रामनरेश कुशवाहा"],
     "mother": ["Shanti Devi", "शांति देवी"], "teacher": ["Awadhesh Mishra", "अवधेश मिश्र"],
     "dm": ["Neha Srivastava", "नेहा श्रीवास्तव"]},
    """
किसान की बेटी ने पास की सिविल सेवा परीक्षा, {{m:h1|पूजा}} {{c:h1|बोलीं}}- ‘{{q:direct:pooja:h1:h1|गांव की लड़कियों के लिए खोलूंगी रास्ता}}’

गोरखपुर। जनपद के सहजनवा ब्लॉक के छोटे से गांव भीटी की रहने वाली पूजा कुशवाहा ने संघ लोक सेवा आयोग की सिविल सेवा परीक्षा में 214वीं रैंक हासिल की है। मंगलवार शाम नतीजे आते ही गांव में जश्न का माहौल बन गया और देर रात तक बधाई देने वालों का तांता लगा रहा।

पूजा के पिता रामनरेश कुशवाहा दो बीघा ज़मीन पर खेती करते हैं। {{m:m2|उन्होंने}} {{c:c2|बताया कि}} {{q:indirect:father:m2:c2|बेटी की पढ़ाई के लिए उन्हें दो बार खेत गिरवी रखना पड़ा}}। भावुक होते हुए {{m:m3|रामनरेश}} {{c:c3|ने कहा}}, ‘{{q:direct:father:m3:c3|लोग ताने मारते थे कि लड़की को इतना पढ़ाकर क्या करोगे। आज वही लोग मिठाई खाने आ रहे हैं।}}’

पूजा ने गांव के ही सरकारी स्कूल से आठवीं तक की पढ़ाई की। इसके बाद वह रोज़ बारह किलोमीटर साइकिल चलाकर कस्बे के इंटर कॉलेज जाती थीं। गोरखपुर विश्वविद्यालय से स्नातक करने के बाद उन्होंने दिल्ली जाकर तैयारी की। {{m:m5|पूजा}} {{c:c5|का कहना है कि}} {{q:indirect:pooja:m5:c5|कोचिंग की फ़ीस न होने की वजह से उन्होंने ज़्यादातर पढ़ाई ऑनलाइन मुफ़्त सामग्री से की}}। {{m:m6|उन्होंने}} {{c:c6|कहा}}, ‘{{q:direct:pooja:m6:c6|दो बार असफल हुई तो लगा कि छोड़ दूं। लेकिन मां ने कहा कि एक बार और कोशिश कर। यह सफलता उन्हीं की है।}}’

पूजा की मां {{m:m7|शांति देवी}} {{c:c7|ने बताया कि}} {{q:indirect:mother:m7:c7|बेटी बचपन से ही लालटेन की रोशनी में देर रात तक पढ़ती थी}}। ‘{{q:direct:mother:m8:c8|हमें पता था कि यह कुछ बड़ा करेगी,}}’ {{m:m8|उन्होंने}} {{c:c8|कहा}}।

इंटर कॉलेज में पूजा को गणित पढ़ाने वाले शिक्षक {{m:m9|अवधेश मिश्र}} {{c:c9|का कहना था कि}} {{q:indirect:teacher:m9:c9|पूजा कक्षा की सबसे मेहनती छात्राओं में से एक थी और कभी किसी सवाल को अधूरा नहीं छोड़ती थी}}।

ज़िलाधिकारी नेहा श्रीवास्तव ने बुधवार को पूजा के घर पहुंचकर उन्हें सम्मानित किया। {{m:m11|उन्होंने}} {{c:c11|कहा कि}} {{q:indirect:dm:m11:c11|पूजा की सफलता ज़िले की हज़ारों बेटियों के लिए प्रेरणा है}}।

आगे की योजना के बारे में पूछे जाने पर {{m:m12|पूजा}} {{c:c12|ने कहा कि}} {{q:indirect:pooja:m12:c12|वह प्रशासनिक सेवा में रहकर ग्रामीण इलाक़ों में लड़कियों की शिक्षा के लिए काम करना चाहती हैं}}। ‘{{q:direct:pooja:m13:c13|मेरे गांव में आज भी कई लड़कियां दसवीं के बाद पढ़ाई छोड़ देती हैं। यह तस्वीर बदलनी चाहिए,}}’ {{m:m13|उन्होंने}} {{c:c13|जोड़ा}}।
""")

# ---- second batch: written after the first fixes, to check that they carry to unseen text

article(
    "fresh_fr_03_faits_divers", "fresh/fr-quotidien-faits-divers", "fr",
    {"morel": "Stéphanie Morel", "pompiers": "les pompiers", "voisin": "Karim Haddad",
     "procureur": "Olivier Blanchard", "maire": "Jean-Luc Perrin"},
    """
Incendie mortel à Roubaix : une enquête ouverte pour homicide involontaire

Un homme de 67 ans est mort dans l’incendie de son appartement, dans la nuit de mardi à mercredi, rue de Lannoy à Roubaix. Une quinzaine d’habitants de l’immeuble ont été évacués.

{{c:c1|Selon}} {{m:m1|les pompiers}}, {{q:indirect:pompiers:m1:c1|le feu s’est déclaré peu après 3\u00a0heures dans la cuisine du logement, situé au deuxième étage}}. À leur arrivée, les flammes sortaient déjà par les fenêtres.

«\u00a0{{q:direct:voisin:m2:c2|J’ai senti la fumée, j’ai tapé à sa porte, mais personne n’a répondu. Après, on ne voyait plus rien dans l’escalier,}}\u00a0» {{c:c2|raconte}} {{m:m2|Karim Haddad}}, qui habite au-dessus. {{m:m3|Il}} {{c:c3|assure}} {{q:indirect:voisin:m3:c3|que le détecteur de fumée de l’immeuble ne fonctionnait plus depuis des mois}}.

Le procureur de la République de Lille, Olivier Blanchard, a annoncé l’ouverture d’une enquête pour homicide involontaire. «\u00a0{{q:direct:procureur:m5:c5|Il est trop tôt pour privilégier une piste, mais aucun élément ne laisse penser à un acte volontaire,}}\u00a0» {{c:c5|a-t-{{m:m5|il}} précisé}} mercredi après-midi.

Le maire, Jean-Luc Perrin, s’est rendu sur place dans la matinée. {{m:m7|L’élu}} {{c:c7|a indiqué}} que {{q:indirect:maire:m7:c7|les familles évacuées seraient relogées pendant au moins une semaine}}. «\u00a0{{q:direct:maire:m8:c8|Nous ferons le point avec le bailleur sur l’état de tous les équipements de sécurité,}}\u00a0» {{c:c8|a-t-{{m:m8|il}} ajouté}}.

Le bailleur social, contacté par nos soins, n’a pas souhaité s’exprimer.

{{m:m9|Stéphanie Morel}}, présidente de l’amicale des locataires, {{c:c9|dénonce}} pour sa part {{q:mixed?:morel:m9:c9|«\u00a0des années de négligence\u00a0»}}. «\u00a0{{q:direct:morel:m10:c10|On a envoyé trois courriers l’an dernier. On nous a répondu que c’était prévu dans le budget,}}\u00a0» {{c:c10|soupire-t-{{m:m10|elle}}}}.
""")

article(
    "fresh_hi_03_rajniti_bayan", "fresh/hi-hindi-politics-statements", "hi",
    {"chauhan": ["Mahendra Chauhan", "महेंद्र चौहान"], "rathore": ["Kavita Rathore", "कविता राठौर"],
     "party": ["the party", "पार्टी"], "expert": ["Aalok Dixit", "आलोक दीक्षित"],
     "commission": ["the Election Commission", "चुनाव आयोग"], "farmer": ["Ramprasad Meena", "रामप्रसाद मीणा"]},
    """
उपचुनाव से पहले बयानबाज़ी तेज़, {{m:h1|चौहान}} {{c:h1|बोले}}- {{q:indirect:chauhan:h1:h1|विपक्ष के पास कोई मुद्दा नहीं}}

भोपाल। विधानसभा उपचुनाव की तारीख़ नज़दीक आते ही राजनीतिक दलों के बीच बयानबाज़ी तेज़ हो गई है। मुख्यमंत्री {{m:m1|महेंद्र चौहान}} {{c:c1|ने शनिवार को एक जनसभा में कहा कि}} {{q:indirect:chauhan:m1:c1|विपक्ष के पास जनता को बताने के लिए कोई ठोस मुद्दा नहीं बचा है}}। {{m:m2|उन्होंने}} {{c:c2|कहा}}, “{{q:direct:chauhan:m2:c2|हमने पिछले चार साल में जितनी सड़कें बनाई हैं, उतनी पिछली सरकारें बीस साल में नहीं बना पाईं।}}”

इस पर पलटवार करते हुए विपक्ष की नेता {{m:m3|कविता राठौर}} {{c:c3|ने सोशल मीडिया पर लिखा कि}} {{q:indirect:rathore:m3:c3|मुख्यमंत्री सिर्फ़ आंकड़ों की बाज़ीगरी कर रहे हैं}}। {{m:m4|राठौर}} {{c:c4|ने आरोप लगाया कि}} {{q:indirect:rathore:m4:c4|प्रदेश में बेरोज़गारी लगातार बढ़ रही है और सरकार भर्तियों को टाल रही है}}।

{{m:m5|पार्टी}} {{c:c5|ने एक बयान जारी कर कहा कि}} {{q:indirect:party:m5:c5|वह उपचुनाव में किसानों की कर्ज़ माफ़ी को मुख्य मुद्दा बनाएगी}}।

राजनीतिक विश्लेषक {{m:m6|आलोक दीक्षित}} {{c:c6|का मानना है कि}} {{q:indirect:expert:m6:c6|यह उपचुनाव दोनों दलों के लिए अगले साल होने वाले विधानसभा चुनाव का सेमीफ़ाइनल साबित होगा}}। {{m:m7|उन्होंने}} {{c:c7|कहा}}, "{{q:direct:expert:m7:c7|ग्रामीण इलाक़ों में नाराज़गी है, लेकिन विपक्ष उसे वोट में बदल पाएगा या नहीं, यह कहना अभी मुश्किल है।}}"

इस बीच {{m:m8|चुनाव आयोग}} {{c:c8|ने स्पष्ट किया है कि}} {{q:indirect:commission:m8:c8|आचार संहिता का उल्लंघन करने वाले किसी भी नेता के ख़िलाफ़ सख़्त कार्रवाई की जाएगी}}। मतदान 12 नवंबर को होगा और नतीजे 15 नवंबर को घोषित किए जाएंगे।

उधर, क्षेत्र के मतदाताओं में भी चुनाव को लेकर उत्साह दिख रहा है। सीहोर के एक किसान {{m:m9|रामप्रसाद मीणा}} {{c:c9|ने बताया कि}} {{q:indirect:farmer:m9:c9|इस बार गांव में सबसे बड़ा मुद्दा बिजली और सिंचाई का पानी है}}। {{m:m10|उन्होंने}} {{c:c10|कहा}}, “{{q:direct:farmer:m10:c10|नेता चुनाव के समय आते हैं, वादे करते हैं और फिर पांच साल तक दिखाई नहीं देते।}}”
""")

# ---- third batch: written after the second round of fixes

article(
    "fresh_fr_04_football", "fresh/fr-presse-sportive-football", "fr",
    {"garnier": "Franck Garnier", "diallo": "Moussa Diallo", "president": "Hervé Castagnet",
     "ortega": "Luis Ortega"},
    """
Ligue 1 : Rennes arrache le nul à Lens, Garnier fulmine contre l’arbitrage

Menés 2-0 à la pause, les Rennais sont allés chercher un point précieux (2-2) samedi soir à Bollaert. Mais à l’issue de la rencontre, c’est surtout l’arbitrage qui occupait les esprits côté breton.

«\u00a0{{q:direct:garnier:m1:c1|Sur le premier but, il y a une faute évidente sur notre gardien. Tout le stade l’a vue, sauf ceux qui devaient la voir,}}\u00a0» {{c:c1|a lâché}} {{m:m1|Franck Garnier}} en conférence de presse. {{m:m2|L’entraîneur rennais}} {{c:c2|a reconnu}} toutefois que {{q:mixed:garnier:m2:c2|son équipe était «\u00a0passée à côté\u00a0» de sa première période}}.

Il a salué la réaction de ses joueurs après la pause. «\u00a0{{q:direct:garnier:m4:c4|Ils ont montré du caractère. On ne va pas faire la fine bouche avec un point ici,}}\u00a0» {{c:c4|a-t-{{m:m4|il}} glissé}}.

Auteur du but égalisateur à la 88e minute, Moussa Diallo savourait. «\u00a0{{q:direct:diallo:m5:c5|Le coach nous a dit à la mi-temps de jouer plus simple, d’arrêter de paniquer. On l’a écouté,}}\u00a0» {{c:c5|a expliqué}} {{m:m5|l’attaquant de 23\u00a0ans}}, qui {{c:c6|dit}} {{q:indirect:diallo:m5:c6|ne pas avoir vu la faute signalée par son entraîneur}}.

En face, l’entraîneur lensois {{m:m7|Luis Ortega}} {{c:c7|a regretté}} {{q:mixed?:ortega:m7:c7|«\u00a0vingt dernières minutes sans maîtrise\u00a0»}}. {{c:c8|Selon}} {{m:m8|lui}}, {{q:mixed:ortega:m8:c8|les deux buts encaissés sont «\u00a0des erreurs de concentration, pas d’arbitrage\u00a0»}}.

{{m:m9|Le président rennais, Hervé Castagnet}}, {{c:c9|a annoncé}} dimanche que {{q:indirect?:president:m9:c9|le club allait adresser un courrier à la direction de l’arbitrage}}. «\u00a0{{q:direct:president:m10:c10|On ne demande pas de cadeau. On demande de la cohérence,}}\u00a0» {{c:c10|a-t-{{m:m10|il}} insisté}} auprès de nos confrères d’Ouest-France.

Avec ce point, Rennes remonte à la septième place. Les Bretons recevront Nice samedi prochain.
""")

article(
    "fresh_hi_04_apradh", "fresh/hi-hindi-crime", "hi",
    {"police": ["police", "पुलिस"], "sho": ["Dinesh Tomar", "दिनेश तोमर"], "family": ["the family", "परिजनों"],
     "wife": ["Savita", "सविता"], "sp": ["Anjali Rathi", "अंजलि राठी"], "witness": ["Mukesh Saini", "मुकेश सैनी"],
     "goyal": ["Subhash Goyal", "सुभाष गोयल"]},
    """
सराफ़ा कारोबारी से दिनदहाड़े लूट, {{m:h1|पुलिस}} {{c:h1|का दावा}}- {{q:indirect:police:h1:h1|जल्द पकड़े जाएंगे आरोपी}}

मेरठ। सदर बाज़ार इलाक़े में बुधवार दोपहर बाइक सवार दो बदमाशों ने एक सराफ़ा कारोबारी से तमंचे के बल पर करीब बारह लाख रुपये के गहने लूट लिए। वारदात के बाद बदमाश भीड़भाड़ वाले इलाक़े से आराम से फ़रार हो गए।

{{m:m1|पुलिस}} {{c:c1|के मुताबिक}}, {{q:indirect:police:m1:c1|कारोबारी राकेश अग्रवाल दुकान बंद कर घर जा रहे थे, तभी रास्ते में बदमाशों ने उन्हें घेर लिया}}। थाना प्रभारी {{m:m2|दिनेश तोमर}} {{c:c2|ने बताया कि}} {{q:indirect:sho:m2:c2|आसपास लगे सीसीटीवी कैमरों की फ़ुटेज खंगाली जा रही है और बदमाशों की पहचान के लिए चार टीमें बनाई गई हैं}}।

घटना के चश्मदीद और पास में चाय की दुकान चलाने वाले {{m:m3|मुकेश सैनी}} {{c:c3|ने कहा}}, "{{q:direct:witness:m3:c3|सब कुछ एक मिनट में हो गया। एक ने तमंचा तान दिया और दूसरे ने बैग छीन लिया। किसी को कुछ समझ ही नहीं आया।}}"

{{m:m4|परिजनों}} {{c:c4|का आरोप है कि}} {{q:indirect:family:m4:c4|इलाक़े में पुलिस गश्त नाम मात्र की होती है और पहले भी कई बार शिकायत की जा चुकी है}}। राकेश की पत्नी {{m:m5|सविता}} {{c:c5|ने रोते हुए कहा}}, ‘{{q:direct:wife:m5:c5|हमारी सारी जमा-पूंजी उसी बैग में थी। अब हम क्या करेंगे?}}’

एसएसपी अंजलि राठी ने देर शाम घटनास्थल का दौरा किया। {{m:m7|उन्होंने}} {{c:c7|कहा कि}} {{q:indirect:sp:m7:c7|बदमाशों को जल्द गिरफ़्तार कर लिया जाएगा और लूटा गया माल बरामद किया जाएगा}}। {{m:m8|राठी}} {{c:c8|ने यह भी कहा कि}} {{q:indirect:sp:m8:c8|बाज़ार इलाक़े में शाम के समय अतिरिक्त पुलिस बल तैनात किया जाएगा}}।

व्यापार मंडल ने घटना के विरोध में गुरुवार को बाज़ार बंद रखने का ऐलान किया है। मंडल के अध्यक्ष {{m:m9|सुभाष गोयल}} {{c:c9|ने कहा कि}} {{q:indirect:goyal:m9:c9|जब तक बदमाश पकड़े नहीं जाते, व्यापारी चैन से नहीं बैठेंगे}}।
""")

article(
    "fresh_fr_05_belgique_rtbf", "fresh/fr-belgique-radio", "fr",
    {"dumont": "Sophie Dumont", "stib": "la STIB", "peeters": "Jan Peeters", "navetteur": "Mehdi Azzouz",
     "syndicat": "la CGSP"},
    """
Grève à la STIB : Bruxelles quasiment à l’arrêt ce lundi

Le réseau de la STIB fonctionne très partiellement ce lundi en raison d’une grève de 24\u00a0heures déclenchée par les syndicats pour protester contre la réforme des horaires. Seules deux lignes de métro sur quatre circulent, avec un train toutes les vingt minutes. Les trams 3 et 4, qui desservent les principales gares, sont les plus touchés, et les bus de nuit ne circuleront pas non plus.

{{m:m0|La STIB}} {{c:c0|conseille}} aux voyageurs {{q:indirect?:stib:m0:c0|de reporter leurs déplacements non essentiels}}. «\u00a0{{q:direct:dumont:m1:c1|Nous faisons le maximum pour assurer un service minimum, mais nous dépendons du personnel présent}}\u00a0», {{c:c1|indique}} la porte-parole de la société, {{m:m1|Sophie Dumont}}.

{{c:c2|Selon}} {{m:m2|elle}}, {{q:indirect:dumont:m2:c2|environ 60\u00a0% des conducteurs de métro ont suivi le mouvement}}.

Du côté syndical, on se dit déterminé. «\u00a0{{q:direct:peeters:m3:c3|La direction impose des services coupés de plus de douze heures. Ce n’est plus vivable pour les familles}}\u00a0», {{c:c3|a expliqué}} {{m:m3|Jan Peeters}}, délégué de la CGSP, au micro de la RTBF. {{m:m4|Il}} {{c:c4|précise}} que {{q:indirect:peeters:m4:c4|d’autres actions ne sont pas exclues si la direction ne revient pas à la table des négociations}}.

La ministre bruxelloise de la Mobilité n’était pas joignable ce lundi matin.

À la gare du Midi, les navetteurs prennent leur mal en patience. «\u00a0{{q:direct:navetteur:m5:c5|J’ai mis une heure et demie pour venir de Schaerbeek. D’habitude, c’est vingt minutes}}\u00a0», {{c:c5|soupire}} {{m:m5|Mehdi Azzouz}}, employé dans une banque du centre-ville. {{m:m6|Il}} {{c:c6|dit}} {{q:mixed:navetteur:m6:c6|comprendre les revendications des chauffeurs, «\u00a0mais ce sont toujours les mêmes qui trinquent\u00a0»}}.

{{c:c7|D’après}} {{m:m7|la CGSP}}, {{q:indirect:syndicat:m7:c7|une nouvelle réunion de concertation est prévue jeudi}}.
""")
