"""Fixtures for the scale tests: the database task backend, and real worker processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
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

    def status(self) -> dict[str, Any]:
        return json.loads(self.run("status").strip().splitlines()[-1])


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


@pytest.fixture(params=["sqlite", "postgresql"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    """A scratch database of each kind available (PostgreSQL when the suite runs on it)."""
    if request.param == "sqlite":
        yield Harness(f"sqlite:///{tmp_path / 'workers.sqlite3'}")
        return
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        pytest.skip("the suite is running on SQLite; the PostgreSQL run covers this")
    yield from (Harness(url) for url in _postgres_scratch_url(base))
