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


def _seed(name: str) -> str:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "seeds" / name
    return path.read_text(encoding="utf-8").strip()


def _parsed(article: Any) -> Any:
    from attribution.services import parse_article

    parse_article(article)
    article.refresh_from_db()
    return article


def _paragraph_weights(desk: Any) -> list[str]:
    return desk.page.evaluate(
        """() => Array.from(document.querySelectorAll("#article-body p"))
                 .map((p) => getComputedStyle(p).fontWeight)"""
    )


def test_single_newline_paragraphs_are_paragraphs_and_only_a_headline_looks_like_one(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    syria = _seed("004_27f4b5ccaf5df4df.txt")  # paragraphs on single lines, the headline first
    hindi = _seed("003_6ceeb16321e12f23.txt")  # single lines, no headline: it opens with the story
    with_headline = _parsed(make_article(syria, title=syria.split("\n", 1)[0]))
    without = _parsed(make_article(hindi, title="संयुक्त राष्ट्र महासचिव की मॉस्को यात्रा", language="hi"))

    desk.login("rita")
    desk.goto(f"/articles/{with_headline.pk}/")
    weights = _paragraph_weights(desk)
    assert len(weights) == len([line for line in syria.split("\n") if line.strip()])
    assert int(weights[0]) >= 700 and all(int(w) < 700 for w in weights[1:]), weights

    desk.goto(f"/articles/{without.pk}/")
    weights = _paragraph_weights(desk)
    assert len(weights) == len([line for line in hindi.split("\n") if line.strip()])
    assert all(int(w) < 700 for w in weights), "the story's first sentence is shown as a headline"


def test_hindi_article_is_marked_hindi_and_its_cues_are_shown_as_written(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    hindi = _seed("003_6ceeb16321e12f23.txt")
    article = _parsed(make_article(hindi, title="गुटेरेस की मॉस्को यात्रा", language="hi"))
    assert article.quotes.exclude(cue_start=None).exists()

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    assert page.locator("#article-body").get_attribute("lang") == "hi"
    assert page.locator("h1").get_attribute("lang") == "hi"
    assert page.locator("#quote-list .qtext").first.get_attribute("lang") == "hi"
    cues = page.locator("#quote-list .speaker-line [lang=hi]").all_inner_texts()
    assert cues, "no cue is shown"
    for cue in cues:
        devanagari = any("\u0900" <= ch <= "\u097f" for ch in cue)
        assert devanagari, f"cue shown as {cue!r}, not as the article words it"
    desk.goto("/")
    assert page.get_by_role("link", name=article.title).get_attribute("lang") == "hi"


def test_a_quote_is_shown_without_the_comma_that_joined_it_to_its_sentence(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    article = make_article(PRINT_BODY)
    quote = _quote(article, "We will not let this project slip again,", kind="direct")

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    shown = desk.page.locator(f"#quote-{quote.pk} .qtext").inner_text()
    assert shown == "We will not let this project slip again"
    desk.page.locator(f"#quote-{quote.pk} button.confirm").click()
    desk.page.wait_for_selector(f"#quote-{quote.pk}.s-confirmed")
    desk.settle()
    assert desk.page.locator(f"#quote-{quote.pk} .qtext").inner_text() == shown


def test_import_drops_page_furniture_and_takes_no_story_sentence_for_a_headline(
    desk: Any, make_user: Callable[..., Any]
) -> None:
    from pathlib import Path

    from attribution.models import Article

    make_user("eddie", "Editor")
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    desk.login("eddie")
    page = desk.page
    for name in ["000_519c202d9ee2bb17.txt", "003_6ceeb16321e12f23.txt"]:
        desk.goto("/import/")
        page.get_by_label("…or upload .txt, .md, .html or .jsonl").set_input_files(str(seeds / name))
        page.get_by_role("button", name="Import").click()
        page.wait_for_url("**/articles/*/")  # one article imported: its page opens
        desk.settle()

    eir = Article.objects.get(title="Guterres and Putin Confer on Israel-Palestine and Syria")
    desk.goto(f"/articles/{eir.pk}/")
    text = page.locator("#article-body").inner_text()
    for furniture in ["Back to top", "Go to home page", "clear"]:
        assert furniture not in text, f"{furniture!r} survived the import"
    assert text.rstrip().endswith("at the level of foreign ministers.”")

    hindi = Article.objects.get(language="hi")
    first_sentence = (seeds / "003_6ceeb16321e12f23.txt").read_text(encoding="utf-8").split("\n")[0].strip()
    assert hindi.title != first_sentence and hindi.title.startswith("Untitled")
    desk.goto(f"/articles/{hindi.pk}/")
    assert page.locator("h1").inner_text().startswith("Untitled")
    assert all(int(w) < 700 for w in _paragraph_weights(desk))


def test_adding_a_missed_quote_lists_speakers_on_screen_and_waits_for_the_kind(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from attribution.models import Person, Quote

    make_user("rita", "Reviewer")
    body = _seed("002_af738a00e7b11bd3.txt")
    article = make_article(body)
    alpha = Person.objects.create(name="Alpha Testperson", title="Spokesperson")
    alpha.add_alias("Alphie")

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    phrase = "Russia, Turkey and Iran initiated a process of peace talks"
    desk.select_text(phrase)
    page.wait_for_selector("#selection-tools.active")
    page.locator("#add-speaker").press_sequentially("Alph", delay=30)
    option = page.locator("#add-speaker-options .option", has_text="Alpha Testperson")
    option.wait_for()
    box = option.bounding_box()
    viewport = page.viewport_size
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], (box, viewport)

    option.click()
    desk.settle()
    assert Quote.objects.filter(article=article).count() == 0, "picking the speaker submitted the form"
    assert page.locator("#add-speaker").input_value() == "Alpha Testperson"
    page.locator("#add-kind").select_option("indirect")
    page.get_by_role("button", name="Add quote").click()
    page.wait_for_selector("#quote-list [data-quote-id].s-added")
    desk.settle()
    added = Quote.objects.get(article=article)
    assert (added.text, added.kind, added.speaker) == (phrase, "indirect", alpha)


def _two_quote_article(make_article: Callable[..., Any]) -> tuple[Any, Any, Any]:
    from attribution.models import Person

    article = make_article(PRINT_BODY)
    quill = Person.objects.create(name="Ann Quill", title="Mayor")
    first = _quote(article, "We will not let this project slip again,", kind="direct", speaker=quill)
    second = _quote(article, "the harbour would reopen in spring", kind="indirect", speaker=quill)
    return article, first, second


def test_a_refused_confirm_keeps_the_quote_selected_and_shows_it_as_it_now_is(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    otto = make_user("otto", "Reviewer")
    article, first, second = _two_quote_article(make_article)

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    page.wait_for_selector(f"#quote-{first.pk}.is-selected")
    first.reject(by=otto)  # meanwhile, in another browser

    page.keyboard.press("a")
    page.wait_for_selector(f"#quote-{first.pk} .row-msg.conflict")
    desk.settle()
    assert "changed by otto" in page.locator(f"#quote-{first.pk} .row-msg").inner_text()
    # the selection stays on the refused quote, not on the next one
    assert "is-selected" in page.locator(f"#quote-{first.pk}").get_attribute("class")
    assert "is-selected" not in page.locator(f"#quote-{second.pk}").get_attribute("class")
    # and the text shows it rejected (as otto left it), not still pending
    marks = page.locator(f'#article-body .hl[data-q^="{first.pk}"]')
    classes = marks.evaluate_all("els => els.map(e => e.className)")
    assert classes and all("s-rejected" in c for c in classes), classes
    first.refresh_from_db()
    assert first.status == "rejected"


def test_undo_says_when_the_last_action_was_in_another_article_before_undoing_it(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    rita = make_user("rita", "Reviewer")
    article, first, _ = _two_quote_article(make_article)
    elsewhere = make_article("Rail fares frozen\n\n“Rail fares stay as they are,” said the minister.")
    first.confirm(by=rita)

    desk.login("rita")
    desk.goto(f"/articles/{elsewhere.pk}/")
    page = desk.page
    page.keyboard.press("u")
    toast = page.locator("#messages .msg", has_text="Press Undo again")
    toast.wait_for()
    desk.settle()
    assert article.title in toast.inner_text()
    assert page.url.endswith(f"/articles/{elsewhere.pk}/")
    first.refresh_from_db()
    assert first.status == "confirmed", "undo changed another article without saying so"

    page.keyboard.press("u")
    page.wait_for_url(f"**/articles/{article.pk}/**")
    desk.settle()
    first.refresh_from_db()
    assert first.status == "pending"
    assert page.locator("#messages .msg", has_text="Undid").count() == 1


def test_a_refused_speaker_change_creates_nobody_and_repicking_the_speaker_is_no_correction(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from attribution.models import Person, QuoteEvent

    make_user("rita", "Reviewer")
    otto = make_user("otto", "Reviewer")
    article, first, second = _two_quote_article(make_article)

    desk.login("rita")
    desk.goto(f"/articles/{article.pk}/")
    page = desk.page
    # Re-pick the speaker the quote already has: nothing to correct.
    page.locator(f"#quote-{second.pk}").click(position={"x": 40, "y": 20})
    page.keyboard.press("s")
    speaker = page.locator(f"#quote-{second.pk}").get_by_label("Speaker")
    speaker.fill("")
    speaker.press_sequentially("Ann Q", delay=30)
    page.locator(f"#speaker-options-{second.pk} .option", has_text="Ann Quill").click()
    desk.settle()
    second.refresh_from_db()
    assert second.status == "pending" and not QuoteEvent.objects.filter(quote=second).exists()

    # Name a new person on a quote someone else changed meanwhile: refused, and nobody created.
    page.locator(f"#quote-{first.pk}").click(position={"x": 40, "y": 20})
    page.keyboard.press("s")
    speaker = page.locator(f"#quote-{first.pk}").get_by_label("Speaker")
    speaker.wait_for()
    desk.settle()
    first.confirm(by=otto)
    speaker.fill("Zed Newperson")
    speaker.press("Enter")
    page.wait_for_selector(f"#quote-{first.pk} .row-msg.conflict")
    desk.settle()
    assert not Person.objects.filter(name="Zed Newperson").exists()


def test_admin_quote_text_is_not_a_field_that_discards_edits_and_merging_asks_which_person_remains(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from attribution.models import Person, QuoteEvent

    make_user("ada", "Admin", is_staff=True, is_superuser=True)
    article, first, _ = _two_quote_article(make_article)
    short = Person.objects.create(name="A. Quill")
    quill = first.speaker

    desk.login("ada")
    page = desk.page
    desk.goto(f"/admin/attribution/quote/{first.pk}/change/")
    assert page.locator("textarea[name=text], input[name=text]").count() == 0
    assert first.text in page.locator(".field-text").inner_text()
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url("**/admin/attribution/quote/")
    assert not QuoteEvent.objects.filter(quote=first).exists(), "an unchanged save wrote an audit event"

    desk.goto("/admin/attribution/person/")
    for person in (quill, short):
        page.locator(f"input[name=_selected_action][value='{person.pk}']").check()
    page.locator("select[name=action]").select_option("merge_persons")
    page.locator(".actions button[name=index]").click()
    page.wait_for_selector("text=Which person remains?")
    assert Person.objects.count() == 2, "merged before confirming"
    page.get_by_label("A. Quill", exact=False).check()
    page.get_by_role("button", name="Merge into the chosen person").click()
    page.wait_for_selector("text=quotes moved")
    survivor = Person.objects.get()
    assert survivor.name == "A. Quill" and "Ann Quill" in survivor.alias_names()
    assert first.events.filter(action="merge").count() == 1


def test_an_account_without_a_role_gets_a_page_that_says_why_and_what_to_do(
    desk: Any, make_user: Callable[..., Any]
) -> None:
    make_user("nina")
    desk.login("nina")
    page = desk.page
    assert page.get_by_role("heading", name="You cannot open this page").is_visible()
    text = page.locator("main").inner_text()
    assert "nina" in text and "administrator" in text
    assert page.get_by_role("button", name="Log in as someone else").is_visible()


def test_a_queue_filter_that_cannot_be_read_is_reported_and_the_others_still_apply(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    make_user("rita", "Reviewer")
    make_article("Harbour toll rises\n\nThe harbour toll will rise.", published=dt.date(2026, 3, 1))
    make_article("Rail fares frozen\n\nFares stay as they are.", published=dt.date(2026, 3, 2))

    desk.login("rita")
    response = desk.goto("/?q=harbour&published_from=yesterday")
    assert response.status == 400
    alert = desk.page.get_by_role("alert")
    assert "From" in alert.inner_text() and "yesterday" in alert.inner_text()
    assert desk.page.locator(".queue-table .title-cell").all_inner_texts() == ["Harbour toll rises EN"]
