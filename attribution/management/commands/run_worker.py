"""python manage.py run_worker — django-tasks-db's db_worker plus recovery of lost tasks.

db_worker alone never re-runs a task whose worker was killed (it stays RUNNING). This command runs
the same worker loop, but keeps a heartbeat row for the worker (touched every
QUOTEDESK_HEARTBEAT_SECONDS by a thread of its own) and, at start and then every --recover-every
seconds, requeues the tasks of workers whose heartbeat went stale (see attribution.tasks). Run one per CPU
core, on as many hosts as you like: they share the queue through the database.
"""

from __future__ import annotations

import logging
import time

from django.core.management.base import BaseCommand, CommandParser
from django.db import connections
from django.utils.autoreload import run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from attribution.tasks import Heartbeat, requeue_lost_tasks, requeue_orphaned_articles, worker_id

logger = logging.getLogger("django_tasks_db")


class _QuietRestarts(logging.Filter):
    """The loop re-enters Worker.run after each drain; don't log a start/stop line every time."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = str(record.msg)
        return not (msg.startswith("Starting worker") or msg.startswith("No more tasks"))


class Command(BaseCommand):
    help = "Run a background worker (db_worker) that also recovers tasks lost by killed workers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queue-name", default="default", help="queues, comma-separated ('*' for all)")
        parser.add_argument("--interval", type=float, default=1.0, help="idle seconds between queue polls")
        parser.add_argument("--batch", action="store_true", help="recover, drain the queue, then exit")
        parser.add_argument(
            "--recover-every", type=float, default=60.0, help="seconds between recovery sweeps (default 60)"
        )
        parser.add_argument("--reload", action="store_true", help="restart on code changes (development)")

    def handle(self, *args: object, **options: object) -> None:
        DbWorkerCommand(stdout=self.stdout, stderr=self.stderr).configure_logging(int(options["verbosity"]))  # type: ignore[call-overload]
        if options["reload"]:
            run_with_reloader(lambda: self._run(options))
        else:
            self._run(options)

    def _run(self, options: dict) -> None:
        # The worker loop calls close_old_connections() around every task. With CONN_MAX_AGE=0 (the
        # SQLite default here) that closes and reopens the database per task, and closing the last
        # SQLite connection checkpoints the WAL: ~15 ms each. A worker is one long-lived client.
        for conn in connections.all(initialized_only=False):
            conn.settings_dict["CONN_MAX_AGE"] = None
        worker = Worker(
            queue_names=str(options["queue_name"]).split(","),
            interval=float(options["interval"]),
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id(),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        logger.info("Starting worker worker_id=%s (with recovery)", worker.worker_id)
        logger.addFilter(_QuietRestarts())
        heartbeat = Heartbeat(worker.worker_id).start()
        try:
            self._loop(worker, options)
        finally:
            heartbeat.stop()

    def _loop(self, worker: Worker, options: dict) -> None:
        recover_every = float(options["recover_every"])
        last_recovery = float("-inf")
        while worker.running:
            if time.monotonic() - last_recovery >= recover_every:
                last_recovery = time.monotonic()
                self._recover()
            worker.run()  # drains what is ready, then returns
            if options["batch"] or not worker.running:
                return
            time.sleep(worker.interval)

    def _recover(self) -> None:
        try:
            lost = requeue_lost_tasks()
            orphans = requeue_orphaned_articles()
        except Exception:  # a recovery hiccup (locked SQLite, network blip) must not stop the worker
            logger.exception("Recovery sweep failed; will retry")
            return
        if lost or orphans:
            logger.warning("Recovered %d lost tasks and %d orphaned articles", lost, len(orphans))
