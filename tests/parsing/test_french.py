from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import find

TEXT = (
    "La ministre du Travail, Claire Dubreuil, a défendu mardi la réforme.\n"
    "« Nous ne reculerons pas sur l'essentiel de ce texte », a déclaré Claire Dubreuil devant les députés.\n"
    "Elle a ajouté que le gouvernement ne reviendrait pas sur la réduction de la durée d'indemnisation.\n"
    "« C'est une réforme juste et nécessaire pour le pays », a-t-elle insisté.\n"
    "Selon un proche du dossier, l'exécutif pourrait lâcher du lest sur le calendrier.\n"
)


def test_guillemets_with_a_declare_x() -> None:
    q = find(TEXT, "Nous ne reculerons")
    assert q.kind == "direct" and q.speaker == "Claire Dubreuil" and q.cue_verb == "say"
    assert TEXT[q.start] == "N"  # the guillemet and its space are outside the span


def test_a_ajoute_que_with_a_pronoun() -> None:
    q = find(TEXT, "le gouvernement ne reviendrait")
    assert q.kind == "indirect" and q.speaker == "Claire Dubreuil"


def test_inverted_pronoun_cue() -> None:
    assert find(TEXT, "une réforme juste").speaker == "Claire Dubreuil"


def test_selon() -> None:
    q = find(TEXT, "lâcher du lest")
    assert q.speaker == "un proche du dossier"


def test_il_skips_a_woman_named_by_a_feminine_title() -> None:
    text = (
        "« Le dossier est solide », a lancé la procureure Maud Serre.\n"
        "L'avocat de la défense, Me Nabil Haddad, a plaidé la relaxe. "
        "Il a affirmé que son client n'avait jamais signé ces contrats."
    )
    from tests.parsing.helpers import find

    assert find(text, "jamais signé", "fr").speaker == "Nabil Haddad"


def test_a_description_resolves_to_the_magistrate_named_before() -> None:
    text = (
        "« Les faits sont graves », a déclaré la procureure Maud Serre.\n"
        "La magistrate a également souligné que plusieurs factures avaient été antidatées."
    )
    from tests.parsing.helpers import find

    assert find(text, "plusieurs factures", "fr").speaker == "Maud Serre"


def test_selon_x_followed_by_guillemets_is_a_direct_quote() -> None:
    from attribution.parsing import extract

    text = "Selon la syndicaliste Inès Barre, « la situation est intenable »."
    (q,) = extract(text, "fr")
    assert text[q.start : q.end] == "la situation est intenable"
    assert q.kind == "direct" and q.speaker == "Inès Barre"


def test_inverted_description_then_name_in_apposition() -> None:
    from tests.parsing.helpers import find

    text = "« Nous avons été pris de court », reconnaît l'élu de la Somme, Paul Vasseur, joint par téléphone."
    assert find(text, "pris de court", "fr").speaker == "Paul Vasseur"


def test_la_prefecture_is_a_speaker_of_its_own() -> None:
    from tests.parsing.helpers import find

    text = (
        "D'après Météo-France, les pluies devraient cesser mercredi.\n"
        "Les secours ont évacué 40 personnes, a indiqué la préfecture."
    )
    assert find(text, "évacué 40", "fr").speaker == "la préfecture"


def test_infinitive_report_after_a_cue() -> None:
    from tests.parsing.helpers import find

    text = "L'entraîneur Marc Dalle a reconnu toutefois avoir eu « un peu peur » en fin de match."
    q = find(text, "avoir eu", "fr")
    assert text[q.start : q.end] == "avoir eu « un peu peur » en fin de match"
    assert q.kind == "mixed" and q.speaker == "Marc Dalle"


def test_a_circumstance_after_a_comma_ends_the_reported_clause() -> None:
    from tests.parsing.helpers import find

    text = "La ministre Lise Caron a dit que des ajustements restaient possibles, sans en préciser la nature."
    q = find(text, "ajustements", "fr")
    assert text[q.start : q.end] == "des ajustements restaient possibles"


def test_selon_lui_resolves_the_pronoun() -> None:
    from tests.parsing.helpers import find

    text = "Le maire Paul Roy a défendu le projet. Selon lui, la réforme est indispensable."
    assert find(text, "indispensable", "fr").speaker == "Paul Roy"


