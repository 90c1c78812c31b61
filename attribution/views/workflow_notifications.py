"""A reviewer's notifications (mentions, assignments): the list, and marking them read.

The queue shows the unread ones (the `panel` fragment of workflow/notifications.html); this page lists
all of them. A notification's link goes through `open_notification`, which marks it read. Marking read
by hand works as a plain form (redirect back) and under HTMX (the panel again).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from attribution.models import Notification
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_common import back_to
from attribution.views.workflow_queue import notification_context

TEMPLATE = "workflow/notifications.html"


def _panel(request: HttpRequest) -> HttpResponse:
    return render(request, f"{TEMPLATE}#panel", notification_context(request.user))


@login_required
@require_GET
def notifications(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    if request.htmx:
        return _panel(request)
    everything = Notification.objects.for_user(request.user)[:200]
    return render(request, TEMPLATE, {"all_notifications": everything, **notification_context(request.user)})


@login_required
@require_GET
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    """Follow a notification to what it is about, and mark it read on the way (as a reviewer expects
    of a link that says "rita mentioned you"). A plain link, so it opens in a new tab too; marking
    read is idempotent and only touches the reader's own notification."""
    require_perm(request.user, REVIEW_PERM)
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    notification.mark_read()
    return redirect(notification.target_url)


@login_required
@require_POST
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    # someone else's notification is not found: its id says nothing about it
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    notification.mark_read()
    return _panel(request) if request.htmx else back_to(request, "/")


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    Notification.objects.filter(recipient=request.user).mark_read()
    return _panel(request) if request.htmx else back_to(request, "/")
