"""Drives real worker processes for the crash-recovery tests (run as a script, not collected).

    python tests/scale/worker_harness.py setup N      migrate, create N articles, queue their parses
    python tests/scale/worker_harness.py worker ARGS  run_worker ARGS with a stand-in parser
    python tests/scale/worker_harness.py strand TITLE  mark an article running with no task left
    python tests/scale/worker_harness.py status       JSON: article parse statuses, task statuses, quotes

The database comes from DATABASE_URL. The stand-in parser finds two quotes per article and takes
HARNESS_PARSE_SECONDS; the article titled HARNESS_HANG_ON makes it hang, so a test can kill the
worker while it is provably in the middle of a task.
"""

from __future__ import annotations

import json
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
    from attribution.models import Article

    hang_on = os.environ.get("HARNESS_HANG_ON")
    if hang_on and body.startswith(hang_on):
        time.sleep(3600)
    time.sleep(float(os.environ.get("HARNESS_PARSE_SECONDS", "0")))
    assert Article  # the real parser is pure Python; this one only needs to be slow and deterministic
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
    from django.core.management import call_command

    from attribution.models import Article
    from attribution.tasks import enqueue_parse

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


def status() -> None:
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    from attribution.models import Article, Quote

    per_article = Quote.objects.values("article").annotate(n=Count("pk")).values_list("n", flat=True)
    print(
        json.dumps(
            {
                "articles": dict(Article.objects.values_list("parse_status").annotate(n=Count("pk"))),
                "tasks": dict(DBTaskResult.objects.values_list("status").annotate(n=Count("pk"))),
                "quotes_per_article": sorted(set(per_article)),
                "running_titles": list(
                    Article.objects.filter(parse_status="running").values_list("title", flat=True)
                ),
            }
        )
    )


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup(int(args[0]))
    elif command == "worker":
        from django.core.management import call_command

        _install_stand_in_parser()
        call_command("run_worker", *args)
    elif command == "strand":  # as if parsing had started and its process died with no task left
        from attribution.models import Article

        Article.objects.filter(title=args[0]).update(parse_status="running")
    elif command == "status":
        status()
    else:
        raise SystemExit(f"unknown command {command}")
