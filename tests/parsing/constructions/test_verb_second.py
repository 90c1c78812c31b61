"""Verb-second reports (attribution/parsing/constructions/verb_second.py): German word order."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "de") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_as_clause_before_the_report():
    text = "Wie der Sprecher mitteilte, bleibt die Brücke bis Freitag gesperrt."
    assert found(text) == [
        ("bleibt die Brücke bis Freitag gesperrt", "indirect", "der Sprecher", "indirect:as-X-said")
    ]


def test_impersonal_cue_takes_the_phrase_before_it():
    text = "Aus Regierungskreisen hieß es, eine Einigung sei nahe."
    assert found(text) == [
        ("eine Einigung sei nahe", "indirect", "Regierungskreisen", "indirect:it-was-said")
    ]


def test_subject_after_the_cue():
    text = "Am Montag sagte der Minister, die Lage sei ernst."
    assert found(text) == [("die Lage sei ernst", "indirect", "der Minister", "indirect:X-said-inverted")]


def test_refuses_a_cue_with_no_report():
    assert found("Der Minister sagte nichts.") == []
