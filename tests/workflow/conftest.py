"""Fixtures for the team workflow tests: a desk of two reviewers and an editor, and articles with quotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    """Counts a slow (busy) machine kept in the cache must not reach the next test's database."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def colleague(make_user: Callable[..., Any]) -> Any:
    """A second reviewer, for mentions and reassignment."""
    return make_user("carlos", "Reviewer")


@pytest.fixture
def quote(article_with_quotes: Any) -> Any:
    """The article's first quote in reading order."""
    return article_with_quotes.quotes.order_by("start").first()


@pytest.fixture
def articles(make_article: Callable[..., Any]) -> list[Any]:
    """Three articles from two outlets, each with one pending quote."""
    from attribution.models import Quote

    made = []
    for i, (source, words) in enumerate(
        [
            ("Harbour Gazette", "The ferry will run again in June"),
            ("Harbour Gazette", "We have found the money for the pier"),
            ("Inland Courier", "Nobody told the farmers about the road"),
        ]
    ):
        body = f"Story {i}\n\n“{words},” said Councillor Ama Boateng on Tuesday."
        article = make_article(body, source=source)
        start = body.index("“")
        end = body.index("”") + 1
        Quote.objects.create(
            article=article, start=start, end=end, speaker_label="Ama Boateng", confidence=0.9
        )
        made.append(article)
    return made
