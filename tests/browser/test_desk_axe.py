"""axe-core on every page of the desk, in light and dark mode (issue 14, item 9).

Zero serious or critical violations (WCAG 2.x A/AA and axe's best practices: contrast, labels,
landmarks, names of controls). The data is the five seed articles parsed as `setup_demo --sync` does,
so the pages show real quotes of every kind and status, a Hindi article, claims and statements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.axe import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def desk_pages(data: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(name, path, selector of what to click first — a menu, an editor, a dialog — or None)."""
    article, person, hindi = data["article"], data["person"], data["hindi"]
    return [
        ("queue", "/", None),
        ("export menu", "/", ".export-menu summary"),
        ("article", f"/articles/{article.pk}/", None),
        ("article, quote editor open", f"/articles/{article.pk}/", ".quote-row details.edit summary"),
        ("article, shortcuts dialog", f"/articles/{article.pk}/", "#shortcuts-button"),
        ("article (Hindi)", f"/articles/{hindi.pk}/", None),
        ("person", f"/people/{person.pk}/", None),
        ("people directory", "/people/", None),
        ("merge, names to choose from", f"/people/{person.pk}/merge/?other=a", None),
        ("quote search", "/quotes/?q=said", None),
        ("import", "/import/", None),
        ("print sheet", "/exports/quotes/print/?status=all", None),
        ("claims", "/claims/", None),
        ("dashboard", "/dashboard/", None),
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_desk_page_has_no_serious_or_critical_axe_violation(
    csp_bypassing_desk: Any, seeded_desk: dict[str, Any], scheme: str
) -> None:
    desk = csp_bypassing_desk
    page = desk.page
    page.emulate_media(color_scheme=scheme)
    desk.login("eddie")
    found = []
    for name, path, open_first in desk_pages(seeded_desk):
        response = desk.goto(path)
        assert response.status == 200, (name, response.status)
        # The pages keep their strict CSP: only this test's browser context ignores it.
        assert "script-src 'self'" in response.headers["content-security-policy"]
        if open_first:
            page.locator(open_first).first.click()
            desk.settle()
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
        violations = axe_violations(page)
        if violations:
            found.append(describe(f"{name} ({scheme})", violations))
    assert not found, "\n".join(found)
    assert not desk.js_errors, desk.js_errors


def test_the_login_and_forbidden_pages_pass_axe(
    csp_bypassing_desk: Any, make_user: Callable[..., Any]
) -> None:
    desk = csp_bypassing_desk
    page = desk.page
    found = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        desk.goto("/accounts/login/")
        found += [describe(f"login ({scheme})", axe_violations(page))]
    make_user("nina")
    desk.login("nina")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert desk.goto("/dashboard/").status == 403
        found += [describe(f"403 ({scheme})", axe_violations(page))]
    assert not any(found), "\n".join(f for f in found if f)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_what_an_editor_meets_after_acting_passes_axe(
    csp_bypassing_desk: Any, seeded_desk: dict[str, Any], scheme: str
) -> None:
    """A merge preview for a name nobody has, and a claim with its published fact check: both had a
    link set in running text by colour alone (1.1:1 and 2.5:1 against the words around it)."""
    desk = csp_bypassing_desk
    page = desk.page
    page.emulate_media(color_scheme=scheme)
    desk.login("eddie")
    found = []
    response = desk.goto(f"/people/{seeded_desk['person'].pk}/merge/?other=Nobody+Such")
    assert response.status == 409
    assert page.get_by_role("link", name="people directory").is_visible()
    found.append(describe(f"merge, no such name ({scheme})", axe_violations(page)))

    desk.goto("/claims/")
    claim = page.locator(".claim").first
    claim.get_by_label("Rating").select_option("false")
    claim.get_by_label("Explanation").fill("The minutes of the meeting say otherwise.")
    claim.get_by_label("Fact check link").fill("https://factcheck.example/checked")
    claim.get_by_role("button", name="Save verdict").click()
    desk.settle()
    assert claim.get_by_role("link", name="published fact check").is_visible()
    found.append(describe(f"claims, with a published fact check ({scheme})", axe_violations(page)))
    assert not any(found), "\n".join(f for f in found if f)
    # the browser logs the merge page's 409 (a name that fits nobody is refused); nothing else
    assert [e for e in desk.js_errors if "status of 409" not in e] == [], desk.js_errors
