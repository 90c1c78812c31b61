"""JSON-lines in, predictions out: shared by `python -m attribution.parsing` and the management command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from attribution.parsing import extract


@dataclass(frozen=True)
class BadLine:
    line_no: int
    reason: str


def predict_lines(lines: Iterable[str]) -> Iterator[dict[str, Any] | BadLine]:
    """For each input line {"id", "text", "lang"?} yield {"id", "quotes"}, or a BadLine to report."""
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield BadLine(no, f"not JSON ({exc.msg})")
            continue
        if not isinstance(doc, dict):
            yield BadLine(no, "not a JSON object")
            continue
        text, lang = doc.get("text"), doc.get("lang")
        if not isinstance(text, str):
            yield BadLine(no, 'missing "text" string')
            continue
        if lang is not None and not isinstance(lang, str):
            yield BadLine(no, '"lang" is not a string')
            continue
        quotes = extract(text, lang or None)
        yield {"id": doc.get("id", no), "quotes": [q.to_dict(text) for q in quotes]}


def run(inp: IO[str], out: IO[str], err: IO[str]) -> int:
    """Write prediction lines to `out`; report bad lines on `err`. Returns the number of bad lines."""
    bad = 0
    for rec in predict_lines(inp):
        if isinstance(rec, BadLine):
            bad += 1
            err.write(f"line {rec.line_no}: skipped: {rec.reason}\n")
        else:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return bad


def table(text: str, lang: str | None = None) -> str:
    """A readable listing of the quotes in one text (for `extract_quotes --text`)."""
    rows = []
    for q in extract(text, lang):
        quote = " ".join(text[q.start : q.end].split())
        if len(quote) > 90:
            quote = quote[:87] + "..."
        mention = q.mention_text(text) or ""
        rows.append(
            f"{q.start:>6}-{q.end:<6} {q.kind:<8} {q.confidence:4.2f}  {(q.speaker or '?')[:28]:<28} "
            f"[{mention[:24]}] {q.rule}\n{'':16}{quote}"
        )
    return "\n".join(rows) if rows else "(no quotations found)"


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        sys.stderr.write("usage: python -m attribution.parsing DOCS.jsonl|- [--text]\n")
        return 2
    path = argv[0]
    if "--text" in argv[1:]:
        with open(path, encoding="utf-8") as f:
            sys.stdout.write(table(f.read()) + "\n")
        return 0
    if path == "-":
        run(sys.stdin, sys.stdout, sys.stderr)
        return 0
    with open(path, encoding="utf-8") as f:
        run(f, sys.stdout, sys.stderr)
    return 0
