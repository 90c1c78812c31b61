"""The confirm path stays lean (issue 14: confirm p95 < 50 ms with 16 reviewers, `manage.py bench_web`)."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_a_confirmed_quote_keeps_the_article_it_read(reviewer: Any, article_with_quotes: Any) -> None:
    from attribution.models import Quote

    first = article_with_quotes.quotes.order_by("start").first()
    quote = Quote.objects.only("id", "article_id", "version").get(pk=first.pk)
    quote.confirm(by=reviewer)
    with CaptureQueriesContext(connection) as ctx:
        assert quote.article.body == article_with_quotes.body
    assert not ctx.captured_queries


def test_confirm_reads_the_article_body_once(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    """Once, joined to the quote it changes (the answer's row needs the text): not a second time."""
    client = client_for(reviewer)
    first = article_with_quotes.quotes.order_by("start").first()
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(reverse("quote-confirm", args=[first.pk]), {"version": 1}, **HTMX)
    assert response.status_code == 200
    reads_of_body = [q["sql"] for q in ctx.captured_queries if '"attribution_article"."body"' in q["sql"]]
    assert len(reads_of_body) == 1, reads_of_body
    assert len(ctx.captured_queries) <= 13
