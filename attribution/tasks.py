"""Background work with django.tasks (the db_worker backend in production, immediate in tests)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.tasks import task

from attribution.models import Article


@task()
def parse_article_task(article_id: int) -> int:
    from attribution.services import parse_article

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    return parse_article(article)


def enqueue_parse(article_ids: Iterable[int]) -> None:
    """Queue a parse for each article once the surrounding transaction commits."""
    ids = list(article_ids)
    if not ids:
        return
    Article.objects.filter(pk__in=ids).update(parse_status=Article.ParseStatus.PENDING, parse_error="")

    def _enqueue() -> None:
        for pk in ids:
            parse_article_task.enqueue(pk)

    transaction.on_commit(_enqueue)
