"""require_perm reads a user's permissions (their own and their groups') in one query, and every later
check of the request reads that: /quotes/ asks one permission query, not two, and lets in and keeps
out the same people as Django's ModelBackend."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.views.access import REVIEW_PERM, load_permissions, require_perm

pytestmark = pytest.mark.django_db


def _fresh(user: Any) -> Any:
    return get_user_model().objects.get(pk=user.pk)  # no permission read yet


def test_one_query_reads_the_same_permissions_as_the_model_backend(make_user: Any) -> None:
    for role in ["Reviewer", "Editor", None]:
        user = make_user(f"user-{role}", role)
        if role is None:  # a permission of the user's own, no group
            user.user_permissions.add(Permission.objects.get(codename="review_quote"))
        expected = _fresh(user).get_all_permissions()  # Django's two queries
        loaded = _fresh(user)
        with CaptureQueriesContext(connection) as queries:
            load_permissions(loaded)
            assert loaded.get_all_permissions() == expected and REVIEW_PERM in expected
            require_perm(loaded, REVIEW_PERM)
        assert len(queries.captured_queries) == 1


def test_users_without_the_permission_inactive_or_anonymous_are_refused(
    make_user: Any, client: Any
) -> None:
    nobody = make_user("nobody")
    with pytest.raises(PermissionDenied):
        require_perm(_fresh(nobody), REVIEW_PERM)
    inactive = make_user("gone", "Reviewer", is_active=False)
    with pytest.raises(PermissionDenied):
        require_perm(_fresh(inactive), REVIEW_PERM)
    client.force_login(nobody)
    assert client.get(reverse("quote-search")).status_code == 403
    client.logout()
    response = client.get(reverse("quote-search"))
    assert response.status_code == 302 and "/login" in response["Location"]


def test_the_quote_search_page_asks_one_permission_query(reviewer: Any, client_for: Any) -> None:
    client = client_for(reviewer)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("quote-search"), {"text": "harbour"})
    assert response.status_code == 200
    assert sum('"auth_permission"' in q["sql"] for q in queries.captured_queries) == 1
