"""Questions and bulk changes over many quotes (self.model.objects, person.quotes, article.quotes).

Below attribution/models/quotes.py: the QuerySet names its model as `self.model`; each quote a
bulk change touches still gets its own QuoteEvent.
"""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from attribution.models.quote_events import QuoteEvent
from attribution.person_models import Person


class QuoteQuerySet(models.QuerySet):
    def verified(self) -> QuoteQuerySet:
        return self.filter(status__in=self.model.VERIFIED)

    def human_reviewed(self) -> QuoteQuerySet:
        return self.exclude(status=self.model.Status.PENDING)

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
        self.model.objects.filter(pk__in=[q.pk for q in quotes]).update(
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
        return self.filter(start__lt=end, end__gt=start).exclude(status=self.model.Status.REJECTED)

    def bulk_confirm(self, min_confidence: float, by: Any) -> int:
        """Confirm every pending quote in self with confidence >= min_confidence.

        One UPDATE for all rows, but one QuoteEvent per quote; the events share a timestamp so
        that undo can revert the whole batch as the single action the reviewer took.
        """
        with transaction.atomic():
            quotes = list(
                self.filter(status=self.model.Status.PENDING, confidence__gte=min_confidence)
                .select_related("speaker")
                .select_for_update(of=("self",))
                .order_by("start", "id")
            )
            if not quotes:
                return 0
            now = timezone.now()
            self.model.objects.filter(pk__in=[q.pk for q in quotes], status=self.model.Status.PENDING).update(
                status=self.model.Status.CONFIRMED,
                version=F("version") + 1,
                reviewed_by=by,
                reviewed_at=now,
                updated_at=now,
            )
            events = []
            for quote in quotes:
                before = quote.snapshot()
                after = {**before, "status": self.model.Status.CONFIRMED.value, "version": quote.version + 1}
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
