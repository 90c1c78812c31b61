"""The inverted subject after a cue (attribution/parsing/mentions/after.py): subject_after and
plain_subject_after."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.after import plain_subject_after, subject_after
from attribution.parsing.mentions.phrase import Mention


def _after(text: str, cue: str, lang: str = "en") -> Mention | None:
    return subject_after(text, text.index(cue) + len(cue), len(text), get(lang))


def _plain(text: str, cue: str, lang: str = "en") -> Mention | None:
    return plain_subject_after(text, text.index(cue) + len(cue), len(text), get(lang))


def test_a_titled_name_after_the_cue():
    m = _after("The port will reopen, said Foreign Minister Ayman Haddad.", "said")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Ayman", "Haddad"]


def test_a_bare_role_before_a_name_and_a_headline_noun():
    m = _after("“It was a long night,” said striker Tom Lee.", "said")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Tom", "Lee"]
    m = _after("Fares will rise, says rail union", "says")
    assert m is not None and m.kind == "org" and m.text == "rail union"


def test_time_words_and_a_hearer_are_stepped_over():
    m = _after("El puente abrirá en mayo, dijo ayer la alcaldesa.", "dijo", "es")
    assert m is not None and m.text == "la alcaldesa" and m.gender == "f"
    m = _after("No habrá recortes, declaró a esta agencia el portavoz del sindicato.", "declaró", "es")
    assert m is not None and m.text == "el portavoz del sindicato"


def test_the_name_in_apposition_to_a_role_is_the_speaker():
    m = _after("No habrá recortes, afirmó la rectora, Lucía Prieto.", "afirmó", "es")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Lucía", "Prieto"]
    m = _after(
        "The plan works, said the study's lead author, Dr Ana Ruiz of the University of Leeds.", "said"
    )
    assert m is not None and m.name_tokens == ["Ana", "Ruiz"]


def test_german_hearer_after_the_name_is_not_part_of_it():
    m = _after("Die Lage ist ernst, sagte Hoffmann unserer Zeitung.", "sagte", "de")
    assert m is not None and m.text == "Hoffmann"


def test_no_inverted_subject_after_a_pronoun_cue():
    assert _after("The match was hard, he said.", "he said") is None


def test_an_unknown_description_after_a_quotation():
    m = _plain("« On a eu peur », raconte la jeune femme.", "raconte", "fr")
    assert m is not None and (m.kind, m.text, m.definite, m.gender) == (
        "descriptor",
        "la jeune femme",
        True,
        "f",
    )
    m = _plain("“We lost everything,” said the bartender on Friday.", "said")
    assert m is not None and m.text == "the bartender"


def test_no_plain_description_from_time_words_or_a_lone_article():
    assert _plain("“We lost everything,” said the Monday crowd.", "said") is None
    assert _plain("“We lost everything,” said the.", "said") is None
