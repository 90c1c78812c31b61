"""Second review: two independent reviews of an article's quotes, and an editor's adjudication.

An editor requires a second review of an article (SecondReview.require). From then on a reviewer's
confirm, reject or speaker choice on one of its quotes is not applied to the quote: it is recorded
as that reviewer's IndependentReview (status and speaker), one per reviewer and quote, and nobody
sees it until the second reviewer has given theirs. The first two reviewers of a quote are its pair;
once both have reviewed, their reviews are locked. If they agree, their decision becomes the
quote's state through the quote's own methods (confirm / reject / reassign, actor "system": neither
reviewer alone made it, and it must not sit in either one's undo). If they disagree (status, or the
speaker of a quote both kept) the quote waits for an editor, whose Adjudication is applied the same
way, in the editor's name. Every step writes one SecondReviewEvent (append-only).

Imported by attribution.models (Django finds the models there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from attribution.models.quotes import Quote
from attribution.person_models import Person


class SecondReviewRefused(Exception):
    """A review the pair rules do not allow (a third reviewer, a locked review, nothing to adjudicate)."""


class Decision(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class SecondReview(models.Model):
    """An editor's requirement that an article's quotes get two independent reviews."""

    article = models.OneToOneField(
        "attribution.Article", related_name="second_review", on_delete=models.CASCADE
    )
    active = models.BooleanField(default=True, db_index=True)
    required_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    required_at = models.DateTimeField(default=timezone.now)

    class Meta:
        permissions = [
            ("require_second_review", "Can require second reviews and adjudicate disagreements"),
            ("view_review_stats", "Can see reviewer agreement and throughput"),
        ]

    def __str__(self) -> str:
        return f"Second review of article {self.article_id} ({'required' if self.active else 'lifted'})"

    @classmethod
    def is_required(cls, article_id: int) -> bool:
        return cls.objects.filter(article_id=article_id, active=True).exists()

    @classmethod
    def require(cls, article: Any, by: Any) -> SecondReview:
        """Require two independent reviews of `article` (again, if it was lifted); one event."""
        with transaction.atomic():
            # get_or_create: two editors pressing at once make one row (the second finds it active)
            current, created = cls.objects.select_for_update().get_or_create(
                article=article, defaults={"required_by": by, "active": True}
            )
            if not created:
                if current.active:
                    return current
                current.active = True
                current.required_by = by
                current.required_at = timezone.now()
                current.save()
            SecondReviewEvent.objects.create(
                article=article, actor=by, action=SecondReviewEvent.Action.REQUIRE, after={"active": True}
            )
        return current

    def lift(self, by: Any) -> None:
        """Back to single review; reviews given so far stay (and count towards agreement)."""
        with transaction.atomic():
            if not type(self).objects.filter(pk=self.pk, active=True).update(active=False):
                return
            self.active = False
            SecondReviewEvent.objects.create(
                article_id=self.article_id,
                actor=by,
                action=SecondReviewEvent.Action.LIFT,
                before={"active": True},
                after={"active": False},
            )


@dataclass(frozen=True)
class Verdict:
    """A decision on one quote: keep it (with this speaker) or reject it."""

    status: str
    speaker_id: int | None

    def agrees_with(self, other: Verdict) -> bool:
        if self.status != other.status:
            return False
        # a rejected quote has no speaker to agree on
        return self.status == Decision.REJECTED or self.speaker_id == other.speaker_id


KEEP = object()  # record(): leave the reviewer's speaker as it is


class IndependentReview(models.Model):
    """One reviewer's own decision on one quote under second review (hidden from the other reviewer
    until both have reviewed)."""

    quote = models.ForeignKey(
        "attribution.Quote", related_name="independent_reviews", on_delete=models.CASCADE
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="+", on_delete=models.CASCADE)
    status = models.CharField(max_length=10, choices=Decision.choices)
    speaker = models.ForeignKey(
        "attribution.Person", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    # the name as the reviewer saw it, so the record reads right even if the person is merged away
    speaker_label = models.CharField(max_length=300, blank=True)
    reviewed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["quote_id", "reviewed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["quote", "reviewer"], name="one_independent_review_per_reviewer")
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} on quote {self.quote_id}: {self.status}"

    @property
    def verdict(self) -> Verdict:
        return Verdict(self.status, self.speaker_id)

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker_id and self.speaker else (self.speaker_label or "unknown")

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "speaker_id": self.speaker_id, "speaker": self.speaker_label}

    @classmethod
    def record(
        cls, quote: Any, by: Any, *, status: str | None = None, speaker: Any = KEEP
    ) -> IndependentReview:
        """`by`'s decision on `quote`: a status (confirmed / rejected), a speaker (a Person or None
        for "unknown"; implies keeping the quote when it is the first thing they decide), or both.

        A reviewer may change their review until the other one has reviewed. When this review
        completes the pair, agreeing decisions are applied to the quote at once.
        Raises SecondReviewRefused for a third reviewer or a locked review.
        """
        if status is not None and status not in Decision.values:
            raise ValueError(f"Unknown decision {status!r}.")
        with transaction.atomic():
            # one review at a time per quote: two reviewers finishing together both see the pair
            locked = Quote.objects.select_for_update(of=("self",)).select_related("speaker").get(pk=quote.pk)
            reviews = list(cls.objects.filter(quote=locked).select_related("speaker"))
            mine = next((r for r in reviews if r.reviewer_id == by.pk), None)
            others = [r for r in reviews if r.reviewer_id != by.pk]
            if mine is None and len(others) >= 2:
                raise SecondReviewRefused("This quote already has its two independent reviews.")
            if mine is not None and others:
                raise SecondReviewRefused(
                    "Both independent reviews of this quote are in, so yours is locked; "
                    "an editor settles any disagreement."
                )
            before = mine.as_dict() if mine is not None else None
            if mine is None:
                mine = cls(quote=locked, reviewer=by, status=Decision.CONFIRMED, speaker=locked.speaker)
                mine.speaker_label = locked.speaker.name if locked.speaker_id else locked.speaker_label
            if status is not None:
                mine.status = status
            if speaker is not KEEP:
                mine.speaker = speaker
                mine.speaker_label = speaker.name if speaker is not None else ""
                if status is None:
                    mine.status = Decision.CONFIRMED  # naming who said it keeps the quote
            mine.reviewed_at = timezone.now()
            mine.save()
            SecondReviewEvent.objects.create(
                article_id=locked.article_id,
                quote=locked,
                actor=by,
                action=SecondReviewEvent.Action.REVIEW,
                before=before,
                after=mine.as_dict(),
            )
            mine.outcome = ""  # what this review did to the pair: "", "agreed" or "disagreed"
            if others:
                other = others[0]
                mine.outcome = "agreed" if mine.verdict.agrees_with(other.verdict) else "disagreed"
                if mine.outcome == "agreed":
                    apply_verdict(locked, mine.verdict, by=None)
                    SecondReviewEvent.objects.create(
                        article_id=locked.article_id,
                        quote=locked,
                        actor=None,
                        action=SecondReviewEvent.Action.AGREE,
                        before=None,
                        after={**mine.as_dict(), "reviewers": sorted([by.pk, other.reviewer_id])},
                    )
        return mine


def apply_verdict(quote: Any, verdict: Verdict, by: Any) -> None:
    """Make `verdict` the quote's state through its own audited methods (nothing if it already is)."""
    if verdict.status == Decision.REJECTED:
        if quote.status != quote.Status.REJECTED:
            quote.reject(by=by)
        return
    if verdict.speaker_id != quote.speaker_id:
        person = Person.objects.filter(pk=verdict.speaker_id).first() if verdict.speaker_id else None
        quote.reassign(person, by=by)
    elif quote.status not in quote.VERIFIED:
        quote.confirm(by=by)


