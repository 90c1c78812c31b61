"""A cue's prepositional phrase is skipped as a circumstance before a that-less report ("said in a letter
to members the union would strike"), but not when it runs into a purpose infinitive: "who insisted on
anonymity to discuss the matter, said …" has no report after "insisted" (clauses._skip_circumstance)."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A senior official, who insisted on anonymity to discuss the matter, said the talks had stalled.",
            "the talks had stalled",
        ),
        (
            "The aide, who insisted on speaking anonymously to describe the meeting, said the deal was"
            " close.",
            "the deal was close",
        ),
        (
            "A second official, who insisted on anonymity to discuss internal planning, said the budget"
            " would be late.",
            "the budget would be late",
        ),
    ],
)
def test_purpose_infinitive_is_no_circumstance(text: str, content: str) -> None:
    assert [span for _, span, _ in quotes(text, "en")] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said in response to questions the plan was on hold.", "the plan was on hold"),
        (
            "She said in a letter to members the union would strike on Monday.",
            "the union would strike on Monday",
        ),
        ("He said on Monday the talks would resume next week.", "the talks would resume next week"),
    ],
)
def test_circumstances_are_still_skipped(text: str, content: str) -> None:
    assert [span for _, span, _ in quotes(text, "en")] == [content]
