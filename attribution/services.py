"""Work that spans several models: turning parser output into Quote rows linked to Persons.

Parsing runs in batches (`parse_batch`): the parser runs over each article with no database lock
held, then the results of several articles are written in one short transaction with a handful of
statements whatever the number of articles: one read of the quotes already there, one lookup of
every speaker name, one INSERT each for new persons, aliases, quotes and audit events, one UPDATE
of the articles' status. An article whose parse raises is marked failed with its error and does
not stop the others; if the shared write fails, each article is written again on its own, so one
bad article cannot sink its neighbours.

This module is the flow and its entry points (`parse_batch`, `parse_article`, `store_quotes`):
the matching of findings to stored quotes is attribution/parse_plan.py, carrying a plan out
attribution/parse_apply.py (its INSERTs: attribution/bulk_insert.py).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from attribution.after_parse import schedule_after_parse
from attribution.learning import install_accepted as install_accepted_rules
from attribution.models import Article
from attribution.parse_apply import apply_plan
from attribution.parse_plan import ParseResult, Plan, existing_quotes, max_quotes_per_article
from attribution.parse_plan import make_plan as _plan
from attribution.parsing import ExtractedQuote, extract
from attribution.speakers import known_persons

logger = logging.getLogger(__name__)

# PostgreSQL transaction lock held while a batch resolves and creates persons, so two workers
# never create the same new speaker twice (SQLite serialises writers anyway).
PERSON_LOCK_KEY = (0x51D << 48) - 1

# A batch writes its results at least this often, so progress shows and a crash loses little.
FLUSH_ARTICLES = 25
FLUSH_SECONDS = 0.5


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


def _write(
    results: Sequence[ParseResult], failed: dict[int, str], skip_done: bool, plan: Plan | None = None
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
        unchanged = existing_quotes(article_ids) == plan.existing
        if not unchanged or known_persons((p[0], p[1]) for p in plan.new_persons):
            plan = None
    if plan is None:
        plan = _plan(results)
    apply_plan(plan, article_ids)
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
