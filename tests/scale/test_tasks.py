"""Queueing parses and recovering the work of dead workers (unit level; see test_worker_crash)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from attribution.models import Article, Person, Quote, QuoteEvent, WorkerHeartbeat
from attribution.parsing import extract
from attribution.tasks import (
    Heartbeat,
    articles_with_live_tasks,
    enqueue_parse,
    parse_article_task,
    parse_articles_task,
    requeue_lost_tasks,
    requeue_orphaned_articles,
    worker_id,
)
from tests.conftest import SAMPLE_BODY

# How many quotes the parser finds in SAMPLE_BODY: these tests are about storing them, not finding them.
SAMPLE_QUOTES = len(extract(SAMPLE_BODY, "en"))

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
    database_tasks, make_article, django_capture_on_commit_callbacks, settings
) -> None:
    settings.QUOTEDESK_PARSE_BATCH = 2
    articles = [make_article(body=f"Story {i}\n\nBody {i}.") for i in range(3)]
    Article.objects.update(parse_status="failed", parse_error="old")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enqueue_parse(a.pk for a in articles)
        assert DBTaskResult.objects.count() == 0
    for callback in callbacks:
        callback()
    # One task per batch of QUOTEDESK_PARSE_BATCH articles.
    tasks = DBTaskResult.objects.ready().order_by("enqueued_at")
    assert [t.args_kwargs["args"][0] for t in tasks] == [[articles[0].pk, articles[1].pk], [articles[2].pk]]
    assert set(Article.objects.values_list("parse_status", "parse_error")) == {("pending", "")}


def test_task_for_an_already_parsed_article_does_nothing(make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="done")
    assert parse_article_task.call(article.pk) == 0
    assert parse_article_task.call(10**9) == 0  # deleted meanwhile
    assert parse_articles_task.call([article.pk, 10**9]) == {"parsed": 0, "quotes": 0, "failed": []}
    assert not Quote.objects.exists()


def test_batch_task_stores_every_article_and_marks_the_failing_one(make_article, monkeypatch) -> None:
    import attribution.services as services

    good = [make_article(), make_article(SAMPLE_BODY.replace("Leeds", "York"))]
    bad = make_article(SAMPLE_BODY.replace("Leeds", "Hull"))
    real_extract = services.extract

    def flaky_extract(body, lang=None):
        if "Hull" in body:
            raise ValueError("the parser choked on Hull")
        return real_extract(body, lang)

    monkeypatch.setattr(services, "extract", flaky_extract)
    result = parse_articles_task.call([good[0].pk, bad.pk, good[1].pk])
    assert result["failed"] == [bad.pk] and result["parsed"] == 2
    statuses = dict(Article.objects.values_list("pk", "parse_status"))
    assert statuses == {good[0].pk: "done", good[1].pk: "done", bad.pk: "failed"}
    assert Article.objects.get(pk=bad.pk).parse_error == "ValueError: the parser choked on Hull"
    assert all(Quote.objects.filter(article=a).count() == SAMPLE_QUOTES for a in good)
    assert not Quote.objects.filter(article=bad).exists()
    assert QuoteEvent.objects.filter(action="parse").count() == 2 * SAMPLE_QUOTES
    # One speaker across the batch is one person, with the alias seen in the text.
    porter = Person.objects.get()
    assert porter.name == "Jane Porter" and "Porter" in porter.alias_names()


def test_an_article_whose_quotes_cannot_be_stored_does_not_sink_the_batch(make_article, monkeypatch) -> None:
    """If the shared write fails, the batch is written article by article; the culprit is marked failed."""
    import dataclasses
    import types

    import attribution.services as services

    good, bad = make_article(), make_article(SAMPLE_BODY.replace("Leeds", "Hull"))
    real_extract = services.extract

    def unstorable(q):
        # the parser's record with a rule the database refuses (NOT NULL); a plain namespace, as the
        # compiled ExtractedQuote checks its field types and would refuse None itself
        fields = {f.name: getattr(q, f.name) for f in dataclasses.fields(q)}
        return types.SimpleNamespace(**{**fields, "rule": None})

    def unstorable_extract(body, lang=None):
        found = real_extract(body, lang)
        return [unstorable(q) for q in found] if "Hull" in body else found

    monkeypatch.setattr(services, "extract", unstorable_extract)
    result = parse_articles_task.call([good.pk, bad.pk])
    assert result == {"parsed": 1, "quotes": SAMPLE_QUOTES, "failed": [bad.pk]}
    assert Article.objects.get(pk=good.pk).parse_status == "done"
    bad.refresh_from_db()
    assert bad.parse_status == "failed" and bad.parse_error.startswith("TypeError")
    assert (
        Quote.objects.filter(article=good).count() == SAMPLE_QUOTES
        and not Quote.objects.filter(article=bad).exists()
    )


def test_rerunning_a_batch_never_changes_reviewed_quotes_or_doubles_machine_ones(
    make_article, reviewer
) -> None:
    articles = [make_article(SAMPLE_BODY.replace("Leeds", city)) for city in ("York", "Bath")]
    ids = [a.pk for a in articles]
    parse_articles_task.call(ids)
    first = Quote.objects.filter(article=articles[0]).order_by("start").first()
    first.confirm(by=reviewer)
    before = {q.pk: (q.status, q.version) for q in Quote.objects.filter(status="confirmed")}
    assert parse_articles_task.call(ids)["parsed"] == 0  # already parsed: a duplicate task does nothing
    Article.objects.update(parse_status="pending")  # as a Retry would
    assert parse_articles_task.call(ids)["parsed"] == 2
    assert {q.pk: (q.status, q.version) for q in Quote.objects.filter(status="confirmed")} == before
    assert [Quote.objects.filter(article=a).count() for a in articles] == [SAMPLE_QUOTES, SAMPLE_QUOTES]


def test_a_batch_costs_the_same_queries_for_2_or_20_articles(make_article) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(n: int) -> int:
        ids = [make_article(SAMPLE_BODY.replace("Leeds", f"City {n} {i}")).pk for i in range(n)]
        with CaptureQueriesContext(connection) as captured:
            result = parse_articles_task.call(ids)
        assert result["parsed"] == n
        return len(captured)

    queries_for(1)  # the speaker exists from here on
    small, large = queries_for(2), queries_for(20)
    assert large == small
    assert small <= 16


def _heartbeat(worker: str, seen_ago: timedelta) -> None:
    WorkerHeartbeat.objects.create(worker_id=worker, last_seen=timezone.now() - seen_ago)


def test_task_of_a_worker_whose_heartbeat_stopped_is_requeued_before_the_stale_limit(
    database_tasks, make_article, settings
) -> None:
    settings.QUOTEDESK_WORKER_STALE_SECONDS = 60
    worker = "elsewhere:4242:dead"
    _heartbeat(worker, timedelta(seconds=61))
    result = _running(make_article(), worker, timedelta(seconds=62))
    assert requeue_lost_tasks() == 1
    result.refresh_from_db()
    assert (result.status, result.started_at) == (TaskResultStatus.READY, None)


def test_task_of_a_worker_with_a_fresh_heartbeat_is_left_alone(
    database_tasks, make_article, settings
) -> None:
    """A worker id naming this host and a process id that is gone does not make a worker dead:
    the PID may have been reused, or the worker runs in another container with the same host name."""
    settings.QUOTEDESK_WORKER_STALE_SECONDS = 60
    host = worker_id().split(":")[0]
    worker = f"{host}:{_dead_pid()}:alive"
    _heartbeat(worker, timedelta(seconds=5))
    result = _running(make_article(), worker, timedelta(minutes=5))
    assert requeue_lost_tasks() == 0
    result.refresh_from_db()
    assert result.status == TaskResultStatus.RUNNING


def test_a_live_process_id_does_not_keep_a_silent_worker_alive(
    database_tasks, make_article, settings
) -> None:
    settings.QUOTEDESK_WORKER_STALE_SECONDS = 60
    host = worker_id().split(":")[0]
    worker = f"{host}:1:reused"  # pid 1 always runs, but this worker stopped beating
    _heartbeat(worker, timedelta(minutes=2))
    result = _running(make_article(), worker)
    assert requeue_lost_tasks() == 1
    assert DBTaskResult.objects.get(pk=result.pk).status == TaskResultStatus.READY


def test_worker_ids_are_unique_per_start() -> None:
    assert len({worker_id() for _ in range(50)}) == 50


@pytest.mark.django_db(transaction=True)
def test_heartbeat_thread_keeps_the_row_fresh_and_removes_it_on_stop() -> None:
    heartbeat = Heartbeat("test-host:1:beating", every=0.05).start()
    try:
        first = WorkerHeartbeat.objects.get(worker_id="test-host:1:beating").last_seen
        deadline = time.monotonic() + 10
        while WorkerHeartbeat.objects.get(worker_id="test-host:1:beating").last_seen == first:
            assert time.monotonic() < deadline, "the heartbeat thread never touched its row"
            time.sleep(0.05)
        # A reaper that took the worker for dead removed its row: the next beat puts it back.
        WorkerHeartbeat.objects.filter(worker_id="test-host:1:beating").delete()
        while not WorkerHeartbeat.objects.filter(worker_id="test-host:1:beating").exists():
            assert time.monotonic() < deadline, "the heartbeat did not come back"
            time.sleep(0.05)
    finally:
        heartbeat.stop()
    assert not WorkerHeartbeat.objects.exists()


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


def test_articles_of_queued_batches_count_as_having_a_task(database_tasks, make_article) -> None:
    a, b, c = (make_article(body=f"{t}\n\nBody.") for t in ("A", "B", "C"))
    parse_articles_task.enqueue([a.pk, b.pk])
    parse_article_task.enqueue(c.pk)  # the one-article task of earlier releases
    assert articles_with_live_tasks() == {a.pk, b.pk, c.pk}


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


def test_parse_events_record_what_quote_snapshot_says(make_article) -> None:
    """Parsing writes its rows without model instances; the audit record must still match."""
    article = make_article()
    parse_articles_task.call([article.pk])
    quotes = Quote.objects.filter(article=article).select_related("speaker")
    assert quotes.count() == SAMPLE_QUOTES
    for quote in quotes:
        event = QuoteEvent.objects.get(quote=quote)
        assert (event.action, event.actor, event.before, event.undone) == ("parse", None, None, False)
        assert event.after == quote.snapshot()
        assert quote.created_at == quote.updated_at == event.created_at
    article.refresh_from_db()
    assert article.parsed_at is not None and article.parsed_at >= quotes[0].created_at


def test_a_plan_made_before_the_write_is_redone_if_a_reviewer_got_there_first(make_article, reviewer) -> None:
    """Batches work out their rows before taking the write lock; a review in between is respected."""
    import attribution.services as services

    article = make_article()
    parse_articles_task.call([article.pk])
    Article.objects.filter(pk=article.pk).update(parse_status="pending")
    article.refresh_from_db()
    result = services.ParseResult(article, list(services.extract(article.body, "en")))
    plan = services._plan([result])  # made while every quote is still pending
    confirmed = Quote.objects.filter(article=article).order_by("start").first()
    confirmed.confirm(by=reviewer)
    from django.db import transaction

    with transaction.atomic():
        outcome = services._write([result], {}, skip_done=True, plan=plan)
    # the confirmed quote's span is not parsed again
    assert outcome.parsed == 1 and outcome.quotes == SAMPLE_QUOTES - 1
    assert Quote.objects.filter(article=article, status="confirmed").get().pk == confirmed.pk
    assert Quote.objects.filter(article=article).count() == SAMPLE_QUOTES
