"""A worker killed in the middle of a batch loses no article: another worker picks its work up."""

from __future__ import annotations

import signal
import time

# Heartbeats of the workers under test: every second, dead after three.
STALE = 3
BEATS = {"QUOTEDESK_HEARTBEAT_SECONDS": "1", "QUOTEDESK_WORKER_STALE_SECONDS": str(STALE)}


def _wait_for(harness, predicate, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status = harness.status()
        if predicate(status):
            return status
        assert time.monotonic() < deadline, f"timed out; last status {status}"
        time.sleep(0.2)


def test_killed_worker_loses_no_article(harness) -> None:
    harness.run("setup", "30")  # six tasks of five articles
    # The first worker hangs inside the parse of "Story 7" (second batch): killing it then strands
    # a RUNNING task whose articles are marked running. Which batches it finished before that is not
    # fixed: the queue is ordered by enqueue time, and batches queued in the same transaction can
    # share a timestamp on a machine with a coarse or stepped clock (a CI run once took batch 2 first).
    doomed = harness.start("worker", "--interval", "0.05", HARNESS_HANG_ON="Story 7", **BEATS)
    try:
        # The whole state the worker reaches when it hangs: its task claimed, its five articles
        # marked running. A look that sees only part of it (one step of the worker) is not it yet.
        stranded = _wait_for(
            harness,
            lambda s: "Story 7" in s["running_titles"]
            and s["tasks"].get("RUNNING") == 1
            and s["articles"].get("running") == 5,
        )
    finally:
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(timeout=30)
    assert stranded["tasks"].get("RUNNING") == 1
    assert sorted(stranded["running_titles"]) == [f"Story {i}" for i in range(5, 10)]
    done_before = stranded["articles"].get("done", 0)
    assert done_before % 5 == 0  # batches that ran before were stored whole
    assert stranded["articles"] == {
        **({"done": done_before} if done_before else {}),
        "running": 5,
        "pending": 25 - done_before,
    }

    # The dead worker's heartbeat goes stale (and, on PostgreSQL, its session and article locks go);
    # a fresh worker then recovers its task at start and drains the queue.
    _wait_for(harness, lambda s: harness.stale_workers(STALE) == 1 and harness.advisory_locks() == 0)
    harness.run("worker", "--batch", **BEATS)

    final = harness.status()
    assert final["articles"] == {"done": 30}
    assert final["tasks"] == {"SUCCESSFUL": 6}  # requeued, not duplicated
    assert final["quotes_per_article"] == [2]  # re-parsing replaced machine quotes, never doubled them


def test_two_workers_share_a_batch_and_parse_each_article_once(harness) -> None:
    harness.run("setup", "40")
    workers = [harness.start("worker", "--batch", HARNESS_PARSE_SECONDS="0.01", **BEATS) for _ in range(2)]
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read()[-2000:] if worker.stderr else ""
    final = harness.status()
    assert final["articles"] == {"done": 40}
    assert final["tasks"] == {"SUCCESSFUL": 8}
    assert final["quotes_per_article"] == [2]
    # Both workers met the same new speaker; the person registry still holds one of them.
    assert harness.sql("SELECT name, COUNT(*) FROM attribution_person GROUP BY name") == [("Jane Porter", 1)]
    # Workers that exit cleanly remove their heartbeat rows.
    assert harness.sql("SELECT COUNT(*) FROM attribution_workerheartbeat") == [(0,)]


def test_recover_tasks_queues_an_article_stranded_without_a_task(harness) -> None:
    """A process killed between committing an import and queueing its parses strands articles."""
    harness.run("setup", "3")
    harness.run("worker", "--batch")
    harness.strand("Story 1")
    assert harness.status()["articles"] == {"done": 2, "running": 1}
    harness.run("worker", "--batch")  # its startup sweep finds the orphan and parses it
    assert harness.status()["articles"] == {"done": 3}
