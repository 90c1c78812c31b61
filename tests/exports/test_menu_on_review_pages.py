"""The Export menu appears on the queue, article and person pages for editors only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from attribution.models import Person

pytestmark = pytest.mark.django_db


def pages(article) -> list[str]:
    return [
        reverse("queue"),
        reverse("article", args=[article.pk]),
        reverse("person", args=[Person.objects.get(name="Jane Porter").pk]),
    ]


def test_editor_sees_the_export_menu_on_every_review_page(client_for, editor, article_with_quotes) -> None:
    client = client_for(editor)
    for url in pages(article_with_quotes):
        html = client.get(url).content.decode()
        assert reverse("export_quotes") in html, url


def test_article_menu_exports_that_article(client_for, editor, article_with_quotes) -> None:
    html = client_for(editor).get(reverse("article", args=[article_with_quotes.pk])).content.decode()
    assert f'name="article" value="{article_with_quotes.pk}"' in html


def test_reviewer_sees_no_export_menu(client_for, reviewer, article_with_quotes) -> None:
    client = client_for(reviewer)
    for url in pages(article_with_quotes):
        assert reverse("export_quotes") not in client.get(url).content.decode(), url
