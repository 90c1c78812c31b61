"""A quote added by hand that overlaps a quote already in the article: the desk asks first.

The reviewer sees the overlapping quote and keeps both, replaces the old one, or cancels; the choice
is in the audit trail and one Undo takes the whole addition back.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db

INSIDE_PORTERS_QUOTE = "let this project slip"


def _span(article: Any, fragment: str) -> dict[str, int]:
    start = article.body.index(fragment)
    return {"start": start, "end": start + len(fragment)}


def _porters_quote(article: Any) -> Any:
    return article.quotes.get(text__startswith="We will not let")


def _add(client: Any, article: Any, fragment: str, htmx: bool = True, **extra: Any) -> Any:
    data = {**_span(article, fragment), "kind": "direct", **extra}
    headers = HTMX if htmx else {}
    return client.post(reverse("quote-add", args=[article.pk]), data, **headers)


def test_an_overlapping_selection_is_not_saved_and_shows_the_quote_it_overlaps(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    old = _porters_quote(article_with_quotes)
    n = article_with_quotes.quotes.count()
    response = _add(client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, speaker="Jane Porter")
    assert response.status_code == 409
    assert response["HX-Retarget"] == "#add-overlap"
    page = response.content.decode()
    assert "We will not let this project slip again," in page and f"#{old.pk}" in page
    assert "Keep both" in page and "Replace the old quote" in page and "Cancel" in page
    # the prompt posts the selection and the speaker again, with the quotes the reviewer saw
    assert f'name="seen" value="{old.pk}"' in page and 'name="speaker" value="Jane Porter"' in page
    assert article_with_quotes.quotes.count() == n
    assert not old.events.exists()


def test_a_new_speaker_name_is_not_created_when_the_quote_waits_for_a_choice(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Person

    _add(client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, speaker="Alan Newname")
    assert not Person.objects.filter(name="Alan Newname").exists()


def test_keep_both_adds_the_quote_and_records_the_choice(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    old = _porters_quote(article_with_quotes)
    response = _add(
        client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="keep", seen=[old.pk]
    )
    assert response.status_code == 200
    new = article_with_quotes.quotes.get(text=INSIDE_PORTERS_QUOTE)
    event = new.events.get()
    assert event.action == "add" and event.actor == reviewer
    assert event.after["overlap"] == {"choice": "keep", "quotes": [old.pk]}
    assert ("overlapping quotes", None, f"kept beside #{old.pk}") in event.changes()
    old.refresh_from_db()
    assert old.status == "pending" and not old.events.exists()


def test_replace_rejects_the_old_quote_in_the_same_action(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    old = _porters_quote(article_with_quotes)
    response = _add(
        client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk]
    )
    assert response.status_code == 200
    new = article_with_quotes.quotes.get(text=INSIDE_PORTERS_QUOTE)
    old.refresh_from_db()
    assert old.status == "rejected" and new.status == "added"
    replaced = old.events.get()
    assert replaced.action == "replace" and replaced.actor == reviewer
    assert replaced.after["replaced_by"] == new.pk and replaced.before["status"] == "pending"
    added = new.events.get()
    assert added.after["overlap"] == {"choice": "replace", "quotes": [old.pk]}
    assert added.created_at == replaced.created_at


def test_one_undo_takes_back_the_added_quote_and_restores_the_replaced_one(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    old = _porters_quote(article_with_quotes)
    client = client_for(reviewer)
    _add(client, article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk])
    response = client.post(reverse("undo"), {"article": article_with_quotes.pk}, **HTMX)
    assert response.status_code == 200
    old.refresh_from_db()
    new = article_with_quotes.quotes.get(text=INSIDE_PORTERS_QUOTE)
    assert old.status == "pending" and new.status == "rejected"
    assert set(old.events.values_list("action", flat=True)) == {"replace", "undo"}
    assert old.events.get(action="replace").undone and new.events.get(action="add").undone
    # the next undo is not this action again
    from attribution.models import QuoteEvent

    assert QuoteEvent.last_undoable(reviewer) == []


def test_a_choice_made_on_an_outdated_prompt_asks_again(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    """Someone added another overlapping quote after the prompt was shown: nothing is replaced unseen."""
    from attribution.models import Quote

    old = _porters_quote(article_with_quotes)
    start = article_with_quotes.body.index("this project")
    other = Quote.add_by_hand(article_with_quotes, start, start + 12, by=None, overlap="keep", seen=[old.pk])
    response = _add(
        client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk]
    )
    assert response.status_code == 409
    assert f'name="seen" value="{other.pk}"' in response.content.decode()
    old.refresh_from_db()
    assert old.status == "pending"
    assert not article_with_quotes.quotes.filter(text=INSIDE_PORTERS_QUOTE).exists()


def test_a_rejected_quote_is_no_overlap(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    old = _porters_quote(article_with_quotes)
    old.reject(by=reviewer)
    response = _add(client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE)
    assert response.status_code == 200
    assert "overlap" not in article_with_quotes.quotes.get(text=INSIDE_PORTERS_QUOTE).events.get().after


def test_without_javascript_the_prompt_is_a_page_of_its_own(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    response = _add(client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, htmx=False)
    assert response.status_code == 409
    page = response.content.decode()
    assert "<html" in page and "This quote overlaps a quote already in the article" in page
    assert f'href="{reverse("article", args=[article_with_quotes.pk])}"' in page  # Cancel goes back


def test_an_unknown_choice_is_a_400(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    old = _porters_quote(article_with_quotes)
    response = _add(
        client_for(reviewer), article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="both", seen=[old.pk]
    )
    assert response.status_code == 400
    old.refresh_from_db()
    assert old.status == "pending"


def test_anonymous_replace_goes_to_login_and_changes_nothing(client: Any, article_with_quotes: Any) -> None:
    old = _porters_quote(article_with_quotes)
    response = _add(client, article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk])
    assert response.status_code == 302 and "/login" in response["Location"]
    old.refresh_from_db()
    assert old.status == "pending"


def test_an_account_without_a_role_gets_403(client_for: Any, nobody: Any, article_with_quotes: Any) -> None:
    old = _porters_quote(article_with_quotes)
    response = _add(
        client_for(nobody), article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk]
    )
    assert response.status_code == 403
    old.refresh_from_db()
    assert old.status == "pending"


def test_the_choice_needs_the_csrf_token(reviewer: Any, article_with_quotes: Any) -> None:
    old = _porters_quote(article_with_quotes)
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = _add(client, article_with_quotes, INSIDE_PORTERS_QUOTE, overlap="replace", seen=[old.pk])
    assert response.status_code == 403
    old.refresh_from_db()
    assert old.status == "pending"


def test_get_is_405(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    response = client_for(reviewer).get(reverse("quote-add", args=[article_with_quotes.pk]))
    assert response.status_code == 405
