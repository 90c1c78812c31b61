"""Work that spans several models: turning parser output into Quote rows linked to Persons.

Parsing runs in batches (`parse_batch`): the parser runs over each article with no database lock
held, then the results of several articles are written in one short transaction with a handful of
statements whatever the number of articles: one read of the quotes already there, one lookup of
every speaker name, one INSERT each for new persons, aliases, quotes and audit events, one UPDATE
of the articles' status. An article whose parse raises is marked failed with its error and does
not stop the others; if the shared write fails, each article is written again on its own, so one
bad article cannot sink its neighbours.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from attribution.after_parse import schedule_after_parse
from attribution.learning import install_accepted as install_accepted_rules
from attribution.models import Article, IndependentReview, Person, PersonAlias, Quote, QuoteEvent
from attribution.parsing import ExtractedQuote, extract
from attribution.people import best_title, match_key
from attribution.speakers import SpeakerRegistry, known_persons

logger = logging.getLogger(__name__)

# PostgreSQL transaction lock held while a batch resolves and creates persons, so two workers
# never create the same new speaker twice (SQLite serialises writers anyway).
PERSON_LOCK_KEY = (0x51D << 48) - 1

# A batch writes its results at least this often, so progress shows and a crash loses little.
FLUSH_ARTICLES = 25
FLUSH_SECONDS = 0.5


def max_quotes_per_article() -> int:
    return max(1, int(getattr(settings, "QUOTEDESK_MAX_QUOTES_PER_ARTICLE", 2000)))


# A long article is first parsed this far: if that already gives more quotes than the cap, the rest
# is never parsed (5 MB of dense reported speech took minutes), and the article says where the
# search stopped. Only text with more than a quote per 50 characters passes the default cap of
# 2,000 there; ordinary long articles (and transcripts) are parsed whole.
PREFIX_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+")


def _prefix_end(body: str, limit: int) -> int:
    """Where to stop a partial parse: the last paragraph break, else sentence end, before `limit`."""
    para = body.rfind("\n\n", 0, limit)
    if para > limit // 2:
        return para
    ends = [m.end() for m in _SENTENCE_END.finditer(body, max(0, limit - 5000), limit)]
    if ends:
        return ends[-1]
    space = body.rfind(" ", 0, limit)
    return space if space > 0 else limit


def parse_text(article: Article) -> ParseResult:
    """Run the parser over an article, stopping early when a first part already passes the cap."""
    body, language = article.body, article.language or None
    if len(body) > PREFIX_CHARS:
        stop = _prefix_end(body, PREFIX_CHARS)
        found = list(extract(body[:stop], language))
        if len(found) > max_quotes_per_article():
            return ParseResult(article, found, stopped_at=stop)
    return ParseResult(article, list(extract(body, language)))


@dataclass
class ParseResult:
    """One article's parser output, waiting to be written.

    At most QUOTEDESK_MAX_QUOTES_PER_ARTICLE findings are kept (the first in reading order): an
    article dense with quotes (a transcript, or 5 MB of "X said that …") would otherwise store
    100,000 quotes that nobody can review and that slow every page showing them. How many were
    left out (and where the parser stopped, if it did not read the whole text) is recorded on the
    article, which says so on its page.
    """

    article: Article
    found: list[ExtractedQuote]
    stopped_at: int | None = None
    over_cap: int = 0

    def __post_init__(self) -> None:
        cap = max_quotes_per_article()
        if len(self.found) > cap:
            self.over_cap = len(self.found) - cap
            self.found = sorted(self.found, key=lambda q: (q.start, q.end))[:cap]


@dataclass
class BatchOutcome:
    parsed: int = 0
    quotes: int = 0
    skipped: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)

    def merge(self, other: BatchOutcome) -> None:
        self.parsed += other.parsed
        self.quotes += other.quotes
        self.skipped += other.skipped
        self.failed.update(other.failed)


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


def _mark_failed(failed: dict[int, str]) -> None:
    for pk, error in failed.items():
        Article.objects.filter(pk=pk).update(parse_status=Article.ParseStatus.FAILED, parse_error=error)




class _Existing(NamedTuple):
    """A quote already stored for an article, as re-parsing sees it."""

    pk: int
    status: str
    start: int
    end: int
    version: int
    human: bool  # has an audit event written by a person (anything but PARSE)
    machine: tuple  # the parser's fields, in _MACHINE_FIELDS order

    @property
    def replaceable(self) -> bool:
        """Pending and never touched by a person: the parser may replace it."""
        return self.status == Quote.Status.PENDING and not self.human


# What the parser decides about a quote; a re-parse that finds the same span rewrites these in place.
_MACHINE_FIELDS = (
    "text", "kind", "cue_start", "cue_end", "cue_verb", "mention_start", "mention_end",
    "speaker_id", "speaker_label", "confidence", "rule", "speech_act", "speaker_candidates",
)


@dataclass
class _Update:
    """A pending quote found again at the same span whose parser fields changed: updated in place."""

    existing: _Existing
    values: dict[str, object]  # _MACHINE_FIELDS -> new value (speaker_id may be a new person's ref)
    name: str  # the speaker's name, for the audit snapshot


@dataclass
class _Plan:
    """What writing a batch will insert, worked out with reads only (no write lock held)."""

    existing: dict[int, list[_Existing]]  # per article: its quotes
    stale: list[int]  # pending machine quotes nobody touched that the parser no longer finds
    new_names: list[str]  # persons to create
    aliases: dict[tuple[object, str], None]  # (person ref, alias)
    quotes: list[tuple[int, ExtractedQuote, str, object, str]]  # (article pk, quote, text, person ref, name)
    updates: list[_Update] = field(default_factory=list)
    unchanged: int = 0  # pending quotes found again exactly as they are
    new_persons: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, kind, title, match_key
    titles: dict[object, str] = field(default_factory=dict)  # titles for existing persons that have none
    candidates: dict[int, list[object]] = field(default_factory=dict)  # quote index -> ambiguous persons
    dates: dict[int, object] = field(default_factory=dict)  # article pk -> its date, stored on new quotes

    @property
    def quote_count(self) -> int:
        return len(self.quotes) + len(self.updates) + self.unchanged


def _existing_quotes(article_ids: list[int]) -> dict[int, list[_Existing]]:
    existing: dict[int, list[_Existing]] = {pk: [] for pk in article_ids}
    human = QuoteEvent.objects.filter(quote_id=OuterRef("pk")).exclude(action=QuoteEvent.Action.PARSE)
    # an independent review (second review) is a person's work too, though it writes no QuoteEvent
    reviewed = IndependentReview.objects.filter(quote_id=OuterRef("pk"))
    rows = (
        Quote.objects.filter(article_id__in=article_ids)
        .annotate(human=Exists(human) | Exists(reviewed))
        .order_by("pk")
        .values_list("pk", "article_id", "status", "start", "end", "version", "human", *_MACHINE_FIELDS)
    )
    for pk, article_id, status, start, end, version, is_human, *machine in rows:
        row = _Existing(pk, status, start, end, version, bool(is_human), tuple(machine))
        existing[article_id].append(row)
    return existing


_SPEECH_ACTS = frozenset(Quote.SpeechAct.values)


def speech_act_of(q: ExtractedQuote) -> str:
    """The parser's speech-act class for the quote, if it gives one we know ("" otherwise)."""
    act = getattr(q, "speech_act", "") or ""
    return act if act in _SPEECH_ACTS else ""


