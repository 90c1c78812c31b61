"""python manage.py bench_scale — import+parse throughput with real workers, then page latency at 1M quotes.

Run it on a scratch database (`make bench-scale` makes one per engine): it adds thousands of
articles and a million quotes. It prints figures; it is not a test and asserts nothing.

1. Writes N article variations (seeds/ and the parser's test corpus) as JSON Lines, starts
   --workers `run_worker` processes, imports the files chunk by chunk with `import_articles` (each
   chunk queues its parses, so workers start while the import goes on) and waits until every
   article is parsed: end-to-end articles/s.
2. Tops the quotes table up to --quotes rows with one INSERT … SELECT per slice of articles, then
   times the queue page (plain, filtered, searched) and article pages with Django's test Client.
   With --cache cold (or both) each timed request comes after the database's pages were evicted
   (`ColdCache`): from PostgreSQL's shared buffers and from the OS page cache.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.crypto import get_random_string

from attribution.management.cold_cache import ColdCache, database_size
from attribution.models import Article, Person, Quote

ROOT = Path(settings.BASE_DIR)
CITIES = ["Leeds", "Lyon", "Pune", "Accra", "Quito", "Oslo", "Hobart", "Tartu", "Davao", "Recife"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def source_texts() -> list[tuple[str, str]]:
    """(language, text) of every seed article and corpus article available."""
    texts = [("", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = ROOT / "tests" / "parsing" / "corpus"
    for path in sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("text"), str):
                texts.append((str(record.get("lang") or record.get("language") or ""), record["text"]))
    if not texts:
        raise CommandError("No seed or corpus articles to vary (seeds/*.txt).")
    return texts


def variation(i: int, language: str, text: str) -> dict[str, str]:
    """A distinct but realistic article: other city and weekday, a desk line, paragraphs shuffled."""
    rng = random.Random(i)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    new = "\n\n".join([*head, *body])
    for day in DAYS:
        new = new.replace(day, rng.choice(DAYS))
    new += f"\n\nReporting by the {rng.choice(CITIES)} desk; bench edition {i}."
    return {
        "text": new,
        "language": language,
        "source": f"Bench Wire {i % 12}",
        "published": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
    }


def database_server_cpu() -> float | None:
    """CPU seconds used so far by the PostgreSQL backends serving this database (None elsewhere).

    The workers and this process keep their connections for the whole run, so their backends' CPU
    is what the server spent on this benchmark. Read from /proc: a local server only.
    """
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        pids = [row[0] for row in cursor.fetchall()]
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


class Command(BaseCommand):
    help = "Scale benchmark on a scratch database: import+parse throughput, then page latency at 1M quotes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--chunk", type=int, default=500, help="articles per import_articles run")
        parser.add_argument("--quotes", type=int, default=1_000_000, help="quotes in the table for phase 2")
        parser.add_argument("--requests", type=int, default=40, help="timed requests per page")
        parser.add_argument(
            "--seconds-per-page", type=float, default=30.0, help="time budget per page (at least 5 requests)"
        )
        parser.add_argument("--skip-import", action="store_true", help="only phase 2, on what is there")
        parser.add_argument(
            "--dense-only", action="store_true", help="only phase 3: one dense 4.9 MB article (quick)"
        )
        parser.add_argument(
            "--persons", type=int, default=100_000, help="persons for /people/ and /quotes/ (0: skip)"
        )
        parser.add_argument(
            "--pages", default="", help="time only pages whose label has one of these (comma-separated)"
        )
        parser.add_argument("--skip-dense", action="store_true", help="leave out phase 3 (the dense article)")
        parser.add_argument(
            "--cache",
            choices=["warm", "cold", "both"],
            default="warm",
            help="time pages warm (after 3 warm-up requests), cold (the database's pages evicted from "
            "PostgreSQL's buffers and the OS cache before each request; a local server), or both",
        )

    def handle(self, *args: object, **options: object) -> None:
        vendor = connection.vendor
        self.stdout.write(
            f"Quotedesk scale benchmark on {vendor} ({connection.settings_dict['NAME']}), "
            f"{os.cpu_count()} CPUs"
        )
        call_command("migrate", verbosity=0)
        if not options["dense_only"]:
            if not options["skip_import"]:
                n, workers, chunk = int(options["articles"]), int(options["workers"]), int(options["chunk"])
                self.import_and_parse(n, workers, chunk)
            self.fill_quotes(int(options["quotes"]))
            self.fill_persons(int(options["persons"]))
            only = [p.strip() for p in str(options["pages"] or "").split(",") if p.strip()]
            self.page_latency(
                int(options["requests"]), float(options["seconds_per_page"]), only, str(options["cache"])
            )
        if not options["skip_dense"]:
            self.dense_article()

    # -- phase 1 ----------------------------------------------------------------------------------
    def import_and_parse(self, n: int, n_workers: int, chunk: int) -> None:
        texts = source_texts()
        before = Article.objects.count()
        with tempfile.TemporaryDirectory(prefix="quotedesk-bench-") as tmp:
            files = []
            for start in range(0, n, chunk):
                path = Path(tmp) / f"batch-{start // chunk:04d}.jsonl"
                with path.open("w", encoding="utf-8") as fh:
                    for i in range(start, min(n, start + chunk)):
                        language, text = texts[i % len(texts)]
                        fh.write(json.dumps(variation(before + i, language, text), ensure_ascii=False) + "\n")
                files.append(path)
            # Workers run as in production (DEBUG off: no per-query logging), with a throwaway key.
            env = {
                **os.environ,
                "QUOTEDESK_TASKS": "database",
                "DEBUG": "0",
                "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or get_random_string(64),
            }
            workers = [
                subprocess.Popen(
                    [sys.executable, str(ROOT / "manage.py"), "run_worker", "--interval", "0.1", "-v", "0"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                for _ in range(n_workers)
            ]
            children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
            try:
                load_before = os.getloadavg()[0]
                started = time.perf_counter()
                cpu_started = time.process_time()
                with override_settings(DEBUG=False):
                    for path in files:
                        call_command("import_articles", str(path), stdout=StringIO(), stderr=StringIO())
                imported_in = time.perf_counter() - started
                import_cpu = time.process_time() - cpu_started
                total = Article.objects.count() - before
                unfinished = [Article.ParseStatus.PENDING, Article.ParseStatus.RUNNING]
                while Article.objects.filter(parse_status__in=unfinished).exists():
                    time.sleep(0.2)
                elapsed = time.perf_counter() - started
                server_cpu = database_server_cpu()
            finally:
                for worker in workers:
                    worker.send_signal(signal.SIGTERM)
                for worker in workers:
                    worker.wait(timeout=60)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        before = children_before
        worker_cpu = children.ru_utime + children.ru_stime - before.ru_utime - before.ru_stime
        failed = Article.objects.filter(parse_status=Article.ParseStatus.FAILED).count()
        self.stdout.write(
            f"Import+parse: {total:,} articles with {n_workers} workers in {elapsed:.1f} s "
            f"= {total / elapsed:,.0f} articles/s end to end (import alone {imported_in:.1f} s, "
            f"{total / imported_in:,.0f}/s); {failed} parse failures; {Quote.objects.count():,} quotes"
        )
        # The wall-clock figure depends on whatever else the machine runs; CPU time does not.
        cpu_ms = (import_cpu + worker_cpu) * 1000 / max(total, 1)
        per = 1000 / max(total, 1)
        server = ""
        if server_cpu is not None:
            # On PostgreSQL the server's own work shares the same cores.
            cpu_ms += server_cpu * per
            server = f" + database server {server_cpu * per:.1f} ms"
        self.stdout.write(
            f"  CPU per article: import {import_cpu * per:.1f} ms + parse {worker_cpu * per:.1f} ms{server}"
            f" = {cpu_ms:.1f} ms; on {os.cpu_count()} idle cores that is at most "
            f"{os.cpu_count() * 1000 / cpu_ms:,.0f} articles/s (load average "
            f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after)"
        )

    # -- phase 2 ----------------------------------------------------------------------------------
    def fill_quotes(self, target: int) -> None:
        have = Quote.objects.count()
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        if have >= target or not ids:
            self.stdout.write(f"Quotes: {have:,} already stored")
            return
        per_article = -(-(target - have) // len(ids))
        started = time.perf_counter()
        now = timezone.now()
        quote = connection.ops.quote_name
        # %% is a literal % beside query parameters; PostgreSQL's substr() wants an integer, not a bigint.
        span = "CAST((a.id * 7 + n.i * 37) %% (length(a.body) - 41) AS INTEGER)"
        sql = f"""
            INSERT INTO {quote("attribution_quote")}
              (article_id, start, {quote("end")}, text, kind, cue_verb, speaker_label, confidence, rule,
               status, version, created_at, updated_at, claim_score, claim_reasons)
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %s)
            SELECT a.id, {span}, {span} + 40, substr(a.body, {span} + 1, 40),
                   CASE n.i %% 3 WHEN 0 THEN 'direct' WHEN 1 THEN 'indirect' ELSE 'mixed' END,
                   'said', 'Bench Speaker ' || (n.i %% 50), 0.5, 'bench',
                   CASE WHEN n.i %% 10 < 6 THEN 'pending' WHEN n.i %% 10 < 8 THEN 'confirmed'
                        WHEN n.i %% 10 = 8 THEN 'rejected' ELSE 'corrected' END,
                   1, %s, %s,
                   -- a fifth of the quotes are check-worthy claims (score >= 0.5)
                   CASE WHEN n.i %% 5 = 0 THEN 0.5 + (n.i %% 50) / 100.0 ELSE (n.i %% 49) / 100.0 END,
                   CASE WHEN n.i %% 5 = 0 THEN 'figure' ELSE '' END
            FROM {quote("attribution_article")} a CROSS JOIN n
            WHERE a.id BETWEEN %s AND %s AND length(a.body) > 100
        """
        step = 1000
        for lo in range(0, len(ids), step):
            bounds = [ids[lo], ids[min(lo + step, len(ids)) - 1]]
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, [per_article - 1, now, now, *bounds])
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")
            if connection.vendor == "sqlite":
                # Fold the ~400 MB just written back into the database file, as the running app's
                # automatic checkpoints would have, so the pages are not timed against a huge WAL.
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        took = time.perf_counter() - started
        self.stdout.write(f"Quotes: {Quote.objects.count():,} stored ({took:.1f} s to insert and analyze)")

    def fill_persons(self, target: int) -> None:
        """`target` persons (a tenth organisations, groups, anonymous) speaking the quotes round-robin."""
        have = Person.objects.count()
        if target <= 0 or have >= target:
            self.stdout.write(f"Persons: {have:,} already stored")
            return
        started = time.perf_counter()
        now = timezone.now()
        qn = connection.ops.quote_name
        person_t, alias_t = qn("attribution_person"), qn("attribution_personalias")
        quote_t = qn("attribution_quote")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {person_t} (name, kind, title, external_id, match_key, created_at, quote_count)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %s)
                SELECT 'Bench Speaker ' || n.i,
                       CASE n.i %% 10 WHEN 7 THEN 'organisation' WHEN 8 THEN 'group' WHEN 9 THEN 'anonymous'
                                      ELSE 'person' END,
                       CASE WHEN n.i %% 3 = 0 THEN 'Minister' ELSE '' END, '', 'bnch spkr ' || n.i, %s,
                       0  -- no quotes yet: the quotes table's triggers count them as they move
                FROM n
                """,
                [target - have - 1, now],
            )
            bench = Person.objects.filter(name="Bench Speaker 0").order_by("pk")
            first = bench.values_list("pk", flat=True)[0]
            count = target - have
            cursor.execute(
                f"INSERT INTO {alias_t} (person_id, name, match_key) "
                f"SELECT id, 'Speaker' || id, 'spkr' || id FROM {person_t} WHERE id >= %s",
                [first],
            )
            # each article's quotes go to a dozen of the persons, as in news; across articles every
            # person speaks
            cursor.execute(
                f"UPDATE {quote_t} SET speaker_id = %s + ((article_id * 7919 + id %% 12) %% %s), "
                f"speech_act = CASE id %% 4 WHEN 0 THEN 'assert' WHEN 1 THEN 'warn' ELSE '' END",
                [first, count],
            )
            cursor.execute("ANALYZE" if connection.vendor == "sqlite" else f"ANALYZE {person_t}")
        took = time.perf_counter() - started
        self.stdout.write(f"Persons: {Person.objects.count():,} stored, quotes spread ({took:.1f} s)")

    def page_latency(self, n: int, budget: float, only: list[str] | None = None, cache: str = "warm") -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from attribution.roles import EDITOR, REVIEWER, ensure_groups

        ensure_groups()
        user, _ = get_user_model().objects.get_or_create(username="bench-reviewer")
        user.groups.add(Group.objects.get(name=REVIEWER))
        client = Client()
        client.force_login(user)
        article_ids = list(Article.objects.values_list("pk", flat=True))
        rng = random.Random(1)
        words = ["minister", "government", "police", "council", "said", "officials", "market", "water",
                 "report", "election", "president", "court", "city", "told", "week", "plan", "health",
                 "would", "public", "year"]
        searches = iter([f"{a}+{b}" for a in words for b in words if a < b])
        quote_words = iter([*words, *(f"{a}+{b}" for a in words for b in words if a < b)])
        person_ids = list(Person.objects.order_by("?").values_list("pk", flat=True)[:500]) or [0]
        filters = iter(
            [
                f"status={status}&source=Bench+Wire+{k}&published_from=2026-{m:02d}-01"
                for status in ("todo", "done", "")
                for k in range(12)
                for m in range(1, 13)
            ]
        )
        pages: list[tuple[str, object]] = [
            ("queue", "/"),
            ("queue filtered (to review, en)", "/?status=todo&language=en"),
            ("queue filtered (source, page 20)", "/?source=Bench+Wire+3&page=20"),
            ("queue searched ('minister')", "/?q=minister"),
            ("queue searched+filtered", "/?q=said+government&status=todo"),
            ("queue htmx results fragment", ("/?q=minister", {"HTTP_HX_REQUEST": "true"})),
            # The queue keeps an expensive count for 30 s, so the pages above, asked for again and
            # again, mostly reuse theirs; these ask for a filter or search not seen before each time.
            ("queue searched, new words each time", lambda: f"/?q={next(searches)}"),
            ("queue filtered, new filter each time", lambda: f"/?{next(filters)}"),
            ("article page", lambda: f"/articles/{rng.choice(article_ids)}/"),
            ("people directory", "/people/"),
            ("people searched ('speaker 12')", "/people/?q=speaker+12"),
            ("people, kind organisation", "/people/?kind=organisation"),
            ("person page", lambda: f"/people/{rng.choice(person_ids)}/"),
            ("quote search, new word each time", lambda: f"/quotes/?text={next(quote_words)}"),
            ("quote search, speech act + status", "/quotes/?speech_act=warn&status=confirmed"),
            ("quote search, one speaker", lambda: f"/quotes/?speaker={rng.choice(person_ids)}"),
        ]
        # Editors' pages: the fact-check queue and the dashboard (which caches a set of filters for a
        # minute, so the honest figure is the one with filters not seen before).
        editor, _ = get_user_model().objects.get_or_create(username="bench-editor")
        editor.groups.add(Group.objects.get(name=EDITOR))
        editor_client = Client()
        editor_client.force_login(editor)
        sources = [f"Bench+Wire+{k}" for k in range(12)]
        fresh_dashboards = iter(
            [f"/dashboard/?source={s}&date_from=2026-{m:02d}-01" for s in ["", *sources]
             for m in range(1, 13)]
        )
        fresh_claims = iter([f"/claims/?min_score=0.{k:02d}" for k in range(50, 100)] * 3)
        editor_pages: list[tuple[str, object]] = [
            ("dashboard (cached a minute)", "/dashboard/"),
            ("dashboard, new filter each time", lambda: next(fresh_dashboards)),
            ("fact-check queue", "/claims/"),
            ("fact-check queue, new threshold", lambda: next(fresh_claims)),
        ]
        cold = ColdCache() if cache in ("cold", "both") else None
        if cold is not None and cold.ready:
            raise CommandError(cold.ready)
        modes = {"warm": ["warm"], "cold": ["cold"], "both": ["warm", "cold"]}[cache]
        self.stdout.write(
            f"Page latency, up to {n} requests each (test Client, in process, DEBUG off), "
            f"{Quote.objects.count():,} quotes, {Person.objects.count():,} persons, "
            f"database {database_size()}"
            + (f"; cold: {len(cold.files)} files of the database evicted before each request" if cold else "")
            + ":"
        )
        with override_settings(DEBUG=False):
            for label, spec, who in [*((lb, sp, client) for lb, sp in pages),
                                     *((lb, sp, editor_client) for lb, sp in editor_pages)]:
                if only and not any(part in label for part in only):
                    continue
                for mode in modes:
                    evictor = cold if mode == "cold" else None
                    self.time_page(label, spec, who, n, budget, evictor, len(modes) > 1)

    def time_page(
        self, label: str, spec: object, who: Client, n: int, budget: float, cold: ColdCache | None, tag: bool
    ) -> None:
        """Time `n` requests (at least 5, then as many as `budget` seconds of requests allow)."""
        timings: list[float] = []
        db_timings: list[float] = []  # waiting for the database (queries sent and answered)
        left_cached = 0
        for i in range(n + 3):
            if len(timings) >= 5 and sum(timings) / 1000 > budget:
                break
            headers: dict[str, str] = {}
            if callable(spec):
                url = spec()
            elif isinstance(spec, tuple):
                url, headers = spec
            else:
                url = str(spec)
            if cold is not None and i >= 3:
                left_cached = max(left_cached, cold.evict())
            in_db = [0.0]

            def timed(
                execute: Any, sql: str, params: Any, many: bool, context: Any, in_db: list[float] = in_db
            ) -> Any:
                began = time.perf_counter()
                try:
                    return execute(sql, params, many, context)
                finally:
                    in_db[0] += time.perf_counter() - began

            started = time.perf_counter()
            with connection.execute_wrapper(timed):
                response = who.get(url, **headers)
            took = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                self.stdout.write(f"  {label}: HTTP {response.status_code} for {url}")
                break
            if i >= 3:  # warm-up: Python's own first-use costs, not the database's
                timings.append(took)
                db_timings.append(in_db[0] * 1000)
        if timings:
            name = f"{label} ({'cold' if cold else 'warm'})" if tag else label
            kept = f", {left_cached} buffers not evicted" if left_cached else ""
            self.stdout.write(
                f"  {name:<43} p50 {statistics.median(timings):7.1f} ms   "
                f"p95 {percentile(timings, 95):7.1f} ms   (database p50 {statistics.median(db_timings):5.1f} "
                f"p95 {percentile(db_timings, 95):5.1f} ms; {len(timings)} requests, "
                f"load average {os.getloadavg()[0]:.1f}{kept})"
            )

    # -- phase 3 ----------------------------------------------------------------------------------
    def dense_article(self, megabytes: float = 4.9) -> None:
        """One article just under the upload limit that is nothing but reported speech.

        Once it took 584 s to store (113,953 quotes, each re-reading the body in the span trigger),
        its page 34 s and 188 MB, its speaker's page 161 s, and an API page of its quotes 400 MB.
        Targets: import + parse < 15 s; its page < 500 ms and < 5 MB; the speaker's page < 200 ms;
        an API page of 200 of its quotes < 100 ms and < 50 MB more memory.
        """
        import tracemalloc

        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from attribution.models import Person
        from attribution.roles import REVIEWER, ensure_groups

        sentence = "Jane Porter said that the budget was fine. "
        header = f"Budget fine, says Porter ({get_random_string(8)})\n\n"
        body = header + sentence * int((megabytes * 1_000_000 - len(header)) // len(sentence))
        self.stdout.write(
            f"Dense article: {len(body.encode()) / 1e6:.1f} MB of {sentence.strip()!r} "
            f"(targets: import+parse < 15 s; page < 500 ms, < 5 MB; person page < 200 ms; "
            f"API page < 100 ms, < 50 MB)"
        )
        # A worker compiles the parser's language patterns once, at its first article (seconds with
        # the pure-Python build); that is the process starting, not this article.
        from attribution.parsing import extract

        warm_started = time.perf_counter()
        extract("Warm-up\n\nThe minister said that the parser was ready.")
        warm = time.perf_counter() - warm_started
        self.stdout.write(f"  (parser start-up in this process: {warm:.1f} s, not counted)")
        with tempfile.TemporaryDirectory(prefix="quotedesk-dense-") as tmp:
            path = Path(tmp) / "dense.txt"
            path.write_text(body, encoding="utf-8")
            started = time.perf_counter()
            quiet = {"stdout": StringIO(), "stderr": StringIO()}
            with override_settings(DEBUG=False):
                call_command("import_articles", str(path), "--no-parse", **quiet)
                imported = time.perf_counter() - started
                pk = Article.objects.only("pk").latest("pk").pk
                call_command("parse_articles", "--article", str(pk), **quiet)
            took = time.perf_counter() - started
        article = Article.objects.only("pk", "parse_status", "quotes_over_cap", "parse_stopped_at").get(pk=pk)
        stored = Quote.objects.filter(article_id=article.pk).count()
        self.stdout.write(
            f"  import + parse {took:7.1f} s   (import {imported:.1f} s, parse and store "
            f"{took - imported:.1f} s; {article.parse_status}; {stored:,} quotes stored, "
            f"{article.quotes_over_cap:,} more found before "
            f"the parser stopped at character {article.parse_stopped_at or 0:,}; load average "
            f"{os.getloadavg()[0]:.1f})"
        )
        ensure_groups()
        user, _ = get_user_model().objects.get_or_create(username="bench-reviewer")
        user.groups.add(Group.objects.get(name=REVIEWER))
        client = Client()
        client.force_login(user)
        person = Person.objects.filter(quotes__article_id=article.pk).first()
        pages = [
            ("article page (first part)", f"/articles/{article.pk}/"),
            ("article page (last part)", None),
            ("speaker's page", f"/people/{person.pk}/" if person else None),
            ("API page of 200 quotes", f"/api/articles/{article.pk}/quotes/?page_size=200&page=2"),
        ]
        with override_settings(DEBUG=False):
            first = client.get(pages[0][1]).content.decode()
            if "Part 1 of " in first:
                count = int(first.split("Part 1 of ", 1)[1].split(" ", 1)[0])
                pages[1] = ("article page (last part)", f"/articles/{article.pk}/?part={count}")
            for label, url in pages:
                if url is None:
                    continue
                timings = []
                for i in range(8):
                    started = time.perf_counter()
                    response = client.get(url)
                    if i >= 2:  # warm-up
                        timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        self.stdout.write(f"  {label}: HTTP {response.status_code}")
                        break
                tracemalloc.start()
                client.get(url)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                self.stdout.write(
                    f"  {label:<28} p50 {statistics.median(timings):7.1f} ms   max {max(timings):7.1f} ms   "
                    f"{len(response.content) / 1e6:6.2f} MB sent   {peak / 1e6:6.1f} MB allocated at peak"
                )
