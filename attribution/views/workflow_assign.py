"""Assigning work: an editor gives one article, or the queue's whole filtered batch, to a reviewer.

Plain form POSTs that redirect back (to the article, or to the queue with its filters) with a message;
the change itself is `Assignment.assign`, which writes one audit event per article it changes.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from attribution.models import Article, Assignment
from attribution.views.access import require_perm
from attribution.views.review_queue import QueueFilterForm
from attribution.views.workflow_queue import forget_tab_counts
from attribution.workflow_models import WorkflowError, reviewers

ASSIGN_PERM = "attribution.assign_articles"
# A batch larger than this is refused: an editor narrows the filters rather than hand a reviewer
# the whole archive by one click.
MAX_BATCH = 1000
# the queue's filter fields that a batch form carries along (anything else posted is ignored)
FILTER_FIELDS = tuple(QueueFilterForm.base_fields)


class BadAssignment(Exception):
    pass


UNASSIGN = "none"


def posted_reviewer(request: HttpRequest) -> Any | None:
    """The reviewer named by the form's `reviewer`: a user id, or "none" to unassign. Nothing chosen
    is refused, so that a form sent as it loaded never takes work away from anyone."""
    raw = (request.POST.get("reviewer") or "").strip()
    if not raw:
        raise BadAssignment("Choose a reviewer (or “Nobody” to unassign).")
    if raw == UNASSIGN:
        return None
    if not raw.isdigit():
        raise BadAssignment(f"“{raw[:20]}” is not a reviewer.")
    user = get_user_model().objects.filter(pk=int(raw)).first()
    if user is None:
        raise BadAssignment("That reviewer does not exist.")
    return user


def _done(request: HttpRequest, n: int, reviewer: Any | None, what: str) -> None:
    noun = "article" if n == 1 else "articles"
    if not n:
        messages.info(request, f"Nothing changed: {what} already {'so' if reviewer else 'unassigned'}.")
    elif reviewer is None:
        messages.success(request, f"Unassigned {n} {noun}.")
    else:
        messages.success(request, f"Assigned {n} {noun} to {reviewer.get_username()}.")


@login_required
@require_POST
def assign_article(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, ASSIGN_PERM)
    article = get_object_or_404(Article.objects.only("pk"), pk=pk)
    try:
        reviewer = posted_reviewer(request)
        n = Assignment.assign([article.pk], reviewer, by=request.user)
        forget_tab_counts()
    except (BadAssignment, WorkflowError) as exc:
        messages.error(request, str(exc))
        return redirect("article", pk=article.pk)
    _done(request, n, reviewer, "the article was")
    return redirect("article", pk=article.pk)


def batch_filters(request: HttpRequest) -> QueryDict:
    """The queue filters the batch form carried, as the queue's query string would hold them."""
    params = QueryDict(mutable=True)
    for name in FILTER_FIELDS:
        value = request.POST.get(name)
        if value:
            params[name] = value
    return params


@login_required
@require_POST
def assign_batch(request: HttpRequest) -> HttpResponse:
    """Assign every article the queue's current filters match (all pages, not only the one shown)."""
    require_perm(request.user, ASSIGN_PERM)
    params = batch_filters(request)
    back = reverse("queue") + (f"?{params.urlencode()}" if params else "")
    form = QueueFilterForm(params, user=request.user)
    if not form.is_valid():
        messages.error(request, "The filters could not be read, so nothing was assigned.")
        return redirect(back)
    try:
        reviewer = posted_reviewer(request)
        ids = list(
            form.filter(Article.objects.all()).order_by().values_list("pk", flat=True)[: MAX_BATCH + 1]
        )
        if not ids:
            raise BadAssignment("No articles match these filters.")
        if len(ids) > MAX_BATCH:
            raise BadAssignment(f"More than {MAX_BATCH} articles match: narrow the filters first.")
        n = Assignment.assign(ids, reviewer, by=request.user)
        forget_tab_counts()
    except (BadAssignment, WorkflowError) as exc:
        messages.error(request, str(exc))
        return redirect(back)
    _done(request, n, reviewer, "they were all")
    return redirect(back)


def assignable_reviewers() -> list[Any]:
    return list(reviewers().only("pk", get_user_model().USERNAME_FIELD))
