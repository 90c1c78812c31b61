"""Second review end to end in a real browser (issue 14): an editor requires it, two reviewers review
independently and disagree on one quote, the editor settles it, and the agreement page shows kappa.

Drives Debian's chromium against the live server (see conftest.Desk); checks the database after
each step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
    "Harbour plan backed\n\n"
    "“We will not let this project slip again,” Mayor Ann Quill told reporters on Monday. "
    "Quill said the harbour would reopen in spring. "
    "Tom Reed said the plan was a costly fantasy."
)


def _quote(article: Any, fragment: str, **fields: Any) -> Any:
    from attribution.models import Quote

    start = article.body.index(fragment)
    return Quote.objects.create(
        article=article, start=start, end=start + len(fragment), confidence=0.9, rule="test", **fields
    )


def _switch_to(desk: Any, username: str) -> None:
    desk.page.context.clear_cookies()
    desk.login(username)


def _review(desk: Any, quote: Any, action: str) -> str:
    """Press a row's Confirm / Reject and return what the row says afterwards."""
    page = desk.page
    page.locator(f"#quote-{quote.pk} button[data-action={action}]").click()
    page.wait_for_selector(f"#quote-{quote.pk} .row-msg")
    desk.settle()
    return page.locator(f"#quote-{quote.pk} .row-msg").inner_text()


def test_two_independent_reviews_a_ruling_and_the_kappa(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from attribution.models import IndependentReview, Person, Quote, SecondReview

    make_user("eddie", "Editor")
    make_user("rita", "Reviewer")
    make_user("ravi", "Reviewer")
    article = make_article(BODY)
    quill = Person.objects.create(name="Ann Quill", title="Mayor")
    reed = Person.objects.create(name="Tom Reed")
    slip = _quote(article, "We will not let this project slip again,", kind="direct", speaker=quill)
    spring = _quote(article, "the harbour would reopen in spring", kind="indirect", speaker=quill)
    fantasy = _quote(article, "the plan was a costly fantasy", kind="indirect", speaker=reed)
    page = desk.page

    # the editor requires a second review from the article page
    desk.login("eddie")
    desk.goto(f"/articles/{article.pk}/")
    page.get_by_role("button", name="Require second review").click()
    page.wait_for_selector("#second-review >> text=Lift second review")
    desk.settle()
    assert SecondReview.is_required(article.pk)

    # rita: confirm, confirm, reject; the quotes stay as they were
    _switch_to(desk, "rita")
    desk.goto(f"/articles/{article.pk}/")
    assert "Your independent review: confirmed, speaker Ann Quill" in _review(desk, slip, "confirm")
    _review(desk, spring, "confirm")
    assert "rejected" in _review(desk, fantasy, "reject")
    assert page.locator(f"#quote-{fantasy.pk}").get_attribute("class").count("s-pending") == 1
    page.wait_for_selector("#second-review >> text=Your independent reviews (3)")
    page.screenshot(path=str(ARTIFACTS / "second-review-reviewer.png"), full_page=True)
    assert set(Quote.objects.values_list("status", flat=True)) == {"pending"}

    # ravi sees none of rita's decisions, then: confirm, reject (the disagreement), reject
    _switch_to(desk, "ravi")
    desk.goto(f"/articles/{article.pk}/")
    for quote in (slip, spring, fantasy):
        row = page.locator(f"#quote-{quote.pk}")
        assert "s-pending" in row.get_attribute("class")
        assert "Rejected" not in row.locator(".badge.status").inner_text()
    assert page.locator("#second-review .sr-mine").count() == 0
    _review(desk, slip, "confirm")
    _review(desk, spring, "reject")
    _review(desk, fantasy, "reject")
    assert IndependentReview.objects.count() == 6
    # where they agreed, the quote now says so; the disagreement waits
    assert {q.pk: q.status for q in Quote.objects.all()} == {
        slip.pk: "confirmed",
        spring.pk: "pending",
        fantasy.pk: "rejected",
    }

    # the editor settles the disagreement: rita was right
    _switch_to(desk, "eddie")
    desk.goto("/second-review/")
    item = page.locator(f"#adjudicate-{spring.pk}")
    assert "rita" in item.inner_text() and "ravi" in item.inner_text()
    assert page.locator(f"#adjudicate-{slip.pk}").count() == 0
    item.get_by_role("radio", name="Confirmed").check()
    item.get_by_label("Speaker (if confirmed)").select_option(label="Ann Quill")
    item.get_by_role("button", name="Settle").click()
    page.wait_for_selector(f"#adjudicate-{spring.pk} >> text=Settled: confirmed, speaker Ann Quill.")
    desk.settle()
    page.screenshot(path=str(ARTIFACTS / "second-review-adjudication.png"), full_page=True)
    spring.refresh_from_db()
    assert spring.status == "confirmed" and spring.reviewed_by.username == "eddie"

    # agreement: statuses (C, C), (C, R), (R, R): observed 2/3, chance 4/9, kappa 0.40
    page.get_by_role("link", name="Reviewer agreement").click()
    desk.settle()
    row = page.locator("table.agreement tbody tr").filter(has_text="ravi & rita")
    assert row.locator('td[data-kappa="status"]').inner_text() == "0.40"
    assert row.locator('td[data-kappa="speaker"]').inner_text() == "undefined"
    page.screenshot(path=str(ARTIFACTS / "second-review-agreement.png"), full_page=True)
    desk.goto("/second-review/throughput/")
    assert "ravi" in page.locator("#per-reviewer").text_content()
    page.screenshot(path=str(ARTIFACTS / "second-review-throughput.png"), full_page=True)
    assert desk.js_errors == []
