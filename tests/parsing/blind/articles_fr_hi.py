"""French and Hindi blind articles (original prose, invented people). Markup: see build_blind.py."""

ARTICLES = []


def art(id, source, lang, speakers, markup, **kw):
    ARTICLES.append(dict(id=id, source=source, lang=lang, speakers=speakers, markup=markup, **kw))


# 13. French politics: « … » with no-break spaces (nbsp=True), incise inside the guillemets
#     (« …, a-t-elle ajouté. … » = two spans), "selon la ministre", "a indiqué que", "a précisé que", "d'après".
art("blind_13_fr_politique", "blind-fr-politique", "fr", {
    "CV": "Claire Vasseur",
    "JM": "Julien Marchetti",
    "SL": "Sophie Lemaire",
    "MIN": ["le ministère du Travail", "ministère du Travail", "le ministère"],
}, """
Assurance chômage : le gouvernement maintient le cap malgré la colère des syndicats

La ministre du Travail, <m1>Claire Vasseur</m1>, <c1>a affirmé</c1> mardi que <q1 i CV>la réforme de l’assurance chômage entrerait en vigueur comme prévu le 1er juillet</q1>, malgré l’opposition unanime des organisations syndicales.

« <q2 d CV>Nous avons écouté tout le monde, nous avons amendé le texte sur plusieurs points, mais nous n’allons pas renoncer</q2> », <c2>a-t-<m2>elle</m2> déclaré</c2> lors des questions au gouvernement à l’Assemblée nationale.

« <q3 d CV>Le chômage baisse, les entreprises recrutent,</q3> <c3,4>a-t-<m3,4>elle</m3,4> ajouté</c3,4>. <q4 d CV>C’est le bon moment pour encourager le retour à l’emploi.</q4> »

<c5>Selon</c5> <m5>la ministre</m5>, <q5 i CV>près de 300 000 demandeurs d’emploi seraient concernés par la réduction de la durée d’indemnisation</q5>.

Dans l’hémicycle, les bancs de l’opposition ont accueilli ces propos par des huées. Le député <m6>Julien Marchetti</m6> a <c6>dénoncé</c6> « <q6 m JM opt>une réforme punitive</q6> » et <m7>il</m7> a <c7>estimé</c7> que <q7 m JM>le gouvernement « fait payer aux chômeurs » le déficit de l’Unédic</q7>.

« <q8 d JM>On nous parle de plein emploi, mais dans ma circonscription, les offres ne correspondent pas aux qualifications des gens</q8> », <c8>a expliqué</c8> <m8>l’élu de la Somme</m8> à la sortie de la séance.

Du côté syndical, <m9>Sophie Lemaire</m9>, secrétaire générale de l’Union des travailleurs, <c9>a indiqué</c9> que <q9 i SL>son organisation appellerait à une journée de mobilisation le 12 juin</q9>. <m10,110>Elle</m10,110> <c10,110>a précisé</c10,110> que <q10 i SL>d’autres syndicats avaient été contactés</q10> et qu’<q110 i SL>une réponse était attendue d’ici la fin de la semaine</q110>.

« <q11 d SL>Ce n’est pas une réforme, c’est une économie sur le dos des plus fragiles</q11> », <c11>estime</c11> <m11>la syndicaliste</m11>, qui réclame l’ouverture d’une nouvelle négociation.

<c12>D’après</c12> <m12>le ministère</m12>, <q12 i MIN>le décret d’application doit être publié au Journal officiel avant la fin du mois</q12>.
""", nbsp=True)


