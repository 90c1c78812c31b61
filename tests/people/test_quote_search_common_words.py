"""/quotes/ for a word in many quotes: "About N" from the planner, pages walked newest first and still
right past page 1; for a rarer word, an exact count from one query (views/quote_search.py).

The estimates are PostgreSQL's; SQLite has none, so where a test needs a common word it gives the
view an estimate (planned_rows) and the same code paths run on both engines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse

from attribution.models import Article, Quote
from attribution.quote_search import NEWEST_FIRST, search_quote_text
from attribution.views import quote_search as search_view
from tests.people.search_pages import listed, pages

pytestmark = pytest.mark.django_db

SENTENCES = [
    "The harbour master said the night ferry would sail at ten.",
    "A pilot said the tide was too low for the larger boats.",
    "Fishermen said the quay lights had been out for a week.",
]


@pytest.fixture
def harbour_quotes(make_article: Any) -> list[Quote]:
    """Six articles of three quotes each (one of them undated); "ferry" is in one quote of three."""
    made = []
    dates = [dt.date(2026, 3, 2), dt.date(2026, 5, 1), None, dt.date(2026, 5, 1), dt.date(2025, 9, 9),
             dt.date(2026, 1, 20)]  # fmt: skip
    for n, published in enumerate(dates):
        body = f"Harbour report {n}\n\n" + " ".join(SENTENCES) + f"\n\nReporting by desk {n}."
        article: Article = make_article(body, published=published)
        for sentence in SENTENCES:
            start = article.body.index(sentence)
            made.append(Quote.objects.create(article=article, start=start, end=start + len(sentence)))
    return made


@pytest.mark.parametrize("share", [0.5, 20.0])
def test_a_common_word_says_about_and_every_page_is_the_next_matches_newest_first(
    share: float, harbour_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planner puts the word in `share` of the quotes: at 0.5 the newest quotes walked hold the
    first pages' matches; at 20 (an estimate far off) the walk is too short for every page and the
    page comes from the text index instead. Either way the pages are the matches in order."""
    total = 1_000_000

    def planned(quotes: Any) -> float:  # the words' estimate, or the table's
        return share * total if quotes.query.where else total

    walked: list[bool] = []
    walk = search_view.CappedCountPaginator._walk

    def spy(self: Any, budget: int, bottom: int, n: int) -> Any:
        rows = walk(self, budget, bottom, n)
        walked.append(rows is not None)
        return rows

    monkeypatch.setattr(search_view, "planned_rows", planned)
    monkeypatch.setattr(search_view.CappedCountPaginator, "_walk", spy)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 2)
    monkeypatch.setattr(search_view, "WINDOW_MIN", 1)
    expected = list(
        Quote.objects.filter(text__contains="ferry").order_by(*NEWEST_FIRST).values_list("pk", flat=True)
    )
    assert len(expected) == 6
    seen, heads = pages(client_for(reviewer), "ferry")
    about = f"About {share * total:,.0f} quotes, newest first"
    assert seen == expected and heads == [about] * 3
    if share < 1:
        assert walked[0] and not walked[-1]  # the first page walked; the last one (1 match) could not
    else:
        assert walked and not any(walked)


def test_the_walk_tests_the_words_on_the_quotes_it_reads_and_never_reads_the_text_index(
    harbour_quotes: list[Quote],
) -> None:
    walked = search_quote_text(Quote.objects.all(), "ferry", indexed=False)
    looked_up = search_quote_text(Quote.objects.all(), "ferry")
    assert set(walked.values_list("pk", flat=True)) == set(looked_up.values_list("pk", flat=True))
    assert walked.count() == 6
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # The text index is read only by a bitmap scan. With sequential and plain index scans off, a
        # plan that can use it must; with plain index scans left on, the planner may read the quotes in
        # their default order by another index and test the words on each row (what CI once chose).
        for setting in ("seqscan", "indexscan"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        assert "quote_text_search_gin" in looked_up.explain()
        assert "quote_text_search_gin" not in walked.explain()


def test_a_rare_word_is_counted_exactly_in_one_query_with_its_page(
    harbour_quotes: list[Quote],
    client_for: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Few matches by the statistics: one query counts them and sorts out the page (no count from the
    text index first), then the page's quotes; the count is exact and the pager knows the last page."""
    every_status = ",".join(Quote.Status.values)
    filters = search_view.QuoteSearchFilters.from_params({"text": "ferry"}, default_status=every_status)
    quotes = filters.apply(Quote.objects.all())
    quotes = quotes.order_by(*NEWEST_FIRST)
    expected = list(quotes.values_list("pk", flat=True))
    explain = 1 if connection.vendor == "postgresql" else 0  # the planner's estimate, first
    paginator = search_view.CappedCountPaginator(quotes, 4, words_alone=True, rows=Quote.objects.all())
    with django_assert_num_queries(explain + 2):
        page = paginator.get_page(2)
        assert [q.pk for q in page] == expected[4:] and paginator.count == 6
    assert not paginator.estimate and not paginator.more_than_cap
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    html = client_for(reviewer).get(reverse("quote-search"), {"text": "ferry", "page": 2}).content.decode()
    assert "6 quotes, newest first" in html and "About" not in html and "Page 2 of 2" in html
    assert listed(html) == expected[4:]


def test_a_common_status_and_speech_act_show_the_estimate_and_page_on_without_counting(
    harbour_quotes: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filters on the quote's own columns, over the cap by the statistics: "About N", no count read,
    and every page the next quotes newest first; with another filter the count stays exact."""
    Quote.objects.filter(pk__in=[q.pk for q in harbour_quotes[::2]]).update(speech_act="warn")
    monkeypatch.setattr(search_view, "planned_rows", lambda quotes: 12_345.6)
    monkeypatch.setattr(search_view, "PAGE_SIZE", 4)
    expected = list(
        Quote.objects.filter(speech_act="warn").order_by(*NEWEST_FIRST).values_list("pk", flat=True)
    )
    assert len(expected) == 9
    client = client_for(reviewer)
    seen, page = [], 1
    while True:
        html = client.get(reverse("quote-search"), {"speech_act": "warn", "status": "pending", "page": page})
        html = html.content.decode()
        assert "About 12,000 quotes, newest first" in html and f"<span>Page {page}</span>" in html
        seen += listed(html)
        if "Next ›" not in html:
            break
        page += 1
    assert seen == expected and page == 3
    # a date filter (on the article): its estimate is not trusted, the matches are counted
    dated = {"speech_act": "warn", "date_from": "2026-01-01"}
    html = client.get(reverse("quote-search"), dated).content.decode()
    shown = Quote.objects.filter(speech_act="warn", article__published__gte=dt.date(2026, 1, 1)).count()
    assert 0 < shown < len(expected) and f"{shown} quotes, newest first" in html and "About" not in html
