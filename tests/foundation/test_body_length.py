"""Article.body_length: always len(body), however the body was written, and what the span check reads.

The quote-span trigger used to compute length(body) for every quote stored: a dense 5 MB article
took minutes to store. It now reads body_length, so storing a quote costs the same for any body.
"""

from __future__ import annotations

import time

import pytest
from django.db import IntegrityError, transaction

from attribution.models import Article, Quote

pytestmark = pytest.mark.django_db

SENTENCE = "Jane Porter said that the budget was fine. "


def test_body_length_is_set_on_create_and_kept_on_save(make_article) -> None:
    article = make_article("Budget\n\nJane Porter said that the budget was fine — «très bien».")
    assert Article.objects.get(pk=article.pk).body_length == len(article.body)
    article.body += " She left."
    article.save(update_fields=["body"])
    assert Article.objects.get(pk=article.pk).body_length == len(article.body)


def test_bulk_created_articles_have_their_length() -> None:
    bodies = ["One\n\nShort.", "Two\n\n" + SENTENCE * 10]
    Article.objects.bulk_create(
        [Article(title=b[:3], body=b, content_hash=b[:3], language="en") for b in bodies]
    )
    assert sorted(Article.objects.values_list("body_length", flat=True)) == sorted(map(len, bodies))


def test_database_keeps_the_length_when_the_body_is_written_behind_the_models_back(make_article) -> None:
    article = make_article("Short\n\nA body.")
    longer = "Short\n\n" + SENTENCE * 3
    Article.objects.filter(pk=article.pk).update(body=longer)
    assert Article.objects.get(pk=article.pk).body_length == len(longer)
    Article.objects.filter(pk=article.pk).update(body_length=1)  # a wrong value is corrected
    assert Article.objects.get(pk=article.pk).body_length == len(longer)
    # and the span check follows the real length
    Quote.objects.bulk_create([Quote(article=article, start=7, end=len(longer), text="x")])
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.bulk_create([Quote(article=article, start=7, end=len(longer) + 1, text="x")])


def _store_quotes(article: Article, n: int) -> float:
    quotes = [
        Quote(article=article, start=i * len(SENTENCE), end=(i + 1) * len(SENTENCE) - 1, text="q")
        for i in range(n)
    ]
    started = time.perf_counter()
    with transaction.atomic():
        Quote.objects.bulk_create(quotes, batch_size=500)
    return time.perf_counter() - started


def test_storing_quotes_costs_the_same_for_a_long_body(make_article) -> None:
    """Quadratic before: 1,000 quotes in a 2.5 MB body each re-read the body (about 10 s)."""
    small = make_article("Small\n\n" + SENTENCE * 1000)
    big = make_article("Big\n\n" + SENTENCE * 60_000)
    _store_quotes(make_article("Warm-up\n\n" + SENTENCE * 100), 50)
    small_time = _store_quotes(small, 1000)
    big_time = _store_quotes(big, 1000)
    assert big_time < 5 * small_time + 1.0, (small_time, big_time)