# 14. French local news: plain spaces, straight apostrophes, postposed "a indiqué la préfecture",
#     "selon les pompiers" after the content, "qu'" elision, "raconte-t-elle", "ajoute-t-elle" incise.
art("blind_14_fr_incendie", "blind-fr-local", "fr", {
    "PREF": ["la préfecture", "préfecture des Landes"],
    "POMP": ["les pompiers", "pompiers"],
    "TG": "Thierry Garnier",
    "ML": "Martine Lafargue",
    "BD": "Bernard Dufau",
}, """
Incendie près de Mimizan : 400 hectares de pins partis en fumée

<q1 i PREF>Un incendie a parcouru environ 400 hectares de pinède dans la nuit de samedi à dimanche près de Mimizan (Landes)</q1>, <c1>a indiqué</c1> <m1>la préfecture</m1> dimanche matin.

<q2 m POMP>Le feu est « fixé » mais pas encore éteint</q2>, <c2>selon</c2> <m2>les pompiers</m2>, qui restent mobilisés avec près de 250 hommes et une dizaine d'engins.

« <q3 d TG>Le vent a tourné vers 2 heures du matin, c'est ce qui nous a permis de reprendre la main</q3> », <c3>explique</c3> <m3>le commandant Thierry Garnier</m3>, du service départemental d'incendie et de secours (SDIS).

<m4,104>L'officier</m4,104> <c4,104>a précisé</c4,104> qu'<q4 i TG>aucune habitation n'avait été touchée</q4>, mais que <q104 i TG>trois campings avaient été évacués par précaution</q104>. Environ 1 200 vacanciers ont été relogés dans des gymnases de la commune et des villages voisins.

Martine Lafargue, 68 ans, habite un lotissement en bordure de forêt. « <q5 d ML>On a vu les flammes au-dessus des arbres. J'ai pris mes papiers, le chat, et on est partis</q5> », <c5>raconte-t-<m5>elle</m5></c5>. « <q6 d ML>Je n'avais jamais eu aussi peur,</q6> <c6,7>ajoute-t-<m6,7>elle</m6,7></c6,7>. <q7 d ML>Mais les pompiers ont été formidables.</q7> »

Le maire de Mimizan, <m8>Bernard Dufau</m8>, <c8>a annoncé</c8> que <q8 i BD>la salle des fêtes resterait ouverte toute la semaine pour accueillir les personnes évacuées</q8>. <c9>Selon</c9> <m9>lui</m9>, <q9 i BD>l'origine du feu reste indéterminée et une enquête a été ouverte par le parquet de Mont-de-Marsan</q9>.

Dans le massif, que les forestiers surnomment « la mer verte », la sécheresse inquiète depuis plusieurs semaines. Météo-France a placé le département en vigilance orange canicule jusqu'à mardi.
""")


# 15. Hindi civic news: "ने घोषणा की कि", "ने कहा कि", "उन्होंने बताया कि", "का कहना है कि", "के मुताबिक",
#     direct quotes in “…” with the cue before ("ने संवाददाताओं से कहा,") and after ("उन्होंने कहा।").
art("blind_15_hi_pani", "blind-hi-civic", "hi", {
    "NMC": ["नागपुर नगर निगम", "नगर निगम", "Nagpur Municipal Corporation"],
    "RK": ["राजेश कुलकर्णी", "कुलकर्णी", "Rajesh Kulkarni"],
    "SY": ["सुनीता यादव", "Sunita Yadav"],
    "MI": ["मोहम्मद इरफ़ान", "इरफ़ान", "Mohammad Irfan"],
    "FIG": ["नगर निगम के आंकड़े", "आंकड़े", "नगर निगम"],
    "OFF": ["अधिकारी", "अधिकारियों", "officials"],
}, """
नागपुर में अगले हफ़्ते से पानी की कटौती, नगर निगम ने जारी किया शेड्यूल

<m1>नागपुर नगर निगम</m1> ने सोमवार को <c1>घोषणा की कि</c1> <q1 i NMC>शहर के पूर्वी और दक्षिणी हिस्सों में अगले सोमवार से एक दिन छोड़कर पानी की आपूर्ति की जाएगी</q1>। यह व्यवस्था फ़िलहाल 31 मई तक लागू रहेगी।

नगर आयुक्त <m2>राजेश कुलकर्णी</m2> ने <c2>कहा कि</c2> <q2 i RK>शहर को पानी देने वाले जलाशयों में इस समय पिछले साल की तुलना में लगभग 30 प्रतिशत कम पानी बचा है</q2>। <m3>उन्होंने</m3> <c3>बताया कि</c3> <q3 i RK>मानसून में देरी की आशंका को देखते हुए यह फ़ैसला लेना पड़ा और स्थिति सामान्य होते ही कटौती वापस ले ली जाएगी</q3>।

<m4>कुलकर्णी</m4> ने संवाददाताओं से <c4>कहा</c4>, “<q4 d RK>हम किसी को परेशान नहीं करना चाहते, लेकिन अगर हमने अभी कदम नहीं उठाया तो मई के आख़िर में हालात और ख़राब हो सकते हैं।</q4>”

<m5>नगर निगम के आंकड़ों</m5> <c5>के मुताबिक</c5>, <q5 i FIG opt>शहर को रोज़ाना करीब 650 मिलियन लीटर पानी की ज़रूरत होती है</q5>। <m6>अधिकारियों</m6> <c6>के मुताबिक</c6>, <q6 i OFF>जिन इलाक़ों में पाइपलाइन नहीं है, वहां टैंकरों की संख्या 120 से बढ़ाकर 200 की जाएगी</q6>।

विपक्ष ने इस फ़ैसले पर सवाल उठाए हैं। कांग्रेस पार्षद <m7>सुनीता यादव</m7> <c7>का कहना है कि</c7> <q7 i SY>नगर निगम ने पिछले तीन साल में टैंकर माफ़िया पर लगाम लगाने के लिए कुछ नहीं किया है</q7>।

“<q8 d SY>हर साल यही कहानी होती है। गर्मी आते ही कटौती शुरू हो जाती है और टैंकर वालों की कमाई बढ़ जाती है,</q8>” <m8>उन्होंने</m8> <c8>कहा</c8>। <m11>यादव</m11> ने यह भी <c11>कहा कि</c11> <q11 m SY>पानी कटौती का यह शेड्यूल “आम लोगों के साथ मज़ाक” है</q11>।

वर्धमान नगर के निवासी <m9>मोहम्मद इरफ़ान</m9> ने <c9>बताया कि</c9> <q9 i MI>उनके मोहल्ले में पहले से ही सुबह सिर्फ़ दो घंटे पानी आता है और अब एक दिन छोड़कर आपूर्ति होने से बुज़ुर्गों को सबसे ज़्यादा दिक़्क़त होगी</q9>। “<q10 d MI>हमें बाल्टियां भरकर रखनी पड़ेंगी, और कोई रास्ता नहीं है,</q10>” <m10>इरफ़ान</m10> ने <c10>कहा</c10>।

नगर निगम ने लोगों से पानी बचाने की अपील की है और शिकायतों के लिए एक हेल्पलाइन नंबर भी जारी किया है।
""")


