"""Fronted content whose attribution is followed by an appositive on the whole report (wire leads):
"S, a senior administration official said Tuesday, a stopgap that Democrats questioned." and
"S, the official said, a move that angered Democrats." The appositive's "that" is a relative
clause on its noun, not the cue's complementizer, and its verbs are not a second report."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "OTTAWA (CP) — The federal government will keep funding the shelter program through March, a "
            "senior government official said Thursday, a stopgap that advocates quickly criticized.",
            "The federal government will keep funding the shelter program through March",
            "a senior government official",
        ),
        (
            "The province will cover the shortfall until March, the official said, a move that angered "
            "opposition critics.",
            "The province will cover the shortfall until March",
            "the official",
        ),
        (
            "Rents will keep rising this year, the housing minister said, a warning that will worry tenants.",
            "Rents will keep rising this year",
            "the housing minister",
        ),
    ],
)
def test_fronted_report_before_an_appositive(text: str, content: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert [(span, spk) for _, span, spk in got] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a parenthetical between the cue and "that" keeps the complementizer
        ("She said, a week later, that the deal was dead.", "the deal was dead"),
        ("The minister told reporters, in a rare interview, that the deal was dead.", "the deal was dead"),
        # an appositive inside the report's subject stays in the report
        (
            "The mayor said the plan, a compromise that took months, would pass.",
            "the plan, a compromise that took months, would pass",
        ),
    ],
)
def test_that_after_a_parenthetical_or_inside_the_report(text: str, content: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
