"""Cue + reported clause (attribution/parsing/constructions/cue_clause.py): no quotation marks."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_clause_without_that():
    assert found("The mayor said the bridge would reopen in May.") == [
        ("the bridge would reopen in May", "indirect", "The mayor", "indirect:X-said-clause")
    ]


def test_clause_with_that_after_a_hearer():
    assert found("Ms. Duarte told reporters that the talks had stalled.") == [
        ("the talks had stalled", "indirect", "Duarte", "indirect:X-said-that")
    ]


def test_circumstance_between_cue_and_that():
    assert found("The health minister said on Monday that hospitals would get more staff.") == [
        ("hospitals would get more staff", "indirect", "The health minister", "indirect:X-said-that")
    ]


def test_clause_runs_to_the_end_of_the_sentence():
    text = "The school said it would close early on Friday because of the storm."
    assert found(text) == [
        (
            "it would close early on Friday because of the storm",
            "indirect",
            "The school",
            "indirect:X-said-clause",
        )
    ]


def test_refuses_a_cue_with_no_clause():
    assert found("The mayor said nothing about the bridge.") == []
    assert found("He said goodbye to his staff on Friday.") == []
