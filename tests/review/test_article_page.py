"""The article page: highlighted body, quote list, fragments; access and query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_anonymous_user_is_sent_to_login(client: Any, article_with_quotes: Any) -> None:
    response = client.get(reverse("article", args=[article_with_quotes.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_review_permission_gets_403(
    client_for: Any, nobody: Any, article_with_quotes: Any
) -> None:
    response = client_for(nobody).get(reverse("article", args=[article_with_quotes.pk]))
    assert response.status_code == 403


def test_post_is_not_allowed(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    response = client_for(reviewer).post(reverse("article", args=[article_with_quotes.pk]))
    assert response.status_code == 405


def test_reviewer_sees_every_quote_highlighted_and_listed(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    article = quotes[0].article
    response = client_for(reviewer).get(reverse("article", args=[article.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for q in quotes:
        assert f'data-quote-id="{q.pk}"' in html
        assert f'data-q="{q.pk}' in html
    assert "k-direct s-pending" in html
    assert "Jane Porter" in html
    assert "test:direct" in html  # the parser's rule is shown
    assert ">Confirm<" in html and ">Reject<" in html and ">Undo<" in html
    assert html.count("<form") < len(quotes) * 2 + 6  # one form per row; the editor loads on demand


def test_page_has_no_inline_scripts_styles_or_hx_on(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    html = client_for(reviewer).get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert "<script>" not in html
    assert " style=" not in html
    assert "hx-on" not in html
    assert "cdn" not in html.lower()


def test_article_page_queries_do_not_grow_with_quotes(
    client_for: Any, reviewer: Any, big_article: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(reviewer)
    small, big = big_article(3), big_article(200)
    client.get(reverse("article", args=[small.pk]))  # warm the permission cache path
    # 8, and 3 for the team workflow: the article's reviewer, its comments, its open flags
    with django_assert_max_num_queries(11):
        assert client.get(reverse("article", args=[small.pk])).status_code == 200
    with django_assert_max_num_queries(11):
        response = client.get(reverse("article", args=[big.pk]))
    assert response.content.decode().count("data-quote-id=") == 200


@pytest.mark.parametrize("name", ["article-counters", "article-body", "article-quotes"])
def test_fragments_render_without_the_page(
    client_for: Any, reviewer: Any, article_with_quotes: Any, name: str
) -> None:
    response = client_for(reviewer).get(reverse(name, args=[article_with_quotes.pk]), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "topbar" not in html


@pytest.mark.parametrize("name", ["article-counters", "article-body", "article-quotes"])
def test_fragments_need_login_and_permission(
    client: Any, nobody: Any, article_with_quotes: Any, name: str
) -> None:
    url = reverse(name, args=[article_with_quotes.pk])
    assert client.get(url).status_code == 302
    client.force_login(nobody)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 405


def test_counters_report_reviewed_quotes(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quotes[0].confirm(by=reviewer)
    quotes[1].reject(by=reviewer)
    html = (
        client_for(reviewer)
        .get(reverse("article-counters", args=[quotes[0].article_id]), **HTMX)
        .content.decode()
    )
    assert "<strong>2</strong> of 3 reviewed" in html
    assert "1 pending" in html and "1 confirmed" in html and "1 rejected" in html


def test_missing_article_is_404(client_for: Any, reviewer: Any) -> None:
    assert client_for(reviewer).get(reverse("article", args=[999999])).status_code == 404


def test_cached_fragments_follow_every_change(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    client = client_for(reviewer)
    url = reverse("article", args=[quotes[0].article_id])
    assert "quote-row s-confirmed" not in client.get(url).content.decode()  # fills the fragment cache
    quotes[0].confirm(by=reviewer)
    speaker = quotes[1].speaker
    speaker.title = "Deputy Prime Minister"
    speaker.save()
    html = client.get(url).content.decode()
    assert f'id="quote-{quotes[0].pk}" class="quote-row s-confirmed' in html
    assert "hl k-indirect s-confirmed" in html  # and the highlighted body
    assert "Deputy Prime Minister" in html


def test_rows_are_rendered_again_only_when_what_they_show_changes(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    """Rows are cached by everything they show: the reviewer's name, the speaker's name, text."""
    client = client_for(reviewer)
    url = reverse("article", args=[quotes[0].article_id])
    client.get(url)  # fills the row cache
    quotes[0].confirm(by=editor)
    speaker = quotes[1].speaker
    speaker.name = "Janet Porter-Smith"
    speaker.save()
    html = client.get(url).content.decode()
    row0 = html[html.index(f'id="quote-{quotes[0].pk}"') :]
    row0 = row0[: row0.index("</li>")]
    assert "s-confirmed" in row0 and ">eddie<" in row0 and "disabled" in row0
    assert html.count("Janet Porter-Smith") == 2  # both of her quotes
    editor.username = "edwina"
    editor.save()
    assert ">edwina<" in client.get(url).content.decode()


def test_quote_list_and_body_fragments_match_the_page(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    article_id = quotes[0].article_id
    page = client.get(reverse("article", args=[article_id])).content.decode()
    listing = client.get(reverse("article-quotes", args=[article_id]), **HTMX).content.decode()
    body = client.get(reverse("article-body", args=[article_id]), **HTMX).content.decode()
    # the list's answer carries the sourcing line out of band: it is the page's, counted from the same rows
    listing, sourcing = listing.split('<p id="article-sourcing"')
    assert listing.strip() in page and body.strip() in page
    assert ('<p id="article-sourcing"' + sourcing.replace(' hx-swap-oob="true"', "")).strip() in page


def test_an_article_without_quotes_says_so(client_for: Any, reviewer: Any, make_article: Any) -> None:
    article = make_article("Nothing quoted here.", title="Empty")
    html = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert 'class="empty"' in html and "0 pending" in html


def test_slot_markers_typed_by_users_are_only_text(client_for: Any, reviewer: Any, make_article: Any) -> None:
    """The rows and the body are spliced in at markers after rendering; a title, body or quote
    holding a marker's text is escaped like anything else and splices nothing."""
    from attribution.models import Quote

    marker = "<!--quotedesk:rows--> <!--quotedesk:body-->"
    body = f"Intro.\n\nShe said “{marker}” loudly."
    article = make_article(body, title=marker)
    start = body.index(marker)
    Quote.objects.create(article=article, start=start, end=start + len(marker), kind="direct")
    html = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert "<!--quotedesk:" not in html
    assert html.count("&lt;!--quotedesk:rows--&gt;") == 4  # <title>, <h1>, the body, the row
    assert html.count('data-quote-id="') == 1


