"""Undo under second review: a reviewer takes back their own independent review until the pair is in."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from attribution.models import IndependentReview, Person, Quote, QuoteEvent, SecondReview
from attribution.second_review import SecondReviewEvent, SecondReviewRefused

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_undoing_a_first_review_removes_it(under_second_review: Any, quotes: list, rita: Any) -> None:
    IndependentReview.record(quotes[0], rita, status="rejected")
    event = SecondReviewEvent.last_undoable_review(rita)
    undo = event.undo_review(rita)
    assert not IndependentReview.objects.filter(quote=quotes[0]).exists()
    assert (undo.action, undo.before["status"], undo.after) == ("undo", "rejected", None)
    event.refresh_from_db()
    assert event.undone and SecondReviewEvent.last_undoable_review(rita) is None
    quotes[0].refresh_from_db()
    assert quotes[0].status == "pending"


def test_undoing_a_change_of_mind_restores_the_earlier_review(
    under_second_review: Any, quotes: list, rita: Any
) -> None:
    okafor = Person.objects.create(name="Sam Okafor")
    IndependentReview.record(quotes[0], rita, status="confirmed")
    IndependentReview.record(quotes[0], rita, speaker=okafor)
    SecondReviewEvent.last_undoable_review(rita).undo_review(rita)
    review = IndependentReview.objects.get(quote=quotes[0], reviewer=rita)
    assert (review.status, review.speaker_id) == ("confirmed", quotes[0].speaker_id)
    SecondReviewEvent.last_undoable_review(rita).undo_review(rita)  # and the one before that
    assert not IndependentReview.objects.filter(quote=quotes[0]).exists()


def test_a_completed_pair_cannot_be_undone(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    IndependentReview.record(quotes[0], rita, status="confirmed")
    IndependentReview.record(quotes[0], ravi, status="confirmed")  # agree: the quote is confirmed
    with pytest.raises(SecondReviewRefused, match="locked"):
        SecondReviewEvent.last_undoable_review(ravi).undo_review(ravi)
    quotes[0].refresh_from_db()
    assert quotes[0].status == "confirmed" and IndependentReview.objects.filter(quote=quotes[0]).count() == 2


def test_undo_takes_back_the_last_review_before_older_quote_changes(
    client_for: Any, article_with_quotes: Any, editor: Any, rita: Any
) -> None:
    quotes = list(article_with_quotes.quotes.order_by("start"))
    client = client_for(rita)
    client.post(reverse("quote-reject", args=[quotes[0].pk]))  # before second review: changes the quote
    SecondReview.require(article_with_quotes, by=editor)
    client.post(reverse("quote-confirm", args=[quotes[1].pk]))  # an independent review
    response = client.post(reverse("undo"), {"article": article_with_quotes.pk}, **HTMX)
    assert response.status_code == 200
    toast = json.loads(response["HX-Trigger"])["toast"]["message"]
    assert toast.startswith("Undid your review of")
    assert not IndependentReview.objects.exists()
    assert Quote.objects.get(pk=quotes[0].pk).status == "rejected"  # the older action is still there
    client.post(reverse("undo"), {"article": article_with_quotes.pk}, **HTMX)  # now that one
    assert Quote.objects.get(pk=quotes[0].pk).status == "pending"
    assert QuoteEvent.objects.filter(action="undo").count() == 1


def test_undo_of_a_locked_review_says_why(
    client_for: Any, under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    client_for(rita).post(reverse("quote-confirm", args=[quotes[0].pk]))
    client_for(ravi).post(reverse("quote-reject", args=[quotes[0].pk]))
    response = client_for(ravi).post(reverse("undo"), {"article": under_second_review.pk}, **HTMX)
    assert response.status_code == 409
    assert "locked" in json.loads(response["HX-Trigger"])["toast"]["message"]
    assert IndependentReview.objects.filter(quote=quotes[0]).count() == 2


def test_nobody_undoes_someone_elses_review(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    IndependentReview.record(quotes[0], rita, status="rejected")
    event = SecondReviewEvent.last_undoable_review(rita)
    assert SecondReviewEvent.last_undoable_review(ravi) is None
    with pytest.raises(ValueError):
        event.undo_review(ravi)
    assert IndependentReview.objects.filter(quote=quotes[0], reviewer=rita).exists()
