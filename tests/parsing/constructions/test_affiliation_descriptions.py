"""'The University of Toronto economist', 'the Bank of Canada economist': a capitalised body with its
"of" before a person's noun is that person's affiliation, not an organisation speaking nor a
complement ("the representative of France"): the description goes back to the person the text is
about (mentions/phrase._affiliation_modifier, resolve/descriptions.complement). "In X's view, …"
names its source inside the phrase (languages/en.py according_inner)."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Maren Holt has studied child-care markets for two decades. The University of Toronto"
            " economist says operators cannot expand when fees are capped.",
            "operators cannot expand when fees are capped",
            "Maren Holt",
        ),
        (
            "Tom Reid spoke first at the hearing. The Bank of Canada economist said rates would fall by"
            " spring.",
            "rates would fall by spring",
            "Tom Reid",
        ),
    ],
)
def test_affiliated_description_is_the_person(text: str, content: str, speaker: str) -> None:
    assert [(span, spk) for _, span, spk in quotes(text, "en")] == [(content, speaker)]


def test_a_complement_still_names_someone_else() -> None:
    text = "Ana Ruiz, the French envoy, spoke first. The representative of Germany said the text was weak."
    assert [spk for _, _, spk in quotes(text, "en")] != ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "In Maren Holt's view, the province set itself up for this shortage.",
            "the province set itself up for this shortage",
            "Maren Holt",
        ),
        ("In Hale's words, the deal is dead until the fall.", "the deal is dead until the fall", "Hale"),
    ],
)
def test_in_x_s_view(text: str, content: str, speaker: str) -> None:
    assert [(span, spk) for _, span, spk in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "In Canada's case, the rules differ from province to province.",
        "In Monday's game, the Leafs lost 4-1.",
    ],
)
def test_other_possessive_openers_are_no_source(text: str) -> None:
    assert quotes(text, "en") == []
