"""The quotes' append-only audit log (one QuoteEvent per change) and undo, which reads it back.

Below attribution/models/quotes.py, whose state changes write these events: the log reaches the
Quote model only through its own foreign key.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from attribution.models.conflicts import StaleQuoteError


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

    quote = models.ForeignKey("attribution.Quote", related_name="events", on_delete=protect_human_events)
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
        quotes = cls._meta.get_field("quote").related_model.objects  # Quote.objects
        with transaction.atomic():
            events = cls.last_undoable(by)
            written: list[QuoteEvent] = []
            for event in events:
                current = (
                    quotes.select_related("speaker", "reviewed_by", "article")
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
