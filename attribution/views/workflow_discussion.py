"""Comments (on an article or a quote, with @mentions) and flags on quotes, on the article page.

The article page shows a discussion panel (open flags, every comment, a form for an article comment)
and each quote's editor shows that quote's comments and flag (the fragments of
workflow/article_panel.html). Every POST works as a plain form (redirect back to the article) and
under HTMX (the fragment it changed, and a `discussion-changed` event so the panel refreshes).
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from attribution.models import Article, Comment, Flag, Quote, WorkflowEvent
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_common import announce, back_to
from attribution.workflow_models import WorkflowError

TEMPLATE = "workflow/article_panel.html"
ASSIGN_PERM = "attribution.assign_articles"
ASSIGNMENT_ACTIONS = (
    WorkflowEvent.Action.ASSIGN,
    WorkflowEvent.Action.REASSIGN,
    WorkflowEvent.Action.UNASSIGN,
)


def _article(request: HttpRequest, pk: int) -> Article:
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Article.objects.only("pk", "title", "language"), pk=pk)


def _quote(request: HttpRequest, pk: int) -> Quote:
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Quote.objects.only("pk", "article_id", "text", "start"), pk=pk)


def discussion_context(article: Article) -> dict[str, Any]:
    """The discussion panel: every comment (with the quote it is about) and the open flags."""
    comments = list(
        Comment.objects.filter(article=article).select_related("author", "quote").prefetch_related("mentions")
    )
    flags = list(
        Flag.objects.filter(article=article, cleared_at__isnull=True)
        .select_related("quote", "flagged_by")
        .order_by("quote__start", "id")
    )
    marks: dict[int, dict[str, Any]] = {}
    for comment in comments:
        if comment.quote_id:
            mark = marks.setdefault(comment.quote_id, {"comments": 0})
            mark["comments"] += 1
    for flag in flags:
        marks.setdefault(flag.quote_id, {"comments": 0})["flag"] = flag.get_kind_display()
    return {"article": article, "comments": comments, "open_flags": flags, "quote_marks": json.dumps(marks)}


def article_workflow(article: Article, user: Any) -> dict[str, Any]:
    """What the article page adds for the team workflow: assignment (and its history) and discussion."""
    from attribution.models import Assignment
    from attribution.views.workflow_assign import assignable_reviewers

    assignment = Assignment.objects.select_related("reviewer", "assigned_by").filter(article=article).first()
    context = {"assignment": assignment, **discussion_context(article)}
    if user.has_perm(ASSIGN_PERM):  # the assign form, and the assignment history beside it
        context["reviewers"] = assignable_reviewers()
        context["assignment_history"] = list(
            WorkflowEvent.objects.filter(article=article, action__in=ASSIGNMENT_ACTIONS).select_related(
                "actor"
            )[:10]
        )
    return context


def quote_workflow(quote: Quote) -> dict[str, Any]:
    """A quote's comments and its open flag, for its editor."""
    return {
        "wq": quote,
        "quote_comments": list(quote.comments.select_related("author").prefetch_related("mentions")),
        "open_flag": quote.flags.filter(cleared_at__isnull=True).select_related("flagged_by").first(),
        "flag_kinds": Flag.Kind.choices,
    }


def with_workflow_events(quote: Quote, events: list[Any]) -> list[Any]:
    """The quote's history (its QuoteEvents, newest first) with its flags and comments among them."""
    ours = list(WorkflowEvent.objects.filter(quote=quote).select_related("actor"))
    return sorted([*events, *ours], key=lambda e: e.created_at, reverse=True)


def _answer_quote(
    request: HttpRequest, quote: Quote, *, message: str, error: str = "", typed: dict[str, str] | None = None
) -> HttpResponse:
    if request.htmx and request.POST.get("in") == "discussion":  # a button of the discussion panel
        article = Article.objects.only("pk", "title", "language").get(pk=quote.article_id)
        return _answer_article(request, article, message=message, error=error)
    if request.htmx:
        context = {**quote_workflow(quote), "wf_error": error, "typed": typed or {}, "in_row": True}
        response = render(request, f"{TEMPLATE}#quote-workflow", context, status=400 if error else 200)
        if not error:
            announce(response, "discussion-changed", toast={"message": message})
        return response
    if error:
        messages.error(request, error)
    else:
        messages.success(request, message)
    return back_to(request, reverse("article", args=[quote.article_id]) + f"#quote-{quote.pk}")


