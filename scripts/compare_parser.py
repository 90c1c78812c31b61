"""Every prediction of the parser in this tree, dumped to a file and compared with an earlier dump.

Run it before a parser change to save what the parser says, and after it to see every difference:

    .venv/bin/python scripts/compare_parser.py dump /tmp/before.jsonl      # on the old tree
    .venv/bin/python scripts/compare_parser.py check /tmp/before.jsonl     # on the new tree

(`--repo DIR` runs the parser of another checkout, e.g. a copy of this script on a tree without it.)

`check` dumps the current tree (to `--out`, default a file next to the saved one) and prints the
documents whose quotes differ, quote by quote; it exits 1 when any differ. A refactoring must print
"identical"; an accuracy change shows what it changed, document by document.

The documents: every gold set under tests/parsing/ (corpus, blind, fresh, wire_en, wire_frhi, es, de; the
lead's holdouts in tests/parsing/lead_holdout only with --holdout, so that working on the parser never
shows their sentences)
and the shared development sets ../shared/eval/seeds.gold.jsonl and newswire.gold.jsonl (skipped with
a note when that folder is absent). `--files` adds other .jsonl files of {"id", "text", "lang"} records.
Every field of every quote is compared (spans, kind, speaker, mention, cue, confidence, rule).
QUOTEDESK_PARSER=pure compares the Python sources even where a compiled build exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # --repo changes it: the tree whose parser runs
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def gold_files(extra: list[str], holdout: bool = False) -> list[Path]:
    files = sorted((ROOT / "tests" / "parsing").rglob("*.gold.jsonl"))
    if not holdout:  # the lead's holdouts stay unseen: their quotes are printed only with --holdout
        files = [f for f in files if "lead_holdout" not in f.parts]
    for name in ("seeds.gold.jsonl", "newswire.gold.jsonl"):
        path = SHARED_EVAL / name
        if path.exists():
            files.append(path)
        else:
            print(f"note: {path} is absent; its documents are not compared", file=sys.stderr)
    return files + [Path(p) for p in extra]


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return path.name if path.resolve().parent == SHARED_EVAL.resolve() else str(path)


def predictions(files: list[Path]) -> list[dict]:
    from attribution.parsing import extract

    rows = []
    for path in files:
        with path.open(encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        for d in docs:
            text = d["text"]
            quotes = [q.to_dict(text) for q in extract(text, d.get("lang"))]
            for q in quotes:
                q["text"] = text[q["start"] : q["end"]]
            rows.append({"file": _label(path), "id": d["id"], "quotes": quotes})
    return rows


def write(rows: list[dict], out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def read(path: Path) -> dict[tuple[str, str], list[dict]]:
    with path.open(encoding="utf-8") as f:
        return {(r["file"], r["id"]): r["quotes"] for r in map(json.loads, filter(str.strip, f))}


def _show(q: dict) -> str:
    return f"{q['start']}:{q['end']} {q['kind']} {q['speaker']!r} [{q['rule']}] {q['text'][:70]!r}"


def diff(before: dict[tuple[str, str], list[dict]], after: dict[tuple[str, str], list[dict]]) -> int:
    """Prints the differences; returns the number of documents that differ."""
    changed = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed += 1
        print(f"== {key[0]} {key[1]}")
        if old is None or new is None:
            print("   only in the " + ("new" if old is None else "saved") + " dump")
            continue
        old_set = {json.dumps(q, sort_keys=True) for q in old}
        new_set = {json.dumps(q, sort_keys=True) for q in new}
        for q in old:
            if json.dumps(q, sort_keys=True) not in new_set:
                print("   - " + _show(q))
        for q in new:
            if json.dumps(q, sort_keys=True) not in old_set:
                print("   + " + _show(q))
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("action", choices=["dump", "check"])
    ap.add_argument("dump_file", help="dump: where to write; check: the saved dump to compare with")
    ap.add_argument("--out", help="check: where to write the current dump (default: <dump_file>.new)")
    ap.add_argument("--files", nargs="*", default=[], help="more .jsonl document files")
    ap.add_argument("--holdout", action="store_true", help="also tests/parsing/lead_holdout")
    ap.add_argument("--repo", help="the checkout whose parser runs (default: this script's)")
    args = ap.parse_args(argv)
    global ROOT, SHARED_EVAL
    if args.repo:
        ROOT = Path(args.repo).resolve()
        SHARED_EVAL = ROOT.parent / "shared" / "eval"
    sys.path.insert(0, str(ROOT))

    from attribution.parsing import native

    files = gold_files(args.files, args.holdout)
    rows = predictions(files)
    n_quotes = sum(len(r["quotes"]) for r in rows)
    summary = f"{len(rows)} documents from {len(files)} files, {n_quotes} quotes ({native.describe()})"
    saved = Path(args.dump_file)
    if args.action == "dump":
        write(rows, saved)
        print(f"dumped {summary} to {saved}")
        return 0
    out = Path(args.out) if args.out else saved.with_name(saved.name + ".new")
    write(rows, out)
    changed = diff(read(saved), read(out))
    if changed:
        print(f"{changed} documents differ ({summary}; current dump in {out})")
        return 1
    print(f"identical: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
