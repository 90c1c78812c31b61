"""Sentences that look like reported speech but report evidence or belief: no quotation."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures suggest that most burglaries happen on weekday afternoons.",
        "These numbers indicate that ridership has not recovered since the pandemic.",
        "The study shows that teenagers sleep less during exam weeks.",
        "The latest polling clearly suggests that the race has tightened.",
        "Many economists believe that the housing market has already peaked.",
        "Okafor thinks the stadium will never be finished on time.",
    ],
)
def test_evidence_and_belief_are_not_quotes(sentence: str) -> None:
    assert quotes(sentence, "en") == []


def test_a_person_who_suggests_still_speaks() -> None:
    text = "Councillor Mia Grant suggested that the depot could be moved to the old quarry."
    assert [(k, s) for k, _, s in quotes(text, "en")] == [("indirect", "Mia Grant")]


def test_a_cue_word_used_as_a_noun_after_an_article_is_no_cue() -> None:
    # "state" after "the" is a noun: the sentence's attribution is the trailing "said X"
    text = "Crews contained the fire by noon, said Lt. Omar Haddad of the state forestry agency."
    found = quotes(text, "en")
    assert len(found) == 1
    assert found[0][1] == "Crews contained the fire by noon"
    assert found[0][2] == "Omar Haddad"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor mentioned a grant for every shop that flooded in the spring.",
        "The council welcomed the news that the bypass would be finished early.",
        "Critics pointed to the fact that the budget had doubled.",
    ],
)
def test_that_after_a_noun_opens_no_report(sentence: str) -> None:
    assert quotes(sentence, "en") == []


def test_that_after_the_hearer_still_opens_the_report() -> None:
    text = "Chief Dana Price told residents on Tuesday that the dam was safe."
    assert [t for _, t, _ in quotes(text, "en")] == ["the dam was safe"]
