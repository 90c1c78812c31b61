"""Speaker phrases that news copy builds around the cue: an opening past participle ("Reached by phone
on Monday, X said"), an appositive with an abbreviation's stops ("who left just after 4 a.m.,"), a
description with its own report ("X, 63, a nurse who says she voted for him, said …": two reports,
both X's), and a relative pronoun right before the cue ("a nurse who says …")."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Evacuation orders widen as fire spreads\n\nThousands left their homes overnight.\n\n"


def test_an_opening_past_participle_is_a_circumstance() -> None:
    text = LEAD + (
        "Reached by phone on Monday, Dale Ferris said he had been told not to discuss the case.\n\n"
        'Pressed on the question, Ferris told reporters he would "look at every option," then left.'
    )
    assert find(text, "told not to discuss").speaker == "Dale Ferris"
    q = find(text, "look at every option")
    assert q.speaker == "Dale Ferris"
    assert text[q.start : q.end] == 'he would "look at every option,"'


def test_an_appositive_with_a_m_keeps_its_name() -> None:
    text = LEAD + (
        "Pradeep Sandhu, who was ordered out of his home just after 4 a.m., said he and his wife had "
        "15 minutes to leave."
    )
    assert find(text, "he and his wife").speaker == "Pradeep Sandhu"


def test_a_description_with_its_own_report_then_the_main_verb() -> None:
    text = LEAD + (
        "Janet Kirby, 58, a bus driver who says she has lived on the ridge for 30 years, said she "
        "would not go back until the fire was out."
    )
    first = find(text, "she has lived on the ridge")
    second = find(text, "would not go back")
    assert text[first.start : first.end] == "she has lived on the ridge for 30 years"
    assert second.speaker == "Janet Kirby"
    assert first.speaker in ("Janet Kirby", "a bus driver")


def test_a_time_abbreviation_ends_a_sentence_before_she() -> None:
    text = LEAD + (
        "A neighbour said she saw flashlights while walking her dog around 2 a.m. She said she almost "
        "did not call.\n\n"
        "Polls closed at 8 p.m. Eastern time, officials said."
    )
    first = find(text, "saw flashlights")
    assert "almost" not in text[first.start : first.end]
    assert find(text, "almost did not call").kind == "indirect"
    assert "Eastern time" in text[find(text, "Polls closed").start : find(text, "Polls closed").end]


def test_an_article_and_a_noun_before_a_possessive_subject() -> None:
    text = LEAD + (
        "10:25 p.m. — Turnout update: The county clerk's office says about 41% of voters cast ballots.\n\n"
        "It is a phrase the author admits she borrowed from her father."
    )
    assert find(text, "41% of voters").kind == "indirect"
    assert not any("borrowed" in t for _, t, _ in quotes(text))
