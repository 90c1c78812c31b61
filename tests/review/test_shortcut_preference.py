"""The single-key shortcuts setting (WCAG 2.1.4): stored per reviewer, shown on the review page."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

URL = reverse("preference-shortcuts")
HTMX = {"HTTP_HX_REQUEST": "true"}


def shortcuts_on(user: Any) -> bool:
    from attribution.preferences import ReviewerPreference

    return ReviewerPreference.for_user(user).single_key_shortcuts


def test_shortcuts_are_on_until_a_reviewer_turns_them_off(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    client = client_for(reviewer)
    page = client.get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert 'data-shortcuts="on"' in page
    assert 'name="single_key_shortcuts" value="on" checked' in page

    response = client.post(URL, {"next": f"/articles/{article_with_quotes.pk}/"})  # checkbox unticked
    assert response.status_code == 302 and response["Location"] == f"/articles/{article_with_quotes.pk}/"
    assert shortcuts_on(reviewer) is False
    page = client.get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert 'data-shortcuts="off"' in page
    assert 'name="single_key_shortcuts" value="on">' in page  # not checked


def test_the_setting_is_per_reviewer(client_for: Any, reviewer: Any, make_user: Any) -> None:
    other = make_user("otto", "Reviewer")
    client_for(reviewer).post(URL, {})
    assert shortcuts_on(reviewer) is False
    assert shortcuts_on(other) is True


def test_turning_them_back_on_under_htmx_answers_the_form_and_an_event(
    client_for: Any, reviewer: Any
) -> None:
    client = client_for(reviewer)
    client.post(URL, {})
    response = client.post(URL, {"single_key_shortcuts": "on", "next": "/articles/1/"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<form id="shortcuts-setting"')
    assert "checked" in html and 'value="/articles/1/"' in html
    assert '"shortcuts-changed": {"on": true}' in response["HX-Trigger"]
    assert shortcuts_on(reviewer) is True


def test_anonymous_users_are_sent_to_log_in(client: Any) -> None:
    response = client.post(URL, {})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_user_who_may_not_review_gets_403(client_for: Any, nobody: Any) -> None:
    assert client_for(nobody).post(URL, {}).status_code == 403
    assert shortcuts_on(nobody) is True


def test_get_is_not_allowed(client_for: Any, reviewer: Any) -> None:
    assert client_for(reviewer).get(URL).status_code == 405


def test_the_post_needs_the_csrf_token(reviewer: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.post(URL, {}).status_code == 403
    assert shortcuts_on(reviewer) is True


def test_next_never_leaves_the_site(client_for: Any, reviewer: Any) -> None:
    response = client_for(reviewer).post(URL, {"next": "https://evil.example/"})
    assert response["Location"] == reverse("queue")
