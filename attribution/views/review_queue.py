"""The review queue: articles with their review progress, filters, search and retrying parses."""

from __future__ import annotations

import hashlib
import time
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_GET

from attribution import insight
from attribution.models import Article, Flag, Person, Quote, QuoteTally
from attribution.search import search_articles
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.workflow_queue import queue_workflow, with_workflow
from attribution.workflow_models import filter_articles_by_workflow

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
    # the sourcing flags attribution.insight stores on each parsed article
    sourcing = forms.ChoiceField(required=False, choices=insight.SOURCING_CHOICES, label="Sourcing")
    # the team workflow (attribution.workflow_models): whose work it is, and quotes set aside
    assigned = forms.ChoiceField(required=False, label="Assigned to")
    flag = forms.ChoiceField(
        required=False,
        label="Flags",
        choices=[
            ("", "Any"),
            ("any", "Has flagged quotes"),
            *((kind, f"Flagged: {label.lower()}") for kind, label in Flag.Kind.choices),
        ],
    )

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        from attribution.workflow_models import reviewers

        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.user = user
        # who can be given work: the assigned-to filter's choices and the batch-assign form's
        self.reviewer_list = list(reviewers())
        names = [u.get_username() for u in self.reviewer_list]
        self.fields["assigned"].choices = [
            ("", "Anyone or nobody"),
            ("me", "Me (my queue)"),
            ("none", "Nobody (unassigned)"),
            *((f"@{name}", name) for name in names),
        ]
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
        """The filters that are valid, applied; invalid ones are left out and shown as errors."""
        if not self.is_bound:
            return qs
        self.is_valid()
        data = {name: self.cleaned_data.get(name) for name in self.fields}
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
            # Persons first (a small table), then per article an indexed look at its own quotes.
            persons = Person.objects.filter(Q(name__icontains=name) | Q(aliases__name__icontains=name))
            qs = qs.filter(
                Exists(
                    Quote.objects.filter(article=OuterRef("pk")).filter(
                        Q(speaker__in=persons.values("pk")) | Q(speaker_label__icontains=name)
                    )
                )
            )
        if data["sourcing"]:
            qs = qs.filter(**insight.sourcing_lookup(data["sourcing"]))
        qs = self._filter_workflow(qs, data)
        # EXISTS per article (an index probe on quotes(article…)), not IN over the whole quotes table.
        status = data["status"]
        if status == "todo":
            qs = qs.filter(Exists(_quotes_of_row().filter(status=Quote.Status.PENDING)))
        elif status == "done":
            qs = qs.filter(Exists(_quotes_of_row())).exclude(
                Exists(_quotes_of_row().filter(status=Quote.Status.PENDING))
            )
        elif status == "empty":
            qs = qs.filter(parse_status=Article.ParseStatus.DONE).exclude(Exists(_quotes_of_row()))
        elif status == "parsing":
            qs = qs.filter(parse_status__in=[Article.ParseStatus.PENDING, Article.ParseStatus.RUNNING])
        elif status == "failed":
            qs = qs.filter(parse_status=Article.ParseStatus.FAILED)
        return qs


    def _filter_workflow(self, qs: QuerySet[Article], data: dict[str, Any]) -> QuerySet[Article]:
        me = self.user.pk if self.user is not None and self.user.is_authenticated else None
        return filter_articles_by_workflow(qs, data.get("assigned") or "", data.get("flag") or "", me)


def _quotes_of_row() -> QuerySet[Quote]:
    return Quote.objects.filter(article=OuterRef("pk"))


PROGRESS_CACHE_KEY = "queue:overall-progress:v1"
# When counting every quote is expensive (a large table), a figure up to this old may be shown
# although quotes changed since; when it is cheap, every change shows at once.
PROGRESS_STALE_SECONDS = 30
PROGRESS_CHEAP_SECONDS = 0.05
PROGRESS_CACHE_SECONDS = 300


