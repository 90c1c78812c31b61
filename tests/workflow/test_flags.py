"""Flags on quotes (for later / needs a second look) with a reason; the queue filters on them."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Flag, WorkflowEvent
from attribution.workflow_models import WorkflowError

from .conftest import HTMX

pytestmark = pytest.mark.django_db


def test_flagging_and_unflagging_write_one_event_each(reviewer: Any, colleague: Any, quote: Any) -> None:
    flag = Flag.raise_on(quote, "second_look", "  Is 2027 the   opening year? ", by=reviewer)
    assert flag.reason == "Is 2027 the opening year?" and flag.is_open
    flag.clear(by=colleague)
    flag.refresh_from_db()
    assert flag.cleared_by == colleague and not flag.is_open
    events = list(WorkflowEvent.objects.filter(quote=quote).order_by("id"))
    assert [(e.action, e.actor) for e in events] == [("flag", reviewer), ("unflag", colleague)]
    assert events[0].summary == "Needs a second look: Is 2027 the opening year?"


def test_a_flag_needs_a_reason_and_a_known_kind(reviewer: Any, quote: Any) -> None:
    with pytest.raises(WorkflowError, match="Say why"):
        Flag.raise_on(quote, "later", "   ", by=reviewer)
    with pytest.raises(WorkflowError, match="Unknown kind"):
        Flag.raise_on(quote, "urgent", "Check", by=reviewer)
    assert not Flag.objects.exists() and not WorkflowEvent.objects.exists()


def test_a_flagged_quote_cannot_be_flagged_again_until_unflagged(reviewer: Any, quote: Any) -> None:
    first = Flag.raise_on(quote, "later", "Call the council", by=reviewer)
    with pytest.raises(WorkflowError, match="already flagged"):
        Flag.raise_on(quote, "second_look", "Another reason", by=reviewer)
    first.clear(by=reviewer)
    with pytest.raises(WorkflowError, match="already taken off"):
        first.clear(by=reviewer)
    Flag.raise_on(quote, "second_look", "Another reason", by=reviewer)
    assert Flag.objects.filter(quote=quote).count() == 2
    assert WorkflowEvent.objects.filter(quote=quote).count() == 3


def test_flag_from_the_quote_editor_under_htmx(client_for: Any, reviewer: Any, quote: Any) -> None:
    client = client_for(reviewer)
    response = client.post(
        reverse("quote-flag", args=[quote.pk]), {"kind": "later", "reason": "Ask Leeds desk"}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<span class="badge flag-badge">For later</span> <span class="flag-reason">Ask Leeds desk</span>'
        in html
    )
    assert "discussion-changed" in response["HX-Trigger"]
    refused = client.post(
        reverse("quote-flag", args=[quote.pk]), {"kind": "later", "reason": "Again"}, **HTMX
    )
    assert refused.status_code == 400 and "already flagged" in refused.content.decode()
    response = client.post(reverse("quote-unflag", args=[quote.pk]), **HTMX)
    assert response.status_code == 200 and 'class="flag-form"' in response.content.decode()


def test_unflag_from_the_discussion_panel_answers_with_the_panel(
    client_for: Any, reviewer: Any, quote: Any, article_with_quotes: Any
) -> None:
    Flag.raise_on(quote, "later", "Ask Leeds desk", by=reviewer)
    page = client_for(reviewer).get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert "1 flagged" in page and "Ask Leeds desk" in page
    # what workflow.js marks the quote's row with
    marks = re.search(r'data-quote-marks="([^"]*)"', page)
    assert marks and json.loads(unescape(marks.group(1))) == {
        str(quote.pk): {"comments": 0, "flag": "For later"}
    }
    response = client_for(reviewer).post(
        reverse("quote-unflag", args=[quote.pk]), {"in": "discussion"}, **HTMX
    )
    panel = response.content.decode()
    assert panel.lstrip().startswith('<section id="discussion"') and "Ask Leeds desk" not in panel


def test_flag_as_a_plain_form_returns_to_the_quote(client_for: Any, reviewer: Any, quote: Any) -> None:
    response = client_for(reviewer).post(
        reverse("quote-flag", args=[quote.pk]), {"kind": "later", "reason": "Later"}
    )
    assert response["Location"] == reverse("article", args=[quote.article_id]) + f"#quote-{quote.pk}"
    page = reverse("quote", args=[quote.pk])
    html = client_for(reviewer).get(page).content.decode()
    assert "hx-post" not in html  # the quote's own page: plain forms, which come back to it
    response = client_for(reviewer).post(reverse("quote-unflag", args=[quote.pk]), {"next": page})
    assert response["Location"] == page


def test_the_queue_finds_articles_with_flagged_quotes(
    client_for: Any, reviewer: Any, quote: Any, articles: list[Any]
) -> None:
    Flag.raise_on(quote, "second_look", "Check the year", by=reviewer)
    Flag.raise_on(articles[0].quotes.get(), "later", "Call back", by=reviewer)
    client = client_for(reviewer)

    def titles(**params: str) -> str:
        return client.get(reverse("queue"), params, **HTMX).content.decode()

    flagged = titles(flag="any")
    assert "Minister backs new rail line" in flagged and "Story 0" in flagged and "Story 1" not in flagged
    assert "1 flagged" in flagged
    second = titles(flag="second_look")
    assert "Minister backs new rail line" in second and "Story 0" not in second
    Flag.objects.get(quote=quote).clear(by=reviewer)
    assert "Minister backs new rail line" not in titles(flag="any")


def test_the_quote_history_lists_its_flags_and_comments_among_its_changes(
    client_for: Any, reviewer: Any, colleague: Any, quote: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Comment

    quote.confirm(by=reviewer)
    Flag.raise_on(quote, "second_look", "Check the year", by=reviewer).clear(by=colleague)
    Comment.post(article_with_quotes, "It was 2027, fine.", by=colleague, quote=quote)
    html = client_for(reviewer).get(reverse("quote", args=[quote.pk]), **HTMX).content.decode()
    history = html[html.index('class="history-list"') :]
    newest_first = ["Commented", "Unflagged", "Flagged", "Confirmed"]
    by = ["carlos", "carlos", "rita", "rita"]
    heads = [history.index(f"{what}</strong> by {who}") for what, who in zip(newest_first, by, strict=True)]
    assert heads == sorted(heads)  # newest first
    assert '<span class="field">flag</span> <del>—</del> → <ins>Check the year</ins>' in history
