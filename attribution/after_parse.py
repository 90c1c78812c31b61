"""What follows a parse, in a task of its own so it never slows the parse down: check-worthiness scores
for the new quotes, their speakers' statements regrouped, the articles' sourcing flags refreshed.

Below attribution/services.py (which schedules it after storing quotes) and attribution/tasks.py (which
hands the task on under its old name): neither is imported here.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.tasks import task

from attribution import checkworthy, insight
from attribution.models import Article, Quote, Statement


def after_parse(article_ids: Iterable[int]) -> None:
    """Score new quotes' check-worthiness, regroup their speakers' statements, refresh sourcing flags."""
    ids = list(article_ids)
    if not ids:
        return
    langs = dict(Article.objects.filter(pk__in=ids).values_list("pk", "language"))
    unscored = list(
        Quote.objects.filter(article_id__in=ids, claim_score__isnull=True).only("id", "text", "article_id")
    )
    for q in unscored:
        q.claim_score, q.claim_reasons = checkworthy.stored(q.text, langs.get(q.article_id) or "en")
    if unscored:
        Quote.objects.bulk_update(unscored, ["claim_score", "claim_reasons"], batch_size=500)
    speakers = set(
        Quote.objects.filter(article_id__in=ids, speaker_id__isnull=False).values_list(
            "speaker_id", flat=True
        )
    )
    Statement.regroup_speakers(speakers)
    insight.refresh_sourcing(ids)


@task()
def claims_after_parse_task(article_ids: list[int]) -> int:
    """Claim scores, same-statement groups and sourcing flags for freshly parsed articles."""
    after_parse(article_ids)
    return len(article_ids)


def schedule_after_parse(article_ids: Iterable[int]) -> None:
    """Run after_parse in its own task once the parse is committed (it never slows the parse down)."""
    ids = sorted({int(pk) for pk in article_ids})
    if ids:
        transaction.on_commit(lambda: claims_after_parse_task.enqueue(ids))
