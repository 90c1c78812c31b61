"""Dialogue dashes (attribution/parsing/constructions/dialogue.py): "—… —dijo X—. …"."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "es") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_both_halves_around_the_incise():
    text = "—Tenemos margen —contestó la presidenta—. Estamos preparados para lo peor."
    assert found(text) == [
        ("Tenemos margen", "direct", "la presidenta", "direct:dialogue-dash"),
        ("Estamos preparados para lo peor", "direct", "la presidenta", "direct:dialogue-dash"),
    ]


def test_incise_at_the_end():
    assert found("—No vamos a ceder —afirmó el ministro.") == [
        ("No vamos a ceder", "direct", "el ministro", "direct:dialogue-dash")
    ]


def test_refuses_a_dash_without_a_speech_verb():
    assert found("—Tenemos margen, pero no mucho.") == []
