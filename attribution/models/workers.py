"""The background workers' liveness."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class WorkerHeartbeat(models.Model):
    """One row per running background worker (`run_worker`), touched every few seconds.

    A worker is dead when its row has not been touched for QUOTEDESK_WORKER_STALE_SECONDS; its
    RUNNING task is then put back in the queue. This replaces asking the operating system whether
    the worker's process id still runs, which PID reuse and containers sharing a host name fool.
    """

    worker_id = models.CharField(max_length=100, unique=True)
    host = models.CharField(max_length=100, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self) -> str:
        return f"{self.worker_id} (last seen {self.last_seen:%Y-%m-%d %H:%M:%S})"
