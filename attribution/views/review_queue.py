"""The review queue: articles with their review progress, filters, search and retrying parses."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from attribution.models import Article, Quote
from attribution.search import search_articles
from attribution.views.access import REVIEW_PERM, require_perm

PAGE_SIZE = 25
TEMPLATE = "review/queue.html"


class QueueFilterForm(forms.Form):
    STATUS_CHOICES = [
        ("", "Any status"),
        ("todo", "To review"),
        ("done", "Reviewed"),
        ("empty", "No quotes"),
        ("parsing", "Waiting / parsing"),
        ("failed", "Parse failed"),
    ]
    q = forms.CharField(
        required=False, label="Search", widget=forms.SearchInput(attrs={"placeholder": "Title or text"})
    )
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Review status")
    source = forms.ChoiceField(required=False, label="Source")
    language = forms.ChoiceField(required=False, label="Language")
    speaker = forms.CharField(
        required=False, label="Speaker", widget=forms.TextInput(attrs={"placeholder": "Name"})
    )
    published_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    published_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        sources = (
            Article.objects.exclude(source="").order_by("source").values_list("source", flat=True).distinct()
        )
        languages = (
            Article.objects.exclude(language="")
            .order_by("language")
            .values_list("language", flat=True)
            .distinct()
        )
        self.fields["source"].choices = [("", "All sources"), *((s, s) for s in sources)]
        self.fields["language"].choices = [("", "All languages"), *((lang, lang) for lang in languages)]

    def filter(self, qs: QuerySet[Article]) -> QuerySet[Article]:
        if not self.is_valid():
            return qs
        data = self.cleaned_data
        if data["q"]:
            qs = search_articles(qs, data["q"])
        if data["source"]:
            qs = qs.filter(source=data["source"])
        if data["language"]:
            qs = qs.filter(language=data["language"])
        if data["published_from"]:
            qs = qs.filter(published__gte=data["published_from"])
        if data["published_to"]:
            qs = qs.filter(published__lte=data["published_to"])
        if data["speaker"]:
            name = data["speaker"].strip()
            quoted = Quote.objects.filter(
                Q(speaker__name__icontains=name)
                | Q(speaker__aliases__name__icontains=name)
                | Q(speaker_label__icontains=name)
            ).values("article_id")
            qs = qs.filter(pk__in=quoted)
        status = data["status"]
        if status == "todo":
            qs = qs.filter(pk__in=Quote.objects.filter(status=Quote.Status.PENDING).values("article_id"))
        elif status == "done":
            qs = qs.filter(pk__in=Quote.objects.values("article_id")).exclude(
                pk__in=Quote.objects.filter(status=Quote.Status.PENDING).values("article_id")
            )
        elif status == "empty":
            qs = qs.filter(parse_status=Article.ParseStatus.DONE).exclude(
                pk__in=Quote.objects.values("article_id")
            )
        elif status == "parsing":
            qs = qs.filter(parse_status__in=[Article.ParseStatus.PENDING, Article.ParseStatus.RUNNING])
        elif status == "failed":
            qs = qs.filter(parse_status=Article.ParseStatus.FAILED)
        return qs


def overall_progress() -> dict[str, int]:
    agg = Quote.objects.aggregate(
        total=Count("id"),
        pending=Count("id", filter=Q(status=Quote.Status.PENDING)),
        rejected=Count("id", filter=Q(status=Quote.Status.REJECTED)),
        verified=Count("id", filter=Q(status__in=Quote.VERIFIED)),
    )
    agg["done"] = agg["total"] - agg["pending"]
    return agg


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    form = QueueFilterForm(request.GET or None)
    # Paginate first and count quotes only for the page's rows: counting every article's quotes before
    # slicing is what made the queue slow at a million quotes.
    articles = form.filter(Article.objects.defer("body")).order_by("-created_at", "-id")
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    ids = [a.pk for a in page.object_list]
    counted = {a.pk: a for a in Article.objects.filter(pk__in=ids).defer("body").with_counts()}
    page.object_list = [counted[pk] for pk in ids if pk in counted]
    params = request.GET.copy()
    params.pop("page", None)
    context = {"form": form, "page": page, "filter_query": params.urlencode()}
    if request.htmx and not request.htmx.boosted:
        return render(request, f"{TEMPLATE}#results", context)
    context["progress"] = overall_progress()
    return render(request, TEMPLATE, context)


@login_required
@require_GET
def next_article(request: HttpRequest) -> HttpResponse:
    """The first article in the (filtered) queue that still has quotes to review."""
    require_perm(request.user, REVIEW_PERM)
    form = QueueFilterForm(request.GET or None)
    todo = Quote.objects.filter(status=Quote.Status.PENDING).values("article_id")
    article = form.filter(Article.objects.filter(pk__in=todo)).order_by("-created_at", "-id").first()
    if article is None:
        messages.info(request, "Nothing left to review here. Well done!")
        return redirect(f"{reverse('queue')}?{request.GET.urlencode()}" if request.GET else reverse("queue"))
    return redirect("article", pk=article.pk)
