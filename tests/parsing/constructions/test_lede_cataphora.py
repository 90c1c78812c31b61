"""A wire lede's first speaker is an indefinite titled description, named in the next sentence: "A
federal judge on Wednesday halted …, ruling that …. In a 30-page order, U.S. District Judge Nora Flint
wrote …". The lede's report is that person's. A capitalised modifier of the description
("A Liberal MP") must come with the name, and an anonymous description ("a senior official") stays
unnamed."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find

HEAD = "Judge blocks voter purge\n\n"


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "A federal judge on Wednesday halted a new fishing quota, ruling that regulators had skipped "
            "a required review. In a 30-page order, U.S. District Judge Nora Flint wrote that the agency "
            "had rushed.",
            "regulators had skipped a required review",
            "Nora Flint",
        ),
        (
            "An Ontario judge has ordered a new trial, saying the jury was badly instructed. Ontario "
            "Superior Court Justice Ian Reid found the charge to the jury confusing.",
            "the jury was badly instructed",
            "Ian Reid",
        ),
    ],
)
def test_the_lede_description_is_the_person_named_next(body: str, content: str, speaker: str) -> None:
    assert find(HEAD + body + "\n", content, "en").speaker == speaker


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "A Liberal MP said Tuesday the bill would pass. Conservative MP John Hale said it would not.",
            "the bill would pass",
            "A Liberal MP",
        ),
        (
            "A senior official said the talks had stalled. Trade Minister Anna Berg declined to comment.",
            "the talks had stalled",
            "A senior official",
        ),
    ],
)
def test_another_or_an_anonymous_person_stays_apart(body: str, content: str, speaker: str) -> None:
    assert find(HEAD + body + "\n", content, "en").speaker == speaker
