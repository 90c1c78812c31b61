"""'dismissed the report as "a hatchet job"': like 'described X as "Y"', the quoted words after "as"
are the whole report (direct); an object that is itself a cue word ("the report", "the claims") is a
noun there. Without a quotation, or without "as", "dismissed" is no speech act ("The judge dismissed
the case")."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('The mayor dismissed the report as "a hatchet job."', "a hatchet job", "The mayor"),
        ('Mayor Ann Cole described the report as "a hatchet job."', "a hatchet job", "Ann Cole"),
        (
            'Her spokesman dismissed the lawsuit as "frivolous," and said the company would fight it.',
            "frivolous",
            "Her spokesman",
        ),
        (
            'The party\'s spokesman, Omar Diaz, dismissed the ad as "a desperate stunt by a desperate team."',
            "a desperate stunt by a desperate team",
            "Omar Diaz",
        ),
    ],
)
def test_dismissed_as_a_quotation_is_direct(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert q.kind == "direct"
    assert text[q.start : q.end].rstrip(".,") == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The coach dismissed the loss as a blip.",
        "The judge dismissed the case in March.",
        'The report was dismissed as "a hatchet job" by the mayor.',
        "She dismissed the claims that the bridge was unsafe.",
    ],
)
def test_no_quotation_or_a_passive_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []
