"""python manage.py dedupe_persons [--apply] — propose (with --apply, make) merges of duplicate persons."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from attribution.dedupe import find_duplicates


class Command(BaseCommand):
    help = (
        "List persons that are one real person (other spellings, other scripts, a name that is another's "
        "alias) with the reasons, and aliases that are not names. Nothing changes without --apply."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--apply", action="store_true", help="merge, drop non-name aliases, fix kinds")

    def handle(self, *args: object, **options: object) -> None:
        report = find_duplicates()
        apply = bool(options["apply"])
        out = self.stdout
        for proposal in report.merges:
            merged = ", ".join(f"“{p.name}” (#{p.pk})" for p in proposal.merge)
            out.write(f"merge {merged} into “{proposal.keep.name}” (#{proposal.keep.pk})")
            for reason in proposal.reasons:
                out.write(f"    because {reason}")
        for line in report.ambiguous:
            out.write(f"ambiguous: {line}")
        for alias in report.bad_aliases:
            out.write(f"drop alias “{alias.name}” of “{alias.person.name}”: not a name")
        for person, kind in report.kinds:
            out.write(f"kind of “{person.name}” (#{person.pk}): person → {kind}")
        for person in report.not_names:
            out.write(f"not a name (left alone, review by hand): “{person.name}” (#{person.pk})")
        if not apply:
            out.write(
                f"{len(report.merges)} merges, {len(report.bad_aliases)} aliases to drop, "
                f"{len(report.kinds)} kinds to fix proposed; run with --apply to make them."
            )
            return
        moved = 0
        merged_away = {p.pk for proposal in report.merges for p in proposal.merge}
        with transaction.atomic():
            for alias in report.bad_aliases:
                alias.delete()
            for person, kind in report.kinds:
                if person.pk not in merged_away:
                    person.kind = kind
                    person.save(update_fields=["kind"])
            for proposal in report.merges:
                moved += proposal.keep.merge_from(proposal.merge, by=None)
        out.write(
            self.style.SUCCESS(
                f"Applied {len(report.merges)} merges ({moved} quotes moved), dropped "
                f"{len(report.bad_aliases)} aliases, fixed {len(report.kinds)} kinds."
            )
        )
