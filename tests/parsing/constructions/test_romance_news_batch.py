"""French and Spanish news constructions the blind batches (tests/parsing/fr_external_style,
es_external_style) showed missing: the conditional of reported claims going on after a sourced report
("Il aurait …", "La formación exigiría …"); "À en croire X"; an according-to phrase set off inside the
clause ("Le ministre aurait, selon X, menacé …"); "Pour/Para" + a body that holds views; a parenthetical
cue with an inverted subject and a French verb after it; an adverbial between cue and inverted subject
("sostuvo por su parte la patronal"); a relative clause after the inverted subject's name; a restrictive
relative after a head and its capitalised complement; "a, lui, assuré"; a fronted phrase that opens
with an according-to phrase. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _reports(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(content, speaker) for _, content, speaker in quotes(text, lang)]


# ------------------------------------------------------------------ conditional continuation
@pytest.mark.parametrize(
    ("lang", "text", "first", "second", "speaker"),
    [
        (
            "fr",
            "Selon des proches du dossier, le club aurait refusé une offre de 40 millions d'euros. "
            "Le président aurait exigé un paiement comptant.",
            "le club aurait refusé une offre de 40 millions d'euros",
            "Le président aurait exigé un paiement comptant",
            "des proches du dossier",
        ),
        (
            "fr",
            "Le gardien de 23 ans a été placé en garde à vue, a indiqué le parquet de Lyon. "
            "Il aurait reconnu une partie des faits devant les enquêteurs.",
            "Le gardien de 23 ans a été placé en garde à vue",
            "Il aurait reconnu une partie des faits devant les enquêteurs",
            "le parquet de Lyon",
        ),
        (
            "es",
            "Según fuentes del sindicato, la empresa habría ofrecido una subida del 3 %. "
            "La plantilla exigiría al menos un 5 % para desconvocar la huelga.",
            "la empresa habría ofrecido una subida del 3 %",
            "La plantilla exigiría al menos un 5 % para desconvocar la huelga",
            "fuentes del sindicato",
        ),
        (
            "es",
            "Un directivo del club dijo a este diario que el entrenador no seguirá. "
            "La junta preferiría un técnico de la casa.",
            "el entrenador no seguirá",
            "La junta preferiría un técnico de la casa",
            "Un directivo del club",
        ),
    ],
)
def test_a_conditional_sentence_after_a_report_goes_on_with_it(
    lang: str, text: str, first: str, second: str, speaker: str
) -> None:
    found = _reports(text, lang)
    assert [c for c, _ in found] == [first, second], found
    assert all(s is not None and speaker.casefold() in s.casefold() for _, s in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer's own hedge after a quotation: "serait", "pourrait" are no reported conditional
        (
            "fr",
            "« Nous tiendrons », a déclaré la ministre. Une telle baisse serait une première.",
        ),
        (
            "fr",
            "« Le chantier est lancé », a assuré le maire. La facture pourrait dépasser dix millions.",
        ),
        # a conditional with no report before it
        ("fr", "Le marché a reculé de 2 % en novembre. Le gouvernement aurait tort de s'en inquiéter."),
        ("es", "El paro bajó en noviembre. La patronal preferiría una reforma más ambiciosa."),
    ],
)
def test_no_continuation_without_a_report_or_with_the_writers_hedge(lang: str, text: str) -> None:
    found = _reports(text, lang)
    assert not any(
        c.startswith(("Une telle", "La facture", "Le gouvernement aurait", "La patronal")) for c, _ in found
    ), found


# ------------------------------------------------------------------ according-to phrases
def test_a_en_croire_opens_a_report() -> None:
    text = "À en croire la directrice de l'école, les travaux seront terminés avant la rentrée."
    assert _reports(text, "fr") == [
        ("les travaux seront terminés avant la rentrée", "la directrice de l'école")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        (
            "fr",
            "L'ancien préfet aurait, selon deux sources gouvernementales, refusé le poste de ministre.",
            "L'ancien préfet aurait, selon deux sources gouvernementales, refusé le poste de ministre",
            "deux sources gouvernementales",
        ),
        (
            "es",
            "El consejero habría, según fuentes de su departamento, presentado ya su dimisión.",
            "El consejero habría, según fuentes de su departamento, presentado ya su dimisión",
            "fuentes de su departamento",
        ),
        (
            # after an opening adverbial the report is the clause after the source
            "fr",
            "Dans le même temps, selon la chambre d'agriculture, les prix du lait ont baissé de 8 %.",
            "les prix du lait ont baissé de 8 %",
            "la chambre d'agriculture",
        ),
    ],
)
def test_an_according_to_phrase_inside_the_clause(lang: str, text: str, content: str, speaker: str) -> None:
    assert _reports(text, lang) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La réforme sera votée en janvier, selon le rapporteur, mais l'opposition promet de la bloquer.",
            "La réforme sera votée en janvier",
        ),
        # an appositive on the sentence after the source, not its verb phrase going on
        (
            "Le chômage a reculé de 0,3 point en un an, selon la Dares, une première depuis 2023.",
            "Le chômage a reculé de 0,3 point en un an",
        ),
    ],
)
def test_an_according_to_phrase_before_a_new_clause_keeps_to_its_own(text: str, content: str) -> None:
    assert [c for c, _ in _reports(text, "fr")] == [content]


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        (
            "fr",
            "Pour le parquet, la gérante connaissait parfaitement la situation financière de la société.",
            "la gérante connaissait parfaitement la situation financière de la société",
            "le parquet",
        ),
        (
            "es",
            "Para la Fiscalía, el acusado actuó con pleno conocimiento de los hechos.",
            "el acusado actuó con pleno conocimiento de los hechos",
            "la Fiscalía",
        ),
        (
            "fr",
            "Pour la CFDT, premier syndicat de l'entreprise, le plan social est mal ficelé.",
            "le plan social est mal ficelé",
            "la CFDT",
        ),
        (
            "fr",
            "Pour l'UNSA, minoritaire dans l'usine, la direction n'a jamais joué le jeu.",
            "la direction n'a jamais joué le jeu",
            "l'UNSA",
        ),
        (
            "es",
            "Para Podemos, socio del Gobierno regional, la ley llega demasiado tarde.",
            "la ley llega demasiado tarde",
            "Podemos",
        ),
    ],
)
def test_pour_para_with_a_body_that_holds_views(lang: str, text: str, content: str, speaker: str) -> None:
    found = _reports(text, lang)
    assert [c for c, _ in found] == [content], found
    assert found[0][1] is not None and speaker.casefold() in found[0][1].casefold()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour le PSG, ce match est décisif pour la qualification."),
        ("fr", "Pour la saison prochaine, le club vise le maintien."),
        ("es", "Para mañana, se esperan lluvias en todo el norte peninsular."),
        ("es", "Para el próximo curso, el colegio abrirá dos aulas más."),
    ],
)
def test_pour_para_before_no_source_reports_nothing(lang: str, text: str) -> None:
    assert _reports(text, lang) == []


# ------------------------------------------------------------------ cue and subject
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La passerelle, explique l'adjointe aux travaux, appartient au département.",
            "La passerelle, explique l'adjointe aux travaux, appartient au département",
            "l'adjointe aux travaux",
        ),
        (
            "Le nouveau gymnase, assure le maire, coûtera moins cher que l'ancien.",
            "Le nouveau gymnase, assure le maire, coûtera moins cher que l'ancien",
            "le maire",
        ),
    ],
)
def test_french_parenthetical_cue_with_an_inverted_subject(text: str, content: str, speaker: str) -> None:
    assert _reports(text, "fr") == [(content, speaker)]


def test_french_subject_and_appositive_is_no_parenthetical_report() -> None:
    assert _reports("Le maire, Jean-Marc Olivier, a présenté le projet aux habitants.", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        (
            "es",
            "Los precios no bajarán este invierno, advirtió por su parte la patronal del sector.",
            "Los precios no bajarán este invierno",
            "la patronal del sector",
        ),
        (
            "es",
            "La obra no estará lista en marzo, reconoció en cambio la concejala de Urbanismo.",
            "La obra no estará lista en marzo",
            "la concejala de Urbanismo",
        ),
        (
            "fr",
            "Le site restera ouvert jusqu'en juin, a assuré pour sa part la direction régionale.",
            "Le site restera ouvert jusqu'en juin",
            "la direction régionale",
        ),
    ],
)
def test_an_adverbial_between_cue_and_inverted_subject(
    lang: str, text: str, content: str, speaker: str
) -> None:
    assert _reports(text, lang) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "El gol estaba en fuera de juego, protestó el portero local, Iker Zubía, que pidió el VAR.",
            "El gol estaba en fuera de juego",
            "Iker Zubía",
        ),
        (
            "La reforma llegará en junio, dijo la ministra, Ana Ruiz, que no dio más detalles.",
            "La reforma llegará en junio",
            "Ana Ruiz",
        ),
    ],
)
def test_a_relative_clause_after_the_inverted_subjects_name(text: str, content: str, speaker: str) -> None:
    assert _reports(text, "es") == [(content, speaker)]


def test_a_complement_clause_after_the_inverted_subject_stays_a_report() -> None:
    text = "Aseguró la ministra, Ana Ruiz, que la reforma llegará en junio."
    assert [c for c, _ in _reports(text, "es")] == ["la reforma llegará en junio"]


@pytest.mark.parametrize(
    ("text", "content", "head"),
    [
        (
            "Un portavoz de Iberdrola que pidió no ser identificado explicó que la avería ya está reparada.",
            "la avería ya está reparada",
            "portavoz",
        ),
        (
            "Un ingeniero de Renfe que pidió reserva de su nombre admitió que las vías están deterioradas.",
            "las vías están deterioradas",
            "ingeniero",
        ),
    ],
)
def test_a_restrictive_relative_after_a_head_and_its_capitalised_complement(
    text: str, content: str, head: str
) -> None:
    found = _reports(text, "es")
    assert [c for c, _ in found] == [content], found
    assert found[0][1] is not None and head in found[0][1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire a, lui, assuré que les travaux commenceraient en juin.",
            "les travaux commenceraient en juin",
        ),
        ("Les riverains ont, eux, dénoncé « un projet bâclé ».", "un projet bâclé"),
    ],
)
def test_a_stressed_pronoun_between_auxiliary_and_participle(text: str, content: str) -> None:
    assert [c for c, _ in _reports(text, "fr")] == [content]


def test_a_stressed_pronoun_before_another_verb_is_no_cue() -> None:
    assert _reports("Il a, lui, tout perdu dans l'incendie de la grange.", "fr") == []


def test_a_fronted_phrase_opening_with_an_according_to_phrase_is_no_second_report() -> None:
    text = "Para el analista de Ecovía, Tomás Ferrer, la subida responde sobre todo al precio del crudo."
    assert _reports(text, "es") == [("la subida responde sobre todo al precio del crudo", "Tomás Ferrer")]


def test_a_singular_pronoun_does_not_take_the_investigators() -> None:
    text = (
        "Le prévenu, Julien Marchal, 31 ans, comparaissait jeudi. Selon les enquêteurs, il roulait à "
        "130 km/h.\n\nLe prévenu, lui, a tout reconnu. « J'avais bu, je le regrette », a-t-il déclaré."
    )
    found = _reports(text, "fr")
    assert ("J'avais bu, je le regrette", "Julien Marchal") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        (
            "fr",
            "La préfète a reconnu que les secours étaient arrivés « trop lentement » dans les hameaux.",
            "les secours étaient arrivés « trop lentement » dans les hameaux",
        ),
        (
            "es",
            "El alcalde admitió que la limpieza fue «claramente insuficiente» durante las fiestas.",
            "la limpieza fue «claramente insuficiente» durante las fiestas",
        ),
    ],
)
def test_a_mixed_report_goes_on_after_its_quoted_words(lang: str, text: str, content: str) -> None:
    assert [c for c, _ in _reports(text, lang)] == [content]


# ------------------------------------------------------------------ batch 2 (tests/parsing/*_external_style)
def test_an_efe_dateline_is_no_part_of_the_subject() -> None:
    text = "Quito, 5 dic (EFE).- La Fiscalía ecuatoriana informó que detuvo a tres funcionarios aduaneros."
    assert _reports(text, "es") == [("detuvo a tres funcionarios aduaneros", "La Fiscalía ecuatoriana")]


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        (
            "es",
            "El ayuntamiento explicó en un comunicado que cerró el puente por precaución.",
            "cerró el puente por precaución",
        ),
        (
            "es",
            "La federación aseguró ayer en una nota que sancionó al club con tres partidos.",
            "sancionó al club con tres partidos",
        ),
    ],
)
def test_a_report_made_in_a_statement(lang: str, text: str, content: str) -> None:
    assert [c for c, _ in _reports(text, lang)] == [content]


def test_a_dash_incise_with_a_role_and_the_name_after_it() -> None:
    text = "“Nos faltó gol —reconoció el delantero, Mateo Rivas—. El domingo hay revancha”."
    found = _reports(text, "es")
    assert [c for c, _ in found] == ["Nos faltó gol", "El domingo hay revancha"], found
    assert all(s == "Mateo Rivas" for _, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Según el sindicato, la empresa habría despedido a doce trabajadores. La cifra rondaría el 10 % de "
        "la plantilla.",
        "Según fuentes de la investigación, el alcalde habría cobrado comisiones. El dinero procedería de "
        "contratos de limpieza.",
    ],
)
def test_a_spanish_conditional_no_list_holds_goes_on_with_the_report(text: str) -> None:
    found = _reports(text, "es")
    assert len(found) == 2 and found[0][1] == found[1][1], found


def test_a_noun_in_the_conditionals_ending_is_no_continuation() -> None:
    text = (
        "Según el sindicato, la empresa habría despedido a doce trabajadores. La consejería abrirá un "
        "expediente."
    )
    assert [c for c, _ in _reports(text, "es")] == ["la empresa habría despedido a doce trabajadores"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Pour les socialistes, ce budget est « une faute politique ».", "les socialistes"),
        (
            "es",
            "Para los independentistas, la sentencia es un ataque a las instituciones.",
            "los independentistas",
        ),
    ],
)
def test_pour_para_with_a_partys_members(lang: str, text: str, speaker: str) -> None:
    found = _reports(text, lang)
    assert len(found) == 1 and found[0][1] == speaker, found


def test_a_topic_label_with_a_preposition_is_no_speaker() -> None:
    text = "Fermeture de la maternité : « Nous irons jusqu'au bout »\n\nLes sages-femmes manifestaient mardi."
    assert not any(s == "Fermeture" for _, s in _reports(text, "fr"))


def test_a_headline_quotation_echoed_by_an_attributed_body_quote() -> None:
    text = (
        "Fermeture de la maternité : « Nous irons jusqu'au bout »\n\n"
        "Une centaine de personnes ont manifesté mardi devant l'hôpital de Figeac. « Nous irons jusqu'au "
        "bout, quitte à bloquer la route », prévient Sandrine Vidal, sage-femme depuis vingt ans."
    )
    found = _reports(text, "fr")
    assert ("Nous irons jusqu'au bout", "Sandrine Vidal") in found, found


def test_a_headline_quotation_the_body_never_attributes_stays_unattributed() -> None:
    text = (
        "Fermeture de la maternité : « Nous irons jusqu'au bout »\n\n"
        "Une centaine de personnes ont manifesté mardi devant l'hôpital de Figeac."
    )
    assert not any(s == "Fermeture" for _, s in _reports(text, "fr"))


def test_a_cue_word_after_an_article_is_a_noun() -> None:
    # "una cuenta" (an account), not "cuenta" (tells): the conditional run goes on over it
    text = (
        "Según la Fiscalía, el exconsejero habría cobrado comisiones ilegales. El dinero acabaría en "
        "una cuenta de Andorra."
    )
    assert [c for c, _ in _reports(text, "es")] == [
        "el exconsejero habría cobrado comisiones ilegales",
        "El dinero acabaría en una cuenta de Andorra",
    ]


def test_a_capital_letter_before_a_quotation_ends_its_sentence() -> None:
    # "en X." is the network's name, not an initial: the quotation starts a sentence of its own
    text = "La ministra celebró el acuerdo en X. “Es un día histórico para el campo”, escribió la ministra."
    assert [c for c, _ in _reports(text, "es")] == ["Es un día histórico para el campo"]
