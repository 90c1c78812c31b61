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


def test_a_reviewer_turns_single_key_shortcuts_off_and_they_stay_off(
    desk: Any, make_user: Callable[..., Any], article_with_quotes: Any
) -> None:
    """WCAG 2.1.4: letters typed by speech input must not confirm or reject quotes."""
    from attribution.models import Quote
    from attribution.preferences import ReviewerPreference

    rita = make_user("rita", "Reviewer")
    first, second = article_with_quotes.quotes.order_by("start")[:2]
    desk.login("rita")
    desk.goto(f"/articles/{article_with_quotes.pk}/")
    page = desk.page

    page.get_by_role("button", name="Keyboard shortcuts").click()
    setting = page.get_by_label("Use single-key shortcuts")
    assert setting.is_checked()
    setting.uncheck()
    page.wait_for_function("() => document.getElementById('review').dataset.shortcuts === 'off'")
    desk.settle()
    assert ReviewerPreference.for_user(rita).single_key_shortcuts is False
    page.get_by_role("button", name="Close").click()

    # focus leaves the dialog's button (Enter would press it)
    page.locator(f"#quote-{first.pk} .qtext").click()
    for key in ["a", "r", "j", "Enter", "u"]:
        page.keyboard.press(key)
    desk.settle()
    assert set(Quote.objects.filter(pk__in=[first.pk, second.pk]).values_list("status", flat=True)) == {
        "pending"
    }
    # the buttons still work
    page.locator(f"#quote-{first.pk}").get_by_role("button", name="Confirm").click()
    page.wait_for_selector(f"#quote-{first.pk}.s-confirmed")
    desk.settle()

    # stored for the reviewer, not the page: a new load keeps them off
    desk.goto(f"/articles/{article_with_quotes.pk}/")
    assert page.locator("#review").get_attribute("data-shortcuts") == "off"
    page.keyboard.press("r")
    desk.settle()
    assert Quote.objects.get(pk=second.pk).status == "pending"

    # and back on
    page.get_by_role("button", name="Keyboard shortcuts").click()
    assert not page.get_by_label("Use single-key shortcuts").is_checked()
    page.get_by_label("Use single-key shortcuts").check()
    page.wait_for_function("() => document.getElementById('review').dataset.shortcuts === 'on'")
    desk.settle()
    page.get_by_role("button", name="Close").click()
    page.locator(f"#quote-{second.pk}").click()
    page.keyboard.press("r")
    page.wait_for_selector(f"#quote-{second.pk}.s-rejected")
    desk.settle()
    assert Quote.objects.get(pk=second.pk).status == "rejected"
    assert not desk.js_errors, desk.js_errors
