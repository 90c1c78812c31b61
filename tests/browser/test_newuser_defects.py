"""What a new newsroom user tripped over on the review desk (a walk through the whole product with
articles of their own), each as they met it in a real browser (conftest.Desk against the live server)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BRIDGE = (
    "Bridge inspection passes\n\n"
    "The harbour bridge passed its first inspection on Friday.\n\n"
    "“The structure is sound,” said Raman, the city's chief engineer."
)


def test_a_reviewer_picks_one_of_the_persons_an_ambiguous_name_may_be_on_the_desk(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    """The parser left "Raman" without a speaker (two Ramans known). The desk showed the name in italics
    and an empty Speaker field; the two candidates were only on the quote's own page."""
    from attribution.models import Person, Quote

    make_user("rita", "Reviewer")
    priya = Person.objects.create(name="Priya Raman", title="Chief engineer")
    arjun = Person.objects.create(name="Arjun Raman", title="Harbour master")
    article = make_article(BRIDGE, parse_status="done")
    start = article.body.index("The structure is sound")
    quote = Quote.objects.create(
        article=article, start=start, end=start + 22, kind="direct", confidence=0.9, rule="test",
        speaker_label="Raman", speaker_candidates=[priya.pk, arjun.pk],
    )  # fmt: skip

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    row = page.locator(f"#quote-{quote.pk}")
    row.get_by_text("Edit speaker, kind, span").click()
    desk.settle()
    choices = row.get_by_role("group", name="Possible speakers")
    assert choices.is_visible()
    assert "“Raman” could be any of these." in choices.inner_text()
    choices.get_by_role("button", name="Priya Raman").click()
    desk.settle()
    assert page.url.split("#")[0].endswith(f"/articles/{article.pk}/")  # answered in place, on the desk
    assert "Priya Raman" in page.locator(f"#quote-{quote.pk} .speaker-line").inner_text()
    quote.refresh_from_db()
    assert quote.speaker == priya and quote.status == "corrected"
    assert not desk.js_errors


def test_under_second_review_a_screen_reader_hears_that_the_review_was_recorded(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    """A reviewer pressed `a` on an article under second review and the live region said only
    "Quote pending, direct." (the quote does stay pending: the confirm is their own hidden review)."""
    from attribution.models import IndependentReview, Quote, SecondReview

    make_user("rita", "Reviewer")
    editor = make_user("eddie", "Editor")
    article = make_article(BRIDGE, parse_status="done")
    start = article.body.index("The structure is sound")
    quote = Quote.objects.create(
        article=article, start=start, end=start + 22, kind="direct", confidence=0.9, rule="test",
        speaker_label="Raman",
    )  # fmt: skip
    SecondReview.require(article, by=editor)

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    page.keyboard.press("a")
    desk.settle()
    page.wait_for_function("() => document.getElementById('review-announcer').textContent !== ''")
    heard = page.locator("#review-announcer").text_content()
    assert heard.startswith("Your independent review: confirmed"), heard
    assert IndependentReview.objects.get(quote=quote).status == "confirmed"

    # an ordinary confirm (no second review) is still read as the quote's new status
    SecondReview.objects.get(article=article).lift(by=editor)
    other = make_article(BRIDGE.replace("Friday", "Monday"), parse_status="done")
    Quote.objects.create(
        article=other, start=start, end=start + 22, kind="direct", confidence=0.9, rule="test",
        speaker_label="Raman",
    )  # fmt: skip
    desk.goto(f"/articles/{other.pk}/")
    page.keyboard.press("a")
    desk.settle()
    page.wait_for_function("() => document.getElementById('review-announcer').textContent !== ''")
    assert page.locator("#review-announcer").text_content() == "Quote confirmed, direct."
    assert not desk.js_errors


def test_the_first_tab_offers_to_skip_the_top_bar(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    """A keyboard user went through the nine links of an editor's top bar on every page before
    reaching the page itself."""
    make_user("eddie", "Editor")
    make_article(BRIDGE, parse_status="done")
    desk.login("eddie")
    for path in ("/", "/people/", "/quotes/"):
        desk.goto(path)
        page = desk.page
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to content")
        assert skip.evaluate("el => el === document.activeElement"), path
        box = skip.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0, box  # shown while focused
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        inside = page.evaluate("() => !!document.activeElement.closest('main')")
        assert inside, (path, page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"))
    assert not desk.js_errors
