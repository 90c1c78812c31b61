"""Claims: the same statement across articles, and the fact-checker's verdict on it.

A Statement groups quotes of one speaker that say the same thing in several articles (republished wire
copy, a quote repeated days later). A ClaimVerdict belongs to a statement, so a verdict given on one
quote applies to every article that carries the statement. Every verdict change writes one QuoteEvent
on the quote it was given on. Imported by attribution.models (Django finds the models there).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone


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
        from attribution.statements import reference_of

        if self.verified_quote_id:
            return self.verified_quote
        quotes = list(self.quotes.exclude(status="rejected").only("id", "text", "article_id").order_by("id"))
        return reference_of(quotes)

    def mark_verified(self, quote: Any, by: Any) -> None:
        """An editor's choice of the verified wording; one audit event on the chosen quote."""
        from attribution.models import QuoteEvent
        from attribution.statements import refresh_wording

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
            refresh_wording([self.pk])


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
        from attribution.models import QuoteEvent

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


class QuoteTally(models.Model):
    """How many quotes an article has per kind, status and claim-or-not, kept by database triggers.

    The dashboard adds these up (a few rows per article) instead of counting a million quotes per chart
    (migration 0071 holds the triggers; tests/claims/test_quote_tally.py checks they keep it exact).
    `claim` is claim_score >= TALLY_THRESHOLD, fixed in the triggers: the dashboard counts live when
    checkworthy.THRESHOLD differs. No foreign-key constraint: deleting an article deletes its quotes
    first, and the triggers' last word on a deleted article's rows (n = 0) must not block the delete.
    """

    TALLY_THRESHOLD = 0.5

    article = models.ForeignKey(
        "attribution.Article", related_name="+", on_delete=models.DO_NOTHING, db_constraint=False
    )
    kind = models.CharField(max_length=10)
    status = models.CharField(max_length=10)
    claim = models.BooleanField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "kind", "status", "claim"], name="quote_tally_key")
        ]

    def __str__(self) -> str:
        return (
            f"article {self.article_id}: {self.n} {self.kind} {self.status}{' claim' if self.claim else ''}"
        )


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
