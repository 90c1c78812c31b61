"""The desk's figures on its reviewers: agreement per reviewer pair (Cohen's kappa) and throughput.

Cohen's kappa compares how often two reviewers agree (observed, p_o) with how often they would if
each gave their answers at their own rates but independently of the quote (chance,
p_e = sum over answers k of p_A(k) * p_B(k)): kappa = (p_o - p_e) / (1 - p_e). It is computed
with whole numbers, so "chance agreement is certain" (both reviewers gave one and the same answer
to every quote: kappa is 0/0, undefined) is recognised exactly rather than as a float near 1.

Throughput is read from the audit trail: QuoteEvents of review actions people took, and the
independent reviews of second review (SecondReviewEvent REVIEW), which change no quote.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone


@dataclass(frozen=True)
class Kappa:
    n: int
    agreements: int
    observed: float | None  # p_o
    chance: float | None  # p_e
    kappa: float | None  # None when undefined (no items, or chance agreement is certain)
    note: str = ""


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> Kappa:
    """Cohen's kappa of two raters' answers, one (a, b) pair per item."""
    n = len(pairs)
    if n == 0:
        return Kappa(0, 0, None, None, None, "no quotes reviewed by both")
    agreements = sum(1 for a, b in pairs if a == b)
    rater_a = Counter(a for a, _ in pairs)
    rater_b = Counter(b for _, b in pairs)
    # p_e * n² and p_o * n², as integers
    chance_n2 = sum(count * rater_b[answer] for answer, count in rater_a.items())
    observed_n2 = agreements * n
    observed, chance = agreements / n, chance_n2 / (n * n)
    if chance_n2 == n * n:
        return Kappa(
            n,
            agreements,
            observed,
            chance,
            None,
            "both gave every quote the same answer: chance agreement is 100%, kappa is undefined",
        )
    return Kappa(n, agreements, observed, chance, (observed_n2 - chance_n2) / (n * n - chance_n2))


@dataclass
class PairAgreement:
    """Two reviewers' agreement over the quotes both reviewed independently."""

    reviewer_a: str
    reviewer_b: str
    quotes: int
    status: Kappa
    speaker: Kappa  # over the quotes both kept: a rejected quote has no speaker to agree on
    disagreements: int
    adjudicated: int


def agreement_by_pair(pairs: Iterable[Any]) -> list[PairAgreement]:
    """Per reviewer pair (unordered), kappa over status and over speaker, from second_review.Pairs."""
    grouped: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for pair in pairs:
        grouped[pair.reviewer_ids].append(pair)
    names = dict(
        get_user_model()
        .objects.filter(pk__in={uid for key in grouped for uid in key})
        .values_list("pk", get_user_model().USERNAME_FIELD)
    )
    out = []
    for (a, b), group in grouped.items():
        statuses = [(p.review_of(a).status, p.review_of(b).status) for p in group]
        kept = [p for p in group if p.review_of(a).status == p.review_of(b).status == "confirmed"]
        speakers = [(p.review_of(a).speaker_id, p.review_of(b).speaker_id) for p in kept]
        first, second = sorted([names.get(a, f"#{a}"), names.get(b, f"#{b}")])  # kappa is symmetric
        out.append(
            PairAgreement(
                reviewer_a=first,
                reviewer_b=second,
                quotes=len(group),
                status=cohen_kappa(statuses),
                speaker=cohen_kappa(speakers),
                disagreements=sum(1 for p in group if not p.agree),
                adjudicated=sum(1 for p in group if p.adjudication is not None),
            )
        )
    return sorted(out, key=lambda r: (r.reviewer_a, r.reviewer_b))


# -- throughput ----------------------------------------------------------------------------------
def _day_bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    tz = timezone.get_current_timezone()
    lo = datetime.combine(date_from, datetime.min.time(), tzinfo=tz) if date_from else None
    hi = datetime.combine(date_to + timedelta(days=1), datetime.min.time(), tzinfo=tz) if date_to else None
    return lo, hi


def review_actions(
    date_from: date | None = None, date_to: date | None = None
) -> list[tuple[int, int, datetime]]:
    """(reviewer id, quote id, when) for every review action a person took, from the audit trail."""
    from attribution.models import QuoteEvent
    from attribution.second_review import SecondReviewEvent

    lo, hi = _day_bounds(date_from, date_to)
    quote_events = QuoteEvent.objects.filter(action__in=QuoteEvent.UNDOABLE, actor__isnull=False)
    independent = SecondReviewEvent.objects.filter(
        action=SecondReviewEvent.Action.REVIEW, actor__isnull=False, quote__isnull=False
    )
    if lo:
        quote_events, independent = (
            quote_events.filter(created_at__gte=lo),
            independent.filter(created_at__gte=lo),
        )
    if hi:
        quote_events, independent = (
            quote_events.filter(created_at__lt=hi),
            independent.filter(created_at__lt=hi),
        )
    rows = list(quote_events.values_list("actor_id", "quote_id", "created_at"))
    rows += list(independent.values_list("actor_id", "quote_id", "created_at"))
    return rows


