"""Reviewer throughput from the audit trail: quotes per reviewer and per hour, time to first review."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from attribution.models import Article, IndependentReview, QuoteEvent, SecondReviewEvent
from attribution.review_stats import (
    duration_words,
    median_wait,
    review_actions,
    throughput,
    time_to_first_review,
)

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.get_fixed_timezone(0))


def _at(event_filter: dict[str, Any], when: datetime) -> None:
    # the log is append-only through save(); a test may still date its rows
    QuoteEvent.objects.filter(**event_filter).update(created_at=when)


def test_quotes_per_reviewer_and_per_hour(quotes: list, rita: Any, ravi: Any, settings: Any) -> None:
    settings.TIME_ZONE = "UTC"
    quotes[0].confirm(by=rita)
    _at({"quote": quotes[0], "action": "confirm"}, T0 + timedelta(minutes=5))
    quotes[1].confirm(by=rita)
    _at({"quote": quotes[1]}, T0 + timedelta(minutes=40))
    quotes[0].change_kind("mixed", by=rita)  # the same quote again: still one quote reviewed
    _at({"quote": quotes[0], "action": "change_kind"}, T0 + timedelta(minutes=50))
    quotes[2].reject(by=rita)
    _at({"quote": quotes[2]}, T0 + timedelta(hours=2, minutes=10))
    IndependentReview.record(quotes[2], ravi, status="confirmed")  # second review's log counts too
    SecondReviewEvent.objects.filter(action="review").update(created_at=T0 + timedelta(minutes=20))

    reviewers, hours = throughput(review_actions())
    by_name = {r.reviewer: (r.quotes, r.active_hours, r.per_hour) for r in reviewers}
    assert by_name == {"rita": (3, 2, 1.5), "ravi": (1, 1, 1.0)}
    assert [(h.hour.hour, h.quotes, h.by_reviewer) for h in hours] == [
        (12, 1, {"rita": 1}),
        (10, 3, {"rita": 2, "ravi": 1}),
    ]


def test_the_date_range_bounds_whole_days(quotes: list, rita: Any, settings: Any) -> None:
    settings.TIME_ZONE = "UTC"
    quotes[0].confirm(by=rita)
    _at({"quote": quotes[0]}, T0)
    quotes[1].confirm(by=rita)
    _at({"quote": quotes[1]}, T0 + timedelta(days=1, hours=13))
    day = T0.date()
    assert len(review_actions(day, day)) == 1
    assert len(review_actions(day + timedelta(days=1), None)) == 1
    assert len(review_actions(None, day - timedelta(days=1))) == 0


def test_parser_and_undo_events_are_not_reviews(quotes: list, rita: Any) -> None:
    QuoteEvent.objects.create(quote=quotes[0], actor=None, action="parse", after=quotes[0].snapshot())
    quotes[0].confirm(by=rita)
    QuoteEvent.undo_last(rita)
    assert [(a, q) for a, q, _ in review_actions()] == [(rita.pk, quotes[0].pk)]


def test_time_to_first_review_and_its_median(make_article: Any, rita: Any, quotes: list) -> None:
    from attribution.models import Quote

    fast, slow = make_article("Fast one\n\nBody text here."), make_article("Slow one\n\nOther body text.")
    waiting = make_article("Nobody yet\n\nThird body text.")
    for article in (fast, slow, waiting):
        Article.objects.filter(pk=article.pk).update(created_at=T0)
    Article.objects.filter(pk=quotes[0].article_id).update(created_at=T0 - timedelta(days=30))
    for article, minutes in ((fast, 30), (slow, 120)):
        quote = Quote.objects.create(article=article, start=0, end=4, rule="test")
        quote.confirm(by=rita)
        QuoteEvent.objects.filter(quote=quote).update(created_at=T0 + timedelta(minutes=minutes))
        later = Quote.objects.create(article=article, start=5, end=8, rule="test")
        later.reject(by=rita)
        QuoteEvent.objects.filter(quote=later).update(created_at=T0 + timedelta(hours=5))
    rows = time_to_first_review(T0.date(), T0.date())
    waits = {r.title: r.waited for r in rows}
    assert waits == {"Fast one": timedelta(minutes=30), "Slow one": timedelta(hours=2), "Nobody yet": None}
    assert median_wait(rows) == timedelta(minutes=75)
    assert median_wait([r for r in rows if r.title == "Nobody yet"]) is None


def test_an_independent_review_is_a_first_review(under_second_review: Any, quotes: list, rita: Any) -> None:
    Article.objects.filter(pk=under_second_review.pk).update(created_at=T0)
    IndependentReview.record(quotes[0], rita, status="rejected")
    SecondReviewEvent.objects.filter(action="review").update(created_at=T0 + timedelta(minutes=7))
    (row,) = time_to_first_review()
    assert row.waited == timedelta(minutes=7)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(42, "42 s"), (12 * 60, "12 min"), (3 * 3600 + 5 * 60, "3 h 05 min"), (52 * 3600, "2 d 4 h")],
)
def test_waits_read_as_people_say_them(seconds: int, words: str) -> None:
    assert duration_words(timedelta(seconds=seconds)) == words


def test_no_reviews_no_rows() -> None:
    assert throughput([]) == ([], [])
    assert time_to_first_review(date(2001, 1, 1), date(2001, 1, 2)) == []
