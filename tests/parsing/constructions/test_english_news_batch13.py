"""English news constructions the thirteenth blind batch (tests/parsing/external_style_13) showed
missing: a name followed by a lower-case past verb is that name's clause, not one long speaker phrase
("Head coach X fired assistant coach Y on Sunday, saying …" is X's report, not Y's); occupations that
speak in transport and trades news are person nouns ("Several controllers who attended the hearing
said …" is the controllers, not "the hearing"); a headline's bare singular subject with a present verb
in "-s" is a report ("…, says power play needs a reset"). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Head coach Mara Quist fired assistant coach Dale Ferrand on Monday, saying the defence"
            " had lost its way.",
            "the defence had lost its way",
            "Mara Quist",
        ),
        (
            "Premier Ann Roy hired senior adviser Tom Lake on Friday, saying her office needed"
            " more experience.",
            "her office needed more experience",
            "Ann Roy",
        ),
        (
            "General manager Ken Oduya traded veteran forward Pat Lemieux to Calgary, saying the"
            " team had to get younger.",
            "the team had to get younger",
            "Ken Oduya",
        ),
    ],
)
def test_a_name_s_past_verb_ends_the_speaker_phrase(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near-misses: a past participle before the head is still a modifier
        ("The retired teacher Tom Lake said the school had been neglected for years.", "Tom Lake"),
        ("Longtime assistant coach Dale Ferrand said the players had stopped listening.", "Dale Ferrand"),
    ],
)
def test_a_participle_modifier_stays_in_the_phrase(text: str, speaker: str) -> None:
    (q,) = extract(text, "en")
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "head"),
    [
        (
            "Several controllers who attended the hearing said afterward that morale was low.",
            "morale was low",
            "controllers",
        ),
        (
            "A dispatcher who took the call said the line went dead after two minutes.",
            "the line went dead",
            "dispatcher",
        ),
        (
            "Two mechanics who inspected the plane told investigators the bolts were loose.",
            "the bolts were loose",
            "mechanics",
        ),
    ],
)
def test_trade_occupations_speak(text: str, fragment: str, head: str) -> None:
    q = find(text, fragment, "en")
    assert q.speaker is not None and head in q.speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Oilers coach benches captain, says team needs more urgency",
            "team needs more urgency",
            "Oilers coach",
        ),
        (
            "Ohio governor vetoes school voucher bill, says plan 'drains public schools'",
            "plan 'drains public schools'",
            "Ohio governor",
        ),
        (
            "Halifax mayor signs transit deal, says ferry service gets new boats",
            "ferry service gets new boats",
            "Halifax mayor",
        ),
    ],
)
def test_a_headline_s_bare_subject_with_a_present_verb(text: str, content: str, speaker: str) -> None:
    found = quotes(text + "\n\nHALIFAX — The council met on Tuesday.", "en")
    assert [(c, s) for _, c, s in found] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # prose ends with a stop: a bare noun and an "-s" word after "said" is no headline's report there
        "The coach said goodbye to the players after practice.",
        "Mayor Lin Ross said thanks to volunteers who cleared the trails.",
        # a headline without a speech verb
        "Oilers coach benches captain, team needs more urgency",
    ],
)
def test_no_headline_report_without_the_headline_shape(text: str) -> None:
    assert quotes(text + "\n\nHALIFAX — The council met on Tuesday.", "en") == []
