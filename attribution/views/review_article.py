"""The article review page and its refreshable fragments (counters, body, quote list)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET, require_POST

from attribution.models import Article, Person, Quote
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_body import highlighted_body
from attribution.views.review_common import (
    BadInput,
    Row,
    _get_article_for_user,
    announce,
    posted_span,
    render_row,
    rows_of,
)
from attribution.views.review_persons import person_from_form

TEMPLATE = "review/article.html"
DEFAULT_BULK_THRESHOLD = 0.9
ROWS_CACHE_PREFIX = "review-rows:v1"  # bump when the quote-row markup changes
ROWS_CACHE_SECONDS = 600


def article_counts(quotes: Iterable[Row | Quote]) -> dict[str, int]:
    counts = {"total": 0, "pending": 0, "verified": 0, "rejected": 0}
    for q in quotes:
        counts["total"] += 1
        if q.status == Quote.Status.PENDING:
            counts["pending"] += 1
        elif q.status == Quote.Status.REJECTED:
            counts["rejected"] += 1
        else:
            counts["verified"] += 1
    counts["done"] = counts["total"] - counts["pending"]
    return counts


def counts_from_db(article_id: int) -> dict[str, int]:
    """The article's counts in one small GROUP BY (cheaper to build than filtered aggregates)."""
    by_status = dict(
        Quote.objects.filter(article_id=article_id)
        .order_by()
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    total = sum(by_status.values())
    pending = by_status.get(Quote.Status.PENDING, 0)
    rejected = by_status.get(Quote.Status.REJECTED, 0)
    verified = sum(by_status.get(s, 0) for s in Quote.VERIFIED)
    return {
        "total": total,
        "pending": pending,
        "verified": verified,
        "rejected": rejected,
        "done": total - pending,
    }


def render_counters(article_id: int, counts: dict[str, int], *, oob: bool = False) -> SafeString:
    """The counters fragment; `oob` marks it for an out-of-band swap in an action's answer."""
    context = {"article": {"pk": article_id}, "counts": counts, "oob": oob}
    return get_template(f"{TEMPLATE}#counters").render(context)


def rows_html(article_id: int, rows: list[Row]) -> SafeString:
    """The quote list's rows, each rendered once and reused while its Row.key stays the same.

    One cache entry per article maps quote id -> (key, html), so a page load is one cache read,
    and after a confirm only the changed row is rendered again (and the entry written back).
    The key holds everything a row shows, so a stale row can never be served.
    """
    cache_key = f"{ROWS_CACHE_PREFIX}:{article_id}"
    cached: dict[int, tuple[tuple[Any, ...], str]] = cache.get(cache_key) or {}
    parts: list[str] = []
    fresh: dict[int, tuple[tuple[Any, ...], str]] = {}
    changed = len(cached) != len(rows)
    for row in rows:
        hit = cached.get(row.pk)
        if hit is None or hit[0] != row.key:
            hit = (row.key, str(render_row(row)))
            changed = True
        fresh[row.pk] = hit
        parts.append(hit[1])
    if changed:
        cache.set(cache_key, fresh, ROWS_CACHE_SECONDS)
    return mark_safe("".join(parts))  # noqa: S308 - each part is a rendered (autoescaped) template


def review_context(article: Article) -> dict[str, Any]:
    rows = rows_of(Quote.objects.filter(article=article))
    return {
        "article": article,
        "quotes": rows,
        "rows_html": rows_html(article.pk, rows),
        "body_html": highlighted_body(article.body, rows),
        "counts": article_counts(rows),
        "kinds": Quote.Kind.choices,
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
    return HttpResponse(render_counters(article.pk, counts_from_db(article.pk)))


@login_required
@require_GET
def article_body(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    rows = rows_of(Quote.objects.filter(article=article))
    return render(
        request, f"{TEMPLATE}#body", {"article": article, "body_html": highlighted_body(article.body, rows)}
    )


@login_required
@require_GET
def article_quotes(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    rows = rows_of(Quote.objects.filter(article=article))
    return render(
        request,
        f"{TEMPLATE}#quote-list",
        {"article": article, "quotes": rows, "rows_html": rows_html(article.pk, rows)},
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
