"""A person before a place or body whose name stands between its article and its noun: "A woman at the
Harmon rally said" is the woman, not "the Harmon rally"; "The governor's pick for a seat on the Fraser
Valley board said" is the pick, not the board. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A woman at the Harmon rally said she had driven four hours to be there.",
            "A woman at the Harmon rally",
        ),
        ("A man at the Okafor event said he would vote for her.", "A man at the Okafor event"),
        ("A nurse from the Ottawa Hospital said the ward was full.", "A nurse from the Ottawa Hospital"),
        (
            "The premier's pick for a seat on the Fraser Valley board said she would act independently.",
            "The premier's pick for a seat on the Fraser Valley board",
        ),
        (
            "The governor's pick for the state Supreme Court said he would not prejudge cases.",
            "The governor's pick for the state Supreme Court",
        ),
    ],
)
def test_the_person_before_the_named_place_speaks(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][2] == speaker, got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name to the end of the phrase: the body, another rule's
        ("Officials at the Calgary Stampede said attendance was up.", "Officials"),
        # a circumstance before the subject
        ("Speaking at the Empire Club, the minister said the deficit would shrink.", "the minister"),
        ("At the Harmon rally, organizers said 5,000 people came.", "organizers"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][2] == speaker, got


def test_a_pick_that_is_no_person_says_nothing() -> None:
    assert quotes("The pick of the litter said nothing.", "en") == []
