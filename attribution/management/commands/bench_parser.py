"""python manage.py bench_parser [--seeds DIR] — throughput and memory of the quote parser.

Prints figures; it is not a test and never touches the database.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.parsing import extract


def _default_seeds() -> Path:
    base = Path(getattr(settings, "BASE_DIR", Path.cwd()))
    for cand in (base / "seeds", base.parent / "shared" / "seeds"):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    return base / "seeds"


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class Command(BaseCommand):
    help = "Benchmark extract(): articles/s, MB/s, peak memory, and time against article size."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seeds", help="folder of .txt articles (default: seeds/, else ../shared/seeds)")
        parser.add_argument(
            "--min-mb", type=float, default=5.0, help="repeat the articles to at least this much"
        )

    def handle(self, *args: object, **options: object) -> None:
        folder = Path(str(options["seeds"])) if options["seeds"] else _default_seeds()
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        if not texts:
            raise CommandError(f"no .txt articles in {folder}")
        extract(texts[0])  # warm up: language tables compile on first use
        target = float(options["min_mb"]) * 1_000_000  # type: ignore[arg-type]
        size = sum(len(t.encode("utf-8")) for t in texts)
        rounds = max(1, int(target // size) + 1)
        n_docs = n_bytes = n_quotes = 0
        t0 = time.perf_counter()
        for _ in range(rounds):
            for t in texts:
                n_quotes += len(extract(t))
                n_docs += 1
                n_bytes += len(t.encode("utf-8"))
        dt = time.perf_counter() - t0
        self.stdout.write(
            f"corpus: {len(texts)} articles from {folder}, x{rounds} = {n_docs} articles, "
            f"{n_bytes / 1e6:.1f} MB, {n_quotes} quotes"
        )
        self.stdout.write(
            f"throughput: {n_docs / dt:,.0f} articles/s, {n_bytes / 1e6 / dt:.2f} MB/s ({dt:.2f} s)"
        )
        self.stdout.write(f"peak RSS so far: {_rss_mb():.0f} MB")
        # one big article: time should grow linearly with size
        joined = "\n\n".join(texts)
        for mb in (1, 2, 4):
            big = (joined + "\n\n") * (mb * 1_000_000 // (len(joined.encode("utf-8")) + 2) + 1)
            tracemalloc.start()
            t1 = time.perf_counter()
            found = extract(big)
            el = time.perf_counter() - t1
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            self.stdout.write(
                f"single {len(big.encode('utf-8')) / 1e6:.1f} MB article: {el:.2f} s "
                f"({len(big.encode('utf-8')) / 1e6 / el:.2f} MB/s), {len(found)} quotes, "
                f"tracemalloc peak {peak / 1e6:.0f} MB"
            )
        self.stdout.write(f"peak RSS: {_rss_mb():.0f} MB")
