"""Every team-workflow endpoint: anonymous → login, no permission → 403, wrong method → 405, CSRF on POSTs.

Reviewers comment, flag and read their notifications; only editors (and admins) assign work.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from attribution.models import Assignment, Comment, Flag, Notification, WorkflowEvent

pytestmark = pytest.mark.django_db


def _endpoints(article: Any, quote: Any, notification: Any) -> list[tuple[str, str, dict[str, str]]]:
    """(url, method, a valid form) for every endpoint."""
    return [
        (reverse("article-assign", args=[article.pk]), "POST", {"reviewer": "none"}),
        (reverse("queue-assign"), "POST", {"reviewer": "none"}),
        (reverse("article-discussion", args=[article.pk]), "GET", {}),
        (reverse("article-comment", args=[article.pk]), "POST", {"body": "Check the date."}),
        (reverse("quote-flag", args=[quote.pk]), "POST", {"kind": "later", "reason": "Ask the desk"}),
        (reverse("quote-unflag", args=[quote.pk]), "POST", {}),
        (reverse("mention-search") + "?q=ca", "GET", {}),
        (reverse("notifications"), "GET", {}),
        (reverse("notification-open", args=[notification.pk]), "GET", {}),
        (reverse("notification-read", args=[notification.pk]), "POST", {}),
        (reverse("notifications-read-all"), "POST", {}),
    ]


@pytest.fixture
def endpoints(article_with_quotes: Any, quote: Any, reviewer: Any, colleague: Any) -> list[Any]:
    comment = Comment.post(article_with_quotes, "@rita have a look", by=colleague)
    return _endpoints(article_with_quotes, quote, comment.notifications.get())


def _nothing_written() -> bool:
    return not (
        Assignment.objects.exists()
        or Flag.objects.exists()
        or Comment.objects.count() > 1
        or WorkflowEvent.objects.exclude(action="comment").exists()
        or Notification.objects.filter(read_at__isnull=False).exists()
    )


def test_anonymous_users_are_sent_to_login(client: Any, endpoints: list[Any]) -> None:
    for url, method, data in endpoints:
        response = client.post(url, data) if method == "POST" else client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    assert _nothing_written()


def test_accounts_without_review_permission_get_403(
    client_for: Any, nobody: Any, endpoints: list[Any]
) -> None:
    client = client_for(nobody)
    for url, method, data in endpoints:
        response = client.post(url, data) if method == "POST" else client.get(url)
        assert response.status_code == 403, url
    assert _nothing_written()


def test_reviewers_cannot_assign_work(client_for: Any, reviewer: Any, endpoints: list[Any]) -> None:
    client = client_for(reviewer)
    for url, _, _ in endpoints[:2]:
        assert client.post(url, {"reviewer": str(reviewer.pk)}).status_code == 403, url
    assert not Assignment.objects.exists()


def test_wrong_method_is_405(client_for: Any, editor: Any, endpoints: list[Any]) -> None:
    client = client_for(editor)
    for url, method, _ in endpoints:
        response = client.get(url) if method == "POST" else client.post(url)
        assert response.status_code == 405, url


def test_posts_without_a_csrf_token_are_refused(editor: Any, reviewer: Any, endpoints: list[Any]) -> None:
    for user in (editor, reviewer):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        for url, method, data in endpoints:
            if method == "POST":
                assert client.post(url, data).status_code == 403, url
    assert _nothing_written()


def test_reviewers_may_comment_flag_and_read_their_notifications(
    client_for: Any, reviewer: Any, endpoints: list[Any]
) -> None:
    client = client_for(reviewer)
    for url, method, data in endpoints[2:]:
        response = client.post(url, data) if method == "POST" else client.get(url)
        assert response.status_code in (200, 302), url
    assert Flag.objects.filter(flagged_by=reviewer).exists()
    assert Comment.objects.filter(author=reviewer).exists()
    assert not Notification.objects.filter(recipient=reviewer, read_at__isnull=True).exists()
