"""Only admins see rule suggestions and decide on them; the decision needs a CSRF token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from attribution.models import RuleSuggestion

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:attribution_rulesuggestion_changelist")


@pytest.fixture
def suggestion() -> RuleSuggestion:
    return RuleSuggestion.objects.create(
        kind="cue",
        language="en",
        value="surmised",
        lemma="surmise",
        count=3,
        examples=["Lund surmised that …"],
    )


def _accept(client: Any, suggestion: RuleSuggestion) -> Any:
    return client.post(CHANGELIST, {"action": "accept_suggestions", "_selected_action": [suggestion.pk]})


def test_anonymous_is_sent_to_the_admin_login(client: Client, suggestion: RuleSuggestion) -> None:
    for response in (client.get(CHANGELIST), _accept(client, suggestion)):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    suggestion.refresh_from_db()
    assert suggestion.status == "open"


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_reviewers_and_editors_cannot_see_or_accept(
    request: Any, client_for: Callable[[Any], Any], suggestion: RuleSuggestion, role: str
) -> None:
    user = request.getfixturevalue(role)
    user.is_staff = True  # even with access to the admin site
    user.save()
    client = client_for(user)
    assert client.get(CHANGELIST).status_code == 403
    assert _accept(client, suggestion).status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == "open"


def test_the_admin_role_sees_counts_and_examples_and_accepts(
    make_user: Callable[..., Any], client_for: Callable[[Any], Any], suggestion: RuleSuggestion
) -> None:
    admin = make_user("alma", "Admin", is_staff=True)  # the Admin group, not a superuser
    client = client_for(admin)
    page = client.get(CHANGELIST).content.decode()
    assert "surmised" in page and "Lund surmised that" in page
    assert _accept(client, suggestion).status_code == 302
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.decided_by) == ("accepted", admin)


def test_dismiss_records_who_and_when(
    client_for: Callable[[Any], Any], admin_user: Any, suggestion: RuleSuggestion
) -> None:
    client_for(admin_user).post(
        CHANGELIST, {"action": "dismiss_suggestions", "_selected_action": [suggestion.pk]}
    )
    suggestion.refresh_from_db()
    assert suggestion.status == "dismissed" and suggestion.decided_by == admin_user and suggestion.decided_at


def test_accepting_needs_a_csrf_token(admin_user: Any, suggestion: RuleSuggestion) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert _accept(client, suggestion).status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == "open"


def test_suggestions_cannot_be_added_by_hand(client_for: Callable[[Any], Any], admin_user: Any) -> None:
    response = client_for(admin_user).get(reverse("admin:attribution_rulesuggestion_add"))
    assert response.status_code == 403


def test_an_alias_for_a_person_who_does_not_exist_is_not_accepted(
    client_for: Callable[[Any], Any], admin_user: Any
) -> None:
    alias = RuleSuggestion.objects.create(
        kind="alias", language="en", value="Lund", lemma="Ingrid Lund", count=1
    )
    response = client_for(admin_user).post(
        CHANGELIST, {"action": "accept_suggestions", "_selected_action": [alias.pk]}, follow=True
    )
    assert "No person named" in response.content.decode()
    alias.refresh_from_db()
    assert alias.status == "open"
