"""/people/ and /quotes/ in a real browser: search, filter, merge with preview and confirmation, undo
of the merge, quote search with filters leading to the quote in its article.

Drives Debian's chromium through Playwright against pytest-django's live_server; checks the
database after each step. Screenshots go to test-artifacts/people-*.png.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "pw-for-tests-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: run `make chromium`"),
]

BODY_ONE = (
    "Harbour deal signed\n\n"
    "Port Authority Chair Malik Osei said on Monday that the harbour deal would create jobs. "
    "Union leader Ruth Adebayo warned that wages had to rise first."
)
BODY_TWO = (
    "Docks strike averted\n\n"
    "“We will keep every berth open,” said M. Osei on Friday. "
    "Ruth Adebayo said the ceasefire between unions and owners would hold."
)


@pytest.fixture
def page() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-sync"]
        )
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        tab.js_errors = errors
        yield tab
        browser.close()


@pytest.fixture
def people(transactional_db: Any, make_article: Any) -> dict[str, Any]:
    from attribution.models import Person, Quote

    one = make_article(BODY_ONE, source="Harbour Herald", published=dt.date(2026, 3, 1))
    two = make_article(BODY_TWO, source="Evening Post", published=dt.date(2026, 4, 2))
    osei = Person.objects.create(name="Malik Osei", title="Port Authority Chair")
    osei.add_alias("Osei")
    m_osei = Person.objects.create(name="M. Osei")
    adebayo = Person.objects.create(name="Ruth Adebayo", title="Union leader")
    made = {}
    for key, article, fragment, person, act in [
        ("deal", one, "the harbour deal would create jobs", osei, "predict"),
        ("wages", one, "wages had to rise first", adebayo, "warn"),
        ("berth", two, "We will keep every berth open,", m_osei, "promise"),
        ("truce", two, "the ceasefire between unions and owners would hold", adebayo, ""),
    ]:
        start = article.body.index(fragment)
        made[key] = Quote.objects.create(
            article=article,
            start=start,
            end=start + len(fragment),
            speaker=person,
            speaker_label=person.name,
            speech_act=act,
        )
    return {"osei": osei, "m_osei_pk": m_osei.pk, "adebayo": adebayo, "quotes": made, "two": two}


def _login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_people_search_filter_merge_with_preview_and_undo(page, live_server, people, make_user) -> None:
    from playwright.sync_api import expect

    from attribution.models import Person, PersonEvent

    make_user("edna", "Editor")
    base = live_server.url
    _login(page, base, "edna")
    page.get_by_role("link", name="People").click()
    expect(page.get_by_role("heading", name="People")).to_be_visible()
    rows = page.locator("#people-results tbody tr")
    expect(rows).to_have_count(3)

    page.get_by_label("Name or alias").fill("osei")  # searches as you type (htmx)
    expect(rows).to_have_count(2)
    expect(page.locator("#people-results")).not_to_contain_text("Ruth Adebayo")
    page.get_by_label("Kind").select_option("organisation")
    expect(page.locator("#people-results")).to_contain_text("Nobody matches")
    page.get_by_label("Kind").select_option("")
    expect(rows).to_have_count(2)
    _shot(page, "people-directory.png")

    page.get_by_role("link", name="Malik Osei").click()
    expect(page.get_by_role("heading", name="Malik Osei")).to_be_visible()
    page.get_by_label("Person (name, alias or id)").fill("m. os")  # part of a name: a list to pick from
    page.get_by_role("button", name="Preview merge").click()
    expect(page.get_by_role("alert")).to_contain_text("No other person is called exactly “m. os”")
    page.get_by_role("link", name="Preview merging M. Osei").click()
    expect(page.locator(".moves-quotes")).to_have_text("1 quote in 1 article moves to Malik Osei")
    _shot(page, "people-merge-preview.png")
    assert Person.objects.filter(pk=people["m_osei_pk"]).exists()  # the preview changed nothing

    page.get_by_role("button", name="Merge M. Osei into Malik Osei").click()
    expect(page.locator(".messages")).to_contain_text("Merged “M. Osei” into “Malik Osei”: 1 quote moved.")
    expect(page.locator(".person-quotes")).to_contain_text("We will keep every berth open")
    assert not Person.objects.filter(pk=people["m_osei_pk"]).exists()
    assert (
        people["quotes"]["berth"].__class__.objects.get(pk=people["quotes"]["berth"].pk).speaker_id
        == people["osei"].pk
    )

    page.locator(".person-history li", has_text="Merged persons").get_by_role("button", name="Undo").click()
    expect(page.locator(".messages")).to_contain_text("Undone: Merged persons")
    expect(page.locator(".person-quotes")).not_to_contain_text("We will keep every berth open")
    _shot(page, "people-after-undo.png")
    assert Person.objects.get(pk=people["m_osei_pk"]).quotes.count() == 1
    assert PersonEvent.objects.get(action="merge").undone
    assert not page.js_errors


def test_quote_search_with_filters_leads_to_the_quote_in_its_article(
    page, live_server, people, make_user
) -> None:
    from playwright.sync_api import expect

    make_user("rhea", "Reviewer")
    base = live_server.url
    _login(page, base, "rhea")
    page.get_by_role("link", name="Quotes").click()
    hits = page.locator("#quote-results .quote-hit")
    expect(hits).to_have_count(4)
    page.get_by_label("Words in the quote").fill("ceasefire")
    page.get_by_role("button", name="Search").click()
    expect(hits).to_have_count(1)
    expect(hits.first).to_contain_text("the ceasefire between unions and owners would hold")
    page.get_by_label("Words in the quote").fill("")
    page.get_by_role("button", name="Search").click()
    expect(hits).to_have_count(4)
    page.get_by_label("Speech act").select_option("warn")
    expect(hits).to_have_count(1)
    expect(hits.first).to_contain_text("wages had to rise first")
    _shot(page, "people-quote-search.png")
    page.get_by_label("Speech act").select_option("")
    page.get_by_label("Speaker (name, alias or id)").fill("Ruth Adebayo")
    page.get_by_role("button", name="Search").click()
    expect(hits).to_have_count(2)
    # newest first: April's article before March's, as the count line says
    expect(page.locator("#quote-results .count")).to_contain_text("2 quotes, newest first")
    expect(hits.nth(1)).to_contain_text("wages had to rise first")
    hits.first.locator("a.qtext").click()
    truce = people["quotes"]["truce"]
    page.wait_for_url(f"{base}/articles/{people['two'].pk}/#quote-{truce.pk}")
    expect(page.locator(f"#quote-{truce.pk}")).to_be_visible()
    assert not page.js_errors
