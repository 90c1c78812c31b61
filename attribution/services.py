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

import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from attribution.models import Article, Person, PersonAlias, Quote, QuoteEvent
from attribution.parsing import ExtractedQuote, extract

logger = logging.getLogger(__name__)

# Speakers that are descriptions, not people's names, stay as raw labels on the quote.
_DESCRIPTION = re.compile(r"^(an?|the|some|one|two|several|many|officials?)\b", re.IGNORECASE)

# PostgreSQL transaction lock held while a batch resolves and creates persons, so two workers
# never create the same new speaker twice (SQLite serialises writers anyway).
PERSON_LOCK_KEY = (0x51D << 48) - 1

# A batch writes its results at least this often, so progress shows and a crash loses little.
FLUSH_ARTICLES = 25
FLUSH_SECONDS = 0.5


def _normalise_name(name: str | None) -> str:
    return " ".join((name or "").split())[:300]


def person_for_speaker(name: str | None, cache: dict[str, Person | None] | None = None) -> Person | None:
    """The Person a parsed speaker name refers to: by name or alias, else a new one.

    Anonymous descriptions ("a senior official", "the ministry") are not persons.
    """
    if not name or not name.strip():
        return None
    name = _normalise_name(name)
    key = name.casefold()
    if cache is not None and key in cache:
        return cache[key]
    person: Person | None
    if _DESCRIPTION.match(name):
        person = None
    else:
        person = Person.objects.matching(name).first()
        if person is None:
            person = Person.objects.create(name=name)
    if cache is not None:
        cache[key] = person
    return person


