"""Two reviewers change the same quote: the second is told who and when; nothing is overwritten."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_second_reviewer_gets_409_naming_the_first(reviewer: Any, editor: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    first, second = Client(), Client()
    first.force_login(reviewer)
    second.force_login(editor)
    assert first.post(reverse("quote-reject", args=[quote.pk]), {"version": 1}, **HTMX).status_code == 200
    # The editor's page still shows version 1.
    response = second.post(reverse("quote-confirm", args=[quote.pk]), {"version": 1}, **HTMX)
    assert response.status_code == 409
    html = response.content.decode()
    assert "changed by rita at" in html
    assert 'role="alert"' in html
    assert 'data-version="2"' in html  # the fresh row, so the editor can act on what is there now
    quote.refresh_from_db()
    assert quote.status == "rejected" and quote.reviewed_by == reviewer
    assert list(quote.events.values_list("action", flat=True)) == ["reject"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("quote-speaker", {"speaker": "Someone Else"}),
        ("quote-kind", {"kind": "mixed"}),
        ("quote-span", {"start": 5, "end": 20}),
        ("quote-reject", {}),
    ],
)
def test_every_quote_action_checks_the_version(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any], name: str, data: dict[str, Any]
) -> None:
    quote = quotes[1]
    quote.confirm(by=editor)
    response = client_for(reviewer).post(reverse(name, args=[quote.pk]), {"version": 1, **data}, **HTMX)
    assert response.status_code == 409
    assert "eddie" in response.content.decode()
    assert quote.events.count() == 1


def test_plain_post_conflict_redirects_with_the_message(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    quote = quotes[0]
    quote.reject(by=editor)
    client = client_for(reviewer)
    response = client.post(reverse("quote-confirm", args=[quote.pk]), {"version": 1}, follow=True)
    assert response.status_code == 200
    assert "changed by eddie" in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == "rejected"
