"""Claims: the same statement across articles, and the fact-checker's verdict on it.

A Statement groups quotes of one speaker that say the same thing in several articles (republished wire
copy, a quote repeated days later). A ClaimVerdict belongs to a statement, so a verdict given on one
quote applies to every article that carries the statement. Every verdict change writes one QuoteEvent
on the quote it was given on. Imported by attribution.models (Django finds the models there).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from attribution import statements
from attribution.models.quote_events import QuoteEvent
from attribution.models.quotes import Quote


class Statement(models.Model):
    speaker = models.ForeignKey(
        "attribution.Person", null=True, blank=True, related_name="statements", on_delete=models.SET_NULL
    )
    verified_quote = models.ForeignKey(
        "attribution.Quote",
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
        help_text="The version an editor marked as the verified wording.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        permissions = [("view_dashboard", "Can see the desk dashboard")]

    def __str__(self) -> str:
        return f"Statement {self.pk}"

    def reference_quote(self) -> Any:
        """The verified wording if an editor chose one, else the most common wording (earliest on a tie)."""
        if self.verified_quote_id:
            return self.verified_quote
        quotes = list(self.quotes.exclude(status="rejected").only("id", "text", "article_id").order_by("id"))
        return statements.reference_of(quotes)

    def mark_verified(self, quote: Any, by: Any) -> None:
        """An editor's choice of the verified wording; one audit event on the chosen quote."""
        if quote.statement_id != self.pk:
            raise ValueError("That quote is not part of this statement.")
        with transaction.atomic():
            before = self.verified_quote_id
            self.verified_quote = quote
            self.save(update_fields=["verified_quote"])
            QuoteEvent.objects.create(
                quote=quote,
                actor=by,
                action=QuoteEvent.Action.VERIFY_WORDING,
                before={**quote.snapshot(), "verified_wording_of": before},
                after={**quote.snapshot(), "verified_wording_of": quote.pk},
            )
            Statement.refresh_wording([self.pk])

    # -- grouping quotes into statements (the text side: attribution/statements.py) ------------------
    @classmethod
    def regroup_speakers(cls, speaker_ids: Iterable[int]) -> int:
        """Group the quotes of these speakers into statements; returns the number of statements touched."""
        speaker_ids = sorted({int(s) for s in speaker_ids if s is not None})
        touched: set[int] = set()
        by_speaker: dict[int, list[tuple[int, str, int | None]]] = defaultdict(list)
        for chunk in range(0, len(speaker_ids), 500):
            for pk, text, sid, speaker_id in (
                Quote.objects.filter(speaker_id__in=speaker_ids[chunk : chunk + 500])
                .exclude(status=Quote.Status.REJECTED)
                .order_by("id")
                .values_list("id", "text", "statement_id", "speaker_id")
            ):
                by_speaker[speaker_id].append((pk, text, sid))
        for speaker_id, rows in by_speaker.items():
            groups = statements.group_texts([(pk, text) for pk, text, _ in rows])
            current = {pk: sid for pk, _, sid in rows}
            with transaction.atomic():
                wanted: dict[int, int | None] = dict.fromkeys(current)
                used: set[int] = set()
                for group in groups:
                    old = Counter(
                        current[pk] for pk in group if current[pk] is not None and current[pk] not in used
                    )
                    # the statement most of the group already had (one no other group took), else a new one
                    sid = old.most_common(1)[0][0] if old else cls.objects.create(speaker_id=speaker_id).pk
                    used.add(sid)
                    for pk in group:
                        wanted[pk] = sid
                # a quote that left every group keeps a statement only if a verdict hangs on it alone
                for pk, sid in current.items():
                    if sid is not None and wanted[pk] is None and _has_verdict(sid) and sid not in used:
                        wanted[pk] = sid
                        used.add(sid)
                changes: dict[int | None, list[int]] = defaultdict(list)
                for pk, sid in wanted.items():
                    if sid != current[pk]:
                        changes[sid].append(pk)
                for sid, pks in changes.items():
                    Quote.objects.filter(pk__in=pks).update(statement_id=sid)
                touched |= used | {sid for sid in current.values() if sid is not None}
        cls.refresh_wording(touched)
        return len(touched)

    @classmethod
    def refresh_wording(cls, statement_ids: Iterable[int]) -> None:
        """Set wording_differs on the quotes of these statements against each one's reference wording."""
        ids = list(statement_ids)
        if not ids:
            return
        verified = dict(cls.objects.filter(pk__in=ids).values_list("pk", "verified_quote_id"))
        members: dict[int, list[Any]] = defaultdict(list)
        for q in (
            Quote.objects.filter(statement_id__in=ids)
            .exclude(status=Quote.Status.REJECTED)
            .only("id", "text", "statement_id", "wording_differs")
            .order_by("id")
        ):
            members[q.statement_id].append(q)
        differs, same = [], []
        for sid, quotes in members.items():
            chosen = next((q for q in quotes if q.pk == verified.get(sid)), None)
            ref = chosen or statements.reference_of(quotes)
            ref_norm = statements.normalise(ref.text)
            for q in quotes:
                flag = len(quotes) > 1 and statements.normalise(q.text) != ref_norm
                if flag != q.wording_differs:
                    (differs if flag else same).append(q.pk)
        if differs:
            Quote.objects.filter(pk__in=differs).update(wording_differs=True)
        if same:
            Quote.objects.filter(pk__in=same).update(wording_differs=False)


