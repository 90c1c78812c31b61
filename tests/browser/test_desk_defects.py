"""The review desk's defects (issue 14), each as a new reviewer met it in a real browser.

Every test drives Debian's chromium against the live server (see conftest.Desk) and checks what
the page shows or what the database holds afterwards.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _quote(article: Any, fragment: str, **fields: Any) -> Any:
    from attribution.models import Quote

    start = article.body.index(fragment)
    fields.setdefault("confidence", 0.9)
    fields.setdefault("rule", "test")
    return Quote.objects.create(article=article, start=start, end=start + len(fragment), **fields)


def test_export_from_the_queue_exports_what_the_queue_shows(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("eddie", "Editor")
    wanted = make_article(
        "Harbour toll rises\n\n“The harbour toll will rise in May,” said Mayor Ann Quill.",
        published=dt.date(2026, 3, 1),
    )
    other_words = make_article(
        "Rail fares frozen\n\n“Rail fares stay as they are,” said Mayor Ann Quill.",
        published=dt.date(2026, 3, 2),
    )
    too_old = make_article(
        "Harbour dredging ends\n\n“The harbour is deep enough now,” said Mayor Ann Quill.",
        published=dt.date(2025, 1, 5),
    )
    for article, fragment in [
        (wanted, "The harbour toll will rise in May,"),
        (other_words, "Rail fares stay as they are,"),
        (too_old, "The harbour is deep enough now,"),
    ]:
        _quote(article, fragment, status="confirmed", speaker_label="Ann Quill")

    desk.login("eddie")
    page = desk.page
    page.get_by_label("Search").fill("harbour")
    page.get_by_label("From").fill("2026-01-01")
    page.get_by_label("From").dispatch_event("change")
    page.wait_for_selector("#queue-results >> text=1 article")
    desk.settle()

    page.locator("#queue-results .export-menu summary").click()
    with page.expect_download() as download:
        page.locator("#queue-results .export-menu button[value=csv]").click()
    content = open(download.value.path(), encoding="utf-8").read()  # noqa: SIM115
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Article"] for row in rows] == ["Harbour toll rises"], rows


PRINT_BODY = (
    "Council backs the harbour plan\n\n"
    "“We will not let this project slip again,” Mayor Ann Quill told reporters on Monday. "
    "Quill said the harbour would reopen in spring. "
    "Tom Reed said the plan was “a costly fantasy” and would fail."
)


def test_print_sheet_puts_marks_only_around_words_actually_quoted(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("eddie", "Editor")
    article = make_article(PRINT_BODY)
    direct = _quote(article, "We will not let this project slip again,", kind="direct", status="confirmed")
    indirect = _quote(article, "the harbour would reopen in spring", kind="indirect", status="confirmed")
    mixed = _quote(
        article, "the plan was “a costly fantasy” and would fail", kind="mixed", status="confirmed"
    )

    desk.login("eddie")
    desk.goto(f"/exports/quotes/print/?article={article.pk}")
    shown = desk.page.evaluate(
        """() => Array.from(document.querySelectorAll(".quote-text")).map((el) => {
             const mark = (where) => {
               const c = getComputedStyle(el, where).content;
               return c === "none" || c === "normal" ? "" : JSON.parse(c);
             };
             return mark("::before") + el.textContent + mark("::after");
           })"""
    )
    # a direct quote in marks (without the comma that joined it to "Quill told reporters")
    assert "“We will not let this project slip again”" in shown
    # reported speech is not put in the speaker's mouth
    assert indirect.text in shown
    # a mixed quote keeps the article's marks around its quoted fragment, and only those
    assert mixed.text in shown
    assert len(shown) == 3 and direct.text not in shown
