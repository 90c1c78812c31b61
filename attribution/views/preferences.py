"""A reviewer's own settings: the review page's single-key shortcuts on or off (WCAG 2.1.4)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from attribution.preferences import ReviewerPreference
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_common import announce, back_to

TEMPLATE = "review/article.html"


@login_required
@require_POST
def shortcuts(request: HttpRequest) -> HttpResponse:
    """Turn the single-key shortcuts on (`single_key_shortcuts=on`) or off (anything else: an
    unticked checkbox sends nothing). Under HTMX: the setting's form again, and an event the page's
    script follows at once; as a plain form: back to the page it came from."""
    require_perm(request.user, REVIEW_PERM)
    on = request.POST.get("single_key_shortcuts") == "on"
    ReviewerPreference.set_single_key_shortcuts(request.user, on)
    said = f"Single-key shortcuts are {'on' if on else 'off'}."
    if not request.htmx:
        messages.success(request, said)
        return back_to(request, reverse("queue"))
    context = {"shortcuts_on": on, "next": request.POST.get("next", "")}
    response = render(request, f"{TEMPLATE}#shortcuts-setting", context)
    return announce(response, shortcuts_changed={"on": on}, toast={"message": said})