def _has_verdict(statement_id: int) -> bool:
    return ClaimVerdict.objects.filter(statement_id=statement_id).exists()


class ClaimVerdict(models.Model):
    """A fact-checker's rating of a statement (ClaimReview's reviewRating)."""

    class Rating(models.TextChoices):
        TRUE = "true", "True"
        MOSTLY_TRUE = "mostly-true", "Mostly true"
        MIXED = "mixed", "Half true"
        MISLEADING = "misleading", "Misleading"
        MOSTLY_FALSE = "mostly-false", "Mostly false"
        FALSE = "false", "False"
        UNPROVEN = "unproven", "Unproven"

    # ClaimReview ratingValue on a 1 (worst) to 5 (best) scale; unproven has no value.
    RATING_VALUE = {"true": 5, "mostly-true": 4, "mixed": 3, "misleading": 2, "mostly-false": 2, "false": 1}

    statement = models.OneToOneField(Statement, related_name="verdict", on_delete=models.CASCADE)
    quote = models.ForeignKey(
        "attribution.Quote",
        null=True,
        related_name="+",
        on_delete=models.SET_NULL,
        help_text="The quote it was given on.",
    )
    rating = models.CharField(max_length=20, choices=Rating.choices)
    explanation = models.TextField(max_length=2000, blank=True)
    url = models.URLField("published fact check", max_length=2000, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    checked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        permissions = [("check_claim", "Can give fact-check verdicts")]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} (statement {self.statement_id})"

    def as_dict(self) -> dict[str, Any]:
        return {"rating": self.rating, "explanation": self.explanation, "url": self.url}

    @classmethod
    def give(cls, quote: Any, rating: str, explanation: str, url: str, by: Any) -> ClaimVerdict:
        """Set (or change) the verdict on the statement of `quote`; one audit event on `quote`."""
        if rating not in cls.Rating.values:
            raise ValueError(f"Unknown rating {rating!r}.")
        with transaction.atomic():
            if quote.statement_id is None:
                statement = Statement.objects.create(speaker_id=quote.speaker_id)
                type(quote).objects.filter(pk=quote.pk).update(statement=statement)
                quote.statement = statement
            existing = cls.objects.filter(statement_id=quote.statement_id).first()
            before = existing.as_dict() if existing else None
            if existing is None:
                existing = cls(statement_id=quote.statement_id)
            existing.quote = quote
            existing.rating = rating
            existing.explanation = explanation
            existing.url = url
            existing.checked_by = by
            existing.checked_at = timezone.now()
            existing.full_clean(exclude=["statement", "quote", "checked_by"])
            existing.save()
            snapshot = quote.snapshot()
            QuoteEvent.objects.create(
                quote=quote,
                actor=by,
                action=QuoteEvent.Action.VERDICT,
                before={**snapshot, "verdict": before},
                after={**snapshot, "verdict": existing.as_dict()},
            )
        return existing


class SpeakerTally(models.Model):
    """How many quotes (rejected ones aside) each speaker has in each article, kept by database triggers.

    The dashboard's "most quoted speakers" for a filter (an outlet, a date range) adds these up instead
    of grouping every quote in the range (migration 0072; tests/claims/test_quote_tally.py).
    """

    article = models.ForeignKey(
        "attribution.Article", related_name="+", on_delete=models.DO_NOTHING, db_constraint=False
    )
    speaker = models.ForeignKey(
        "attribution.Person", related_name="+", on_delete=models.DO_NOTHING, db_constraint=False
    )
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "speaker"], name="speaker_tally_key")]

    def __str__(self) -> str:
        return f"article {self.article_id}: {self.n} quotes of person {self.speaker_id}"
