"""The team workflow and second review in the admin: admins can look everything up; nobody edits there."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Assignment, Comment, Flag, IndependentReview, SecondReview, WorkflowEvent

pytestmark = pytest.mark.django_db

MODELS = [
    "assignment",
    "flag",
    "comment",
    "notification",
    "workflowevent",
    "secondreview",
    "independentreview",
    "adjudication",
    "secondreviewevent",
]


@pytest.fixture
def workflow(article_with_quotes: Any, quote: Any, reviewer: Any, colleague: Any, editor: Any) -> Any:
    Assignment.assign([article_with_quotes], reviewer, by=editor)
    Flag.raise_on(quote, "second_look", "Check the date", by=reviewer)
    Comment.post(article_with_quotes, "@rita is the ferry date right?", by=colleague)
    SecondReview.require(article_with_quotes, by=editor)
    IndependentReview.record(quote, reviewer, status="confirmed")
    return article_with_quotes


@pytest.mark.parametrize("model", MODELS)
def test_admins_see_every_workflow_record_read_only(
    client_for: Any, admin_user: Any, workflow: Any, model: str
) -> None:
    client = client_for(admin_user)
    listing = client.get(reverse(f"admin:attribution_{model}_changelist"), {"q": "a"})
    assert listing.status_code == 200
    assert client.get(reverse(f"admin:attribution_{model}_add")).status_code == 403


def test_a_record_page_shows_its_fields_but_saves_nothing(
    client_for: Any, admin_user: Any, workflow: Any, reviewer: Any
) -> None:
    client = client_for(admin_user)
    assignment = Assignment.objects.get()
    url = reverse("admin:attribution_assignment_change", args=[assignment.pk])
    page = client.get(url)
    assert page.status_code == 200 and reviewer.username in page.content.decode()
    client.post(url, {"reviewer": ""})
    assignment.refresh_from_db()
    assert assignment.reviewer == reviewer
    events = WorkflowEvent.objects.count()
    delete = reverse("admin:attribution_workflowevent_delete", args=[WorkflowEvent.objects.first().pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert WorkflowEvent.objects.count() == events


def test_reviewers_are_kept_out(client_for: Any, reviewer: Any, workflow: Any) -> None:
    response = client_for(reviewer).get(reverse("admin:attribution_comment_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
