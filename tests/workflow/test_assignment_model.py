"""Assignment.assign: assigning, reassigning and unassigning articles, one audit event per change."""

from __future__ import annotations

from typing import Any

import pytest

from attribution.models import Assignment, Notification, WorkflowEvent
from attribution.workflow_models import WorkflowError

pytestmark = pytest.mark.django_db


def test_assigning_an_article_records_who_gave_it_to_whom(
    editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    assert Assignment.assign([articles[0]], reviewer, by=editor) == 1
    assignment = Assignment.objects.get(article=articles[0])
    assert (assignment.reviewer, assignment.assigned_by) == (reviewer, editor)
    event = WorkflowEvent.objects.get(article=articles[0])
    assert (event.action, event.actor) == ("assign", editor)
    assert (event.before["reviewer"], event.after["reviewer"]) == (None, "rita")


def test_reassigning_and_unassigning_write_one_event_each(
    editor: Any, reviewer: Any, colleague: Any, articles: list[Any]
) -> None:
    article = articles[0]
    Assignment.assign([article], reviewer, by=editor)
    Assignment.assign([article], colleague, by=editor)
    assert Assignment.objects.get(article=article).reviewer == colleague
    Assignment.assign([article], None, by=editor)
    assert not Assignment.objects.filter(article=article).exists()
    events = list(WorkflowEvent.objects.filter(article=article).order_by("id"))
    assert [e.action for e in events] == ["assign", "reassign", "unassign"]
    assert [e.summary for e in events] == ["to rita", "from rita to carlos", "from carlos"]


def test_assigning_the_same_reviewer_again_changes_and_records_nothing(
    editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    assert Assignment.assign([articles[0]], reviewer, by=editor) == 0
    assert WorkflowEvent.objects.count() == 1
    assert Assignment.assign([articles[1]], None, by=editor) == 0  # unassigning unassigned work
    assert WorkflowEvent.objects.count() == 1


def test_a_batch_changes_only_what_differs_and_tells_the_reviewer_once(
    editor: Any, reviewer: Any, colleague: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    Notification.objects.all().delete()
    assert Assignment.assign(articles, reviewer, by=editor) == 2
    assert Assignment.objects.filter(reviewer=reviewer).count() == 3
    assert WorkflowEvent.objects.filter(action="assign").count() == 3
    told = Notification.objects.get(recipient=reviewer)
    assert told.kind == "assigned" and told.text == "eddie assigned you 2 articles"
    assert not Notification.objects.filter(recipient=colleague).exists()


def test_only_people_who_may_review_can_be_given_work(editor: Any, nobody: Any, articles: list[Any]) -> None:
    with pytest.raises(WorkflowError, match="nina cannot review"):
        Assignment.assign([articles[0]], nobody, by=editor)
    assert not Assignment.objects.exists() and not WorkflowEvent.objects.exists()


def test_workflow_events_are_append_only(editor: Any, reviewer: Any, articles: list[Any]) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    event = WorkflowEvent.objects.get()
    event.action = "unassign"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
