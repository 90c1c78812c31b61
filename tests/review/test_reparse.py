"""Retry is for failed parses (any reviewer); forcing a re-parse of a parsed article is an editor's
call, made on a page that says what will move. Either way reviewed work stays."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from attribution.models import Article, Quote, QuoteEvent
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

BODY = (
    "Library hours cut\n\n"
    "Head librarian Ruth Okafor said on Monday that the central library would close on Sundays. "
    "“We have run out of money for weekend staff,” Okafor told the council.\n\n"
    "“Readers deserve better,” she added."
)


@pytest.fixture
def parsed(make_article) -> Article:
    article = make_article(BODY)
    parse_article(article)
    article.refresh_from_db()
    assert article.parse_status == "done" and article.quotes.count() == 3
    return article


def _retry(article: Article) -> str:
    return reverse("progress_article_retry", args=[article.pk])


def _reparse(article: Article) -> str:
    return reverse("article-reparse", args=[article.pk])


def test_reviewer_cannot_retry_a_parsed_article(client_for, reviewer, parsed) -> None:
    ids = sorted(parsed.quotes.values_list("pk", flat=True))
    response = client_for(reviewer).post(_retry(parsed))
    assert response.status_code == 409 and "editor" in response.content.decode()
    parsed.refresh_from_db()
    assert parsed.parse_status == "done"
    assert sorted(parsed.quotes.values_list("pk", flat=True)) == ids


def test_retry_of_an_article_already_queued_does_nothing(
    client_for, reviewer, make_article, django_capture_on_commit_callbacks
) -> None:
    article = make_article(BODY)
    Article.objects.filter(pk=article.pk).update(parse_status="running")
    with django_capture_on_commit_callbacks() as callbacks:
        assert client_for(reviewer).post(_retry(article)).status_code == 302
    assert not callbacks
    assert Article.objects.get(pk=article.pk).parse_status == "running"


def test_reparse_page_says_what_moves(client_for, editor, reviewer, parsed) -> None:
    first, second, third = parsed.quotes.order_by("start")
    first.confirm(by=reviewer)
    second.reject(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)  # pending again, with history
    html = client_for(editor).get(_reparse(parsed)).content.decode()
    assert "<strong>1 machine quote</strong>" in html
    assert "<strong>1 reviewed quote</strong>" in html
    assert "<strong>1 pending quote with review history</strong>" in html
    assert f'action="{_reparse(parsed)}"' in html


def test_editor_forces_a_reparse_and_reviewed_work_stays(
    client_for, editor, reviewer, parsed, django_capture_on_commit_callbacks
) -> None:
    first, second, third = parsed.quotes.order_by("start")
    first.confirm(by=reviewer)
    second.confirm(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)
    events_before = QuoteEvent.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(editor).post(_reparse(parsed))
    assert response.status_code == 302 and response["Location"] == reverse("article", args=[parsed.pk])
    parsed.refresh_from_db()
    assert parsed.parse_status == "done"
    assert sorted(parsed.quotes.values_list("pk", flat=True)) == [first.pk, second.pk, third.pk]
    assert Quote.objects.get(pk=first.pk).status == "confirmed"
    assert QuoteEvent.objects.count() == events_before


def test_article_page_offers_reparse_to_editors_only(client_for, editor, reviewer, parsed) -> None:
    page = reverse("article", args=[parsed.pk])
    assert _reparse(parsed) in client_for(editor).get(page).content.decode()
    assert _reparse(parsed) not in client_for(reviewer).get(page).content.decode()


def test_reparse_is_for_editors(client, client_for, reviewer, parsed) -> None:
    response = client.get(_reparse(parsed))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    reviewer_client = client_for(reviewer)
    assert reviewer_client.get(_reparse(parsed)).status_code == 403
    assert reviewer_client.post(_reparse(parsed)).status_code == 403
    assert Article.objects.get(pk=parsed.pk).parse_status == "done"


def test_reparse_refuses_other_methods(client_for, editor, parsed) -> None:
    client = client_for(editor)
    assert client.put(_reparse(parsed)).status_code == 405
    assert client.delete(_reparse(parsed)).status_code == 405


def test_reparse_post_needs_the_csrf_token(editor, parsed) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(_reparse(parsed)).status_code == 403
    assert Article.objects.get(pk=parsed.pk).parse_status == "done"
