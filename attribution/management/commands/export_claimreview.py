"""python manage.py export_claimreview --output FILE — ClaimReview JSON-LD of every claim with a verdict."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandParser

from attribution.claimreview import claim_reviews


class Command(BaseCommand):
    help = "Write schema.org ClaimReview JSON-LD for every claim with a verdict ('-' for stdout)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", "-o", required=True, help="file to write, or - for stdout")

    def handle(self, *args: object, **options: object) -> None:
        data = json.dumps(claim_reviews(), ensure_ascii=False, indent=2) + "\n"
        output = str(options["output"])
        if output == "-":
            self.stdout.write(data, ending="")
            return
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(data)
        self.stderr.write(f"Wrote {data.count('"ClaimReview"')} ClaimReview records to {output}")
