"""List pages never drag article bodies along: a body can be 5 MB.

Before: the person page sorted every quote joined with its article's body (161 s for a dense
article's speaker), and one API page of 200 quotes loaded the body 200 times (+400 MB).
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.models import Article, Person
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

SENTENCE = "Jane Porter said that the budget was fine. "
# an article's body (megabytes), by its table or a subquery's alias; a comment's own short "body" is not it
BODY_COLUMN = re.compile(
    r'"attribution_article"\."body"(?!_)|(?<!"attribution_comment"\.")\bbody\b(?!_length)', re.IGNORECASE
)


@pytest.fixture
def dense(make_article) -> Article:
    article = make_article("Budget\n\n" + SENTENCE * 60)
    parse_article(article)
    return article


def _queries_reading_the_body(client, url: str, **params) -> tuple[object, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, [q["sql"] for q in captured.captured_queries if BODY_COLUMN.search(q["sql"])]


def test_person_page_reads_no_body(client_for, reviewer, dense) -> None:
    porter = Person.objects.get(name="Jane Porter")
    response, body_queries = _queries_reading_the_body(
        client_for(reviewer), reverse("person", args=[porter.pk])
    )
    assert body_queries == []
    assert response.content.decode().count('class="person-quote ') == 50  # the first page, as before


def test_person_page_sorts_without_the_articles_after_body_columns(client_for, reviewer, dense) -> None:
    porter = Person.objects.get(name="Jane Porter")
    with CaptureQueriesContext(connection) as captured:
        client_for(reviewer).get(reverse("person", args=[porter.pk]))
    page_query = next(
        q["sql"] for q in captured.captured_queries if "ORDER BY" in q["sql"] and "quote" in q["sql"]
    )
    assert '"attribution_article"."created_at"' not in page_query


def test_api_page_reads_each_body_once(client_for, reviewer, dense) -> None:
    _, body_queries = _queries_reading_the_body(
        client_for(reviewer), reverse("api_quotes"), page_size=200, article=str(dense.pk)
    )
    # once, by a query of the page's articles alone: not joined to each of the 60 quotes
    assert len(body_queries) == 1 and "attribution_quote" not in body_queries[0]


def test_api_quotes_still_carry_their_sentence(client_for, reviewer, dense) -> None:
    response = client_for(reviewer).get(reverse("api_article_quotes", args=[dense.pk]), {"page_size": 3})
    results = response.json()["results"]
    assert len(results) == 3
    assert all(r["sentence"] == SENTENCE.strip() for r in results)


def test_queue_reads_no_body(client_for, reviewer, dense) -> None:
    _, body_queries = _queries_reading_the_body(client_for(reviewer), reverse("queue"))
    assert body_queries == []
