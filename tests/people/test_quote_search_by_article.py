"""/quotes/ for a word in 1-10 % of the quotes: "About N" from the planner (no count read), and each
page the next matches newest first. On PostgreSQL the page is found article by article, newest first,
through quote_article_words_gin (migration 0087: each word tagged with the quote's article), so only
the articles passed and their matches are read; SQLite (no such index) takes its fallback, same pages.

The estimates are PostgreSQL's; SQLite has none, so the tests give the view an estimate
(planned_rows) and the same code paths run on both engines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.models import Article, Quote
from attribution.quote_search import ARTICLE_WORDS_INDEX, NEWEST_FIRST, search_quote_text
from attribution.views import quote_search as search_view
from tests.people.search_pages import pages

pytestmark = pytest.mark.django_db

SENTENCES = [
    "The council said the night ferry would sail at ten.",
    "A co-op pilot said the tide was too low for the larger boats.",
    "Fishermen said the quay lights had been out, a co op matter.",
    "The mayor thanked the crews.",
]
DATES = [dt.date(2026, 3, 2), dt.date(2026, 5, 1), None, dt.date(2026, 5, 1), dt.date(2025, 9, 9),
         dt.date(2026, 1, 20), dt.date(2024, 12, 31)]  # fmt: skip


@pytest.fixture
def harbour_quotes(make_article: Any) -> list[Quote]:
    """Seven articles (one undated, two of one date) of four quotes each, in another order than
    their dates; the words are in some quotes of each article."""
    made = []
    for n, published in enumerate(DATES):
        sentences = SENTENCES[n % 2 :] + SENTENCES[: n % 2]  # quotes in another order per article
        body = f"Harbour report {n}\n\n" + " ".join(sentences) + f"\n\nReporting by desk {n}."
        article: Article = make_article(body, published=published)
        for sentence in sentences:
            start = article.body.index(sentence)
            made.append(Quote.objects.create(article=article, start=start, end=start + len(sentence)))
    return made


def _expected(words: str) -> list[int]:
    return list(
        search_quote_text(Quote.objects.all(), words).order_by(*NEWEST_FIRST).values_list("pk", flat=True)
    )


def _band(monkeypatch: pytest.MonkeyPatch, share: float = 0.05) -> None:
    """The planner puts the words in `share` of a million quotes (the articles as many as there are)."""
    total = 1_000_000

    def planned(quotes: Any) -> float:
        if quotes.model is Article:
            return len(DATES)
        return share * total if quotes.query.where else total

    monkeypatch.setattr(search_view, "planned_rows", planned)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 2)
    monkeypatch.setattr(search_view, "WINDOW_MIN", 1)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    found: list[bool] = []
    by_article = search_view.CappedCountPaginator._by_article

    def spy(self: Any, bottom: int, n: int, expected: float) -> Any:
        rows = by_article(self, bottom, n, expected)
        found.append(rows is not None)
        return rows

    monkeypatch.setattr(search_view.CappedCountPaginator, "_by_article", spy)
    return found


@pytest.mark.parametrize(
    ("words", "share", "head"),
    [
        ("said", 0.003, "About 3,000 quotes"),  # one word alone: its estimate, no count read
        ("ferry", 0.003, "About 3,000 quotes"),
        ("co-op", 0.003, "About 3,000 quotes"),  # a phrase to the parser: the text tested too
        ("said council", 0.05, "About 50,000 quotes"),  # several words over TRUSTED
        ("said council", 0.003, "{n} quotes"),  # under it: the text index's count, then exact
    ],
)
def test_a_word_in_a_few_percent_of_the_quotes_says_about_and_pages_newest_first(
    words: str,
    share: float,
    head: str,
    harbour_quotes: list[Quote],
    client_for: Any,
    reviewer: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _band(monkeypatch, share)
    found = _spy(monkeypatch)
    expected = _expected(words)
    assert len(expected) >= 3
    seen, heads = pages(client_for(reviewer), words)
    assert seen == expected
    assert heads == [head.format(n=len(expected)) + ", newest first"] * len(heads)
    if head.startswith("About") and connection.vendor == "postgresql":
        assert found[0]  # the first page found article by article
    else:
        assert not found  # counted exactly, or no such index: the window, then every match's keys


def test_a_page_deeper_than_the_articles_asked_falls_back_to_every_match(
    harbour_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two newest articles asked at most: the first page is in them, the later ones are not, and
    they come from the fallback, still the next matches in order."""
    _band(monkeypatch)
    monkeypatch.setattr(search_view, "ARTICLES_MIN", 2)
    monkeypatch.setattr(search_view, "ARTICLES_MAX", 2)
    found = _spy(monkeypatch)
    seen, _ = pages(client_for(reviewer), "said")
    assert seen == _expected("said")
    if connection.vendor == "postgresql":
        assert found[0] and not found[-1]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="quote_article_words_gin is PostgreSQL's")
