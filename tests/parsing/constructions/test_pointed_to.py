"""'said A and pointed to B': like "and declined to comment", the subject's next act in the reporter's
words ends the report before "and" (languages/en.py report_enders). "pointed" inside the report, after
its own subject, stays ("said the figures pointed to a slowdown")."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The department said it was reviewing the complaints and pointed to a new hotline for parents.",
            "it was reviewing the complaints",
        ),
        (
            "The mayor says the city is ready and points to the new pumping station on Front Street.",
            "the city is ready",
        ),
    ],
)
def test_and_pointed_to_ends_the_report(text: str, content: str) -> None:
    assert [span for _, span, _ in quotes(text, "en")] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said the figures pointed to a slowdown.", "the figures pointed to a slowdown"),
        (
            "The coach said his players pointed fingers at each other all night.",
            "his players pointed fingers at each other all night",
        ),
    ],
)
def test_pointed_inside_the_report_stays(text: str, content: str) -> None:
    assert [span for _, span, _ in quotes(text, "en")] == [content]
