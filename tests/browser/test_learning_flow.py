"""The parser learns from a reviewer, in a real browser: a reviewer adds a quote the parser missed, an
admin sees the cue word it taught in the admin (with the other forms accepting it brings), accepts it,
and the next parse finds that cue elsewhere, in the past tense it was taught and in the present."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.browser.test_review_flow import CHROMIUM, _login, _select_text, _settle, browser_page  # noqa: E402, F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: run `make chromium`"),
]

DAM = "Dam inspection raises alarm\n\nMs Ingrid Lund surmised that the dam could fail within a week.\n\n"
LEVEE = "Levee holds\n\nThe engineer, Tomas Berg, surmised that the levee would hold through the winter.\n\n"
WEIR = "Weir study\n\nThe hydrologist Maria Kowal surmises that the weir was built too low.\n\n"


@pytest.fixture(autouse=True)
def fresh_overlay() -> Iterator[None]:
    from attribution import learning
    from attribution.parsing.languages import overlay

    overlay.clear()
    learning._installed = None
    yield
    overlay.clear()
    learning._installed = None


def test_a_reviewer_teaches_a_cue_and_an_admin_accepts_it(
    live_server: Any,
    browser_page: Any,  # noqa: F811  (the fixture imported above)
    transactional_db: Any,
    make_article: Callable[..., Any],
    make_user: Callable[..., Any],
) -> None:
    from playwright.sync_api import expect

    from attribution.models import Person, Quote, RuleSuggestion
    from attribution.services import parse_batch

    dam, levee, weir = make_article(DAM), make_article(LEVEE), make_article(WEIR)
    parse_batch([dam.pk, levee.pk, weir.pk], skip_done=False)
    assert not Quote.objects.exists()  # "surmised" is not a cue of the language module
    Person.objects.create(name="Ingrid Lund")
    make_user("rita", "Reviewer")
    make_user("alma", "Admin", is_staff=True)
    page, base = browser_page, live_server.url

    _login(page, base, "rita")
    page.goto(f"{base}/articles/{dam.pk}/")
    _settle(page)
    _select_text(page, "the dam could fail within a week")
    page.wait_for_selector("#selection-tools.active")
    tools = page.locator("#selection-tools")
    tools.get_by_label("Speaker").fill("Ingrid Lund")
    tools.get_by_role("button", name="Add quote").click()
    page.wait_for_selector("#quote-list [data-quote-id].s-added")
    _settle(page)

    page.context.clear_cookies()
    _login(page, base, "alma")
    page.goto(f"{base}/admin/attribution/rulesuggestion/")
    row = page.locator("#result_list tr", has_text="surmised")
    expect(row).to_contain_text("Ms Ingrid Lund surmised that the dam could fail")
    expect(row.locator("td.field-count")).to_have_text("1")
    row.locator("th.field-value a").click()  # its page: the other forms accepting it installs
    expect(page.locator(".field-other_forms")).to_contain_text("surmise, surmises, surmising")
    page.go_back()
    row = page.locator("#result_list tr", has_text="surmised")
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("accept_suggestions")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("Accepted 1 suggestion")
    assert RuleSuggestion.objects.get(value="surmised").status == "accepted"

    parse_batch([levee.pk, weir.pk], skip_done=False)
    found = Quote.objects.get(article=levee)
    assert (found.text, found.speaker_name) == ("the levee would hold through the winter", "Tomas Berg")
    found = Quote.objects.get(article=weir)
    assert (found.text, found.speaker_name) == ("the weir was built too low", "Maria Kowal")
