"""Review pages and quote actions; the views live in review_*.py, one module per page."""

from __future__ import annotations

from attribution.views.review_actions import (
    change_kind,
    change_span,
    change_speaker,
    confirm,
    quote_detail,
    reject,
    undo,
)
from attribution.views.review_article import (
    add_quote,
    article_body,
    article_counters,
    article_detail,
    article_quotes,
    bulk_confirm,
)
from attribution.views.review_persons import person_search
from attribution.views.review_queue import next_article, queue

__all__ = [
    "add_quote",
    "article_body",
    "article_counters",
    "article_detail",
    "article_quotes",
    "bulk_confirm",
    "change_kind",
    "change_span",
    "change_speaker",
    "confirm",
    "next_article",
    "person_search",
    "queue",
    "quote_detail",
    "reject",
    "undo",
]
