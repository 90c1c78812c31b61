"""A word typed in a quote search is asked for as the words of the quotes starting with it (quote_words,
migration 0089), not as a prefix: the text index then merges the words' entries instead of collecting
every entry of a prefix into a bitmap first. Same quotes as the prefix; PostgreSQL only (SQLite tests
each quote, and its search never changed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.models import Article, Quote
from attribution.quote_search import (
    NEWEST_FIRST,
    SEARCH_CONFIG,
    WORDS_TABLE,
    QuoteSearchFilters,
    quote_search_vector,
    raw_tsquery,
    search_quote_text,
    word_lexemes,
)
from attribution.search import search_words
from attribution.views import quote_search as search_view
from tests.people.search_pages import pages

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="quote_words and the text index"),
]

SENTENCES = [
    "The council planned a year-old plan for the port, officials said.",
    "Planners told the council the plans were late.",
    "A portal for reporters opened; the report said nothing new.",
    "Supporters said the ferry plan would help the harbour.",
]


@pytest.fixture
def harbour(make_article: Any) -> list[Quote]:
    made = []
    for n, published in enumerate([dt.date(2026, 3, 2), dt.date(2026, 5, 1), None]):
        body = f"Harbour report {n}\n\n" + " ".join(SENTENCES) + f"\n\nReporting by desk {n}."
        article: Article = make_article(body, published=published)
        for sentence in SENTENCES:
            start = article.body.index(sentence)
            made.append(Quote.objects.create(article=article, start=start, end=start + len(sentence)))
    return made


def _stored_words() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {WORDS_TABLE}")
        return {row[0] for row in cursor.fetchall()}


def _words_of_quotes() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple'::regconfig, text))) "
            "FROM attribution_quote"
        )
        return {row[0] for row in cursor.fetchall()}


def _by_prefix(words: str) -> list[int]:
    """The quotes the text index gives for the words as prefixes (what the search asked before)."""
    query = SearchQuery(raw_tsquery(search_words(words)), config=SEARCH_CONFIG, search_type="raw")
    matches = Quote.objects.alias(document=quote_search_vector()).filter(document=query)
    return list(matches.order_by(*NEWEST_FIRST).values_list("pk", flat=True))


def test_every_word_of_every_quote_is_stored_however_the_quote_is_written(harbour: list[Quote]) -> None:
    assert _words_of_quotes() <= _stored_words()  # create() (one INSERT each)
    article = harbour[0].article
    body = article.body + "\n\nThe quayside cranes stood idle, a docker said."
    Article.objects.filter(pk=article.pk).update(body=body)
    start = body.index("The quayside")
    added = Quote(article=article, start=start, end=start + 30, text=body[start : start + 30])
    Quote.objects.bulk_create([added])
    assert {"quayside", "cranes"} <= _stored_words()
    # an UPDATE that changes the text (a corrected span); one that does not adds nothing
    start = body.index("stood idle")
    Quote.objects.filter(pk=harbour[1].pk).update(start=start, end=start + 20, text=body[start : start + 20])
    assert {"stood", "idle", "docker"} <= _stored_words()
    before = len(_stored_words())
    Quote.objects.update(status=Quote.Status.CONFIRMED)
    assert len(_stored_words()) == before
    assert _words_of_quotes() <= _stored_words()


def test_a_word_becomes_the_words_starting_with_it_and_finds_the_same_quotes(harbour: list[Quote]) -> None:
    lexemes = word_lexemes(["plan", "said", "Port", "co-op"], "default")
    # (the table may hold words of quotes gone since, never fewer than the quotes hold)
    assert {"plan", "planned", "planners", "plans"} <= set(lexemes["plan"])
    assert {"port", "portal"} <= set(lexemes["Port"]) and "supporters" not in lexemes["Port"]
    assert all(x.startswith("plan") for x in lexemes["plan"]) and "said" in lexemes["said"]
    assert "co-op" not in lexemes  # not one word to the text search: stays a prefix
    for words in ["plan", "plan said", "Port", "report said", "council year", "year-old", "co-op", "xyzzy"]:
        filters = QuoteSearchFilters.from_params({"text": words}, default_status=search_view.ALL_STATUSES)
        found = list(filters.apply(Quote.objects.all()).order_by(*NEWEST_FIRST).values_list("pk", flat=True))
        assert found == _by_prefix(words), words
    assert _by_prefix("plan said") and not _by_prefix("xyzzy")


def test_the_text_index_is_asked_for_the_words_not_for_a_prefix(
    harbour: list[Quote], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every other way off, the plan reads quote_text_search_gin for 'said' & 'plan' | …: no
    prefix (':*') left for the words the table knows, and a prefix for a word with too many."""

    def plan(words: str) -> str:
        quotes = search_quote_text(Quote.objects.all(), words).values("pk")
        with transaction.atomic(), connection.cursor() as cursor:
            for setting in ("seqscan", "indexscan", "indexonlyscan"):
                cursor.execute(f"SET LOCAL enable_{setting} = off")
            return quotes.explain().replace("''", "'")  # the tsquery's quote marks, undoubled

    shown = plan("said plan")
    assert "Bitmap Index Scan on quote_text_search_gin" in shown and ":*" not in shown
    assert "'said'" in shown and "'planned'" in shown
    monkeypatch.setattr("attribution.quote_search.LEXEMES_MAX", 2)  # "plan" has four: a prefix again
    shown = plan("said plan")
    assert "'plan':*" in shown and "'said'" in shown and "'said':*" not in shown
    assert list(search_quote_text(Quote.objects.all(), "said plan").values_list("pk", flat=True))


def test_a_search_page_looks_the_words_up_once_and_pages_as_before(
    harbour: list[Quote], client_for: Any, reviewer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_view, "PAGE_SIZE", 2)
    client = client_for(reviewer)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("quote-search"), {"text": "plan said"})
    assert sum(WORDS_TABLE in q["sql"] for q in queries.captured_queries) == 1
    seen, heads = pages(client, "plan said")
    assert seen == _by_prefix("plan said") and heads == [f"{len(seen)} quotes, newest first"] * len(heads)
