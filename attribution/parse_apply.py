"""Carrying a parse plan out, inside the write transaction: delete the stale machine quotes, create the
new persons and aliases, update pending quotes in place, insert the new quotes and their PARSE events.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from attribution.bulk_insert import Inserter
from attribution.models import IndependentReview, Person, PersonAlias, Quote, QuoteEvent
from attribution.parse_plan import Plan, Update, speech_act_of
from attribution.people import match_key


def _delete_replaceable(pks: list[int]) -> None:
    """Delete pending machine quotes nobody touched, with the PARSE events that recorded them.

    Each statement re-checks, so a quote a reviewer acted on since the plan was made stays: an
    event that is not PARSE (or a status that is not pending) keeps it, and the second statement
    only deletes quotes left with no event at all. QuoteEvent.quote is protected, so nothing else
    can take a person's audit events with it.
    """
    human = QuoteEvent.objects.exclude(action=QuoteEvent.Action.PARSE).filter(quote_id=OuterRef("quote_id"))
    any_event = QuoteEvent.objects.filter(quote_id=OuterRef("pk"))
    reviewed = IndependentReview.objects.all()  # second review: a person's work without a QuoteEvent
    for lo in range(0, len(pks), 500):
        chunk = pks[lo : lo + 500]
        QuoteEvent.objects.filter(
            quote_id__in=chunk, action=QuoteEvent.Action.PARSE, quote__status=Quote.Status.PENDING
        ).exclude(Exists(human)).exclude(Exists(reviewed.filter(quote_id=OuterRef("quote_id")))).delete()
        # Through the ORM, so other references to a quote (a statement's verified wording, a
        # verdict) are cleared as their on_delete says; at most the cap's worth of quotes per article.
        Quote.objects.filter(pk__in=chunk, status=Quote.Status.PENDING).exclude(Exists(any_event)).exclude(
            Exists(reviewed.filter(quote_id=OuterRef("pk")))
        ).delete()


def _update_in_place(updates: list[Update], pk_of: Any, now: Any) -> None:
    """Rewrite the parser's fields of pending quotes found again at the same span; one PARSE event each.

    Conditional on the version the plan saw and on the quote still pending, so a reviewer's
    action since then is never overwritten (their version wins and the finding is dropped).
    """
    if not updates:
        return
    current = Quote.objects.select_related("speaker").in_bulk([u.existing.pk for u in updates])
    events = []
    for update in updates:
        quote = current.get(update.existing.pk)
        if quote is None or quote.status != Quote.Status.PENDING or quote.version != update.existing.version:
            continue
        values = {
            **update.values,
            "speaker_id": pk_of(update.values["speaker_id"]),
            "speaker_candidates": [pk_of(c) for c in update.values["speaker_candidates"]],  # type: ignore[attr-defined]
        }
        changed = Quote.objects.filter(
            pk=quote.pk, status=Quote.Status.PENDING, version=quote.version
        ).update(**values, version=F("version") + 1, updated_at=now)
        if not changed:
            continue
        before = quote.snapshot()
        after = {key: values[key] for key in ("text", "kind", "speaker_id", "speaker_label")}
        after |= {
            "start": quote.start,
            "end": quote.end,
            "speaker": update.name if values["speaker_id"] is not None else None,
            "status": quote.status,
            "version": quote.version + 1,
        }
        events.append(
            QuoteEvent(quote_id=quote.pk, action=QuoteEvent.Action.PARSE, before=before, after=after)
        )
    QuoteEvent.objects.bulk_create(events)


def apply_plan(plan: Plan, article_ids: list[int]) -> None:
    """Carry a plan out (inside the write transaction)."""
    now = timezone.now()
    when = Quote._meta.get_field("created_at").get_db_prep_save(now, connection)
    _delete_replaceable(plan.stale)
    new_pks: list[int] = []
    if plan.new_persons:
        new_pks = Inserter(Person, ["name", "kind", "title", "match_key", "created_at"]).insert(
            [(*person, when) for person in plan.new_persons], returning=True
        )
    for pk, title in plan.titles.items():
        Person.objects.filter(pk=pk, title="").update(title=title)

    def pk_of(ref: object) -> int | None:
        if isinstance(ref, tuple):
            return new_pks[ref[1]]
        return ref  # type: ignore[return-value]

    if plan.aliases:
        Inserter(PersonAlias, ["person_id", "name", "match_key"]).insert(
            [(pk_of(ref), alias, match_key(alias)) for ref, alias in plan.aliases], ignore_conflicts=True
        )
    _update_in_place(plan.updates, pk_of, now)
    if not plan.quotes:
        return
    # each quote carries its article's date (newest-first search); given here, the triggers that keep
    # it (migration 0080) have nothing to correct (no second write per quote on SQLite), and they still
    # put it right if the article's date changed since the plan read it
    date_field = Quote._meta.get_field("article_published")
    dates = {pk: date_field.get_db_prep_save(published, connection) for pk, published in plan.dates.items()}
    rows = []
    for i, (article_id, q, text, ref, _) in enumerate(plan.quotes):
        rows.append(
            (
                article_id,
                q.start,
                q.end,
                text,
                q.kind,
                q.cue[0] if q.cue else None,
                q.cue[1] if q.cue else None,
                (q.cue_verb or "")[:100],
                q.speaker_mention[0] if q.speaker_mention else None,
                q.speaker_mention[1] if q.speaker_mention else None,
                pk_of(ref),
                (q.speaker or "")[:300],
                min(1.0, max(0.0, float(q.confidence))),
                q.rule[:100],
                Quote.Status.PENDING.value,
                1,
                when,
                when,
                [pk_of(c) for c in plan.candidates.get(i, ())],
                speech_act_of(q),
                dates.get(article_id),
            )
        )
    quote_pks = Inserter(
        Quote,
        [
            "article_id", "start", "end", "text", "kind", "cue_start", "cue_end", "cue_verb",
            "mention_start", "mention_end", "speaker_id", "speaker_label", "confidence", "rule",
            "status", "version", "created_at", "updated_at", "speaker_candidates", "speech_act",
            "article_published",
        ],
    ).insert(rows, returning=True)
    events = []
    for pk, row, (_, _, _, _, name) in zip(quote_pks, rows, plan.quotes, strict=True):
        # What Quote.snapshot() records for the new quote (tests compare the two).
        snapshot = {
            "start": row[1],
            "end": row[2],
            "text": row[3],
            "kind": row[4],
            "speaker_id": row[10],
            "speaker": name if row[10] is not None else None,
            "speaker_label": row[11],
            "status": Quote.Status.PENDING.value,
            "version": 1,
        }
        events.append((pk, QuoteEvent.Action.PARSE.value, snapshot, when))
    Inserter(QuoteEvent, ["quote_id", "action", "after", "created_at"]).insert(events)
