"""Mixed quotes: reported speech with quoted words, and where such a report ends."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes

LEAD = "Mayor Tessa Grimaldi spoke after the vote. "


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "She said the budget was “painful but honest” and thanked the council for its patience.",
            "the budget was “painful but honest”",
        ),
        (
            'She insisted the cuts were "temporary" and announced a review of library hours.',
            'the cuts were "temporary"',
        ),
        (
            "She said the deal was “a good day for the city” but declined to give its cost.",
            "the deal was “a good day for the city”",
        ),
    ],
)
def test_the_speakers_next_act_after_quoted_words_ends_the_report(sentence: str, content: str) -> None:
    text = LEAD + sentence
    q = find(text, content[:12])
    assert text[q.start : q.end] == content
    assert q.kind == "mixed"
    assert q.speaker == "Tessa Grimaldi"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # an auxiliary or modal after the coordinator goes on with the reported clause
        (
            'She said the talks were "constructive" and would resume on Monday.',
            'the talks were "constructive" and would resume on Monday',
        ),
        (
            "She said the council had been “too slow” but was now catching up.",
            "the council had been “too slow” but was now catching up",
        ),
    ],
)
def test_a_coordinated_auxiliary_keeps_the_report_going(sentence: str, content: str) -> None:
    text = LEAD + sentence
    q = find(text, content[:12])
    assert text[q.start : q.end] == content


def test_a_report_nested_in_a_report_is_not_taken_on_its_own() -> None:
    text = (
        "A senior aide, who asked not to be named, said the launch had been “rushed” and that engineers "
        "had warned in writing that the software was not ready."
    )
    found = quotes(text, "en")
    assert not any(t == "the software was not ready" for _, t, _ in found)
    q = find(text, "the launch had been")
    assert q.speaker == "A senior aide"
