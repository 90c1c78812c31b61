"""The desk dashboard (/dashboard/, editors): who gets quoted, sourcing, claims and review progress.

Every chart is drawn server-side as SVG (no script, no CDN: the CSP stays strict), shown as a table too,
and downloadable as CSV (`?chart=<id>&format=csv`). Each bar links to the quotes or articles behind it.
Figures for one set of filters are cached for a minute (the desk looks at trends, not seconds).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Q, QuerySet, Sum
from django.db.models.functions import TruncHour, TruncWeek
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from attribution import checkworthy
from attribution.models import Article, ClaimVerdict, Person, Quote, QuoteEvent, QuoteTally, SpeakerTally
from attribution.views.filter_forms import ArticleMenusFilterForm

DASHBOARD_PERM = "attribution.view_dashboard"
TOP_N = 10
CACHE_SECONDS = 60


class DashboardFilterForm(ArticleMenusFilterForm):
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    source = forms.ChoiceField(required=False, label="Outlet")
    language = forms.ChoiceField(required=False, label="Language")

    ALL_LANGUAGES = "All languages"
    ALL_SOURCES = "All outlets"

    def article_filter(self) -> Q:
        data = self.understood()
        q = Q()
        if data.get("date_from"):
            q &= Q(published__gte=data["date_from"])
        if data.get("date_to"):
            q &= Q(published__lte=data["date_to"])
        if data.get("source"):
            q &= Q(source=data["source"])
        if data.get("language"):
            q &= Q(language=data["language"])
        return q

    def queue_params(self) -> dict[str, str]:
        """The same filters under the queue's parameter names, for links through."""
        data = self.understood()
        out = {}
        for mine, theirs in (("date_from", "published_from"), ("date_to", "published_to")):
            if data.get(mine):
                out[theirs] = data[mine].isoformat()
        for name in ("source", "language"):
            if data.get(name):
                out[name] = data[name]
        return out

    def quote_search_params(self) -> dict[str, str]:
        """The same filters under the quote search's names, for links to the quotes behind a figure."""
        data = self.understood()
        out = {name: data[name].isoformat() for name in ("date_from", "date_to") if data.get(name)}
        out.update({name: data[name] for name in ("source", "language") if data.get(name)})
        return out


@dataclass
class Chart:
    id: str
    title: str
    unit: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # label, value, link
    kind: str = "bar"
    caption: str = ""
    empty: str = "No data for these filters."

    @property
    def max_value(self) -> float:
        return max((float(r["value"]) for r in self.rows), default=0.0) or 1.0

    def bars(self) -> list[dict[str, Any]]:
        """Rows with their bar geometry (percent of the widest) for the SVG."""
        top = self.max_value
        return [
            {**r, "width": round(100.0 * float(r["value"]) / top, 1), "y": i * 24}
            for i, r in enumerate(self.rows)
        ]

    @property
    def height(self) -> int:
        return max(24, 24 * len(self.rows))


def _link(name: str, params: dict[str, str]) -> str:
    try:
        base = reverse(name)
    except NoReverseMatch:
        base = reverse("queue")
    return base + ("?" + urlencode(params) if params else "")


def _quotes(article_q: Q) -> QuerySet[Quote]:
    qs = Quote.objects.exclude(status=Quote.Status.REJECTED)
    if article_q:
        qs = qs.filter(article__in=Article.objects.filter(article_q).values("pk"))
    return qs


def _tallies(article_q: Q) -> QuerySet[QuoteTally]:
    """The per-article counts the database keeps (QuoteTally): a few rows per article, not every quote."""
    qs = QuoteTally.objects.filter(n__gt=0)
    if article_q:
        qs = qs.filter(article__in=Article.objects.filter(article_q).values("pk"))
    else:
        qs = qs.filter(article__in=Article.objects.values("pk"))  # rows of deleted articles aside
    return qs


