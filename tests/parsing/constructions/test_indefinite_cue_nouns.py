"""A cue word's bare form after an indefinite article and one modifier is a noun, not a speech verb:
"a Michigan rule that would have closed …", "a new report that found …", "an internal estimate
that …". A verb after such a phrase would agree with it ("a judge rules", "a spokesman said"), so the
bare form there is never the sentence's report; plural subjects keep it ("The judges rule that …")."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    "text",
    [
        "The agency released a new report that found rents had doubled in five years.",
        "He cited an internal estimate that the repairs would cost $2 million.",
        "Lawmakers passed a state rule that requires schools to post their budgets online.",
    ],
)
def test_a_noun_with_its_modifier_is_no_cue(text: str) -> None:
    assert quotes(text, "en") == []


def test_the_sentence_keeps_its_real_cue_and_speaker() -> None:
    text = (
        "A state judge on Friday struck down a Michigan rule that would have closed rural polling sites, "
        "ruling that the county had not consulted voters."
    )
    got = quotes(text, "en")
    assert [span for _, span, _ in got] == ["the county had not consulted voters"]
    assert got[0][2] == "A state judge"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judges rule that the law stands until a full trial is held.", "the law stands"),
        ("A spokesman said the plant was safe and would reopen on Monday.", "the plant was safe"),
        ("Regulators warn that a new rule could raise prices.", "a new rule could raise prices"),
    ],
)
def test_verbs_after_their_subjects_stay_cues(text: str, content: str) -> None:
    assert text[find(text, content, "en").start :].startswith(content)
