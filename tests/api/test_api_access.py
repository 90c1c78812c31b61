"""Who may read the API, and how: session, token, bad token (401), wrong role (403), wrong method (405)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from attribution.models import ApiToken

pytestmark = pytest.mark.django_db

ENDPOINTS = ["api_articles", "api_persons", "api_quotes"]


def url_of(name: str, article_id: int | None = None) -> str:
    return reverse(name, args=[article_id]) if article_id else reverse(name)


@pytest.fixture(params=[*ENDPOINTS, "api_article_quotes"])
def endpoint(request, article_with_quotes) -> str:
    name = request.param
    return url_of(name, article_with_quotes.pk if name == "api_article_quotes" else None)


def test_anonymous_gets_401_json(client, endpoint) -> None:
    response = client.get(endpoint)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response["WWW-Authenticate"] == "Token"
    assert "detail" in response.json()


def test_session_login_works_for_reviewer(client_for, reviewer, endpoint) -> None:
    response = client_for(reviewer).get(endpoint)
    assert response.status_code == 200
    assert "results" in response.json()


@pytest.mark.parametrize("role", ["reviewer", "editor", "admin_user"])
def test_token_works_for_every_role(request, api_get, token_for, endpoint, role) -> None:
    key = token_for(request.getfixturevalue(role))
    assert api_get(endpoint, key).status_code == 200


def test_bad_token_gets_401(api_get, endpoint) -> None:
    response = api_get(endpoint, "not-a-real-key")
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_bad_token_is_refused_even_with_a_session(client_for, reviewer, endpoint) -> None:
    response = client_for(reviewer).get(endpoint, headers={"Authorization": "Token wrong"})
    assert response.status_code == 401


@pytest.mark.parametrize("header", ["Bearer abc", "Token", "Basic dXNlcjpwdw=="])
def test_malformed_authorization_header_gets_401(client, endpoint, header) -> None:
    assert client.get(endpoint, headers={"Authorization": header}).status_code == 401


def test_token_of_an_inactive_user_gets_401(api_get, token_for, reviewer, endpoint) -> None:
    key = token_for(reviewer)
    reviewer.is_active = False
    reviewer.save()
    assert api_get(endpoint, key).status_code == 401


def test_deleted_token_stops_working(api_get, token_for, reviewer, endpoint) -> None:
    key = token_for(reviewer)
    ApiToken.objects.all().delete()
    assert api_get(endpoint, key).status_code == 401


def test_account_without_review_permission_gets_403(client_for, nobody, api_get, token_for, endpoint) -> None:
    assert api_get(endpoint, token_for(nobody)).status_code == 403
    response = client_for(nobody).get(endpoint)
    assert response.status_code == 403
    assert response.json()["detail"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client_for, reviewer, endpoint, method) -> None:
    response = getattr(client_for(reviewer), method)(endpoint)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["detail"]


def test_post_without_credentials_is_also_405(client, endpoint) -> None:
    assert client.post(endpoint).status_code == 405


def test_token_is_stored_hashed_and_records_last_use(api_get, reviewer) -> None:
    token, key = ApiToken.create_for(reviewer, "dashboard")
    assert key not in (token.key_hash, token.prefix) and len(key) >= 40
    assert token.key_hash == ApiToken.hash_key(key)
    assert token.last_used is None
    assert api_get(reverse("api_articles"), key).status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None


def test_admin_creates_a_token_and_sees_the_key_once(client_for, admin_user, reviewer) -> None:
    client = client_for(admin_user)
    response = client.post(
        reverse("admin:attribution_apitoken_add"), {"name": "newsroom bot", "user": reviewer.pk}, follow=True
    )
    assert response.status_code == 200
    token = ApiToken.objects.get(name="newsroom bot")
    [message] = [str(m) for m in response.context["messages"] if "copy it now" in str(m)]
    key = message.split(": ", 1)[1].split(" ", 1)[0]
    assert ApiToken.hash_key(key) == token.key_hash
    assert token.user == reviewer
    # The change page never shows the key again.
    page = client.get(reverse("admin:attribution_apitoken_change", args=[token.pk])).content.decode()
    assert key not in page and token.prefix in page
    assert client.get(reverse("admin:attribution_apitoken_changelist")).status_code == 200


def test_reviewer_cannot_reach_the_token_admin(client_for, reviewer) -> None:
    response = client_for(reviewer).get(reverse("admin:attribution_apitoken_changelist"))
    assert response.status_code == 302  # reviewers are not staff: sent to the admin login
