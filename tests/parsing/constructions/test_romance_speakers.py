"""French and Spanish speakers the fourth French / third Spanish blind series (tests/parsing/
fr_external_style_4, es_external_style_3) showed wrong: a plural pronoun ("…, rétorquent-ils", "Ellos
aseguran que …") after one person was quoted stands for the group named in its paragraph, not for that
person; a reflexive cue in the plural ("s'interrogent-elles"); a headline's indefinite description
("…, témoigne une riveraine") stays unnamed instead of going to the first person the body names; an
unnamed subject described in the sentence before ("Une riveraine de la rue …, qui …, montre …") is the
"elle" of the next incise; "la mujer" after an unnamed witness quoted just before is that witness; the
inverted subject stops before "auprès de" (the hearer); a source's terms of anonymity ("que pidió no ser
identificada", "qui a souhaité garder l'anonymat") are no report; a Spanish company named again by its
trade ("la naviera", "la minera") is that company, not the last person; two cues ("mantuvo que",
"— …, corrige la présidente"). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _speaker_of(text: str, lang: str, start: str) -> str | None:
    found = [speaker for _, content, speaker in quotes(text, lang) if content.startswith(start)]
    assert found, quotes(text, lang)
    return found[0]


# ------------------------------------------------------------------ plural pronouns and groups
@pytest.mark.parametrize(
    ("text", "lang", "start", "group"),
    [
        (
            "Le préfet, Alain Morvan, a promis que la route serait rouverte lundi. Une annonce accueillie "
            "avec scepticisme par les commerçants du centre. « On nous a déjà fait le coup en mars », "
            "répliquent-ils.",
            "fr",
            "On nous a déjà fait",
            "les commerçants du centre",
        ),
        (
            "La directrice, Odile Perrin, a confirmé que la cantine fermerait en juin. Les familles, elles, "
            "ne décolèrent pas. « Où vont manger nos enfants ? », s'interrogent-elles.",
            "fr",
            "Où vont manger nos enfants",
            "Les familles",
        ),
        (
            "El consejero, Tomás Arroyo, anunció que la línea cerrará en verano. La decisión fue criticada "
            "por los vecinos del valle. Ellos aseguran que no hay alternativa por carretera.",
            "es",
            "no hay alternativa",
            "los vecinos del valle",
        ),
    ],
)
def test_a_plural_pronoun_after_one_person_is_the_group_named_before(
    text: str, lang: str, start: str, group: str
) -> None:
    assert _speaker_of(text, lang, start) == group


def test_a_plural_pronoun_does_not_take_a_group_named_inside_a_quotation() -> None:
    text = (
        "Le maire, Paul Ricard, a évoqué la situation. « Les habitants ont raison d'être inquiets », a-t-il "
        "dit. Mais ses adjoints restent prudents. « Rien n'est décidé », assurent-ils."
    )
    assert _speaker_of(text, "fr", "Rien n'est décidé") != "Les habitants"


def test_a_plural_pronoun_after_a_group_goes_on_with_that_group() -> None:
    text = (
        "Les infirmières estiment que le service est à bout. « Nous ne pouvons plus suivre », "
        "affirment-elles."
    )
    assert _speaker_of(text, "fr", "Nous ne pouvons plus suivre") == "Les infirmières"


def test_a_plural_reflexive_cue_needs_its_report() -> None:
    text = "Les parents s'interrogent sur la rentrée. Le rectorat n'a pas répondu."
    assert quotes(text, "fr") == []


# ------------------------------------------------------------------ headline descriptions
@pytest.mark.parametrize(
    ("text", "lang", "start", "words"),
    [
        (
            "Inondations à Quimperlé : « L'eau est montée en dix minutes », raconte un habitant\n\n"
            "La ville compte ses dégâts.\n\n"
            "Le maire, Yannick Le Goff, a estimé que la digue avait tenu. « Nous avons évité le pire », "
            "a-t-il dit.",
            "fr",
            "L'eau est montée",
            "un habitant",
        ),
        (
            "\"Aquí ya no se puede vivir\", dice un vecino de Benimaclet\n\n"
            "El barrio protesta por el ruido.\n\n"
            "La concejala, Rosa Ferrer, afirmó que habrá controles. \"Vamos a multar\", dijo Ferrer.",
            "es",
            "Aquí ya no se puede vivir",
            "un vecino",
        ),
    ],
)
def test_a_headlines_indefinite_description_stays_unnamed(
    text: str, lang: str, start: str, words: str
) -> None:
    speaker = _speaker_of(text, lang, start)
    assert speaker is not None and words in speaker.casefold()


def test_a_headlines_bare_role_is_still_the_person_the_body_names() -> None:
    text = (
        "Budget : « Nous tiendrons l'objectif », assure le ministre\n\n"
        "Le gouvernement présente son texte mercredi.\n\n"
        "Le ministre des Comptes publics, Hervé Lambert, a affirmé que le déficit serait réduit. "
        "« Nous tiendrons l'objectif », a-t-il dit."
    )
    assert _speaker_of(text, "fr", "Nous tiendrons") == "Hervé Lambert"


# ------------------------------------------------------------------ unnamed subjects
@pytest.mark.parametrize(
    ("text", "lang", "start", "words"),
    [
        (
            "Le maire, Luc Berthier, a défendu le projet. Une habitante du quartier Saint-Cyprien, qui "
            "refuse d'être photographiée, désigne les fissures. « Tout a commencé avec les travaux », "
            "affirme-t-elle.",
            "fr",
            "Tout a commencé",
            "une habitante",
        ),
        (
            "Le directeur, Marc Olivier, est resté discret. Un chauffeur de la ligne 12, qui travaille "
            "ici depuis vingt ans, montre le planning. « On ne tient plus », lâche-t-il.",
            "fr",
            "On ne tient plus",
            "un chauffeur",
        ),
        (
            "El gerente, Julio Sanz, defendió las obras. Una vecina de la plaza Mayor, que pidió no ser "
            "identificada, contó que las ventas del mercado cayeron a la mitad. \"No aguanto otro invierno "
            "así\", lamentó la mujer.",
            "es",
            "No aguanto otro invierno",
            "una vecina",
        ),
    ],
)
def test_an_unnamed_person_described_before_speaks_on(text: str, lang: str, start: str, words: str) -> None:
    speaker = _speaker_of(text, lang, start)
    assert speaker is not None and words in speaker.casefold()


def test_a_pronoun_after_a_named_person_since_the_unnamed_one_is_still_the_named_one() -> None:
    text = (
        "Une habitante du quartier a alerté la mairie. L'adjointe, Sophie Marchal, a reçu le collectif. "
        "« Nous allons agir », affirme-t-elle."
    )
    assert _speaker_of(text, "fr", "Nous allons agir") == "Sophie Marchal"


# ------------------------------------------------------------------ the inverted subject's end
@pytest.mark.parametrize(
    "text",
    [
        "L'entraîneur Paul Ancel a quitté le club. « J'ai tout donné », a réagi le technicien auprès de "
        "Sud Ouest.",
        "L'entraîneur Paul Ancel a quitté le club. « J'ai tout donné », a confié l'entraîneur auprès de "
        "l'AFP, lundi.",
    ],
)
def test_the_inverted_subject_stops_before_aupres_de(text: str) -> None:
    assert _speaker_of(text, "fr", "J'ai tout donné") == "Paul Ancel"


# ------------------------------------------------------------------ terms of anonymity
@pytest.mark.parametrize(
    ("text", "lang", "report"),
    [
        (
            "Un conductor de la línea 4, que pidió no ser identificado, explicó que los frenos fallan a "
            "menudo.",
            "es",
            "los frenos fallan a menudo",
        ),
        (
            "Una enfermera, que pidió omitir su nombre, aseguró que faltan camas desde octubre.",
            "es",
            "faltan camas desde octubre",
        ),
        (
            "Un cadre de l'usine, qui a souhaité garder l'anonymat, affirme que la ligne fermera en mars.",
            "fr",
            "la ligne fermera en mars",
        ),
    ],
)
def test_a_sources_terms_of_anonymity_are_no_report(text: str, lang: str, report: str) -> None:
    found = [content for _, content, _ in quotes(text, lang)]
    assert found == [report]


def test_a_request_with_another_infinitive_is_still_a_report() -> None:
    text = "La alcaldesa, Marta Gil, pidió revisar el contrato de limpieza."
    assert [content for _, content, _ in quotes(text, "es")] == ["revisar el contrato de limpieza"]


# ------------------------------------------------------------------ a company named by its trade
@pytest.mark.parametrize(
    ("text", "start", "company"),
    [
        (
            "La Naviera Atlántica perdió dos contratos. El capitán del puerto, Luis Gómez, dijo que el "
            "muelle está saturado. La naviera aseguró que recuperará los clientes en primavera.",
            "recuperará los clientes",
            "Naviera Atlántica",
        ),
        (
            "Los vecinos de Sants cortaron la calle. El concejal, Pere Vidal, dijo que habrá controles. La "
            "constructora aseguró que las obras terminarán en mayo.",
            "las obras terminarán",
            "La constructora",
        ),
    ],
)
def test_a_company_named_by_its_trade_is_not_the_last_person(
    text: str, start: str, company: str
) -> None:
    assert _speaker_of(text, "es", start) == company


def test_the_trade_noun_as_a_complement_leaves_the_person_speaking() -> None:
    text = (
        "La directora de la constructora, Ana Ruiz, visitó la obra. La directora aseguró que los plazos "
        "se cumplirán."
    )
    assert _speaker_of(text, "es", "los plazos") == "Ana Ruiz"


# ------------------------------------------------------------------ two more cues: mantener, corriger
@pytest.mark.parametrize(
    ("text", "lang", "report", "speaker"),
    [
        (
            "La fiscal del caso, Ana Gil, mantuvo que el acusado conducía bebido.",
            "es",
            "el acusado conducía bebido",
            "Ana Gil",
        ),
        (
            "Los sindicatos mantienen que la plantilla no aceptará el recorte.",
            "es",
            "la plantilla no aceptará el recorte",
            "Los sindicatos",
        ),
        (
            "Le témoin hésite.\n\n— Il était vingt-deux heures, répond le prévenu.\n— Vingt et une heures, "
            "corrige la présidente.",
            "fr",
            "Vingt et une heures",
            "la présidente",
        ),
        (
            "« Ce n'est pas un recul », corrige le porte-parole, Jean Dutour.",
            "fr",
            "Ce n'est pas un recul",
            "Jean Dutour",
        ),
    ],
)
def test_mantener_and_corriger_report(text: str, lang: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(content, who) for _, content, who in quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El entrenador mantuvo la calma tras el partido. El club mantiene su confianza en el equipo.", "es"),
        ("Le ministre corrige sa copie après les critiques des maires.", "fr"),
    ],
)
def test_mantener_and_corriger_with_a_noun_object_report_nothing(text: str, lang: str) -> None:
    assert quotes(text, lang) == []


# ------------------------------------------------------------------ a short circumstance before the quotation
@pytest.mark.parametrize(
    ("text", "lang", "report", "speaker"),
    [
        (
            "Le syndicat a dénoncé dans un communiqué « une provocation inacceptable ».",
            "fr",
            "une provocation inacceptable",
            "Le syndicat",
        ),
        ("Le maire a promis mardi « une réponse rapide ».", "fr", "une réponse rapide", "Le maire"),
        (
            "El alcalde denunció ante la prensa «una campaña de acoso».",
            "es",
            "una campaña de acoso",
            "El alcalde",
        ),
    ],
)
def test_a_short_circumstance_between_cue_and_quotation_is_stepped_over(
    text: str, lang: str, report: str, speaker: str
) -> None:
    assert [(content, who) for _, content, who in quotes(text, lang)] == [(report, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a critiqué dans un communiqué la « réforme » du gouvernement.",
        "Elle a vécu dans une maison « très simple » à la sortie du village.",
    ],
)
def test_an_object_or_a_place_before_quoted_words_is_no_quote(text: str) -> None:
    assert quotes(text, "fr") == []
