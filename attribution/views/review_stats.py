"""The desk's reviewer figures for editors: agreement per reviewer pair, and throughput."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from attribution import review_stats
from attribution.second_review import IndependentReview, completed_pairs
from attribution.views.access import require_perm

STATS_PERM = "attribution.view_review_stats"
HOURS_SHOWN = 48
ARTICLES_SHOWN = 25


class DateRangeForm(forms.Form):
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        lo, hi = data.get("date_from"), data.get("date_to")
        if lo and hi and lo > hi:
            raise forms.ValidationError("“From” is after “To”.")
        return data

    def bounds(self) -> tuple[date | None, date | None]:
        """The valid range asked for; an invalid form filters nothing (and says why on the page)."""
        if not self.is_valid():
            return None, None
        return self.cleaned_data.get("date_from"), self.cleaned_data.get("date_to")


def _range(request: HttpRequest) -> tuple[DateRangeForm, date | None, date | None]:
    form = DateRangeForm(request.GET or None)
    lo, hi = form.bounds() if request.GET else (None, None)
    return form, lo, hi


@login_required
@require_GET
def agreement(request: HttpRequest) -> HttpResponse:
    """Cohen's kappa per reviewer pair, over the quotes both reviewed independently; the date range
    is the day the second of the two reviews came in."""
    require_perm(request.user, STATS_PERM)
    form, lo, hi = _range(request)
    pairs = completed_pairs(IndependentReview.objects.all())
    if lo or hi:
        pairs = [
            p
            for p in pairs
            if (lo is None or _local_day(p.completed_at) >= lo)
            and (hi is None or _local_day(p.completed_at) <= hi)
        ]
    context = {"form": form, "rows": review_stats.agreement_by_pair(pairs), "quotes": len(pairs)}
    if request.htmx:
        return render(request, "second_review/agreement.html#table", context)
    return render(request, "second_review/agreement.html", context)


def _local_day(when: Any) -> date:
    from django.utils import timezone

    return timezone.localtime(when).date()


@login_required
@require_GET
def throughput(request: HttpRequest) -> HttpResponse:
    """Quotes reviewed per reviewer and per hour, and time to first review per article."""
    require_perm(request.user, STATS_PERM)
    form, lo, hi = _range(request)
    reviewers, hours = review_stats.throughput(review_stats.review_actions(lo, hi))
    articles = review_stats.time_to_first_review(lo, hi)
    median = review_stats.median_wait(articles)
    context = {
        "form": form,
        "reviewers": reviewers,
        "hours": hours[:HOURS_SHOWN],
        "hours_hidden": max(0, len(hours) - HOURS_SHOWN),
        "articles": articles[:ARTICLES_SHOWN],
        "articles_total": len(articles),
        "articles_waiting": sum(1 for a in articles if a.first_review is None),
        "median_wait": median,
        "median_wait_words": review_stats.duration_words(median) if median is not None else "",
    }
    if request.htmx:
        return render(request, "second_review/throughput.html#figures", context)
    return render(request, "second_review/throughput.html", context)