def test_french_reporting_variants() -> None:
    from tests.parsing.helpers import find

    text = (
        "La direction de la SNCF a pour sa part assuré qu'elle restait ouverte au dialogue.\n"
        "« La porte n'est pas fermée », a expliqué à l'AFP sa porte-parole, Claire Martin.\n"
        "« C'est inacceptable », s'indigne Julie Petit, une usagère rencontrée sur le quai."
    )
    assert find(text, "ouverte au dialogue", "fr").speaker == "La direction de la SNCF"
    assert find(text, "porte n'est pas", "fr").speaker == "Claire Martin"
    assert find(text, "inacceptable", "fr").speaker == "Julie Petit"


def test_trailing_incise_with_the_subject_after_the_cue_and_a_dateline() -> None:
    from tests.parsing.helpers import find

    text = (
        "Titre\n\nLYON, 3 mai (Dépêche) - La ministre, Lise Caron, a dit que la réforme tiendrait.\n"
        "Un incendie a parcouru 400 hectares près de Mimizan, a indiqué la préfecture dimanche."
    )
    assert find(text, "la réforme tiendrait", "fr").speaker == "Lise Caron"
    q = find(text, "Un incendie", "fr")
    assert text[q.start : q.end] == "Un incendie a parcouru 400 hectares près de Mimizan"
    assert q.speaker == "la préfecture"


def test_elided_definite_descriptions_resolve() -> None:
    from tests.parsing.helpers import find

    text = (
        "« Le vent a tourné », explique le commandant Marc Dune, des pompiers.\n"
        "L'officier a précisé qu'aucune maison n'avait été touchée.\n"
        "Le député Paul Roy a dénoncé la réforme.\n"
        "« Les offres manquent », a expliqué l’élu de la Somme."
    )
    assert find(text, "aucune maison", "fr").speaker == "Marc Dune"
    assert find(text, "offres manquent", "fr").speaker == "Paul Roy"


def test_a_speaker_phrase_with_du_after_its_head_noun() -> None:
    # "du" is both the article and the preposition: the phrase starts at "Un proche", not at "du"
    text = (
        "PARIS, 14 mai (Dépêche) - Le gouvernement maintient sa réforme de l'assurance chômage.\n"
        "Un proche du dossier estime que l'exécutif pourrait lâcher du lest sur le calendrier.\n"
        "Le porte-parole du ministère a indiqué que des ajustements restaient possibles.\n"
    )
    assert find(text, "lâcher du lest", lang="fr").speaker == "Un proche du dossier"
    assert find(text, "des ajustements", lang="fr").speaker == "Le porte-parole du ministère"


def test_an_institution_named_by_its_seat_is_not_a_woman() -> None:
    # French organisation words are French data: "Matignon" (the PM's office) is no antecedent for "elle"
    text = (
        "Sophie Lemaire, secrétaire générale de l’Union des travailleurs, a critiqué la réforme.\n"
        "Selon Matignon, la réforme doit permettre d'économiser près de 3 milliards d'euros par an.\n"
        "Elle a précisé que d’autres syndicats avaient été contactés.\n"
    )
    assert find(text, "3 milliards", lang="fr").speaker == "Matignon"
    assert find(text, "d’autres syndicats", lang="fr").speaker == "Sophie Lemaire"


def test_surnames_with_a_capitalised_particle() -> None:
    # "Le" is an article and "maire" a title on their own; inside "Bruno Le Maire" they are the surname
    text = (
        "Marine Le Pen a déclaré que la réforme était injuste.\n"
        "« La dette est trop élevée », a prévenu le ministre de l'Économie, Bruno Le Maire, sur France Inter.\n"  # noqa: E501
        "Jean-Yves Le Drian a estimé que la situation était grave.\n"
        "Le Drian a ajouté que Paris restait prudent.\n"
        "Selon Le Monde, le gouvernement prépare un remaniement.\n"
    )
    assert find(text, "la réforme était injuste", lang="fr").speaker == "Marine Le Pen"
    assert find(text, "La dette est trop élevée", lang="fr").speaker == "Bruno Le Maire"
    assert find(text, "la situation était grave", lang="fr").speaker == "Jean-Yves Le Drian"
    assert find(text, "Paris restait prudent", lang="fr").speaker == "Jean-Yves Le Drian"
    assert find(text, "prépare un remaniement", lang="fr").speaker == "Le Monde"


