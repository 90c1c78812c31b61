"""Every review endpoint: anonymous → login, no permission → 403, wrong method → 405."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

QUOTE_POSTS = ["quote-confirm", "quote-reject", "quote-speaker", "quote-kind", "quote-span"]
ARTICLE_POSTS = ["quote-add", "article-bulk-confirm"]
ARTICLE_GETS = ["article", "article-counters", "article-body", "article-quotes"]


def _urls(article: Any) -> list[tuple[str, str]]:
    quote = article.quotes.first()
    urls = [(reverse(n, args=[quote.pk]), "POST") for n in QUOTE_POSTS]
    urls += [(reverse(n, args=[article.pk]), "POST") for n in ARTICLE_POSTS]
    urls += [(reverse("undo"), "POST")]
    urls += [(reverse(n, args=[article.pk]), "GET") for n in ARTICLE_GETS]
    urls += [(reverse("quote", args=[quote.pk]), "GET"), (reverse("queue"), "GET")]
    urls += [(reverse("next-article"), "GET"), (reverse("person-search") + "?speaker=Por", "GET")]
    if quote.speaker_id:
        urls += [(reverse("person", args=[quote.speaker_id]), "GET")]
    return urls


def _call(client: Any, url: str, method: str) -> Any:
    return client.post(url) if method == "POST" else client.get(url)


def test_anonymous_users_are_sent_to_login_everywhere(client: Any, article_with_quotes: Any) -> None:
    from attribution.models import QuoteEvent

    before = QuoteEvent.objects.count()
    for url, method in _urls(article_with_quotes):
        response = _call(client, url, method)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    assert QuoteEvent.objects.count() == before


def test_users_without_review_permission_get_403_everywhere(
    client_for: Any, nobody: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Quote, QuoteEvent

    client = client_for(nobody)
    for url, method in _urls(article_with_quotes):
        assert _call(client, url, method).status_code == 403, url
    assert QuoteEvent.objects.filter(actor=nobody).count() == 0
    assert not Quote.objects.exclude(status="pending").exists()


def test_wrong_method_is_405(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    client = client_for(reviewer)
    for url, method in _urls(article_with_quotes):
        response = client.get(url) if method == "POST" else client.post(url)
        assert response.status_code == 405, url


def test_editor_and_admin_may_review(
    client_for: Any, editor: Any, admin_user: Any, article_with_quotes: Any
) -> None:
    quote = article_with_quotes.quotes.first()
    for user in (editor, admin_user):
        response = client_for(user).post(reverse("quote-reject", args=[quote.pk]))
        assert response.status_code == 302
