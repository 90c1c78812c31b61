"""English news constructions the fourteenth blind batch (tests/parsing/external_style_14) showed
missing: a group's head noun before a long prepositional phrase of common words ("Voters in two of the
most closely watched states say …"); "blaming …" after a report is the writer's gloss, like "citing …"
("The airline said it would cut flights, blaming a shortage of pilots"). Every sentence here is written
for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Voters in two of the most closely watched states say the price of groceries will decide it.",
            "the price of groceries",
            "Voters in two of the most closely watched states",
        ),
        (
            "Parents in three of the city's largest school districts say the buses are late every day.",
            "the buses are late",
            "Parents in three of the city's largest school districts",
        ),
        (
            "Drivers on some of the longest and emptiest rural routes say the roads are worse than ever.",
            "the roads are worse",
            "Drivers on some of the longest and emptiest rural routes",
        ),
    ],
)
def test_a_group_before_a_long_prepositional_phrase(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The airline said it would cut 40 flights a week, blaming a shortage of pilots.",
            "it would cut 40 flights a week",
        ),
        (
            "The grocer said profit would be flat this year, blaming shoppers who buy cheaper brands.",
            "profit would be flat this year",
        ),
    ],
)
def test_blaming_after_a_report_is_the_writer_s(text: str, content: str) -> None:
    assert [c for _, c, _ in quotes(text, "en")] == [content]


def test_blaming_inside_the_report_stays() -> None:
    # near-miss: "blaming" as the report's own verb, no comma before it
    text = "The mayor said the province was blaming the city for the delay."
    assert [c for _, c, _ in quotes(text, "en")] == ["the province was blaming the city for the delay"]
