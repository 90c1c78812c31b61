"""The subject before a cue (attribution/parsing/mentions/before.py): subject_before."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention


def _before(text: str, cue: str, lang: str = "en") -> Mention | None:
    return subject_before(text, 0, text.index(cue), get(lang))


def _said(text: str, cue: str = " said", lang: str = "en") -> tuple[str, str] | None:
    m = _before(text, cue, lang)
    return None if m is None else (m.kind, m.text)


def test_plain_subjects():
    assert _said("The harbour master said the ferry would sail.") == ("descriptor", "The harbour master")
    assert _said("He said the vote would go ahead.") == ("pronoun", "He")
    assert _said("Mr. Ito on Wednesday said the plant would close.") == ("name", "Mr. Ito")


def test_a_month_that_is_a_surname_is_kept():
    m = _before("Theresa May said on Monday she would stay.", " said")
    assert m is not None and m.name_tokens == ["Theresa", "May"]
    m = _before("Ms. May said a deal was close.", " said")
    assert m is not None and m.kind == "name" and m.name_tokens == ["May"]


def test_relative_clauses_post_modifiers_and_participles_stay_in_the_subject():
    assert _said("An official who asked not to be named said the talks had stalled.") == (
        "descriptor",
        "An official who asked not to be named",
    )
    assert _said("Three people familiar with the negotiations said a deal was near.") == (
        "descriptor",
        "Three people familiar with the negotiations",
    )
    assert _said("The independent mediator overseeing the talks said both sides had moved.") == (
        "descriptor",
        "The independent mediator overseeing the talks",
    )


def test_name_tags_and_asides_after_a_name_are_stepped_over():
    assert _said("Rep. Dana Hartley, D-Md., told reporters the bill was dead.", " told") == (
        "name",
        "Dana Hartley",
    )
    assert _said("Cllr Bisi Okafor (Lab, Northgate) said the library would stay open.") == (
        "name",
        "Cllr Bisi Okafor",
    )


def test_group_members_and_numbered_names():
    m = _before("Another said the queue had grown overnight.", " said")
    assert m is not None and m.kind == "descriptor" and m.text == "Another"
    assert _said("Channel 4 said the programme would air later.") == ("name", "Channel 4")


def test_a_subject_after_an_opening_phrase():
    m = _before("In a statement released on Tuesday, the family said they were grateful.", " said")
    assert m is not None and m.text == "the family" and m.definite


def test_no_subject_before_a_coordinated_cue_or_an_inversion():
    assert _said("The council thanked residents and said the road would reopen.") is None
    assert _said("The delay should last until Friday, said one of the engineers.") is None
    assert _said("Le lycée restera fermé lundi, a indiqué la préfecture.", " a indiqué", "fr") is None


def test_romance_subjects_with_adjectives_complements_and_agents():
    assert _said("L'entraîneur rennais a reconnu que le match était difficile.", " a reconnu", "fr") == (
        "descriptor",
        "L'entraîneur rennais",
    )
    assert _said("Una vecina de la zona dijo que el ruido era constante.", " dijo", "es") == (
        "descriptor",
        "Una vecina de la zona",
    )
    m = _before(
        "Fuentes del Ministerio consultadas por EFE indicaron que no habrá cambios.", " indicaron", "es"
    )
    assert m is not None and m.kind == "descriptor" and m.plural and m.text.endswith("por EFE")
