"""Non-reports in real news pages: teaser paragraphs linking to other stories ("READ MORE: Mayor says
…", "WATCH | Premier says '…'"), a speech verb with a noun object and a relative clause ("promised new
housing for every family that lost a home": a noun object, optional in the annotation guide), "that"
opening a relative clause after a noun ("more money for schools that serve …"), and speech that is
negated or hypothetical ("did not say whether", "If asked, she would say")."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Province unveils fire recovery plan\n\nThe plan was announced in Kelowna on Friday.\n\n"


def _texts(text: str) -> list[str]:
    return [t for _, t, _ in quotes(text)]


def test_teaser_paragraphs_are_links_not_quotes() -> None:
    text = LEAD + (
        "READ MORE: Mayor says budget will be balanced next year\n\n"
        "WATCH | Premier says 'we will rebuild every home' in emotional visit\n\n"
        "Related: Insurers say claims could top $1 billion\n\n"
        "Premier Dana Holt said the first rebuilding permits would be issued in March."
    )
    found = _texts(text)
    assert not any("balanced" in t or "rebuild every home" in t or "top $1 billion" in t for t in found)
    assert find(text, "first rebuilding permits").speaker == "Dana Holt"


def test_a_watch_sentence_inside_prose_is_still_read() -> None:
    text = LEAD + "Watch commander Lisa Ng said the river had crested overnight: it would fall by Sunday."
    assert any("river had crested" in t for t in _texts(text))


def test_noun_objects_with_a_relative_clause_are_no_reports() -> None:
    text = LEAD + (
        "The premier promised new housing for every family that lost a home in the fire.\n\n"
        "The minister pledged more money for schools that serve the evacuated towns."
    )
    found = _texts(text)
    assert not any("every family" in t or "lost a home" in t for t in found)
    assert not any("serve the evacuated" in t for t in found)


def test_clauses_after_a_noun_object_are_still_reports() -> None:
    text = LEAD + (
        "The premier promised evacuees that no one would be left without a roof.\n\n"
        "The company announced it would rebuild the two mills that burned."
    )
    assert find(text, "no one would be left").kind == "indirect"
    assert find(text, "it would rebuild").kind == "indirect"


def test_negated_and_hypothetical_speech_is_not_reported() -> None:
    text = LEAD + (
        "The premier did not say whether the province would cover uninsured losses.\n\n"
        "If asked, she would say the plan was fully costed.\n\n"
        "The mayor would not say if the city had asked for more money."
    )
    assert _texts(text) == []
