"""The quote page: its editor (speaker, kind, span) and its history: who, when, before -> after."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_history_fragment_lists_who_when_and_what(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    from attribution.models import Person

    quote = quotes[2]
    quote.confirm(by=reviewer)
    quote.reassign(Person.objects.create(name="Cllr <Ann>"), by=editor)
    response = client_for(reviewer).get(reverse("quote", args=[quote.pk]), **HTMX)
    html = response.content.decode()
    assert "<html" not in html
    assert "Changed speaker</strong> by eddie" in html and "Confirmed</strong> by rita" in html
    assert "<del>pending</del> → <ins>confirmed</ins>" in html
    assert "Cllr &lt;Ann&gt;" in html
    assert "<time" in html


def test_history_page_without_htmx(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quotes[0].reject(by=reviewer)
    response = client_for(reviewer).get(reverse("quote", args=[quotes[0].pk]))
    assert "<html" in response.content.decode()
    assert "Rejected</strong> by rita" in response.content.decode()


def test_editor_fragment_has_the_labelled_speaker_field_and_targets_the_row(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    html = client_for(reviewer).get(reverse("quote", args=[quotes[0].pk]), **HTMX).content.decode()
    assert f'<label for="speaker-{quotes[0].pk}">Speaker</label>' in html
    assert 'hx-target="closest .quote-row"' in html


def test_plain_form_on_the_quote_page_comes_back_to_it(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    page = reverse("quote", args=[quotes[0].pk])
    html = client.get(page).content.decode()
    assert "hx-post" not in html  # a page of its own: plain forms
    response = client.post(
        reverse("quote-kind", args=[quotes[0].pk]), {"version": 1, "kind": "mixed", "next": page}
    )
    assert response["Location"] == page


def test_history_names_no_parser_for_what_the_system_did(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    """Two agreeing second reviews confirm the quote with no actor (neither reviewer's undo takes it);
    its history said "Confirmed by the parser", and a parse read "Found by parser by the parser"."""
    from attribution.models import QuoteEvent

    quote = quotes[2]
    QuoteEvent.objects.create(quote=quote, actor=None, action="parse", before={}, after={"status": "pending"})
    quote.confirm(by=None)
    html = client_for(reviewer).get(reverse("quote", args=[quote.pk]), **HTMX).content.decode()
    assert "Confirmed</strong> by the system" in html
    assert re.search(r"Found by parser</strong>\s*<time", html)
    assert "by the parser" not in html
