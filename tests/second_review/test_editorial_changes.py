"""Kind and span edits under second review: only an editor changes them, a reviewer is told why."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Quote, QuoteEvent

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _span_inside(quote: Any) -> dict[str, int]:
    return {"version": quote.version, "start": quote.start + 1, "end": quote.end - 1}


@pytest.mark.parametrize(
    ("name", "form"),
    [("quote-kind", lambda q: {"version": q.version, "kind": "indirect"}), ("quote-span", _span_inside)],
)
def test_a_reviewer_cannot_change_kind_or_span_under_second_review(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list, name: str, form: Any
) -> None:
    quote = quotes[0]
    before = Quote.objects.values("kind", "start", "end", "version").get(pk=quote.pk)
    response = client_for(rita).post(reverse(name, args=[quote.pk]), form(quote), **HTMX)
    assert response.status_code == 409
    assert "under second review: only an editor can change" in response.content.decode()
    assert Quote.objects.values("kind", "start", "end", "version").get(pk=quote.pk) == before
    assert not QuoteEvent.objects.exists()


def test_without_htmx_the_reviewer_is_sent_back_with_the_reason(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    client = client_for(rita)
    response = client.post(reverse("quote-kind", args=[quote.pk]), {"kind": "indirect"}, follow=True)
    assert "under second review: only an editor can change a quote&#x27;s kind" in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).kind == quote.kind


def test_an_editor_changes_kind_and_span_under_second_review(
    client_for: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    client = client_for(editor)
    new_kind = "indirect" if quote.kind != "indirect" else "direct"
    response = client.post(reverse("quote-kind", args=[quote.pk]), {"version": 1, "kind": new_kind}, **HTMX)
    assert response.status_code == 200
    response = client.post(
        reverse("quote-span", args=[quote.pk]), _span_inside(Quote.objects.get(pk=quote.pk)), **HTMX
    )
    assert response.status_code == 200
    after = Quote.objects.get(pk=quote.pk)
    assert (after.kind, after.start, after.end) == (new_kind, quote.start + 1, quote.end - 1)


def test_once_the_requirement_is_lifted_a_reviewer_edits_again(
    client_for: Any, rita: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    under_second_review.second_review.lift(by=editor)
    quote = quotes[0]
    response = client_for(rita).post(reverse("quote-span", args=[quote.pk]), _span_inside(quote), **HTMX)
    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).start == quote.start + 1


def test_the_quote_editor_offers_no_kind_or_span_form_to_a_reviewer_under_second_review(
    client_for: Any, rita: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    url = reverse("quote", args=[quotes[0].pk])
    reviewer_html = client_for(rita).get(url, **HTMX).content.decode()
    assert "only an editor changes this quote" in reviewer_html
    assert 'class="kind-form"' not in reviewer_html and 'class="span-form"' not in reviewer_html
    assert 'class="speaker-form"' in reviewer_html  # the speaker choice is their review
    editor_html = client_for(editor).get(url, **HTMX).content.decode()
    assert 'class="kind-form"' in editor_html and 'class="span-form"' in editor_html
