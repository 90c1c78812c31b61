"""The review screen in a real browser: keyboard confirm, typeahead, select-to-add, undo.

Drives Debian's chromium through Playwright against pytest-django's live_server and checks the
database after every step. Screenshots go to test-artifacts/ (and docs/article-page.png).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import drag_across

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SEED = ROOT / "seeds" / "002_af738a00e7b11bd3.txt"
PASSWORD = "pw-for-tests-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"{CHROMIUM} is missing: run `make chromium` (apt-get install chromium)",
    ),
]


@pytest.fixture
def browser_page() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.add_init_script(_COUNT_HTMX_REQUESTS)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: errors.append(msg.text + " @ " + str(msg.location)) if msg.type == "error" else None,
        )
        page.js_errors = errors
        yield page
        browser.close()


@pytest.fixture
def seed_article(transactional_db: Any, make_article: Callable[..., Any]) -> Any:
    """A seed article parsed into quotes (or given quotes by hand if the parser is unavailable)."""
    from attribution.models import Person, Quote

    body = SEED.read_text(encoding="utf-8").strip()
    article = make_article(body, source="Asharq Al-Awsat")
    try:
        from attribution.services import parse_article

        parse_article(article)
    except Exception:  # the parser is a colleague's; the review screen must be testable without it
        pass
    if article.quotes.count() < 3:
        lavrov = Person.objects.create(name="Sergei Lavrov", title="Russian Foreign Minister")
        for fragment in [
            "The interest will be focused",
            "launching the Syrian constitutional committee",
            "the Syrian war needs",
        ]:
            start = body.index(fragment)
            Quote.objects.create(
                article=article,
                start=start,
                end=start + len(fragment),
                speaker=lavrov,
                confidence=0.8,
                rule="test",
            )
    Person.objects.create(name="Alpha Testperson", title="Spokesperson").add_alias("Alphie")
    return article


def _login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def _screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


_select_text = drag_across  # (tests/browser/conftest.py) other browser tests import it from here


# Counts the page's htmx requests in flight (installed before any page script runs).
_COUNT_HTMX_REQUESTS = """
window.__inflight = 0;
document.addEventListener("htmx:beforeRequest", () => { window.__inflight += 1; });
document.addEventListener("htmx:afterRequest", () => { window.__inflight -= 1; });
"""


def _settle(page: Any) -> None:
    """Wait until the page has no request in flight: the live server shares the test's SQLite
    connection, so the test must not touch the database while the server is answering.

    ("networkidle" is no help: once the page has reached it, waiting for it returns at once.) A
    response may trigger a follow-up request (the text reloads after "Add quote"), so the page must
    stay quiet for a moment, not only be quiet now.
    """
    page.wait_for_load_state("load")
    for _ in range(2):
        page.wait_for_function("() => window.__inflight === 0")
        page.wait_for_timeout(150)
    page.wait_for_function("() => window.__inflight === 0")


def test_review_an_article_with_keyboard_typeahead_selection_and_undo(
    live_server: Any, browser_page: Any, seed_article: Any, make_user: Callable[..., Any]
) -> None:
    from playwright.sync_api import expect

    from attribution.models import Quote

    make_user("rita", "Reviewer")
    page, base = browser_page, live_server.url
    _login(page, base, "rita")
    page.wait_for_selector(".queue-table")
    _screenshot(page, "queue.png")

    page.get_by_role("link", name=seed_article.title).click()
    page.wait_for_selector("#quote-list [data-quote-id].is-selected")
    _screenshot(page, "article.png")

    _settle(page)
    quotes = list(Quote.objects.filter(article=seed_article).order_by("start", "id"))
    first, second = quotes[0], quotes[1]

    # 1. Keyboard: "a" confirms the selected (first pending) quote and moves on to the next.
    requests: list[str] = []
    page.on("request", lambda r: requests.append(f"{r.method} {r.url.removeprefix(base)}"))
    page.keyboard.press("a")
    page.wait_for_selector(f"#quote-{first.pk}.s-confirmed")
    _settle(page)
    # One request: the answer carries the row and, out of band, the counters.
    assert [r for r in requests if "/static/" not in r] == [f"POST /quotes/{first.pk}/confirm/"], requests
    first.refresh_from_db()
    assert first.status == "confirmed"
    assert page.locator(f"#quote-{second.pk}").get_attribute("class").count("is-selected") == 1
    expect(page.locator(f'#article-body .s-confirmed[data-q^="{first.pk}"]')).not_to_have_count(0)
    page.wait_for_selector("#article-counters >> text=1 confirmed")
    _settle(page)
    # The README's picture: mid-review, the text scrolled to the selected quote.
    reviewing_png = _screenshot(page, "article-reviewing.png")
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(reviewing_png, ROOT / "docs" / "article-page.png")

    # 2. "j"/"k" move the selection; "s" focuses the Speaker field; the typeahead finds an alias.
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert "is-selected" in page.locator(f"#quote-{second.pk}").get_attribute("class")
    page.keyboard.press("s")
    speaker = page.locator(f"#quote-{second.pk}").get_by_label("Speaker")
    # the editor loads when "s" opens it and takes the focus once swapped in: wait for that, not a snapshot
    expect(speaker).to_be_focused()
    speaker.fill("")
    speaker.press_sequentially("Alph", delay=30)
    option = page.locator(f"#speaker-options-{second.pk} .option", has_text="Alpha Testperson")
    option.click()
    page.wait_for_selector(f"#quote-{second.pk} .speaker-line >> text=Alpha Testperson")
    _settle(page)
    second.refresh_from_db()
    assert second.speaker.name == "Alpha Testperson" and second.status == "corrected"

    # 3. Select text the parser missed and add it as a quote with a speaker.
    page.keyboard.press("Escape")
    phrase = "Russia, Turkey and Iran initiated a process of peace talks"
    if phrase not in seed_article.body:
        phrase = seed_article.body.split("\n\n")[2][:40].strip()
    _select_text(page, phrase)
    page.wait_for_selector("#selection-tools.active")
    start = seed_article.body.index(phrase)
    assert page.locator("#add-start").input_value() == str(start)
    assert page.locator("#add-end").input_value() == str(start + len(phrase))
    tools = page.locator("#selection-tools")
    tools.get_by_label("Speaker").fill("Alphie")
    tools.get_by_role("button", name="Add quote").click()
    page.wait_for_selector("#quote-list [data-quote-id].s-added")
    _settle(page)
    added = Quote.objects.get(article=seed_article, status="added")
    assert added.text == phrase and added.speaker.name == "Alpha Testperson"
    expect(page.locator(f'#article-body [data-q~="{added.pk}"]')).not_to_have_count(0)

    # 4. "u" undoes the last action (the added quote is rejected), then the speaker change.
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("u")
    page.wait_for_selector(f"#quote-{added.pk}.s-rejected")
    _settle(page)
    added.refresh_from_db()
    assert added.status == "rejected"
    page.keyboard.press("u")
    page.wait_for_selector(f"#quote-{second.pk}.s-pending")
    _settle(page)
    second.refresh_from_db()
    assert second.status == "pending" and second.speaker_id != added.speaker_id

    # 5. "?" shows the shortcuts; nothing fires while typing in a field.
    focused = page.evaluate("document.activeElement && document.activeElement.outerHTML.slice(0, 120)")
    page.keyboard.press("?")
    assert page.wait_for_selector("#shortcuts[open]", timeout=3000), focused
    page.keyboard.press("Escape")
    page.locator("#bulk-threshold").fill("")
    page.locator("#bulk-threshold").press_sequentially("0.9")
    page.locator("#bulk-threshold").press("a")
    third = quotes[2]
    _settle(page)
    third.refresh_from_db()
    assert third.status == "pending"

    # 6. Another reviewer changes the quote meanwhile: confirming it shows who did, nothing is overwritten.
    _settle(page)
    other = make_user("otto", "Reviewer")
    third.reject(by=other)
    page.locator(f"#quote-{third.pk}").click(position={"x": 40, "y": 40})
    page.keyboard.press("a")
    page.wait_for_selector(f"#quote-{third.pk} .row-msg.conflict")
    assert "changed by otto" in page.locator(f"#quote-{third.pk} .row-msg").inner_text()
    _settle(page)
    third.refresh_from_db()
    assert third.status == "rejected" and third.reviewed_by == other

    # 7. Adjust a quote's span by selecting part of its text in the article.
    fourth = quotes[3]
    page.locator(f"#quote-{fourth.pk}").click(position={"x": 40, "y": 40})
    words = fourth.text.split()
    shorter = " ".join(words[1 : max(2, len(words) - 1)])
    _select_text(page, shorter)
    page.wait_for_selector("#selection-tools.active")
    page.get_by_role("button", name="Use as span of selected quote").click()
    page.wait_for_selector(f"#quote-{fourth.pk}.s-corrected")
    _settle(page)
    fourth.refresh_from_db()
    assert fourth.text == shorter and fourth.events.filter(action="change_span").exists()
    _screenshot(page, "article-after-review.png")
    # No CSP violations and no failed requests, except the 409 the conflict above asked for.
    assert [e for e in page.js_errors if "409 (Conflict)" not in e] == []
