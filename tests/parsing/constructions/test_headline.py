"""Headlines (attribution/parsing/constructions/headline.py): "'…': mayor", "Police: …"."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_quoted_headline_attributed_after_a_colon():
    text = "'We will rebuild the bridge': mayor\n\nThe mayor of Riverton promised on Monday to rebuild it."
    assert found(text) == [("We will rebuild the bridge", "direct", "mayor", "direct:headline-colon-X")]


def test_headline_with_a_quoted_fragment_is_mixed():
    text = "Harbour dredging 'years overdue': port chief\n\nThe harbour has not been dredged since 2009."
    assert found(text) == [
        ("Harbour dredging 'years overdue'", "mixed", "port chief", "indirect:headline-colon-X")
    ]


def test_source_before_the_colon():
    text = (
        "Police: 2 teens hurt in drive-by shooting\n\nTwo teenagers were hurt on Elm Street late on Saturday."
    )
    assert found(text) == [
        ("2 teens hurt in drive-by shooting", "indirect", "Police", "indirect:headline-X-colon")
    ]


def test_refuses_a_topic_before_the_colon():
    assert found("Election 2026: the final count\n\nThe count continues in three districts.") == []


def test_source_after_a_dash_at_the_end_of_a_wire_headline():
    # the dash regex runs only when a dash stands near the headline's end: hyphen, en dash, both spacings
    assert found("Port strike to end on Friday - union\n\nDock workers return after a pay deal.") == [
        ("Port strike to end on Friday", "indirect", "union", "indirect:headline-colon-X")
    ]
    assert found("Rail fares to rise by 5% in March -sources\n\nTicket prices go up in March.") == [
        ("Rail fares to rise by 5% in March", "indirect", "sources", "indirect:headline-colon-X")
    ]
    assert found("Rail fares to rise by 5% – minister\n\nTicket prices go up in March.") == [
        ("Rail fares to rise by 5%", "indirect", "minister", "indirect:headline-colon-X")
    ]


def test_refuses_a_headline_with_no_source_after_its_dash_or_no_dash():
    assert found("Half-term traffic jams on the M5 - in pictures\n\nDrivers queued on Friday.") == []
    assert found("Port strike to end on Friday, union leaders hope\n\nDock workers return.") == []
