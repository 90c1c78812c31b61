"""Every second-review endpoint: anonymous → login, the wrong role → 403, wrong method → 405, CSRF."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _editor_endpoints(article: Any) -> list[tuple[str, str]]:
    quote = article.quotes.order_by("start").first()
    return [
        (reverse("second-review-require", args=[article.pk]), "POST"),
        (reverse("second-review-lift", args=[article.pk]), "POST"),
        (reverse("adjudicate", args=[quote.pk]), "POST"),
        (reverse("adjudication"), "GET"),
        (reverse("agreement"), "GET"),
        (reverse("throughput"), "GET"),
    ]


def _reviewer_endpoints(article: Any) -> list[tuple[str, str]]:
    return [(reverse("second-review-panel", args=[article.pk]), "GET")]


def _call(client: Any, url: str, method: str) -> Any:
    return client.post(url) if method == "POST" else client.get(url)


def test_anonymous_users_are_sent_to_login(client: Any, article_with_quotes: Any) -> None:
    from attribution.models import SecondReviewEvent

    for url, method in _editor_endpoints(article_with_quotes) + _reviewer_endpoints(article_with_quotes):
        response = _call(client, url, method)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    assert not SecondReviewEvent.objects.exists()


def test_reviewers_get_403_from_editor_endpoints(
    client_for: Any, rita: Any, article_with_quotes: Any
) -> None:
    from attribution.models import SecondReview, SecondReviewEvent

    client = client_for(rita)
    for url, method in _editor_endpoints(article_with_quotes):
        assert _call(client, url, method).status_code == 403, url
    assert not SecondReview.objects.exists() and not SecondReviewEvent.objects.exists()


def test_accounts_without_a_role_get_403_everywhere(
    client_for: Any, nobody: Any, article_with_quotes: Any
) -> None:
    client = client_for(nobody)
    for url, method in _editor_endpoints(article_with_quotes) + _reviewer_endpoints(article_with_quotes):
        assert _call(client, url, method).status_code == 403, url


def test_wrong_method_is_405(client_for: Any, editor: Any, article_with_quotes: Any) -> None:
    client = client_for(editor)
    for url, method in _editor_endpoints(article_with_quotes) + _reviewer_endpoints(article_with_quotes):
        response = client.get(url) if method == "POST" else client.post(url)
        assert response.status_code == 405, url


def test_every_post_needs_the_csrf_token(editor: Any, article_with_quotes: Any) -> None:
    from attribution.models import SecondReview

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for url, method in _editor_endpoints(article_with_quotes):
        if method == "POST":
            response = client.post(url, {"status": "confirmed"})
            assert response.status_code == 403, url
            assert b"CSRF" in response.content, url
    assert not SecondReview.objects.exists()


def test_an_editor_may_require_with_the_token(editor: Any, article_with_quotes: Any) -> None:
    from attribution.models import SecondReview

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get(reverse("article", args=[article_with_quotes.pk]))
    token = client.cookies["csrftoken"].value
    url = reverse("second-review-require", args=[article_with_quotes.pk])
    assert client.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert SecondReview.is_required(article_with_quotes.pk)


def test_editors_and_admins_see_the_desk_pages(client_for: Any, editor: Any, admin_user: Any) -> None:
    for user in (editor, admin_user):
        client = client_for(user)
        for name in ("adjudication", "agreement", "throughput"):
            assert client.get(reverse(name)).status_code == 200, (user, name)
