"""The fact-check queue (/claims/): check-worthy quotes, verdicts, verified wording, ClaimReview download."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from attribution import checkworthy, claimreview, statements
from attribution.models import Article, ClaimVerdict, Quote, QuoteTally, Statement
from attribution.views.access import REVIEW_PERM
from attribution.views.filter_forms import ArticleMenusFilterForm

CHECK_PERM = "attribution.check_claim"
WORDING_PERM = "attribution.change_statement"
PAGE_SIZE = 25
TEMPLATE = "claims/queue.html"


def _require_claims_access(request: HttpRequest) -> None:
    if not (request.user.has_perm(CHECK_PERM) or request.user.has_perm(REVIEW_PERM)):
        raise PermissionDenied("Your account cannot see the fact-check queue.")


class ClaimFilterForm(ArticleMenusFilterForm):
    VERDICT_CHOICES = [("", "Any"), ("none", "No verdict yet"), ("any", "With a verdict")] + [
        (value, label) for value, label in ClaimVerdict.Rating.choices
    ]
    verdict = forms.ChoiceField(required=False, choices=VERDICT_CHOICES, label="Verdict")
    language = forms.ChoiceField(required=False, label="Language")
    source = forms.ChoiceField(required=False, label="Source")
    min_score = forms.FloatField(
        required=False, min_value=0.0, max_value=1.0, label="Score at least",
        widget=forms.NumberInput(attrs={"step": "0.05"}),
    )  # fmt: skip


    def filter(self, qs: QuerySet[Quote]) -> QuerySet[Quote]:
        data = self.understood()
        qs = qs.filter(claim_score__gte=data.get("min_score") or checkworthy.THRESHOLD)
        verdict = data.get("verdict")
        if verdict == "none":
            qs = qs.filter(Q(statement__isnull=True) | Q(statement__verdict__isnull=True))
        elif verdict == "any":
            qs = qs.filter(statement__verdict__isnull=False)
        elif verdict:
            qs = qs.filter(statement__verdict__rating=verdict)
        return qs.filter(**{f"article__{name}": value for name, value in self.article_lookups().items()})

    def article_lookups(self) -> dict[str, str]:
        """The filters about the claim's article (language, outlet), as Article field lookups."""
        data = self.understood()
        return {name: data[name] for name in ("language", "source") if data.get(name)}


def claim_queryset() -> QuerySet[Quote]:
    return (
        Quote.objects.exclude(status=Quote.Status.REJECTED)
        .select_related("speaker", "statement__verdict", "article")
        .only(
            "id",
            "text",
            "kind",
            "status",
            "claim_score",
            "claim_reasons",
            "wording_differs",
            "speaker_label",
            "speaker__name",
            "statement_id",
            "statement__verified_quote_id",
            "statement__verdict__rating",
            "statement__verdict__explanation",
            "statement__verdict__url",
            "statement__verdict__id",
            "article__id",
            "article__title",
            "article__source",
            "article__published",
            "article__language",
        )  # fmt: skip
        .defer("article__body")
    )


@login_required
@require_GET
def claims_queue(request: HttpRequest) -> HttpResponse:
    _require_claims_access(request)
    form = ClaimFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        messages.error(
            request, "Some filters were not understood and were left out: " + ", ".join(form.errors)
        )
    qs = form.filter(claim_queryset()).order_by("-claim_score", "-id")
    paginator = Paginator(qs, PAGE_SIZE)
    if (known := _tallied_count(form)) is not None:
        paginator.count = known  # type: ignore[misc]  # (a cached_property: set, not computed)
    page = paginator.get_page(request.GET.get("page"))
    rows = list(page.object_list)
    group_sizes = _group_sizes([q.statement_id for q in rows if q.statement_id])
    for q in rows:
        q.reason_labels = [checkworthy.REASON_LABELS.get(r, r) for r in q.claim_reason_list]
        q.also_in = max(0, group_sizes.get(q.statement_id, 1) - 1)
    ctx = {
        "form": form,
        "page": page,
        "rows": rows,
        "ratings": ClaimVerdict.Rating.choices,
        "threshold": checkworthy.THRESHOLD,
        "can_check": request.user.has_perm(CHECK_PERM),
        "querystring": _querystring(request),
    }
    return render(request, TEMPLATE, ctx)


