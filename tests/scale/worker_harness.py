"""Drives real worker processes for the crash-recovery tests (run as a script, not collected).

    python tests/scale/worker_harness.py setup N      migrate, create N articles, queue their parses
    python tests/scale/worker_harness.py worker ARGS  run_worker ARGS with a stand-in parser

The tests read and poke the database directly (conftest.Harness.sql): no Django start-up per look.

The database comes from DATABASE_URL. The stand-in parser finds two quotes per article and takes
HARNESS_PARSE_SECONDS; the article titled HARNESS_HANG_ON makes it hang, so a test can kill the
worker while it is provably in the middle of a task. `setup` queues one task per HARNESS_BATCH
articles (default 5).
"""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "attribution.settings")
os.environ["QUOTEDESK_TASKS"] = "database"

import django  # noqa: E402

django.setup()


def _stand_in_extract(body: str, language: str | None = None) -> list[types.SimpleNamespace]:
    hang_on = os.environ.get("HARNESS_HANG_ON")
    if hang_on and body.startswith(hang_on):
        time.sleep(3600)
    time.sleep(float(os.environ.get("HARNESS_PARSE_SECONDS", "0")))
    return [
        types.SimpleNamespace(
            start=start,
            end=end,
            kind="direct",
            cue=None,
            cue_verb="",
            speaker_mention=None,
            speaker="Jane Porter",
            confidence=0.9,
            rule="stand-in",
        )
        for start, end in ((0, 5), (6, 12))
    ]


def _install_stand_in_parser() -> None:
    import attribution.parsing as parsing

    # Until the real parser lands, attribution.services cannot import it; give it names to import.
    for name, value in (
        ("extract", _stand_in_extract),
        ("ExtractedQuote", types.SimpleNamespace),
        ("detect_language", lambda text: "en"),
    ):
        if not hasattr(parsing, name):
            setattr(parsing, name, value)
    import attribution.services as services

    services.extract = _stand_in_extract


def setup(n: int) -> None:
    from django.conf import settings
    from django.core.management import call_command

    from attribution.models import Article
    from attribution.tasks import enqueue_parse

    settings.QUOTEDESK_PARSE_BATCH = int(os.environ.get("HARNESS_BATCH", "5"))
    call_command("migrate", verbosity=0)
    ids = [
        Article.objects.create(
            title=f"Story {i}",
            language="en",
            body=f"Story {i}\n\nA body long enough for two quotes, number {i}.",
        ).pk
        for i in range(n)
    ]
    enqueue_parse(ids)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup(int(args[0]))
    elif command == "worker":
        from django.core.management import call_command

        _install_stand_in_parser()
        call_command("run_worker", *args)
    else:
        raise SystemExit(f"unknown command {command}")
