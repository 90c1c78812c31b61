"""Adding a quote the parser missed, from a text selection and a speaker."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def _span(article: Any, fragment: str) -> dict[str, int]:
    start = article.body.index(fragment)
    return {"start": start, "end": start + len(fragment)}


def test_htmx_add_creates_the_quote_and_refreshes_the_page(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Person, Quote

    porter = Person.objects.get(name="Jane Porter")
    data = {**_span(article_with_quotes, "fantasy"), "person": porter.pk, "kind": "direct"}
    response = client_for(reviewer).post(reverse("quote-add", args=[article_with_quotes.pk]), data, **HTMX)
    assert response.status_code == 200
    assert response.content == b""
    events = json.loads(response["HX-Trigger"])
    assert {"list-changed", "body-changed", "quotes-changed", "toast", "quote-select"} <= set(events)
    quote = Quote.objects.get(article=article_with_quotes, text="fantasy")
    assert events["quote-select"] == {"id": quote.pk}
    assert quote.status == "added" and quote.speaker == porter and quote.reviewed_by == reviewer
    event = quote.events.get()
    assert event.action == "add" and event.before is None and event.actor == reviewer


def test_plain_add_redirects_to_the_article(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    data = {**_span(article_with_quotes, "fantasy"), "speaker": "The opposition", "kind": "direct"}
    response = client_for(reviewer).post(reverse("quote-add", args=[article_with_quotes.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("article", args=[article_with_quotes.pk])
    assert article_with_quotes.quotes.filter(text="fantasy", speaker__name="The opposition").exists()


def test_spaces_around_a_selection_are_trimmed(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    data = {**_span(article_with_quotes, " the plan "), "speaker": ""}
    client_for(reviewer).post(reverse("quote-add", args=[article_with_quotes.pk]), data, **HTMX)
    assert article_with_quotes.quotes.filter(text="the plan", speaker=None).exists()


@pytest.mark.parametrize(
    "data",
    [{"start": 5, "end": 3}, {"start": 0}, {"start": 0, "end": 10**7}, {"start": 0, "end": 4, "kind": "x"}],
)
def test_bad_input_is_a_400_with_a_message(
    client_for: Any, reviewer: Any, article_with_quotes: Any, data: dict[str, Any]
) -> None:
    n = article_with_quotes.quotes.count()
    response = client_for(reviewer).post(reverse("quote-add", args=[article_with_quotes.pk]), data, **HTMX)
    assert response.status_code == 400
    assert "toast" in json.loads(response["HX-Trigger"])
    assert article_with_quotes.quotes.count() == n
