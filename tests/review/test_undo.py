"""Undo reverts the reviewer's own last action through the audit log."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_undo_reverts_the_last_action_and_marks_it_undone(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    quote = quotes[0]
    client.post(reverse("quote-confirm", args=[quote.pk]), {"version": 1}, **HTMX)
    response = client.post(reverse("undo"), {"article": quote.article_id}, **HTMX)
    assert response.status_code == 200
    events = json.loads(response["HX-Trigger"])
    assert {"list-changed", "body-changed", "quotes-changed", "toast"} <= set(events)
    assert events["quote-select"] == {"id": quote.pk}
    quote.refresh_from_db()
    assert quote.status == "pending"
    confirm, undo = quote.events.order_by("id")
    assert confirm.undone and undo.action == "undo" and undo.actor == reviewer


def test_undo_steps_back_through_several_actions(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.models import Person

    client = client_for(reviewer)
    quote = quotes[2]
    other = Person.objects.create(name="Tom Field")
    client.post(reverse("quote-confirm", args=[quote.pk]), {"version": 1})
    client.post(reverse("quote-speaker", args=[quote.pk]), {"version": 2, "person": other.pk})
    client.post(reverse("undo"))
    quote.refresh_from_db()
    assert quote.speaker is None and quote.status == "confirmed"
    client.post(reverse("undo"))
    quote.refresh_from_db()
    assert quote.status == "pending"
    response = client.post(reverse("undo"), follow=True)
    assert "Nothing to undo" in response.content.decode()


def test_undo_only_touches_my_own_actions(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    quotes[0].confirm(by=editor)
    response = client_for(reviewer).post(reverse("undo"), **HTMX)
    assert "Nothing to undo" in json.loads(response["HX-Trigger"])["toast"]["message"]
    quotes[0].refresh_from_db()
    assert quotes[0].status == "confirmed"


def test_undo_refuses_to_overwrite_someone_elses_later_change(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    quote = quotes[0]
    quote.confirm(by=reviewer)
    quote.reject(by=editor)
    response = client_for(reviewer).post(reverse("undo"), **HTMX)
    assert response.status_code == 409
    assert "eddie" in json.loads(response["HX-Trigger"])["toast"]["message"]
    quote.refresh_from_db()
    assert quote.status == "rejected"


def test_undoing_an_added_quote_rejects_it(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    from attribution.models import Quote

    added = Quote.add_by_hand(article_with_quotes, 0, 8, by=reviewer)
    client_for(reviewer).post(reverse("undo"), **HTMX)
    added.refresh_from_db()
    assert added.status == "rejected"
    assert added.events.filter(action="add", undone=True).exists()


def test_undo_of_a_bulk_confirm_reverts_the_whole_batch(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    article = quotes[0].article
    quotes[0].reject(by=reviewer)
    client.post(reverse("article-bulk-confirm", args=[article.pk]), {"min_confidence": "0"}, **HTMX)
    assert article.quotes.filter(status="confirmed").count() == 2
    client.post(reverse("undo"), **HTMX)
    assert article.quotes.filter(status="pending").count() == 2
    assert article.quotes.get(pk=quotes[0].pk).status == "rejected"  # the earlier reject stays


def test_plain_undo_redirects_to_the_article(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    client = client_for(reviewer)
    quotes[0].confirm(by=reviewer)
    response = client.post(reverse("undo"))
    assert response.status_code == 302
    assert response["Location"] == reverse("article", args=[quotes[0].article_id])


def test_undo_of_an_action_on_another_article_takes_you_there(
    client_for: Any, reviewer: Any, quotes: list[Any], make_article: Any
) -> None:
    other = make_article("Another article\n\nSomething else entirely.")
    quotes[0].confirm(by=reviewer)
    client = client_for(reviewer)
    # The first Undo says where the action was and changes nothing (issue 14) …
    first = client.post(reverse("undo"), {"article": other.pk}, **HTMX)
    assert "HX-Redirect" not in first
    assert "Press Undo again" in first["HX-Trigger"] and quotes[0].article.title[:20] in first["HX-Trigger"]
    quotes[0].refresh_from_db()
    assert quotes[0].status == "confirmed"
    # … the second undoes it and takes you there.
    response = client.post(reverse("undo"), {"article": other.pk}, **HTMX)
    assert response["HX-Redirect"].startswith(reverse("article", args=[quotes[0].article_id]))
    quotes[0].refresh_from_db()
    assert quotes[0].status == "pending"


def test_undo_on_another_article_without_javascript_also_asks_first(
    client_for: Any, reviewer: Any, quotes: list[Any], make_article: Any
) -> None:
    other = make_article("Another article\n\nSomething else entirely.")
    quotes[0].reject(by=reviewer)
    client = client_for(reviewer)
    response = client.post(reverse("undo"), {"article": other.pk}, follow=True)
    assert "Press Undo again" in response.content.decode()
    quotes[0].refresh_from_db()
    assert quotes[0].status == "rejected"
