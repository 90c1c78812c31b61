"""Fronted content before attributions that Canadian and US copy writes: "…, Const. Dana Roy told
reporters at a news conference Monday" (a hearer and circumstances after "told"), a report that
itself ends in a relative clause before the name, "…, Health Minister X announced on Thursday, as the
association warned that …" (a second clause after the trailer), "…, said X, a consultant who advised
… but is not working for either campaign" (a long appositive with its own verbs), and the Canadian
titles "Const.", "Cst." and "Coun."."""

from __future__ import annotations

from tests.parsing.helpers import find

LEAD = "Man charged after North End assault\n\nPolice were called early Sunday.\n\n"


def _span(text: str, fragment: str) -> str:
    q = find(text, fragment)
    return text[q.start : q.end]


def test_told_reporters_with_circumstances_after_fronted_content() -> None:
    text = LEAD + (
        "Officers found a man with serious injuries in a rear lane off Selkirk Avenue, Const. Dana Roy "
        "told reporters at a news conference Monday."
    )
    q = find(text, "rear lane")
    assert q.speaker == "Dana Roy"
    assert _span(text, "rear lane").startswith("Officers found a man")


def test_fronted_content_ending_in_a_relative_clause() -> None:
    text = LEAD + (
        "Officers were called to a house on Aberdeen Avenue for a report of a man who had been "
        "stabbed, Cst. Mia Laval told The Canadian Press."
    )
    q = find(text, "who had been stabbed")
    assert q.speaker == "Mia Laval"


def test_a_clause_after_the_trailer_does_not_block_the_fronted_report() -> None:
    text = LEAD + (
        "The province will pay each rural hospital up to $1 million, Health Minister Carol Young "
        "announced on Thursday, as the hospital association warned that 20 emergency rooms could close."
    )
    assert find(text, "up to $1 million").speaker == "Carol Young"
    assert find(text, "20 emergency rooms").kind == "indirect"


def test_an_inverted_name_with_a_long_relative_appositive() -> None:
    text = LEAD + (
        "That result is a problem for the governor, said Harlan Fogg, a consultant who advised the last "
        "two governors but is not working for either campaign."
    )
    assert _span(text, "a problem for the governor") == "That result is a problem for the governor"
    assert find(text, "a problem for the governor").speaker == "Harlan Fogg"


def test_councillor_with_coun_and_a_relative_clause() -> None:
    text = LEAD + (
        "Ward 9 Coun. Priya Raman, who voted against the lanes, said in an interview that the counts "
        "were misleading."
    )
    q = find(text, "counts were misleading")
    assert q.speaker is not None and q.speaker.endswith("Priya Raman")