def _top_speakers(article_q: Q) -> list[dict[str, Any]]:
    """Most quoted speakers (rejected quotes aside). Unfiltered: the count each person keeps."""
    if not article_q:
        return [
            {"speaker_id": p.pk, "speaker__name": p.name, "n": p.quote_count}
            for p in Person.objects.filter(quote_count__gt=0).order_by("-quote_count", "name")[:TOP_N]
        ]
    # Filtered: the per-article speaker counts the database keeps (SpeakerTally), not every quote.
    top = list(
        SpeakerTally.objects.filter(n__gt=0, article__in=Article.objects.filter(article_q).values("pk"))
        .values("speaker_id")
        .annotate(n=Sum("n"))
        .order_by("-n", "speaker_id")[: TOP_N * 2]
    )
    names = dict(Person.objects.filter(pk__in=[r["speaker_id"] for r in top]).values_list("pk", "name"))
    rows = [{**r, "speaker__name": names[r["speaker_id"]]} for r in top if r["speaker_id"] in names]
    return sorted(rows, key=lambda r: (-r["n"], r["speaker__name"]))[:TOP_N]


def build_charts(form: DashboardFilterForm) -> list[Chart]:
    article_q = form.article_filter()
    base = form.queue_params()
    # A figure links to the quotes it counts: the dashboard's filters, and (as its counts) no rejected
    # quote unless the figure is about rejected quotes.
    searched = form.quote_search_params()
    not_rejected_search = {**searched, "status": "all"}
    quotes = _quotes(article_q)
    tallies = _tallies(article_q)
    live = checkworthy.THRESHOLD != QuoteTally.TALLY_THRESHOLD  # the triggers' threshold moved: count
    not_rejected = tallies.exclude(status=Quote.Status.REJECTED)
    charts: list[Chart] = []

    speakers = Chart("speakers", f"Most quoted speakers (top {TOP_N})", "quotes")
    for r in _top_speakers(article_q):
        # unfiltered, the person's page; filtered, the person's quotes under the same filters
        link = (
            _link("quote-search", {"speaker": str(r["speaker_id"]), **not_rejected_search})
            if searched
            else reverse("person", args=[r["speaker_id"]])
        )
        speakers.rows.append({"label": r["speaker__name"], "value": r["n"], "link": link})
    charts.append(speakers)

    outlets = Chart("outlets", "Quotes per outlet", "quotes")
    for r in not_rejected.values("article__source").annotate(n=Sum("n")).order_by("-n")[:TOP_N]:
        source = r["article__source"]
        outlets.rows.append(
            {
                "label": source or "(no outlet)",
                "value": r["n"],
                # the queue has no "no outlet" filter: an empty source there means every outlet
                "link": _link("queue", {**base, "source": source}) if source else "",
            }
        )
    charts.append(outlets)

    kinds = Chart("kinds", "Quotes per kind", "quotes")
    for r in not_rejected.values("kind").annotate(n=Sum("n")).order_by("-n"):
        kinds.rows.append(
            {
                "label": Quote.Kind(r["kind"]).label,
                "value": r["n"],
                "link": _link("quote-search", {**not_rejected_search, "kind": r["kind"]}),
            }
        )
    charts.append(kinds)

    weeks = (
        Article.objects.filter(article_q, published__isnull=False, parse_status=Article.ParseStatus.DONE)
        .annotate(week=TruncWeek("published"))
        .values("week")
        .annotate(anon=Avg("anonymous_share"), speakers=Avg("named_speakers"), n=Count("id"))
        .order_by("-week")[:12]
    )
    weeks = list(reversed(list(weeks)))
    # Weeks come from the articles' published dates: pasted articles often have none.
    undated = "No article with a published date" + (" matches these filters." if article_q else " yet.")
    undated += " Weekly figures count articles by the date they were published."
    anonymous = Chart(
        "anonymous", "Anonymous-source share per week", "% of quotes", caption="average over articles",
        empty=undated,
    )  # fmt: skip
    distinct = Chart(
        "speakers_per_article", "Distinct named speakers per article, per week", "speakers", empty=undated
    )
    for r in weeks:
        week = r["week"]
        day = week.date() if hasattr(week, "date") else week
        params = {
            **base,
            "published_from": day.isoformat(),
            "published_to": (day + timedelta(days=6)).isoformat(),
        }
        label = day.isoformat()
        anonymous.rows.append(
            {"label": label, "value": round(100 * (r["anon"] or 0.0), 1), "link": _link("queue", params)}
        )
        distinct.rows.append(
            {"label": label, "value": round(r["speakers"] or 0.0, 2), "link": _link("queue", params)}
        )
    charts += [anonymous, distinct]

    verdicts = Chart("verdicts", "Claims by verdict", "statements")
    claims = quotes.filter(claim_score__gte=checkworthy.THRESHOLD)
    if live:
        unchecked = claims.filter(Q(statement__isnull=True) | Q(statement__verdict__isnull=True)).count()
    else:  # all claims (kept by the database) less those whose statement has a verdict (few)
        all_claims = not_rejected.filter(claim=True).aggregate(n=Sum("n"))["n"] or 0
        unchecked = all_claims - claims.filter(statement__verdict__isnull=False).count()
    verdicts.rows.append(
        {"label": "No verdict yet", "value": unchecked, "link": reverse("claims") + "?verdict=none"}
    )
    labels = dict(ClaimVerdict.Rating.choices)
    for r in (
        claims.filter(statement__verdict__isnull=False)
        .values("statement__verdict__rating")
        .annotate(n=Count("statement_id", distinct=True))
        .order_by("-n")
    ):
        rating = r["statement__verdict__rating"]
        verdicts.rows.append(
            {
                "label": labels.get(rating, rating),
                "value": r["n"],
                "link": reverse("claims") + f"?verdict={rating}",
            }
        )
    charts.append(verdicts)

    progress = Chart("progress", "Review progress", "quotes")
    for r in tallies.values("status").annotate(n=Sum("n")).order_by("-n"):
        progress.rows.append(
            {
                "label": Quote.Status(r["status"]).label,
                "value": r["n"],
                "link": _link("quote-search", {**searched, "status": r["status"]}),
            }
        )
    charts.append(progress)

    since = timezone.now() - timedelta(days=30)
    throughput = Chart(
        "throughput", "Reviewer throughput, last 30 days", "quotes per active hour",
        caption="review actions divided by the hours in which the reviewer acted",
    )  # fmt: skip
    events = QuoteEvent.objects.filter(actor__isnull=False, created_at__gte=since).exclude(
        action__in=[QuoteEvent.Action.PARSE, QuoteEvent.Action.UNDO]
    )
    hours = dict(
        events.annotate(hour=TruncHour("created_at"))
        .values("actor__username")
        .annotate(h=Count("hour", distinct=True))
        .values_list("actor__username", "h")
    )
    for r in events.values("actor__username").annotate(n=Count("id")).order_by("-n")[:TOP_N]:
        name = r["actor__username"]
        rate = round(r["n"] / max(1, hours.get(name, 1)), 1)
        actions = "1 action" if r["n"] == 1 else f"{r['n']} actions"
        throughput.rows.append({"label": f"{name} ({actions})", "value": rate, "link": ""})
    charts.append(throughput)
    return charts


