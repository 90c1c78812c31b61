"""'In the view of X, …' and 'In her view, …': an opinion voiced by X, attributed like "according to"
(languages/en.py according_to); a description in apposition after the source ("a former staffer who now
runs a consulting firm") is the source's, not the report's (content._after_apposition)."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "In the view of Gordon Pike, a former Liberal strategist who now teaches at Carleton, the"
            ' budget is "a campaign document with a spending plan attached."',
            'the budget is "a campaign document with a spending plan attached."',
            "Gordon Pike",
        ),
        (
            "In the view of Rosa Delgado, the county's former elections chief, the new machines are sound.",
            "the new machines are sound",
            "Rosa Delgado",
        ),
        (
            "Nadia Haddad has run the food bank for 11 years. In her view, the province has waited too"
            " long to raise social assistance rates.",
            "the province has waited too long to raise social assistance rates",
            "Nadia Haddad",
        ),
    ],
)
def test_in_the_view_of_attributes(text: str, content: str, speaker: str) -> None:
    assert [(span, spk) for _, span, spk in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "According to Ann Wu, a longtime city planner, the bridge will close for two years.",
            "the bridge will close for two years",
            "Ann Wu",
        ),
        (
            "According to Ann Wu, a planner who has worked for the city since 1998, the bridge will"
            " close for two years.",
            "the bridge will close for two years",
            "Ann Wu",
        ),
    ],
)
def test_indefinite_description_after_the_source_is_skipped(text: str, content: str, speaker: str) -> None:
    assert [(span, spk) for _, span, spk in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The lake came into view of the hikers just before noon.",
        "The stage was in full view of the crowd when the lights failed.",
    ],
)
def test_view_without_a_source_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


def test_a_relative_clause_after_the_description_is_not_the_report() -> None:
    text = "According to the police, a man in his 30s, who was not named, died at the scene."
    spans = [span for _, span, _ in quotes(text, "en")]
    assert "died at the scene" not in spans and all(not s.startswith("who") for s in spans)
