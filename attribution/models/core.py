"""Quotedesk's data: articles, the speaker registry, quotes and their append-only audit log.

State changes live here as model / QuerySet methods; each change to a quote writes exactly one
QuoteEvent (actor, action, before, after) in the same transaction.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

# the person registry (Person, its aliases, its audited edits and their log) sits below the quotes
from attribution.person_models import Person, PersonAlias, PersonEditConflict, PersonEvent  # noqa: F401
from attribution.validators import no_control_characters, web_url


def content_hash(text: str) -> str:
    """Hash of the article body, insensitive to whitespace runs, so re-imports dedupe."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class StaleQuoteError(Exception):
    """Someone else changed the quote since the reviewer loaded it (optimistic locking)."""

    def __init__(self, quote: Quote):
        self.quote = quote
        who = quote.reviewed_by.get_username() if quote.reviewed_by else "someone"
        when = timezone.localtime(quote.updated_at).strftime("%Y-%m-%d %H:%M:%S") if quote.updated_at else "?"
        super().__init__(f"This quote was changed by {who} at {when}; reload to see their change.")
        self.who = who
        self.when = when


class OverlappingQuotes(Exception):
    """A quote added by hand overlaps quotes already in the article: the reviewer chooses first
    (keep both, replace the old ones, or cancel), and the choice is recorded with the new quote."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        super().__init__(f"The selection overlaps {len(quotes)} quote(s) already in the article.")


class ArticleQuerySet(models.QuerySet):
    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Article]:
        objs = list(objs)
        for article in objs:
            article.body_length = len(article.body)
        return super().bulk_create(objs, *args, **kwargs)

    def without_body(self) -> ArticleQuerySet:
        """For lists: the body can be megabytes, and a list never shows it."""
        return self.defer("body")

    def with_counts(self) -> ArticleQuerySet:
        """Quotes per article by review status, from the counts the database keeps (QuoteTally, a few
        rows per article), so a queue page does not count thousands of quotes per row."""

        def tally(statuses: Any = None) -> Any:
            rows = QuoteTally.objects.filter(article=models.OuterRef("pk"))
            if statuses is not None:
                rows = rows.filter(status__in=statuses)
            total = rows.order_by().values("article").annotate(total=models.Sum("n")).values("total")
            return Coalesce(models.Subquery(total, output_field=models.IntegerField()), 0)

        return self.annotate(
            n_quotes=tally(),
            n_pending=tally([Quote.Status.PENDING]),
            n_rejected=tally([Quote.Status.REJECTED]),
            n_verified=tally(list(Quote.VERIFIED)),
        )


class Article(models.Model):
    class ParseStatus(models.TextChoices):
        PENDING = "pending", "Waiting to be parsed"
        RUNNING = "running", "Parsing"
        DONE = "done", "Parsed"
        FAILED = "failed", "Parse failed"

    title = models.CharField(max_length=500, validators=[no_control_characters])
    source = models.CharField(
        "source / outlet", max_length=200, blank=True, db_index=True, validators=[no_control_characters]
    )
    url = models.URLField(
        max_length=2000, blank=True, null=True, unique=True, validators=[web_url, no_control_characters]
    )
    byline = models.CharField(max_length=300, blank=True, validators=[no_control_characters])
    published = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=12, blank=True, db_index=True)
    body = models.TextField(help_text="Plain text; paragraphs separated by blank lines.")
    # len(body), kept by save(), bulk_create() and a database trigger: the quote-span trigger and
    # list pages read it instead of the body (a 5 MB body read per inserted quote was quadratic).
    body_length = models.PositiveIntegerField(default=0, editable=False)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    parse_status = models.CharField(
        max_length=10, choices=ParseStatus.choices, default=ParseStatus.PENDING, db_index=True
    )
    parse_error = models.TextField(blank=True)
    quotes_over_cap = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Quotes the parser found beyond QUOTEDESK_MAX_QUOTES_PER_ARTICLE.",
    )
    parse_stopped_at = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text="Where the parser stopped reading an article over the cap."
    )
    # Sourcing flags (attribution.insight), refreshed after each parse; the queue filters on them.
    # (Nullable without defaults: SQLite adds such columns in place instead of rebuilding the table,
    # which its span triggers would not survive.)
    named_speakers = models.PositiveIntegerField(null=True, blank=True)
    anonymous_share = models.FloatField(null=True, blank=True)
    single_source = models.BooleanField(null=True, blank=True, db_index=True)
    parsed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["parse_status", "created_at"]),
            # Covers the quote-span trigger's look-up on SQLite, which would otherwise walk the
            # body's overflow pages to reach a column stored after it (see migration 0012).
            models.Index(fields=["id", "body_length"], name="article_id_body_length"),
        ]
        permissions = [("import_articles", "Can import articles")]

    def __str__(self) -> str:
        return self.title

    @property
    def opens_with_headline(self) -> bool:
        """Whether the body's first line is the headline (shown as one), not the story's first sentence."""
        first = self.body.lstrip().split("\n", 1)[0]
        return bool(first) and " ".join(first.split()) == " ".join(self.title.split())

    @property
    def parser_lacks_language(self) -> bool:
        """Whether the parser has no rules for this article's language (it then reads it with English's,
        which find little or nothing in, say, Arabic): the article page says so, so that an empty quote
        list is not taken for an article without quotes."""
        from attribution.parsing import languages

        code = (self.language or "").strip().lower().replace("_", "-").split("-")[0]
        return bool(code) and code not in languages.available()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.content_hash = content_hash(self.body)
        self.body_length = len(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_length", "content_hash"}
        if self.url == "":
            self.url = None
        if not self.language:
            from attribution.parsing import detect_language

            self.language = detect_language(self.body)
        super().save(*args, **kwargs)


class QuoteQuerySet(models.QuerySet):
    def verified(self) -> QuoteQuerySet:
        return self.filter(status__in=Quote.VERIFIED)

    def human_reviewed(self) -> QuoteQuerySet:
        return self.exclude(status=Quote.Status.PENDING)

    def for_display(self) -> QuoteQuerySet:
        return self.select_related("speaker", "reviewed_by", "article")

    def for_review(self) -> QuoteQuerySet:
        """The quotes of a review page in reading order, with what each row shows."""
        return self.select_related("speaker", "reviewed_by").order_by("start", "id")

    def move_to(self, person: Person, by: Any, action: str) -> int:
        """Give these quotes the speaker `person` (a merge, a split, their undo): one UPDATE, and one
        QuoteEvent each (`action`, e.g. "merge"); returns how many moved."""
        if action not in QuoteEvent.Action.values:
            raise ValueError(f"Unknown action {action!r}.")
        quotes = list(self.select_related("speaker").order_by("pk"))
        if not quotes:
            return 0
        now = timezone.now()
        Quote.objects.filter(pk__in=[q.pk for q in quotes]).update(
            speaker=person, version=F("version") + 1, updated_at=now
        )
        events = []
        for quote in quotes:
            before = quote.snapshot()
            after = {**before, "speaker_id": person.pk, "speaker": person.name, "version": quote.version + 1}
            events.append(
                QuoteEvent(quote=quote, actor=by, action=action, before=before, after=after, created_at=now)
            )
        QuoteEvent.objects.bulk_create(events)
        return len(quotes)

    def overlapping(self, start: int, end: int) -> QuoteQuerySet:
        """The quotes (not rejected) whose span shares at least one character with start:end."""
        return self.filter(start__lt=end, end__gt=start).exclude(status=Quote.Status.REJECTED)

    def bulk_confirm(self, min_confidence: float, by: Any) -> int:
        """Confirm every pending quote in self with confidence >= min_confidence.

        One UPDATE for all rows, but one QuoteEvent per quote; the events share a timestamp so
        that undo can revert the whole batch as the single action the reviewer took.
        """
        with transaction.atomic():
            quotes = list(
                self.filter(status=Quote.Status.PENDING, confidence__gte=min_confidence)
                .select_related("speaker")
                .select_for_update(of=("self",))
                .order_by("start", "id")
            )
            if not quotes:
                return 0
            now = timezone.now()
            Quote.objects.filter(pk__in=[q.pk for q in quotes], status=Quote.Status.PENDING).update(
                status=Quote.Status.CONFIRMED,
                version=F("version") + 1,
                reviewed_by=by,
                reviewed_at=now,
                updated_at=now,
            )
            events = []
            for quote in quotes:
                before = quote.snapshot()
                after = {**before, "status": Quote.Status.CONFIRMED.value, "version": quote.version + 1}
                events.append(
                    QuoteEvent(
                        quote=quote,
                        actor=by,
                        action=QuoteEvent.Action.BULK_CONFIRM,
                        before=before,
                        after=after,
                        created_at=now,
                    )
                )
            QuoteEvent.objects.bulk_create(events)
        return len(quotes)


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


def protect_human_events(collector: Any, field: Any, sub_objs: Any, using: str) -> None:
    """on_delete of QuoteEvent.quote: a quote a person ever acted on cannot be deleted.

    Like PROTECT, deleting a quote (or an article, whose quotes cascade) that carries an event
    written by a person raises ProtectedError, so no delete anywhere (admin, shell, a re-parse)
    can take reviewed work and its audit trail with it. The PARSE events of a quote only the
    parser ever touched are its machine record and go with it, so an article imported by mistake
    can still be deleted before anyone reviewed it.
    """
    human = list(sub_objs.exclude(action=QuoteEvent.Action.PARSE))  # sub_objs defers `action`
    if human:
        raise models.ProtectedError(
            f"Cannot delete a quote with review history: {len(human)} audit event(s) by people "
            "refer to it. Reject the quote instead.",
            set(human),
        )
    models.CASCADE(collector, field, sub_objs, using)


class QuoteEvent(models.Model):
    """Append-only audit log: one row per change to a quote."""

    class Action(models.TextChoices):
        PARSE = "parse", "Found by parser"
        CONFIRM = "confirm", "Confirmed"
        REJECT = "reject", "Rejected"
        REASSIGN = "reassign", "Changed speaker"
        CHANGE_KIND = "change_kind", "Changed kind"
        CHANGE_SPAN = "change_span", "Changed span"
        ADD = "add", "Added by hand"
        UNDO = "undo", "Undone"
        MERGE = "merge", "Persons merged"
        ADMIN_EDIT = "admin_edit", "Edited in admin"
        BULK_CONFIRM = "bulk_confirm", "Bulk confirmed"
        VERDICT = "verdict", "Fact-check verdict"
        VERIFY_WORDING = "verify_wording", "Marked as verified wording"
        REPLACE = "replace", "Replaced by an added quote"
        SPLIT = "split", "Alias split out"

    quote = models.ForeignKey(Quote, related_name="events", on_delete=protect_human_events)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        related_name="quote_events",
        on_delete=models.SET_NULL,
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    undone = models.BooleanField(default=False, help_text="Set when a later undo reverted this event.")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["actor", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'} at {self.created_at:%Y-%m-%d %H:%M}"

    # Actions a reviewer takes in the review screen, which undo can revert.
    UNDOABLE = (
        Action.CONFIRM,
        Action.REJECT,
        Action.REASSIGN,
        Action.CHANGE_KIND,
        Action.CHANGE_SPAN,
        Action.ADD,
        Action.BULK_CONFIRM,
        Action.REPLACE,
    )
    # Actions written as several events with one timestamp, undone together: a bulk confirm, and
    # a hand-added quote with the quotes it replaced.
    _GROUPED = {Action.BULK_CONFIRM: (Action.BULK_CONFIRM,), Action.ADD: (Action.ADD, Action.REPLACE)}
    _GROUPED[Action.REPLACE] = _GROUPED[Action.ADD]
    # The parts of a snapshot that describe the quote (not who touched it or its version).
    _CONTENT_KEYS = ("start", "end", "text", "kind", "speaker_id", "speaker_label", "status")

    @classmethod
    def last_undoable(cls, by: Any) -> list[QuoteEvent]:
        """The events of `by`'s most recent action not undone yet (several for a bulk confirm)."""
        last = (
            cls.objects.filter(actor=by, action__in=cls.UNDOABLE, undone=False)
            .select_related("quote__article")
            .order_by("-created_at", "-id")
            .first()
        )
        if last is None:
            return []
        if last.action not in cls._GROUPED:
            return [last]
        events = cls.objects.filter(
            actor=by, action__in=cls._GROUPED[last.action], undone=False, created_at=last.created_at
        ).select_related("quote__article")
        # the added quote first: undo answers with the first event's quote
        return sorted(events, key=lambda e: (e.action != cls.Action.ADD, e.pk))

    @classmethod
    def undo_last(cls, by: Any) -> list[QuoteEvent]:
        """Revert `by`'s last action through quote.restore(event.before) and mark it undone.

        Returns the UNDO events written (empty when there is nothing to undo). If someone else has
        changed the quote since, raises StaleQuoteError naming them instead of overwriting their
        work. A hand-added quote is undone by rejecting it: the audit log keeps every row.
        """
        with transaction.atomic():
            events = cls.last_undoable(by)
            written: list[QuoteEvent] = []
            for event in events:
                current = (
                    Quote.objects.select_related("speaker", "reviewed_by", "article")
                    .select_for_update(of=("self",))
                    .get(pk=event.quote_id)
                )
                now_state = current.snapshot()
                after = event.after or {}
                stale = any(now_state.get(k) != after.get(k) for k in cls._CONTENT_KEYS)
                if stale and len(events) == 1:
                    raise StaleQuoteError(current)
                if not stale:
                    snapshot = event.before if event.before is not None else {**after, "status": "rejected"}
                    written.append(current.restore(snapshot, by=by))
                # A bulk undo leaves quotes that others changed since as they are, but still closes
                # the whole batch, so the next undo moves on to the reviewer's previous action.
                event.undone = True
                event.save(update_fields=["undone"])
        return written

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for each field this event changed, for the history list."""
        before, after = self.before or {}, self.after or {}
        shown = {
            "speaker": "speaker",
            "kind": "kind",
            "status": "status",
            "text": "span",
            "verdict": "verdict",
        }
        rows = []
        for key, label in shown.items():
            if before.get(key) != after.get(key):
                rows.append((label, before.get(key), after.get(key)))
        overlap = after.get("overlap")
        if overlap:
            ids = ", ".join(f"#{pk}" for pk in overlap.get("quotes", []))
            verb = "replaced" if overlap.get("choice") == "replace" else "kept beside"
            rows.append(("overlapping quotes", None, f"{verb} {ids}"))
        if after.get("replaced_by"):
            rows.append(("replaced by", None, f"#{after['replaced_by']}"))
        return rows

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Append-only: the only permitted update is marking an event undone.
        if self.pk and set(kwargs.get("update_fields") or ()) != {"undone"}:
            raise ValueError("Quote events are append-only.")
        super().save(*args, **kwargs)


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


class ApiToken(models.Model):
    """A key for the read API (`Authorization: Token <key>`), created by an admin.

    Only a SHA-256 of the key is stored: the keys are 256-bit random strings, so a fast hash is
    enough, and a leaked database does not leak usable keys. The plain key is shown once.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="api_tokens", on_delete=models.CASCADE)
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. 'newsroom dashboard'.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        max_length=8, editable=False, help_text="First characters of the key, to tell keys apart."
    )
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True, editable=False)

    # Writing last_used on every request would turn each API read into a write; once a minute is enough.
    LAST_USED_RESOLUTION_SECONDS = 60

    class Meta:
        ordering = ["-created"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def set_new_key(self) -> str:
        """Give the token a fresh random key; returns the plain key (store it nowhere)."""
        import secrets

        key = secrets.token_urlsafe(32)
        self.key_hash = self.hash_key(key)
        self.prefix = key[:8]
        return key

    @classmethod
    def create_for(cls, user: Any, name: str) -> tuple[ApiToken, str]:
        token = cls(user=user, name=name)
        key = token.set_new_key()
        token.save()
        return token, key

    @classmethod
    def user_for_key(cls, key: str) -> Any | None:
        """The active user owning `key`, or None; records when the token was last used."""
        if not key:
            return None
        token = cls.objects.select_related("user").filter(key_hash=cls.hash_key(key)).first()
        if token is None or not token.user.is_active:
            return None
        now = timezone.now()
        since = (now - token.last_used).total_seconds() if token.last_used else None
        if since is None or since > cls.LAST_USED_RESOLUTION_SECONDS:
            cls.objects.filter(pk=token.pk).update(last_used=now)
        return token.user


class WorkerHeartbeat(models.Model):
    """One row per running background worker (`run_worker`), touched every few seconds.

    A worker is dead when its row has not been touched for QUOTEDESK_WORKER_STALE_SECONDS; its
    RUNNING task is then put back in the queue. This replaces asking the operating system whether
    the worker's process id still runs, which PID reuse and containers sharing a host name fool.
    """

    worker_id = models.CharField(max_length=100, unique=True)
    host = models.CharField(max_length=100, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self) -> str:
        return f"{self.worker_id} (last seen {self.last_seen:%Y-%m-%d %H:%M:%S})"
