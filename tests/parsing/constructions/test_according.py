"""According-to attributions (attribution/parsing/constructions/according.py)."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_according_to_an_institution():
    text = "According to the police, the driver fled the scene after the crash."
    assert found(text) == [
        ("the driver fled the scene after the crash", "indirect", "the police", "indirect:according-to-X")
    ]


def test_according_to_a_described_person():
    text = "According to a spokesman for the airline, the flight was delayed by fog."
    assert found(text) == [
        (
            "the flight was delayed by fog",
            "indirect",
            "a spokesman for the airline",
            "indirect:according-to-X",
        )
    ]


def test_french_selon():
    text = "Selon le ministre, la réforme sera votée en juin."
    assert found(text, "fr") == [
        ("la réforme sera votée en juin", "indirect", "le ministre", "indirect:according-to-X")
    ]


def test_german_nach_angaben():
    text = "Nach Angaben der Polizei wurde niemand verletzt."
    assert found(text, "de") == [
        ("wurde niemand verletzt", "indirect", "der Polizei", "indirect:according-to-X")
    ]


def test_spanish_segun():
    text = "Según el ministro, la reforma se aprobará en junio."
    assert found(text, "es") == [
        ("la reforma se aprobará en junio", "indirect", "el ministro", "indirect:according-to-X")
    ]


def test_refuses_according_to_a_plan():
    assert found("The trains ran according to plan.") == []
