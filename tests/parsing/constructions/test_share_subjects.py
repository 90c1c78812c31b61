"""A report whose subject is a share of a group: "says about half of her customers now pay by phone",
"said nearly a third of the students had missed a week". The figure preposition ("about", "nearly",
"roughly") and the fraction open the subject, as "about 300 members" does; without a clause after the
share ("asked about half of the questions in French") there is no report."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ella Stone says about half of her customers now pay by phone.",
            "about half of her customers now pay by phone",
            "Ella Stone",
        ),
        (
            "The principal said nearly a third of the students had missed a week of class.",
            "nearly a third of the students had missed a week of class",
            "The principal",
        ),
        (
            "Hydro officials said about two-thirds of the homes had power again by Sunday night.",
            "about two-thirds of the homes had power again by Sunday night",
            "Hydro officials",
        ),
        (
            "Marta Kowal, who runs a bakery on Dundas Street, says roughly a quarter of her flour now "
            "comes from Saskatchewan, and most of it arrives by rail.",
            "roughly a quarter of her flour now comes from Saskatchewan, and most of it arrives by rail",
            "Marta Kowal",
        ),
        (
            "The union says about half of the drivers have quit since the schedule changed.",
            "about half of the drivers have quit since the schedule changed",
            "The union",
        ),
    ],
)
def test_a_share_opens_the_reported_clause(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
    assert q.kind == "indirect"
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The survey asked about half of the questions in French.",
        "She talked about half of the time about her dog.",
        "He wrote about a third of the report on the train home.",
    ],
)
def test_no_clause_after_the_share_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []
