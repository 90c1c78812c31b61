"""French reported speech and speakers, as French news writes them: descriptions used as second
references ("le septuagénaire", "le troisième-ligne", "l'édile", "la régie"), the impersonal "on" with
its source ("Dans l'entourage du ministre, on assure que …"), a question quoted before the answer,
speech acts with an object or an infinitive ("a appelé X à « … »", "a promis de …", "a jugé X « Y »"),
"Pour X, « … »", "s'est dit convaincu que", headline topic labels. Our own sentences; each group has
near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes

# ------------------------------------------------------------------------------------ descriptions


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # an age description: the person the sentence before took up by his title
        (
            "CAEN - Le tribunal a jugé jeudi Paul Lemoine, ancien maire de Vire, pour détournement de fonds. "
            "« Il a trahi la confiance des électeurs », a déclaré le procureur Alain Roche.\n\n"
            "À la barre, l'ancien maire a contesté les faits. « Je n'ai rien pris », a répété le "
            "septuagénaire.",
            "Je n'ai rien pris",
            "Paul Lemoine",
        ),
        (
            "L'ancienne directrice de la clinique, Odile Marchand, était entendue mardi comme témoin. "
            "« Personne ne m'a jamais alertée », a assuré la sexagénaire.",
            "Personne ne m'a jamais alertée",
            "Odile Marchand",
        ),
        # a player by position, a coach by "le technicien", after a title inside "L'entraîneur"
        (
            "L'entraîneur de Brive, Julien Perrin, savourait la victoire.\n\n"
            "« Nous avons tenu en mêlée », a réagi le technicien.",
            "Nous avons tenu en mêlée",
            "Julien Perrin",
        ),
        (
            "Le capitaine Hugo Ferrand a marqué deux essais. Le troisième-ligne a confié qu'il avait "
            "joué blessé.",
            "il avait joué blessé",
            "Hugo Ferrand",
        ),
        (
            "La maire de Sète, Agnès Roux, a inauguré la halle. L'édile a précisé que les travaux "
            "avaient coûté deux millions d'euros.",
            "les travaux avaient coûté",
            "Agnès Roux",
        ),
        # an organisation named again by its kind
        (
            "La Régie des eaux de Brest a coupé l'eau dans trois quartiers. La régie a précisé que "
            "le service reprendrait jeudi.",
            "le service reprendrait jeudi",
            "Régie des eaux de Brest",
        ),
    ],
)
def test_descriptions_resolve_to_the_person_or_body(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "fr").speaker == speaker


def test_a_team_beside_a_coach_is_no_person() -> None:
    # "Côté Rodez, l'entraîneur X": the title is X's, not the team's, so "le technicien" is the coach
    text = (
        "L'entraîneur d'Auxerre, Marc Vidal, a salué la victoire face à Rodez.\n\n"
        "« Mes joueurs ont été héroïques », a lancé le technicien.\n\n"
        "Côté Rodez, l'entraîneur Paul Girard a regretté l'arbitrage."
    )
    assert find(text, "héroïques", "fr").speaker == "Marc Vidal"


def test_a_judge_is_not_titled_by_the_defendant_she_questions() -> None:
    text = (
        "La présidente du tribunal, Anne Colin, a interrogé le prévenu sur ses comptes. "
        "La magistrate a ensuite estimé que le dossier était incomplet."
    )
    assert find(text, "dossier était incomplet", "fr").speaker == "Anne Colin"


# ------------------------------------------------------------------------- impersonal "on"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Dans l'entourage de la ministre, on assure que le texte sera voté avant l'été.",
            "le texte sera voté",
            "l'entourage de la ministre",
        ),
        ("Chez Renault, on indique que la production reprendra lundi.", "la production reprendra", "Renault"),
        (
            "On indique de source proche du dossier que le préfet serait prêt à céder.",
            "le préfet serait prêt",
            "source proche du dossier",
        ),
    ],
)
def test_impersonal_on_takes_its_source(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "fr").speaker == speaker


def test_on_after_two_circumstances_is_no_named_source() -> None:
    text = "Le maire Paul Roux a ouvert la séance. À Nantes, lundi, on assure que la grève sera suivie."
    q = find(text, "la grève sera suivie", "fr")
    assert q.speaker != "Nantes"


# -------------------------------------------------------------- a question before its answer


def test_a_question_quoted_before_the_answer_is_the_questioners() -> None:
    text = (
        "Le juge Marc Aubert a interrogé l'accusé sur ses dépenses. "
        "« Vous payiez tout en liquide, madame Leroy ? » « Jamais », a répondu la prévenue Inès Leroy."
    )
    assert find(text, "en liquide", "fr").speaker == "Marc Aubert"
    assert find(text, "Jamais", "fr").speaker == "Inès Leroy"


def test_a_statement_before_an_attributed_quote_still_takes_its_speaker() -> None:
    text = (
        "« Nous avons gagné ce match avec le cœur. » « Le public nous a portés jusqu'au bout », a répondu "
        "la capitaine Léa Martin."
    )
    assert find(text, "Nous avons gagné", "fr").speaker == "Léa Martin"


# ------------------------------------------------------------- speech acts with their object


@pytest.mark.parametrize(
    ("text", "fragment", "kind", "speaker"),
    [
        (
            "Le préfet, Denis Laurent, a appelé les automobilistes à « la plus grande prudence » sur "
            "les routes.",
            None,
            None,
            None,
        ),
        (
            "La maire, Sophie Garnier, a appelé les riverains à « ne pas sortir avant midi ».",
            "les riverains à « ne pas sortir avant midi »",
            "mixed",
            "Sophie Garnier",
        ),
        (
            "Le ministre Jean Carrel a exhorté les banques à prêter davantage aux artisans.",
            "les banques à prêter davantage aux artisans",
            "indirect",
            "Jean Carrel",
        ),
        (
            "La présidente de région, Nadia Benali, a promis de « ne laisser aucun lycée de côté ».",
            "de « ne laisser aucun lycée de côté »",
            "mixed",
            "Nadia Benali",
        ),
        (
            "Le maire Luc Fabre a promis d'investir trois millions d'euros dans les écoles.",
            "d'investir trois millions d'euros dans les écoles",
            "indirect",
            "Luc Fabre",
        ),
        (
            "La Cour des comptes a jugé ces dépenses « particulièrement opaques » dans son rapport annuel.",
            "ces dépenses « particulièrement opaques",
            "mixed",
            "La Cour des comptes",
        ),
        (
            "Le député Marc Simon a qualifié la réforme de « bricolage ».",
            "bricolage",
            "direct",
            "Marc Simon",
        ),
    ],
)
def test_speech_acts_with_an_object(
    text: str, fragment: str | None, kind: str | None, speaker: str | None
) -> None:
    if fragment is None:
        # a noun after "à" is a call for something, no report with its own clause
        assert all(k != "indirect" for k, _, _ in quotes(text, "fr"))
        return
    q = find(text, fragment, "fr")
    assert text[q.start : q.end].startswith(fragment[:12])
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a promis d'importants moyens aux écoles.",  # a noun, no infinitive
        "Le club a jugé utile de recruter.",  # no quotation named
        "La ministre a appelé son homologue allemand mardi.",  # a telephone call
        "Le projet, appelé « Horizon », sera présenté lundi.",  # a name, no speech
    ],
)
def test_speech_act_near_misses(text: str) -> None:
    assert [k for k, _, _ in quotes(text, "fr")] == []


# --------------------------------------------------------------------------- Pour X, « … »


def test_pour_a_first_name_and_a_description_then_a_quotation() -> None:
    text = (
        "Devant la mairie, les parents s'impatientent. Pour Julie, mère de deux enfants, « rien ne bouge »."
    )
    q = find(text, "rien ne bouge", "fr")
    assert (q.kind, q.speaker) == ("direct", "Julie")


def test_pour_x_asked_by_an_agency_is_a_direct_quote() -> None:
    text = "Pour la sociologue Hélène Brun, interrogée par l'AFP, « la colère vient de loin »."
    q = find(text, "la colère vient de loin", "fr")
    assert (q.kind, q.speaker) == ("direct", "Hélène Brun")
    assert text[q.start : q.end] == "la colère vient de loin"


@pytest.mark.parametrize(
    "text",
    [
        "Pour Noémie, la fête était réussie.",  # a first name without description or quotation
        "Pour Lyon, le match de samedi sera décisif.",
        "Pour le moment, aucune date n'a été fixée.",
    ],
)
def test_pour_near_misses(text: str) -> None:
    assert quotes(text, "fr") == []


# ------------------------------------------------------------------ declared stances, headlines


def test_s_est_dit_convaincu_que() -> None:
    text = "La ministre Claire Vasseur s'est dite convaincue que les soignants reviendraient."
    q = find(text, "les soignants reviendraient", "fr")
    assert (q.kind, q.speaker) == ("indirect", "Claire Vasseur")
    assert quotes("Le coureur Paul Morel se dit fatigué après l'étape.", "fr") == []


def test_headline_topic_label_is_not_part_of_the_quote() -> None:
    text = (
        "Inondations à Morlaix : « la décrue commence », annonce la préfecture\n\n"
        "La préfecture du Finistère a annoncé lundi que la décrue commençait."
    )
    q = find(text, "la décrue commence", "fr")
    assert text[q.start : q.end].startswith("« la décrue") or text[q.start : q.end].startswith("la décrue")


def test_fronted_report_with_an_acronym_then_a_relative_clause() -> None:
    text = (
        "Le trafic sera interrompu jeudi sur la ligne B, a annoncé mercredi la Régie des transports "
        "de Nancy (RTN), qui prévoit des bus de substitution."
    )
    q = find(text, "Le trafic sera interrompu", "fr")
    assert q.speaker == "la Régie des transports de Nancy"


# ---------------------------------------------------- datelines, participles, coordinated reports


def test_a_dateline_with_an_accented_month_is_no_part_of_the_report() -> None:
    text = (
        "Transports : la grève reconduite\n\n"
        "LILLE, 3 février (AFP) - Le trafic restera perturbé toute la semaine, a annoncé dimanche la "
        "direction régionale."
    )
    q = find(text, "Le trafic restera perturbé", "fr")
    assert text[q.start : q.end] == "Le trafic restera perturbé toute la semaine"


def test_a_present_participle_of_urging_takes_its_object_and_infinitive() -> None:
    text = (
        "« Le gouvernement joue avec le feu », a prévenu la syndicaliste Léa Morin, appelant les "
        "salariés à « se mobiliser massivement »."
    )
    q = find(text, "se mobiliser massivement", "fr")
    assert (q.kind, q.speaker) == ("mixed", "Léa Morin")
    assert text[q.start : q.end].startswith("les salariés à")


def test_pour_a_person_described_by_age() -> None:
    text = (
        "La militante Nadia Kessler a été réélue à la tête du syndicat.\n\n"
        "Pour la quinquagénaire, la bataille se jouera aussi au Parlement."
    )
    q = find(text, "la bataille se jouera", "fr")
    assert (q.kind, q.speaker) == ("indirect", "Nadia Kessler")
    assert quotes("Titre\n\nPour la famille, c'est un soulagement.", "fr") == []


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "La syndicaliste Inès Caron a qualifié le projet de « régression sociale » et promis de "
            "poursuivre le mouvement tout l'hiver.",
            "de poursuivre le mouvement tout l'hiver",
            "Inès Caron",
        ),
        (
            "Titre\n\nLa ministre Anne Colas a reconnu des erreurs et assuré que les aides seraient versées "
            "en mars.",
            "les aides seraient versées en mars",
            "Anne Colas",
        ),
    ],
)
def test_a_second_participle_after_et_shares_the_subject(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "fr").speaker == speaker


def test_a_participle_after_et_without_a_report_is_no_cue() -> None:
    assert quotes("Titre\n\nLe suspect a été arrêté et déclaré coupable par le tribunal.", "fr") == []


def test_a_title_is_not_given_to_a_person_known_to_hold_another() -> None:
    text = (
        "Titre\n\nLe maire de Lyon, Grégoire Doucet, a indiqué que les travaux reprendraient en mai.\n\n"
        "La ministre a déclaré lors d'une conférence de presse que le budget serait présenté en juin."
    )
    assert find(text, "le budget serait présenté", "fr").speaker != "Grégoire Doucet"
    # a description he does fit still finds him
    text2 = text.replace("La ministre a déclaré", "L'élu a déclaré")
    assert find(text2, "le budget serait présenté", "fr").speaker == "Grégoire Doucet"


def test_chef_du_gouvernement_is_a_person_not_the_government() -> None:
    text = (
        "Titre\n\nLe Premier ministre Antoine Lebrun a défendu son budget mardi.\n\n"
        "« Chacun doit contribuer selon ses moyens », a martelé le chef du gouvernement."
    )
    assert find(text, "Chacun doit contribuer", "fr").speaker == "Antoine Lebrun"


def test_learnt_from_a_body_by_the_impersonal_reporter() -> None:
    text = (
        "Titre\n\nTrois marins ont été hélitreuillés samedi, a-t-on appris auprès de la préfecture maritime."
    )
    q = find(text, "Trois marins ont été hélitreuillés", "fr")
    assert q.speaker == "la préfecture maritime"
    # learning is no speech when someone learns something
    assert quotes("Titre\n\nLa joueuse a appris que sa sélection était confirmée.", "fr") == []


def test_the_papers_own_information_is_no_source() -> None:
    assert quotes("Titre\n\nSelon nos informations, le directeur aurait démissionné vendredi.", "fr") == []


def test_praise_with_a_quotation() -> None:
    text = "Titre\n\n« C'est une décision courageuse », a salué la présidente de la région, Carole Vidal."
    assert find(text, "décision courageuse", "fr").speaker == "Carole Vidal"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Titre\n\nLe gérant Karim Haddad a assuré n'avoir jamais reçu le rapport de la commission.",
            "n'avoir jamais reçu le rapport de la commission",
        ),
        (
            "Titre\n\nLa ministre Ana Roy dit n'exclure aucune piste pour la réforme.",
            "n'exclure aucune piste pour la réforme",
        ),
    ],
)
def test_an_infinitive_report_opened_by_an_elided_negation(text: str, content: str) -> None:
    q = find(text, content, "fr")
    assert text[q.start : q.end] == content


def test_an_elided_negation_that_opens_no_infinitive() -> None:
    assert quotes("Titre\n\nLe maire a annoncé n’importe quoi au conseil municipal.", "fr") == []


def test_pour_a_surname_named_before() -> None:
    text = (
        "Titre\n\n« Je leur ai dit de jouer sans peur », a raconté l'entraîneur Franck Moreau.\n\n"
        "Pour Moreau, cette victoire « change tout » dans la course à l'Europe."
    )
    q = find(text, "change tout", "fr")
    assert q.speaker == "Franck Moreau"
    # a place or a team never named as a person's surname is no source
    assert quotes("Titre\n\nLe maire de Lyon a parlé. Pour Lyon, le match sera décisif.", "fr") == []


def test_s_est_dit_with_a_quoted_state() -> None:
    text = "Titre\n\nAuteur d'un doublé, l'attaquant Elye Morel s'est dit « très fier » du groupe."
    q = find(text, "très fier", "fr")
    assert (q.kind, q.speaker) == ("direct", "Elye Morel")
    assert quotes("Titre\n\nLe maire Paul Roux s'est dit prêt à démissionner.", "fr") == []


def test_on_inside_a_political_camp() -> None:
    text = (
        "Titre\n\nLe ministre Paul Roux a parlé lundi.\n\nDans la majorité, on assure que le texte passera."
    )
    assert find(text, "le texte passera", "fr").speaker == "la majorité"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Titre\n\nLa mairesse Julie Gagnon a mentionné que le projet serait déposé à l'automne.",
            "le projet serait déposé à l'automne",
            "Julie Gagnon",
        ),
        (
            "Titre\n\nLe ministre Marc Aubin a laissé entendre qu'il pourrait se représenter.",
            "il pourrait se représenter",
            "Marc Aubin",
        ),
        (
            "Titre\n\nLe PDG Luc Tremblay a convenu que l'entreprise avait tardé à réagir.",
            "l'entreprise avait tardé à réagir",
            "Luc Tremblay",
        ),
    ],
)
def test_more_reporting_verbs(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "fr")
    assert (text[q.start : q.end], q.speaker) == (content, speaker)
    # the participle used as an adjective is no cue
    assert quotes("Titre\n\nLe prêt garanti par l'État a été signé lundi.", "fr") == []


def test_a_quotation_addressing_the_next_speaker_by_name_is_not_his() -> None:
    text = (
        "Titre\n\nLa présidente Anne Colin a interrogé le prévenu sur ses voyages.\n\n"
        "« Vous mentez depuis le début, monsieur Vidal. » « Je n'ai rien à cacher », a lancé Paul Vidal."
    )
    assert find(text, "Vous mentez", "fr").speaker == "Anne Colin"
    assert find(text, "rien à cacher", "fr").speaker == "Paul Vidal"
