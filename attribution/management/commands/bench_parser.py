"""python manage.py bench_parser [--seeds DIR] — throughput, memory and scaling of the quote parser.

Prints figures against the targets (1,000 articles/s and 3 MB/s single process; a 5 MB article under
200 MB RSS; time linear in article size); it is not a test and never touches the database.

Timings are taken with nothing else hooked into the interpreter (tracemalloc multiplies the cost of
every allocation and grows with the live heap, which made the size sweep look superlinear). Memory is
measured in a fresh interpreter that parses one big article, so the figure is the parser's own.
Wall-clock and CPU time are both shown: on a busy machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.parsing import extract, native

TARGET_ARTICLES_S = 1000
TARGET_MB_S = 3.0
TARGET_RSS_MB = 200

# Run in a child interpreter: parse one article of `mb` MB built from the seeds, report peak RSS.
_RSS_CHILD = """
import json, resource, sys, time
from pathlib import Path
from attribution.parsing import extract
folder, mb = sys.argv[1], float(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
unit = "\\n\\n".join(texts) + "\\n\\n"
extract(texts[0])
big = unit * (int(mb * 1_000_000) // len(unit.encode("utf-8")) + 1)
def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss would carry the parent's over the exec
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
before = peak_mb()
t = time.perf_counter()
n = len(extract(big))
el = time.perf_counter() - t
print(json.dumps({"mb": len(big.encode("utf-8")) / 1e6, "quotes": n, "seconds": el,
                  "rss_before": before, "rss_peak": peak_mb()}))
"""


def _default_seeds() -> Path:
    base = Path(getattr(settings, "BASE_DIR", Path.cwd()))
    for cand in (base / "seeds", base.parent / "shared" / "seeds"):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    return base / "seeds"


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _ok(good: bool) -> str:
    return "ok" if good else "BELOW TARGET"


class Command(BaseCommand):
    help = "Benchmark extract(): articles/s, MB/s, peak RSS, and time against article size."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seeds", help="folder of .txt articles (default: seeds/, else ../shared/seeds)")
        parser.add_argument(
            "--min-mb", type=float, default=5.0, help="repeat the articles to at least this much"
        )
        parser.add_argument(
            "--sizes", default="1,2,4", help="single-article sizes in MB for the scaling sweep"
        )
        parser.add_argument(
            "--rss-mb", type=float, default=5.0, help="article size for the peak-RSS run (0: skip)"
        )

    def handle(self, *args: object, **options: object) -> None:
        folder = Path(str(options["seeds"])) if options["seeds"] else _default_seeds()
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        if not texts:
            raise CommandError(f"no .txt articles in {folder}")
        extract(texts[0])  # warm up: language tables compile on first use
        out = self.stdout.write
        out(f"parser      {native.describe()}")

        # 1. throughput on the seed articles, repeated
        target = float(options["min_mb"]) * 1_000_000  # type: ignore[arg-type]
        size = sum(len(t.encode("utf-8")) for t in texts)
        rounds = max(1, int(target // size) + 1)
        n_docs = n_bytes = n_quotes = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for t in texts:
                n_quotes += len(extract(t))
                n_docs += 1
                n_bytes += len(t.encode("utf-8"))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        mb = n_bytes / 1e6
        out(
            f"corpus      {len(texts)} articles from {folder} x{rounds} = {n_docs} articles, "
            f"{mb:.1f} MB, {n_quotes} quotes"
        )
        out(
            f"throughput  {n_docs / wall:,.0f} articles/s, {mb / wall:.2f} MB/s "
            f"({wall:.2f} s wall; CPU {n_docs / cpu:,.0f} articles/s, {mb / cpu:.2f} MB/s) "
            f"[target {TARGET_ARTICLES_S:,} articles/s, {TARGET_MB_S:.0f} MB/s: "
            f"{_ok(n_docs / wall >= TARGET_ARTICLES_S and mb / wall >= TARGET_MB_S)}]"
        )

        # 2. one big article at several sizes: time should grow linearly
        unit = "\n\n".join(texts) + "\n\n"
        sizes = [float(s) for s in str(options["sizes"]).split(",") if s.strip()]
        first_rate: float | None = None
        for target_mb in sizes:
            big = unit * (int(target_mb * 1_000_000) // len(unit.encode("utf-8")) + 1)
            big_mb = len(big.encode("utf-8")) / 1e6
            t1, c1 = time.perf_counter(), time.process_time()
            found = extract(big)
            el, cel = time.perf_counter() - t1, time.process_time() - c1
            rate = cel / big_mb  # CPU seconds per MB
            if first_rate is None:
                first_rate = rate
            out(
                f"single      {big_mb:4.1f} MB article: {el:6.2f} s wall, {cel:6.2f} s CPU, "
                f"{rate:.2f} s/MB (x{rate / first_rate:.2f} the {sizes[0]:g} MB rate), "
                f"{big_mb / el:.2f} MB/s, {len(found)} quotes"
            )
            del big, found

        # 3. peak RSS of a fresh interpreter parsing one big article
        rss_mb = float(options["rss_mb"])  # type: ignore[arg-type]
        if rss_mb > 0:
            base = Path(getattr(settings, "BASE_DIR", Path.cwd()))
            res = subprocess.run(
                [sys.executable, "-c", _RSS_CHILD, str(folder), str(rss_mb)],
                capture_output=True,
                text=True,
                cwd=str(base),
                check=False,
            )
            if res.returncode != 0:
                out(f"peak RSS    child failed: {res.stderr.strip()[-300:]}")
            else:
                r = json.loads(res.stdout.strip().splitlines()[-1])
                out(
                    f"peak RSS    {r['rss_peak']:.0f} MB parsing one {r['mb']:.1f} MB article "
                    f"({r['rss_before']:.0f} MB before parsing, {r['seconds']:.2f} s, {r['quotes']} quotes) "
                    f"[target < {TARGET_RSS_MB} MB: {_ok(r['rss_peak'] < TARGET_RSS_MB)}]"
                )
        out(f"this process peak RSS: {_rss_mb():.0f} MB")
