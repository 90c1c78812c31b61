"""Surnames that are also months or modals ("Theresa May", "Ms. May", "Kelly March", "Rep. Angela
Will"): after a given name or an honorific they end the name, and a report after them is found. The
month stays a month after a preposition or a weekday ("said in May that …", "on Monday, May 4")."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Budget talks resume in the capital\n\nNegotiators returned to the table on Wednesday.\n\n"


def test_a_given_name_and_a_month_surname_is_the_whole_name() -> None:
    text = LEAD + "Theresa May said a deal was close but that the border question was still open."
    q = find(text, "a deal was close")
    assert q.speaker == "Theresa May"


def test_an_honorific_and_a_modal_surname_speaks() -> None:
    text = LEAD + (
        "Senator Ruth May, a Maine Republican, told reporters the vote would be held on Thursday.\n\n"
        "Ms. May said she had spoken with the speaker twice and expected the bill to pass."
    )
    assert find(text, "the vote would be held").speaker == "Ruth May"
    assert find(text, "she had spoken with the speaker").speaker == "Ruth May"


def test_march_and_will_as_surnames() -> None:
    text = LEAD + (
        "Emergency Management Minister Kelly March said the province had asked for federal help.\n\n"
        "Rep. Angela Will said the committee would hold hearings in the fall."
    )
    assert find(text, "asked for federal help").speaker == "Kelly March"
    assert find(text, "hold hearings in the fall").speaker == "Angela Will"


def test_a_month_after_a_preposition_stays_a_date() -> None:
    text = LEAD + (
        "Finance Minister Omar Reid said in May that the deficit would shrink.\n\n"
        "In May the council said it would freeze hiring."
    )
    q = find(text, "the deficit would shrink")
    assert text[q.start : q.end] == "the deficit would shrink"
    assert q.speaker == "Omar Reid"
    assert find(text, "freeze hiring").speaker in ("the council", "council")
    assert not any(s and "May" in s for _, _, s in quotes(text))
