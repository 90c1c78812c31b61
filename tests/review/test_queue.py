"""The queue: counts and progress, filters, search, pagination, next article, parse status."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_articles(article_with_quotes: Any, make_article: Any, reviewer: Any) -> dict[str, Any]:
    from attribution.models import Article, Person, Quote

    done = make_article(
        "Budget passes\n\nThe mayor said the budget “is balanced”.",
        source="Daily Planet",
        published=datetime.date(2024, 3, 1),
        language="fr",
    )
    start = done.body.index("is balanced")
    mayor = Person.objects.create(name="Mo Mayor")
    q = Quote.objects.create(
        article=done, start=start, end=start + 11, speaker=mayor, confidence=0.9, rule="t"
    )
    q.confirm(by=reviewer)
    failed = make_article("Broken one\n\nNothing parses here.", source="Daily Planet")
    Article.objects.filter(pk=failed.pk).update(parse_status="failed", parse_error="ValueError: <boom>")
    Article.objects.filter(pk__in=[done.pk, article_with_quotes.pk]).update(parse_status="done")
    return {"todo": article_with_quotes, "done": done, "failed": failed}


def _titles(response: Any) -> list[str]:
    return [a.title for a in response.context["page"]]


def test_queue_lists_articles_with_counts_and_overall_progress(
    client_for: Any, reviewer: Any, three_articles: Any
) -> None:
    response = client_for(reviewer).get(reverse("queue"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>1</strong> of 4 quotes reviewed" in html
    assert "3 pending" in html and "1 confirmed" in html
    assert html.count("<progress") >= 3
    assert 'id="next-article"' in html


def test_failed_parse_shows_the_error_and_a_retry_button(
    client_for: Any, reviewer: Any, three_articles: Any
) -> None:
    html = client_for(reviewer).get(reverse("queue")).content.decode()
    assert "ValueError: &lt;boom&gt;" in html
    assert reverse("progress_article_retry", args=[three_articles["failed"].pk]) in html
    assert ">Retry<" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "todo"}, {"todo"}),
        ({"status": "done"}, {"done"}),
        ({"status": "failed"}, {"failed"}),
        ({"source": "Daily Planet"}, {"done", "failed"}),
        ({"language": "fr"}, {"done"}),
        ({"published_from": "2024-01-01", "published_to": "2024-12-31"}, {"done"}),
        ({"speaker": "porter"}, {"todo"}),
        ({"speaker": "mayor"}, {"done"}),
        ({"q": "budget"}, {"done"}),
        # a word's start finds it ("budg"), its inside does not ("udget"), on both engines
        ({"q": "budg"}, {"done"}),
        ({"q": "udget"}, set()),
        ({"q": "rail costs"}, {"todo"}),
        ({}, {"todo", "done", "failed"}),
    ],
)
def test_filters_and_search(
    client_for: Any, reviewer: Any, three_articles: Any, params: dict[str, str], expected: set[str]
) -> None:
    response = client_for(reviewer).get(reverse("queue"), params)
    titles = set(_titles(response))
    assert titles == {three_articles[k].title for k in expected}


def test_htmx_filtering_returns_only_the_results(client_for: Any, reviewer: Any, three_articles: Any) -> None:
    response = client_for(reviewer).get(reverse("queue"), {"q": "budget"}, **HTMX)
    html = response.content.decode()
    assert html.strip().startswith('<section id="queue-results"')
    assert "<html" not in html and "Review queue" not in html


def test_pagination(client_for: Any, reviewer: Any, make_article: Any) -> None:
    for i in range(30):
        make_article(f"Article number {i}\n\nBody {i}.")
    client = client_for(reviewer)
    first, second = client.get(reverse("queue")), client.get(reverse("queue"), {"page": 2})
    assert len(_titles(first)) == 25 and len(_titles(second)) == 5
    assert "Page 1 of 2" in first.content.decode()


def test_queue_queries_do_not_grow_with_articles(
    client_for: Any, reviewer: Any, make_article: Any, django_assert_max_num_queries: Any
) -> None:
    for i in range(25):
        make_article(f"Article number {i}\n\nBody {i}.")
    client = client_for(reviewer)
    # 10, and 3 for the team workflow: the reviewers (assigned-to filter), the tab counts, the notifications
    with django_assert_max_num_queries(13):
        client.get(reverse("queue"))


def test_next_article_goes_to_one_with_pending_quotes(
    client_for: Any, reviewer: Any, three_articles: Any
) -> None:
    response = client_for(reviewer).get(reverse("next-article"))
    assert response.status_code == 302
    assert response["Location"] == reverse("article", args=[three_articles["todo"].pk])


def test_next_article_says_so_when_nothing_is_left(
    client_for: Any, reviewer: Any, three_articles: Any
) -> None:
    three_articles["todo"].quotes.update(status="confirmed")
    response = client_for(reviewer).get(reverse("next-article"), follow=True)
    assert "Nothing left to review" in response.content.decode()


def test_next_article_under_filters_that_match_no_article_says_so_instead_of_well_done(
    client_for: Any, reviewer: Any, three_articles: Any
) -> None:
    """A search for a word no article has, then "Next article to review →", answered "Nothing left
    to review here. Well done!"."""
    client = client_for(reviewer)
    response = client.get(reverse("next-article"), {"q": "zzzyzzy"}, follow=True)
    page = response.content.decode()
    assert "No article matches these filters" in page and "Well done" not in page
    assert response.redirect_chain[-1][0] == reverse("queue") + "?q=zzzyzzy"
