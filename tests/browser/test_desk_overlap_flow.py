"""Adding a quote that overlaps one already in the article, in a real browser: the desk shows the
old quote and asks; cancel saves nothing, replace swaps them, one Undo (`u`) puts the old one back."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_overlapping_added_quote_asks_first_then_replaces_and_undoes(
    desk: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Quote

    old = article_with_quotes.quotes.get(text__startswith="We will not let")
    before = article_with_quotes.quotes.count()
    desk.login(reviewer.username)
    desk.goto(f"/articles/{article_with_quotes.pk}/")
    page = desk.page

    desk.select_text("let this project slip")
    page.get_by_role("button", name="Add quote").click()
    prompt = page.locator("#add-overlap .overlap-prompt")
    prompt.wait_for()
    assert "We will not let this project slip again," in prompt.inner_text()
    # the prompt takes the focus: a keyboard reviewer answers it straight away
    assert page.evaluate("document.activeElement.textContent") == "Keep both"
    desk.settle()
    assert article_with_quotes.quotes.count() == before  # nothing saved while the desk asks

    page.keyboard.press("Escape")  # cancel
    prompt.wait_for(state="detached")
    desk.settle()
    assert article_with_quotes.quotes.count() == before

    page.get_by_role("button", name="Add quote").click()  # the selection is still there
    prompt.wait_for()
    page.get_by_role("button", name="Replace the old quote").click()
    prompt.wait_for(state="detached")
    page.locator("#quote-list li", has_text="let this project slip").first.wait_for()
    desk.settle()
    old.refresh_from_db()
    new = Quote.objects.get(article=article_with_quotes, text="let this project slip")
    assert old.status == "rejected" and new.status == "added"
    assert new.events.get().after["overlap"] == {"choice": "replace", "quotes": [old.pk]}

    page.locator("#article-body").click(position={"x": 5, "y": 5})  # focus off any field
    page.keyboard.press("u")
    page.wait_for_selector("#review-announcer:has-text('Undid')")
    desk.settle()
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == "pending" and new.status == "rejected"
    # the browser logs the prompt's 409 as a failed load; any other error is the page's
    errors = [e for e in desk.js_errors if "status of 409" not in e]
    assert not errors, errors
