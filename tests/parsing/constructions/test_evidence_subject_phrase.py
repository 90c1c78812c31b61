"""An evidence noun with its prepositional phrase or participle as the subject of "suggest", "show",
"indicate" ("Data from the province's surveillance system suggests …", "Figures released by the agency
show …") is evidence, not a speaker (document._evidence_head_with_phrase); a person whose noun only
looks like one ("Data specialists at the firm suggested …", "A spokesman for the data office") speaks."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Data from the province's surveillance system suggests vaccination rates have fallen in the north.",
        "New figures released by the agency show that rents rose 8 per cent last year.",
        "Results from the second trial suggest the drug works better in older patients.",
        "Records obtained by the newspaper show the contract was signed in March.",
    ],
)
def test_evidence_with_its_phrase_is_no_speaker(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister suggested the plan would be delayed until spring.",
            "the plan would be delayed until spring",
        ),
        (
            "Data specialists at the firm suggested the breach was limited to one server.",
            "the breach was limited to one server",
        ),
        ("A spokesman for the data office said that rents rose sharply.", "rents rose sharply"),
    ],
)
def test_people_still_speak(text: str, content: str) -> None:
    assert [span for _, span, _ in quotes(text, "en")] == [content]