def test_the_tagged_words_are_the_quotes_words_and_only_their_articles(harbour_quotes: list[Quote]) -> None:
    first, second = harbour_quotes[0].article_id, harbour_quotes[4].article_id
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, article_id, quote_article_words(text, article_id)::text FROM attribution_quote "
            "WHERE quote_article_words(text, article_id) @@ (%s || ':council'':*')::tsquery",
            [f"'{first}"],
        )
        rows = cursor.fetchall()
    assert [row[0] for row in rows] == [q.pk for q in harbour_quotes[:4] if "council" in q.text]
    assert f"'{first}:council'" in rows[0][2] and f"'{second}:" not in rows[0][2]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="quote_article_words_gin is PostgreSQL's")
def test_the_articles_are_asked_through_the_tagged_text_index(harbour_quotes: list[Quote]) -> None:
    """The query _by_article sends, planned with every other way to the quotes turned off (not a
    choice of the planner's costs): only the tagged index can find an article's matches."""
    filters = search_view.QuoteSearchFilters.from_params({}, default_status=search_view.ALL_STATUSES)
    unworded = filters.apply(Quote.objects.all())
    paginator = search_view.CappedCountPaginator(
        unworded, 2, words_alone=True, unworded=unworded, words="said", rows=Quote.objects.all()
    )
    sent: list[tuple[str, Any]] = []

    def keep(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        rows = paginator._by_article(0, 3, 50_000)
    assert [q.pk for q in rows or []] == _expected("said")[:3]
    sql, params = next((sql, params) for sql, params in sent if "LATERAL" in sql)
    with transaction.atomic(), connection.cursor() as cursor:
        for setting in ("seqscan", "indexscan", "indexonlyscan", "sort", "hashjoin", "mergejoin"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Bitmap Index Scan on {ARTICLE_WORDS_INDEX}" in plan and "Nested Loop" in plan
    assert "quote_text_search_gin" not in plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the text index's count is PostgreSQL's")
def test_words_the_text_index_holds_no_quote_for_are_not_looked_up_again(
    harbour_quotes: list[Quote], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two words, each in many quotes by the statistics, never in one: the text index's count (its
    bitmap, no table page) says none, and that is the answer: no second query over the words."""
    _band(monkeypatch, 0.003)
    quotes = search_quote_text(Quote.objects.all(), "ferry mayor").order_by(*NEWEST_FIRST)
    assert not quotes.exists()
    paginator = search_view.CappedCountPaginator(
        quotes,
        2,
        words_alone=True,
        unworded=Quote.objects.all(),
        words="ferry mayor",
        rows=Quote.objects.all(),
    )
    with CaptureQueriesContext(connection) as queries:
        page = paginator.get_page(1)
    assert paginator.count == 0 and list(page) == [] and not paginator.more_than_cap
    assert sum(" @@ " in q["sql"] for q in queries.captured_queries) == 1  # one query over the words


def test_the_menus_list_each_source_and_language_once_in_one_query(
    make_article: Any, client_for: Any, reviewer: Any, django_assert_num_queries: Any
) -> None:
    for source, language in [
        ("Evening Post", "en"),
        ("Harbour Herald", "de"),
        ("Evening Post", "de"),
        ("", ""),
    ]:
        make_article(f"A report from {source or 'nowhere'} in {language or 'no language'}.", source=source,
                     language=language)  # fmt: skip
    with django_assert_num_queries(1):
        assert search_view.menus() == {
            "sources": ["Evening Post", "Harbour Herald"],
            "languages": ["de", "en"],
        }
    html = client_for(reviewer).get(reverse("quote-search")).content.decode()
    assert "<option>Evening Post</option><option>Harbour Herald</option>" in html
    fragment = client_for(reviewer).get(
        reverse("quote-search"), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="quote-results"
    )
    assert "Harbour Herald" not in fragment.content.decode()
