"""Person.quote_count is kept by the database: every way a quote gains, loses or changes its speaker.

The people directory sorts by it; if a migration rebuilds the quotes table on SQLite and drops the
triggers (see migration 0070), these tests fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.models import Count

from attribution.models import Person, Quote, QuoteEvent

pytestmark = pytest.mark.django_db


def _counted() -> dict[str, int]:
    return {p.name: p.quote_count for p in Person.objects.all()}


def _true() -> dict[str, int]:
    return {p.name: p.n for p in Person.objects.annotate(n=Count("quotes"))}


def test_counts_match_the_quotes_after_reassign_merge_split_undo_and_delete(
    registry: dict[str, Any], reviewer: Any, editor: Any
) -> None:
    assert _counted() == _true() == {"Malik Osei": 2, "M. Osei": 1, "Ruth Adebayo": 2}
    quotes = registry["quotes"]
    quotes["deal"].reassign(registry["adebayo"], by=reviewer, expected_version=quotes["deal"].version)
    assert _counted() == _true() == {"Malik Osei": 1, "M. Osei": 1, "Ruth Adebayo": 3}
    QuoteEvent.undo_last(by=reviewer)
    assert _counted() == _true()
    registry["osei"].merge_from([registry["m_osei"]], by=editor)
    assert _counted() == _true() == {"Malik Osei": 3, "Ruth Adebayo": 2}
    registry["osei"].split_alias("Osei", by=editor)
    assert _counted() == _true()
    Quote.objects.filter(pk=quotes["truce"].pk).update(speaker=None)  # a bulk update, no save()
    assert _counted() == _true()
    # an article nobody reviewed yet can be deleted: its machine quotes go, and so do their counts
    body = "Ferry fares\n\nMalik Osei said the fares would fall."
    leaving = type(registry["one"]).objects.create(title="Ferry fares", body=body)
    Quote.objects.create(article=leaving, start=body.index("the fares"), end=len(body) - 1,
                         text="the fares would fall", speaker=registry["osei"])
    assert _counted() == _true()
    leaving.delete()
    assert _counted() == _true()
    assert sum(_counted().values()) == Quote.objects.exclude(speaker=None).count()


def test_raw_sql_and_bulk_inserts_are_counted(registry: dict[str, Any]) -> None:
    osei, one = registry["osei"], registry["one"]
    Quote.objects.bulk_create(
        [Quote(article=one, start=i, end=i + 5, text=one.body[i : i + 5], speaker=osei) for i in range(3)]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE attribution_quote SET speaker_id = %s WHERE speaker_id = %s",
            [registry["adebayo"].pk, osei.pk],
        )
    assert _counted() == _true()
    assert Person.objects.get(pk=registry["adebayo"].pk).quote_count == 7


def test_the_directory_sorts_by_the_stored_count(
    client_for: Any, reviewer: Any, registry: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    registry["quotes"]["deal"].reassign(registry["adebayo"], by=reviewer, expected_version=1)
    client = client_for(reviewer)
    client.get("/people/")  # the session's first request loads the user and permissions
    with django_assert_max_num_queries(9):
        html = client.get("/people/").content.decode()
    # Ruth Adebayo 3 quotes, then the two with 1 each by name
    assert html.index("Ruth Adebayo") < html.index("M. Osei") < html.index("Malik Osei")
    assert '<td class="num">3</td>' in html
