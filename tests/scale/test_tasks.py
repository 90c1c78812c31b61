"""Queueing parses and recovering the work of dead workers (unit level; see test_worker_crash)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from django.db import connection
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from attribution.models import Article
from attribution.tasks import (
    enqueue_parse,
    parse_article_task,
    requeue_lost_tasks,
    requeue_orphaned_articles,
    worker_id,
)

pytestmark = pytest.mark.django_db


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _running(article: Article, worker: str, started_ago: timedelta = timedelta(0)) -> DBTaskResult:
    result = parse_article_task.enqueue(article.pk)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=[worker], started_at=timezone.now() - started_ago
    )
    return DBTaskResult.objects.get(pk=result.id)


def test_enqueue_waits_for_commit_and_marks_articles_pending(
    database_tasks, make_article, django_capture_on_commit_callbacks
) -> None:
    articles = [make_article(body=f"Story {i}\n\nBody {i}.") for i in range(3)]
    Article.objects.update(parse_status="failed", parse_error="old")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enqueue_parse(a.pk for a in articles)
        assert DBTaskResult.objects.count() == 0
    for callback in callbacks:
        callback()
    assert DBTaskResult.objects.ready().count() == 3
    assert set(Article.objects.values_list("parse_status", "parse_error")) == {("pending", "")}


def test_task_for_an_already_parsed_article_does_nothing(make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="done")
    assert parse_article_task.call(article.pk) == 0
    assert parse_article_task.call(10**9) == 0  # deleted meanwhile


def test_task_of_a_dead_worker_on_this_host_is_requeued_at_once(database_tasks, make_article) -> None:
    host = worker_id().split(":")[0]
    result = _running(make_article(), f"{host}:{_dead_pid()}:abc")
    assert requeue_lost_tasks() == 1
    result.refresh_from_db()
    assert (result.status, result.started_at) == (TaskResultStatus.READY, None)


def test_task_of_a_live_worker_is_left_alone(database_tasks, make_article) -> None:
    result = _running(make_article(), worker_id().replace(worker_id().split(":")[1], "1", 1))  # pid 1 lives
    assert requeue_lost_tasks() == 0
    result.refresh_from_db()
    assert result.status == TaskResultStatus.RUNNING


def test_task_of_a_worker_on_another_host_waits_for_the_stale_limit(
    database_tasks, make_article, settings
) -> None:
    settings.QUOTEDESK_TASK_STALE_SECONDS = 600
    fresh = _running(make_article(body="A\n\nOne."), "elsewhere:123:abc", timedelta(minutes=1))
    stale = _running(make_article(body="B\n\nTwo."), "elsewhere:124:abc", timedelta(minutes=11))
    assert requeue_lost_tasks() == 1
    assert DBTaskResult.objects.get(pk=fresh.pk).status == TaskResultStatus.RUNNING
    assert DBTaskResult.objects.get(pk=stale.pk).status == TaskResultStatus.READY


def test_orphaned_running_article_is_queued_again(
    database_tasks, make_article, django_capture_on_commit_callbacks
) -> None:
    orphan, busy, waiting = (make_article(body=f"{t}\n\nBody.") for t in ("Orphan", "Busy", "Waiting"))
    Article.objects.filter(pk__in=[orphan.pk, busy.pk]).update(parse_status="running")
    Article.objects.filter(pk=waiting.pk).update(parse_status="pending")
    _running(busy, "elsewhere:1:abc")
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_orphaned_articles() == [orphan.pk]
    assert DBTaskResult.objects.ready().count() == 1
    assert Article.objects.get(pk=orphan.pk).parse_status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_orphaned_articles(include_pending=True) == [waiting.pk]


def test_recover_tasks_command_reports_what_it_did(database_tasks, make_article, capsys) -> None:
    from django.core.management import call_command

    _running(make_article(), "elsewhere:1:abc", timedelta(hours=1))
    call_command("recover_tasks")
    assert "Requeued 1 lost tasks" in capsys.readouterr().out


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the advisory lock exists on PostgreSQL only")
def test_a_task_skips_an_article_another_worker_is_parsing(make_article) -> None:
    import psycopg

    from attribution.tasks import PARSE_LOCK_BASE

    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="running")
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as other_worker:
        other_worker.execute("SELECT pg_advisory_lock(%s)", [PARSE_LOCK_BASE + article.pk])
        assert parse_article_task.call(article.pk) == 0
    assert Article.objects.get(pk=article.pk).parse_status == "running"  # left to the other worker
