"""Accessibility pieces of the review desk (issue 14, item 9) checked in a real browser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_confirm_and_undo_are_announced_to_screen_readers(
    desk: Any, make_user: Callable[..., Any], article_with_quotes: Any
) -> None:
    make_user("rita", "Reviewer")
    first = article_with_quotes.quotes.order_by("start").first()
    desk.login("rita")
    desk.goto(f"/articles/{article_with_quotes.pk}/")
    page = desk.page
    live = page.locator("#review-announcer")
    assert live.get_attribute("aria-live") == "polite" and live.get_attribute("role") == "status"
    page.keyboard.press("a")
    page.wait_for_selector(f"#quote-{first.pk}.s-confirmed")
    desk.settle()
    said = "(word) => document.getElementById('review-announcer').textContent.includes(word)"
    page.wait_for_function(said, arg="confirmed")
    page.keyboard.press("u")
    page.wait_for_function(said, arg="Undid")
    desk.settle()


def test_import_button_is_styled_like_the_other_primary_buttons(
    desk: Any, make_user: Callable[..., Any]
) -> None:
    make_user("eddie", "Editor")
    desk.login("eddie")
    desk.goto("/import/")
    style = desk.page.get_by_role("button", name="Import").evaluate(
        "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
    )
    assert style == ["rgb(59, 79, 216)", "rgb(255, 255, 255)"], style
