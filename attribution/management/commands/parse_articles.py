"""python manage.py parse_articles [--all | --article ID ...] — (re)parse and store quotes."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.models import Article
from attribution.progress import ProgressBar
from attribution.services import parse_batch
from attribution.tasks import batch_size, enqueue_parse


class Command(BaseCommand):
    help = "Parse articles and store their quotes. Human-reviewed quotes are never changed."

    def add_arguments(self, parser: CommandParser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true", help="every article")
        group.add_argument(
            "--pending", action="store_true", help="articles not parsed yet or whose parse failed"
        )
        group.add_argument("--article", type=int, nargs="+", metavar="ID", help="these articles")
        parser.add_argument(
            "--background", action="store_true", help="queue for db_worker instead of parsing here"
        )

    def handle(self, *args: object, **options: object) -> None:
        articles = Article.objects.all().order_by("pk")
        if options["article"]:
            ids = options["article"]
            articles = articles.filter(pk__in=ids)  # type: ignore[misc]
            missing = set(ids) - set(articles.values_list("pk", flat=True))  # type: ignore[arg-type]
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif options["pending"]:
            articles = articles.exclude(parse_status=Article.ParseStatus.DONE)
        if options["background"]:
            enqueue_parse(articles.values_list("pk", flat=True))
            self.stdout.write(f"Queued {articles.count()} articles for db_worker.")
            return
        total_quotes = failed = 0
        ids = list(articles.values_list("pk", flat=True))
        bar = ProgressBar(len(ids), label="Parsing", stream=sys.stderr)
        size = batch_size()
        for lo in range(0, len(ids), size):
            # A batch at a time, as the workers do; a failure is recorded on its article and the
            # rest go on. Every article is parsed again, even one already parsed.
            outcome = parse_batch(ids[lo : lo + size], skip_done=False)
            total_quotes += outcome.quotes
            failed += len(outcome.failed)
            for pk, error in outcome.failed.items():
                self.stderr.write(f"Article {pk}: {error}")
            bar.advance(len(ids[lo : lo + size]))
        bar.finish()
        self.stdout.write(
            f"Parsed {bar.done - failed} articles, {total_quotes} machine quotes stored, {failed} failed."
        )
