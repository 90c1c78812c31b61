"""The queue's search box: PostgreSQL full-text search when on PostgreSQL, a word-start match on SQLite.

Both match articles whose title or body contains every word of the query, each word also as a prefix
("Port" finds "Porter") but never inside another word ("port" does not find "support" or "important",
on either engine). On PostgreSQL the 'simple' configuration keeps it language-neutral
(articles in every language share one index), and the GIN index on exactly this
expression (migration 0004_article_search_gin) makes it fast at any size.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Q, QuerySet

from attribution.models import Article

SEARCH_CONFIG = "simple"
SUBQUERY_FENCE = 10**9
# Characters with a meaning in tsquery syntax; words are split on them.
_TSQUERY_SYNTAX = re.compile(r"[\s'\\:&|!()<>*\"]+")


def article_search_vector() -> SearchVector:
    """The indexed expression; change it only together with a migration rebuilding the index."""
    return SearchVector("title", "body", config=SEARCH_CONFIG)


def word_start(word: str) -> str:
    """A regular expression for `word` at the start of a word, for SQLite's REGEXP (Python's re, which
    Django registers): the LIKE before it narrows the rows, this drops the matches inside a word."""
    return r"(?:^|\W)" + re.escape(word)


def search_words(q: str) -> list[str]:
    return [w for w in _TSQUERY_SYNTAX.split(q) if any(ch.isalnum() for ch in w)][:20]


def search_articles(qs: QuerySet[Article], q: str) -> QuerySet[Article]:
    """Articles in `qs` whose title or body contains every word of `q` (case-insensitive)."""
    words = search_words(q)
    if not words:
        return qs
    if connections[qs.db].vendor == "postgresql":
        raw = " & ".join("'" + w + "':*" for w in words)
        query = SearchQuery(raw, config=SEARCH_CONFIG, search_type="raw")
        matching = (
            Article.objects.alias(search_document=article_search_vector())
            .filter(search_document=query)
            .order_by()
            .values("pk")
        )
        # The LIMIT keeps PostgreSQL from flattening the subquery into the page query: flattened, it
        # walks the created_at index and recomputes to_tsvector() for every article it passes
        # (~1 ms each) instead of reading the matches from the GIN index once.
        return qs.filter(pk__in=matching[:SUBQUERY_FENCE])
    for word in words:
        start = word_start(word)
        qs = qs.filter(
            Q(title__icontains=word, title__iregex=start) | Q(body__icontains=word, body__iregex=start)
        )
    return qs
