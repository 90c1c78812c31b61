"""Background work with django.tasks (the db_worker backend in production, immediate in tests).

Delivery is at least once: a task whose worker died is run again (see `requeue_lost_tasks`), so
`parse_article_task` must be idempotent. It is: `store_quotes` replaces the article's pending
machine quotes and never touches reviewed ones, and a task for an article that is already parsed
since it was queued does nothing.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.tasks import task
from django.utils import timezone
from django.utils.crypto import get_random_string

from attribution.models import Article

# Namespace for per-article advisory locks (PostgreSQL), clear of any other lock key the app might use.
PARSE_LOCK_BASE = 0x51D << 48


@contextmanager
def article_parse_lock(article_id: int) -> Iterator[bool]:
    """True if no other worker is parsing this article right now (and holds it till the end).

    Two tasks for one article (a double-clicked Retry, a requeued task whose worker was only slow)
    must not store quotes at the same time: on PostgreSQL both would insert. A session advisory
    lock, released by the server if the worker dies, keeps them apart. SQLite runs one writer at
    a time anyway, and store_quotes writes in one transaction, so it needs no lock.
    """
    if connection.vendor != "postgresql":
        yield True
        return
    key = PARSE_LOCK_BASE + int(article_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = bool(cursor.fetchone()[0])
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


@task()
def parse_article_task(article_id: int) -> int:
    with article_parse_lock(article_id) as free:
        article = Article.objects.filter(pk=article_id).first()
        # `enqueue_parse` marks the article pending before queueing, so DONE here means another run
        # (a duplicate request, or the first attempt of a requeued task) already parsed it; a held
        # lock means another worker is parsing it this moment and will store the same result.
        if not free or article is None or article.parse_status == Article.ParseStatus.DONE:
            return 0
        from attribution.services import parse_article

        return parse_article(article)


def _uses_database_backend() -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(parse_article_task.get_backend(), DatabaseBackend)


def enqueue_parse(article_ids: Iterable[int]) -> None:
    """Queue a parse for each article once the surrounding transaction commits."""
    ids = list(article_ids)
    if not ids:
        return
    Article.objects.filter(pk__in=ids).update(parse_status=Article.ParseStatus.PENDING, parse_error="")

    transaction.on_commit(lambda: _enqueue_now(ids))


def _enqueue_now(ids: list[int]) -> None:
    if _uses_database_backend():
        # One commit for the whole batch: thousands of single-row commits are the slow part.
        with transaction.atomic():
            for pk in ids:
                parse_article_task.enqueue(pk)
    else:
        for pk in ids:
            parse_article_task.enqueue(pk)


# -- recovery of work lost with a killed worker -------------------------------------------------
#
# django-tasks-db (0.13) claims a task by marking it RUNNING and never looks at it again if the
# worker dies (upstream issue RealOrangeOne/django-tasks-db#5), so a SIGKILLed or OOM-killed worker
# would strand its article forever. `run_worker` names each worker "host:pid:random"; a task whose
# worker ran on this host and whose process is gone is requeued at once, any other RUNNING task
# once it has run for longer than QUOTEDESK_TASK_STALE_SECONDS (a parse takes milliseconds).


def worker_id() -> str:
    """A worker id that says where the worker runs, so a reaper on that host can see it died."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{get_random_string(8)}"


def _local_worker_is_dead(worker: str) -> bool:
    host, _, rest = worker.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname()[:40] or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    # A zombie (killed, not yet reaped by its parent) still answers kill(0).
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def stale_after() -> timedelta:
    return timedelta(seconds=getattr(settings, "QUOTEDESK_TASK_STALE_SECONDS", 600))


def requeue_lost_tasks(older_than: timedelta | None = None) -> int:
    """Put RUNNING tasks whose worker died back in the queue. Returns how many were requeued."""
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    cutoff = timezone.now() - (stale_after() if older_than is None else older_than)
    requeued = 0
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("worker_ids", "started_at")
    for result in running:
        last_worker = result.worker_ids[-1] if result.worker_ids else ""
        stale = result.started_at is None or result.started_at <= cutoff
        if not (stale or _local_worker_is_dead(last_worker)):
            continue
        # Conditional on still RUNNING, so two reapers (or a worker finishing late) never collide.
        requeued += DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    return requeued


def articles_with_live_tasks() -> set[int]:
    """Articles a READY or RUNNING parse task will (still) handle."""
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    ids: set[int] = set()
    rows = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
        task_path=parse_article_task.module_path,
    ).values_list("args_kwargs", flat=True)
    for args_kwargs in rows.iterator(chunk_size=2000):
        args = (args_kwargs or {}).get("args") or []
        if args:
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
