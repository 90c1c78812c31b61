"""The printable quote sheet and the Export menu include."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

pytestmark = pytest.mark.django_db

PRINT_URL = reverse("print_quotes")


# -- the printable page -----------------------------------------------------------------------------------
def test_anonymous_is_sent_to_login_from_print(client) -> None:
    response = client.get(PRINT_URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_reviewer_cannot_print(client_for, reviewer) -> None:
    assert client_for(reviewer).get(PRINT_URL).status_code == 403


def test_print_is_get_only(client_for, editor) -> None:
    assert client_for(editor).post(PRINT_URL).status_code == 405


def test_print_page_groups_quotes_by_speaker(client_for, editor, newsroom) -> None:
    response = client_for(editor).get(PRINT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/static/css/print.css"' in html
    # Speakers in alphabetical order, each once, with their title.
    order = [html.index(f"<h2>{name}") for name in ("Jane Porter", "Mallory Byte", "unknown")]
    assert order == sorted(order)
    assert html.count("<h2>Jane Porter") == 1
    assert "Transport Minister" in html
    assert "We will not let this project slip again," in html
    assert "verified quotes only" in html
    assert "Unverified" not in html
    assert "the costs have doubled" not in html  # pending


def test_print_page_marks_pending_quotes_when_included(client_for, editor, newsroom) -> None:
    html = client_for(editor).get(PRINT_URL, {"status": "all"}).content.decode()
    assert "the costs have doubled" in html
    assert "Unverified (pending)" in html
    assert "not yet verified" in html


def test_print_page_escapes_quote_text(client_for, editor, newsroom) -> None:
    html = client_for(editor).get(PRINT_URL).content.decode()
    assert "=HYPERLINK(&quot;http://evil.example&quot;" in html


def test_print_page_has_no_inline_script(client_for, editor, newsroom) -> None:
    html = client_for(editor).get(PRINT_URL).content.decode()
    assert "<script>" not in html and "onclick" not in html


def test_print_page_is_capped(client_for, editor, newsroom, monkeypatch) -> None:
    from attribution.views import exports as export_views

    monkeypatch.setattr(export_views, "PRINT_LIMIT", 2)
    html = client_for(editor).get(PRINT_URL).content.decode()
    assert "Only the first 2 quotes are shown" in html
    assert html.count('class="quote-text"') == 2


def test_print_page_bad_filter_is_400(client_for, editor) -> None:
    assert client_for(editor).get(PRINT_URL, {"date_to": "tomorrow"}).status_code == 400


# -- the Export menu include -----------------------------------------------------------------------------
def render_menu(user, query: str = "", **context) -> str:
    request = RequestFactory().get("/", QueryDict(query))
    request.user = user
    from django.contrib.auth.context_processors import PermWrapper

    return render_to_string(
        "exports/_export_menu.html", {"request": request, "user": user, "perms": PermWrapper(user), **context}
    )


def test_menu_is_hidden_from_reviewers(reviewer) -> None:
    assert render_menu(reviewer).strip() == ""


def test_menu_offers_every_format_to_editors(editor) -> None:
    html = render_menu(editor)
    assert f'action="{reverse("export_quotes")}"' in html
    for fmt in ("csv", "csv-excel", "jsonl", "xlsx"):
        assert f'name="format" value="{fmt}"' in html
    assert f'formaction="{reverse("print_quotes")}"' in html
    assert 'name="status" value="all"' in html and "checked" not in html


def test_menu_carries_the_current_filters(editor) -> None:
    html = render_menu(editor, "source=Daily+Planet&language=fr&date_from=2026-01-01&status=all&page=3&q=x")
    assert '<input type="hidden" name="source" value="Daily Planet">' in html
    assert '<input type="hidden" name="language" value="fr">' in html
    assert '<input type="hidden" name="date_from" value="2026-01-01">' in html
    assert "checked" in html
    # the queue's search text narrows the export too (issue 14); the page number does not
    assert '<input type="hidden" name="q" value="x">' in html
    assert 'name="page"' not in html


def test_menu_sends_the_queues_date_range_under_the_export_names(editor) -> None:
    html = render_menu(editor, "published_from=2026-01-01&published_to=2026-02-01")
    assert '<input type="hidden" name="date_from" value="2026-01-01">' in html
    assert '<input type="hidden" name="date_to" value="2026-02-01">' in html
    assert "published_" not in html


def test_menu_takes_an_article_or_speaker_from_the_page(editor, article_with_quotes) -> None:
    # The article page has `article` (an Article) in its context: the menu must not confuse the two.
    html = render_menu(editor, export_article=article_with_quotes.pk, article=article_with_quotes)
    assert f'<input type="hidden" name="article" value="{article_with_quotes.pk}">' in html
    assert render_menu(editor, export_speaker=7).count('name="speaker" value="7"') == 1


def test_menu_accepts_a_dict_of_filters(editor) -> None:
    html = render_menu(editor, filters={"speaker": "Jane Porter"})
    assert '<input type="hidden" name="speaker" value="Jane Porter">' in html


def test_menu_form_downloads_what_it_shows(client_for, editor, newsroom) -> None:
    """Submitting the menu's fields (as a browser would) gives the filtered sheet."""
    response = client_for(editor).get(reverse("export_quotes"), {"source": "Daily Planet", "format": "jsonl"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 4


def test_menu_can_open_to_the_left(editor) -> None:
    assert 'class="export-menu align-right"' in render_menu(editor, export_align="right")
    assert 'class="export-menu"' in render_menu(editor)
