"""Access helpers and response helpers shared by the review views."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django_htmx.http import trigger_client_event

from attribution.models import Article, Quote
from attribution.views.access import REVIEW_PERM, require_perm


class BadInput(Exception):
    """A form value the view cannot act on; shown to the reviewer with a 400."""


def _get_article_for_user(request: HttpRequest, pk: int) -> Article:
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Article, pk=pk)


def _get_quote_for_user(request: HttpRequest, pk: int) -> Quote:
    """The quote `pk` with what its row shows; PermissionDenied unless the user may review."""
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Quote.objects.select_related("speaker", "reviewed_by", "article"), pk=pk)


def posted_int(request: HttpRequest, name: str, *, required: bool = True) -> int | None:
    raw = (request.POST.get(name) or "").strip()
    if not raw:
        if required:
            raise BadInput(f"“{name}” is missing.")
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadInput(f"“{name}” must be a whole number, not {raw[:20]!r}.") from None


def posted_span(request: HttpRequest, body: str) -> tuple[int, int]:
    """start/end from the form, with whitespace at either edge of the selection dropped."""
    start, end = posted_int(request, "start"), posted_int(request, "end")
    assert start is not None and end is not None
    if 0 <= start < end <= len(body):
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start == end:
            raise BadInput("The selection holds only spaces.")
    return start, end


def posted_version(request: HttpRequest) -> int | None:
    """The version the reviewer's form was rendered with (optimistic locking)."""
    return posted_int(request, "version", required=False)


@lru_cache(maxsize=1)
def row_urls() -> dict[str, str]:
    """URL prefixes for the quote rows: reversing a dozen URLs per row would dominate a 200-quote page."""
    return {
        "quote": reverse("quote", args=[0]).removesuffix("0/"),
        "person": reverse("person", args=[0]).removesuffix("0/"),
    }


def quote_url(quote: Quote) -> str:
    return f"{reverse('article', args=[quote.article_id])}#quote-{quote.pk}"


def back_to(request: HttpRequest, fallback: str) -> HttpResponse:
    """Redirect a plain form POST back to where it came from (same site only)."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def announce(response: HttpResponse, *events: str, **with_params: dict[str, Any]) -> HttpResponse:
    """Tell the page what changed (HX-Trigger): bare events by name, events with details as kwargs
    (`quote_changed={...}` sends the event `quote-changed`)."""
    for name in events:
        trigger_client_event(response, name, {})
    for name, params in with_params.items():
        trigger_client_event(response, name.replace("_", "-"), params)
    return response


def forbid(message: str) -> None:
    raise PermissionDenied(message)
