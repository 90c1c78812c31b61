"""Colon labels (attribution/parsing/constructions/colon_label.py): "Name: “…”", "X said:" + paragraph."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_titled_name_and_colon():
    text = 'Union leader Jo Hart: "We will strike until the offer improves."'
    assert found(text) == [
        ("We will strike until the offer improves.", "direct", "Jo Hart", "direct:X-colon-quote")
    ]


def test_cue_sentence_ending_in_a_colon_introduces_the_next_paragraph():
    intro = "The ministry said in a statement on Friday:"
    text = intro + '\n\n"The budget will be balanced by 2028 without new taxes."'
    assert found(text) == [
        (
            "The budget will be balanced by 2028 without new taxes.",
            "direct",
            "The ministry",
            "direct:X-said:-paragraph",
        )
    ]


def test_refuses_a_long_phrase_before_the_colon():
    text = 'Three days after the flood in the valley near the town: "We lost everything."'
    assert found(text) == []
