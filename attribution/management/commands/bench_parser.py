"""python manage.py bench_parser [--seeds DIR] — throughput, memory and scaling of the quote parser.

Prints figures against the targets (1,000 articles/s and 3 MB/s single process, also on the full-length
articles of ../shared/eval/newswire.gold.jsonl when present; the first call of a process under 0.2 s; a
1 MB paragraph of "said that " under 2 s; a 5 MB article under 200 MB RSS; time linear in article
size); it is not a test and never touches the database.

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
TARGET_FIRST_CALL_S = 0.2  # the first extract() of a process, language tables included
TARGET_WORST_S = 2.0  # one 1 MB paragraph of "said that " repeated: every word a cue

# Run in a child interpreter: the cost of the first extract() of a process in one language (argv[1]),
# its language tables included, and of the import before it.
_FIRST_CALL_CHILD = """
import json, sys, time
lang, text = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
from attribution.parsing import extract
t1, c1 = time.perf_counter(), time.process_time()
extract(text, lang)
print(json.dumps({"import": t1 - t0, "first": time.perf_counter() - t1, "cpu": time.process_time() - c1}))
"""
# one news-like sentence per language, each the first text of its own fresh process
_FIRST_CALL_TEXTS = (
    ("en", "The mayor said the bridge would reopen in May, adding that repairs were on schedule."),
    ("fr", "Le maire a affirmé que le pont rouvrirait en mai, a-t-il ajouté devant le conseil."),
    ("es", "El alcalde afirmó que el puente volvería a abrir en mayo, según fuentes municipales."),
    ("de", "Der Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet, so die Stadtverwaltung."),
    ("hi", "महापौर ने कहा कि पुल मई में फिर से खुल जाएगा।"),
)

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


def _default_newswire() -> Path:
    base = Path(getattr(settings, "BASE_DIR", Path.cwd()))
    return base.parent / "shared" / "eval" / "newswire.gold.jsonl"


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
        parser.add_argument(
            "--newswire",
            help="full-length articles (.jsonl of {text, lang}) for MB/s "
            "(default: ../shared/eval/newswire.gold.jsonl; skipped with a note when absent)",
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

        # 1b. full-length news articles (the development set's texts, in their own languages)
        wire = Path(str(options["newswire"])) if options["newswire"] else _default_newswire()
        if wire.exists():
            with wire.open(encoding="utf-8") as f:
                docs = [json.loads(line) for line in f if line.strip()]
            for d in docs:
                extract(d["text"], d.get("lang"))  # warm up: every language's tables compiled
            w_bytes = sum(len(d["text"].encode("utf-8")) for d in docs)
            w_rounds = max(1, int(target // w_bytes) + 1)
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(w_rounds):
                for d in docs:
                    extract(d["text"], d.get("lang"))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            w_mb = w_bytes * w_rounds / 1e6
            n_w = len(docs) * w_rounds
            out(
                f"newswire    {len(docs)} articles from {wire.name} x{w_rounds}, {w_mb:.1f} MB: "
                f"{n_w / wall:,.0f} articles/s, {w_mb / wall:.2f} MB/s ({wall:.2f} s wall; CPU "
                f"{w_mb / cpu:.2f} MB/s) [target {TARGET_MB_S:.0f} MB/s: {_ok(w_mb / wall >= TARGET_MB_S)}]"
            )
        else:
            out(f"newswire    skipped: {wire} is absent")

        # 1c. the first call of a fresh process, one process per language (its tables are built on first use)
        base_dir = Path(getattr(settings, "BASE_DIR", Path.cwd()))
        firsts: list[str] = []
        worst_first = 0.0
        imports: list[float] = []
        for code, sample in _FIRST_CALL_TEXTS:
            res = subprocess.run(
                [sys.executable, "-c", _FIRST_CALL_CHILD, code, sample],
                capture_output=True,
                text=True,
                cwd=str(base_dir),
                check=False,
            )
            if res.returncode != 0:
                out(f"first call  {code}: child failed: {res.stderr.strip()[-300:]}")
                continue
            r = json.loads(res.stdout.strip().splitlines()[-1])
            firsts.append(f"{code} {r['first']:.3f} s (CPU {r['cpu']:.3f})")
            worst_first = max(worst_first, r["first"])
            imports.append(r["import"])
        if firsts:
            out(
                f"first call  {', '.join(firsts)} (the first text of a fresh process, per language; import "
                f"{min(imports):.2f}-{max(imports):.2f} s before it) [target {TARGET_FIRST_CALL_S} s each: "
                f"{_ok(worst_first <= TARGET_FIRST_CALL_S)}]"
            )

        # 1d. the worst case: one 1 MB paragraph where every other word is a cue
        worst = "said that " * 100_000
        t0, c0 = time.perf_counter(), time.process_time()
        extract(worst, "en")
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        out(
            f"worst case  1 MB paragraph of 'said that ': {wall:.2f} s wall, {cpu:.2f} s CPU "
            f"[target < {TARGET_WORST_S:.0f} s: {_ok(wall < TARGET_WORST_S)}]"
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
