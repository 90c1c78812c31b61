"""python manage.py bench_export — time and peak memory of each export format over 100,000 quotes.

Builds a throwaway SQLite database in a temporary folder (bulk_create, a few seconds), then runs each
format through the real export view in its own subprocess, so that each figure is that format's own
peak RSS rather than the high-water mark of everything before it. Your database is not touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

FORMATS = ["csv", "csv-excel", "jsonl", "xlsx"]
QUOTES_PER_ARTICLE = 20
# The targets for a 100,000-quote CSV export.
CSV_TARGET_SECONDS = 10.0
CSV_TARGET_RSS_MB = 150.0

SOURCES = ["Example Post", "Daily Planet", "The Ledger", "Wire Service", "Morning Star", "Evening Herald"]
FIRST = ["Jane", "Amit", "Claire", "Oleg", "Maria", "Kwame", "Li", "Sofia", "Ahmed", "Priya", "Tom", "Ines"]
LAST = ["Porter", "Sharma", "Dubois", "Ivanov", "Garcia", "Mensah", "Wei", "Rossi", "Khan", "Patel", "Byte"]
TITLES = ["Transport Minister", "Mayor", "union leader", "chief executive", "spokesperson", "professor"]


def _rss_mb() -> float:
    """Current resident set size (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


class Command(BaseCommand):
    help = "Benchmark quote sheet exports (time, peak RSS) on a throwaway database of N quotes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rows", type=int, default=100_000, help="quotes to create (default 100000)")
        parser.add_argument("--formats", default=",".join(FORMATS), help=f"comma-separated, from {FORMATS}")
        parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, files)")
        parser.add_argument("--reuse", help="a folder kept by an earlier --keep run: skip creating the data")
        parser.add_argument(
            "--sqlite-cache-mb",
            type=int,
            help="cap SQLite's page cache in the export processes (default: the project's setting, 64 MB), "
            "to see the export's own memory apart from the database cache",
        )
        # Internal: the subprocesses run these phases against the throwaway database.
        parser.add_argument("--phase", choices=["populate", "export"], help="(internal)")
        parser.add_argument("--format", choices=FORMATS, help="(internal)")
        parser.add_argument("--output", help="(internal)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["phase"] == "populate":
            self._populate(options["rows"])
        elif options["phase"] == "export":
            self._export(options["format"], options["output"], options["sqlite_cache_mb"])
        else:
            self._run(options)

    # -- parent: orchestrate subprocesses ---------------------------------------------------------------
    def _run(self, options: dict[str, Any]) -> None:
        formats = [f.strip() for f in options["formats"].split(",") if f.strip()]
        if unknown := set(formats) - set(FORMATS):
            raise CommandError(f"Unknown formats: {', '.join(sorted(unknown))}")
        rows = options["rows"]
        reuse = options["reuse"]
        folder = Path(reuse) if reuse else Path(tempfile.mkdtemp(prefix="quotedesk-bench-export-"))
        if reuse and not (folder / "bench.sqlite3").is_file():
            raise CommandError(f"{folder} has no bench.sqlite3 (keep one with --keep)")
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            # Production-like: DEBUG off (no query log kept in memory).
            "DEBUG": "0",
            "SECRET_KEY": "bench-export-throwaway-key-" + "x" * 40,
            "QUOTEDESK_TASKS": "immediate",
        }
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "bench_export"]
        try:
            if reuse:
                self.stdout.write(f"Reusing the database in {folder}")
            else:
                self.stdout.write(f"Creating {rows:,} quotes in a throwaway SQLite database ({folder}) …")
                started = time.perf_counter()
                subprocess.run([*manage, "--phase", "populate", "--rows", str(rows)], env=env, check=True)
                self.stdout.write(f"  done in {time.perf_counter() - started:.1f} s\n")
            cache = (
                ["--sqlite-cache-mb", str(options["sqlite_cache_mb"])] if options["sqlite_cache_mb"] else []
            )
            self.stdout.write(
                f"{'format':<10} {'rows':>8} {'seconds':>8} {'peak RSS':>9} {'baseline':>9} {'file':>9}"
            )
            results = []
            for fmt in formats:
                output = folder / f"export.{fmt}"
                completed = subprocess.run(
                    [*manage, "--phase", "export", "--format", fmt, "--output", str(output), *cache],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                result = json.loads(completed.stdout.strip().splitlines()[-1])
                results.append(result)
                rss, baseline = result["peak_rss_mb"], result["baseline_rss_mb"]
                self.stdout.write(
                    f"{fmt:<10} {result['rows']:>8,} {result['seconds']:>8.2f} {rss:>6.0f} MB"
                    f" {baseline:>6.0f} MB {result['bytes'] / 1e6:>6.1f} MB"
                )
            self._verdict(results, rows)
        finally:
            if options["keep"] or reuse:
                self.stdout.write(f"Kept {folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)

    def _verdict(self, results: list[dict[str, Any]], rows: int) -> None:
        self.stdout.write(
            "peak RSS = the whole process (Python, Django, SQLite page cache, export); "
            "baseline = the same process before exporting."
        )
        for result in results:
            if result["format"] == "csv" and result["rows"] == 100_000:
                ok = result["seconds"] < CSV_TARGET_SECONDS and result["peak_rss_mb"] < CSV_TARGET_RSS_MB
                verdict = "meets" if ok else "MISSES"
                target = f"< {CSV_TARGET_SECONDS:.0f} s, < {CSV_TARGET_RSS_MB:.0f} MB RSS"
                self.stdout.write(f"CSV {verdict} the target ({target}).")

    # -- child: create the data --------------------------------------------------------------------------
    def _populate(self, rows: int) -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db import transaction
        from django.utils import timezone

        from attribution.models import Article, Person, Quote, content_hash
        from attribution.roles import EDITOR, REVIEWER

        call_command("migrate", verbosity=0, interactive=False)
        rng = random.Random(5)
        User = get_user_model()
        editor = User.objects.create_user("bench-editor", password="bench-only-password-1")
        editor.groups.add(Group.objects.get(name=EDITOR))
        reviewers = [
            User.objects.create_user(f"reviewer{i}", first_name=f"Rev{i}", last_name="Iewer")
            for i in range(5)
        ]
        for reviewer in reviewers:
            reviewer.groups.add(Group.objects.get(name=REVIEWER))

        persons = Person.objects.bulk_create(
            Person(name=f"{first} {last} {n}", title=rng.choice(TITLES))
            for n, (first, last) in enumerate((rng.choice(FIRST), rng.choice(LAST)) for _ in range(1000))
        )
        n_articles = max(1, -(-rows // QUOTES_PER_ARTICLE))
        now = timezone.now()
        statuses = [Quote.Status.CONFIRMED] * 7 + [Quote.Status.CORRECTED] * 2 + [Quote.Status.ADDED]
        made = 0
        with transaction.atomic():
            for batch_start in range(0, n_articles, 250):
                articles, spans = [], []
                for a in range(batch_start, min(n_articles, batch_start + 250)):
                    parts, article_spans = [f"Bench article {a}\n\n"], []
                    offset = len(parts[0])
                    for q in range(min(QUOTES_PER_ARTICLE, rows - a * QUOTES_PER_ARTICLE)):
                        person = rng.choice(persons)
                        # One quote in fifty looks like a spreadsheet formula, as hostile input would.
                        said = (
                            f"=SUM(A{q}:B{q}) was the answer to question {q} in article {a}"
                            if q % 50 == 7
                            else f"We will deliver item {q} of plan {a} on time and within budget"
                        )
                        lead = "“"
                        start = offset + len(lead)
                        sentence = f"{lead}{said},” {person.name} said on Monday. "
                        article_spans.append((start, start + len(said), said, person))
                        parts.append(sentence)
                        offset += len(sentence)
                        if q % 5 == 4:
                            parts.append("\n\n")
                            offset += 2
                    body = "".join(parts)
                    articles.append(
                        Article(
                            title=f"Bench article {a}",
                            source=SOURCES[a % len(SOURCES)],
                            url=f"https://bench.example/{a}",
                            published=dt.date(2026, 1, 1) + dt.timedelta(days=a % 300),
                            language="en",
                            body=body,
                            content_hash=content_hash(body),
                            parse_status=Article.ParseStatus.DONE,
                        )
                    )
                    spans.append(article_spans)
                Article.objects.bulk_create(articles)
                quotes = []
                for article, article_spans in zip(articles, spans, strict=True):
                    for start, end, text, person in article_spans:
                        quotes.append(
                            Quote(
                                article=article, start=start, end=end, text=text, kind=Quote.Kind.DIRECT,
                                speaker=person, speaker_label=person.name, confidence=0.9, rule="bench",
                                status=rng.choice(statuses), reviewed_by=rng.choice(reviewers),
                                reviewed_at=now,
                            )
                        )  # fmt: skip
                Quote.objects.bulk_create(quotes, batch_size=2000)
                made += len(quotes)
        self.stdout.write(f"  {n_articles:,} articles, {made:,} quotes, {len(persons):,} persons")

    # -- child: one export, measured ---------------------------------------------------------------------
    def _export(self, fmt: str, output: str, sqlite_cache_mb: int | None) -> None:
        from django.contrib.auth import get_user_model
        from django.test import RequestFactory

        from attribution.views.exports import export_quotes

        user = get_user_model().objects.get(username="bench-editor")
        user.has_perm("attribution.export_quotes")  # warm the permission cache outside the timing
        if sqlite_cache_mb:
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = -{int(sqlite_cache_mb) * 1024}")
        baseline = _rss_mb()
        request = RequestFactory().get("/exports/quotes/", {"format": fmt})
        request.user = user
        started = time.perf_counter()
        response = export_quotes(request)
        if response.status_code != 200:
            raise CommandError(f"The export view answered {response.status_code}")
        written = 0
        with open(output, "wb") as file:
            # What a WSGI server does: iterate the response and send each chunk on.
            for chunk in response:
                file.write(chunk)
                written += len(chunk)
        response.close()
        seconds = time.perf_counter() - started
        peak = _peak_rss_mb()  # before the check below, which reads the file back
        with open(output, "rb") as file:
            lines = sum(1 for _ in file) - 1 if fmt != "xlsx" else None
        if fmt == "jsonl" and lines is not None:
            lines += 1  # no header line
        if fmt == "xlsx":
            from openpyxl import load_workbook

            book = load_workbook(output, read_only=True)
            lines = sum(1 for _ in book.active.iter_rows(values_only=True)) - 1
            book.close()
        result = {
            "format": fmt,
            "rows": lines,
            "seconds": round(seconds, 3),
            "peak_rss_mb": round(peak, 1),
            "baseline_rss_mb": round(baseline, 1),
            "bytes": written,
        }
        self.stdout.write(json.dumps(result))