def _cache_key(request: HttpRequest) -> str:
    raw = urlencode(sorted((k, v) for k, v in request.GET.items() if k not in ("chart", "format")))
    return "dashboard:" + hashlib.sha256(raw.encode()).hexdigest()


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(DASHBOARD_PERM):
        raise PermissionDenied("The dashboard is for editors.")
    form = DashboardFilterForm(request.GET or None)
    key = _cache_key(request)
    charts = cache.get(key)
    if charts is None:
        charts = build_charts(form)
        cache.set(key, charts, CACHE_SECONDS)
    wanted = request.GET.get("chart")
    if request.GET.get("format") == "csv":
        chart = next((c for c in charts if c.id == wanted), None)
        if chart is None:
            raise Http404("No such chart.")
        return _csv(chart)
    invalid = bool(request.GET) and not form.is_valid()
    return render(
        request,
        "dashboard/dashboard.html",
        {"form": form, "charts": charts, "invalid": invalid, "querystring": urlencode(form.queue_params())},
    )


def _csv(chart: Chart) -> HttpResponse:
    from attribution.exports import neutralise

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="dashboard-{chart.id}.csv"'
    writer = csv.writer(response)
    writer.writerow(["label", chart.unit])
    for r in chart.rows:
        writer.writerow([neutralise(str(r["label"])), r["value"]])
    return response
