"""Assigning from the article page and the queue's filtered batch; My queue and unassigned work."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Assignment, WorkflowEvent

from .conftest import HTMX

pytestmark = pytest.mark.django_db


def _results(html: str) -> str:
    """The queue's result table (the notifications above it may name articles too)."""
    return html[html.index('id="queue-results"') :]


def test_editor_assigns_an_article_from_its_page(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    client = client_for(editor)
    url = reverse("article", args=[articles[0].pk])
    page = client.get(url).content.decode()
    assert 'id="assign-reviewer"' in page and "nobody yet (unassigned)" in page
    response = client.post(
        reverse("article-assign", args=[articles[0].pk]), {"reviewer": reviewer.pk}, follow=True
    )
    html = response.content.decode()
    assert "Assigned 1 article to rita." in html
    assert "<strong>rita</strong>" in html and "assigned by eddie" in html
    assert "Assigned to rita by eddie" in html  # the assignment history


def test_reviewers_see_who_reviews_the_article_but_no_assign_form(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    page = client_for(reviewer).get(reverse("article", args=[articles[0].pk])).content.decode()
    assert "<strong>rita</strong>" in page
    assert 'id="assign-reviewer"' not in page


def test_an_unknown_reviewer_is_refused_with_a_message(
    client_for: Any, editor: Any, articles: list[Any]
) -> None:
    response = client_for(editor).post(
        reverse("article-assign", args=[articles[0].pk]), {"reviewer": "99999"}, follow=True
    )
    assert "That reviewer does not exist." in response.content.decode()
    assert not Assignment.objects.exists()


def test_batch_assign_takes_every_article_the_filters_match(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    client = client_for(editor)
    queue = client.get(reverse("queue"), {"source": "Harbour Gazette"}).content.decode()
    assert "Assign all 2 to" in queue
    assert '<input type="hidden" name="source" value="Harbour Gazette">' in queue
    response = client.post(reverse("queue-assign"), {"source": "Harbour Gazette", "reviewer": reviewer.pk})
    assert response.status_code == 302
    assert response["Location"] == reverse("queue") + "?source=Harbour+Gazette"
    assigned = set(Assignment.objects.filter(reviewer=reviewer).values_list("article_id", flat=True))
    assert assigned == {articles[0].pk, articles[1].pk}
    assert WorkflowEvent.objects.filter(action="assign").count() == 2


def test_batch_assign_reaches_past_the_first_page(
    client_for: Any, editor: Any, reviewer: Any, make_article: Any, monkeypatch: Any
) -> None:
    from attribution.views import review_queue

    monkeypatch.setattr(review_queue, "PAGE_SIZE", 2)
    for i in range(5):
        make_article(f"Page test {i}\n\nBody {i}.", source="Wire")
    client_for(editor).post(reverse("queue-assign"), {"source": "Wire", "reviewer": reviewer.pk})
    assert Assignment.objects.filter(reviewer=reviewer).count() == 5


def test_batch_unassign_with_nobody(client_for: Any, editor: Any, reviewer: Any, articles: list[Any]) -> None:
    Assignment.assign(articles, reviewer, by=editor)
    response = client_for(editor).post(
        reverse("queue-assign"), {"source": "Inland Courier", "reviewer": "none"}, follow=True
    )
    assert "Unassigned 1 article." in response.content.decode()
    assert Assignment.objects.count() == 2
    assert WorkflowEvent.objects.filter(action="unassign", article=articles[2]).count() == 1


def test_batch_with_filters_that_cannot_be_read_assigns_nothing(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    response = client_for(editor).post(
        reverse("queue-assign"), {"published_from": "not a date", "reviewer": reviewer.pk}, follow=True
    )
    assert "nothing was assigned" in response.content.decode()
    assert not Assignment.objects.exists()


def test_my_queue_lists_only_my_articles(
    client_for: Any, editor: Any, reviewer: Any, colleague: Any, articles: list[Any]
) -> None:
    Assignment.assign(articles[:2], reviewer, by=editor)
    Assignment.assign(articles[2:], colleague, by=editor)
    client = client_for(reviewer)
    mine = client.get(reverse("queue"), {"assigned": "me"}).content.decode()
    assert "Story 0" in _results(mine) and "Story 1" in _results(mine) and "Story 2" not in _results(mine)
    assert 'aria-current="page">My queue <span class="pill">2</span>' in mine
    theirs = client.get(reverse("queue"), {"assigned": "@carlos"}, **HTMX).content.decode()
    assert "Story 2" in theirs and "Story 0" not in theirs


def test_unassigned_work_has_a_tab_with_its_count(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    articles[1].quotes.update(status="confirmed")  # unassigned but nothing left to review
    page = client_for(reviewer).get(reverse("queue"), {"assigned": "none", "status": "todo"}).content.decode()
    assert 'aria-current="page">Unassigned, to review <span class="pill">1</span>' in page
    results = _results(page)
    assert "Story 2" in results and "Story 0" not in results and "Story 1" not in results
    row = page[page.index(f'id="article-{articles[2].pk}"') :]
    assert '<td class="reviewer-cell"><span class="muted">unassigned</span>' in row


def test_queue_rows_name_the_reviewer(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    page = client_for(editor).get(reverse("queue")).content.decode()
    row = page[page.index(f'id="article-{articles[0].pk}"') :]
    assert row.index('<td class="reviewer-cell">rita') < row.index("</tr>")


def test_next_article_in_my_queue_skips_other_peoples_work(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign([articles[0]], reviewer, by=editor)
    response = client_for(reviewer).get(reverse("next-article"), {"assigned": "me"})
    assert response["Location"] == reverse("article", args=[articles[0].pk])


def test_an_unknown_reviewer_in_the_filter_is_said_so(
    client_for: Any, reviewer: Any, articles: list[Any]
) -> None:
    response = client_for(reviewer).get(reverse("queue"), {"assigned": "@ghost"})
    assert response.status_code == 400
    assert "Assigned to" in response.content.decode()


def test_a_form_sent_without_choosing_a_reviewer_takes_no_work_away(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    Assignment.assign(articles, reviewer, by=editor)
    client = client_for(editor)
    for url in (reverse("article-assign", args=[articles[0].pk]), reverse("queue-assign")):
        response = client.post(url, {"reviewer": ""}, follow=True)
        assert "Choose a reviewer" in response.content.decode(), url
    assert Assignment.objects.filter(reviewer=reviewer).count() == 3
    assert WorkflowEvent.objects.count() == 3


def test_tab_counts_kept_for_a_large_archive_are_dropped_when_work_is_assigned(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any], monkeypatch: Any
) -> None:
    from attribution.views import workflow_queue

    monkeypatch.setattr(workflow_queue, "TABS_CHEAP_SECONDS", -1.0)  # every count counts as slow: kept
    client = client_for(editor)
    assert workflow_queue.tab_counts(reviewer) == {"mine": 0, "unassigned": 3}
    Assignment.objects.create(article=articles[0], reviewer=reviewer)  # behind the views' back: not seen
    assert workflow_queue.tab_counts(reviewer) == {"mine": 0, "unassigned": 3}
    client.post(reverse("article-assign", args=[articles[1].pk]), {"reviewer": reviewer.pk})
    assert workflow_queue.tab_counts(reviewer) == {"mine": 2, "unassigned": 1}
