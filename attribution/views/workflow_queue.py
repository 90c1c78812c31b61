"""What the queue shows of the team workflow: tabs (all, my queue, unassigned work) with counts, who
each article is assigned to and its open flags, the batch-assign form and the notification list."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest

from attribution.models import Article, Assignment, Flag, Notification, Quote

ASSIGN_PERM = "attribution.assign_articles"
NOTIFICATIONS_SHOWN = 8


def with_workflow(articles: QuerySet[Article]) -> QuerySet[Article]:
    """The queue's rows with their reviewer's name (`assignee`) and open flags (`n_flags`)."""
    name = get_user_model().USERNAME_FIELD
    open_flags = (
        Flag.objects.filter(article=OuterRef("pk"), cleared_at__isnull=True)
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return articles.annotate(
        assignee=Subquery(Assignment.objects.filter(article=OuterRef("pk")).values(f"reviewer__{name}")[:1]),
        n_flags=Subquery(open_flags, output_field=IntegerField()),
    )


TABS_VERSION_KEY = "queue:tabs:version"
TABS_CHEAP_SECONDS = 0.03
TABS_CACHE_SECONDS = 30


def tab_counts(user: Any) -> dict[str, int]:
    """Articles assigned to `user`, and unassigned articles that still have quotes to review (one query).

    The unassigned count looks at every article; where that is slow (over TABS_CHEAP_SECONDS, a large
    archive) the figures are kept for TABS_CACHE_SECONDS, like the queue's other counts, and dropped
    at once when an editor assigns work (forget_tab_counts).
    """
    key = f"queue:tabs:{cache.get(TABS_VERSION_KEY, 0)}:{user.pk}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    started = time.perf_counter()
    pending = Exists(Quote.objects.filter(article=OuterRef("pk"), status=Quote.Status.PENDING))
    assigned = Assignment.objects.filter(article=OuterRef("pk"))
    counts = Article.objects.aggregate(
        mine=Count("pk", filter=Q(Exists(assigned.filter(reviewer_id=user.pk)))),
        unassigned=Count("pk", filter=Q(pending) & ~Q(Exists(assigned))),
    )
    if time.perf_counter() - started > TABS_CHEAP_SECONDS:
        cache.set(key, counts, TABS_CACHE_SECONDS)
    return counts


def forget_tab_counts() -> None:
    """After an assignment: every user's tabs are counted afresh."""
    try:
        cache.incr(TABS_VERSION_KEY)
    except ValueError:  # not set yet
        cache.set(TABS_VERSION_KEY, 1, None)


def current_tab(request: HttpRequest) -> str:
    assigned = request.GET.get("assigned", "")
    others = {k for k, v in request.GET.items() if v and k not in ("assigned", "status", "page")}
    if assigned == "me" and not others and not request.GET.get("status"):
        return "mine"
    if assigned == "none" and request.GET.get("status") == "todo" and not others:
        return "unassigned"
    if not others and not assigned and not request.GET.get("status"):
        return "all"
    return ""


def notification_context(user: Any) -> dict[str, Any]:
    """The unread notifications the queue lists, and how many there are (one query unless many)."""
    unread = Notification.objects.for_user(user).unread()
    shown = list(unread[: NOTIFICATIONS_SHOWN + 1])
    count = len(shown) if len(shown) <= NOTIFICATIONS_SHOWN else unread.count()
    return {"notifications": shown[:NOTIFICATIONS_SHOWN], "unread_count": count}


def queue_workflow(request: HttpRequest, form: Any, *, whole_page: bool) -> dict[str, Any]:
    """The queue's workflow context: the batch-assign form for editors (inside the results, so it
    follows the filters) and, for the whole page, the tabs and the notifications."""
    context: dict[str, Any] = {}
    if request.user.has_perm(ASSIGN_PERM):
        context["reviewers"] = form.reviewer_list
        # the queue's filters, as the batch-assign form carries them (its own form's fields: this
        # module sits below the queue and assign views, which import it)
        context["batch_filters"] = [
            (name, request.GET[name]) for name in form.base_fields if request.GET.get(name)
        ]
    if whole_page:
        context |= {"tabs": tab_counts(request.user), "tab": current_tab(request)}
        context |= notification_context(request.user)
    return context
