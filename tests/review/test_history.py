"""Each quote's history: who, when, before -> after."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_history_fragment_lists_who_when_and_what(client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]) -> None:
    from attribution.models import Person

    quote = quotes[2]
    quote.confirm(by=reviewer)
    quote.reassign(Person.objects.create(name="Cllr <Ann>"), by=editor)
    response = client_for(reviewer).get(reverse("quote-history", args=[quote.pk]), **HTMX)
    html = response.content.decode()
    assert "<html" not in html
    assert "Changed speaker</strong> by eddie" in html and "Confirmed</strong> by rita" in html
    assert "<del>pending</del> → <ins>confirmed</ins>" in html
    assert "Cllr &lt;Ann&gt;" in html
    assert "<time" in html


def test_history_page_without_htmx(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quotes[0].reject(by=reviewer)
    response = client_for(reviewer).get(reverse("quote-history", args=[quotes[0].pk]))
    assert "<html" in response.content.decode()
    assert "Rejected</strong> by rita" in response.content.decode()
