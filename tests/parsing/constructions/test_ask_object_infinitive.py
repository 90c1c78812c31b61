""""asked X to …": a request reported with its object and infinitive, like "urged X to …" (the
convention of the shared newswire set: the object and the infinitive are the content). Not "asked
that her name not be used" (a condition of anonymity), not "was asked to …" (passive), not "asked
whether …" (a question) and not "Asked about …, X said" (the opening circumstance of another report)."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Flood warning extended along the river\n\nWater levels kept rising overnight across the valley.\n\n"


def test_asked_the_public_to_is_a_request_with_its_object() -> None:
    text = LEAD + "Sgt. Maria Kowal asked drivers to stay off the river road until further notice."
    q = find(text, "drivers to stay off")
    assert text[q.start : q.end] == "drivers to stay off the river road until further notice"
    assert q.speaker == "Maria Kowal"


def test_asked_a_judge_to_in_a_court_story() -> None:
    text = LEAD + (
        "Lawyers for the former mayor asked a federal judge on Friday to throw out the bribery charges "
        "against him."
    )
    q = find(text, "a federal judge on Friday to throw out")
    assert q.kind == "indirect"


def test_a_pronoun_asks_after_a_named_report() -> None:
    text = LEAD + (
        "Mayor Leila Haddad said the shelter at the arena would stay open through the weekend. "
        "She also asked residents to check on elderly neighbours."
    )
    assert find(text, "residents to check on elderly").speaker == "Leila Haddad"


def test_anonymity_request_passive_and_question_are_not_requests() -> None:
    text = LEAD + (
        "A neighbour, who asked that her name not be used, said she heard the sirens at midnight.\n\n"
        "Councillor Ray Pike was asked to leave the chamber after the vote.\n\n"
        "Reporters asked whether the dam would hold."
    )
    found = [t for _, t, _ in quotes(text)]
    assert not any("name not be used" in t for t in found)
    assert not any("leave the chamber" in t for t in found)
    assert not any("the dam would hold" in t for t in found)
    assert find(text, "she heard the sirens").speaker == "A neighbour"


def test_a_report_then_and_asked_with_a_long_object() -> None:
    text = LEAD + (
        "Const. Mia Laval said the investigation was continuing and asked anyone with video from the "
        "area between 2 a.m. and 3 a.m. to call police."
    )
    first = find(text, "investigation was continuing")
    assert text[first.start : first.end] == "the investigation was continuing"
    second = find(text, "anyone with video")
    assert second.speaker == "Mia Laval"
