"""Actions on one quote: confirm, reject, speaker, kind, span, undo, and its history.

Each is a POST that works as a plain form (redirect back to the article) and under HTMX (the
quote's row fragment plus the article's counters as an out-of-band swap, and a `quote-changed`
event with which the page recolours the quote in the highlighted body).
A form carries the quote's version; if someone changed the quote meanwhile the model raises
StaleQuoteError and the reviewer gets 409 with the current row and a message naming them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from attribution.models import Article, Quote, QuoteEvent, StaleQuoteError
from attribution.second_review import SecondReview, SecondReviewEvent, SecondReviewRefused
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_article import RENDERED_ROWS, counts_from_db, render_counters
from attribution.views.review_common import (
    BadInput,
    Row,
    _get_quote_for_user,
    announce,
    back_to,
    posted_span,
    posted_version,
    quote_row,
    quote_url,
    render_row,
)
from attribution.views.review_persons import person_from_form
from attribution.views.second_review import (
    REQUIRE_PERM,
    editorial_change_refused,
    flag_second_review,
    independent_review_answer,
)
from attribution.views.workflow_discussion import quote_workflow, with_workflow_events


def _answer(
    quote: Quote,
    *,
    status: int = 200,
    message: str = "",
    level: str = "",
    counters: bool = True,
) -> tuple[HttpResponse, Row]:
    """The quote's row as it is now, and (unless told not to) the article's counters as an
    out-of-band swap, so one request updates both: the page need not fetch the counters after
    every action."""
    row = quote_row(quote.pk, _article_body(quote))
    html = render_row(row, message=message, level=level)
    if not message:  # the row as the list shows it: the next page load in this process reuses it
        RENDERED_ROWS.remember(quote.article_id, row, html.encode())
    if counters:
        html += render_counters(quote.article_id, counts_from_db(quote.article_id), oob=True)
    return HttpResponse(html, status=status), row


def _article_body(quote: Quote) -> str:
    """The article's text: already read by the change (Quote._change keeps the article it read),
    else one query (a refused change)."""
    if Quote.article.is_cached(quote):
        return quote.article.body
    return Article.objects.values_list("body", flat=True).get(pk=quote.article_id)


def _act(
    request: HttpRequest, quote: Quote, change: Callable[[int | None], Any], *, span_changed: bool = False
) -> HttpResponse:
    """Run `change(expected_version)` and answer the way the request asked for."""
    try:
        change(posted_version(request))
    except StaleQuoteError as exc:
        if request.htmx:
            response, row = _answer(quote, status=409, message=str(exc), level="conflict")
            # The text shows the quote as it is now (status, kind, and span: the body reloads).
            current = {"id": row.pk, "status": row.status, "kind": row.kind}
            announce(response, "body-changed", quote_changed=current)
            return response
        messages.error(request, str(exc))
        return back_to(request, quote_url(quote))
    except (BadInput, ValueError) as exc:
        if request.htmx:
            return _answer(quote, status=400, message=str(exc), level="error", counters=False)[0]
        messages.error(request, str(exc))
        return back_to(request, quote_url(quote))
    if not request.htmx:
        return back_to(request, quote_url(quote))
    response, row = _answer(quote)
    # quote-changed recolours the quote in the text; the counters came out of band above.
    announce(response, quote_changed={"id": row.pk, "status": row.status, "kind": row.kind})
    if span_changed:
        announce(response, "body-changed")
    return response


def _get_quote_to_review(request: HttpRequest, pk: int) -> Quote:
    """Just enough of quote `pk` to change its status: Quote._change reads the rest itself."""
    require_perm(request.user, REVIEW_PERM)
    quotes = flag_second_review(Quote.objects.only("id", "article_id", "version"))  # no query of its own
    return get_object_or_404(quotes, pk=pk)


@login_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _get_quote_to_review(request, pk)
    if (independent := independent_review_answer(request, quote, status="confirmed")) is not None:
        return independent  # under second review: the reviewer's own review, not the quote's state
    return _act(request, quote, lambda v: quote.confirm(by=request.user, expected_version=v))


@login_required
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _get_quote_to_review(request, pk)
    if (independent := independent_review_answer(request, quote, status="rejected")) is not None:
        return independent
    return _act(request, quote, lambda v: quote.reject(by=request.user, expected_version=v))


@login_required
@require_POST
def change_speaker(request: HttpRequest, pk: int) -> HttpResponse:
    """Pick a person from the typeahead, type a known name or alias, or name a new person."""
    quote = _get_quote_for_user(request, pk)
    if (independent := independent_review_answer(request, quote, speaker_from_form=True)) is not None:
        return independent

    def change(version: int | None) -> Any:
        # One transaction: a person named here is created only if the change goes through.
        with transaction.atomic():
            return quote.reassign(person_from_form(request), by=request.user, expected_version=version)

    return _act(request, quote, change)


@login_required
@require_POST
def change_kind(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _get_quote_for_user(request, pk)
    if (refused := editorial_change_refused(request, quote, "kind")) is not None:
        return refused
    kind = request.POST.get("kind") or ""
    return _act(request, quote, lambda v: quote.change_kind(kind, by=request.user, expected_version=v))


@login_required
@require_POST
def change_span(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _get_quote_for_user(request, pk)
    if (refused := editorial_change_refused(request, quote, "span")) is not None:
        return refused

    def change(version: int | None) -> Any:
        start, end = posted_span(request, quote.article.body)
        return quote.change_span(start, end, by=request.user, expected_version=version)

    return _act(request, quote, change, span_changed=True)


@login_required
@require_POST
def undo(request: HttpRequest) -> HttpResponse:
    """Revert the reviewer's last action that is not undone yet (wherever it was)."""
    require_perm(request.user, REVIEW_PERM)
    here = request.POST.get("article") or ""
    last = QuoteEvent.last_undoable(request.user)
    review = SecondReviewEvent.last_undoable_review(request.user)
    if review is not None and (not last or review.created_at >= last[0].created_at):
        return _undo_review(request, review, here)  # under second review the last action was a review
    elsewhere = bool(last) and here.isdigit() and int(here) != last[0].quote.article_id
    if elsewhere and request.session.get(UNDO_ELSEWHERE_KEY) != last[0].pk:
        # Never change another article unseen: say where the action was; a second Undo does it.
        request.session[UNDO_ELSEWHERE_KEY] = last[0].pk
        quote = last[0].quote
        message = (
            f"Your last action was in another article, “{_short(quote.article.title)}” "
            f"(on “{_short(quote.text)}”). Press Undo again to undo it there."
        )
        return _undo_answer(request, message, here, level="warning")
    request.session.pop(UNDO_ELSEWHERE_KEY, None)
    try:
        written = QuoteEvent.undo_last(request.user)
    except StaleQuoteError as exc:
        return _undo_answer(request, str(exc), here, status=409, level="error")
    if not written:
        return _undo_answer(request, "Nothing to undo.", here, level="info")
    quote = written[0].quote
    what = "the bulk confirm" if len(written) > 1 else f"your change to “{_short(quote.text)}”"
    message = f"Undid {what}."
    if here and here != str(quote.article_id):
        message = f"Undid {what} in “{_short(quote.article.title)}”."
    if request.htmx and here and here != str(quote.article_id):
        messages.success(request, message)
        return HttpResponseClientRedirect(quote_url(quote))
    return _undo_answer(request, message, str(quote.article_id), select=quote.pk)


