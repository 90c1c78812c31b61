"""Comments on an article or a quote; @mentions must name a colleague and notify them."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Comment, Notification, WorkflowEvent
from attribution.workflow_models import WorkflowError

from .conftest import HTMX

pytestmark = pytest.mark.django_db


def test_a_mention_notifies_the_colleague_named(
    reviewer: Any, colleague: Any, article_with_quotes: Any
) -> None:
    comment = Comment.post(article_with_quotes, "@carlos is the council's figure right?", by=reviewer)
    assert list(comment.mentions.all()) == [colleague]
    told = Notification.objects.get(recipient=colleague)
    assert told.kind == "mention" and told.comment == comment and told.actor == reviewer
    assert told.text == "rita mentioned you: @carlos is the council's figure right?"
    assert told.target_url == reverse("article", args=[article_with_quotes.pk]) + f"#comment-{comment.pk}"
    event = WorkflowEvent.objects.get(action="comment")
    assert event.after["mentions"] == ["carlos"] and event.actor == reviewer


def test_a_mention_of_nobody_on_the_desk_is_refused(
    reviewer: Any, nobody: Any, article_with_quotes: Any
) -> None:
    with pytest.raises(WorkflowError, match="@carla"):
        Comment.post(article_with_quotes, "Ask @carla about it", by=reviewer)
    with pytest.raises(WorkflowError, match="@nina"):  # an account that cannot see the desk
        Comment.post(article_with_quotes, "Ask @nina about it", by=reviewer)
    assert not Comment.objects.exists() and not Notification.objects.exists()


def test_mentions_end_before_punctuation_and_ignore_email_addresses(
    reviewer: Any, colleague: Any, article_with_quotes: Any
) -> None:
    comment = Comment.post(
        article_with_quotes,
        "Thanks, @carlos. The press office (press@council.example) confirmed.",
        by=reviewer,
    )
    assert list(comment.mentions.all()) == [colleague]


def test_mentioning_yourself_notifies_nobody(reviewer: Any, article_with_quotes: Any) -> None:
    Comment.post(article_with_quotes, "Note to self @rita: call back", by=reviewer)
    assert not Notification.objects.exists()


def test_a_comment_about_a_quote_of_another_article_is_refused(
    client_for: Any, reviewer: Any, article_with_quotes: Any, articles: list[Any]
) -> None:
    other_quote = articles[0].quotes.get()
    response = client_for(reviewer).post(
        reverse("article-comment", args=[article_with_quotes.pk]),
        {"body": "Hm", "quote": other_quote.pk},
        **HTMX,
    )
    assert response.status_code == 400
    assert "That quote is not in this article." in response.content.decode()
    assert not Comment.objects.exists()


def test_article_comment_under_htmx_answers_with_the_discussion(
    client_for: Any, reviewer: Any, colleague: Any, article_with_quotes: Any
) -> None:
    response = client_for(reviewer).post(
        reverse("article-comment", args=[article_with_quotes.pk]), {"body": "Looks fine, @carlos."}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="discussion"')
    assert '<span class="mention">@carlos</span>.' in html
    assert "@carlos will be notified" in response["HX-Trigger"]


def test_an_empty_or_unresolved_comment_keeps_what_was_typed(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    client = client_for(reviewer)
    url = reverse("article-comment", args=[article_with_quotes.pk])
    response = client.post(url, {"body": "Ask @ghost first"}, **HTMX)
    assert response.status_code == 400
    html = response.content.decode()
    assert "No colleague on the desk is called @ghost." in html
    assert ">Ask @ghost first</textarea>" in html
    assert client.post(url, {"body": "   "}, **HTMX).status_code == 400


def test_quote_comments_show_in_its_editor_and_in_the_article_discussion(
    client_for: Any, reviewer: Any, article_with_quotes: Any, quote: Any
) -> None:
    client = client_for(reviewer)
    response = client.post(
        reverse("article-comment", args=[article_with_quotes.pk]),
        {"body": "Was it Monday or Tuesday?", "quote": quote.pk},
        **HTMX,
    )
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith(f'<div id="quote-workflow-{quote.pk}"')
    assert "discussion-changed" in response["HX-Trigger"]
    editor = client.get(reverse("quote", args=[quote.pk]), **HTMX).content.decode()
    assert "Was it Monday or Tuesday?" in editor
    page = client.get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    discussion = page[page.index('<section id="discussion"') :]
    assert "Was it Monday or Tuesday?" in discussion
    assert f'on <a href="#quote-{quote.pk}">the new rail line would open in 2027</a>' in discussion


def test_plain_form_comment_redirects_to_the_discussion(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    response = client_for(reviewer).post(
        reverse("article-comment", args=[article_with_quotes.pk]), {"body": "<b>bold</b> claim"}
    )
    assert response["Location"] == reverse("article", args=[article_with_quotes.pk]) + "#discussion"
    page = client_for(reviewer).get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in page  # shown as typed, never as markup


def test_the_mention_typeahead_lists_colleagues_who_may_review(
    client_for: Any, reviewer: Any, colleague: Any, nobody: Any, make_user: Any
) -> None:
    make_user("carla_inactive", "Reviewer", is_active=False)
    client = client_for(reviewer)
    html = client.get(reverse("mention-search"), {"q": "@CA"}, **HTMX).content.decode()
    assert 'data-username="carlos"' in html and "carla_inactive" not in html
    assert "nina" not in client.get(reverse("mention-search"), {"q": "n"}, **HTMX).content.decode()
    assert client.get(reverse("mention-search"), {"q": "zz"}, **HTMX).content.decode().strip() == ""


def test_a_quote_deleted_by_a_reparse_leaves_its_comments_and_their_record(
    reviewer: Any, article_with_quotes: Any, quote: Any
) -> None:
    from attribution.models import Flag

    comment = Comment.post(article_with_quotes, "Source this figure", by=reviewer, quote=quote)
    Flag.raise_on(quote, "later", "Find the report", by=reviewer)
    quote.delete()  # the parser's own quote: nobody confirmed or changed it
    comment.refresh_from_db()
    assert comment.quote is None and comment.article == article_with_quotes
    assert not Flag.objects.exists()
    assert sorted(WorkflowEvent.objects.values_list("action", flat=True)) == ["comment", "flag"]


def test_the_discussion_costs_the_same_queries_for_many_comments(
    client_for: Any,
    reviewer: Any,
    colleague: Any,
    article_with_quotes: Any,
    django_assert_max_num_queries: Any,
) -> None:
    from attribution.models import Flag

    client = client_for(reviewer)
    url = reverse("article-discussion", args=[article_with_quotes.pk])
    quotes = list(article_with_quotes.quotes.all())
    Comment.post(article_with_quotes, "First, @carlos", by=reviewer, quote=quotes[0])
    client.get(url, **HTMX)
    with django_assert_max_num_queries(8) as few:
        client.get(url, **HTMX)
    for i, quote in enumerate(quotes):
        Comment.post(article_with_quotes, f"Note {i} for @carlos", by=reviewer, quote=quote)
        Comment.post(article_with_quotes, f"Reply {i}, @rita", by=colleague)
        Flag.raise_on(quote, "later", f"Reason {i}", by=reviewer)
    with django_assert_max_num_queries(len(few)):
        html = client.get(url, **HTMX).content.decode()
    assert html.count('class="comment"') == 7 and "3 flagged" in html


def test_control_characters_are_refused_with_a_message(
    client_for: Any, reviewer: Any, article_with_quotes: Any, quote: Any
) -> None:
    client = client_for(reviewer)
    response = client.post(
        reverse("article-comment", args=[article_with_quotes.pk]), {"body": "bad\x07bell"}, **HTMX
    )
    assert response.status_code == 400
    flagged = client.post(
        reverse("quote-flag", args=[quote.pk]), {"kind": "later", "reason": "x\x00y"}, **HTMX
    )
    assert flagged.status_code == 400
    assert not Comment.objects.exists() and not WorkflowEvent.objects.exists()


def test_the_discussion_opened_as_a_page_is_the_article_at_its_discussion(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    """/articles/<id>/discussion/ opened in the address bar answered the bare panel: no title, no
    language, no top bar (axe: document-title, html-has-lang)."""
    client = client_for(reviewer)
    url = reverse("article-discussion", args=[article_with_quotes.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("article", args=[article_with_quotes.pk]) + "#discussion"
    panel = client.get(url, **HTMX)
    assert panel.status_code == 200 and 'id="discussion"' in panel.content.decode()
    assert "<html" not in panel.content.decode()
