"""Confirm all remaining quotes with confidence >= X."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_bulk_confirm_confirms_only_pending_quotes_above_the_threshold(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    article = quotes[0].article
    quotes[1].reject(by=reviewer)  # 0.95 but already reviewed: stays rejected
    response = client_for(reviewer).post(
        reverse("article-bulk-confirm", args=[article.pk]), {"min_confidence": "0.7"}, **HTMX
    )
    assert response.status_code == 200
    events = json.loads(response["HX-Trigger"])
    assert "Confirmed 1 remaining quote" in events["toast"]["message"]
    statuses = dict(article.quotes.values_list("pk", "status"))
    assert statuses == {quotes[0].pk: "confirmed", quotes[1].pk: "rejected", quotes[2].pk: "pending"}


def test_bulk_confirm_writes_one_event_per_quote(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.models import QuoteEvent

    article = quotes[0].article
    client_for(reviewer).post(reverse("article-bulk-confirm", args=[article.pk]), {"min_confidence": "0"})
    events = QuoteEvent.objects.filter(action="bulk_confirm")
    assert events.count() == 3
    assert {e.after["version"] for e in events} == {2}
    assert all(e.actor == reviewer for e in events)
    assert set(article.quotes.values_list("version", flat=True)) == {2}


def test_plain_bulk_confirm_redirects(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(
        reverse("article-bulk-confirm", args=[quotes[0].article_id]), {"min_confidence": "0.9"}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("value", ["", "abc", "1.5", "-0.1"])
def test_bad_threshold_is_refused(client_for: Any, reviewer: Any, quotes: list[Any], value: str) -> None:
    response = client_for(reviewer).post(
        reverse("article-bulk-confirm", args=[quotes[0].article_id]), {"min_confidence": value}, **HTMX
    )
    assert response.status_code == 400
    assert not quotes[0].article.quotes.exclude(status="pending").exists()


def test_bulk_confirm_queries_do_not_grow_with_quotes(
    client_for: Any, reviewer: Any, big_article: Any, django_assert_max_num_queries: Any
) -> None:
    article = big_article(150)
    client = client_for(reviewer)
    with django_assert_max_num_queries(14):
        client.post(reverse("article-bulk-confirm", args=[article.pk]), {"min_confidence": "0"}, **HTMX)
    assert article.quotes.filter(status="confirmed").count() == 150
