"""French and Spanish news constructions the second blind series (tests/parsing/fr_external_style_2,
es_external_style_2) showed missing: French dialogue lines whose incise follows a comma or the line's
own question mark ("— …, répond l'accusé"); the conditional's other verbs and "serait" + participle
going on after a sourced report; "À l'en croire"; "ce dernier" as a source; "Pour l'opposition" and an
acronym whose words are quoted after "Pour"; a conditional clause after "Selon X," that is no
apposition of the source; a gerund after an inverted cue ("…, affirme-t-elle, en citant une note
qu'elle …"); a hearer's quoted title before the inverted subject ("a déclaré au « Parisien » le
maire"); a party tag after the name in apposition; "le syndicat" after the acronym that spoke.
Spanish: a dash incise whose subject is a councillor ("cabildante"); a fronted report with a "pero" /
"aunque" clause before a bare cue; a restrictive relative on the inverted subject; "los que" (a free
relative, no second report); data that "indican" (evidence, no speaker); "Para" + a trade body; a
name with a connector ("Bosch i Ferrer") and no circumstance ("en rueda de prensa") in the subject.
Third French round (fr_external_style_3): the third person plural of the present ("Les syndicats
affirment que", "…, estiment-ils"); a live blog's time stamp before its entry ("17 h 40 – Selon …");
the conditional after an object clitic ("Les dirigeants la jugeraient …") and "serait" after a real
subject ("Un logisticien serait sur les rangs"), never after a hedge's "ce"/"il".
Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import assert_one_report, quotes


def _reports(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(content, speaker) for _, content, speaker in quotes(text, lang)]


# ------------------------------------------------------------------ French dialogue, comma incise
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "L'audience a repris vers 14 heures.\n\n— Où étiez-vous ce soir-là ? demande la présidente.",
            "Où étiez-vous ce soir-là ?",
            "la présidente",
        ),
        (
            "L'audience a repris vers 14 heures.\n\n— Chez ma mère, à Vénissieux, répond le prévenu.",
            "Chez ma mère, à Vénissieux",
            "le prévenu",
        ),
        (
            "Le témoin s'avance.\n\n— On n'a rien entendu, rien du tout, a répondu la gardienne.",
            "On n'a rien entendu, rien du tout",
            "la gardienne",
        ),
        (
            "Le témoin s'avance.\n\n– Pourquoi ne pas avoir prévenu la police ? a demandé l'avocat.",
            "Pourquoi ne pas avoir prévenu la police ?",
            "l'avocat",
        ),
    ],
)
def test_a_french_dialogue_line_with_its_incise_after_a_comma_is_the_speakers(
    text: str, content: str, speaker: str
) -> None:
    assert_one_report(text, content, speaker, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le quartier attend.\n\n— Des mois, dit-on, de travaux inutiles.",
        "Le club jubile.\n\n— Une victoire, enfin, pour les Verts.",
        "Au programme :\n\n— Lundi, visite du chantier, puis conférence de presse.",
    ],
)
def test_a_dash_line_without_a_speaker_in_its_incise_is_no_quote(text: str) -> None:
    assert quotes(text, "fr") == []


# ------------------------------------------------------------------ conditional continuation
@pytest.mark.parametrize(
    ("text", "second", "speaker"),
    [
        (
            "Selon un proche du dossier, le directeur pourrait quitter ses fonctions. "
            "Le conseil lui proposerait une indemnité de départ de deux ans de salaire.",
            "Le conseil lui proposerait une indemnité de départ de deux ans de salaire",
            "un proche du dossier",
        ),
        (
            "D'après la police, deux hommes ont pris la fuite à bord d'une berline. "
            "Ils se dirigeraient vers la frontière espagnole.",
            "Ils se dirigeraient vers la frontière espagnole",
            "la police",
        ),
        (
            "Selon une source syndicale, l'usine fermera ses portes en juin. "
            "Les salariés seraient reclassés sur le site de Vénissieux.",
            "Les salariés seraient reclassés sur le site de Vénissieux",
            "une source syndicale",
        ),
    ],
)
def test_a_french_conditional_sentence_after_a_sourced_report_goes_on_with_it(
    text: str, second: str, speaker: str
) -> None:
    got = _reports(text, "fr")
    assert len(got) == 2, got
    assert got[1][0] == second
    assert got[1][1] is not None and speaker in got[1][1]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own hedge: "serait" before a noun phrase, "pourrait" and "devrait" alone
        "Selon la mairie, la piscine rouvrira lundi. Ce serait une première depuis 2019.",
        "D'après la préfecture, la route restera fermée jusqu'à jeudi. Le trafic pourrait être dévié.",
    ],
)
def test_the_writers_own_conditional_hedge_does_not_go_on_with_the_report(text: str) -> None:
    assert len(quotes(text, "fr")) == 1


# ------------------------------------------------------------------ sources that point back
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "« Je n'ai rien fait », a répété le gardien. À l'en croire, la porte était déjà ouverte.",
            "la porte était déjà ouverte",
            "le gardien",
        ),
        (
            "« Nous sommes prêts », assure Paul Morin. À l'en croire, les travaux finiront en mars.",
            "les travaux finiront en mars",
            "Paul Morin",
        ),
        (
            "Le port est en crise. « Personne n'y croit », confie un cadre de la capitainerie. "
            "À en croire ce dernier, le directeur s'était opposé au projet.",
            "le directeur s'était opposé au projet",
            "un cadre",
        ),
        (
            "Le ministre a reçu jeudi Paul Mbarga, patron des dockers. "
            "Selon ce dernier, la grève sera reconduite lundi.",
            "la grève sera reconduite lundi",
            "Paul Mbarga",
        ),
    ],
)
def test_a_source_that_points_back_is_the_person_just_mentioned(
    text: str, content: str, speaker: str
) -> None:
    got = dict(_reports(text, "fr"))
    assert content in got, got
    assert got[content] is not None and speaker in got[content]


def test_a_verb_of_believing_with_its_clitic_is_no_source_mid_sentence() -> None:
    assert quotes("Il serait naïf de l'en croire, les travaux n'ont pas commencé.", "fr") == []


# ------------------------------------------------------------------ "Pour X, …"
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Pour l'opposition, le budget tourne au fiasco.", "le budget tourne au fiasco", "l'opposition"),
        (
            "Pour l'intersyndicale, la réforme reste inacceptable.",
            "la réforme reste inacceptable",
            "l'intersyndicale",
        ),
        (
            "Pour la CFDT, le projet « va dans le bon sens » mais reste flou.",
            "le projet « va dans le bon sens » mais reste flou",
            "la CFDT",
        ),
        ("Pour l'UNSA, le texte est « une provocation ».", "le texte est « une provocation »", "l'UNSA"),
    ],
)
def test_pour_with_a_body_that_holds_views_or_an_acronym_quoted_after_it_is_a_report(
    text: str, content: str, speaker: str
) -> None:
    assert_one_report(text, content, speaker, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Pour le PSG, ce match est décisif.",
        "Pour la SNCF, la facture s'élève à deux millions d'euros.",
    ],
)
def test_pour_with_an_acronym_and_no_quoted_words_is_no_report(text: str) -> None:
    assert quotes(text, "fr") == []


# ------------------------------------------------------------------ "Selon X, … aurait …, …"
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Selon un proche du dossier, le président aurait quitté la réunion à Rennes, vers 22 heures.",
            "le président aurait quitté la réunion à Rennes, vers 22 heures",
        ),
        (
            "D'après la défense, le directeur aurait remboursé la somme en mars, à la demande du juge.",
            "le directeur aurait remboursé la somme en mars, à la demande du juge",
        ),
        # (a real apposition on the source is still skipped)
        (
            "Selon Marie Dupont, porte-parole de la préfecture, les routes restent fermées.",
            "les routes restent fermées",
        ),
    ],
)
def test_a_conditional_clause_after_the_source_is_the_report_not_an_apposition(
    text: str, content: str
) -> None:
    assert [c for c, _ in _reports(text, "fr")] == [content]


# ------------------------------------------------------------------ a gerund after the cue
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le chantier a pris six mois de retard, affirme-t-il, en citant un rapport qu'il a pu lire.",
            "Le chantier a pris six mois de retard",
        ),
        (
            "La ligne fermera en 2027, assure la maire, "
            "en s'appuyant sur une étude que la région a commandée.",
            "La ligne fermera en 2027",
        ),
        # (a gerund that is itself a cue still brings its report)
        ("Le maire a répondu, en ajoutant que la commune avait déjà payé.", "la commune avait déjà payé"),
    ],
)
def test_que_after_a_gerund_set_off_after_the_cue_is_the_gerunds_own(text: str, content: str) -> None:
    assert [c for c, _ in _reports(text, "fr")] == [content]


# ------------------------------------------------------------------ the inverted subject
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Nous ne vendrons pas », a déclaré au « Parisien » le maire de Créteil.", "le maire de Créteil"),
        ("« C'est une erreur », a confié aux « Echos » la directrice financière, Anne Roux.", "Anne Roux"),
        (
            "« Nous voterons contre », a annoncé le chef de groupe, Paul Lemaire (PS), devant la presse.",
            "Paul Lemaire",
        ),
        ("« Le texte est mauvais », a estimé la sénatrice de l'Isère, Anne Morel (LR), mardi.", "Anne Morel"),
    ],
)
def test_the_inverted_subject_after_a_quoted_title_or_before_a_party_tag(text: str, speaker: str) -> None:
    got = _reports(text, "fr")
    assert len(got) == 1, got
    assert got[0][1] is not None and speaker in got[0][1], got


def test_a_quoted_title_alone_is_no_quote() -> None:
    assert quotes("Le film « Les Échos du port » a été primé à Cannes.", "fr") == []


# ------------------------------------------------------------------ the body that spoke last
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Pour la CGT, la réforme « ne passera pas ». "
            "Le syndicat a fait savoir qu'il appellerait à la grève.",
            "il appellerait à la grève",
            "CGT",
        ),
        (
            "Pour la FNSEA, l'accord est « un bon compromis ». "
            "Le syndicat a indiqué qu'il le signerait lundi.",
            "il le signerait lundi",
            "FNSEA",
        ),
    ],
)
def test_the_syndicat_after_the_acronym_that_spoke_is_that_body(
    text: str, content: str, speaker: str
) -> None:
    got = dict(_reports(text, "fr"))
    assert got.get(content) is not None and speaker in got[content], got


def test_the_syndicat_with_no_body_before_it_stays_itself() -> None:
    got = _reports("Le syndicat a fait savoir qu'il appellerait à la grève.", "fr")
    assert got == [("il appellerait à la grève", "Le syndicat")]


# ------------------------------------------------------------------ Spanish
# (a body paragraph: the first paragraphs of a text are read as its headline and standfirst)
_LEAD = "Título de la información\n\nUn primer párrafo sin citas.\n\nOtro párrafo sin citas de nadie.\n\n"


def _es(text: str) -> list[tuple[str, str | None]]:
    return _reports(_LEAD + text, "es")


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "“Aquí nadie dijo la verdad —manifestó el cabildante—. Vamos a citar a la secretaria”.",
            "Aquí nadie dijo la verdad",
            "Vamos a citar a la secretaria",
            "el cabildante",
        ),
        (
            "«No votaremos ese presupuesto —advirtió el cabildante liberal—. Es una burla a los barrios».",
            "No votaremos ese presupuesto",
            "Es una burla a los barrios",
            "el cabildante liberal",
        ),
    ],
)
def test_a_dash_incise_with_a_councillors_title_splits_the_quotation(
    text: str, first: str, second: str, speaker: str
) -> None:
    got = _es(text)
    assert [c for c, _ in got] == [first, second]
    assert all(s is not None and speaker in s for _, s in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "El rector explicó que la matrícula subirá. Desde la reforma de 2020, las universidades ya no "
            "reciben fondos fijos, pero siguen asumiendo los mismos gastos, apuntó.",
            "Desde la reforma de 2020, las universidades ya no reciben fondos fijos, pero siguen asumiendo "
            "los mismos gastos",
        ),
        (
            "La alcaldesa reconoció que hubo errores. Los vecinos tienen razón en quejarse, aunque la obra "
            "terminará en plazo, añadió.",
            "Los vecinos tienen razón en quejarse, aunque la obra terminará en plazo",
        ),
    ],
)
def test_a_fronted_report_with_a_contrast_clause_before_a_bare_cue_is_one_report(
    text: str, content: str
) -> None:
    got = _es(text)
    assert len(got) == 2, got
    assert got[1][0] == content
    assert got[1][1] == got[0][1]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "No se puede descartar un contagio por el agua, indicó un médico del hospital que prefirió no "
            "ser identificado.",
            "No se puede descartar un contagio por el agua",
            "un médico del hospital",
        ),
        (
            "La planta cerrará en marzo, aseguró un directivo que pidió el anonimato.",
            "La planta cerrará en marzo",
            "un directivo",
        ),
    ],
)
def test_a_restrictive_relative_on_the_inverted_subject_closes_the_attribution(
    text: str, content: str, speaker: str
) -> None:
    got = _es(text)
    assert [c for c, _ in got] == [content]
    assert got[0][1] is not None and speaker in got[0][1]


def test_que_in_the_first_sentence_after_a_cue_and_a_time_phrase_is_still_the_report() -> None:
    got = _es("La directora del hospital, Ana Ruiz, reconoció este jueves que faltan camas.")
    assert got == [("faltan camas", "Ana Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde indicó que el puente abrirá en mayo y pidió paciencia a los que esperan el autobús.",
        "La ministra aseguró que habrá ayudas y prometió apoyo para las que siguen abiertas.",
    ],
)
def test_que_after_an_article_is_a_free_relative_not_a_second_report(text: str) -> None:
    got = _es(text)
    assert len(got) == 1, got


@pytest.mark.parametrize(
    "text",
    [
        "Los datos del Instituto Nacional de Estadística indican que el paro bajó en marzo.",
        "Las cifras de la consejería señalan que las listas de espera crecieron un 12 %.",
    ],
)
def test_data_that_indicate_something_are_evidence_not_a_speaker(text: str) -> None:
    assert _es(text) == []


def test_a_statement_that_indicates_something_is_still_a_report() -> None:
    got = _es("El comunicado del ministerio señala que el paro bajó en marzo.")
    assert [c for c, _ in got] == ["el paro bajó en marzo"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Para el lobby hotelero, otras ciudades copiarán la medida. "
            "Madrid estudiaría ya un recargo similar.",
            "otras ciudades copiarán la medida",
            "el lobby hotelero",
        ),
        (
            "Para la federación de transportistas, el peaje es un castigo. "
            "Los camioneros bloquearían la frontera.",
            "el peaje es un castigo",
            "la federación de transportistas",
        ),
    ],
)
def test_para_with_a_trade_body_is_a_report_and_its_conditional_goes_on(
    text: str, content: str, speaker: str
) -> None:
    got = _es(text)
    assert len(got) == 2, got
    assert got[0][0] == content
    assert all(s is not None and speaker in s for _, s in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«La tasa es un error», subrayó la presidenta del Gremi, Marta Bosch i Ferrer, en Barcelona.",
            "Bosch i Ferrer",
        ),
        (
            "«Faltan médicos», dijo la gerente del hospital, Ana García de la Torre, a los periodistas.",
            "Ana García",
        ),
        ("«Encontramos tuberías viejas», explicó la gerente en rueda de prensa.", "la gerente"),
    ],
)
def test_the_inverted_subjects_name_with_a_connector_and_no_circumstance_in_it(
    text: str, speaker: str
) -> None:
    got = _es(text)
    assert len(got) == 1, got
    assert got[0][1] is not None and speaker in got[0][1], got
    assert "rueda" not in got[0][1]


# ------------------------------------------------------------------ third French round
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Les élus locaux estiment que la fusion des communes est précipitée.",
            "la fusion des communes est précipitée",
            "Les élus locaux",
        ),
        (
            "Les riverains assurent que le bruit a doublé depuis l'été.",
            "le bruit a doublé depuis l'été",
            "Les riverains",
        ),
        (
            "Les syndicats préviennent que la grève sera reconduite.",
            "la grève sera reconduite",
            "Les syndicats",
        ),
    ],
)
def test_a_french_plural_present_is_a_cue(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "fr")


def test_an_inverted_plural_pronoun_cue_takes_the_fronted_report() -> None:
    got = _reports(
        "« Nous irons jusqu'au bout », ont lancé les infirmières. Le service ferme l'été, affirment-elles.",
        "fr",
    )
    assert [c for c, _ in got] == ["Nous irons jusqu'au bout", "Le service ferme l'été"]


@pytest.mark.parametrize(
    "text",
    [
        "Les chiffres montrent que le chômage baisse depuis deux ans.",
        "Les données de l'Insee indiquent que le chômage baisse depuis deux ans.",
    ],
)
def test_french_evidence_with_a_plural_verb_is_no_quote(text: str) -> None:
    assert quotes(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Suivez notre direct\n\n17 h 40 – Selon l'AFP, le vote est reporté à jeudi.",
            "le vote est reporté à jeudi",
            "l'AFP",
        ),
        (
            "Suivez notre direct\n\n9h05 - D'après Matignon, le Premier ministre parlera à 15 heures.",
            "le Premier ministre parlera à 15 heures",
            "Matignon",
        ),
    ],
)
def test_a_live_blog_time_stamp_is_not_part_of_the_entrys_sentence(
    text: str, content: str, speaker: str
) -> None:
    assert_one_report(text, content, speaker, "fr")


def test_a_live_blog_entry_without_a_source_is_no_quote() -> None:
    assert quotes("Suivez notre direct\n\n17 h 40 – Le vote est reporté à jeudi.", "fr") == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Selon Le Parisien, le club aurait reçu une offre. Les dirigeants la jugeraient trop basse.",
            "Les dirigeants la jugeraient trop basse",
        ),
        (
            "D'après l'entourage du ministre, le texte sera amendé. Les députés le voteraient dès mardi.",
            "Les députés le voteraient dès mardi",
        ),
        (
            "Selon une source syndicale, le groupe a trouvé un repreneur. "
            "Un logisticien serait sur les rangs.",
            "Un logisticien serait sur les rangs",
        ),
        (
            "D'après des proches du dossier, la vente sera signée en mars. "
            "Deux fonds seraient en concurrence.",
            "Deux fonds seraient en concurrence",
        ),
    ],
)
def test_a_conditional_after_an_object_clitic_or_serait_after_a_real_subject_goes_on(
    text: str, second: str
) -> None:
    got = _reports(text, "fr")
    assert len(got) == 2, got
    assert got[1][0] == second


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Selon la mairie, la piscine rouvrira lundi. "
            "Il serait étonnant que le chantier prenne du retard.",
            "fr",
        ),
        # (Spanish nouns end in "-ería": an article before one is no clitic)
        ("Según el alcalde, el mercado abrirá en mayo. Cerró la panadería del barrio.", "es"),
    ],
)
def test_a_hedge_or_a_noun_after_an_article_does_not_go_on_with_the_report(text: str, lang: str) -> None:
    assert len(quotes(text, lang)) == 1