UNDO_ELSEWHERE_KEY = "undo-elsewhere-event"


def _undo_review(request: HttpRequest, review: SecondReviewEvent, here: str) -> HttpResponse:
    """Take back the reviewer's last independent review (an article under second review)."""
    quote = review.quote
    marker = f"review-{review.pk}"
    if here.isdigit() and int(here) != quote.article_id and request.session.get(UNDO_ELSEWHERE_KEY) != marker:
        request.session[UNDO_ELSEWHERE_KEY] = marker
        message = (
            f"Your last action was your review in another article, “{_short(quote.article.title)}” "
            f"(on “{_short(quote.text)}”). Press Undo again to undo it there."
        )
        return _undo_answer(request, message, here, level="warning")
    request.session.pop(UNDO_ELSEWHERE_KEY, None)
    try:
        review.undo_review(request.user)
    except SecondReviewRefused as exc:
        return _undo_answer(request, str(exc), here, status=409, level="error")
    message = f"Undid your review of “{_short(quote.text)}”."
    if here and here != str(quote.article_id):
        message = f"Undid your review of “{_short(quote.text)}” in “{_short(quote.article.title)}”."
        if request.htmx:
            messages.success(request, message)
            return HttpResponseClientRedirect(quote_url(quote))
    return _undo_answer(request, message, str(quote.article_id), select=quote.pk)


def _undo_answer(
    request: HttpRequest,
    message: str,
    article_id: str,
    *,
    status: int = 200,
    level: str = "success",
    select: int | None = None,
) -> HttpResponse:
    if request.htmx:
        response = HttpResponse(status=status)
        announce(
            response,
            "list-changed",
            "body-changed",
            "quotes-changed",
            toast={"message": message, "level": level},
        )
        if select:
            announce(response, quote_select={"id": select})
        return response
    getattr(messages, level if level != "conflict" else "error")(request, message)
    if article_id.isdigit():
        return redirect("article", pk=int(article_id))
    return redirect(reverse("queue"))


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"


@login_required
@require_GET
def quote_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The quote's editor (speaker, kind, span) and its history: who, when, before -> after.

    Under HTMX it is the fragment a row loads when its editor is opened; otherwise a page of its
    own, whose forms post back to it, so everything works without JavaScript.
    """
    quote = _get_quote_for_user(request, pk)
    events = list(quote.events.select_related("actor").order_by("-created_at", "-id"))
    events = with_workflow_events(quote, events)  # flags and comments are part of its story too
    context = {"q": quote, "events": events, "kinds": Quote.Kind.choices, **quote_workflow(quote)}
    # under second review a reviewer's kind and span edits are refused (editorial_change_refused):
    # the editor says so instead of offering forms that cannot work
    context["edits_locked"] = not request.user.has_perm(REQUIRE_PERM) and SecondReview.is_required(
        quote.article_id
    )
    if request.htmx:
        return render(request, "review/quote.html#editor", {**context, "in_row": True})
    return render(request, "review/quote.html", {**context, "back": request.get_full_path()})
