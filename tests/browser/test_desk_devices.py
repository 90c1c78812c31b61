"""The desk on a phone (issue 14, item 9): at 390 px wide nothing scrolls sideways and a reviewer can
still read a quote, confirm it and open its editor."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
SIDEWAYS = "() => [document.scrollingElement.scrollWidth, innerWidth]"


def assert_no_sideways_scroll(page: Any, where: str) -> None:
    width, inner = page.evaluate(SIDEWAYS)
    assert width <= inner, f"{where}: the page is {width} px wide in a {inner} px window"


def test_the_queue_and_every_desk_page_fit_a_390px_phone(desk: Any, seeded_desk: dict[str, Any]) -> None:
    page = desk.page
    page.set_viewport_size(PHONE)
    desk.login("eddie")
    hindi, person = seeded_desk["hindi"], seeded_desk["person"]
    for path in ["/", f"/articles/{hindi.pk}/", f"/people/{person.pk}/", "/people/", "/quotes/?q=said",
                 "/import/", "/claims/", "/dashboard/", "/exports/quotes/print/?status=all"]:  # fmt: skip
        desk.goto(path)
        assert_no_sideways_scroll(page, path)
    # the queue's rows are still links to their articles
    desk.goto("/")
    first_title = page.locator(".queue-table .title-cell a").first
    assert first_title.is_visible()
    assert first_title.bounding_box()["x"] + first_title.bounding_box()["width"] <= PHONE["width"]


def test_a_reviewer_confirms_and_edits_a_quote_on_a_390px_phone(
    desk: Any, seeded_desk: dict[str, Any]
) -> None:
    from attribution.models import Quote

    page = desk.page
    page.set_viewport_size(PHONE)
    article = seeded_desk["article"]
    pending = Quote.objects.filter(article=article, status="pending").order_by("start").first()
    desk.login("eddie")
    desk.goto(f"/articles/{article.pk}/")
    assert_no_sideways_scroll(page, "review page")

    row = page.locator(f"#quote-{pending.pk}")
    row.scroll_into_view_if_needed()
    box = row.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    row.get_by_role("button", name="Confirm").click()
    page.wait_for_selector(f"#quote-{pending.pk}.s-confirmed")
    desk.settle()
    pending.refresh_from_db()
    assert pending.status == "confirmed"

    # the editor (speaker typeahead, kind, span) opens inside the screen
    page.locator(f"#quote-{pending.pk} details.edit summary").click()
    speaker = page.locator(f"#speaker-{pending.pk}")
    speaker.wait_for()
    desk.settle()
    assert_no_sideways_scroll(page, "review page, quote editor open")
    field = speaker.bounding_box()
    assert field["x"] >= 0 and field["x"] + field["width"] <= PHONE["width"], field
    assert not desk.js_errors, desk.js_errors
