"""A given name of one gender only (languages/en.py given_name_genders) tells a pronoun which of two
people it is: "Justice Helen Marsh questioned the Crown's lawyer, Peter Grant … “…?” she asked"
is the judge's question. Unisex names (Jordan, Taylor, Dana, Kelly …) stay unknown, and an honorific
or a title's own gender still wins."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "At the hearing, Justice Helen Marsh questioned the Crown's lawyer, Peter Grant, at length. "
            '"Where is the evidence for that?" she asked.',
            "Where is the evidence",
            "Helen Marsh",
        ),
        (
            "Coach Geneviève Gagnon benched her top scorer, Mathieu Roy, for the third period. "
            '"He knows why," she said.',
            "He knows why",
            "Geneviève Gagnon",
        ),
        (
            "Kirsten Dahl met the union's negotiator, Peter Lowell, on Tuesday. He said the two sides were "
            "still far apart.",
            "the two sides were still far apart",
            "Peter Lowell",
        ),
    ],
)
def test_the_pronoun_goes_to_the_person_whose_name_has_its_gender(
    text: str, content: str, speaker: str
) -> None:
    assert find(text, content, "en").speaker == speaker


@pytest.mark.parametrize("name", ["Jordan Blake", "Dana Whitfield", "Taylor Quinn"])
def test_a_unisex_name_stays_open(name: str) -> None:
    # "Jordan" says nothing of gender: "she" and "he" both still find the one person named
    for pronoun in ("she", "he"):
        text = f'{name} spoke to reporters on Friday. "It was a long week," {pronoun} said.'
        assert find(text, "It was a long week", "en").speaker == name
