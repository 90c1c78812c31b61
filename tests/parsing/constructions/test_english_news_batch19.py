"""English news constructions the nineteenth blind batch (tests/parsing/external_style_19) showed
missing or wrong: "said at least 60 homes …" (a bounded figure opens the reported clause); directives
with an object and an infinitive ("ordered clerks to …", "instructed agencies to …"); "scolded X for
…" (like "accused X of …"); "…, setting up a fight with …" (the writer's account of what a report
leads to ends it); office-holders with an adjective's complement as subjects ("The minister
responsible for housing said …"). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quote_with, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The fire chief said at least 40 homes were damaged in the blaze.",
            "at least 40 homes were damaged",
            "The fire chief",
        ),
        (
            "Coun. Mira Dhaliwal said at least 12 crossings would be closed next week.",
            "at least 12 crossings would be closed",
            "Mira Dhaliwal",
        ),
        (
            "Hospital officials say at most 30 patients were exposed.",
            "at most 30 patients were exposed",
            "Hospital officials",
        ),
    ],
)
def test_a_bounded_figure_opens_a_that_less_clause(text: str, content: str, speaker: str) -> None:
    got, who = quote_with(text, content)
    assert got.startswith(content) and who == speaker


def test_at_least_without_a_figure_is_unchanged() -> None:
    found = quotes("The coach said at least the team had tried. She left at least an hour early.")
    assert not any("an hour early" in t for _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The governor on Monday ordered state agencies to freeze hiring until July.",
            "state agencies to freeze hiring until July",
            "The governor",
        ),
        (
            "Premier Lise Caron ordered ministries to cut travel budgets by a tenth.",
            "ministries to cut travel budgets by a tenth",
            "Lise Caron",
        ),
        (
            "The budget office instructed departments to prepare for a shutdown.",
            "departments to prepare for a shutdown",
            "The budget office",
        ),
    ],
)
def test_a_directive_with_an_object_and_an_infinitive_is_a_report(
    text: str, content: str, speaker: str
) -> None:
    got, who = quote_with(text, content)
    assert got == content and who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered the release of the documents.",
        "The parts were ordered from a supplier in Ohio last spring.",
        "She ordered a coffee and sat down by the window.",
        "The agency instructed by the court has not yet filed its report.",
    ],
)
def test_ordered_without_an_object_and_infinitive_is_no_report(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Sen. Rhea Voss scolded party leaders for ignoring small towns.",
            "party leaders for ignoring small towns",
            "Rhea Voss",
        ),
        (
            "The union chided the province for delaying the contract talks.",
            "the province for delaying the contract talks",
            "The union",
        ),
    ],
)
def test_scolded_for_takes_the_object_and_its_reason(text: str, content: str, speaker: str) -> None:
    got, who = quote_with(text, content)
    assert got == content and who == speaker


def test_scolded_without_for_is_no_report() -> None:
    assert quotes("The coach scolded his players after the loss on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor said agencies would freeze hiring, setting up a fight with Senate Republicans.",
            "agencies would freeze hiring",
        ),
        (
            "The premier said the bill would pass this week, paving the way for a vote on Friday.",
            "the bill would pass this week",
        ),
        (
            "The mayor urged council to approve the plan, raising the prospect of a tax increase.",
            "council to approve the plan",
        ),
    ],
)
def test_the_writers_account_of_what_follows_ends_the_report(text: str, content: str) -> None:
    got, _ = quote_with(text, content)
    assert got == content


def test_a_report_about_setting_up_keeps_its_words() -> None:
    got, _ = quote_with(
        "The chief said crews were setting up a shelter at the arena.", "crews were setting up"
    )
    assert got == "crews were setting up a shelter at the arena"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The minister responsible for housing said the program would reopen in March.",
            "the program would reopen in March",
            "The minister responsible for housing",
        ),
        (
            "The band councillor responsible for roads warned that the bridge would close.",
            "the bridge would close",
            "The band councillor responsible for roads",
        ),
        (
            "The deputy chief responsible for traffic said two officers were hurt.",
            "two officers were hurt",
            "The deputy chief responsible for traffic",
        ),
    ],
)
def test_an_office_holder_with_a_post_modifier_speaks(text: str, content: str, speaker: str) -> None:
    got, who = quote_with(text, content)
    assert got == content and who == speaker
