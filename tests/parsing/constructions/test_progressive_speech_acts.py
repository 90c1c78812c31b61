"""Speech acts in the progressive, common in Canadian daily news: "is calling on the province to …",
"are urging members to …", "is asking the board to …". The auxiliary is no passive ("was accused of"
still is), and after "said A and is calling on …" the first report ends before "and"."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Ana Reyes is calling on the province to step in.",
            "the province to step in",
            "Ana Reyes",
        ),
        (
            "Parents at Glenview Public School are asking the board to delay the vote until June.",
            "the board to delay the vote until June",
            "Parents",
        ),
        (
            "The Ontario Nurses Association is urging its members to reject the offer.",
            "its members to reject the offer",
            "Ontario Nurses Association",
        ),
    ],
)
def test_a_progressive_speech_act_has_its_report(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Councillor Ana Reyes says the city has ignored the problem and is calling on the province "
            "to step in.",
            "the city has ignored the problem",
            "the province to step in",
        ),
        (
            "The union says the offer is far too low and is urging members to reject it.",
            "the offer is far too low",
            "members to reject it",
        ),
    ],
)
def test_said_a_and_is_calling_on_b_are_two_reports(text: str, first: str, second: str) -> None:
    got = [span for _, span, _ in quotes(text, "en")]
    assert got == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was accused of misleading council.",
        "He is being asked to resign by his own caucus.",
        "The school is asking for donations of winter coats.",
        "The plan is described as a first step in the budget.",
    ],
)
def test_passives_and_noun_objects_stay_out(text: str) -> None:
    assert quotes(text, "en") == []
