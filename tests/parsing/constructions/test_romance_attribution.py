"""French and Spanish attributions: selon / d'après / según, inverted cues, participles that go on with
the sentence's speaker ("…, assurant que …"), "qualifié d'« … »", and two reports of one cue ("a
expliqué qu'il A et qu'il B")."""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Selon le parquet de Rennes, le suspect a reconnu les faits.",
            "le suspect a reconnu les faits",
            None,
        ),
        (
            "D'après la préfecture, trois personnes ont été blessées.",
            "trois personnes ont été blessées",
            None,
        ),
        (
            "Aucun train ne circulera mardi entre Lyon et Grenoble, a annoncé vendredi la SNCF.",
            "Aucun train ne circulera mardi entre Lyon et Grenoble",
            None,
        ),
        (
            "La députée Claire Dubois a affirmé que la réforme serait maintenue.",
            "la réforme serait maintenue",
            "Claire Dubois",
        ),
    ],
)
def test_french_sources_and_cues(text: str, content: str, speaker: str | None) -> None:
    found = quotes(text, "fr")
    assert [t for _, t, _ in found] == [content]
    if speaker is not None:
        assert found[0][2] == speaker


def test_a_participle_goes_on_with_the_sentence_subject() -> None:
    text = (
        "La ministre Hélène Garnier a présenté son plan jeudi, estimant qu'il permettrait de créer "
        "10 000 emplois."
    )
    q = find(text, "il permettrait", "fr")
    assert q.speaker == "Hélène Garnier"


def test_a_participle_after_an_inverted_subject_goes_on_with_it() -> None:
    text = (
        "« Nous tiendrons nos engagements », a déclaré Hélène Garnier, ajoutant que le calendrier "
        "serait respecté."
    )
    q = find(text, "le calendrier serait respecté", "fr")
    assert q.kind == "indirect"
    assert q.speaker == "Hélène Garnier"


def test_a_participle_of_another_verb_is_no_cue() -> None:
    assert extract("Le public a quitté la salle en chantant, saluant les joueurs.", "fr") == []


def test_qualifie_de_quote_is_direct() -> None:
    text = "Le syndicat Sud-Rail a qualifié la réforme de « provocation »."
    kind, quoted, speaker = quotes(text, "fr")[0]
    assert (kind, quoted) == ("direct", "provocation")
    assert speaker is not None and "Sud-Rail" in speaker


def test_two_reports_of_one_cue_are_two_quotes() -> None:
    text = "Le maire Paul Rivière a expliqué qu'il soutenait le projet et qu'il ne voterait pas la motion."
    found = quotes(text, "fr")
    assert [t for _, t, _ in found] == ["il soutenait le projet", "il ne voterait pas la motion"]
    assert {s for _, _, s in found} == {"Paul Rivière"}


def test_et_que_inside_quotation_marks_is_not_split() -> None:
    text = "Le maire Paul Rivière a dit que le projet était « juste et que rien ne changerait »."
    found = quotes(text, "fr")
    assert len(found) == 1 and found[0][0] == "mixed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Según la Guardia Civil, el conductor había bebido.", "el conductor había bebido"),
        ("De acuerdo con la alcaldía, las obras terminarán en mayo.", "las obras terminarán en mayo"),
        ("La ministra Elena Ruiz afirmó que el plan sigue en marcha.", "el plan sigue en marcha"),
    ],
)
def test_spanish_sources_and_cues(text: str, content: str) -> None:
    assert [t for _, t, _ in quotes(text, "es")] == [content]


def test_spanish_y_que_gives_two_reports() -> None:
    text = "El alcalde Jorge Salas explicó que el agua ya llegó a los barrios y que el corte terminará hoy."
    found = quotes(text, "es")
    assert [t for _, t, _ in found] == ["el agua ya llegó a los barrios", "el corte terminará hoy"]


def test_fronted_report_before_an_inverted_title_name_and_relative_clause() -> None:
    text = (
        "Doce colegios cerrarán sus comedores a partir de septiembre, anunció este martes la consejera "
        "para la Educación Pública, Marta Olmedo, quien afirmó que la medida es «temporal»."
    )
    found = quotes(text, "es")
    assert found[0] == (
        "indirect",
        "Doce colegios cerrarán sus comedores a partir de septiembre",
        "Marta Olmedo",
    )
    assert found[1][:2] == ("mixed", "la medida es «temporal»")


def test_headline_opened_by_a_name_then_a_quotation_after_the_colon() -> None:
    text = (
        "Ortega salva al Deportivo en el último minuto: «Nunca dejamos de creer»\n\n"
        "El Deportivo empató el domingo en Vigo. «Nunca dejamos de creer. Este grupo es especial», "
        "dijo el delantero Rafael Ortega tras el partido."
    )
    headline = [q for q in extract(text, "es") if q.start < text.index("\n")]
    assert len(headline) == 1
    assert text[headline[0].start : headline[0].end] == "Nunca dejamos de creer"
    assert headline[0].speaker == "Rafael Ortega"


def test_a_title_with_its_name_in_apposition_is_that_person_for_a_later_pronoun() -> None:
    text = (
        "Le Premier ministre Antoine Delorme a défendu mardi son budget. « Nous demandons un effort à "
        "tous », a-t-il déclaré. Le ministre des Comptes publics, Julien Barraud, a estimé que le déficit "
        "serait ramené à 4 %. « C'est ambitieux, mais c'est tenable », a-t-il assuré."
    )
    assert find(text, "C'est ambitieux", "fr").speaker == "Julien Barraud"
    assert find(text, "Nous demandons", "fr").speaker == "Antoine Delorme"
