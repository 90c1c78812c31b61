"""Gather what reviewers' corrections teach the parser and print the suggestions with counts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from attribution.learning import gather
from attribution.models import RuleSuggestion


class Command(BaseCommand):
    help = "Gather rule suggestions from quotes reviewers added or re-attributed, and list them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--status", choices=RuleSuggestion.Status.values, default=RuleSuggestion.Status.OPEN
        )
        parser.add_argument("--language", default="", help="only this language code")
        parser.add_argument("--no-gather", action="store_true", help="list without gathering first")

    def handle(self, *args: Any, status: str, language: str, no_gather: bool, **options: Any) -> None:
        if not no_gather:
            gather()
        rows = RuleSuggestion.objects.filter(status=status, count__gt=0)
        if language:
            rows = rows.filter(language=language)
        rows = rows.order_by("-count", "language", "kind", "value")
        self.stdout.write(
            f"{'count':>5}  {'lang':<4} {'kind':<9} {'value':<28} {'lemma':<20} {'frame':<10} example"
        )
        n = 0
        for s in rows:
            example = (s.examples or [""])[0]
            example = example[:80] + ("…" if len(example) > 80 else "")
            self.stdout.write(
                f"{s.count:>5}  {s.language:<4} {s.kind:<9} {s.value:<28} {s.lemma:<20} {s.frame or '-':<10} "
                f"{example}"
            )
            n += 1
        self.stdout.write(f"{n} {status} suggestion(s). Accept them in the admin (Rule suggestions).")
