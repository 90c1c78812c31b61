"""Noun phrases as mentions (attribution/parsing/mentions/phrase.py): classify says whether a phrase is a
name, a description with a title class, or an organisation."""

from __future__ import annotations

from dataclasses import replace

from attribution.parsing.languages import get
from attribution.parsing.mentions.phrase import Mention, _extended, _shifted, classify
from attribution.parsing.text import tokens


def _classify(phrase: str, lang: str = "en") -> Mention | None:
    return classify(phrase, tokens(phrase, 0, len(phrase)), get(lang))


def test_a_titled_name_keeps_the_name_and_the_title_class():
    m = _classify("Health Minister Karen Obi")
    assert m is not None and m.kind == "name"
    assert m.name_tokens == ["Karen", "Obi"] and m.head_class == "minister"


def test_a_title_running_over_a_preposition_stays_a_title():
    m = _classify("Secretary of State Antony Blinken")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Antony", "Blinken"]
    assert m.head_class is not None


def test_surname_particles_belong_to_the_name():
    m = _classify("Marine Le Pen")
    assert m is not None and m.name_tokens == ["Marine", "Le", "Pen"]
    m = _classify("Ursula von der Leyen", "de")
    assert m is not None and m.name_tokens == ["Ursula", "von", "der", "Leyen"]


def test_von_after_a_full_name_is_an_affiliation_in_german():
    m = _classify("Sandra Keppler von der Beratungsstelle", "de")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Sandra", "Keppler"]


def test_a_month_that_is_a_surname_stays_in_the_name():
    m = _classify("Ms. Theresa May")
    assert m is not None and m.kind == "name" and m.name_tokens == ["Theresa", "May"] and m.gender == "f"


def test_descriptions_are_definite_or_not_by_their_article():
    m = _classify("the health minister")
    assert m is not None and (m.kind, m.head_class, m.definite) == ("descriptor", "minister", True)
    m = _classify("a spokeswoman for the port authority")
    assert m is not None and (m.kind, m.definite, m.gender) == ("descriptor", False, "f")


def test_counted_and_quantified_groups_are_new_people():
    m = _classify("Two aides")
    assert m is not None and m.kind == "descriptor" and m.plural and not m.definite
    m = _classify("one of the aides")
    assert m is not None and m.kind == "descriptor" and not m.plural and not m.definite


def test_people_called_by_age_or_nationality_are_described_persons():
    for phrase in ("the 51-year-old", "the Dutchman"):
        m = _classify(phrase)
        assert m is not None and m.kind == "descriptor" and m.head_class == "person", phrase
    m = _classify("le Valaisan", "fr")
    assert m is not None and m.kind == "descriptor" and m.head_class == "person" and m.gender == "m"


def test_acronyms_are_organisations():
    m = _classify("NATO")
    assert m is not None and m.kind == "org"


def test_romance_descriptions_take_their_adjective_and_complement():
    m = _classify("l'entraîneur rennais", "fr")
    assert m is not None and m.kind == "descriptor" and m.definite
    m = _classify("la ministre de la Santé", "fr")
    assert m is not None and (m.kind, m.head_class, m.gender) == ("descriptor", "minister", "f")


def test_lower_case_words_without_a_head_name_nobody():
    assert _classify("the weather") is None
    assert _classify("") is None


def test_the_compiled_copies_of_a_mention_are_dataclasses_replace():
    m = Mention(4, 20, "name", "Ana Ruiz", ["Ana", "Ruiz"], "mayor", {"spain"}, True, False, "f", {"mayor"})
    assert _extended(m, 31, "Ana Ruiz of Leon") == replace(m, end=31, text="Ana Ruiz of Leon")
    assert _shifted(m, 100) == replace(m, start=104, end=120)
    copy = _extended(m, 31, "x")
    assert copy.name_tokens is m.name_tokens and copy.titles is m.titles  # shallow, as replace() is
