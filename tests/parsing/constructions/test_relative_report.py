"""Reported speech inside a relative clause (constructions/relative_report.py): "winds that officials
say could last into Monday" (the content is the clause's verb phrase), "…, which it says pushes
patients into emergency rooms" (a second report after another), "The accused, who police say is from
Winnipeg, was arrested" (the clause ends at its comma). A relative clause inside someone else's report
stays part of that report."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Wildfire grows overnight near the lake\n\nCrews worked through the night on the northern flank.\n\n"


def _span(text: str, fragment: str) -> str:
    q = find(text, fragment)
    return text[q.start : q.end]


def test_that_officials_say_and_a_modal() -> None:
    text = LEAD + (
        "About 2,000 more people were told to leave, as gusting winds that forecasters say could last "
        "into Monday pushed the fire east."
    )
    q = find(text, "could last into Monday")
    assert q.speaker is not None and "forecasters" in q.speaker


def test_which_it_says_after_an_organisation_report() -> None:
    text = LEAD + (
        "The Ontario Medical Association said the bonus would not fix staffing, which it says drives "
        "patients to emergency rooms."
    )
    assert _span(text, "the bonus would not") == "the bonus would not fix staffing"
    q = find(text, "drives patients")
    assert _span(text, "drives patients") == "drives patients to emergency rooms"
    assert q.speaker == "Ontario Medical Association"


def test_who_police_say_ends_at_the_clause_comma() -> None:
    text = LEAD + (
        "The driver, who police say is from Kelowna, was arrested at the scene and later released."
    )
    assert _span(text, "is from Kelowna") == "is from Kelowna"
    assert not any("arrested" in t for _, t, _ in quotes(text))


def test_a_relative_clause_inside_another_report_stays_in_it() -> None:
    text = LEAD + "The mayor said the bridge, which engineers say was built in 1952, would close for a year."
    whole = "the bridge, which engineers say was built in 1952, would close for a year"
    assert _span(text, "the bridge") == whole


def test_no_verb_after_the_cue_is_no_gap_report() -> None:
    text = LEAD + "It is the one tax that voters say yes to every time it is on the ballot."
    assert not any("yes to every" in t for _, t, _ in quotes(text))
