"""English news constructions the eighth blind batch (tests/parsing/external_style_8) and an earlier
leftover showed missing: "said A and called X “Y”" (the naming act is the subject's second report, a
mixed quote of its own); "… but did not say how" with no comma (the writer's, not the report's); "The
firm cut its outlook and said …" / "forecast a loss and said …" (a past form that is also a present or
a noun gives "said" its subject); "Local 1505 president X said" (a lower-case title after a unit's
number). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "report", "named"),
    [
        (
            'Mayor Ruth Akers said the levy was modest and called the council\'s figures "pure fiction."',
            "the levy was modest",
            "the council's figures \"pure fiction",
        ),
        (
            'The senator said the deal was dead and called the proposal "a nonstarter" for her caucus.',
            "the deal was dead",
            'the proposal "a nonstarter',
        ),
        (
            'Coach Lena Voss said her players were exhausted and called the schedule "absurd."',
            "her players were exhausted",
            'the schedule "absurd',
        ),
    ],
)
def test_a_naming_act_after_a_report_is_its_own_quote(text: str, report: str, named: str) -> None:
    got = quotes(text, "en")
    assert ("indirect", report, got[0][2]) in got, got
    assert any(k == "mixed" and q == named for k, q, _ in got), got


def test_called_for_after_a_report_is_no_naming_act() -> None:
    text = "Coach Dan Rowe said his team played hard and called for a better effort on defense next week."
    got = quotes(text, "en")
    assert [k for k, _, _ in got] == ["indirect"], got
    assert not any(k == "mixed" for k, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Pastor Lyle Grant said he would support the plan but did not say when the vote would happen.",
            "he would support the plan",
        ),
        (
            "The fire chief said crews had contained the blaze but would not say what had started it.",
            "crews had contained the blaze",
        ),
        (
            'Gov. Ada Brill said she would accept "an honest audit" but did not specify who would run it.',
            'she would accept "an honest audit"',
        ),
    ],
)
def test_a_refusal_after_a_report_without_a_comma_is_the_writers(text: str, content: str) -> None:
    got = quotes(text, "en")
    assert [q for _, q, _ in got] == [content], got


def test_a_negated_verb_that_is_no_speech_act_stays_in_the_report() -> None:
    text = "Analyst Kim Cho said the bank beat forecasts but did not go far enough on costs."
    got = quotes(text, "en")
    assert [q for _, q, _ in got] == ["the bank beat forecasts but did not go far enough on costs"], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Halden Corp cut its annual outlook and said tariffs had raised its costs by $40 million.",
            "tariffs had raised its costs by $40 million",
            "Halden Corp",
        ),
        (
            "The retailer forecast a drop in holiday sales and said shoppers were trading down to "
            "cheaper brands.",
            "shoppers were trading down to cheaper brands",
            "The retailer",
        ),
        (
            "Brightline Foods set a new target for recycled packaging and said it would meet it by 2030.",
            "it would meet it by 2030",
            "Brightline Foods",
        ),
    ],
)
def test_an_ambiguous_past_before_and_said_gives_said_its_subject(
    text: str, content: str, speaker: str
) -> None:
    assert ("indirect", content, speaker) in quotes(text, "en")


def test_a_noun_cut_is_no_verb() -> None:
    text = "The rate cut surprised markets, economists at two banks said on Thursday."
    got = quotes(text, "en")
    assert [q for _, q, _ in got] == ["The rate cut surprised markets"], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will not back down," Local 1505 president Brian Kowalski said on the picket line.',
            "Brian Kowalski",
        ),
        ('"The garage is closed until further notice," Unit 4 manager Dora Pike said.', "Dora Pike"),
    ],
)
def test_a_lower_case_title_after_a_units_number(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert got and got[0][0] == "direct" and got[0][2] == speaker, got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked whether she would run again, Councillor Mia Ford said she would.", "she would"),
        ("Reporters asked if the deal was final. Minister Tom Eade said it was.", "it was"),
    ],
)
def test_an_elliptical_report_of_pronoun_and_auxiliary(text: str, content: str) -> None:
    assert [q for _, q, _ in quotes(text, "en")] == [content]


def test_a_demonstrative_and_auxiliary_is_no_report() -> None:
    assert quotes("Councillor Mia Ford said this would.", "en") == []
