"""Defects a new newsroom user met on first use (articles of their own: Arabic, pasted web pages), each
as they met it in a real browser (conftest.Desk against the live server)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARABIC = (
    "مؤتمر صحفي في القاهرة\n\n"
    "قال وزير الخارجية إن المحادثات كانت بناءة.\n\n"
    "The minister spoke in English too: “We made progress,” he said."
)


def _quote(article: Any, fragment: str, **fields: Any) -> Any:
    from attribution.models import Quote

    start = article.body.index(fragment)
    fields.setdefault("confidence", 0.9)
    fields.setdefault("rule", "test")
    return Quote.objects.create(article=article, start=start, end=start + len(fragment), **fields)


def _edges(page: Any, selector: str) -> dict[str, float]:
    """Where the text of the element starts and ends on screen, and the element's own edges."""
    return page.evaluate(
        """(sel) => {
          const el = document.querySelector(sel);
          const r = document.createRange(); r.selectNodeContents(el);
          const text = r.getBoundingClientRect(), box = el.getBoundingClientRect();
          return {textLeft: text.left, textRight: text.right, boxLeft: box.left, boxRight: box.right};
        }""",
        selector,
    )


def test_an_arabic_article_reads_right_to_left_and_says_the_parser_has_no_arabic(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    article = make_article(ARABIC, language="ar", parse_status="done")
    _quote(article, "المحادثات كانت بناءة", kind="indirect")
    english = make_article("Harbour toll rises\n\n“The toll will rise,” said Ann Quill.", parse_status="done")

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    # the Arabic paragraph ends at the right edge of the text column and starts at its right
    arabic = _edges(page, "#article-body p:nth-of-type(2)")
    assert arabic["boxRight"] - arabic["textRight"] < 4, arabic
    assert arabic["textLeft"] - arabic["boxLeft"] > 40, arabic
    # the English paragraph inside the same article still reads left to right
    latin = _edges(page, "#article-body p:nth-of-type(3)")
    assert latin["textLeft"] - latin["boxLeft"] < 4, latin
    heading = _edges(page, ".article-head h1")
    assert heading["boxRight"] - heading["textRight"] < 4, heading
    quote = _edges(page, "#quote-list .qtext")
    assert quote["boxRight"] - quote["textRight"] < 4, quote
    # an empty or thin quote list is not taken for an article without quotes
    note = page.get_by_role("note").filter(has_text="no rules for this article's language (AR)")
    assert note.is_visible()

    desk.goto(f"/articles/{english.pk}/")
    assert page.locator(".language-note").count() == 0
    assert not desk.js_errors


def test_the_sourcing_line_follows_the_quote_list_instead_of_saying_no_named_speakers(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    """It was computed once with the page: an article opened while it was being parsed, or one whose
    missed quotes a reviewer added, kept showing "0 named speakers" over a list of named quotes."""
    from attribution.models import Person, Quote

    make_user("rita", "Reviewer")
    article = make_article(
        "Harbour toll rises\n\nThe harbour toll will rise in May to pay for the new pier. "
        "Mayor Ann Quill defended the rise at the council meeting.",
        parse_status="done",
    )
    Person.objects.create(name="Ann Quill", title="Mayor")

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    sourcing = page.locator("p.sourcing")
    assert "0 named speakers" in sourcing.inner_text()
    desk.select_text("The harbour toll will rise in May to pay for the new pier.")
    page.wait_for_selector("#selection-tools.active")
    page.locator("#add-speaker").press_sequentially("Quill", delay=30)
    page.locator("#add-speaker-options .option", has_text="Ann Quill").click()
    desk.settle()
    page.get_by_role("button", name="Add quote").click()
    page.wait_for_selector("#quote-list [data-quote-id].s-added")
    desk.settle()
    assert Quote.objects.filter(article=article).count() == 1
    assert sourcing.count() == 1
    text = sourcing.inner_text()
    assert "1 named speaker" in text and "0 of 1 quote from anonymous sources" in text, text
    assert not desk.js_errors
