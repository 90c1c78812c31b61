"""Background work with django.tasks (the db_worker backend in production, immediate in tests).

Importing queues one `parse_articles_task` per batch of QUOTEDESK_PARSE_BATCH articles (25): the
queue's own cost (claiming a task, recording its result) is paid once per batch, not per article.

Delivery is at least once: a task whose worker died is run again (see `requeue_lost_tasks`), so
parsing must be idempotent. It is: storing replaces the article's pending machine quotes and never
touches reviewed ones, and an article already parsed since it was queued is skipped (checked again
inside the write transaction).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import connection, connections, transaction
from django.tasks import task
from django.utils import timezone
from django.utils.crypto import get_random_string

from attribution.after_parse import claims_after_parse_task  # noqa: F401  (queued tasks name it here)
from attribution.models import Article

logger = logging.getLogger(__name__)

# Namespace for per-article advisory locks (PostgreSQL), clear of any other lock key the app might use.
PARSE_LOCK_BASE = 0x51D << 48


@contextmanager
def article_parse_lock(article_id: int) -> Iterator[bool]:
    """True if no other worker is parsing this article right now (and holds it till the end)."""
    with article_parse_locks([article_id]) as free:
        yield bool(free)


@contextmanager
def article_parse_locks(article_ids: list[int]) -> Iterator[list[int]]:
    """The ids of `article_ids` no other worker is parsing right now; held until the block ends.

    Two tasks for one article (a double-clicked Retry, a requeued task whose worker was only slow)
    must not store quotes at the same time: on PostgreSQL both would insert. Session advisory
    locks, released by the server if the worker dies, keep them apart: one statement takes the
    whole batch's. SQLite runs one writer at a time, and the batch re-reads each article's status
    inside its write transaction, so it needs no lock.
    """
    ids = [int(pk) for pk in article_ids]
    if connection.vendor != "postgresql" or not ids:
        yield ids
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT k FROM unnest(%s::bigint[]) AS k WHERE pg_try_advisory_lock(%s + k)",
            [ids, PARSE_LOCK_BASE],
        )
        acquired = [int(row[0]) for row in cursor.fetchall()]
    try:
        yield [pk for pk in ids if pk in set(acquired)]
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_advisory_unlock(%s + k) FROM unnest(%s::bigint[]) AS k",
                    [PARSE_LOCK_BASE, acquired],
                )


@task()
def parse_articles_task(article_ids: list[int]) -> dict[str, object]:
    """Parse a batch of articles: one task per batch keeps the queue's overhead off each article.

    Per article, as if each had its own task: an article parsed since it was queued (or being
    parsed by another worker this moment) is skipped; one whose parse fails is marked failed with
    its error and the others are still stored. A task killed half way is requeued by recovery and
    parses what it had not stored yet.
    """
    from attribution.services import parse_batch

    with article_parse_locks(list(article_ids)) as free:
        outcome = parse_batch(free, skip_done=True)
    return {"parsed": outcome.parsed, "quotes": outcome.quotes, "failed": sorted(outcome.failed)}


@task()
def parse_article_task(article_id: int) -> int:
    """One article (tasks queued before batches existed, and callers that want one)."""
    from attribution.services import parse_batch

    with article_parse_locks([article_id]) as free:
        outcome = parse_batch(free, skip_done=True)
    if outcome.failed:
        raise RuntimeError(outcome.failed[int(article_id)])
    return outcome.quotes


def _uses_database_backend() -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(parse_articles_task.get_backend(), DatabaseBackend)


def batch_size() -> int:
    return max(1, int(getattr(settings, "QUOTEDESK_PARSE_BATCH", 25)))


def enqueue_parse(article_ids: Iterable[int]) -> None:
    """Queue the parse of these articles, in batches, once the surrounding transaction commits."""
    ids = list(article_ids)
    if not ids:
        return
    Article.objects.filter(pk__in=ids).update(parse_status=Article.ParseStatus.PENDING, parse_error="")

    transaction.on_commit(lambda: _enqueue_now(ids))


def _enqueue_now(ids: list[int]) -> None:
    size = batch_size()
    batches = [ids[i : i + size] for i in range(0, len(ids), size)]
    if _uses_database_backend():
        # One commit for the whole import: thousands of single-row commits are the slow part.
        with transaction.atomic():
            for batch in batches:
                parse_articles_task.enqueue(batch)
    else:
        for batch in batches:
            parse_articles_task.enqueue(batch)


# -- recovery of work lost with a killed worker -------------------------------------------------
#
# django-tasks-db (0.13) claims a task by marking it RUNNING and never looks at it again if the
# worker dies (upstream issue RealOrangeOne/django-tasks-db#5), so a SIGKILLed or OOM-killed worker
# would strand its article forever. Each `run_worker` keeps a heartbeat row (WorkerHeartbeat) that a
# thread of its own touches every QUOTEDESK_HEARTBEAT_SECONDS, even while a long task runs. A task
# whose worker's heartbeat is older than QUOTEDESK_WORKER_STALE_SECONDS is requeued; a task whose
# worker has no heartbeat row (a plain db_worker) once it has run for QUOTEDESK_TASK_STALE_SECONDS.
# Process ids are not consulted: a reused PID or a container sharing the host name would fool them.


def worker_id() -> str:
    """A new worker's id: where it runs (for people reading logs) and a random part that makes it unique."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{get_random_string(12)}"