class Adjudication(models.Model):
    """An editor's final decision on a quote whose two independent reviews disagreed."""

    quote = models.OneToOneField("attribution.Quote", related_name="adjudication", on_delete=models.CASCADE)
    status = models.CharField(max_length=10, choices=Decision.choices)
    speaker = models.ForeignKey(
        "attribution.Person", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Adjudication of quote {self.quote_id}: {self.status}"

    @classmethod
    def decide(cls, quote: Any, status: str, speaker: Any, by: Any) -> Adjudication:
        """Settle a disagreement: apply (status, speaker) to the quote in `by`'s name; one event."""
        if status not in Decision.values:
            raise ValueError(f"Unknown decision {status!r}.")
        with transaction.atomic():
            locked = Quote.objects.select_for_update().get(pk=quote.pk)
            reviews = list(IndependentReview.objects.filter(quote=locked).order_by("reviewed_at", "id")[:2])
            if len(reviews) < 2:
                raise SecondReviewRefused("This quote does not have two independent reviews yet.")
            if reviews[0].verdict.agrees_with(reviews[1].verdict):
                raise SecondReviewRefused(
                    "The two reviews of this quote agree: there is nothing to adjudicate."
                )
            if cls.objects.filter(quote=locked).exists():
                raise SecondReviewRefused("This quote has already been adjudicated.")
            if by is not None and by.pk in {r.reviewer_id for r in reviews}:
                # four eyes: a reviewer who disagreed cannot settle the disagreement in their own favour
                raise SecondReviewRefused(
                    "You reviewed this quote yourself: another editor settles the disagreement."
                )
            verdict = Verdict(
                status, speaker.pk if speaker is not None and status == Decision.CONFIRMED else None
            )
            if status == Decision.REJECTED:
                speaker = None
            before = locked.snapshot()
            apply_verdict(locked, verdict, by=by)
            adjudication = cls.objects.create(quote=locked, status=status, speaker=speaker, decided_by=by)
            SecondReviewEvent.objects.create(
                article_id=locked.article_id,
                quote=locked,
                actor=by,
                action=SecondReviewEvent.Action.ADJUDICATE,
                before={"quote": before, "reviews": {str(r.reviewer_id): r.as_dict() for r in reviews}},
                after={"status": status, "speaker_id": verdict.speaker_id},
            )
        quote.refresh_from_db()
        return adjudication


class SecondReviewEvent(models.Model):
    """Append-only log of second review: requirements, each independent review, agreements, rulings."""

    class Action(models.TextChoices):
        REQUIRE = "require", "Second review required"
        LIFT = "lift", "Second review lifted"
        REVIEW = "review", "Independent review"
        AGREE = "agree", "Reviewers agreed"
        ADJUDICATE = "adjudicate", "Adjudicated"
        UNDO = "undo", "Review undone"

    article = models.ForeignKey("attribution.Article", related_name="+", on_delete=models.CASCADE)
    quote = models.ForeignKey(
        "attribution.Quote", null=True, blank=True, related_name="+", on_delete=models.CASCADE
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    undone = models.BooleanField(default=False)  # a REVIEW the reviewer took back (see undo_review)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["action", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'} at {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Append-only: the only permitted update is marking a review undone.
        if self.pk and set(kwargs.get("update_fields") or ()) != {"undone"}:
            raise ValueError("Second review events are append-only.")
        super().save(*args, **kwargs)

    @classmethod
    def last_undoable_review(cls, by: Any) -> SecondReviewEvent | None:
        """`by`'s most recent independent review not taken back yet (None if there is none)."""
        return (
            cls.objects.filter(actor=by, action=cls.Action.REVIEW, undone=False, quote__isnull=False)
            .select_related("quote__article")
            .defer("quote__article__body")
            .order_by("-created_at", "-id")
            .first()
        )

    def undo_review(self, by: Any) -> SecondReviewEvent:
        """Take back this independent review: the reviewer's review goes back to what it was before
        (or away, if it was their first decision on the quote). One UNDO event.

        Refused (SecondReviewRefused) once the other reviewer has reviewed too: the pair is then
        locked, as it is for a change of mind, and an editor settles any disagreement.
        """
        if self.action != self.Action.REVIEW or self.actor_id != by.pk:
            raise ValueError("Only a reviewer's own independent review can be undone.")
        with transaction.atomic():
            locked = Quote.objects.select_for_update(of=("self",)).get(pk=self.quote_id)
            reviews = list(IndependentReview.objects.filter(quote=locked))
            mine = next((r for r in reviews if r.reviewer_id == by.pk), None)
            if mine is not None and len(reviews) > 1:
                raise SecondReviewRefused(
                    "Both independent reviews of this quote are in, so yours is locked; "
                    "an editor settles any disagreement."
                )
            event = type(self).objects.select_for_update().get(pk=self.pk)
            if event.undone or mine is None:
                raise SecondReviewRefused("That review was already undone.")
            current = mine.as_dict()
            before = event.before
            if before is None:
                mine.delete()
            else:
                speaker_id = before.get("speaker_id")
                mine.status = before["status"]
                mine.speaker = Person.objects.filter(pk=speaker_id).first() if speaker_id else None
                mine.speaker_label = before.get("speaker") or ""
                mine.reviewed_at = timezone.now()
                mine.save()
            event.undone = True
            event.save(update_fields=["undone"])
            self.undone = True
            return type(self).objects.create(
                article_id=locked.article_id,
                quote=locked,
                actor=by,
                action=self.Action.UNDO,
                before=current,
                after=before,
            )


# -- reading the pairs -----------------------------------------------------------------------------
@dataclass
class Pair:
    """The two independent reviews of one quote (first two reviewers), and where it stands."""

    quote: Any
    first: IndependentReview
    second: IndependentReview
    adjudication: Adjudication | None

    @property
    def agree(self) -> bool:
        return self.first.verdict.agrees_with(self.second.verdict)

    @property
    def completed_at(self) -> Any:
        return max(self.first.reviewed_at, self.second.reviewed_at)

    @property
    def reviewer_ids(self) -> tuple[int, int]:
        a, b = sorted((self.first.reviewer_id, self.second.reviewer_id))
        return a, b

    def review_of(self, reviewer_id: int) -> IndependentReview:
        return self.first if self.first.reviewer_id == reviewer_id else self.second

    def speaker_choices(self) -> list[tuple[int | None, str]]:
        """The speakers an adjudicator may pick: each reviewer's choice and the quote's own."""
        seen: dict[int | None, str] = {}
        for review in (self.first, self.second):
            seen.setdefault(review.speaker_id, review.speaker_name)
        seen.setdefault(self.quote.speaker_id, self.quote.speaker_name)
        return list(seen.items())


def completed_pairs(reviews: Any = None) -> list[Pair]:
    """Every quote with two independent reviews, as Pairs (from `reviews`, an IndependentReview
    queryset, default all). Three queries whatever the number of quotes."""
    qs = IndependentReview.objects.all() if reviews is None else reviews
    rows = list(
        qs.select_related("speaker", "reviewer", "quote__speaker", "quote__article")
        .only(
            "quote_id",
            "reviewer_id",
            "status",
            "speaker_id",
            "speaker_label",
            "reviewed_at",
            "speaker__name",
            "reviewer__username",
            "quote__text",
            "quote__status",
            "quote__speaker_id",
            "quote__speaker_label",
            "quote__speaker__name",
            "quote__article_id",
            "quote__article__title",
            "quote__start",
            "quote__end",
        )
        .order_by("quote_id", "reviewed_at", "id")
    )
    by_quote: dict[int, list[IndependentReview]] = {}
    for review in rows:
        by_quote.setdefault(review.quote_id, []).append(review)
    quote_ids = [qid for qid, rs in by_quote.items() if len(rs) >= 2]
    rulings = {
        a.quote_id: a
        for a in Adjudication.objects.filter(quote_id__in=quote_ids).select_related("decided_by")
    }
    return [
        Pair(by_quote[qid][0].quote, by_quote[qid][0], by_quote[qid][1], rulings.get(qid))
        for qid in quote_ids
    ]


def awaiting_adjudication(article_id: int | None = None) -> list[Pair]:
    """Quotes whose two reviews disagree and that no editor has settled, oldest first."""
    # Only the quotes whose two reviews differ, found in SQL: agreed pairs pile up over the months
    # and need not be read to be skipped.
    disputed = (
        IndependentReview.objects.order_by()
        .values("quote_id")
        .annotate(
            n=models.Count("id"),
            statuses=models.Count("status", distinct=True),
            speakers=models.Count(Coalesce("speaker_id", 0), distinct=True),
            rejections=models.Count("id", filter=models.Q(status=Decision.REJECTED)),
        )
        .filter(models.Q(n__gte=2), models.Q(statuses__gt=1) | models.Q(rejections=0, speakers__gt=1))
        .values("quote_id")
    )
    reviews = IndependentReview.objects.filter(quote_id__in=disputed, quote__adjudication__isnull=True)
    if article_id is not None:
        reviews = reviews.filter(quote__article_id=article_id)
    pairs = [p for p in completed_pairs(reviews) if not p.agree]
    return sorted(pairs, key=lambda p: (p.completed_at, p.quote.pk))
