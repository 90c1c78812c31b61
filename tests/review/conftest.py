"""Helpers for the review view tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def quotes(article_with_quotes: Any) -> list[Any]:
    """The three quotes of `article_with_quotes`, in reading order."""
    return list(article_with_quotes.quotes.order_by("start"))


@pytest.fixture
def big_article(make_article: Callable[..., Any]) -> Callable[[int], Any]:
    """An article with `n` pending quotes, for query-count tests."""
    from attribution.models import Person, Quote

    def _make(n: int) -> Any:
        sentence = "“Words number {i} matter,” said Speaker {i}. "
        body = "Title line\n\n" + "".join(sentence.format(i=i) for i in range(n))
        article = make_article(body, title=f"Big {n}")
        quotes = []
        pos = body.index("“")
        for i in range(n):
            start = body.index("“", pos)
            end = body.index("”", start) + 1
            person = Person.objects.create(name=f"Speaker {i}")
            quotes.append(
                Quote(
                    article=article,
                    start=start,
                    end=end,
                    text=body[start:end],
                    speaker=person,
                    speaker_label=person.name,
                    confidence=0.5 + (i % 5) / 10,
                    rule="test",
                    kind="direct",
                    cue_start=end + 1,
                    cue_end=end + 5,
                    mention_start=end + 6,
                    mention_end=end + 6 + len(person.name),
                )
            )
            pos = end
        Quote.objects.bulk_create(quotes)
        return article

    return _make
