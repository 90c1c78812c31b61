"""The queue's search: full-text on PostgreSQL (with its GIN index), substring match on SQLite."""

from __future__ import annotations

import pytest
from django.db import connection

from attribution.models import Article
from attribution.search import search_articles, search_words

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(make_article):
    return {
        "rail": make_article(body="Minister backs rail line\n\nJane Porter said the line opens in 2027."),
        "budget": make_article(body="Budget day\n\nThe chancellor said taxes would rise."),
        "hindi": make_article(body="बजट पर बहस\n\nवित्त मंत्री ने कहा कि कर बढ़ेंगे।", language="hi"),
    }


def _titles(q: str) -> set[str]:
    return {a.title for a in search_articles(Article.objects.all(), q)}


def test_every_word_must_match_title_or_body(stories) -> None:
    assert _titles("porter") == {"Minister backs rail line"}
    assert _titles("porter taxes") == set()
    assert _titles("said") == {"Minister backs rail line", "Budget day"}
    assert _titles("बजट") == {"बजट पर बहस"}


def test_a_word_prefix_matches(stories) -> None:
    assert _titles("Port") == {"Minister backs rail line"}


def test_empty_or_punctuation_only_query_returns_everything(stories) -> None:
    assert search_articles(Article.objects.all(), "  ").count() == 3
    assert search_articles(Article.objects.all(), "'&|!():*").count() == 3


def test_query_syntax_characters_are_harmless(stories) -> None:
    assert _titles("porter's") == set() or _titles("porter's") == {"Minister backs rail line"}
    assert _titles("(porter) & | !") == {"Minister backs rail line"}
    assert search_words("a:b 'c' \\d") == ["a", "b", "c", "d"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index exists on PostgreSQL only")
def test_postgres_search_uses_the_gin_index(stories) -> None:
    with connection.cursor() as cursor:
        # The GIN index is read only by a bitmap scan: with sequential and plain index scans off, the
        # planner cannot read the articles in order by another index and filter them instead.
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        try:
            plan = search_articles(Article.objects.all(), "porter").explain()
        finally:
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_indexscan")
    assert "article_search_gin" in plan
