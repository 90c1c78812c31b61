"""Who a pronoun or a relative clause's speaker is, in court and campaign copy:

- a plural speaker ("The plaintiffs said …") is never the next "she" or "he";
- "evidence from Tom Reid, an economist hired by the tenants, who estimated that …": the
  description in apposition is the named person's, even after a preposition, when the name is a full
  name with a given name of known gender (a place after "In" never is: "In Cairo, a diplomat said")."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find

HEAD = "Court rules for tenants\n\n"


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            'Judge Ann Cole ruled for the tenants. The plaintiffs said they were relieved. "The statute '
            'is clear," she wrote.',
            "The statute is clear",
            "Ann Cole",
        ),
        (
            "Judge Tom Reid ruled for the tenants. Their lawyers said they would seek costs. "
            '"This was never a close case," he said.',
            "never a close case",
            "Tom Reid",
        ),
    ],
)
def test_a_plural_speaker_is_no_singular_pronoun(body: str, content: str, speaker: str) -> None:
    assert find(HEAD + body + "\n", content, "en").speaker == speaker


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "Her ruling leaned on evidence from Tom Reid, an economist hired by the tenants, who "
            "estimated that rents had doubled.",
            "rents had doubled",
            "Tom Reid",
        ),
        (
            "The board heard from Maria Lopez, a nurse at the clinic for 20 years, who said the ward had "
            "been short-staffed since June.",
            "short-staffed",
            "Maria Lopez",
        ),
        ("In Cairo, a diplomat said the talks had stalled.", "the talks had stalled", "a diplomat"),
    ],
)
def test_a_description_in_apposition_after_a_preposition(body: str, content: str, speaker: str) -> None:
    assert find(HEAD + body + "\n", content, "en").speaker == speaker
