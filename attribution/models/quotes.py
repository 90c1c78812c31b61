"""Quotes: what the parser found or a reviewer added, and the review actions on one quote.

State changes are model methods; each writes exactly one QuoteEvent (actor, action, before, after)
in the same transaction.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from attribution.models.articles import Article
from attribution.models.conflicts import OverlappingQuotes, StaleQuoteError
from attribution.models.quote_events import QuoteEvent
from attribution.models.quote_queries import QuoteQuerySet
from attribution.person_models import Person, PersonEvent


class Quote(models.Model):
    class SpeechAct(models.TextChoices):
        """What the speaker does with the words (from the cue: "denied", "urged", "warned" …)."""

        ASSERT = "assert", "Asserts"
        DENY = "deny", "Denies"
        CONCEDE = "concede", "Concedes"
        URGE = "urge", "Urges"
        PROMISE = "promise", "Promises"
        WARN = "warn", "Warns"
        ACCUSE = "accuse", "Accuses"
        ASK = "ask", "Asks"
        DESCRIBE = "describe", "Describes"
        PRAISE = "praise", "Praises"
        CRITICISE = "criticise", "Criticises"
        ANNOUNCE = "announce", "Announces"
        PREDICT = "predict", "Predicts"

    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        INDIRECT = "indirect", "Indirect"
        MIXED = "mixed", "Mixed"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        CONFIRMED = "confirmed", "Confirmed"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"
        ADDED = "added", "Added by hand"

    VERIFIED = (Status.CONFIRMED, Status.CORRECTED, Status.ADDED)

    article = models.ForeignKey(Article, related_name="quotes", on_delete=models.CASCADE)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT, db_index=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    cue_verb = models.CharField(max_length=100, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    speaker = models.ForeignKey(
        Person, related_name="quotes", null=True, blank=True, on_delete=models.SET_NULL
    )
    speaker_label = models.CharField("raw speaker label", max_length=300, blank=True)
    # An ambiguous name ("Johnson" with two Johnsons known): the persons it may be, for the reviewer;
    # the quote then has no speaker until someone picks one.
    # database defaults too, so raw INSERTs written before these columns existed keep working
    speaker_candidates = models.JSONField(default=list, db_default=[], blank=True)
    speech_act = models.CharField(
        max_length=20, blank=True, default="", db_default="", db_index=True, choices=SpeechAct.choices
    )
    confidence = models.FloatField(default=0.0)
    rule = models.CharField("parser rule", max_length=100, blank=True)
    # Check-worthiness (attribution.checkworthy): None until scored; reasons are criterion ids.
    claim_score = models.FloatField(null=True, blank=True, db_index=True)
    claim_reasons = models.CharField(max_length=200, null=True, blank=True)  # "figure,trend"
    # The same statement in other articles (attribution.statements); wording_differs when this
    # quote's words differ from the statement's verified or most common wording.
    statement = models.ForeignKey(
        "attribution.Statement", null=True, blank=True, related_name="quotes", on_delete=models.SET_NULL
    )
    wording_differs = models.BooleanField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    version = models.PositiveIntegerField(default=1)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    # The article's publication date, kept equal to it by database triggers (migration 0080), so
    # quote search can read "newest first" from one index and stop at the page instead of sorting
    # every match. Never written by the app: a stale value sent by an old object is put right.
    article_published = models.DateField(null=True, blank=True, editable=False)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start"]
        permissions = [("review_quote", "Can review quotes"), ("export_quotes", "Can export quote sheets")]
        indexes = [
            models.Index(fields=["article", "start"]),
            models.Index(fields=["status", "article"]),
            models.Index(fields=["speaker", "status"]),
            # the fact-check queue's order (highest score first): read in index order, no sort
            models.Index(F("claim_score").desc(), F("id").desc(), name="quote_claim_queue"),
            # quote search by speech act ("every warning"), usually with a review status
            models.Index(fields=["speech_act", "status"], name="quote_speech_act_status"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="quote_start_before_end"),
            models.CheckConstraint(condition=Q(start__gte=0), name="quote_start_not_negative"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="quote_confidence_0_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.speaker_name}: {self.text[:60]}"

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker_id else (self.speaker_label or "unknown")

    @property
    def is_verified(self) -> bool:
        return self.status in self.VERIFIED

    @property
    def candidate_persons(self) -> list[Person]:
        """The persons an ambiguous name may be (speaker_candidates), for the reviewer to choose from."""
        ids = [pk for pk in self.speaker_candidates or [] if isinstance(pk, int)]
        return list(Person.objects.filter(pk__in=ids).order_by("name")) if ids else []

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.article_id and self.end > len(self.article.body):
            raise ValidationError({"end": "The quote ends after the end of the article body."})
        if self.start >= self.end:
            raise ValidationError({"end": "The quote must end after it starts."})

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The database checks start < end; the end <= body length bound spans two tables, so it is
        # enforced here on every save (and by a trigger-free check in tests).
        body_len = len(self.article.body) if self.article_id else None
        if body_len is not None and (self.end > body_len or self.start < 0):
            raise ValueError(
                f"Quote span {self.start}:{self.end} is outside the article body (0:{body_len})."
            )
        if self.article_id and "published" not in self.article.get_deferred_fields():
            # what the database trigger writes anyway (migration 0080); kept right in memory too
            self.article_published = self.article.published
        text_saved = not kwargs.get("update_fields") or "text" in (kwargs.get("update_fields") or ())
        if text_saved and self.article_id and not self.text:
            self.text = self.article.body[self.start : self.end]
        if self.claim_score is None and self.text:
            self.score_claim()
            if kwargs.get("update_fields"):
                kwargs["update_fields"] = {*kwargs["update_fields"], "claim_score", "claim_reasons"}
        super().save(*args, **kwargs)

    def score_claim(self) -> None:
        """Fill claim_score and claim_reasons from the text (attribution.checkworthy)."""
        from attribution import checkworthy

        lang = self.article.language if self.article_id else "en"
        self.claim_score, self.claim_reasons = checkworthy.stored(self.text, lang or "en")

    @property
    def claim_reason_list(self) -> list[str]:
        return [r for r in (self.claim_reasons or "").split(",") if r]

    # -- audit ---------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """What a QuoteEvent records as before/after."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker_id": self.speaker_id,
            "speaker": self.speaker.name if self.speaker_id and self.speaker else None,
            "speaker_label": self.speaker_label,
            "status": self.status,
            "version": self.version,
        }

    # -- state changes -------------------------------------------------------------------------
    def _change(
        self,
        action: str,
        by: Any,
        expected_version: int | None = None,
        *,
        note: dict[str, Any] | None = None,
        at: Any = None,
        **changes: Any,
    ) -> QuoteEvent:
        """Apply `changes` under a version check and write one QuoteEvent.

        The UPDATE is conditional on the version the reviewer saw, so two reviewers can never
        silently overwrite each other: the second gets StaleQuoteError naming the first.
        """
        with transaction.atomic():
            current = Quote.objects.select_related("speaker", "reviewed_by", "article").get(pk=self.pk)
            if expected_version is not None and current.version != expected_version:
                raise StaleQuoteError(current)
            before = current.snapshot()
            now = at or timezone.now()
            fields = dict(changes)
            if "text" in fields:
                from attribution import checkworthy

                fields["claim_score"], fields["claim_reasons"] = checkworthy.stored(
                    fields["text"], current.article.language or "en"
                )
            if by is not None:
                fields.setdefault("reviewed_by", by)
                fields.setdefault("reviewed_at", now)
            fields["updated_at"] = now
            updated = Quote.objects.filter(pk=self.pk, version=current.version).update(
                version=F("version") + 1, **fields
            )
            if not updated:
                raise StaleQuoteError(Quote.objects.select_related("reviewed_by").get(pk=self.pk))
            # the article did not change: reuse it rather than read its body a second time
            fresh = Quote.objects.select_related("speaker", "reviewed_by").get(pk=self.pk)
            fresh.article = current.article
            event = QuoteEvent.objects.create(
                quote=fresh,
                actor=by,
                action=action,
                before=before,
                after={**fresh.snapshot(), **(note or {})},
                created_at=now,
            )
        for name in [f.attname for f in self._meta.concrete_fields]:
            setattr(self, name, getattr(fresh, name))
        # A copy: Django clears a ModelState's fields_cache when the instance is collected, and `fresh`
        # goes when this returns (sharing the dict lost the article, read again by every action's answer).
        self._state.fields_cache = dict(fresh._state.fields_cache)
        return event

    def confirm(self, by: Any, expected_version: int | None = None) -> QuoteEvent:
        return self._change(QuoteEvent.Action.CONFIRM, by, expected_version, status=self.Status.CONFIRMED)

    def reject(self, by: Any, expected_version: int | None = None) -> QuoteEvent:
        return self._change(QuoteEvent.Action.REJECT, by, expected_version, status=self.Status.REJECTED)

    def _corrected_status(self) -> str:
        return self.Status.ADDED if self.status == self.Status.ADDED else self.Status.CORRECTED

    def reassign(
        self, person: Person | None, by: Any, expected_version: int | None = None
    ) -> QuoteEvent | None:
        """Attribute the quote to `person`. Naming the speaker it already has changes nothing and
        records nothing (it is not a correction); it is still refused if the quote is stale.

        The reviewer's choice is remembered: the article's name for the speaker becomes an alias
        (Person.learn_from_correction), so re-parses of other articles find the person.
        """
        if person is not None and person.pk == self.speaker_id:
            current = Quote.objects.select_related("reviewed_by").get(pk=self.pk)
            if current.speaker_id == person.pk:
                if expected_version is not None and current.version != expected_version:
                    raise StaleQuoteError(current)
                return None
        old_speaker_id = self.speaker_id
        with transaction.atomic():
            event = self._change(
                QuoteEvent.Action.REASSIGN,
                by,
                expected_version,
                speaker=person,
                speaker_label=person.name if person else "",
                status=self._corrected_status(),
                speaker_candidates=[],
            )
            if person is not None:
                person.learn_from_correction(self, old_speaker_id, by)
        return event

    def change_kind(self, kind: str, by: Any, expected_version: int | None = None) -> QuoteEvent:
        if kind not in self.Kind.values:
            raise ValueError(f"Unknown kind {kind!r}")
        return self._change(
            QuoteEvent.Action.CHANGE_KIND, by, expected_version, kind=kind, status=self._corrected_status()
        )

    def change_span(self, start: int, end: int, by: Any, expected_version: int | None = None) -> QuoteEvent:
        body = self.article.body
        if not (0 <= start < end <= len(body)):
            raise ValueError(f"Span {start}:{end} is outside the article body (0:{len(body)}).")
        return self._change(
            QuoteEvent.Action.CHANGE_SPAN,
            by,
            expected_version,
            start=start,
            end=end,
            text=body[start:end],
            status=self._corrected_status(),
        )

    def restore(self, snapshot: dict[str, Any], by: Any) -> QuoteEvent:
        """Put the quote back as `snapshot` recorded it (used by undo)."""
        speaker_id = snapshot.get("speaker_id")
        if speaker_id is not None and not Person.objects.filter(pk=speaker_id).exists():
            # merged away since (by an editor or dedupe_persons): the person it became
            speaker_id = PersonEvent.survivor_of(speaker_id)
        return self._change(
            QuoteEvent.Action.UNDO,
            by,
            None,
            start=snapshot["start"],
            end=snapshot["end"],
            text=snapshot["text"],
            kind=snapshot["kind"],
            speaker_id=speaker_id,
            speaker_label=snapshot.get("speaker_label", ""),
            status=snapshot["status"],
        )

    # What a reviewer may do with a hand-added quote that overlaps quotes already in the article.
    OVERLAP_CHOICES = ("keep", "replace")

    @classmethod
    def add_by_hand(
        cls,
        article: Article,
        start: int,
        end: int,
        by: Any,
        speaker: Person | None = None,
        kind: str = "direct",
        overlap: str = "",
        seen: Any = (),
    ) -> Quote:
        """Add a quote the parser missed.

        If the span overlaps quotes already in the article (not rejected), nothing is saved unless
        the reviewer has chosen, having seen exactly those quotes (`seen`, their ids): `overlap`
        "keep" adds it beside them, "replace" rejects them in the same action (one REPLACE event
        each, sharing the ADD's time, so one undo brings them back). Otherwise OverlappingQuotes
        names them. The ADD event's `after` records the choice and the quotes it concerned.
        """
        body = article.body
        if not (0 <= start < end <= len(body)):
            raise ValueError(f"Span {start}:{end} is outside the article body (0:{len(body)}).")
        with transaction.atomic():
            overlapping = list(
                cls.objects.filter(article=article)
                .overlapping(start, end)
                .select_related("speaker")
                .select_for_update(of=("self",))
                .order_by("start", "id")
            )
            shown = {int(pk) for pk in seen}
            if overlapping and (overlap not in cls.OVERLAP_CHOICES or shown != {q.pk for q in overlapping}):
                raise OverlappingQuotes(overlapping)
            now = timezone.now()
            quote = cls.objects.create(
                article=article,
                start=start,
                end=end,
                text=body[start:end],
                kind=kind,
                speaker=speaker,
                speaker_label=speaker.name if speaker else "",
                confidence=1.0,
                rule="added-by-hand",
                status=cls.Status.ADDED,
                reviewed_by=by,
                reviewed_at=now,
            )
            after = quote.snapshot()
            if overlapping:
                after["overlap"] = {"choice": overlap, "quotes": [q.pk for q in overlapping]}
            QuoteEvent.objects.create(
                quote=quote, actor=by, action=QuoteEvent.Action.ADD, before=None, after=after, created_at=now
            )
            if overlap == "replace":
                for old in overlapping:
                    old._change(
                        QuoteEvent.Action.REPLACE,
                        by,
                        note={"replaced_by": quote.pk},
                        at=now,
                        status=cls.Status.REJECTED,
                    )
        return quote
