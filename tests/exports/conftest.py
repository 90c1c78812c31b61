"""A small newsroom for the export tests: verified, pending and rejected quotes in two articles."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

FORMULA_BODY = (
    "Spreadsheet trouble\n\n"
    '“=HYPERLINK("http://evil.example","click")” wrote Mallory Byte on Tuesday. '
    "“@SUM(A1:A9) is my favourite,” she added. "
    "“-2+3 is five,” Byte said. "
    "The board said that it was not amused."
)


def span(body: str, fragment: str) -> tuple[int, int]:
    start = body.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def newsroom(article_with_quotes: Any, make_article: Any, reviewer: Any) -> dict[str, Any]:
    """Article 1 (Example Post, en, 2026-02-10): confirmed, corrected and pending quotes.
    Article 2 (Daily Planet, fr, 2026-03-05): verified formula-like quotes, one added by hand, one rejected.
    """
    from attribution.models import Person, Quote

    first = article_with_quotes
    first.published = dt.date(2026, 2, 10)
    first.url = "https://example.org/rail"
    first.save()
    q_indirect, q_direct, q_council = list(first.quotes.order_by("start"))
    q_indirect.confirm(by=reviewer)
    q_direct.change_kind("mixed", by=reviewer)  # corrected

    second = make_article(
        FORMULA_BODY,
        source="Daily Planet",
        language="fr",
        published=dt.date(2026, 3, 5),
        title="Spreadsheet trouble",
    )
    mallory = Person.objects.create(name="Mallory Byte", title="=cmd|' /C calc'!A0")
    mallory.add_alias("Byte")
    made = {}
    for name, fragment in [
        ("hyperlink", '=HYPERLINK("http://evil.example","click")'),
        ("at_sum", "@SUM(A1:A9) is my favourite,"),
        ("minus", "-2+3 is five,"),
    ]:
        start, end = span(FORMULA_BODY, fragment)
        made[name] = Quote.objects.create(
            article=second, start=start, end=end, kind="direct", speaker=mallory, speaker_label="Mallory Byte"
        )
        made[name].confirm(by=reviewer)
    start, end = span(FORMULA_BODY, "it was not amused")
    board = Quote.add_by_hand(second, start, end, by=reviewer, kind="indirect")
    rejected = Quote.objects.create(
        article=second, start=0, end=len("Spreadsheet trouble"), kind="direct", speaker_label="headline"
    )
    rejected.reject(by=reviewer)
    return {
        "first": first,
        "second": second,
        "porter": Person.objects.get(name="Jane Porter"),
        "mallory": mallory,
        "confirmed": q_indirect,
        "corrected": q_direct,
        "pending": q_council,
        "added": board,
        "rejected": rejected,
        **made,
    }
