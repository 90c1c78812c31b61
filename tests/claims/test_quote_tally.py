"""QuoteTally is kept exact by the database through every way quotes change (the dashboard adds it up).

If a migration rebuilds the quotes table on SQLite and drops the triggers (see migration 0071), or the
claim threshold moves without the triggers, these tests fail.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from django.db import connection

from attribution import checkworthy
from attribution.models import Article, Person, Quote, QuoteEvent, QuoteTally

pytestmark = pytest.mark.django_db
BODY = (
    "Port figures\n\n"
    "Harbour chief Malik Osei said exports rose 12 per cent last year. "
    "“We are proud of the docks,” Osei said. "
    "Union leader Ruth Adebayo warned that wages had to rise first."
)


def _tallied() -> Counter[tuple[int, str, str, bool]]:
    out: Counter[tuple[int, str, str, bool]] = Counter()
    for t in QuoteTally.objects.all():
        out[(t.article_id, t.kind, t.status, bool(t.claim))] += t.n
    return +out  # rows that went back to 0 are no quotes


def _true() -> Counter[tuple[int, str, str, bool]]:
    return Counter(
        (
            q.article_id,
            q.kind,
            q.status,
            q.claim_score is not None and q.claim_score >= QuoteTally.TALLY_THRESHOLD,
        )
        for q in Quote.objects.all()
    )


@pytest.fixture
def article(make_article: Any) -> Article:
    article = make_article(BODY, source="Harbour Herald", language="en")
    osei = Person.objects.create(name="Malik Osei")
    for fragment, kind in [
        ("exports rose 12 per cent last year", "indirect"),
        ("We are proud of the docks,", "direct"),
        ("wages had to rise first", "indirect"),
    ]:
        start = article.body.index(fragment)
        Quote.objects.create(article=article, start=start, end=start + len(fragment), kind=kind, speaker=osei)
    return article


def test_the_claim_threshold_is_the_one_the_triggers_use() -> None:
    assert checkworthy.THRESHOLD == QuoteTally.TALLY_THRESHOLD


def test_tally_follows_inserts_reviews_undo_bulk_updates_and_deletes(
    article: Article, reviewer: Any, make_article: Any
) -> None:
    assert _tallied() == _true() and sum(_true().values()) == 3
    assert any(claim for (_, _, _, claim) in _tallied())  # "rose 12 per cent" is a claim
    first, second, third = article.quotes.order_by("start")
    first.confirm(by=reviewer)
    second.reject(by=reviewer)
    third.change_kind("mixed", by=reviewer, expected_version=third.version)
    assert _tallied() == _true()
    QuoteEvent.undo_last(by=reviewer)
    assert _tallied() == _true()
    Quote.objects.filter(pk=first.pk).update(claim_score=0.1, status="pending")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE attribution_quote SET kind = 'direct'")
    assert _tallied() == _true()
    other = make_article("Other\n\nNothing was said here at all today.", language="en")
    Quote.objects.bulk_create([Quote(article=other, start=7, end=14, text="Nothing") for _ in range(3)])
    assert _tallied() == _true()
    other.delete()
    assert _tallied() == _true()


def _speakers_tallied() -> Counter[tuple[int, int]]:
    from attribution.models import SpeakerTally

    out: Counter[tuple[int, int]] = Counter()
    for t in SpeakerTally.objects.all():
        out[(t.article_id, t.speaker_id)] += t.n
    return +out


def _speakers_true() -> Counter[tuple[int, int]]:
    return Counter(
        (q.article_id, q.speaker_id) for q in Quote.objects.exclude(status="rejected").exclude(speaker=None)
    )


def test_speaker_tally_follows_reassign_reject_undo_merge_and_deletes(
    article: Article, reviewer: Any, editor: Any, make_article: Any
) -> None:
    osei = Person.objects.get(name="Malik Osei")
    adebayo = Person.objects.create(name="Ruth Adebayo")
    assert _speakers_tallied() == _speakers_true() == Counter({(article.pk, osei.pk): 3})
    first, second, third = article.quotes.order_by("start")
    third.reassign(adebayo, by=reviewer, expected_version=third.version)
    second.reject(by=reviewer)
    assert (
        _speakers_tallied()
        == _speakers_true()
        == Counter({(article.pk, osei.pk): 1, (article.pk, adebayo.pk): 1})
    )
    QuoteEvent.undo_last(by=reviewer)
    assert _speakers_tallied() == _speakers_true()
    adebayo.merge_from([osei], by=editor)
    assert _speakers_tallied() == _speakers_true()
    other = make_article("Other\n\nNothing was said here at all today.", language="en")
    Quote.objects.bulk_create([Quote(article=other, start=7, end=14, text="Nothing", speaker=adebayo)] * 2)
    assert _speakers_tallied() == _speakers_true()
    other.delete()
    assert _speakers_tallied() == _speakers_true()


def test_the_dashboard_top_speakers_for_a_filter_match_a_count(
    article: Article, client_for: Any, editor: Any, make_article: Any
) -> None:
    from django.urls import reverse

    elsewhere = make_article("Elsewhere\n\nRuth Adebayo said the wages would rise.", source="Evening Post")
    adebayo = Person.objects.create(name="Ruth Adebayo")
    Quote.objects.create(
        article=elsewhere,
        start=elsewhere.body.index("the wages"),
        end=len(elsewhere.body) - 1,
        kind="indirect",
        speaker=adebayo,
    )
    csv = client_for(editor).get(
        reverse("dashboard"), {"source": "Harbour Herald", "chart": "speakers", "format": "csv"}
    ).content.decode().splitlines()
    assert csv[1:] == ["Malik Osei,3"]
