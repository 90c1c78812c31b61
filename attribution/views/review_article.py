"""The article review page and its refreshable fragments (counters, body, quote list)."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from attribution.models import Article, Person, Quote
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_body import highlighted_body
from attribution.views.review_common import BadInput, _get_article_for_user, announce, posted_span, row_urls
from attribution.views.review_persons import person_from_form

TEMPLATE = "review/article.html"
DEFAULT_BULK_THRESHOLD = 0.9


def article_counts(quotes: list[Quote]) -> dict[str, int]:
    counts = {"total": len(quotes), "pending": 0, "verified": 0, "rejected": 0}
    for q in quotes:
        if q.status == Quote.Status.PENDING:
            counts["pending"] += 1
        elif q.status == Quote.Status.REJECTED:
            counts["rejected"] += 1
        else:
            counts["verified"] += 1
    counts["done"] = counts["total"] - counts["pending"]
    return counts


def counts_from_db(article: Article) -> dict[str, int]:
    agg = Quote.objects.filter(article=article).aggregate(
        total=Count("id"),
        pending=Count("id", filter=Q(status=Quote.Status.PENDING)),
        rejected=Count("id", filter=Q(status=Quote.Status.REJECTED)),
        verified=Count("id", filter=Q(status__in=Quote.VERIFIED)),
    )
    agg["done"] = agg["total"] - agg["pending"]
    return agg


def quotes_fingerprint(article: Article, quotes: list[Quote]) -> str:
    """Changes whenever anything the quote list or the highlighted body shows changes.

    The page caches both fragments under it ({% cache %}), so a reviewer reloading an article
    pays for rendering 200 rows only when someone changed something.
    """
    parts = [article.content_hash]
    for q in quotes:
        speaker = q.speaker
        q.row_key = (  # type: ignore[attr-defined]  # each row is cached under its own key too
            f"{q.pk}:{q.version}:{q.status}:{q.kind}:{q.start}:{q.end}:{q.speaker_id}:{q.speaker_label}:"
            f"{speaker.name if speaker else ''}:{speaker.title if speaker else ''}:{q.reviewed_by_id}:"
            f"{q.confidence}:{q.rule}:{q.cue_verb}:{q.cue_start}:{q.cue_end}:{q.mention_start}:{q.mention_end}"
        )
        parts.append(q.row_key)  # type: ignore[attr-defined]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


# Only what the rows and the body show: loading 200 quotes is most of a page's cost.
ROW_FIELDS = (
    "id",
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "status",
    "version",
    "confidence",
    "rule",
    "cue_verb",
    "cue_start",
    "cue_end",
    "mention_start",
    "mention_end",
    "speaker_label",
    "speaker_id",
    "reviewed_by_id",
    "speaker__name",
    "speaker__title",
    "reviewed_by__username",
)


def quotes_for_page(article: Article) -> list[Quote]:
    return list(Quote.objects.filter(article=article).for_review().only(*ROW_FIELDS))


def review_context(article: Article) -> dict[str, Any]:
    quotes = quotes_for_page(article)
    return {
        "article": article,
        "quotes": quotes,
        "fingerprint": quotes_fingerprint(article, quotes),
        "body_html": lambda: highlighted_body(article.body, quotes),
        "counts": article_counts(quotes),
        "kinds": Quote.Kind.choices,
        "urls": row_urls(),
        "bulk_threshold": DEFAULT_BULK_THRESHOLD,
    }


@login_required
@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    return render(request, TEMPLATE, review_context(article))


@login_required
@require_GET
def article_counters(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    return render(request, f"{TEMPLATE}#counters", {"article": article, "counts": counts_from_db(article)})


@login_required
@require_GET
def article_body(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    quotes = list(
        Quote.objects.filter(article=article).only(
            "id", "start", "end", "cue_start", "cue_end", "mention_start", "mention_end", "kind", "status"
        )
    )
    return render(
        request, f"{TEMPLATE}#body", {"article": article, "body_html": highlighted_body(article.body, quotes)}
    )


@login_required
@require_GET
def article_quotes(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    quotes = quotes_for_page(article)
    return render(
        request,
        f"{TEMPLATE}#quote-list",
        {
            "article": article,
            "quotes": quotes,
            "urls": row_urls(),
            "fingerprint": quotes_fingerprint(article, quotes),
        },
    )


def _page_changed(
    request: HttpRequest, article: Article, message: str, status: int = 200, **extra: Any
) -> HttpResponse:
    """After an action touching many quotes: the page refreshes its list, body and counters."""
    if request.htmx:
        response = HttpResponse(status=status)
        return announce(
            response,
            "list-changed",
            "body-changed",
            "quotes-changed",
            "toast",
            toast={"message": message},
            **extra,
        )
    messages.success(request, message)
    return redirect("article", pk=article.pk)


@login_required
@require_POST
def bulk_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    raw = (request.POST.get("min_confidence") or "").strip()
    try:
        threshold = float(raw)
    except ValueError:
        threshold = -1.0
    if not 0.0 <= threshold <= 1.0:
        return _bad_request(request, article, f"Confidence must be a number from 0 to 1, not “{raw[:20]}”.")
    n = Quote.objects.filter(article=article).bulk_confirm(threshold, by=request.user)
    noun = "quote" if n == 1 else "quotes"
    return _page_changed(
        request, article, f"Confirmed {n} remaining {noun} with confidence ≥ {threshold:.2f}."
    )


@login_required
@require_POST
def add_quote(request: HttpRequest, pk: int) -> HttpResponse:
    """A quote the parser missed: the reviewer selected its text and named the speaker."""
    article = _get_article_for_user(request, pk)
    try:
        start, end = posted_span(request, article.body)
        kind = request.POST.get("kind") or Quote.Kind.DIRECT
        if kind not in Quote.Kind.values:
            raise BadInput(f"Unknown kind “{kind[:20]}”.")
        person: Person | None = person_from_form(request)
        quote = Quote.add_by_hand(article, start, end, by=request.user, speaker=person, kind=kind)
    except (BadInput, ValueError) as exc:
        return _bad_request(request, article, str(exc))
    text = quote.text if len(quote.text) < 60 else quote.text[:57] + "…"
    return _page_changed(
        request, article, f"Added “{text}” ({quote.speaker_name}).", quote_select={"id": quote.pk}
    )


def _bad_request(request: HttpRequest, article: Article, message: str) -> HttpResponse:
    if request.htmx:
        response = HttpResponse(status=400)
        return announce(response, "toast", toast={"message": message, "level": "error"})
    messages.error(request, message)
    return redirect("article", pk=article.pk)


def require_review(request: HttpRequest) -> None:
    require_perm(request.user, REVIEW_PERM)
