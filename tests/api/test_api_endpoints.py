"""What the read API returns: articles, an article's quotes, persons, quotes; pagination and filters."""

from __future__ import annotations

import pytest
from django.urls import reverse

from attribution.models import Quote
from attribution.views import api

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client_for, reviewer):
    return client_for(reviewer)


@pytest.fixture
def seven_articles(make_article):
    return [make_article(f"Article number {i}\n\nBody {i}.", source="Wire") for i in range(7)]


def test_articles_list_with_counts(reader, article_with_quotes, reviewer) -> None:
    article_with_quotes.quotes.first().confirm(by=reviewer)
    data = reader.get(reverse("api_articles")).json()
    [item] = data["results"]
    assert item["id"] == article_with_quotes.pk
    assert item["title"] == article_with_quotes.title
    assert item["source"] == "Example Post"
    assert (item["quotes_count"], item["verified_count"], item["pending_count"]) == (3, 1, 2)
    assert item["quotes_url"] == f"http://testserver/api/articles/{article_with_quotes.pk}/quotes/"
    assert "body" not in item


def test_pagination_links(reader, seven_articles) -> None:
    url = reverse("api_articles")
    first = reader.get(url, {"page_size": 3}).json()
    assert (first["count"], first["page"], first["num_pages"], len(first["results"])) == (7, 1, 3, 3)
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/articles/?page_size=3&page=2"
    second = reader.get(first["next"]).json()
    assert second["previous"] == "http://testserver/api/articles/?page_size=3&page=1"
    last = reader.get(second["next"]).json()
    assert len(last["results"]) == 1 and last["next"] is None
    seen = [a["id"] for page in (first, second, last) for a in page["results"]]
    assert sorted(seen) == sorted(a.pk for a in seven_articles)


def test_pagination_links_keep_the_filters(reader, seven_articles) -> None:
    data = reader.get(reverse("api_articles"), {"page_size": 2, "source": "Wire"}).json()
    assert "source=Wire" in data["next"]


def test_page_size_is_capped(reader, seven_articles) -> None:
    data = reader.get(reverse("api_articles"), {"page_size": 10_000}).json()
    assert data["page_size"] == api.MAX_PAGE_SIZE


def test_default_page_size(reader, seven_articles) -> None:
    assert reader.get(reverse("api_articles")).json()["page_size"] == api.DEFAULT_PAGE_SIZE


@pytest.mark.parametrize(
    ("params", "status"),
    [({"page": "abc"}, 400), ({"page": 0}, 400), ({"page_size": -1}, 400), ({"page": 99}, 404)],
)
def test_bad_pages(reader, seven_articles, params, status) -> None:
    response = reader.get(reverse("api_articles"), params)
    assert response.status_code == status
    assert response.json()["detail"]


def test_article_quotes(reader, article_with_quotes, make_article) -> None:
    other = make_article("Another one\n\nSomeone said “nothing at all” today.")
    Quote.objects.create(article=other, start=22, end=36, speaker_label="Someone")
    data = reader.get(reverse("api_article_quotes", args=[article_with_quotes.pk])).json()
    assert data["count"] == 3
    first = data["results"][0]
    assert first["article"] == article_with_quotes.pk
    assert first["text"] == "the new rail line would open in 2027"
    assert first["speaker"]["name"] == "Jane Porter"
    assert first["sentence"].startswith("Transport Minister Jane Porter said")
    assert first["status"] == "pending" and first["verified"] is False


def test_article_quotes_of_a_missing_article_is_404_json(reader) -> None:
    response = reader.get(reverse("api_article_quotes", args=[999999]))
    assert response.status_code == 404
    assert response.json()["detail"]


def test_quotes_filtered_by_status(reader, article_with_quotes, reviewer) -> None:
    quotes = list(article_with_quotes.quotes.order_by("start"))
    quotes[0].confirm(by=reviewer)
    quotes[2].reject(by=reviewer)
    url = reverse("api_quotes")
    assert reader.get(url).json()["count"] == 3  # every status by default
    verified = reader.get(url, {"status": "verified"}).json()
    assert [q["id"] for q in verified["results"]] == [quotes[0].pk]
    assert verified["results"][0]["reviewed_by"] == "rita"
    assert [q["id"] for q in reader.get(url, {"status": "rejected"}).json()["results"]] == [quotes[2].pk]
    assert reader.get(url, {"status": "all"}).json()["count"] == 2  # verified + pending
    assert reader.get(url, {"status": "approved"}).status_code == 400


def test_quotes_filtered_like_the_export(reader, article_with_quotes) -> None:
    url = reverse("api_quotes")
    assert reader.get(url, {"speaker": "Porter"}).json()["count"] == 2
    assert reader.get(url, {"source": "Nowhere"}).json()["count"] == 0
    assert reader.get(url, {"article": article_with_quotes.pk}).json()["count"] == 3


def test_persons_with_aliases_and_counts(reader, article_with_quotes) -> None:
    data = reader.get(reverse("api_persons")).json()
    [porter] = data["results"]
    assert porter["name"] == "Jane Porter"
    assert porter["title"] == "Transport Minister"
    assert porter["aliases"] == ["Porter"]
    assert (porter["quotes_count"], porter["verified_count"]) == (2, 0)
    assert reader.get(reverse("api_persons"), {"name": "port"}).json()["count"] == 1
    assert reader.get(reverse("api_persons"), {"name": "zzz"}).json()["count"] == 0


def test_quotes_page_takes_a_fixed_number_of_queries(reader, article_with_quotes, django_assert_num_queries):
    url = reverse("api_quotes")
    reader.get(url)  # warm the session
    # session, user, the user's and the groups' permissions, count, one page of quotes with their relations,
    # the bodies of the page's articles (once each, for the sentences)
    with django_assert_num_queries(7):
        small = reader.get(url, {"page_size": 1})
    with django_assert_num_queries(7):
        large = reader.get(url, {"page_size": 3})
    assert len(small.json()["results"]) == 1 and len(large.json()["results"]) == 3


def test_persons_page_takes_a_fixed_number_of_queries(
    reader, article_with_quotes, django_assert_max_num_queries
):
    from attribution.models import Person

    for i in range(5):
        Person.objects.create(name=f"Person {i}").add_alias(f"P{i}")
    with django_assert_max_num_queries(7):
        data = reader.get(reverse("api_persons")).json()
    assert data["count"] == 6