def _answer_article(
    request: HttpRequest, article: Article, *, message: str, error: str = "", typed: str = ""
) -> HttpResponse:
    if request.htmx:
        context = {**discussion_context(article), "wf_error": error, "typed": {"body": typed}}
        response = render(request, f"{TEMPLATE}#discussion", context, status=400 if error else 200)
        if not error:
            announce(response, toast={"message": message})
        return response
    if error:
        messages.error(request, error)
    else:
        messages.success(request, message)
    return redirect(reverse("article", args=[article.pk]) + "#discussion")


@login_required
@require_GET
def discussion(request: HttpRequest, pk: int) -> HttpResponse:
    """The discussion panel alone (it refreshes itself after a comment or flag elsewhere on the page).
    Opened as an address of its own (a link copied, a search result), the article page at its panel:
    the fragment alone was a page without a title, language or way back."""
    article = _article(request, pk)
    if not request.htmx:
        return redirect(reverse("article", args=[article.pk]) + "#discussion")
    return render(request, f"{TEMPLATE}#discussion", discussion_context(article))


@login_required
@require_POST
def post_comment(request: HttpRequest, pk: int) -> HttpResponse:
    """A comment on the article, or on one of its quotes (`quote`); @username mentions notify."""
    article = _article(request, pk)
    body = request.POST.get("body") or ""
    raw_quote = (request.POST.get("quote") or "").strip()
    quote = None
    if raw_quote:
        quote = (
            Quote.objects.only("pk", "article_id", "text", "start")
            .filter(pk=int(raw_quote) if raw_quote.isdigit() else -1, article=article)
            .first()
        )
        if quote is None:
            return _answer_article(
                request, article, message="", error="That quote is not in this article.", typed=body
            )
    try:
        comment = Comment.post(article, body, by=request.user, quote=quote)
    except (WorkflowError, ValueError) as exc:
        error = "; ".join(getattr(exc, "messages", None) or [str(exc)])
        if quote is not None:
            return _answer_quote(request, quote, message="", error=error, typed={"body": body})
        return _answer_article(request, article, message="", error=error, typed=body)
    told = ", ".join("@" + u.get_username() for u in comment.mentions.all() if u.pk != request.user.pk)
    message = "Comment added" + (f"; {told} will be notified." if told else ".")
    if quote is not None:
        return _answer_quote(request, quote, message=message)
    return _answer_article(request, article, message=message)


@login_required
@require_POST
def flag_quote(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _quote(request, pk)
    kind = request.POST.get("kind") or Flag.Kind.SECOND_LOOK
    reason = request.POST.get("reason") or ""
    try:
        flag = Flag.raise_on(quote, kind, reason, by=request.user)
    except (WorkflowError, ValueError) as exc:
        error = "; ".join(getattr(exc, "messages", None) or [str(exc)])
        return _answer_quote(request, quote, message="", error=error, typed={"reason": reason})
    return _answer_quote(request, quote, message=f"Flagged: {flag.get_kind_display().lower()}.")


@login_required
@require_POST
def unflag_quote(request: HttpRequest, pk: int) -> HttpResponse:
    quote = _quote(request, pk)
    flag = quote.flags.filter(cleared_at__isnull=True).first()
    try:
        if flag is None:
            raise WorkflowError("This quote is not flagged.")
        flag.clear(by=request.user)
    except WorkflowError as exc:
        return _answer_quote(request, quote, message="", error=str(exc))
    return _answer_quote(request, quote, message="Flag taken off.")


MENTION_OPTIONS = 8


@login_required
@require_GET
def mention_search(request: HttpRequest) -> HttpResponse:
    """Colleagues whose username starts with ?q= (the comment box's @mention typeahead)."""
    from django.contrib.auth import get_user_model

    from attribution.workflow_models import reviewers

    require_perm(request.user, REVIEW_PERM)
    prefix = (request.GET.get("q") or "").strip().lstrip("@")[:150]
    field = get_user_model().USERNAME_FIELD
    found = list(reviewers().filter(**{f"{field}__istartswith": prefix})[:MENTION_OPTIONS])
    return render(request, f"{TEMPLATE}#mention-options", {"colleagues": found})
