""""X said A and that B": two reports of one cue, annotated as two quotes sharing speaker and cue (the
development set's convention, ../shared/eval/README.md). Only a coordinator right before a second
complementizer, outside quotation marks, with a clause on each side splits; "and said that" is a
second cue, and "that" as a determiner ("that colleague") is no complementizer."""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import quotes


def _spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(kind, span, speaker) for kind, span, speaker in quotes(text, "en")]


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        # a that-less first report
        (
            "The mayor said the budget was balanced and that no jobs would be cut.",
            "the budget was balanced",
            "no jobs would be cut",
            "The mayor",
        ),
        # "said that A and that B"
        (
            "Harbour master Ilse Brandt said that the channel had been dredged in May and that larger "
            "ferries could dock from next week.",
            "the channel had been dredged in May",
            "larger ferries could dock from next week",
            "Ilse Brandt",
        ),
        # "but that", with a comma before it
        (
            "Coach Marco Bellini said his side had defended well for an hour, but that tired legs had "
            "cost them the game.",
            "his side had defended well for an hour",
            "tired legs had cost them the game",
            "Marco Bellini",
        ),
    ],
)
def test_a_second_that_clause_is_a_second_quote_of_the_same_speaker(
    text: str, first: str, second: str, speaker: str
) -> None:
    got = extract(text, "en")
    spans = [text[q.start : q.end] for q in got]
    assert spans == [first, second], _spans(text)
    assert got[0].speaker == got[1].speaker and got[0].cue == got[1].cue is not None
    assert speaker.lower() in (got[0].speaker or "").lower()
    assert [q.kind for q in got] == ["indirect", "indirect"]


def test_a_quoted_fragment_makes_only_its_own_half_mixed() -> None:
    text = (
        'Union organiser Carla Nunes said the offer was "an insult to every driver" and that a strike '
        "ballot would open on Monday."
    )
    got = extract(text, "en")
    assert [(q.kind, text[q.start : q.end]) for q in got] == [
        ("mixed", 'the offer was "an insult to every driver"'),
        ("indirect", "a strike ballot would open on Monday"),
    ], _spans(text)
    assert got[0].speaker == got[1].speaker == "Carla Nunes"


def test_and_that_inside_the_quotation_marks_does_not_split() -> None:
    text = (
        'Councillor Ruth Okonkwo said residents were "tired of waiting and that is the council\'s fault" '
        "after two years of delays."
    )
    got = extract(text, "en")
    assert len(got) == 1, _spans(text)
    assert "that is the council's fault" in text[got[0].start : got[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # "that" a determiner: the first half is no clause (too short, or a noun phrase)
        "She said that she and that colleague had met twice.",
        "The minister said the new deputy and that colleague had met twice before the vote.",
    ],
)
def test_that_as_a_determiner_is_not_a_second_report(text: str) -> None:
    got = extract(text, "en")
    assert len(got) == 1, _spans(text)
    assert "colleague had met twice" in text[got[0].start : got[0].end]


def test_and_said_that_is_a_second_cue_not_a_split_report() -> None:
    text = (
        "Fire chief Omar Haddad said the blaze was under control and said that crews would stay on site "
        "overnight."
    )
    got = extract(text, "en")
    spans = [text[q.start : q.end] for q in got]
    assert "the blaze was under control" in spans, _spans(text)
    assert "crews would stay on site overnight" in spans, _spans(text)
    assert all(q.speaker == "Omar Haddad" for q in got), _spans(text)
    # the second report is the second cue's, not a split of the first
    assert got[0].cue != got[1].cue