def _machine_values(
    q: ExtractedQuote, text: str, ref: object, candidates: list[object] | None = None
) -> dict[str, object]:
    """The parser's fields of a quote as stored (the same values _apply inserts)."""
    return {
        "text": text,
        "kind": q.kind,
        "cue_start": q.cue[0] if q.cue else None,
        "cue_end": q.cue[1] if q.cue else None,
        "cue_verb": (q.cue_verb or "")[:100],
        "mention_start": q.speaker_mention[0] if q.speaker_mention else None,
        "mention_end": q.speaker_mention[1] if q.speaker_mention else None,
        "speaker_id": ref,
        "speaker_label": (q.speaker or "")[:300],
        "confidence": min(1.0, max(0.0, float(q.confidence))),
        "rule": q.rule[:100],
        "speech_act": speech_act_of(q),
        "speaker_candidates": list(candidates or []),
    }


def _plan(results: Sequence[ParseResult]) -> _Plan:
    """Match the parser's findings to the stored quotes.

    A finding at the span of a pending quote updates that quote in place (it keeps its id, so open
    pages and links still work). A finding that overlaps a quote a person reviewed or touched is
    dropped: the person's version wins. Pending quotes nobody touched that the parser no longer
    finds are replaced; a quote with any human event is never deleted.
    """
    existing = _existing_quotes([r.article.pk for r in results])
    plan = _Plan(existing=existing, stale=[], new_names=[], aliases={}, quotes=[])
    # Who each speaker is: attribution.speakers / attribution.people (kinds, transliterations, aliases)
    registry = SpeakerRegistry.load(
        [q.speaker for r in results for q in r.found if q.speaker]
        + [r.article.body[m[0] : m[1]] for r in results for q in r.found if (m := q.speaker_mention)]
    )
    seen: set = set()

    for result in results:
        article, body = result.article, result.article.body
        body_len = len(body)
        rows = existing[article.pk]
        # Pending quotes by span: found again there, they are updated in place.
        pending_at: dict[tuple[int, int], _Existing] = {}
        for row in rows:
            if row.status == Quote.Status.PENDING:
                pending_at.setdefault((row.start, row.end), row)
        kept = _SpanSet((row.start, row.end) for row in rows if not row.replaceable)
        matched: set[int] = set()
        for q in result.found:
            if not (0 <= q.start < q.end <= body_len):
                continue
            same = pending_at.get((q.start, q.end))
            if same is not None and same.pk in matched:
                continue  # the parser reported one span twice
            if same is None and kept.overlaps(q.start, q.end):
                continue  # the reviewer's version wins
            mention_text = body[q.speaker_mention[0] : q.speaker_mention[1]] if q.speaker_mention else ""
            found = registry.resolve(q.speaker)
            registry.observe(found, q.speaker, mention_text, body, seen)
            ref, name = found.ref, found.name
            text = body[q.start : q.end]
            if same is None:
                if found.candidates:
                    plan.candidates[len(plan.quotes)] = found.candidates
                plan.quotes.append((article.pk, q, text, ref, name))
                plan.dates[article.pk] = article.published
                continue
            matched.add(same.pk)
            values = _machine_values(q, text, ref, found.candidates)
            if tuple(values.values()) == same.machine:
                plan.unchanged += 1
            else:
                plan.updates.append(_Update(same, values, name))
        plan.stale.extend(row.pk for row in rows if row.replaceable and row.pk not in matched)
    plan.new_names = [e.name for e in registry.new]
    plan.new_persons = [
        (e.name, e.kind, best_title(registry.titles.get(e.ref, [])), match_key(e.name)) for e in registry.new
    ]
    plan.aliases = registry.aliases
    plan.titles = {
        ref: title
        for ref, found_titles in registry.titles.items()
        if not isinstance(ref, tuple) and (title := best_title(found_titles))
    }
    return plan


