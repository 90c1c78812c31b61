"""python manage.py export_quotes --format csv|jsonl|xlsx [filters] -o FILE (-o - for stdout: csv, jsonl)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution import exports


class Command(BaseCommand):
    help = "Export a quote sheet (verified quotes by default) as CSV, JSON Lines or XLSX."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["csv", "jsonl", "xlsx"], default="csv")
        parser.add_argument(
            "--status",
            default="verified",
            help="verified (default), all (adds pending quotes, marked unverified), "
            "or statuses by name, comma-separated (e.g. rejected)",
        )
        parser.add_argument("--since", help="articles published on or after this date (YYYY-MM-DD)")
        parser.add_argument("--until", help="articles published on or before this date (YYYY-MM-DD)")
        parser.add_argument("--speaker", help="person id, name or alias")
        parser.add_argument("--source", help="source / outlet (exact, case-insensitive)")
        parser.add_argument("--language", help="article language code, e.g. en")
        parser.add_argument("--article", help="article id")
        parser.add_argument("--bom", action="store_true", help="start CSV with a UTF-8 BOM (for Excel)")
        parser.add_argument("-o", "--output", required=True, help="file to write; - for stdout (csv, jsonl)")

    def handle(self, *args: Any, **options: Any) -> None:
        fmt: str = options["format"]
        output: str = options["output"]
        if output == "-" and fmt == "xlsx":
            raise CommandError("XLSX is a binary file; write it to a file with -o FILE.xlsx.")
        if options["bom"] and fmt != "csv":
            raise CommandError("--bom only applies to --format csv.")
        try:
            filters = exports.QuoteFilters.from_params(
                {
                    "status": options["status"],
                    "date_from": options["since"],
                    "date_to": options["until"],
                    "speaker": options["speaker"],
                    "source": options["source"],
                    "language": options["language"],
                    "article": options["article"],
                }
            )
        except exports.FilterError as error:
            raise CommandError(str(error)) from None

        counted = _Counter(exports.quote_sheet_rows(filters))
        if fmt == "xlsx":
            exports.write_xlsx(counted, output)
        else:
            chunks = exports.text_chunks("csv-excel" if options["bom"] else fmt, counted)
            if output == "-":
                for chunk in chunks:
                    self.stdout.write(chunk, ending="")
                self.stdout.flush()
            else:
                with open(output, "w", encoding="utf-8", newline="") as file:
                    for chunk in chunks:
                        file.write(chunk)
        # The summary goes to stderr so that `-o -` output stays clean.
        destination = "stdout" if output == "-" else output
        self.stderr.write(f"Exported {counted.count} quotes as {fmt} to {destination}.")


class _Counter:
    """Passes rows through, counting them."""

    def __init__(self, rows: Any) -> None:
        self.rows = rows
        self.count = 0

    def __iter__(self) -> Any:
        for row in self.rows:
            self.count += 1
            yield row
