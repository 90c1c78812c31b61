"""Every state-changing endpoint refuses a POST without the CSRF token (403), logged in or not.

The suite's usual client skips CSRF checks; this one enforces them, as a browser's would be.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def post_endpoints(article: Any) -> list[str]:
    quote = article.quotes.order_by("start").first()
    return [
        reverse("quote-confirm", args=[quote.pk]),
        reverse("quote-reject", args=[quote.pk]),
        reverse("quote-speaker", args=[quote.pk]),
        reverse("quote-kind", args=[quote.pk]),
        reverse("quote-span", args=[quote.pk]),
        reverse("quote-add", args=[article.pk]),
        reverse("article-bulk-confirm", args=[article.pk]),
        reverse("undo"),
        reverse("import"),
        reverse("progress_article_retry", args=[article.pk]),
        reverse("progress_batch_retry"),
        reverse("article-reparse", args=[article.pk]),
        reverse("claim-verdict", args=[quote.pk]),  # the CSRF check comes before any look-up
        reverse("statement-verified", args=[quote.pk]),
        reverse("logout"),
        reverse("login"),
        reverse("admin:login"),
        reverse("admin:attribution_person_add"),
    ]


def test_every_post_without_a_csrf_token_is_refused(admin_user: Any, article_with_quotes: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    before = [(q.pk, q.status, q.version) for q in article_with_quotes.quotes.order_by("pk")]
    for url in post_endpoints(article_with_quotes):
        response = client.post(url, {"text": "x", "kind": "mixed", "ids": "1", "username": "ada"})
        assert response.status_code == 403, url
        assert b"CSRF" in response.content, url
    after = [(q.pk, q.status, q.version) for q in article_with_quotes.quotes.order_by("pk")]
    assert after == before


def test_a_post_with_the_token_goes_through(reviewer: Any, article_with_quotes: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    url = reverse("article", args=[article_with_quotes.pk])
    client.get(url)
    token = client.cookies["csrftoken"].value
    quote = article_with_quotes.quotes.order_by("start").first()
    response = client.post(reverse("quote-confirm", args=[quote.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == "confirmed"


def test_the_api_takes_no_posts_even_with_a_session(reviewer: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.post(reverse("api_quotes")).status_code == 405
