"""English news constructions the fifteenth blind batch (tests/parsing/external_style_15) showed
missing: a bare plural group after a comma or a preposition keeps its modifiers ("On Monday, civil
rights groups said", "challenged by a coalition of voting rights groups, which argued"); a person named
before "in <place>" ("U.S. District Judge X in St. Louis wrote …") spoke, not the place; an infinitive
promise may be one verb ("vowed to appeal"); "warned/cautioned" + object + infinitive ("is warning
residents to stay home") and "cautioned/warned against" + gerund; "the agency" after a public body
named with its province ("Alberta Wildfire"). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "U.S. District Judge Norma Haley in Denver wrote that the agency had skipped the review.",
            "the agency had skipped",
            "Norma Haley",
        ),
        (
            "Chief Justice Arlen Moss in Halifax said the appeal raised no new question of law.",
            "the appeal raised",
            "Arlen Moss",
        ),
        (
            "Bishop Carla Ruane at the cathedral said the doors would stay open all night.",
            "the doors would stay open",
            "Carla Ruane",
        ),
    ],
)
def test_a_named_person_before_a_place(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near-misses: a group "in <place>" keeps its phrase; no name before the preposition
        ("Farmers in Manitoba said the rain came too late.", "Farmers"),
        ("Officials in Regina said the rain came too late.", "Officials"),
    ],
)
def test_a_group_in_a_place_is_unchanged(text: str, speaker: str) -> None:
    assert find(text, "the rain came", "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Attorney General Mara Quist vowed to appeal.", "to appeal"),
        ("The union pledged to cooperate.", "to cooperate"),
        ("The premier promised to resign if the vote failed.", "to resign if the vote failed"),
    ],
)
def test_a_one_verb_promise(text: str, content: str) -> None:
    assert [c for _, c, _ in quotes(text, "en")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor vowed to.",  # no verb after "to"
        "She promised herself a quiet holiday.",  # no infinitive at all
    ],
)
def test_no_promise_without_an_infinitive(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Manitoba Hydro is warning customers to stay away from downed lines.",
            "customers to stay away from downed lines",
            "Manitoba Hydro",
        ),
        (
            "RCMP warned drivers to avoid the Coquihalla until the plows finish.",
            "drivers to avoid the Coquihalla until the plows finish",
            "RCMP",
        ),
        (
            "Public health officials cautioned parents to keep sick children home.",
            "parents to keep sick children home",
            "Public health officials",
        ),
    ],
)
def test_warned_an_object_to(text: str, content: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Economist Rita Vance cautioned against reading too much into a single month of data.",
            "reading too much into a single month of data",
        ),
        (
            "The premier warned against raising fees in the middle of a downturn.",
            "raising fees in the middle of a downturn",
        ),
    ],
)
def test_warned_against_a_gerund(text: str, content: str) -> None:
    assert [c for _, c, _ in quotes(text, "en")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned of freezing rain overnight.",  # a noun object: no report
        "Doctors caution against the new drug.",
        "The mayor warned the council.",
    ],
)
def test_warn_without_a_report(text: str) -> None:
    assert quotes(text, "en") == []


def test_warned_that_is_unchanged() -> None:
    text = "The minister warned reporters that the figures were preliminary."
    assert [c for _, c, _ in quotes(text, "en")] == ["the figures were preliminary"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Saskatchewan Health said clinics would open on Saturday. Most of them would close by 4 p.m., "
            "the agency said.",
            "Saskatchewan Health",
        ),
        (
            "Nova Scotia Power said crews had restored most lines. The rest would be back by noon, the "
            "utility said.",
            "Nova Scotia Power",
        ),
    ],
)
def test_the_agency_after_a_regional_body_spoke(text: str, speaker: str) -> None:
    # a public body whose name holds a province and no organisation word ("Alberta Wildfire")
    assert [s for _, _, s in quotes(text, "en")] == [speaker, speaker]


def test_the_agency_after_a_person_is_unchanged() -> None:
    # near-miss: a person (no province in the name) spoke last
    text = "Dana Kerr said crews had restored most lines. The rest would be back by noon, the agency said."
    assert [s for _, _, s in quotes(text, "en")][0] == "Dana Kerr"
    assert [s for _, _, s in quotes(text, "en")][1] != "Dana Kerr"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On Tuesday, civil liberties groups argued the bylaw would let police stop anyone.",
            "civil liberties groups",
        ),
        ("The rule was opposed by farm groups, which said it would raise feed costs.", "farm groups"),
        (
            "After the vote, human rights lawyers said the bill would not survive a court challenge.",
            "human rights lawyers",
        ),
    ],
)
def test_a_bare_plural_group_after_a_boundary(text: str, speaker: str) -> None:
    # the lower-case modifiers before a plural speaker noun with no article belong to the phrase
    assert [s for _, _, s in quotes(text, "en")] == [speaker]


def test_modifiers_after_a_cue_are_unchanged() -> None:
    # near-miss: "said top diplomats" — after a cue the words are the inverted subject's, unchanged
    text = '"The deal will hold," said top diplomats from both countries.'
    assert [s for _, _, s in quotes(text, "en")] == ["top diplomats"]