def _tallied_count(form: ClaimFilterForm) -> int | None:
    """The number of claims from the counts the database keeps (QuoteTally), when the filters allow it.

    Counting 200,000 claims per page took longer than showing 25 of them. Only the default threshold
    is tallied; claims with a verdict are few and counted directly.
    """
    data = form.understood()
    score, verdict = data.get("min_score"), data.get("verdict") or ""
    if (score and score != checkworthy.THRESHOLD) or checkworthy.THRESHOLD != QuoteTally.TALLY_THRESHOLD:
        return None
    if verdict not in ("", "none"):
        return None
    tallies = QuoteTally.objects.filter(claim=True, n__gt=0).exclude(status=Quote.Status.REJECTED)
    articles = Article.objects.filter(**form.article_lookups())
    total = tallies.filter(article__in=articles.values("pk")).aggregate(n=Sum("n"))["n"] or 0
    if verdict == "none":
        checked = Quote.objects.exclude(status=Quote.Status.REJECTED).filter(
            claim_score__gte=checkworthy.THRESHOLD,
            statement__verdict__isnull=False,
            article__in=articles.values("pk"),
        )
        total -= checked.count()
    return total


def _group_sizes(statement_ids: list[int]) -> dict[int, int]:
    """Articles per statement: "also in N articles" counts other articles, not other quotes."""
    if not statement_ids:
        return {}
    rows = (
        Quote.objects.filter(statement_id__in=set(statement_ids))
        .exclude(status=Quote.Status.REJECTED)
        .values("statement_id")
        .annotate(n=Count("article_id", distinct=True))
    )
    return {r["statement_id"]: r["n"] for r in rows}


def _querystring(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


class VerdictForm(forms.Form):
    rating = forms.ChoiceField(choices=ClaimVerdict.Rating.choices)
    explanation = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https")

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        if url and not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError("Only http and https links.")
        return url


@login_required
@require_POST
def give_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm(CHECK_PERM):
        raise PermissionDenied("Only fact-checkers and editors give verdicts.")
    quote = get_object_or_404(Quote.objects.select_related("article", "speaker"), pk=pk)
    form = VerdictForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
        if request.htmx:
            return HttpResponse(f'<p class="msg msg-error" role="alert">{_escape(errors)}</p>', status=400)
        messages.error(request, f"Verdict not saved: {errors}")
        return redirect(request.POST.get("next") or reverse("claims"))
    verdict = ClaimVerdict.give(
        quote,
        form.cleaned_data["rating"],
        form.cleaned_data["explanation"],
        form.cleaned_data["url"],
        by=request.user,
    )
    if request.htmx:
        ctx = {
            "q": quote,
            "verdict": verdict,
            "saved": True,
            "can_check": True,
            "ratings": ClaimVerdict.Rating.choices,
        }
        return render(request, TEMPLATE + "#verdict", ctx)
    messages.success(request, f"Verdict saved: {verdict.get_rating_display()}.")
    return redirect(request.POST.get("next") or reverse("claims"))


def _escape(text: str) -> str:
    from django.utils.html import escape

    return escape(text)


@login_required
@require_POST
def mark_verified_wording(request: HttpRequest, pk: int) -> HttpResponse:
    """An editor picks this quote's wording as the statement's verified one."""
    if not request.user.has_perm(WORDING_PERM):
        raise PermissionDenied("Only editors mark the verified wording.")
    quote = get_object_or_404(Quote.objects.select_related("article", "speaker"), pk=pk)
    if quote.statement_id is None:
        messages.error(request, "This quote is not grouped with other articles.")
    else:
        statement = Statement.objects.get(pk=quote.statement_id)
        statement.mark_verified(quote, by=request.user)
        messages.success(request, "Marked as the verified wording; the other versions are compared with it.")
    return redirect(request.POST.get("next") or reverse("statement", args=[quote.pk]))


@login_required
@require_GET
def statement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Every article carrying the statement of quote `pk`, each version's words against the reference."""
    _require_claims_access(request)
    quote = get_object_or_404(claim_queryset(), pk=pk)
    versions: list[Any] = []
    reference = None
    if quote.statement_id:
        statement = Statement.objects.select_related("verified_quote").get(pk=quote.statement_id)
        versions = list(
            claim_queryset().filter(statement_id=quote.statement_id).order_by("article__published", "id")
        )
        reference = statement.reference_quote()
        for v in versions:
            v.diff = statements.word_diff(reference.text, v.text) if reference else []
            v.negation_changed = bool(reference) and statements.negation_changed(reference.text, v.text)
            v.is_reference = reference is not None and v.pk == reference.pk
    ctx = {
        "quote": quote,
        "versions": versions,
        "reference": reference,
        "can_mark": request.user.has_perm(WORDING_PERM),
        "reason_labels": [checkworthy.REASON_LABELS.get(r, r) for r in quote.claim_reason_list],
    }
    return render(request, "claims/statement.html", ctx)


@login_required
@require_GET
def claimreview_download(request: HttpRequest) -> HttpResponse:
    _require_claims_access(request)
    data = claimreview.claim_reviews()
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/ld+json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="claimreview.jsonld"'
    return response
