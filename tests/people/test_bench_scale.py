"""bench_scale's fixtures on a small database: the persons it adds speak the quotes, and their stored
quote counts (kept by the quotes table's triggers) are the real ones."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.db.models import Count, Q

from attribution.management.commands.bench_scale import Command
from attribution.models import Person, Quote

pytestmark = pytest.mark.django_db


def test_the_benchmark_persons_are_stored_and_their_quote_counts_are_the_real_ones(make_article: Any) -> None:
    body = "Port strike\n\n" + " ".join(f"The mayor said the port reopens on day {i}." for i in range(30))
    article = make_article(body)
    Quote.objects.bulk_create(Quote(article=article, start=s, end=s + 20) for s in range(14, 1200, 40))
    command = Command(stdout=StringIO())
    command.fill_persons(7)
    bench = Person.objects.filter(name__startswith="Bench Speaker ")
    assert bench.count() == 7
    assert not Quote.objects.filter(speaker__isnull=True).exists()  # every quote has a bench speaker
    real = bench.annotate(real=Count("quotes", filter=~Q(quotes__status=Quote.Status.REJECTED)))
    assert [(p.quote_count, p.real) for p in real if p.quote_count != p.real] == []
    assert sum(p.quote_count for p in bench) == Quote.objects.exclude(status=Quote.Status.REJECTED).count()
