"""python manage.py import_articles PATH... — .txt, .md, .html and .jsonl files or folders."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.ingest import ImportReport, documents_from_path, ingest_items, iter_paths
from attribution.progress import ProgressBar
from attribution.tasks import enqueue_parse


class Command(BaseCommand):
    help = "Import articles from .txt, .md, .html and .jsonl files (or folders of them) and queue parsing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--no-parse", action="store_true", help="import only; do not queue parsing")
        parser.add_argument("--sync", action="store_true", help="parse in this process instead of by workers")

    def handle(self, *args: object, **options: object) -> None:
        paths = list(iter_paths(options["paths"]))  # type: ignore[arg-type]
        if not paths:
            raise CommandError("No importable files (.txt, .md, .html, .jsonl) found.")
        report = ImportReport()
        bar = ProgressBar(len(paths), label="Importing", stream=sys.stderr, enabled=len(paths) > 1)
        for path in paths:
            ingest_items(documents_from_path(Path(path)), report)
            bar.advance()
        bar.finish()
        ids = [a.pk for a in report.imported]
        if not options["no_parse"]:
            if options["sync"]:
                from attribution.services import parse_batch
                from attribution.tasks import batch_size

                bar = ProgressBar(len(ids), label="Parsing", stream=sys.stderr, enabled=len(ids) > 1)
                for lo in range(0, len(ids), batch_size()):
                    chunk = ids[lo : lo + batch_size()]
                    for pk, error in parse_batch(chunk, skip_done=False).failed.items():
                        self.stderr.write(f"Article {pk}: {error}")
                    bar.advance(len(chunk))
                bar.finish()
                # claim scores, statements and sourcing flags here too (a worker would do them later)
                from attribution.after_parse import after_parse

                after_parse(ids)
            else:
                enqueue_parse(ids)
        self.stdout.write(f"Imported: {len(report.imported)}")
        self.stdout.write(f"Duplicates: {len(report.duplicates)}")
        for line in report.duplicates:
            self.stdout.write(f"  = {line}")
        self.stdout.write(f"Rejected: {len(report.rejected)}")
        for line in report.rejected:
            self.stdout.write(f"  ! {line}")
