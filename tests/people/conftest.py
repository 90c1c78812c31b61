"""A small registry for the people and quote-search tests: two persons with quotes in two articles."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

BODY_ONE = (
    "Harbour deal signed\n\n"
    "Port Authority Chair Malik Osei said on Monday that the harbour deal would create jobs. "
    "“This is a good day for the docks,” Osei told reporters. "
    "Union leader Ruth Adebayo warned that wages had to rise first."
)
BODY_TWO = (
    "Docks strike averted\n\n"
    "“We will keep every berth open,” said M. Osei on Friday. "
    "Ruth Adebayo said the ceasefire between unions and owners would hold."
)


def _span(body: str, fragment: str) -> tuple[int, int]:
    start = body.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def registry(make_article: Any, reviewer: Any) -> dict[str, Any]:
    from attribution.models import Person, Quote

    one = make_article(BODY_ONE, source="Harbour Herald", published=dt.date(2026, 3, 1), language="en")
    two = make_article(BODY_TWO, source="Evening Post", published=dt.date(2026, 4, 2), language="en")
    osei = Person.objects.create(name="Malik Osei", title="Port Authority Chair")
    osei.add_alias("Osei")
    m_osei = Person.objects.create(name="M. Osei")
    adebayo = Person.objects.create(name="Ruth Adebayo", title="Union leader")
    quotes = {}
    for key, article, fragment, kind, person, label, act in [
        ("deal", one, "the harbour deal would create jobs", "indirect", osei, "Malik Osei", "predict"),
        ("docks", one, "This is a good day for the docks,", "direct", osei, "Osei", "praise"),
        ("wages", one, "wages had to rise first", "indirect", adebayo, "Ruth Adebayo", "warn"),
        ("berth", two, "We will keep every berth open,", "direct", m_osei, "M. Osei", "promise"),
        (
            "truce",
            two,
            "the ceasefire between unions and owners would hold",
            "indirect",
            adebayo,
            "Ruth Adebayo",
            "",
        ),
    ]:
        start, end = _span(article.body, fragment)
        quotes[key] = Quote.objects.create(
            article=article,
            start=start,
            end=end,
            kind=kind,
            speaker=person,
            speaker_label=label,
            speech_act=act,
        )
    quotes["wages"].confirm(by=reviewer)
    return {"one": one, "two": two, "osei": osei, "m_osei": m_osei, "adebayo": adebayo, "quotes": quotes}
