"""The subject before appositives and relative clauses (attribution/parsing/mentions/appositive.py):
appositive_subject."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.appositive import appositive_subject


def _subject(text: str, cue: str, lang: str = "en") -> tuple[str, str] | None:
    m = appositive_subject(text, 0, text.index(cue), get(lang))
    return None if m is None else (m.kind, m.text)


def test_a_name_before_its_description():
    text = "Ines Claeys, a spokeswoman for the port authority, told reporters the cranes were idle."
    assert _subject(text, " told") == ("name", "Ines Claeys")


def test_the_name_in_apposition_after_a_description():
    assert _subject(
        "The terminal operator, Harbourline Ltd, said the strike had cost millions.", " said"
    ) == (
        "name",
        "Harbourline Ltd",
    )
    text = "Her main opponent on the council, Councillor Richard Baines, said the vote was rushed."
    assert _subject(text, " said") == ("name", "Councillor Richard Baines")


def test_a_chain_of_short_appositives():
    assert _subject("Daniel Ward, 47, of Kettering, admitted the charge.", " admitted") == (
        "name",
        "Daniel Ward",
    )


def test_an_unnamed_source_before_a_relative_clause():
    text = "A source familiar with the talks, who spoke on condition of anonymity, said the offer was final."
    assert _subject(text, " said") == ("descriptor", "A source familiar with the talks")


def test_a_sentence_opening_before_the_head_is_allowed():
    text = "On Tuesday, the bakery, which opened in 1921, said it would close."
    assert _subject(text, " said") == ("descriptor", "the bakery")


def test_a_party_aside_is_blanked_out():
    text = (
        "Cllr Martin Greaves (Con, Hollin and Scarth), whose ward includes the park, said the fence would go."
    )
    assert _subject(text, " said") == ("name", "Cllr Martin Greaves")


def test_no_appositive_no_subject():
    assert _subject("The harbour master said the ferry would sail.", " said") is None
    assert _subject("After the storm the harbour master said the ferry would sail.", " said") is None