def _hour(when: datetime) -> datetime:
    return timezone.localtime(when).replace(minute=0, second=0, microsecond=0)


@dataclass
class ReviewerThroughput:
    reviewer: str
    quotes: int  # distinct quotes acted on
    active_hours: int  # clock hours with at least one review action
    per_hour: float  # quotes / active hours


@dataclass
class HourThroughput:
    hour: datetime
    quotes: int
    by_reviewer: dict[str, int] = field(default_factory=dict)


def throughput(
    actions: list[tuple[int, int, datetime]],
) -> tuple[list[ReviewerThroughput], list[HourThroughput]]:
    """Quotes reviewed per reviewer (and per active hour), and per clock hour (newest first).

    A quote counts once per reviewer however many actions they took on it (confirm, then fix the
    speaker, is one quote reviewed); in the hourly table once per hour and reviewer.
    """
    user_model = get_user_model()
    names = dict(
        user_model.objects.filter(pk__in={a for a, _, _ in actions}).values_list(
            "pk", user_model.USERNAME_FIELD
        )
    )
    quotes_of: dict[int, set[int]] = defaultdict(set)
    hours_of: dict[int, set[datetime]] = defaultdict(set)
    per_hour: dict[datetime, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for actor, quote, when in actions:
        hour = _hour(when)
        quotes_of[actor].add(quote)
        hours_of[actor].add(hour)
        per_hour[hour][actor].add(quote)
    reviewers = [
        ReviewerThroughput(
            reviewer=names.get(actor, f"#{actor}"),
            quotes=len(quotes),
            active_hours=len(hours_of[actor]),
            per_hour=len(quotes) / len(hours_of[actor]),
        )
        for actor, quotes in quotes_of.items()
    ]
    hours = [
        HourThroughput(
            hour=hour,
            quotes=sum(len(q) for q in by_actor.values()),
            by_reviewer={names.get(a, f"#{a}"): len(q) for a, q in sorted(by_actor.items())},
        )
        for hour, by_actor in sorted(per_hour.items(), reverse=True)
    ]
    return sorted(reviewers, key=lambda r: (-r.quotes, r.reviewer)), hours


@dataclass
class FirstReview:
    article_id: int
    title: str
    imported: datetime
    first_review: datetime | None

    @property
    def waited(self) -> timedelta | None:
        return self.first_review - self.imported if self.first_review else None

    @property
    def waited_words(self) -> str:
        return duration_words(self.waited) if self.waited is not None else ""


def duration_words(span: timedelta) -> str:
    """A wait as people say it: "45 s", "12 min", "3 h 05 min", "2 d 4 h"."""
    seconds = max(0, int(span.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def time_to_first_review(date_from: date | None = None, date_to: date | None = None) -> list[FirstReview]:
    """For each article imported in the range: when it came in and when a person first reviewed one
    of its quotes (None: not yet), from the audit trail. Newest article first."""
    from django.db.models import Min, Q

    from attribution.models import Article, QuoteEvent
    from attribution.second_review import SecondReviewEvent

    lo, hi = _day_bounds(date_from, date_to)
    articles = Article.objects.all()
    if lo:
        articles = articles.filter(created_at__gte=lo)
    if hi:
        articles = articles.filter(created_at__lt=hi)
    articles = articles.annotate(
        first_event=Min(
            "quotes__events__created_at",
            filter=Q(quotes__events__action__in=QuoteEvent.UNDOABLE, quotes__events__actor__isnull=False),
        )
    ).values_list("pk", "title", "created_at", "first_event")
    rows = list(articles.order_by("-created_at", "-pk"))
    first_independent = dict(
        SecondReviewEvent.objects.filter(
            action=SecondReviewEvent.Action.REVIEW, article_id__in=[r[0] for r in rows]
        )
        .values("article_id")
        .annotate(first=Min("created_at"))
        .values_list("article_id", "first")
    )
    out = []
    for pk, title, created, first_event in rows:
        candidates = [t for t in (first_event, first_independent.get(pk)) if t is not None]
        out.append(FirstReview(pk, title, created, min(candidates) if candidates else None))
    return out


def median_wait(rows: Iterable[FirstReview]) -> timedelta | None:
    waits = [r.waited for r in rows if r.waited is not None]
    if not waits:
        return None
    return timedelta(seconds=statistics.median(w.total_seconds() for w in waits))
