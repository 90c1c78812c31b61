"""python manage.py group_statements — regroup speakers' quotes into statements, score unscored claims."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from attribution.after_parse import after_parse
from attribution.models import Article, Quote, Statement


class Command(BaseCommand):
    help = "Score unscored quotes' check-worthiness and group every speaker's quotes into statements."

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        ids = list(
            Article.objects.filter(quotes__claim_score__isnull=True).values_list("pk", flat=True).distinct()
        )
        for i in range(0, len(ids), 500):
            after_parse(ids[i : i + 500])
        speakers = Quote.objects.filter(speaker__isnull=False).values_list("speaker_id", flat=True).distinct()
        touched = Statement.regroup_speakers(speakers)
        self.stdout.write(f"{touched} statements touched in {time.perf_counter() - started:.1f} s")
