"""Instructions the parser executes on a fixed workload, counted by valgrind's callgrind: a figure that
does not move when other processes share the machine (wall-clock benchmarks on a busy 2-core VM move by a
third). For comparing two versions of the parser while working on its speed; `make bench-parser` stays
the benchmark whose figures we report.

    .venv/bin/python scripts/count_parser.py [--rounds N] [--set newswire|seeds] [--out FILE]

Prints the instruction count of N rounds over the set after a warm-up round (languages loaded, tries
built), and leaves a callgrind profile in FILE (default /tmp/count_parser.out) for
`callgrind_annotate --inclusive=yes FILE`. The compiled build is used when it is current, as in the app;
QUOTEDESK_PARSER=pure counts the Python sources.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _workload(which: str) -> list[tuple[str, str]]:
    if which == "seeds":
        return [(p.read_text(encoding="utf-8"), "") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = ROOT.parent / "shared" / "eval" / "newswire.gold.jsonl"
    if not gold.exists():
        sys.exit(f"{gold} is absent: count on --set seeds")
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(d["text"], d.get("lang") or "") for d in docs]


def _child(which: str, rounds: int) -> None:
    sys.path.insert(0, str(ROOT))
    from attribution.parsing import extract, native

    print(f"parser: {native.describe()}", file=sys.stderr)
    docs = _workload(which)
    for text, lang in docs:  # warm-up: not counted
        extract(text, lang=lang or None)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for _ in range(rounds):
        for text, lang in docs:
            extract(text, lang=lang or None)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--set", choices=["newswire", "seeds"], default="newswire")
    ap.add_argument("--out", default="/tmp/count_parser.out")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.set, args.rounds)
        return
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={args.out}",
           sys.executable, __file__, "--child", "--set", args.set, "--rounds", str(args.rounds)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or m is None:
        sys.exit(run.stderr[-3000:])
    size = sum(len(t.encode("utf-8")) for t, _ in _workload(args.set)) * args.rounds
    n = int(m.group(1))
    build = re.search(r"^parser: (.*)$", run.stderr, re.M)
    print(f"parser {build.group(1) if build else '?'}")
    print(f"{args.set} x{args.rounds}: {n:,} instructions, {n / size:,.0f} per byte  (profile: {args.out})")


if __name__ == "__main__":
    main()
