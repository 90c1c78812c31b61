"""A speaker's page: title, aliases and quotes across articles."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_person_page_shows_title_aliases_and_quotes(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    porter = quotes[0].speaker
    response = client_for(reviewer).get(reverse("person", args=[porter.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jane Porter" in html and "Transport Minister" in html
    assert "Porter</span>" in html  # alias pill
    assert "2 quotes in 1 article" in html
    assert f"#quote-{quotes[1].pk}" in html


def test_person_page_queries_do_not_grow(
    client_for: Any, reviewer: Any, big_article: Any, django_assert_max_num_queries: Any
) -> None:
    from attribution.models import Person

    article = big_article(40)
    person = Person.objects.create(name="Prolific")
    article.quotes.update(speaker=person)
    client = client_for(reviewer)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("person", args=[person.pk]))
    assert "40 quotes" in response.content.decode()


def test_unknown_person_is_404(client_for: Any, reviewer: Any) -> None:
    assert client_for(reviewer).get(reverse("person", args=[123456])).status_code == 404


def test_old_speaker_address_redirects_to_the_one_person_page(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    porter = quotes[0].speaker
    response = client_for(reviewer).get(f"/persons/{porter.pk}/?page=1")
    assert response.status_code == 301
    assert response["Location"] == f"/people/{porter.pk}/?page=1"
    assert reverse("person", args=[porter.pk]) == f"/people/{porter.pk}/"
