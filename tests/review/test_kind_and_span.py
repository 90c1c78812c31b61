"""Changing a quote's kind and its span."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_change_kind(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    response = client_for(reviewer).post(
        reverse("quote-kind", args=[quote.pk]), {"version": 1, "kind": "mixed"}, **HTMX
    )
    assert response.status_code == 200
    assert "k-mixed" in response.content.decode()
    quote.refresh_from_db()
    assert quote.kind == "mixed" and quote.status == "corrected"
    assert quote.events.get().action == "change_kind"


def test_unknown_kind_is_a_400(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    response = client_for(reviewer).post(
        reverse("quote-kind", args=[quote.pk]), {"version": 1, "kind": "rumour"}, **HTMX
    )
    assert response.status_code == 400
    quote.refresh_from_db()
    assert quote.kind == "indirect"


def test_plain_change_kind_redirects(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(
        reverse("quote-kind", args=[quotes[0].pk]), {"version": 1, "kind": "direct"}
    )
    assert response.status_code == 302


def test_change_span_updates_text_and_refreshes_the_body(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    quote = quotes[1]
    body = quote.article.body
    start = body.index("We will not")
    end = body.index("slip again") + len("slip again")
    response = client_for(reviewer).post(
        reverse("quote-span", args=[quote.pk]), {"version": 1, "start": start, "end": end}, **HTMX
    )
    assert response.status_code == 200
    assert "body-changed" in json.loads(response["HX-Trigger"])
    quote.refresh_from_db()
    assert quote.text == "We will not let this project slip again"
    event = quote.events.get()
    assert event.action == "change_span" and event.before["text"].endswith(",")


@pytest.mark.parametrize(("start", "end"), [(10, 5), (-1, 4), (0, 10**6), ("a", 3)])
def test_impossible_spans_are_refused(
    client_for: Any, reviewer: Any, quotes: list[Any], start: Any, end: Any
) -> None:
    quote = quotes[1]
    response = client_for(reviewer).post(
        reverse("quote-span", args=[quote.pk]), {"version": 1, "start": start, "end": end}, **HTMX
    )
    assert response.status_code == 400
    assert not quote.events.exists()


def test_plain_change_span_redirects(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(
        reverse("quote-span", args=[quotes[0].pk]), {"version": 1, "start": 0, "end": 4}
    )
    assert response.status_code == 302
