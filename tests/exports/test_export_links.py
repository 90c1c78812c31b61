""""Export" means one thing on every page: a sheet of verified quotes (README, "Quote sheets"). The queue's
menu adds pending quotes only when its box is ticked; a page that lists every status (a person's page,
quote search) offers verified quotes first and says so on the link that adds the pending ones."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from attribution.models import Quote

pytestmark = pytest.mark.django_db

VERIFIED = "Export verified quotes"
WITH_PENDING = "Export verified and pending quotes (pending marked unverified)"


def export_links(html: str) -> dict[str, str]:
    """Each line of export links on a page: its label -> its CSV link."""
    lines = re.findall(r'<p class="export-links">([^<]+): <a href="([^"]+)"', html)
    return {label.strip(): href.replace("&amp;", "&") for label, href in lines}


def sheet(client: Any, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def porters_pending(newsroom: dict[str, Any]) -> Quote:
    """Jane Porter's third quote, not reviewed yet (her other two are confirmed and corrected)."""
    Quote.objects.filter(pk=newsroom["pending"].pk).update(speaker=newsroom["porter"])
    return newsroom["pending"]


def test_the_queue_menu_exports_verified_quotes_unless_pending_is_ticked(
    client_for, editor, newsroom, porters_pending
) -> None:
    client = client_for(editor)
    html = client.get(reverse("queue")).content.decode()
    menu = html[html.index('class="export-form"') :]
    menu = menu[: menu.index("</form>")]
    assert 'type="hidden" name="status"' not in menu  # the form sends a status only when the box is ticked
    assert '<input type="checkbox" name="status" value="all">' in menu
    assert "Include pending quotes (marked unverified)" in menu
    untick = sheet(client, reverse("export_quotes") + "?format=csv")
    assert newsroom["confirmed"].text in untick and porters_pending.text not in untick
    ticked = sheet(client, reverse("export_quotes") + "?format=csv&status=all")
    assert newsroom["confirmed"].text in ticked and porters_pending.text in ticked


def test_a_persons_export_links_export_verified_quotes_and_say_when_they_add_pending(
    client_for, editor, newsroom, porters_pending
) -> None:
    client = client_for(editor)
    porter = newsroom["porter"]
    html = client.get(reverse("person", args=[porter.pk])).content.decode()
    assert porters_pending.text in html  # the page lists every status
    links = export_links(html)
    assert list(links) == [VERIFIED, WITH_PENDING]
    verified = sheet(client, links[VERIFIED])
    assert newsroom["confirmed"].text in verified and newsroom["corrected"].text in verified
    assert porters_pending.text not in verified
    assert "Mallory Byte" not in verified  # the person's quotes only
    with_pending = sheet(client, links[WITH_PENDING])
    assert newsroom["confirmed"].text in with_pending and porters_pending.text in with_pending


def test_a_status_chosen_on_a_persons_page_is_exported_and_named(
    client_for, editor, newsroom, porters_pending
) -> None:
    client = client_for(editor)
    url = reverse("person", args=[newsroom["porter"].pk])
    links = export_links(client.get(url, {"status": "pending"}).content.decode())
    assert list(links) == ["Export these quotes (Pending)"]
    only_pending = sheet(client, links["Export these quotes (Pending)"])
    assert porters_pending.text in only_pending and newsroom["confirmed"].text not in only_pending


def test_quote_search_export_links_mean_what_the_persons_page_links_mean(
    client_for, editor, newsroom, porters_pending
) -> None:
    client = client_for(editor)
    html = client.get(reverse("quote-search"), {"speaker": newsroom["porter"].pk}).content.decode()
    links = export_links(html)
    assert list(links) == [VERIFIED, WITH_PENDING]
    assert porters_pending.text not in sheet(client, links[VERIFIED])
    assert porters_pending.text in sheet(client, links[WITH_PENDING])


def test_reviewers_see_no_export_links(client_for, reviewer, newsroom) -> None:
    client = client_for(reviewer)
    for url in (reverse("person", args=[newsroom["porter"].pk]), reverse("quote-search")):
        assert export_links(client.get(url).content.decode()) == {}, url