def test_rendered_rows_are_bounded_least_recently_used_first() -> None:
    from attribution.views.review_article import _RenderedRows

    store = _RenderedRows(max_rows=5)
    store.put(1, {i: ((i,), b"x") for i in range(3)})
    store.put(2, {i: ((i,), b"y") for i in range(2)})
    assert store.get(1) and store.get(2)
    store.put(3, {0: ((0,), b"z")})  # 6 rows: the least recently used article (1) goes
    assert store.get(1) == {} and store.get(2) and store.get(3)
    store.put(4, {i: ((i,), b"w") for i in range(9)})  # bigger than the bound alone: kept by itself
    assert store.get(4) and store.get(2) == {} and store.get(3) == {}


def test_rows_read_through_compiled_sql_equal_the_orm_s(quotes: list[Any], editor: Any) -> None:
    from attribution.models import Quote
    from attribution.views.review_common import ROW_COLUMNS, article_rows, quote_row, run_compiled

    quotes[0].confirm(by=editor)
    article_id = quotes[0].article_id
    orm = list(Quote.objects.filter(article_id=article_id).order_by("start", "id").values_list(*ROW_COLUMNS))
    assert [r.key for r in article_rows(article_id)] == orm
    assert quote_row(quotes[0].pk).key == orm[0] and orm[0][-1] == "eddie"
    assert article_rows(999999) == []
    with pytest.raises(Quote.DoesNotExist):
        quote_row(999999)
    # A query with a parameter of its own is left to the ORM.
    kind_rows = run_compiled(
        "test-two-params",
        lambda pk: Quote.objects.filter(pk=pk, kind=quotes[0].kind).values_list("id"),
        quotes[0].pk,
    )
    assert kind_rows == [(quotes[0].pk,)]


def test_a_confirmed_row_is_kept_for_the_next_page(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.views.review_article import RENDERED_ROWS

    client = client_for(reviewer)
    article_id = quotes[0].article_id
    client.get(reverse("article", args=[article_id]))
    answer = client.post(reverse("quote-confirm", args=[quotes[0].pk]), {"version": 1}, **HTMX)
    key, html = RENDERED_ROWS.get(article_id)[quotes[0].pk]
    assert answer.content.decode().startswith(html.decode())  # the answer's row, counters after it
    assert b"s-confirmed" in html
    page = client.get(reverse("article", args=[article_id])).content.decode()
    assert html.decode() in page


@pytest.mark.parametrize(
    ("language", "noted"), [("ar", True), ("pt-BR", True), ("hi-IN", False), ("de", False), ("EN", False)]
)
def test_article_in_a_language_the_parser_lacks_says_so(
    client_for: Any, reviewer: Any, make_article: Any, language: str, noted: bool
) -> None:
    article = make_article("Headline\n\nSome words of the story.", language=language, parse_status="done")
    page = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert ("no rules for this article's language" in page) is noted
