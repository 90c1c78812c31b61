"""Splitting an alias out of a person in a real browser: the preview shows the quotes that move,
per article; the split moves them; Undo in the history puts them and the alias back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
    "Harbour deal signed\n\n"
    "Port Authority Chair Malik Osei said on Monday that the harbour deal would create jobs. "
    "“This is a good day for the docks,” Osei told reporters."
)


def test_split_out_an_alias_after_a_preview_then_undo_it(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from playwright.sync_api import expect

    from attribution.models import Person, Quote

    make_user("edna", "Editor")
    article = make_article(BODY, source="Harbour Herald", published=dt.date(2026, 3, 1))
    osei = Person.objects.create(name="Malik Osei", title="Port Authority Chair")
    osei.add_alias("Osei")
    quotes = {}
    for fragment, label in [
        ("the harbour deal would create jobs", "Malik Osei"),
        ("This is a good day for the docks,", "Osei"),
    ]:
        start = BODY.index(fragment)
        quotes[label] = Quote.objects.create(
            article=article, start=start, end=start + len(fragment), speaker=osei, speaker_label=label
        )

    desk.login("edna")
    page = desk.page
    desk.goto(f"/people/{osei.pk}/")
    page.get_by_role("button", name="Split out Osei into a new person (preview first)").click()
    preview = page.locator(".split-preview")
    expect(preview).to_contain_text("1 quote in 1 article")
    expect(preview.locator(".split-article h3")).to_have_text("Harbour deal signed")
    expect(preview.locator(".split-quotes")).to_contain_text("This is a good day for the docks,")
    expect(preview).not_to_contain_text("the harbour deal would create jobs")
    assert not Person.objects.filter(name="Osei").exists()  # the preview changed nothing

    page.get_by_role("button", name="Split “Osei” out into a new person").click()
    expect(page.get_by_role("heading", name="Osei", exact=False)).to_be_visible()
    expect(page.locator(".messages")).to_contain_text("“Osei” is now a person of its own: 1 quote moved.")
    expect(page.locator(".person-quotes")).to_contain_text("This is a good day for the docks,")
    new = Person.objects.get(name="Osei")
    assert Quote.objects.get(pk=quotes["Osei"].pk).speaker_id == new.pk

    desk.goto(f"/people/{osei.pk}/")
    split_event = page.locator(".person-history li", has_text="Split an alias out")
    split_event.get_by_role("button", name="Undo").click()
    expect(page.locator(".messages")).to_contain_text("Undone: Split an alias out")
    expect(page.locator(".person-quotes")).to_contain_text("This is a good day for the docks,")
    expect(page.locator(".aliases")).to_contain_text("Osei")
    assert not Person.objects.filter(pk=new.pk).exists()
    assert Quote.objects.get(pk=quotes["Osei"].pk).speaker_id == osei.pk
    assert not desk.js_errors, desk.js_errors
