"""Parenthetical cues: 'The plan, she said, was never costed.' is one quote holding both halves."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find

LEAD = "Housing Minister Colm Brady faced the committee on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # the head is a noun phrase and the tail opens on its verb (an adverb first)
        "The waiting list, he said, now stands at 14,000 families.",
        "The new towns, he said, still lack a single finished school.",
        # the head is a subordinate clause and the tail its main clause
        "When the scheme was launched, he said, nobody expected builders to walk away.",
        # a circumstance after the cue before the closing comma
        "If rates fall, he said in a radio interview on Monday, the programme will speed up.",
    ],
)
def test_both_halves_around_the_parenthetical_cue_are_one_quote(sentence: str) -> None:
    text = LEAD + sentence
    q = find(text, sentence[:12])
    assert text[q.start : q.end] == sentence.rstrip(".")
    assert q.speaker == "Colm Brady"


def test_quoted_predicate_after_a_parenthetical_cue_makes_one_mixed_quote() -> None:
    sentence = 'The consultation, he said, "was a box-ticking exercise from the first day."'
    text = LEAD + sentence
    q = find(text, "The consultation")
    assert q.kind == "mixed"
    assert text[q.start : q.end].rstrip('."') == sentence.rstrip('."')
    assert q.speaker == "Colm Brady"


def test_an_opening_circumstance_before_a_plain_said_is_not_content() -> None:
    text = LEAD + "Speaking to reporters afterwards, Brady said the target would be met."
    q = find(text, "the target would be met")
    assert text[q.start : q.end] == "the target would be met"
