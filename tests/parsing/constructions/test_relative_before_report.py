"""A relative clause on the cue's circumstance or hearer, opened by "that" and a past-tense verb, before
the report's own "that": "told colleagues during a floor debate that stretched past two hours that
wells had dropped …", "said at a meeting that lasted four hours that the budget was balanced". The
report starts after the second "that"; a noun after the first "that" is the report's subject ("said
Tuesday that officials found that …"), and a lone relative clause is no report."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Sen. Paul Ruiz told the chamber during a session that ran past midnight that the reservoir "
            "was half empty.",
            "the reservoir was half empty",
            "Paul Ruiz",
        ),
        (
            "The mayor said at a meeting that lasted four hours that the budget was balanced.",
            "the budget was balanced",
            "The mayor",
        ),
        (
            "The chief told a panel that reviewed the shooting that officers had followed policy.",
            "officers had followed policy",
            "The chief",
        ),
    ],
)
def test_the_report_follows_the_second_that(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said Tuesday that officials found that the dam would hold.",
            "officials found that the dam",
        ),
        ("Investigators told reporters that police found that the brakes had failed.", "police found that"),
    ],
)
def test_a_subject_after_that_keeps_the_first_that(text: str, content: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end].startswith(content)


def test_a_lone_relative_clause_is_no_report() -> None:
    assert quotes("The minister promised compensation for every family that lost a home.", "en") == []