def _is_name_alias(mention: str, person: Person) -> bool:
    """A mention that is itself a name ("Lavrov", "Sergei Lavrov", "लावरोव"), not a description."""
    words = mention.split()
    if not words or len(words) > 4 or len(mention) > 60 or mention.casefold() == person.name.casefold():
        return False
    if _DESCRIPTION.match(mention) or any(ch.isdigit() for ch in mention):
        return False
    # Every word capitalised, or written in a script without case (Devanagari and the like).
    return all(w[:1].isupper() or not w[:1].islower() and not w[:1].isupper() and w[:1].isalpha() for w in words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _persons_named(names: Iterable[str]) -> dict[str, Person]:
    """{casefolded name: the person with that name or alias} in one query, as `matching` decides.

    Case-insensitive the way the database's iexact is (UPPER on both sides), using the functional
    indexes on UPPER(name) of persons and aliases. Among several matches the first by name wins,
    as `Person.objects.matching(name).first()` would pick.
    """
    wanted = sorted({n for n in names if n})
    if not wanted:
        return {}
    person, alias = Person._meta.db_table, PersonAlias._meta.db_table
    found: dict[str, tuple[str, int]] = {}
    for lo in range(0, len(wanted), 400):
        chunk = wanted[lo : lo + 400]
        values = ", ".join(["(%s)"] * len(chunk))
        sql = (
            f"WITH wanted(n) AS (VALUES {values}) "
            f"SELECT w.n, p.id, p.name FROM wanted w JOIN {person} p ON UPPER(p.name) = UPPER(w.n) "
            f"UNION ALL "
            f"SELECT w.n, p.id, p.name FROM wanted w JOIN {alias} a ON UPPER(a.name) = UPPER(w.n) "
            f"JOIN {person} p ON p.id = a.person_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, chunk)
            for requested, pk, pname in cursor.fetchall():
                best = found.get(requested)
                if best is None or (pname, pk) < best:
                    found[requested] = (pname, pk)
    if not found:
        return {}
    by_pk = Person.objects.in_bulk({pk for _, pk in found.values()})
    result: dict[str, Person] = {}
    for requested, (_, pk) in found.items():
        if pk in by_pk:
            result.setdefault(requested.casefold(), by_pk[pk])
    return result


@dataclass
class ParseResult:
    """One article's parser output, waiting to be written."""

    article: Article
    found: list[ExtractedQuote]


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


def _write(results: Sequence[ParseResult], failed: dict[int, str], skip_done: bool) -> BatchOutcome:
    """Store the quotes of several parsed articles in one transaction (the caller opens it)."""
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
    _mark_failed(failed)
    outcome.failed.update(failed)
    if not results:
        return outcome

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PERSON_LOCK_KEY])
    article_ids = [r.article.pk for r in results]
    reviewed: dict[int, list[tuple[int, int]]] = {pk: [] for pk in article_ids}
    stale: list[int] = []
    for pk, article_id, start, end, status in Quote.objects.filter(article_id__in=article_ids).values_list(
        "pk", "article_id", "start", "end", "status"
    ):
        if status == Quote.Status.PENDING:
            stale.append(pk)
        else:
            reviewed[article_id].append((start, end))
    if stale:
        # Machine quotes nobody reviewed are replaced (with their PARSE events).
        Quote.objects.filter(pk__in=stale, status=Quote.Status.PENDING).delete()

    speaker_names = {
        _normalise_name(q.speaker) for r in results for q in r.found if q.speaker and q.speaker.strip()
    }
    registry: dict[str, Person | None] = dict(
        _persons_named(n for n in speaker_names if not _DESCRIPTION.match(n))
    )
    new_persons: list[Person] = []
    aliases: dict[tuple[int, str], tuple[Person, str]] = {}
    new: list[Quote] = []

    def resolve(raw: str | None) -> Person | None:
        name = _normalise_name(raw)
        if not name:
            return None
        key = name.casefold()
        if key not in registry:
            if _DESCRIPTION.match(name):
                registry[key] = None
            else:
                registry[key] = Person(name=name)
                new_persons.append(registry[key])  # type: ignore[arg-type]
        return registry[key]

    for result in results:
        article, body = result.article, result.article.body
        body_len = len(body)
        spans = reviewed[article.pk]
        for q in result.found:
            if not (0 <= q.start < q.end <= body_len):
                continue
            if any(_overlaps((q.start, q.end), span) for span in spans):
                continue
            mention_text = body[q.speaker_mention[0] : q.speaker_mention[1]] if q.speaker_mention else ""
            person = resolve(q.speaker)
            if person is not None and _is_name_alias(mention_text, person):
                # Surnames and other spellings seen in text become aliases, so typeahead finds them,
                # and later quotes in this batch that name the speaker that way find the person.
                alias = mention_text.strip()
                if alias and alias.casefold() != person.name.casefold():
                    aliases.setdefault((id(person), alias), (person, alias))
                    registry.setdefault(_normalise_name(alias).casefold(), person)
            new.append(
                Quote(
                    article=article,
                    start=q.start,
                    end=q.end,
                    text=body[q.start : q.end],
                    kind=q.kind,
                    cue_start=q.cue[0] if q.cue else None,
                    cue_end=q.cue[1] if q.cue else None,
                    cue_verb=(q.cue_verb or "")[:100],
                    mention_start=q.speaker_mention[0] if q.speaker_mention else None,
                    mention_end=q.speaker_mention[1] if q.speaker_mention else None,
                    speaker=person,
                    speaker_label=(q.speaker or "")[:300],
                    confidence=min(1.0, max(0.0, float(q.confidence))),
                    rule=q.rule[:100],
                )
            )

    if new_persons:
        Person.objects.bulk_create(new_persons)  # ids come back (RETURNING) on SQLite and PostgreSQL
    if aliases:
        PersonAlias.objects.bulk_create(
            [PersonAlias(person=person, name=name) for person, name in aliases.values()],
            ignore_conflicts=True,
            batch_size=500,
        )
    created = Quote.objects.bulk_create(new, batch_size=500)
    if created and created[0].pk is not None:
        QuoteEvent.objects.bulk_create(
            [
                QuoteEvent(quote=quote, actor=None, action=QuoteEvent.Action.PARSE, after=quote.snapshot())
                for quote in created
            ],
            batch_size=500,
        )
    Article.objects.filter(pk__in=article_ids).update(
        parse_status=Article.ParseStatus.DONE, parse_error="", parsed_at=timezone.now()
    )
    outcome.parsed = len(article_ids)
    outcome.quotes = len(new)
    return outcome


def write_results(
    results: Sequence[ParseResult], failed: dict[int, str], skip_done: bool = False
) -> BatchOutcome:
    """Write a batch's parser output; if the shared transaction fails, write article by article.

    An article whose quotes cannot be stored is marked failed with the database's error; the
    others are stored. Only a failure to record anything at all (database gone) is raised.
    """
    try:
        with transaction.atomic():
            return _write(results, failed, skip_done)
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
    articles = Article.objects.filter(pk__in=ids).only("pk", "body", "language", "parse_status")
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
            results.append(ParseResult(article, list(extract(article.body, article.language or None))))
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
    return outcome


def store_quotes(article: Article, found: list[ExtractedQuote]) -> int:
    """Replace the article's machine quotes with `found`, keeping every human-reviewed quote.

    A new machine quote that overlaps a reviewed one is dropped: the reviewer's version wins.
    """
    with transaction.atomic():
        return _write([ParseResult(article, list(found))], {}, skip_done=False).quotes


def parse_article(article: Article) -> int:
    """Run the parser over one article and store its quotes; records failure on the article and raises."""
    Article.objects.filter(pk=article.pk).update(parse_status=Article.ParseStatus.RUNNING, parse_error="")
    try:
        found = list(extract(article.body, article.language or None))
        count = store_quotes(article, found)
    except Exception as exc:
        Article.objects.filter(pk=article.pk).update(
            parse_status=Article.ParseStatus.FAILED, parse_error=_error_text(exc)
        )
        raise
    return count