def stale_after() -> timedelta:
    return timedelta(seconds=getattr(settings, "QUOTEDESK_TASK_STALE_SECONDS", 600))


def heartbeat_every() -> float:
    return float(getattr(settings, "QUOTEDESK_HEARTBEAT_SECONDS", 10))


def worker_stale_after() -> timedelta:
    return timedelta(seconds=float(getattr(settings, "QUOTEDESK_WORKER_STALE_SECONDS", 60)))


class Heartbeat:
    """Keeps a worker's WorkerHeartbeat row fresh from a daemon thread until `stop()`.

    The thread has its own database connection, so it beats while the worker's own thread is busy
    in a long parse. If a reaper removed the row (it took the worker for dead), the next beat puts
    it back. `stop()` deletes the row: a worker that exits cleanly leaves nothing to recover.
    """

    def __init__(self, worker: str, every: float | None = None):
        self.worker_id = worker
        self.every = heartbeat_every() if every is None else every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat {worker}", daemon=True)

    def beat(self) -> None:
        from attribution.models import WorkerHeartbeat

        now = timezone.now()
        if not WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(last_seen=now):
            WorkerHeartbeat.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={"last_seen": now},
                create_defaults={
                    "host": socket.gethostname()[:100],
                    "pid": os.getpid(),
                    "started_at": now,
                    "last_seen": now,
                },
            )

    def start(self) -> Heartbeat:
        self.beat()  # before the worker claims anything, so every claimed task has a heartbeat
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.every):
                try:
                    self.beat()
                except Exception:  # a locked SQLite or a network blip: try again next time
                    logger.warning("Heartbeat of %s failed; will retry", self.worker_id, exc_info=True)
                    connections["default"].close_if_unusable_or_obsolete()
        finally:
            connections.close_all()

    def stop(self) -> None:
        from attribution.models import WorkerHeartbeat

        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()


def dead_workers(worker_ids: Iterable[str]) -> set[str]:
    """The workers among `worker_ids` whose heartbeat has gone stale (one query)."""
    from attribution.models import WorkerHeartbeat

    ids = {w for w in worker_ids if w}
    if not ids:
        return set()
    cutoff = timezone.now() - worker_stale_after()
    stale = WorkerHeartbeat.objects.filter(worker_id__in=ids, last_seen__lt=cutoff)
    return set(stale.values_list("worker_id", flat=True))


def requeue_lost_tasks(older_than: timedelta | None = None) -> int:
    """Put RUNNING tasks whose worker died back in the queue. Returns how many were requeued."""
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from attribution.models import WorkerHeartbeat

    now = timezone.now()
    cutoff = now - (stale_after() if older_than is None else older_than)
    running = list(
        DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("worker_ids", "started_at")
    )
    dead = dead_workers(r.worker_ids[-1] for r in running if r.worker_ids)
    requeued = 0
    for result in running:
        last_worker = result.worker_ids[-1] if result.worker_ids else ""
        stale = result.started_at is None or result.started_at <= cutoff
        if not (stale or last_worker in dead):
            continue
        # Conditional on still RUNNING, so two reapers (or a worker finishing late) never collide.
        requeued += DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    # Rows of workers dead for a day have long had their tasks requeued.
    WorkerHeartbeat.objects.filter(last_seen__lt=now - timedelta(days=1)).delete()
    return requeued


def articles_with_live_tasks() -> set[int]:
    """Articles a READY or RUNNING parse task will (still) handle."""
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    ids: set[int] = set()
    rows = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
        task_path__in=[parse_articles_task.module_path, parse_article_task.module_path],
    ).values_list("args_kwargs", flat=True)
    for args_kwargs in rows.iterator(chunk_size=2000):
        args = (args_kwargs or {}).get("args") or []
        if args and isinstance(args[0], list):
            ids.update(int(pk) for pk in args[0])
        elif args:
            ids.add(int(args[0]))
    return ids


def requeue_orphaned_articles(include_pending: bool = False) -> list[int]:
    """Queue a parse for articles left RUNNING (or, if asked, PENDING) with no task to finish them.

    Covers what task requeueing cannot: a process killed between committing an import and
    queueing its tasks, or a `parse_articles` run killed mid-article.
    """
    if not _uses_database_backend():
        return []
    statuses = [Article.ParseStatus.RUNNING]
    if include_pending:
        statuses.append(Article.ParseStatus.PENDING)
    candidates = set(Article.objects.filter(parse_status__in=statuses).values_list("pk", flat=True))
    if not candidates:
        return []
    # Conditional on the status we saw, one by one: an article that finished meanwhile, or that a
    # worker sweeping at the same moment claimed first, is not queued twice.
    orphans = [
        pk
        for pk in sorted(candidates - articles_with_live_tasks())
        if Article.objects.filter(pk=pk, parse_status__in=statuses).update(
            parse_status=Article.ParseStatus.PENDING, parse_error=""
        )
    ]
    transaction.on_commit(lambda: _enqueue_now(orphans))
    return orphans
