"""python manage.py recover_tasks — requeue parses lost with a killed worker (safe to run any time)."""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandParser

from attribution.tasks import requeue_lost_tasks, requeue_orphaned_articles, stale_after


class Command(BaseCommand):
    help = (
        "Requeue tasks left RUNNING by a dead worker (at once if it ran on this host, else after "
        "--stale-seconds) and queue a parse for articles stuck in 'running' with no task."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stale-seconds",
            type=int,
            default=None,
            help="treat RUNNING tasks older than this as lost (default: QUOTEDESK_TASK_STALE_SECONDS, 600)",
        )
        parser.add_argument(
            "--pending",
            action="store_true",
            help="also queue articles waiting to be parsed that have no task",
        )

    def handle(self, *args: object, **options: object) -> None:
        seconds = options["stale_seconds"]
        older_than = stale_after() if seconds is None else timedelta(seconds=int(seconds))  # type: ignore[call-overload]
        tasks = requeue_lost_tasks(older_than)
        articles = requeue_orphaned_articles(include_pending=bool(options["pending"]))
        self.stdout.write(f"Requeued {tasks} lost tasks; queued {len(articles)} orphaned articles.")
