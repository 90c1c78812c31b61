"""python manage.py extract_quotes --input docs.jsonl --output preds.jsonl | --text FILE

Runs the pure-Python parser on files; never touches the database.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.parsing.cli import run, table


class Command(BaseCommand):
    help = "Extract attributed quotations from JSON-lines documents (or one text file) without the database."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", help='JSON lines {"id", "text", "lang"?}; "-" for stdin')
        parser.add_argument("--output", help="prediction JSON lines (default: stdout)")
        parser.add_argument("--text", metavar="FILE", help="print a readable table for one plain-text file")
        parser.add_argument("--lang", help="language of --text (detected when omitted)")

    def handle(self, *args: object, **options: object) -> None:
        if options["text"]:
            path = Path(str(options["text"]))
            try:
                body = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc}") from exc
            self.stdout.write(table(body, options["lang"] or None))  # type: ignore[arg-type]
            return
        if not options["input"]:
            raise CommandError("give --input FILE.jsonl (or --text FILE)")
        src = str(options["input"])
        try:
            inp = sys.stdin if src == "-" else open(src, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot read {src}: {exc}") from exc
        try:
            if options["output"]:
                with open(str(options["output"]), "w", encoding="utf-8") as out:
                    bad = run(inp, out, self.stderr)
            else:
                bad = run(inp, self.stdout, self.stderr)
        finally:
            if inp is not sys.stdin:
                inp.close()
        if bad:
            self.stderr.write(f"{bad} malformed line(s) skipped")
