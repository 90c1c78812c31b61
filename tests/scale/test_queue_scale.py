"""The queue stays cheap as the tables grow: fixed query counts, a cached overall progress bar,
EXISTS filters, calm polling for rows still being parsed."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.models import Article, Person, Quote
from attribution.views import review_queue

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}

QUEUE_PAGES = [
    {},
    {"status": "todo"},
    {"status": "done"},
    {"status": "empty"},
    {"status": "parsing"},
    {"speaker": "porter"},
    {"q": "minister"},
    {"q": "minister", "status": "todo", "source": "Wire"},
    {"page": "2"},
]


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


def _add_articles(make_article: Any, n: int, quotes_each: int, start: int = 0) -> list[Article]:
    porter = Person.objects.get_or_create(name="Jane Porter")[0]
    articles = []
    for i in range(start, start + n):
        lines = "".join(f"“Line {k} of {i},” said Porter. " for k in range(quotes_each))
        body = f"Minister story {i}\n\n{lines}"
        article = make_article(body, source="Wire")
        spans, pos = [], 0
        for _ in range(quotes_each):
            s = body.index("“", pos)
            e = body.index("”", s) + 1
            spans.append((s, e))
            pos = e
        Quote.objects.bulk_create(
            Quote(
                article=article,
                start=s,
                end=e,
                text=body[s:e],
                speaker=porter,
                speaker_label="Porter",
                confidence=0.8,
                status="confirmed" if k % 3 == 0 else "pending",
            )
            for k, (s, e) in enumerate(spans)
        )
        articles.append(article)
    Article.objects.update(parse_status="done")
    return articles


def _queries(client: Any, params: dict[str, str], **headers: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("queue"), params, **headers)
    assert response.status_code == 200
    return len(captured)


def test_queue_queries_do_not_grow_with_articles_or_quotes(client_for, reviewer, make_article) -> None:
    client = client_for(reviewer)
    _add_articles(make_article, 3, 2)
    small = {str(p): _queries(client, p) for p in QUEUE_PAGES}
    _add_articles(make_article, 40, 12, start=3)
    cache.clear()
    large = {str(p): _queries(client, p) for p in QUEUE_PAGES}
    assert large == small
    # a fixed number: the page's own queries plus the team workflow's (tab counts, the reviewer list,
    # the notifications)
    assert max(large.values()) <= 14


def test_filters_use_exists_not_in_subqueries(client_for, reviewer, make_article) -> None:
    client = client_for(reviewer)
    _add_articles(make_article, 2, 2)
    for params in ({"status": "todo"}, {"status": "done"}, {"status": "empty"}, {"speaker": "porter"}):
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("queue"), params, **HTMX)
        sql = " ".join(q["sql"] for q in captured).upper()
        assert "EXISTS" in sql, params
        assert '"ID" IN (SELECT' not in sql.replace("U0.", "").replace('"ATTRIBUTION_ARTICLE".', ""), params


def test_overall_progress_is_cached_until_quotes_change(client_for, reviewer, make_article) -> None:
    client = client_for(reviewer)
    articles = _add_articles(make_article, 2, 3)  # 6 quotes, 2 confirmed

    def counts_every_quote(captured: CaptureQueriesContext) -> bool:
        # the overall figure adds up the per-article tallies the database keeps (QuoteTally)
        head = 'SELECT "attribution_quotetally"."status" AS "status", SUM('
        return any(q["sql"].startswith(head) for q in captured)

    with CaptureQueriesContext(connection) as captured:
        first = client.get(reverse("queue")).content.decode()
    assert "<strong>2</strong> of 6 quotes reviewed" in first and counts_every_quote(captured)
    with CaptureQueriesContext(connection) as captured:
        client.get(reverse("queue"))
    assert not counts_every_quote(captured)  # served from the cache
    # A review changes the figure at once (small table: recounting is cheap).
    Quote.objects.filter(article=articles[0], status="pending").first().confirm(by=reviewer)
    assert "<strong>3</strong> of 6 quotes reviewed" in client.get(reverse("queue")).content.decode()


def test_on_a_large_table_a_recent_figure_is_reused(client_for, reviewer, make_article, monkeypatch) -> None:
    """Counting is 'expensive' here: a changed table is recounted only once the figure is 30 s old."""
    monkeypatch.setattr(review_queue, "PROGRESS_CHEAP_SECONDS", -1.0)
    client = client_for(reviewer)
    articles = _add_articles(make_article, 2, 3)
    assert "<strong>2</strong> of 6" in client.get(reverse("queue")).content.decode()
    Quote.objects.filter(article=articles[0], status="pending").first().confirm(by=reviewer)
    assert "<strong>2</strong> of 6" in client.get(reverse("queue")).content.decode()
    now = review_queue.time.time()
    monkeypatch.setattr(review_queue.time, "time", lambda: now + review_queue.PROGRESS_STALE_SECONDS + 1)
    assert "<strong>3</strong> of 6" in client.get(reverse("queue")).content.decode()


def test_rows_still_parsing_poll_every_10_seconds_and_parsed_rows_do_not(
    client_for, reviewer, make_article
) -> None:
    waiting, parsed = make_article(body="Waiting\n\nBody."), make_article(body="Parsed\n\nBody.")
    Article.objects.filter(pk=waiting.pk).update(parse_status="pending")
    Article.objects.filter(pk=parsed.pk).update(parse_status="done")
    html = client_for(reviewer).get(reverse("queue")).content.decode()
    assert html.count('hx-trigger="every 10s"') == 1
    assert "every 2s" not in html
    status_url = reverse("progress_article", args=[waiting.pk])
    assert f'hx-get="{status_url}?poll=10s"' in html
    assert reverse("progress_article", args=[parsed.pk]) not in html


def test_an_expensive_count_is_reused_for_the_same_filter(
    client_for, reviewer, make_article, monkeypatch
) -> None:
    monkeypatch.setattr(review_queue, "COUNT_CHEAP_SECONDS", -1.0)  # every count is 'expensive'
    client = client_for(reviewer)
    _add_articles(make_article, 2, 1)
    first = client.get(reverse("queue"), {"q": "minister"})
    assert first.context["page"].paginator.count == 2
    _add_articles(make_article, 1, 1, start=2)
    again = client.get(reverse("queue"), {"q": "minister", "page": "1"})
    assert again.context["page"].paginator.count == 2  # the count is reused (up to 30 s)...
    assert len(again.context["page"].object_list) == 3  # ...the rows are always fresh
    assert client.get(reverse("queue"), {"q": "story"}).context["page"].paginator.count == 3


def test_cheap_counts_are_never_cached(client_for, reviewer, make_article) -> None:
    client = client_for(reviewer)
    _add_articles(make_article, 2, 1)
    assert client.get(reverse("queue")).context["page"].paginator.count == 2
    _add_articles(make_article, 1, 1, start=2)
    assert client.get(reverse("queue")).context["page"].paginator.count == 3