def _quotes_fingerprint() -> list[str]:
    """Changes whenever a quote is added or changed (two index look-ups, whatever the table size).

    Every change to a quote sets updated_at (reviews, bulk confirm, merges, the admin); new quotes
    raise MAX(id). A deletion alone may not show here: PROGRESS_CACHE_SECONDS bounds that.
    """
    table = connection.ops.quote_name(Quote._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT (SELECT MAX(id) FROM {table}), (SELECT MAX(updated_at) FROM {table})")
        return [str(value) for value in cursor.fetchone()]


def _count_progress() -> dict[str, int]:
    # The per-article counts the database keeps (QuoteTally), added up by status.
    rows = QuoteTally.objects.order_by().values_list("status").annotate(n=Sum("n")).values_list("status", "n")
    by_status = {status: n or 0 for status, n in rows}
    total = sum(by_status.values())
    pending = by_status.get(Quote.Status.PENDING, 0)
    return {
        "total": total,
        "pending": pending,
        "rejected": by_status.get(Quote.Status.REJECTED, 0),
        "verified": sum(by_status.get(status, 0) for status in Quote.VERIFIED),
        "done": total - pending,
    }


def overall_progress() -> dict[str, int]:
    """The queue's overall progress bar, cached: counting a million quotes per page load is too slow.

    Recomputed when quotes changed (see _quotes_fingerprint), except that on a large table, where
    counting takes more than PROGRESS_CHEAP_SECONDS, a figure computed in the last
    PROGRESS_STALE_SECONDS is shown as it is: at most one full count per half minute per process.
    """
    fingerprint = _quotes_fingerprint()
    entry = cache.get(PROGRESS_CACHE_KEY)
    now = time.time()
    if entry is not None:
        if entry["fingerprint"] == fingerprint:
            return entry["value"]
        if entry["cost"] > PROGRESS_CHEAP_SECONDS and now - entry["at"] < PROGRESS_STALE_SECONDS:
            return entry["value"]
    started = time.perf_counter()
    value = _count_progress()
    entry = {"fingerprint": fingerprint, "value": value, "at": now, "cost": time.perf_counter() - started}
    cache.set(PROGRESS_CACHE_KEY, entry, PROGRESS_CACHE_SECONDS)
    return value


COUNT_CACHE_SECONDS = 30
COUNT_CHEAP_SECONDS = 0.03


class CachedCountPaginator(Paginator):
    """A paginator that keeps an expensive count (over COUNT_CHEAP_SECONDS) for COUNT_CACHE_SECONDS.

    Counting a filtered queue (a text search over every body on SQLite, an EXISTS probe per article)
    costs more than showing its 25 rows; paging through a filter, or coming back to it, reuses the
    count, which may then be up to half a minute old. Cheap counts are never cached.
    """

    def __init__(self, *args: Any, count_key: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.count_key = "queue:count:" + hashlib.sha256(count_key.encode()).hexdigest()

    @cached_property
    def count(self) -> int:
        cached = cache.get(self.count_key)
        if cached is not None:
            return int(cached)
        started = time.perf_counter()
        value = super().count
        if time.perf_counter() - started > COUNT_CHEAP_SECONDS:
            cache.set(self.count_key, value, COUNT_CACHE_SECONDS)
        return value

    def page(self, number: Any) -> Any:
        # A full page of rows whatever the (possibly older) count says: the rows are always current.
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    form = QueueFilterForm(request.GET or None, user=request.user)
    # Paginate first and count quotes only for the page's rows: counting every article's quotes before
    # slicing is what made the queue slow at a million quotes.
    articles = form.filter(Article.objects.defer("body")).order_by("-created_at", "-id")
    params = request.GET.copy()
    params.pop("page", None)
    paginator = CachedCountPaginator(articles, PAGE_SIZE, count_key=params.urlencode())
    page = paginator.get_page(request.GET.get("page"))
    ids = [a.pk for a in page.object_list]
    counted = {a.pk: a for a in with_workflow(Article.objects.filter(pk__in=ids).defer("body").with_counts())}
    page.object_list = [counted[pk] for pk in ids if pk in counted]
    context = {"form": form, "page": page, "filter_query": params.urlencode()}
    # A filter value that cannot be understood is said so (and answered 400), not silently dropped.
    status = 400 if form.is_bound and form.errors else 200
    if request.htmx and not request.htmx.boosted:
        context |= queue_workflow(request, form, whole_page=False)
        return render(request, f"{TEMPLATE}#results", context, status=status)
    context |= queue_workflow(request, form, whole_page=True)
    context["progress"] = overall_progress()
    return render(request, TEMPLATE, context, status=status)


@login_required
@require_GET
def next_article(request: HttpRequest) -> HttpResponse:
    """The first article in the (filtered) queue that still has quotes to review."""
    require_perm(request.user, REVIEW_PERM)
    form = QueueFilterForm(request.GET or None, user=request.user)
    todo = Exists(_quotes_of_row().filter(status=Quote.Status.PENDING))
    article = form.filter(Article.objects.filter(todo).only("pk")).order_by("-created_at", "-id").first()
    if article is None:
        # "Well done" only when there was something to review: a search that finds no article says so
        if form.filter(Article.objects.only("pk")).exists():
            messages.info(request, "Nothing left to review here. Well done!")
        else:
            messages.info(request, "No article matches these filters: nothing to review.")
        return redirect(f"{reverse('queue')}?{request.GET.urlencode()}" if request.GET else reverse("queue"))
    return redirect("article", pk=article.pk)
