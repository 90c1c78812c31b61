"""Fronted content (attribution/parsing/constructions/fronted.py): the clause, then "X said"."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_clause_before_a_described_speaker():
    assert found("Rents will keep rising this year, the housing minister said.") == [
        ("Rents will keep rising this year", "indirect", "the housing minister", "indirect:clause-X-said")
    ]


def test_clause_before_a_plural_speaker():
    assert found("The vote will go ahead as planned, officials said.") == [
        ("The vote will go ahead as planned", "indirect", "officials", "indirect:clause-X-said")
    ]


def test_hearer_and_time_after_the_cue():
    text = "The factory will close in March, its owner told workers on Friday."
    assert found(text) == [
        ("The factory will close in March", "indirect", "its owner", "indirect:clause-X-said")
    ]


def test_french_inverted_cue_after_the_clause():
    text = "La réforme est nécessaire, a affirmé la ministre mardi."
    assert found(text, "fr") == [
        ("La réforme est nécessaire", "indirect", "la ministre", "indirect:clause-X-said")
    ]


def test_refuses_an_evidence_verb():
    assert found("Prices rose sharply, the data showed.") == []