# 16. Hindi sport: straight "..." quotes, "के मुताबिक", "का कहना था कि", "ने एक बयान में कहा कि",
#     a film title in single quotes that is not a quote ('चक दे').
art("blind_16_hi_hockey", "blind-hi-sport", "hi", {
    "NC": ["नेहा चौधरी", "Neha Chaudhary"],
    "SB": ["समीर भाटिया", "भाटिया", "Sameer Bhatia"],
    "PRM": ["प्रिया मलिक", "Priya Malik"],
    "YT": ["युकी तनाका", "तनाका", "Yuki Tanaka"],
    "HI": ["हॉकी इंडिया", "Hockey India"],
}, """
महिला हॉकी: भारत ने जापान को 3-1 से हराया, सेमीफ़ाइनल में जगह पक्की

भारतीय महिला हॉकी टीम ने बुधवार को एशियाई चैंपियंस ट्रॉफ़ी के अपने आख़िरी लीग मुकाबले में जापान को 3-1 से हराकर सेमीफ़ाइनल में जगह बना ली। पहले क्वार्टर में एक गोल से पिछड़ने के बाद टीम ने दूसरे हाफ़ में तीन गोल दागे।

कप्तान <m1>नेहा चौधरी</m1> ने मैच के बाद <c1>कहा</c1>, "<q1 d NC>पहले क्वार्टर में हम थोड़े घबराए हुए थे, लेकिन हाफ़ टाइम के बाद टीम ने शानदार वापसी की।</q1>" <m2>उन्होंने</m2> <c2>कहा कि</c2> <q2 i NC>टीम का पूरा ध्यान अब सेमीफ़ाइनल पर है और किसी भी विरोधी को हल्के में नहीं लिया जाएगा</q2>।

मुख्य कोच <m3>समीर भाटिया</m3> <c3>के मुताबिक</c3>, <q3 i SB>जीत के बावजूद डिफ़ेंस में अभी भी सुधार की काफ़ी गुंजाइश है</q3>। "<q4 d SB>हमने आख़िरी दस मिनट में दो आसान पेनल्टी कॉर्नर दिए। सेमीफ़ाइनल में ऐसी ग़लतियां भारी पड़ सकती हैं,</q4>" <m4>भाटिया</m4> ने <c4>कहा</c4>।

दो गोल करने वाली फ़ॉरवर्ड <m5>प्रिया मलिक</m5> ने <c5>बताया कि</c5> <q5 i PRM>उन्होंने पिछले एक महीने से पेनल्टी कॉर्नर पर ड्रैग-फ़्लिक का ख़ास अभ्यास किया था</q5>। "<q6 d PRM>यह गोल मेरी मां के लिए था, वह आज स्टेडियम में थीं,</q6>" <m6>प्रिया</m6> ने मुस्कुराते हुए <c6>कहा</c6>।

जापान की कोच <m7>युकी तनाका</m7> <c7>का कहना था कि</c7> <q7 i YT>उनकी टीम ने मौके तो बनाए, लेकिन उन्हें गोल में नहीं बदल सकी</q7>। <m9>उन्होंने</m9> भारतीय टीम की तारीफ़ करते हुए <c9>कहा कि</c9> <q9 m YT>भारत इस समय “एशिया की सबसे फ़िट टीम” है</q9>।

मैच के बाद प्रशंसकों ने सोशल मीडिया पर इस जीत को 'चक दे' पल बताया।

<m8>हॉकी इंडिया</m8> ने एक बयान में <c8>कहा कि</c8> <q8 i HI>सेमीफ़ाइनल शुक्रवार को भुवनेश्वर के कलिंगा स्टेडियम में खेला जाएगा और टिकटों की बिक्री गुरुवार सुबह से शुरू होगी</q8>।
""")
