"""Content before its attribution, without quotation marks: 'Rents will keep rising, the minister said.'"""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # modifiers and titles the speaker phrase leaves out stand between the comma and the phrase
        (
            "The blaze had destroyed at least 30 barns by nightfall, fire officials said.",
            "The blaze had destroyed at least 30 barns by nightfall",
            "officials",
        ),
        (
            "The driver has not been named because relatives have not been told, Sgt. Amy Okafor said.",
            "The driver has not been named because relatives have not been told",
            "Amy Okafor",
        ),
        (
            "Kessler could face up to ten years in prison, although a plea deal is likely, "
            "legal experts said.",
            "Kessler could face up to ten years in prison, although a plea deal is likely",
            "experts",
        ),
        (
            "The ferry service will resume in March, harbour authority officials said on Friday.",
            "The ferry service will resume in March",
            "officials",
        ),
    ],
)
def test_content_before_a_modified_speaker_phrase(sentence: str, content: str, speaker: str) -> None:
    q = find(sentence, content[:20])
    assert sentence[q.start : q.end] == content
    assert q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker


def test_inverted_attribution_takes_the_whole_sentence_with_its_inner_verb() -> None:
    text = (
        "The cause of the derailment is unknown. Engineers believe a cracked rail was to blame, but "
        "have not ruled out sabotage, said Capt. Ines Moller of the transport police."
    )
    q = find(text, "Engineers believe")
    assert text[q.start : q.end] == (
        "Engineers believe a cracked rail was to blame, but have not ruled out sabotage"
    )
    assert q.speaker == "Ines Moller"
    assert len(quotes(text)) == 1


def test_evidence_clause_inside_fronted_content_belongs_to_the_speaker() -> None:
    text = (
        "The survey suggests that demand for office space has bottomed out, said Priya Natarajan, "
        "an analyst at Corbel Partners."
    )
    q = find(text, "demand for office space")
    assert q.start == 0
    assert q.speaker == "Priya Natarajan"


def test_told_is_followed_by_its_hearer_not_by_an_inverted_speaker() -> None:
    text = (
        "The two sides also discussed fishing rights during the meeting, a diplomatic source, who asked "
        "not to be named, told Reuters."
    )
    q = find(text, "fishing rights")
    assert q.speaker != "Reuters"


def test_an_age_before_said_keeps_the_content_after_the_cue() -> None:
    text = "Joan Whitaker, 81, said a cyclist had knocked her over on the towpath last winter."
    q = find(text, "a cyclist had knocked")
    assert q.speaker == "Joan Whitaker"
    assert text[q.start : q.end].startswith("a cyclist")