def test_incise_with_a_hearer_and_an_appositive_name() -> None:
    text = (
        "La crue de la Vienne a atteint son pic dans la nuit.\n\n"
        "« Nous avons évacué quarante foyers par précaution, a indiqué au Populaire le sous-préfet de "
        "Confolens, Thierry Vasseur. La situation reste sous surveillance. »"
    )
    first, second = find(text, "quarante foyers", "fr"), find(text, "sous surveillance", "fr")
    assert first.speaker == second.speaker == "Thierry Vasseur"
    assert text[second.start : second.end] == "La situation reste sous surveillance."


def test_a_title_of_a_place_before_an_appositive_name_is_not_the_reported_content() -> None:
    text = (
        "Les habitants de Saint-Clar ont manifesté samedi contre la fermeture de la maternité.\n\n"
        "Le maire de Saint-Clar, Bernard Laffitte, estime pour sa part la décision « incompréhensible ». "
        "« Nous ne lâcherons rien. On ne peut pas faire accoucher les femmes à une heure de route », "
        "a-t-il lancé."
    )
    from attribution.parsing import extract

    spans = [text[q.start : q.end] for q in extract(text, "fr")]
    assert "Le maire de Saint-Clar" not in spans
    assert find(text, "Nous ne lâcherons", "fr").speaker == "Bernard Laffitte"


def test_a_name_and_a_colon_attribute_a_headline_quotation() -> None:
    text = (
        "Sophie Marchal\u00a0: «\u00a0La montagne ne doit pas devenir un parc d’attractions\u00a0»\n\n"
        "La présidente du parc naturel régional présente jeudi son plan contre la surfréquentation."
    )
    q = find(text, "La montagne ne doit pas", "fr")
    assert (q.kind, q.speaker) == ("direct", "Sophie Marchal")


def test_the_city_of_a_prosecutors_title_is_not_the_il_of_the_next_quote() -> None:
    text = (
        "Un adolescent de 16 ans a été mis en examen jeudi après l’agression d’un chauffeur de bus.\n\n"
        "Le procureur de la République de Nantes, Renaud Gaillard, a tenu une conférence de presse. "
        "« Les images de vidéosurveillance sont très claires », a-t-il déclaré."
    )
    assert find(text, "vidéosurveillance", "fr").speaker == "Renaud Gaillard"


def test_a_relative_clause_report_ends_before_the_main_verb() -> None:
    text = "Le gardien, qui dit ne pas avoir vu le ballon, est resté prostré de longues minutes."
    q = find(text, "avoir vu le ballon", "fr")
    assert text[q.start : q.end] == "avoir vu le ballon"


def test_an_adjective_after_the_head_noun_belongs_to_the_subject() -> None:
    text = (
        "Le club a concédé le nul face à Brest.\n\n"
        "L’entraîneur nantais, Pierre Aubry, était furieux. L’entraîneur nantais a reconnu toutefois que "
        "ses joueurs avaient manqué de lucidité."
    )
    q = find(text, "manqué de lucidité", "fr")
    assert q.speaker == "Pierre Aubry"


def test_a_bare_infinitive_report_with_a_quoted_tail_is_mixed() -> None:
    text = (
        "La grève des éboueurs entre dans sa deuxième semaine.\n\n"
        "«\u00a0Les sacs s’entassent devant ma porte depuis dix jours\u00a0», soupire Nadia Benali, "
        "commerçante rue de la Paix. Elle dit soutenir les grévistes, «\u00a0mais il faut que ça "
        "s’arrête\u00a0»."
    )
    q = find(text, "soutenir les grévistes", "fr")
    assert (q.kind, q.speaker) == ("mixed", "Nadia Benali")
    assert find(text, "Les sacs s’entassent", "fr").speaker == "Nadia Benali"
    opening = "Le procureur a annoncé l’ouverture d’une enquête pour homicide involontaire."
    assert not extract(opening, "fr")
