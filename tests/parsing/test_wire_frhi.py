"""French and Hindi wire styles first met in tests/parsing/wire_frhi (AFP, Le Monde, court reports,
Radio-Canada, Jeune Afrique, Swiss sport; Dainik Jagran, Amar Ujala, BBC Hindi, NDTV). The sentences
are new; none is taken from the corpus. The last test holds the corpus's floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.helpers import SHARED, extract, find, load_jsonl, load_scorer, predict, quotes

WIRE_FRHI = Path(__file__).resolve().parent / "wire_frhi" / "wire_frhi.gold.jsonl"

# ---------------------------------------------------------------- French


def test_an_incise_running_on_with_a_circumstance_still_splits_the_quotation() -> None:
    text = (
        "« Nous ne signerons pas un accord au rabais, a déclaré le chef de la diplomatie belge, Luc "
        "Verhoeven, lors d’un point de presse à Bruxelles avec son homologue néerlandais. Le texte doit "
        "être revu en profondeur. »"
    )
    assert find(text, "accord au rabais", "fr").speaker == "Luc Verhoeven"
    tail = find(text, "Le texte doit", "fr")
    assert text[tail.start : tail.end].startswith("Le texte doit")
    assert tail.speaker == "Luc Verhoeven"
    assert not [q for q in extract(text, "fr") if "point de presse" in text[q.start : q.end]]


def test_an_incise_followed_by_a_continuing_clause_keeps_the_clause_quoted() -> None:
    text = "« Nous avons fait notre travail, a-t-il dit, et le reste ne dépend pas de nous. »"
    assert find(text, "le reste ne dépend pas", "fr").kind == "direct"


def test_an_inverted_subject_the_lexicon_does_not_know_is_still_the_speaker() -> None:
    text = (
        "La tempête a arraché une partie des toitures du village dans la nuit.\n\n"
        "« On a entendu un bruit énorme, puis plus rien », raconte une retraitée du quartier.\n\n"
        "« Je n’avais jamais vu ça en quarante ans », a soufflé un commerçant."
    )
    assert find(text, "bruit énorme", "fr").speaker.startswith("une retraitée")
    assert find(text, "quarante ans", "fr").speaker == "un commerçant"


def test_a_definite_unknown_description_after_a_quote_points_back_to_the_person() -> None:
    text = (
        "Jean Morel a dit qu’il ne quitterait pas sa ferme. « On a tout perdu en une nuit », soupire le "
        "sexagénaire, assis devant sa grange."
    )
    assert find(text, "tout perdu", "fr").speaker == "Jean Morel"


def test_two_coordinated_titles_before_an_apposed_name() -> None:
    text = (
        "« Nous serons rentables dès l’an prochain », assure la directrice générale et fondatrice de la "
        "start-up, Mariam Sylla."
    )
    assert find(text, "rentables", "fr").speaker == "Mariam Sylla"


def test_company_titles_are_known() -> None:
    text = (
        "Le groupe a publié mardi des résultats en hausse. Son PDG, Étienne Faucher, a estimé que la "
        "conjoncture restait fragile. « Nous restons prudents », a ajouté le PDG."
    )
    assert find(text, "conjoncture restait fragile", "fr").speaker == "Étienne Faucher"
    assert find(text, "Nous restons prudents", "fr").speaker == "Étienne Faucher"


def test_alors_que_after_a_cue_is_no_reported_clause() -> None:
    text = (
        "Le ministre a promis jeudi l’ouverture de 300 places d’hébergement supplémentaires, alors que "
        "les associations dénoncent depuis des mois la saturation du dispositif."
    )
    assert not [q for q in extract(text, "fr") if "associations dénoncent" in text[q.start : q.end]]


def test_a_body_named_by_a_speaker_noun_speaks_for_itself() -> None:
    text = (
        "Le prévenu, Karim Bensaïd, 34 ans, a nié les faits. Selon l’accusation, il aurait revendu les "
        "pièces volées sur internet pendant plus d’un an."
    )
    assert find(text, "revendu les pièces", "fr").speaker == "l’accusation"


def test_documents_offices_and_establishments_as_speakers() -> None:
    text = (
        "Le lycée restera fermé lundi, a indiqué la préfecture dans un communiqué. Les cours reprendront "
        "à distance, précise le texte.\n\n"
        "Dans un courriel, le cabinet du ministre assure que les examens ne seront pas reportés.\n\n"
        "Le club recrute un nouvel entraîneur, a communiqué le FC Sion mardi soir."
    )
    assert find(text, "cours reprendront", "fr").speaker == "la préfecture"
    assert find(text, "examens ne seront pas", "fr").speaker == "le cabinet du ministre"
    assert find(text, "nouvel entraîneur", "fr").speaker == "FC Sion"


def test_pour_opens_a_source_only_before_a_person() -> None:
    text = (
        "La syndicaliste Odile Caron a rencontré le recteur mardi. Pour elle, la réforme des lycées "
        "professionnels a été conduite dans la précipitation.\n\n"
        "Pour Henri Lestrade, ancien inspecteur général, le calendrier reste tenable.\n\n"
        "Pour le moment, aucune date de grève n’a été fixée. Les élus ont voté pour le texte, pour la "
        "plupart sans enthousiasme."
    )
    assert find(text, "conduite dans la précipitation", "fr").speaker == "Odile Caron"
    q = find(text, "calendrier reste tenable", "fr")
    assert q.speaker == "Henri Lestrade"
    assert text[q.start : q.end].startswith("le calendrier")
    assert not [q for q in extract(text, "fr") if "aucune date" in text[q.start : q.end]]
    assert not [q for q in extract(text, "fr") if "sans enthousiasme" in text[q.start : q.end]]


def test_selon_skips_the_sources_apposition() -> None:
    text = "Selon Paul Girard, porte-parole de la SNCF, le trafic reprendra progressivement jeudi."
    q = find(text, "trafic reprendra", "fr")
    assert q.speaker == "Paul Girard"
    assert text[q.start : q.end].startswith("le trafic")


def test_a_demonym_used_as_a_noun_points_back_to_the_person() -> None:
    text = (
        "Le Vaudois Marc Rochat a remporté dimanche le slalom de Wengen devant son public. « C’est la "
        "victoire de ma vie », a lâché le skieur de 27 ans. Le Vaudois a reconnu qu’il avait eu peur sur "
        "la deuxième manche.\n\n"
        "Deuxième, l’Autrichienne Lena Hofer ne cachait pas sa déception. « J’ai fait une faute bête en "
        "haut », a regretté l’Autrichienne."
    )
    assert find(text, "il avait eu peur", "fr").speaker == "Marc Rochat"
    assert find(text, "faute bête", "fr").speaker == "Lena Hofer"


def test_a_newspaper_title_is_no_demonym() -> None:
    text = (
        "Le maire, Paul Grenier, a démissionné mardi. Selon Le Parisien, l’enquête porte sur des marchés "
        "publics attribués entre 2019 et 2023."
    )
    assert find(text, "enquête porte", "fr").speaker != "Paul Grenier"


def test_a_title_glued_to_its_article_is_the_persons_title() -> None:
    text = (
        "Auteur d’un triplé, l’ailier Samuel Okafor a porté son équipe. « Je suis content pour le groupe », "
        "a-t-il souri.\n\n"
        "Le club a indiqué mardi que la billetterie ouvrirait lundi."
    )
    assert find(text, "billetterie ouvrirait", "fr").speaker in ("Le club", "le club")


def test_more_press_verbs_and_reflexive_perfects() -> None:
    text = (
        "« On ne peut pas continuer comme ça », s’est indignée la maire de Brest, Odile Kervella.\n\n"
        "« Le dossier est vide », a réagi l’avocat de l’élu, Me Paul Brun.\n\n"
        "« Nous avons manqué de rigueur », a concédé le sélectionneur, Didier Faye."
    )
    assert find(text, "continuer comme", "fr").speaker == "Odile Kervella"
    assert find(text, "dossier est vide", "fr").speaker == "Paul Brun"
    assert find(text, "manqué de rigueur", "fr").speaker == "Didier Faye"


def test_maitre_makes_a_lawyer_and_the_lawyer_points_back_to_them() -> None:
    text = (
        "L’avocat général, Pierre Dardel, a requis cinq ans de prison contre le prévenu. En défense, "
        "Me Claire Vautier a demandé la relaxe. « Il n’y a rien dans ce dossier », a lancé l’avocate."
    )
    assert find(text, "rien dans ce dossier", "fr").speaker == "Claire Vautier"


def test_an_apposed_lawyer_keeps_his_gender() -> None:
    text = (
        "L’avocat de la défense, Me Julien Massart, a plaidé l’acquittement. Il a estimé que l’enquête "
        "avait été « bâclée » dès le premier jour."
    )
    assert find(text, "enquête avait été", "fr").speaker == "Julien Massart"


def test_a_company_after_a_title_and_de_is_not_the_title_holder() -> None:
    text = (
        "« Nous serons rentables dès l’an prochain », assure la fondatrice de Movix, Mariam Sylla.\n\n"
        "Le fonds Atlas a mené le tour de table. « Les chiffres sont solides », explique la dirigeante."
    )
    assert find(text, "chiffres sont solides", "fr").speaker == "Mariam Sylla"


def test_a_title_governing_a_ministry_is_an_apposition_not_the_content() -> None:
    text = (
        "La ministre de la Culture, Anne Vidal, a promis lundi une hausse du budget des musées.\n\n"
        "Le ministre de l’Intérieur, Paul Ravel, a annoncé que 500 policiers seraient déployés."
    )
    got = quotes(text, "fr")
    assert not [q for q in got if q[1].startswith("La ministre")], got
    assert find(text, "500 policiers", "fr").speaker == "Paul Ravel"


def test_a_negated_infinitive_after_a_cue_is_reported() -> None:
    text = (
        "L’entraîneur, Hugo Lamy, a répondu aux questions après le match. Il dit ne pas comprendre la "
        "décision de l’arbitre sur le deuxième but."
    )
    q = find(text, "comprendre la décision", "fr")
    assert (q.kind, q.speaker) == ("indirect", "Hugo Lamy")
    assert text[q.start : q.end].startswith("ne pas")


def test_a_relative_clause_after_an_incise_speaks_for_the_incises_subject() -> None:
    text = (
        "La secrétaire d’État au numérique, Inès Morel, était l’invitée de la matinale. « Nous ne "
        "laisserons pas faire », assure l’ancienne dirigeante de start-up, qui estime que les "
        "plateformes ont « trop longtemps joué la montre »."
    )
    assert find(text, "plateformes ont", "fr").speaker == "Inès Morel"


def test_fronted_content_before_an_inverted_pronoun_cue() -> None:
    text = (
        "Le ministre de l’Agriculture, Paul Roy, était à Rennes mardi. La réforme ne sera pas retirée, "
        "a-t-il assuré devant les éleveurs."
    )
    q = find(text, "réforme ne sera pas retirée", "fr")
    assert (q.kind, q.speaker) == ("indirect", "Paul Roy")


def test_the_impersonal_on_takes_its_source_from_after_the_cue() -> None:
    text = (
        "Les Vingt-Sept se sont quittés sans accord vendredi soir.\n\n"
        "Aucun compromis n’est possible sans garanties pour les pêcheurs, a-t-on souligné de source "
        "diplomatique.\n\n"
        "La décision sera annoncée lundi, indique-t-on à Matignon."
    )
    assert find(text, "garanties pour les pêcheurs", "fr").speaker == "source diplomatique"
    assert find(text, "annoncée lundi", "fr").speaker == "Matignon"


def test_an_organisation_noun_after_an_unregistered_organisation_points_back_to_it() -> None:
    text = (
        "Les chauffeurs d’autobus ont voté la grève mardi.\n\n"
        "La STM a indiqué qu’elle maintiendrait un service minimum aux heures de pointe. Les usagers "
        "sont invités à consulter le site web avant de se déplacer, précise la société."
    )
    assert find(text, "usagers sont invités", "fr").speaker == "La STM"


def test_a_place_after_an_elided_preposition_stays_in_the_subject() -> None:
    text = "Le CIUSSS de l’Estrie a indiqué qu’il ouvrirait douze lits supplémentaires dès lundi."
    assert find(text, "douze lits", "fr").speaker == "Le CIUSSS de l’Estrie"


def test_a_party_after_an_elided_de_is_not_the_leaders_name() -> None:
    text = (
        "Le chef d’Ensemble Laval, Marc-André Bisson, a fait valoir que le projet coûterait trop cher.\n\n"
        "« On nous cache les vrais chiffres », a ajouté l’élu."
    )
    assert find(text, "coûterait trop cher", "fr").speaker == "Marc-André Bisson"


def test_quebec_and_academic_titles() -> None:
    text = (
        "La mairesse de Gatineau, Julie Ouimet, a présenté son budget jeudi. Elle a dit ne pas exclure "
        "une hausse de taxes.\n\n"
        "La professeure Hélène Brassard a analysé les chiffres. « La marge est mince », explique la "
        "chercheuse."
    )
    assert find(text, "hausse de taxes", "fr").speaker == "Julie Ouimet"
    assert find(text, "marge est mince", "fr").speaker == "Hélène Brassard"


def test_a_titles_field_between_title_and_name() -> None:
    text = (
        "La chercheuse en virologie Agnès Morin a suivi l’épidémie depuis le début. Un habitant, Luc "
        "Perrin, a dit qu’il avait peur.\n\n"
        "« Le pic est derrière nous », estime la chercheuse."
    )
    assert find(text, "pic est derrière", "fr").speaker == "Agnès Morin"


def test_french_first_names_shaped_like_demonyms_stay_in_the_name() -> None:
    text = "« Nous avons manqué de rigueur », a concédé le sélectionneur, Florian Lemaire."
    assert find(text, "manqué de rigueur", "fr").speaker == "Florian Lemaire"


def test_inverted_reflexive_cues() -> None:
    text = (
        "L’ancien boxeur Samir Kaci a raconté son enfance à Roubaix. « On dormait parfois dans la "
        "voiture », se souvient-il. « Je ne me plains pas », s’amuse-t-il aussitôt."
    )
    assert find(text, "dormait parfois", "fr").speaker == "Samir Kaci"
    assert find(text, "me plains pas", "fr").speaker == "Samir Kaci"


def test_a_capitalised_institution_with_an_adjective_is_no_person() -> None:
    text = (
        "Le juriste Karim Diallo juge la réforme risquée. La Cour constitutionnelle a indiqué mardi que "
        "le recours était recevable. Sa décision sera rendue en mars, a précisé l’institution."
    )
    assert find(text, "recours était recevable", "fr").speaker == "La Cour constitutionnelle"
    assert find(text, "rendue en mars", "fr").speaker == "La Cour constitutionnelle"


def test_a_titled_description_before_an_apposed_name_is_no_content() -> None:
    text = (
        "Le porte-parole du syndicat majoritaire, Olivier Brun, a dénoncé une provocation. « Nous ne "
        "signerons rien », a-t-il ajouté."
    )
    got = quotes(text, "fr")
    assert not [q for q in got if q[1].startswith("Le porte-parole")], got


def test_a_newspaper_after_par_is_neither_titled_nor_the_il() -> None:
    text = (
        "Joint par Le Soleil, le président de la fédération, Moussa Diop, dit attendre les résultats. "
        "« Nous verrons lundi », a-t-il ajouté."
    )
    assert find(text, "Nous verrons lundi", "fr").speaker == "Moussa Diop"


def test_the_president_of_a_court_is_the_magistrate() -> None:
    text = (
        "Le président du tribunal, Marc Vidal, a suspendu l’audience à midi. Le prévenu, Jean Roux, a "
        "répété qu’il était innocent. Le jugement sera rendu le 3 juillet, a annoncé le magistrat."
    )
    assert find(text, "jugement sera rendu", "fr").speaker == "Marc Vidal"


# ---------------------------------------------------------------- Hindi


def test_hindi_double_headline_with_two_dash_attributions() -> None:
    text = (
        "पेपर लीक पर बवाल: छात्र संगठन बोला- परीक्षा रद्द हो, आयोग ने कहा- दोबारा जांच होगी\n\n"
        "लखनऊ। भर्ती परीक्षा का पेपर लीक होने के बाद छात्रों ने प्रदर्शन किया।"
    )
    first = find(text, "परीक्षा रद्द हो", "hi")
    assert "आयोग" not in text[first.start : first.end]
    assert find(text, "दोबारा जांच होगी", "hi").speaker == "आयोग"


def test_hindi_court_and_argument_cues() -> None:
    text = (
        "दिल्ली हाईकोर्ट ने सोमवार को सुनवाई की। याचिकाकर्ता के वकील अमन सेठ ने दलील दी कि नियुक्ति "
        "प्रक्रिया में नियमों का पालन नहीं हुआ। इस पर अदालत ने टिप्पणी की, “सरकार हर बार जवाब देने में "
        "देरी क्यों करती है?”"
    )
    assert find(text, "नियमों का पालन", "hi").speaker == "अमन सेठ"
    assert find(text, "जवाब देने में", "hi").speaker == "अदालत"


def test_hindi_passive_statement_names_its_document() -> None:
    text = (
        "दोनों देशों के प्रधानमंत्रियों की बैठक के बाद एक साझा बयान जारी किया गया। बयान में कहा गया कि "
        "दोनों पक्ष व्यापार को दोगुना करने के लक्ष्य पर काम करेंगे।"
    )
    assert find(text, "व्यापार को दोगुना", "hi").speaker == "बयान"


def test_hindi_present_tense_narration_and_pronoun_genitive_source() -> None:
    text = (
        "पर्यावरण विशेषज्ञ डॉ. कविता जोशी इस बदलाव को चिंताजनक मानती हैं। जोशी बताती हैं कि पिछले दस "
        "साल में नदी का जलस्तर लगातार गिरा है। उनके मुताबिक़, अगर यही हाल रहा तो अगली गर्मी में हालात "
        "और बिगड़ेंगे।"
    )
    assert find(text, "जलस्तर लगातार गिरा", "hi").speaker == "जोशी" or find(
        text, "जलस्तर लगातार गिरा", "hi"
    ).speaker.endswith("जोशी")
    q = find(text, "हालात और बिगड़ेंगे", "hi")
    assert q.speaker is not None and q.speaker.endswith("जोशी")


def test_hindi_a_headline_topic_before_a_colon_is_no_speaker() -> None:
    text = (
        "दिल्ली में प्रदूषण: 'सांस लेना भी मुश्किल हो गया है'\n\n"
        "राजधानी में लगातार पांचवें दिन हवा की गुणवत्ता बेहद खराब दर्ज की गई।"
    )
    assert all(q.speaker != "दिल्ली में प्रदूषण" for q in extract(text, "hi"))
    text2 = (
        "सुप्रीम कोर्ट की दो टूक: 'जमानत नियम है, जेल अपवाद'\n\n"
        "नई दिल्ली। शीर्ष अदालत ने एक मामले की सुनवाई के दौरान यह टिप्पणी की।"
    )
    assert find(text2, "जमानत नियम है", "hi").speaker in ("सुप्रीम कोर्ट", "कोर्ट", "अदालत")


def test_hindi_a_headline_cue_with_its_dash_glued_is_no_name() -> None:
    text = (
        "महंगाई पर घमासान: वित्त मंत्री बोले- जल्द घटेंगी कीमतें\n\n"
        "नई दिल्ली। वित्त मंत्री सुरेश चंद्र ने बुधवार को कहा कि अगले दो महीनों में खाद्य महंगाई कम होगी।"
    )
    assert find(text, "जल्द घटेंगी कीमतें", "hi").speaker == "सुरेश चंद्र"


def test_hindi_more_reporting_verbs_and_genitive_opinions() -> None:
    text = (
        "पुलिस अधीक्षक राकेश मिश्रा ने खुलासा किया कि गिरोह पिछले दो साल से सक्रिय था। "
        "विशेषज्ञों का तर्क है कि नए कानून से ऐसे अपराध कम होंगे।"
    )
    assert find(text, "गिरोह पिछले दो साल", "hi").speaker == "राकेश मिश्रा"
    assert find(text, "नए कानून से", "hi").speaker is not None


def test_hindi_a_clock_or_rules_are_no_source() -> None:
    text = "मैच भारतीय समय के अनुसार शाम सात बजे शुरू होगा। नियमों के मुताबिक़ बारिश होने पर ओवर घटाए जाएंगे।"
    assert not extract(text, "hi")


# ---------------------------------------------------------------- the corpus floor


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="scorer not found (../shared absent)")
def test_wire_frhi_corpus_floor() -> None:
    gold = load_jsonl(WIRE_FRHI)
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_f1"] >= 0.99, res
    assert res["speaker_acc"] >= 0.96, res
    assert res["e2e_f1"] >= 0.96, res


def test_quotes_helper_is_used() -> None:
    assert quotes("« Bonjour à tous », a dit Marc Petit.", "fr")