class _SpanSet:
    """Spans that new machine quotes must not overlap; each question is a binary search.

    A span overlaps one of them iff, among those starting before it ends, the furthest end lies
    past its start: a running maximum of ends in start order answers that.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


class _Inserter:
    """Multi-row INSERTs for one model: the given columns per row, every other column its default.

    Parsing inserts hundreds of rows per batch; building and compiling a model instance per row
    (bulk_create) cost more than the parser itself. Defaults come from the model's fields, so a
    field added later with a default needs no change here. Values of JSON columns are given as
    Python data. On PostgreSQL the rows travel as one array per column (INSERT … SELECT FROM
    unnest(…)): a statement with thousands of placeholders costs psycopg more to prepare than the
    server takes to run it.
    """

    def __init__(self, model: type, columns: list[str]):
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]  # type: ignore[attr-defined]
        by_attname = {f.attname: f for f in fields}
        self.fields = [by_attname[c] for c in columns]
        self.json = [i for i, f in enumerate(self.fields) if f.get_internal_type() == "JSONField"]
        self.others = [f for f in fields if f.attname not in columns]
        self.fixed = [f.get_db_prep_save(f.get_default(), connection) for f in self.others]
        qn = connection.ops.quote_name
        self.names = [qn(f.column) for f in self.fields + self.others]
        self.table = qn(model._meta.db_table)  # type: ignore[attr-defined]
        self.pk = qn(model._meta.pk.column)  # type: ignore[attr-defined]

    def _json(self, i: int, value: object) -> str | None:
        return None if value is None else json.dumps(value, cls=self.fields[i].encoder)  # type: ignore[attr-defined]

    def _tail(self, returning: bool, ignore_conflicts: bool) -> str:
        tail = " ON CONFLICT DO NOTHING" if ignore_conflicts and connection.vendor != "sqlite" else ""
        return tail + (f" RETURNING {self.pk}" if returning else "")

    def insert(self, rows: list[tuple], returning: bool = False, ignore_conflicts: bool = False) -> list[int]:
        """Insert `rows`; with `returning`, their new ids in the order of `rows`."""
        if not rows:
            return []
        if self.json:
            # JSON as text, as Django's adapt_json_value writes it (PostgreSQL casts it to jsonb).
            json_at = set(self.json)
            rows = [tuple(self._json(i, v) if i in json_at else v for i, v in enumerate(row)) for row in rows]
        columns = ", ".join(self.names)
        tail = self._tail(returning, ignore_conflicts)
        fetched: list[int] = []
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                width = len(self.fields)
                arrays = [[row[i] for row in rows] for i in range(width)]
                types = [f.cast_db_type(connection) for f in self.fields]
                for i in self.json:
                    types[i] = "text"
                select = [
                    f"u.c{i}::jsonb" if i in self.json else f"u.c{i}" for i in range(width)
                ] + [f"%s::{f.cast_db_type(connection)}" for f in self.others]
                sql = (
                    f"INSERT INTO {self.table} ({columns}) SELECT {', '.join(select)} "
                    f"FROM unnest({', '.join(f'%s::{t}[]' for t in types)}) "
                    f"AS u({', '.join(f'c{i}' for i in range(width))}){tail}"
                )
                cursor.execute(sql, [*self.fixed, *arrays])  # the defaults come first in the SQL
                if returning:
                    fetched = [row[0] for row in cursor.fetchall()]
            else:
                verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
                one = "(" + ", ".join(["%s"] * len(self.names)) + ")"
                step = max(1, min(500, 30000 // len(self.names)))
                fixed = tuple(self.fixed)
                for lo in range(0, len(rows), step):
                    chunk = rows[lo : lo + step]
                    values = ", ".join([one] * len(chunk))
                    sql = f"{verb} INTO {self.table} ({columns}) VALUES {values}{tail}"
                    cursor.execute(sql, [value for row in chunk for value in (*row, *fixed)])
                    if returning:
                        fetched.extend(row[0] for row in cursor.fetchall())
        # Ids are handed out in row order within a statement; RETURNING itself promises no order.
        return sorted(fetched)


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


def _update_in_place(updates: list[_Update], pk_of: Any, now: Any) -> None:
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


def _apply(plan: _Plan, article_ids: list[int]) -> None:
    """Carry a plan out (inside the write transaction)."""
    now = timezone.now()
    when = Quote._meta.get_field("created_at").get_db_prep_save(now, connection)
    _delete_replaceable(plan.stale)
    new_pks: list[int] = []
    if plan.new_persons:
        new_pks = _Inserter(Person, ["name", "kind", "title", "match_key", "created_at"]).insert(
            [(*person, when) for person in plan.new_persons], returning=True
        )
    for pk, title in plan.titles.items():
        Person.objects.filter(pk=pk, title="").update(title=title)

    def pk_of(ref: object) -> int | None:
        if isinstance(ref, tuple):
            return new_pks[ref[1]]
        return ref  # type: ignore[return-value]

    if plan.aliases:
        _Inserter(PersonAlias, ["person_id", "name", "match_key"]).insert(
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
    quote_pks = _Inserter(
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
    _Inserter(QuoteEvent, ["quote_id", "action", "after", "created_at"]).insert(events)


def _write(
    results: Sequence[ParseResult], failed: dict[int, str], skip_done: bool, plan: _Plan | None = None
) -> BatchOutcome:
    """Store the quotes of several parsed articles in one transaction (the caller opens it).

    `plan`, worked out before the transaction, is used if nothing it read has changed since (no
    quote of these articles changed, none of its new speakers appeared); otherwise it is redone
    here, under the write lock.
    """
    outcome = BatchOutcome()
    ids = [r.article.pk for r in results] + list(failed)
    if skip_done and ids:
        # Another run (a duplicate task, a requeued one whose worker was only slow) may have
        # finished an article since this batch read it: leave its quotes alone.
        finished = Article.objects.filter(pk__in=ids, parse_status=Article.ParseStatus.DONE)
        done = set(finished.values_list("pk", flat=True))
        if done:
            outcome.skipped = sorted(done)
            results = [r for r in results if r.article.pk not in done]
            failed = {pk: err for pk, err in failed.items() if pk not in done}
            plan = None
    _mark_failed(failed)
    outcome.failed.update(failed)
    if not results:
        return outcome

    if connection.vendor == "postgresql":
        # Serialises the creation of persons across workers (SQLite has one writer anyway).
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PERSON_LOCK_KEY])
    article_ids = [r.article.pk for r in results]
    if plan is not None:
        unchanged = _existing_quotes(article_ids) == plan.existing
        if not unchanged or known_persons((p[0], p[1]) for p in plan.new_persons):
            plan = None
    if plan is None:
        plan = _plan(results)
    _apply(plan, article_ids)
    # One UPDATE per article state: on PostgreSQL each UPDATE of an article re-indexes its whole
    # body for full-text search, so an article over the cap is not written twice.
    done = {"parse_status": Article.ParseStatus.DONE, "parse_error": "", "parsed_at": timezone.now()}
    capped = {r.article.pk: r for r in results if r.over_cap}
    if plain := [pk for pk in article_ids if pk not in capped]:
        Article.objects.filter(pk__in=plain).update(**done, quotes_over_cap=0, parse_stopped_at=None)
    for pk, result in capped.items():
        Article.objects.filter(pk=pk).update(
            **done, quotes_over_cap=result.over_cap, parse_stopped_at=result.stopped_at
        )
    outcome.parsed = len(article_ids)
    outcome.quotes = plan.quote_count
    return outcome


def write_results(
    results: Sequence[ParseResult], failed: dict[int, str], skip_done: bool = False
) -> BatchOutcome:
    """Write a batch's parser output; if the shared transaction fails, write article by article.

    An article whose quotes cannot be stored is marked failed with the database's error; the
    others are stored. Only a failure to record anything at all (database gone) is raised.
    """
    try:
        plan = _plan(results) if results and not transaction.get_connection().in_atomic_block else None
        with transaction.atomic():
            return _write(results, failed, skip_done, plan)
    except Exception as exc:
        first_error = exc
        if len(results) > 1:
            logger.warning("Writing a parse batch failed (%s); now one article at a time", exc)
        else:
            logger.exception("Storing parse results failed")
    outcome = BatchOutcome()
    errors = dict(failed)
    for result in results:
        if len(results) == 1:
            errors[result.article.pk] = _error_text(first_error)
            continue
        try:
            with transaction.atomic():
                outcome.merge(_write([result], {}, skip_done))
        except Exception as exc:
            logger.exception("Storing the quotes of article %s failed", result.article.pk)
            errors[result.article.pk] = _error_text(exc)
    with transaction.atomic():
        outcome.merge(_write([], errors, skip_done))
    return outcome


def parse_batch(
    article_ids: Iterable[int],
    *,
    skip_done: bool = True,
    flush_articles: int = FLUSH_ARTICLES,
    flush_seconds: float = FLUSH_SECONDS,
) -> BatchOutcome:
    """Parse several articles and store their quotes; a failing article is marked failed with its error.

    With `skip_done` (the background task), articles already parsed since they were queued are left
    alone, so running a task twice is harmless. Without it (`parse_articles`), every article is parsed
    again. Reviewed quotes are never changed either way.
    """
    ids = list(dict.fromkeys(int(pk) for pk in article_ids))
    outcome = BatchOutcome()
    if not ids:
        return outcome
    install_accepted_rules()  # what admins accepted from reviewers' corrections (attribution/learning.py)
    articles = Article.objects.filter(pk__in=ids).only("pk", "body", "language", "parse_status", "published")
    if skip_done:
        articles = articles.exclude(parse_status=Article.ParseStatus.DONE)
    by_pk = {a.pk: a for a in articles}
    outcome.skipped = [pk for pk in ids if pk not in by_pk]
    todo = [by_pk[pk] for pk in ids if pk in by_pk]
    if not todo:
        return outcome
    # One UPDATE for the whole batch: the queue shows "Parsing…" while the worker has it.
    running = Article.objects.filter(pk__in=[a.pk for a in todo])
    if skip_done:
        running = running.exclude(parse_status=Article.ParseStatus.DONE)
    running.update(parse_status=Article.ParseStatus.RUNNING, parse_error="")

    results: list[ParseResult] = []
    failed: dict[int, str] = {}
    last_flush = time.monotonic()
    for i, article in enumerate(todo):
        try:
            results.append(parse_text(article))
        except Exception as exc:
            logger.exception("Parsing article %s failed", article.pk)
            failed[article.pk] = _error_text(exc)
        last = i == len(todo) - 1
        full = len(results) + len(failed) >= flush_articles
        if last or full or time.monotonic() - last_flush >= flush_seconds:
            outcome.merge(write_results(results, failed, skip_done))
            results, failed = [], {}
            last_flush = time.monotonic()
    outcome.skipped.sort()
    schedule_after_parse(a.pk for a in todo)
    return outcome


def store_quotes(article: Article, found: list[ExtractedQuote]) -> int:
    """Replace the article's machine quotes with `found`, keeping every human-reviewed quote.

    A new machine quote that overlaps a reviewed one is dropped: the reviewer's version wins.
    """
    with transaction.atomic():
        count = _write([ParseResult(article, list(found))], {}, skip_done=False).quotes
    schedule_after_parse([article.pk])
    return count


def parse_article(article: Article) -> int:
    """Run the parser over one article and store its quotes; records failure on the article and raises."""
    Article.objects.filter(pk=article.pk).update(parse_status=Article.ParseStatus.RUNNING, parse_error="")
    try:
        with transaction.atomic():
            count = _write([parse_text(article)], {}, skip_done=False).quotes
    except Exception as exc:
        Article.objects.filter(pk=article.pk).update(
            parse_status=Article.ParseStatus.FAILED, parse_error=_error_text(exc)
        )
        raise
    schedule_after_parse([article.pk])
    return count
