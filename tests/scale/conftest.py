"""Fixtures for the scale tests: the database task backend, and real worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).with_name("worker_harness.py")


def _reset_task_backends() -> None:
    from asgiref.local import Local
    from django.tasks import task_backends

    task_backends.__dict__.pop("settings", None)
    task_backends._settings = None
    task_backends._connections = Local(task_backends.thread_critical)


@pytest.fixture
def database_tasks() -> Iterator[None]:
    """Queue tasks in the database (as in production) instead of running them inline."""
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        _reset_task_backends()
        yield
    _reset_task_backends()


class Harness:
    """Runs tests/scale/worker_harness.py against one scratch database."""

    def __init__(self, database_url: str):
        self.env = {**os.environ, "DATABASE_URL": database_url, "QUOTEDESK_TASKS": "database"}
        self.env.pop("DJANGO_SETTINGS_MODULE", None)

    def run(self, *args: str, **env: str) -> str:
        done = subprocess.run(
            [sys.executable, str(HARNESS), *args],
            cwd=ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def start(self, *args: str, **env: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, str(HARNESS), *args],
            cwd=ROOT,
            env={**self.env, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def sql(self, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement on the scratch database from here: cheaper than a Django subprocess."""
        url = self.env["DATABASE_URL"]
        if url.startswith("sqlite:///"):
            import sqlite3

            with closing(sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30)) as conn, conn:
                return conn.execute(query, params).fetchall()
        import psycopg

        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
            cursor = conn.execute(query.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

    @property
    def postgres(self) -> bool:
        return not self.env["DATABASE_URL"].startswith("sqlite:///")

    # One statement, so one snapshot: four separate queries (on four connections) could see a
    # worker between two of its steps, e.g. its articles marked running but its task not yet.
    # Tasks are the parse tasks: each parse batch also queues a claims task (scores, statements).
    STATUS_SQL = """
        SELECT 'article', parse_status, COUNT(*) FROM attribution_article GROUP BY parse_status
        UNION ALL
        SELECT 'task', status, COUNT(*) FROM django_tasks_database_dbtaskresult
        WHERE task_path = 'attribution.tasks.parse_articles_task' GROUP BY status
        UNION ALL
        SELECT DISTINCT 'quotes', '', n
        FROM (SELECT COUNT(*) AS n FROM attribution_quote GROUP BY article_id) per_article
        UNION ALL
        SELECT 'running', title, 0 FROM attribution_article WHERE parse_status = 'running'
    """

    def status(self) -> dict[str, Any]:
        """Articles and tasks per status, distinct quote counts per article, titles being parsed."""
        status: dict[str, Any] = {"articles": {}, "tasks": {}, "quotes_per_article": [], "running_titles": []}
        for kind, key, n in self.sql(self.STATUS_SQL):
            if kind == "article":
                status["articles"][key] = n
            elif kind == "task":
                status["tasks"][key] = n
            elif kind == "quotes":
                status["quotes_per_article"].append(n)
            else:
                status["running_titles"].append(key)
        status["quotes_per_article"].sort()
        return status

    def stale_workers(self, seconds: float) -> int:
        """Workers whose heartbeat is older than `seconds`, by the database's clock."""
        age = (
            "EXTRACT(EPOCH FROM (now() - last_seen))"
            if self.postgres
            else "(julianday('now') - julianday(last_seen)) * 86400"
        )
        return self.sql(f"SELECT COUNT(*) FROM attribution_workerheartbeat WHERE {age} > ?", (seconds,))[0][0]

    def advisory_locks(self) -> int:
        """Article locks held by any session (PostgreSQL: a killed worker's, until its backend exits)."""
        if not self.postgres:
            return 0
        query = (
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return self.sql(query)[0][0]

    def strand(self, title: str) -> None:
        """As if parsing had started and its process died, leaving no task behind."""
        self.sql("UPDATE attribution_article SET parse_status = 'running' WHERE title = ?", (title,))


def _postgres_scratch_url(base_url: str) -> Iterator[str]:
    import psycopg

    name = f"quotedesk_crash_{uuid.uuid4().hex[:8]}"
    admin_url = base_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    """A scratch database of the kind the suite runs on: a SQLite file, or a fresh PostgreSQL database."""
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith(("postgres://", "postgresql://")):
        yield from (Harness(url) for url in _postgres_scratch_url(base))
    else:
        yield Harness(f"sqlite:///{tmp_path / 'workers.sqlite3'}")
