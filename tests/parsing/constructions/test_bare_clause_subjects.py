"""That-less reports whose clause opens in ways the clause check used to refuse: a figure after
"about" ("said about 300 members had left"), a bare plural with a participle and an adverb before its
verb ("said motions alleging bias rarely succeed"), a speech verb as the clause's own verb after a
phrase ("says seven of its members reported lower sales"), an aside between subject and verb ("other
factors, including the roadwork, may have played a role"), and a second report after "though it"."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Downtown merchants split over bike lanes\n\nCouncil will vote on the lanes next month.\n\n"


def _span(text: str, fragment: str) -> str:
    q = find(text, fragment)
    return text[q.start : q.end]


def test_about_and_a_figure_opens_a_clause() -> None:
    text = LEAD + "Chief Roxanne Pierre said about 300 members had been evacuated to Kamloops."
    assert _span(text, "300 members") == "about 300 members had been evacuated to Kamloops"
    assert find(text, "300 members").speaker == "Roxanne Pierre"


def test_about_a_topic_is_no_clause() -> None:
    text = LEAD + "He talked about 300 times a year with the owners."
    assert quotes(text) == []


def test_a_participle_and_an_adverb_before_the_verb() -> None:
    text = LEAD + "Legal experts said motions alleging selective enforcement rarely succeed."
    assert find(text, "motions alleging").speaker == "Legal experts"


def test_a_speech_verb_after_the_clause_subject_phrase_and_a_second_report() -> None:
    text = LEAD + (
        "The business association says seven of its members reported lower sales last winter, though it "
        "acknowledged other factors, including roadwork on the street itself, may have played a role."
    )
    assert _span(text, "seven of its members") == "seven of its members reported lower sales last winter"
    second = _span(text, "other factors")
    assert second == "other factors, including roadwork on the street itself, may have played a role"


def test_a_name_then_a_description_with_its_own_report() -> None:
    text = LEAD + (
        'Gord Pettit, 71, a hardware store owner who says he has lost a third of his walk-in trade, said '
        'he would vote for whoever removes the lanes. "People just drive past now," he said.'
    )
    assert find(text, "lost a third").speaker == "Gord Pettit"
    assert find(text, "drive past").speaker == "Gord Pettit"
