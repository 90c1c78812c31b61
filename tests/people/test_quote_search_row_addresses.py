"""A word search's page of quotes is read by the row addresses (ctid) the query that found them saw, not
through the primary key's index (a page of it per quote, a disk read each on a cold cache); a quote
written since is read by id. PostgreSQL only: SQLite reads by id, as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from attribution.models import Article, Quote
from attribution.quote_search import NEWEST_FIRST, QuoteSearchFilters
from attribution.views import quote_search as search_view

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row addresses are PostgreSQL's"),
]

SENTENCES = [
    "The harbour master said the night ferry would sail at ten.",
    "A pilot said the ferry was too slow for the larger boats.",
]


@pytest.fixture
def ferry_quotes(make_article: Any) -> list[int]:
    for n, published in enumerate([dt.date(2026, 3, 2), dt.date(2026, 5, 1), None]):
        body = f"Ferry report {n}\n\n" + " ".join(SENTENCES) + f"\n\nReporting by desk {n}."
        article: Article = make_article(body, published=published)
        for sentence in SENTENCES:
            start = article.body.index(sentence)
            Quote.objects.create(article=article, start=start, end=start + len(sentence))
    filters = QuoteSearchFilters.from_params({"text": "ferry"}, default_status=search_view.ALL_STATUSES)
    return list(filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST).values_list("pk", flat=True))


@pytest.fixture(autouse=True)
def few_by_the_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner's estimate of an unanalysed table is anything: these are 6 quotes, counted."""
    monkeypatch.setattr(search_view, "planned_rows", lambda quotes: 6.0)


def _paginator() -> search_view.CappedCountPaginator:
    filters = QuoteSearchFilters.from_params({"text": "ferry"}, default_status=search_view.ALL_STATUSES)
    quotes = filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST)
    rows = Quote.objects.select_related("article", "speaker")
    return search_view.CappedCountPaginator(quotes, 4, cap=20, rows=rows, lexemes=filters.lexemes)


def test_the_page_is_read_by_row_address_not_through_the_primary_key(ferry_quotes: list[int]) -> None:
    with CaptureQueriesContext(connection) as queries:
        page = _paginator().get_page(1)
        assert [q.pk for q in page] == ferry_quotes[:4] and all(q.article.title for q in page)
    fetch = [q["sql"] for q in queries.captured_queries if '"ctid" = ANY' in q["sql"]]
    by_id = '"attribution_quote"."id" IN ('
    assert len(fetch) == 1 and not any(by_id in q["sql"] for q in queries.captured_queries)
    # planned with every other way to the quotes off (a few rows: the planner may read them all),
    # so the test shows the query can be answered from the addresses alone
    with transaction.atomic(), connection.cursor() as cursor:
        for setting in ("seqscan", "indexscan", "indexonlyscan", "bitmapscan"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        cursor.execute("EXPLAIN " + fetch[0])  # the captured SQL has its values in it
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Tid Scan on attribution_quote" in plan and "attribution_quote_pkey" not in plan


def test_a_quote_written_after_its_address_was_read_is_read_by_id(ferry_quotes: list[int]) -> None:
    paginator = _paginator()
    _, ids, addresses = paginator._ranked(1)
    assert ids == ferry_quotes[:4] and all(addresses)
    Quote.objects.filter(pk=ids[1]).update(status=Quote.Status.CONFIRMED)  # a new row version elsewhere
    rows = paginator._fetch(ids, addresses)
    assert [q.pk for q in rows] == ids and rows[1].status == Quote.Status.CONFIRMED

