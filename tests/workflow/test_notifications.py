"""The notification list on the queue: unread count, marking one or all read."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Assignment, Comment, Notification

from .conftest import HTMX

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_mentions(reviewer: Any, colleague: Any, article_with_quotes: Any) -> list[Any]:
    Comment.post(article_with_quotes, "@rita who is the council spokesperson?", by=colleague)
    Comment.post(article_with_quotes, "@rita never mind, found it", by=colleague)
    return list(Notification.objects.filter(recipient=reviewer).order_by("id"))


def test_the_queue_shows_unread_notifications_with_their_count(
    client_for: Any, reviewer: Any, two_mentions: list[Any]
) -> None:
    page = client_for(reviewer).get(reverse("queue")).content.decode()
    panel = page[
        page.index('<section id="notifications"') : page.index("</section>", page.index('id="notifications"'))
    ]
    assert "2 unread" in panel
    assert "carlos mentioned you: @rita who is the council spokesperson?" in panel
    assert f'href="{reverse("notification-open", args=[two_mentions[0].pk])}"' in panel


def test_following_a_notification_opens_its_comment_and_marks_it_read(
    client_for: Any, reviewer: Any, two_mentions: list[Any]
) -> None:
    client = client_for(reviewer)
    first, second = two_mentions
    response = client.get(reverse("notification-open", args=[first.pk]))
    assert response.status_code == 302
    article_url = reverse("article", args=[first.article_id])
    assert response["Location"] == article_url + f"#comment-{first.comment_id}"
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.is_read and not second.is_read  # only the one followed
    read_at = first.read_at
    client.get(reverse("notification-open", args=[first.pk]))  # following it again changes nothing
    first.refresh_from_db()
    assert first.read_at == read_at
    assert "1 unread" in client.get(reverse("queue")).content.decode()


def test_a_batch_assignment_notification_opens_my_queue(
    client_for: Any, reviewer: Any, editor: Any, articles: list[Any]
) -> None:
    Assignment.assign(articles[:2], reviewer, by=editor)
    notification = Notification.objects.get(recipient=reviewer)
    response = client_for(reviewer).get(reverse("notification-open", args=[notification.pk]))
    assert response["Location"] == notification.target_url
    notification.refresh_from_db()
    assert notification.is_read


def test_marking_one_read_under_htmx_answers_with_the_panel(
    client_for: Any, reviewer: Any, two_mentions: list[Any]
) -> None:
    response = client_for(reviewer).post(reverse("notification-read", args=[two_mentions[0].pk]), **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="notifications"')
    assert "1 unread" in html and "never mind" in html and "spokesperson" not in html
    two_mentions[0].refresh_from_db()
    assert two_mentions[0].is_read


def test_mark_all_read_as_a_plain_form_returns_to_the_queue(
    client_for: Any, reviewer: Any, two_mentions: list[Any]
) -> None:
    client = client_for(reviewer)
    response = client.post(reverse("notifications-read-all"), {"next": reverse("queue") + "?assigned=me"})
    assert response["Location"] == reverse("queue") + "?assigned=me"
    assert not Notification.objects.filter(recipient=reviewer, read_at__isnull=True).exists()
    assert "0 unread" in client.get(reverse("queue")).content.decode()


def test_nobody_can_read_someone_elses_notifications(
    client_for: Any, colleague: Any, two_mentions: list[Any]
) -> None:
    response = client_for(colleague).post(reverse("notification-read", args=[two_mentions[0].pk]))
    assert response.status_code == 404
    response = client_for(colleague).get(reverse("notification-open", args=[two_mentions[0].pk]))
    assert response.status_code == 404  # following someone else's link neither redirects nor reads it
    two_mentions[0].refresh_from_db()
    assert not two_mentions[0].is_read
    page = client_for(colleague).get(reverse("notifications")).content.decode()
    assert "spokesperson" not in page


def test_the_notifications_page_lists_read_ones_too(
    client_for: Any, reviewer: Any, editor: Any, two_mentions: list[Any], articles: list[Any]
) -> None:
    two_mentions[0].mark_read()
    Assignment.assign([articles[0]], reviewer, by=editor)
    page = client_for(reviewer).get(reverse("notifications")).content.decode()
    everything = page[page.index("<h2>Everything</h2>") :]
    assert "spokesperson" in everything and "never mind" in everything
    assert "eddie assigned you “Story 0”" in everything
    assert "2 unread" in page


def test_the_panel_costs_the_same_queries_for_many_notifications(
    client_for: Any,
    reviewer: Any,
    colleague: Any,
    article_with_quotes: Any,
    django_assert_max_num_queries: Any,
) -> None:
    client = client_for(reviewer)
    url = reverse("notifications")
    Comment.post(article_with_quotes, "@rita one", by=colleague)
    client.get(url, **HTMX)
    with django_assert_max_num_queries(5) as few:
        client.get(url, **HTMX)
    for i in range(12):
        Comment.post(article_with_quotes, f"@rita number {i}", by=colleague)
    with django_assert_max_num_queries(len(few) + 1):  # + counting them: more than the panel lists
        html = client.get(url, **HTMX).content.decode()
    assert "13 unread" in html and html.count('class="notification k-mention"') == 8
