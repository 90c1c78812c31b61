"""Parse progress as HTMX fragments: one article's parse status, and a batch import's progress.

Each fragment is a template of its own under templates/progress/ so any page can include it:

    {% include "progress/article_status.html" with article=article %}
    {% include "progress/batch.html" with batch=batch %}   {# batch = batch_progress(ids) #}

Both poll every 2 s; pass poll="10s" to the include for a calmer page (e.g. many rows at once).

While work is outstanding the fragment polls its own endpoint (hx-trigger="every 2s", swapping
itself); once finished it stops polling. The article fragment sends the `parse-finished` event
when it sees a parse end, so a page can refresh its quotes (hx-trigger="parse-finished from:body").
A batch is named by its article ids, compressed to ranges ("12-480,495"), so no table is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from attribution.exports import is_id
from attribution.models import Article, Quote, QuoteEvent
from attribution.tasks import enqueue_parse
from attribution.views.access import IMPORT_PERM, REVIEW_PERM, require_perm

MAX_RANGES = 500
# A web import makes at most a few ten thousand articles (5 MB of JSON Lines); ranges past this many ids
# in all name no batch (encode_ids closes small gaps between concurrent imports, well below this).
MAX_BATCH_IDS = 10_000_000
UNFINISHED = (Article.ParseStatus.PENDING, Article.ParseStatus.RUNNING)


def encode_ids(ids: list[int] | set[int], max_ranges: int = 200) -> str:
    """Article ids as compact ranges: [1, 2, 3, 7] -> "1-3,7".

    Imports running side by side interleave their ids; past `max_ranges` the smallest gaps are
    closed (the batch then also counts a few neighbours' articles) so the polling URL stays short.
    """
    ranges: list[list[int]] = []
    for pk in sorted(set(ids)):
        if ranges and pk == ranges[-1][1] + 1:
            ranges[-1][1] = pk
        else:
            ranges.append([pk, pk])
    if len(ranges) > max_ranges:
        gaps = sorted(range(1, len(ranges)), key=lambda k: ranges[k][0] - ranges[k - 1][1])
        closed = set(gaps[: len(ranges) - max_ranges])
        merged: list[list[int]] = []
        for k, current in enumerate(ranges):
            if k in closed:
                merged[-1][1] = current[1]
            else:
                merged.append(list(current))
        ranges = merged
    return ",".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in ranges)


def decode_ids(text: str) -> list[tuple[int, int]]:
    """Inverse of encode_ids, as inclusive ranges; raises ValueError on anything malformed: not ASCII
    digits, an id past what the database holds, too many ranges, or more ids than any import makes."""
    ranges: list[tuple[int, int]] = []
    for part in text.split(","):
        low, sep, high = part.strip().partition("-")
        if not is_id(low) or (sep and not is_id(high)):
            raise ValueError(part[:40])
        start, end = int(low), int(high) if sep else int(low)
        if end < start:
            raise ValueError(part[:40])
        ranges.append((start, end))
    if not ranges or len(ranges) > MAX_RANGES:
        raise ValueError("too many ranges")
    if sum(end - start + 1 for start, end in ranges) > MAX_BATCH_IDS:
        raise ValueError("too many ids")
    return ranges


class BatchForm(forms.Form):
    """The `ids` naming an import batch (encode_ids), checked before any query runs."""

    ids = forms.CharField(max_length=20_000)

    def clean_ids(self) -> str:
        try:
            decode_ids(self.cleaned_data["ids"])
        except ValueError:
            raise forms.ValidationError("No such import batch.") from None
        return self.cleaned_data["ids"]


@dataclass
class BatchProgress:
    ids: str
    total: int
    done: int
    failed: int
    running: int
    pending: int
    failed_articles: list[Article]

    @property
    def finished(self) -> int:
        return self.done + self.failed

    @property
    def complete(self) -> bool:
        return self.pending + self.running == 0

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.finished / self.total)


def _ranges_q(ranges: list[tuple[int, int]]) -> Q:
    q = Q()
    for start, end in ranges:
        q |= Q(pk=start) if start == end else Q(pk__range=(start, end))
    return q


def batch_progress(ids: str | list[int] | set[int], failed_limit: int = 20) -> BatchProgress:
    """Counts per parse status for the articles of one import (ids or an encode_ids string)."""
    encoded = ids if isinstance(ids, str) else encode_ids(ids)
    articles = Article.objects.filter(_ranges_q(decode_ids(encoded))) if encoded else Article.objects.none()
    counts = articles.aggregate(
        total=Count("pk"),
        **{status.value: Count("pk", filter=Q(parse_status=status)) for status in Article.ParseStatus},
    )
    failed_qs = articles.filter(parse_status=Article.ParseStatus.FAILED).order_by("pk")
    failed = list(failed_qs.only("pk", "title", "parse_error")[:failed_limit])
    return BatchProgress(
        ids=encoded,
        total=counts["total"],
        done=counts["done"],
        failed=counts["failed"],
        running=counts["running"],
        pending=counts["pending"],
        failed_articles=failed,
    )


def _batch_from_request(request: HttpRequest) -> BatchProgress:
    form = BatchForm({"ids": request.GET.get("ids") or request.POST.get("ids") or ""})
    if not form.is_valid():
        raise Http404("No such import batch.")
    return batch_progress(form.cleaned_data["ids"])


def _poll(request: HttpRequest) -> str | None:
    """The polling interval a page asked for ("10s"), kept across polls; None means the default."""
    value = request.GET.get("poll", "")
    return value if re.fullmatch(r"[1-9][0-9]{0,2}s", value) else None


def _next_url(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


@login_required
@require_GET
def article_status(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    article = get_object_or_404(Article.objects.only("pk", "parse_status", "parse_error", "parsed_at"), pk=pk)
    response = render(request, "progress/article_status.html", {"article": article, "poll": _poll(request)})
    # The fragment only polls while unfinished, so a finished answer to a poll is the transition.
    if request.htmx and article.parse_status not in UNFINISHED:
        trigger_client_event(response, "parse-finished", {"article": article.pk})
    return response


@login_required
@require_POST
def article_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a failed parse again (any reviewer). A parsed article is refused: see article_reparse."""
    require_perm(request.user, REVIEW_PERM)
    article = get_object_or_404(Article.objects.only("pk", "parse_status", "parse_error", "parsed_at"), pk=pk)
    if article.parse_status == Article.ParseStatus.DONE:
        return HttpResponse(
            "This article is already parsed; an editor can force a re-parse from its page.",
            status=409,
            content_type="text/plain; charset=utf-8",
        )
    if article.parse_status == Article.ParseStatus.FAILED:
        enqueue_parse([article.pk])
        article.refresh_from_db(fields=["parse_status", "parse_error", "parsed_at"])
    # pending or running: already queued (a double-clicked Retry), nothing to do
    if request.htmx:
        return render(request, "progress/article_status.html", {"article": article})
    return redirect(_next_url(request, reverse("article", args=[article.pk])))


def reparse_effect(article_id: int) -> dict[str, int]:
    """What a forced re-parse would move: machine quotes it replaces, and the quotes it keeps."""
    human = QuoteEvent.objects.filter(quote_id=OuterRef("pk")).exclude(action=QuoteEvent.Action.PARSE)
    counts = (
        Quote.objects.filter(article_id=article_id)
        .annotate(human=Exists(human))
        .aggregate(
            total=Count("pk"),
            replaced=Count("pk", filter=Q(status=Quote.Status.PENDING, human=False)),
            reviewed=Count("pk", filter=~Q(status=Quote.Status.PENDING)),
        )
    )
    counts["touched"] = counts["total"] - counts["replaced"] - counts["reviewed"]
    return counts


@login_required
@require_http_methods(["GET", "POST"])
def article_reparse(request: HttpRequest, pk: int) -> HttpResponse:
    """An editor forces a re-parse of a parsed article, after a page saying what it will move.

    Reviewed quotes (and pending ones with any review history) are kept, with their ids and audit
    events; the parser's pending quotes are replaced by its new findings, those found again at the
    same span keeping their ids.
    """
    require_perm(request.user, IMPORT_PERM)
    article = get_object_or_404(Article.objects.only("pk", "title", "parse_status"), pk=pk)
    busy = article.parse_status in UNFINISHED
    if request.method == "POST":
        if busy:
            messages.info(request, "This article is already waiting to be parsed.")
        else:
            enqueue_parse([article.pk])
            messages.success(request, "Re-parse queued; reviewed quotes are kept as they are.")
        return redirect("article", pk=article.pk)
    context = {"article": article, "busy": busy, "effect": reparse_effect(article.pk)}
    return render(request, "progress/reparse.html", context)


@login_required
@require_GET
def batch_status(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    context = {"batch": _batch_from_request(request), "poll": _poll(request)}
    return render(request, "progress/batch.html", context)


@login_required
@require_POST
def batch_retry(request: HttpRequest) -> HttpResponse:
    """Queue the failed articles of a batch again."""
    require_perm(request.user, REVIEW_PERM)
    batch = _batch_from_request(request)
    failed = Article.objects.filter(
        _ranges_q(decode_ids(batch.ids)), parse_status=Article.ParseStatus.FAILED
    ).values_list("pk", flat=True)
    enqueue_parse(list(failed))
    if request.htmx:
        return render(request, "progress/batch.html", {"batch": batch_progress(batch.ids)})
    return redirect(_next_url(request, reverse("queue")))
