"""Second review in the browser: the article's panel, requiring / lifting it, adjudication.

The review actions (confirm, reject, speaker) call `independent_review_answer` first: on an article
under second review it records the reviewer's own decision instead of changing the quote, and
answers as the action would (the row, now with a note, under HTMX; a redirect otherwise).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from attribution.models import Article, Person, Quote
from attribution.second_review import (
    KEEP,
    Adjudication,
    Decision,
    IndependentReview,
    SecondReview,
    SecondReviewRefused,
    awaiting_adjudication,
    completed_pairs,
)
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_common import (
    BadInput,
    announce,
    back_to,
    quote_row,
    quote_url,
    render_row,
)

REQUIRE_PERM = "attribution.require_second_review"
PANEL = "second_review/panel.html#panel"
CHANGED = "second-review-changed"  # the panel (and the adjudication list) refresh on it


# -- the hook in the review actions ----------------------------------------------------------------
def independent_review_answer(
    request: HttpRequest, quote: Quote, *, status: str | None = None, speaker_from_form: bool = False
) -> HttpResponse | None:
    """None when the quote's article is not under second review (the action goes ahead as usual);
    else record the reviewer's independent review and answer in the action's place."""
    required = quote.__dict__.get("under_second_review")  # flag_second_review() read it with the quote
    if required is None:
        required = SecondReview.is_required(quote.article_id)
    if not required:
        return None
    from attribution.views.review_persons import person_from_form

    try:
        with transaction.atomic():  # a person named here is created only if the review is recorded
            speaker = person_from_form(request) if speaker_from_form else KEEP
            review = IndependentReview.record(quote, request.user, status=status, speaker=speaker)
    except SecondReviewRefused as exc:
        return _row_answer(request, quote, str(exc), "conflict", status=409)
    except (BadInput, ValueError) as exc:
        return _row_answer(request, quote, str(exc), "error", status=400)
    what = review.get_status_display().lower()
    if review.status == Decision.CONFIRMED:
        what += f", speaker {review.speaker_name}"
    message = {
        "": "Hidden from the other reviewer until both have reviewed.",
        "agreed": "Both reviews agree: the quote now says so.",
        "disagreed": "The two reviews differ: an editor will adjudicate.",
    }[review.outcome]
    return _row_answer(request, quote, f"Your independent review: {what}. {message}", "info")


def editorial_change_refused(request: HttpRequest, quote: Quote, what: str) -> HttpResponse | None:
    """None when `request.user` may change the quote's `what` (kind, span) directly; else the refusal.

    Under second review a reviewer's decisions are recorded as their own hidden review, so that the
    other reviewer judges the quote as the parser left it. A kind or span edit cannot be kept apart
    like that: it would change the quote both reviewers are judging. Until the requirement is lifted,
    only an editor (who adjudicates) changes them."""
    required = quote.__dict__.get("under_second_review")
    if required is None:
        required = SecondReview.is_required(quote.article_id)
    if not required or request.user.has_perm(REQUIRE_PERM):
        return None
    message = (
        f"This article is under second review: only an editor can change a quote's {what} until the "
        "requirement is lifted. Your review is the confirm, reject or speaker choice."
    )
    return _row_answer(request, quote, message, "conflict", status=409)


def _row_answer(
    request: HttpRequest, quote: Quote, message: str, level: str, status: int = 200
) -> HttpResponse:
    if not request.htmx:
        getattr(messages, "info" if level == "info" else "error")(request, message)
        return back_to(request, quote_url(quote))
    body = Article.objects.values_list("body", flat=True).get(pk=quote.article_id)
    row = quote_row(quote.pk, body)
    response = HttpResponse(render_row(row, message=message, level=level), status=status)
    # say what happened, let the panel count the review, and recolour the text if the quote changed
    changed = {"id": row.pk, "status": row.status, "kind": row.kind}
    return announce(response, CHANGED, toast={"message": message, "level": level}, quote_changed=changed)


def flag_second_review(quotes: QuerySet[Quote]) -> QuerySet[Quote]:
    """`quotes` with `under_second_review` read in the same query (confirm and reject stay one
    query shorter than asking separately)."""
    active = SecondReview.objects.filter(article_id=OuterRef("article_id"), active=True)
    return quotes.annotate(under_second_review=Exists(active))


# -- the panel on the article page ------------------------------------------------------------------
def panel_context(article: Article, user: Any) -> dict[str, Any] | None:
    """What the article page's second-review panel shows `user`; None when it shows nothing
    (not required, and the user may not require it). One query in that case."""
    requirement = SecondReview.objects.filter(article=article).select_related("required_by").first()
    active = requirement is not None and requirement.active
    may_require = user.has_perm(REQUIRE_PERM)
    if not active and not may_require:
        return None
    context: dict[str, Any] = {"article": article, "requirement": requirement, "active": active}
    context["may_require"] = may_require
    if not active:
        return context
    total = Quote.objects.filter(article=article).count()
    per_reviewer = list(
        IndependentReview.objects.filter(quote__article=article)
        .values_list("reviewer__username")
        .annotate(n=Count("id"))
        .order_by("reviewer__username")
    )
    mine = list(
        IndependentReview.objects.filter(quote__article=article, reviewer=user)
        .select_related("speaker", "quote")
        .only("status", "speaker_id", "speaker__name", "speaker_label", "quote__text", "quote__start")
        .order_by("quote__start", "quote_id")
    )
    context.update(total=total, per_reviewer=per_reviewer, mine=mine)
    if may_require:
        context["open_disagreements"] = len(awaiting_adjudication(article.pk))
    return context


@login_required
@require_GET
def panel(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    context = panel_context(article, request.user)
    if context is None:
        return HttpResponse("")
    return render(request, PANEL, {"second_review": context})


def _editor_article(request: HttpRequest, pk: int) -> Article:
    require_perm(request.user, REQUIRE_PERM)
    return get_object_or_404(Article.objects.defer("body"), pk=pk)


def _after_requirement(request: HttpRequest, article: Article, message: str) -> HttpResponse:
    if request.htmx:
        response = render(request, PANEL, {"second_review": panel_context(article, request.user)})
        return announce(response, toast={"message": message, "level": "success"})
    messages.success(request, message)
    return redirect("article", pk=article.pk)


@login_required
@require_POST
def require(request: HttpRequest, pk: int) -> HttpResponse:
    article = _editor_article(request, pk)
    SecondReview.require(article, by=request.user)
    return _after_requirement(
        request, article, "Second review required: each quote now needs two independent reviews."
    )


@login_required
@require_POST
def lift(request: HttpRequest, pk: int) -> HttpResponse:
    article = _editor_article(request, pk)
    requirement = SecondReview.objects.filter(article=article, active=True).first()
    if requirement is not None:
        requirement.lift(by=request.user)
    return _after_requirement(request, article, "Second review lifted: reviews change quotes directly again.")


# -- adjudication -----------------------------------------------------------------------------------
def _under_review() -> list[dict[str, Any]]:
    """Articles under second review with how far their quotes have got (both reviewed / total)."""
    rows = []
    for requirement in SecondReview.objects.filter(active=True).select_related("article", "required_by"):
        article = requirement.article
        counts = (
            IndependentReview.objects.filter(quote__article=article)
            .values("quote_id")
            .annotate(n=Count("id"))
            .values_list("n", flat=True)
        )
        rows.append(
            {
                "requirement": requirement,
                "total": Quote.objects.filter(article=article).count(),
                "both": sum(1 for n in counts if n >= 2),
            }
        )
    return rows


@login_required
@require_GET
def adjudication(request: HttpRequest) -> HttpResponse:
    """The quotes whose two independent reviews disagree, for an editor to settle."""
    require_perm(request.user, REQUIRE_PERM)
    raw = request.GET.get("article", "")
    article_id = int(raw) if raw.isdigit() else None
    context = {
        "pairs": awaiting_adjudication(article_id),
        "under_review": _under_review(),
        "article_id": article_id,
        "decisions": Decision.choices,
    }
    return render(request, "second_review/adjudication.html", context)


@login_required
@require_POST
def adjudicate(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, REQUIRE_PERM)
    quote = get_object_or_404(Quote.objects.select_related("speaker"), pk=pk)
    status = request.POST.get("status") or ""
    raw_speaker = (request.POST.get("speaker") or "").strip()
    speaker = None
    level, code = "success", 200
    try:
        if raw_speaker and raw_speaker != "none":
            if not raw_speaker.isdigit():
                raise BadInput("Pick the speaker from the list.")
            speaker = Person.objects.filter(pk=int(raw_speaker)).first()
            if speaker is None:
                raise BadInput("That person no longer exists; pick another.")
        ruling = Adjudication.decide(quote, status, speaker, by=request.user)
        what = ruling.get_status_display().lower()
        if ruling.status == Decision.CONFIRMED:
            what += f", speaker {ruling.speaker.name if ruling.speaker else 'unknown'}"
        message = f"Settled: {what}."
    except SecondReviewRefused as exc:
        message, level, code = str(exc), "error", 409
    except (BadInput, ValueError) as exc:
        message, level, code = str(exc), "error", 400
    if not request.htmx:
        getattr(messages, level)(request, message)
        return back_to(request, reverse("adjudication"))
    context = {"quote": quote, "message": message, "level": level, "decisions": Decision.choices}
    partial = "settled"
    if level == "error":  # show the choice again, with what was wrong, while it is still open
        still_open = [
            p for p in completed_pairs(IndependentReview.objects.filter(quote=quote)) if not p.agree
        ]
        if still_open and still_open[0].adjudication is None:
            context["pair"], partial = still_open[0], "pair"
    response = render(request, f"second_review/adjudication.html#{partial}", context, status=code)
    return announce(response, CHANGED, toast={"message": message, "level": level})
