"""A fact-checker in a real browser: from the claims queue to a verdict and the ClaimReview download."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.browser.test_review_flow import CHROMIUM, _login, _settle, browser_page  # noqa: E402, F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: run `make chromium`"),
]

BODY = (
    "Council defends budget\n\n"
    "The council spent £4 million on consultants last year, more than on road repairs, "
    "councillor Ann Bex said.\n\n"
    "“Thank you all for coming,” Bex told the meeting."
)


@pytest.fixture
def claim_article(
    transactional_db: Any, make_article: Callable[..., Any], make_user: Callable[..., Any]
) -> Any:
    from attribution.services import parse_article

    make_user("fiona", "Fact-checker")
    make_user("eddie", "Editor")
    article = make_article(BODY, source="City Post", url="https://citypost.example/budget")
    parse_article(article)
    return article


def test_a_fact_checker_rates_a_claim_and_downloads_claimreview(
    live_server: Any,
    browser_page: Any,  # noqa: F811  (the fixture imported above)
    claim_article: Any,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    from attribution.models import ClaimVerdict

    page = browser_page
    base = live_server.url
    _login(page, base, "fiona")
    page.get_by_role("link", name="Claims").click()
    page.wait_for_url(f"{base}/claims/")
    claim = page.locator(".claim", has_text="£4 million on consultants")
    expect(claim).to_be_visible()
    expect(claim.locator(".reason").first).to_be_visible()
    expect(page.locator(".claim", has_text="Thank you all")).to_have_count(0)

    claim.get_by_label("Rating").select_option("false")
    claim.get_by_label("Explanation").fill("Consultants cost £1.2 million.")
    claim.get_by_label("Fact check link").fill("https://factcheck.example/council-consultants")
    claim.get_by_role("button", name="Save verdict").click()
    _settle(page)
    expect(claim.locator(".verdict-now")).to_contain_text("False")
    verdict = ClaimVerdict.objects.get()
    assert verdict.checked_by.username == "fiona" and verdict.url.endswith("council-consultants")

    with page.expect_download() as info:
        page.get_by_role("link", name="Download ClaimReview (JSON-LD)").click()
    path = tmp_path / "claimreview.jsonld"
    info.value.save_as(str(path))
    reviews = json.loads(path.read_text(encoding="utf-8"))
    assert reviews[0]["@type"] == "ClaimReview"
    assert "£4 million" in reviews[0]["claimReviewed"]
    assert reviews[0]["reviewRating"]["alternateName"] == "False"
    assert not page.js_errors


def test_an_editor_reads_the_dashboard_and_follows_a_bar_to_its_articles(
    live_server: Any,
    browser_page: Any,  # noqa: F811  (the fixture imported above)
    claim_article: Any,
) -> None:
    page = browser_page
    base = live_server.url
    _login(page, base, "eddie")
    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_url(f"{base}/dashboard/")
    outlets = page.locator("#chart-outlets")
    assert outlets.locator("svg rect").count() >= 1
    outlets.get_by_role("link", name="City Post").click()
    page.wait_for_url(f"{base}/?*source=City+Post*")
    assert page.locator("tr.article-row", has_text="Council defends budget").count() == 1
    assert not page.js_errors
