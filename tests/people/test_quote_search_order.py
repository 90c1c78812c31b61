"""/quotes/ lists matches newest first, by the quote's copy of its article's date; counts stop at a cap.

The copy (Quote.article_published, kept by database triggers: migration 0080) is what makes the order
cheap at a million quotes; these tests fail if it ever differs from the article's date, however a
quote or an article is written, or if the order or the matches differ from the article-joined order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection, connections
from django.db.models import F
from django.urls import reverse

from attribution.models import Article, Quote
from attribution.quote_search import NEWEST_FIRST, QuoteSearchFilters
from attribution.services import store_quotes
from attribution.views import quote_search as search_view
from tests.people.search_pages import listed

pytestmark = pytest.mark.django_db

BODY = (
    "Council votes on the ferry\n\n"
    "The mayor said the ferry timetable would change in spring. "
    "Residents said the ferry was always late. "
    "A councillor said ferry fares would not rise."
)
FRAGMENTS = [
    "the ferry timetable would change in spring",
    "the ferry was always late",
    "ferry fares would not rise",
]


def _body(desk: str) -> str:
    return f"{BODY}\n\nReporting by the {desk} desk."  # articles are unique by content


def _quotes(article: Article) -> list[Quote]:
    made = []
    for fragment in FRAGMENTS:
        start = article.body.index(fragment)
        made.append(Quote.objects.create(article=article, start=start, end=start + len(fragment)))
    return made


def _stored_dates() -> dict[int, dt.date | None]:
    return dict(Quote.objects.values_list("pk", "article_published"))


def _article_dates() -> dict[int, dt.date | None]:
    return dict(Quote.objects.values_list("pk", "article__published"))


def test_the_quote_keeps_its_article_date_however_either_is_written(make_article: Any) -> None:
    spring = make_article(_body("Leeds"), published=dt.date(2026, 3, 1))
    undated = make_article(_body("Lyon"))
    first, *_ = _quotes(spring)
    _quotes(undated)
    assert _stored_dates() == _article_dates()
    assert first.article_published == dt.date(2026, 3, 1)  # the object in memory agrees too

    # The article's date changes: by save(), by a bulk update, and back to none.
    spring.published = dt.date(2026, 5, 9)
    spring.save()
    Article.objects.filter(pk=undated.pk).update(published=dt.date(2025, 12, 31))
    assert _stored_dates() == _article_dates()
    Article.objects.filter(pk=spring.pk).update(published=None)
    assert _stored_dates() == _article_dates()

    # An object loaded before the change, saved after it, does not bring the old date back.
    stale = Quote.objects.get(pk=first.pk)
    Article.objects.filter(pk=spring.pk).update(published=dt.date(2026, 6, 1))
    stale.save()
    assert Quote.objects.get(pk=first.pk).article_published == dt.date(2026, 6, 1)

    # Nor does a bulk write of a wrong date, and a quote moved to another article takes its date.
    Quote.objects.filter(pk=first.pk).update(article_published=dt.date(1999, 1, 1))
    Quote.objects.filter(pk=first.pk).update(article_id=undated.pk)
    assert _stored_dates() == _article_dates()


def test_quotes_stored_by_a_parse_take_the_article_date(make_article: Any) -> None:
    from attribution.parsing import extract

    article = make_article(_body("Pune"), published=dt.date(2026, 2, 14))
    assert store_quotes(article, extract(article.body)) > 0
    assert set(_stored_dates().values()) == {dt.date(2026, 2, 14)}


@pytest.fixture
def dated_quotes(make_article: Any) -> list[Quote]:
    """Quotes about ferries in five articles: two on one day, one older, one newer, one undated."""
    made = []
    dates = [dt.date(2026, 1, 5), dt.date(2026, 4, 1), None, dt.date(2026, 4, 1), dt.date(2025, 7, 7)]
    for desk, published in enumerate(dates):
        made += _quotes(make_article(_body(str(desk)), published=published))
    return made


def test_search_order_is_the_article_order_newest_first_undated_last(dated_quotes: list[Quote]) -> None:
    """Same matches, same order as sorting by the article's own date; undated articles last everywhere."""
    filters = QuoteSearchFilters.from_params({"text": "ferry"}, default_status=",".join(Quote.Status.values))
    fast = list(filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    by_article = F("article__published").desc(nulls_last=True), "-article_id", "start", "id"
    joined = filters.apply(Quote.objects.all()).order_by(*by_article)
    assert fast == list(joined.values_list("pk", flat=True))
    assert len(fast) == len(dated_quotes)
    quotes = Quote.objects.in_bulk(fast)
    dates = [quotes[pk].article_published for pk in fast]
    assert dates[-3:] == [None] * 3 and None not in dates[:-3]
    assert dates[:-3] == sorted(dates[:-3], reverse=True) and dates[0] == dt.date(2026, 4, 1)
    # two articles of the same day: the later one first, each in reading order
    first_two = [quotes[pk] for pk in fast[:6]]
    assert [q.article_id for q in first_two] == sorted((q.article_id for q in first_two), reverse=True)
    assert [q.start for q in first_two[:3]] == sorted(q.start for q in first_two[:3])


@pytest.mark.parametrize(("cap", "window"), [(5, 20_000), (5, 1), (5, 3), (5, 5), (15, 20_000)])
def test_pages_list_every_match_newest_first_under_and_over_the_cap(
    cap: int,
    window: int,
    dated_quotes: list[Quote],
    client_for: Any,
    reviewer: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """15 matches: over a cap of 5 the matches are looked for within a window of the newest quotes
    (at least 1, 3 or 5: too few for some pages, enough for others, then larger, then all of them);
    up to 15 the view sorts them all."""
    monkeypatch.setattr(search_view, "COUNT_CAP", cap)
    monkeypatch.setattr(search_view, "WINDOW_MIN", window)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    client = client_for(reviewer)
    expected = list(Quote.objects.order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    seen, page = [], 1
    while True:
        html = client.get(reverse("quote-search"), {"text": "ferry", "page": page}).content.decode()
        if cap < 15:
            assert "More than 5 quotes, newest first" in html
            assert f"<span>Page {page}</span>" in html  # no "of N": the last page is not known
        else:
            assert "15 quotes, newest first" in html and f"Page {page} of 4" in html
        seen += listed(html)
        if "Next ›" not in html:
            break
        page += 1
    assert seen == expected and page == 4  # 15 quotes, 4 a page


def test_when_statistics_say_more_than_the_cap_the_matches_are_not_read_to_count_them(
    dated_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_view, "COUNT_CAP", 20)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    monkeypatch.setattr(search_view, "planned_rows", lambda quotes: 12_345.6)
    client = client_for(reviewer)
    expected = list(Quote.objects.order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    html = client.get(reverse("quote-search"), {"text": "ferry", "page": 2}).content.decode()
    assert "About 12,000 quotes, newest first" in html and listed(html) == expected[4:8] and "Next ›" in html


def test_pages_past_the_end_or_not_numbers(
    dated_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_view, "COUNT_CAP", 5)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    client = client_for(reviewer)
    expected = list(Quote.objects.order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    # Under the cap the count is exact and the pager says how many pages there are.
    html = client.get(reverse("quote-search"), {"text": "spring"}).content.decode()
    assert "5 quotes, newest first" in html and "Page 1 of 2" in html and "More than" not in html
    # A page past the end shows the last page; not a number, the first, as before.
    html = client.get(reverse("quote-search"), {"text": "spring", "page": 9}).content.decode()
    assert len(listed(html)) == 1 and "Page 2 of 2" in html
    html = client.get(reverse("quote-search"), {"text": "ferry", "page": "x"}).content.decode()
    assert listed(html) == expected[:4]
    # Past the cap a page beyond the last match is empty, with the way back.
    html = client.get(reverse("quote-search"), {"text": "ferry", "page": 9}).content.decode()
    assert listed(html) == [] and "‹ Previous" in html


def test_the_newest_first_indexes_survive_every_migration() -> None:
    """Created by raw SQL (SQLite has no NULLS LAST in an index): a later table rebuild would drop it."""
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "attribution_quote")
    order = ["article_published", "article_id", "start", "id"]
    # On PostgreSQL the index also carries the filters a page is often asked for (migration 0086)
    covered = ["status", "kind", "speech_act"] if connection.vendor == "postgresql" else []
    assert indexes["quote_newest_first"]["columns"] == [*order, *covered]
    assert indexes["quote_speaker_newest_first"]["columns"] == ["speaker_id", *order]
    if connection.vendor == "postgresql":
        assert indexes["quote_article_newest"]["columns"] == ["article_published", "article_id"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="read-ahead is a PostgreSQL setting")
def test_each_new_connection_lets_postgresql_read_pages_ahead(settings: Any) -> None:
    """A word search reads a table page per match; with the server's default (1) it reads one at a time."""

    def fresh_value() -> str:
        fresh = connections.create_connection("default")
        try:
            with fresh.cursor() as cursor:
                cursor.execute("SHOW effective_io_concurrency")
                return str(cursor.fetchone()[0])
        finally:
            fresh.close()

    assert settings.DB_IO_CONCURRENCY == 32 and fresh_value() == "32"
    settings.DB_IO_CONCURRENCY = 0  # the server's own setting
    with connection.cursor() as cursor:
        cursor.execute("SELECT reset_val FROM pg_settings WHERE name = 'effective_io_concurrency'")
        server = str(cursor.fetchone()[0])
    assert fresh_value() == server


def test_result_links_are_the_urls_reverse_gives_under_any_script_prefix() -> None:
    """The results build their links from a pattern looked up once (url_for), not once per row."""
    from django.urls import get_script_prefix, set_script_prefix

    from attribution.templatetags.quotedesk import url_for

    before = get_script_prefix()
    try:
        for prefix in ["/", "/desk/"]:
            set_script_prefix(prefix)
            for pk in [1, 42, 740395826, 10**12]:
                assert url_for(pk, "article") == reverse("article", args=[pk])
                assert url_for(str(pk), "person") == reverse("person", args=[pk])
        assert url_for(7, "article") == "/desk/articles/7/"
    finally:
        set_script_prefix(before)
    with pytest.raises(ValueError):
        url_for("7; drop", "article")


def test_under_the_cap_one_query_counts_the_matches_and_sorts_out_the_page(
    dated_quotes: list[Quote], django_assert_num_queries: Any
) -> None:
    """The database counts and sorts the matches and sends one page of ids, then those quotes come."""
    filters = QuoteSearchFilters.from_params({"text": "ferry"}, default_status=",".join(Quote.Status.values))
    quotes = filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST)
    expected = list(quotes.values_list("pk", flat=True))
    explain = 1 if connection.vendor == "postgresql" else 0  # the planner's estimate, first
    paginator = search_view.CappedCountPaginator(quotes, 4, cap=20)
    with django_assert_num_queries(explain + 2):
        page = paginator.get_page(3)
        assert [q.pk for q in page] == expected[8:12] and paginator.count == 15
    paginator = search_view.CappedCountPaginator(quotes, 4, cap=20)
    with django_assert_num_queries(explain + 3):  # past the end: the count comes back, then the last page
        page = paginator.get_page(9)
        assert [q.pk for q in page] == expected[12:] and page.number == 4


ALL = ",".join(Quote.Status.values)
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text index")


@pytest.mark.django_db(transaction=True)
def test_the_text_index_counts_the_words_matches_without_reading_them(dated_quotes: list[Quote]) -> None:
    """Its count is the bitmap PostgreSQL builds from the index (no table page read to count): every
    match, and entries of rows not yet vacuumed away (here an older version of each quote)."""

    def counted(words: str) -> tuple[int, float] | None:
        filters = QuoteSearchFilters.from_params({"text": words}, default_status=ALL)
        return search_view.index_rows(filters.apply(Quote.objects.all()))

    cases = [("ferry", 15), ("ferry spring", 5), ("harbour", 0)]
    if connection.vendor != "postgresql":
        assert all(counted(words) is None for words, _ in cases)
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM attribution_quote")  # earlier tests' rolled-back quotes
    for words, expected in cases:
        assert counted(words)[0] == expected
    Quote.objects.filter(text__contains="spring").update(status=Quote.Status.CONFIRMED)  # new versions
    assert counted("ferry spring")[0] == 10 and counted("ferry")[0] == 20
    with connection.cursor() as cursor:
        cursor.execute("VACUUM attribution_quote")
    assert counted("ferry spring")[0] == 5 and counted("ferry")[0] == 15


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_over_the_exact_cap_the_words_alone_show_the_index_count_and_every_match_in_order(
    dated_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE attribution_quote")  # earlier tests' rolled-back quotes
    monkeypatch.setattr(search_view, "EXACT_CAP", 4)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    client = client_for(reviewer)
    expected = list(Quote.objects.order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    seen, page = [], 1
    while True:
        html = client.get(reverse("quote-search"), {"text": "ferry", "page": page}).content.decode()
        assert "About 15 quotes, newest first" in html and f"<span>Page {page}</span>" in html
        seen += listed(html)
        if "Next ›" not in html:
            break
        page += 1
    assert seen == expected
    # With another filter the index's count is not the answer's: the matches are counted exactly.
    html = client.get(reverse("quote-search"), {"text": "ferry", "status": "pending"}).content.decode()
    assert "15 quotes, newest first" in html and "About" not in html and "Page 1 of 4" in html


def test_a_filtered_page_is_one_query_after_the_count(
    dated_quotes: list[Quote], django_assert_num_queries: Any
) -> None:
    """The page's ids in a subquery (read from quote_newest_first alone on PostgreSQL), its rows by id."""
    filters = QuoteSearchFilters.from_params({"status": "pending", "kind": "direct"}, default_status=ALL)
    quotes = filters.apply(Quote.objects.all()).select_related("article", "speaker").order_by(*NEWEST_FIRST)
    expected = list(quotes.values_list("pk", flat=True))
    paginator = search_view.CappedCountPaginator(quotes, 4, capped=False)
    with django_assert_num_queries(2):
        page = paginator.get_page(2)
        assert [q.pk for q in page] == expected[4:8] and paginator.count == 15
        assert all(q.article.title for q in page)  # fetched with the page, not one by one


@postgres_only
def test_quote_filters_are_tested_on_the_index_entries_not_the_table(dated_quotes: list[Quote]) -> None:
    """With every other way off, the page's ids can only come from quote_newest_first read alone in its
    order: possible only because it carries the status and the speech act."""
    filters = QuoteSearchFilters.from_params({"status": "pending", "speech_act": "warn"}, default_status=ALL)
    ids = filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST).values("pk")[:50]
    with connection.cursor() as cursor:
        # (an incremental sort is a sort too: enable_sort leaves it on)
        for setting in ("seqscan", "bitmapscan", "indexscan", "sort", "incremental_sort"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        plan = ids.explain()
    assert "Index Only Scan using quote_newest_first" in plan and "Sort" not in plan


@postgres_only
def test_the_directory_of_one_kind_is_read_in_index_order() -> None:
    from attribution.models import Person

    page = Person.objects.filter(kind="organisation").order_by("-quote_count", "name", "pk")[:50]
    with connection.cursor() as cursor:
        # without the index, only a sort gives the order; an incremental sort on top of another index's
        # order is a sort too, and the planner may pick it when the table is small (enable_sort leaves it on)
        for setting in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        plan = page.explain()
    assert "person_kind_by_quote_count" in plan and "Sort" not in plan
