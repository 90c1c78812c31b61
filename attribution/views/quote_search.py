"""Quote search (/quotes/): words in the quote, filtered by speaker, kind, status, speech act, language,
source and date; the same filters drive the export links on the page (attribution/quote_search.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from attribution.exports import FilterError
from attribution.models import Article, Person, Quote
from attribution.quote_search import QuoteSearchFilters
from attribution.views.access import REVIEW_PERM, require_perm

PAGE_SIZE = 50
ALL_STATUSES = ",".join(Quote.Status.values)


@login_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    try:
        filters = QuoteSearchFilters.from_params(request.GET, default_status=ALL_STATUSES)
    except FilterError as error:
        return HttpResponseBadRequest(str(error))
    quotes = (
        filters.apply(Quote.objects.all())
        .select_related("article", "speaker")
        .order_by("-article__published", "-article_id", "start", "id")
    )
    page = Paginator(quotes, PAGE_SIZE).get_page(request.GET.get("page"))
    shown = {k: v for k, v in request.GET.items() if k in QuoteSearchFilters.FIELDS and v}
    speaker = None
    if filters.speaker.isdigit():
        speaker = Person.objects.filter(pk=int(filters.speaker)).first()
    context = {
        "page": page,
        "filters": shown,
        "speaker": speaker,
        "keep": urlencode(shown),
        "export_query": urlencode({**shown, "status": shown.get("status", "all")}),
        "statuses": Quote.Status.choices,
        "kinds": Quote.Kind.choices,
        "speech_acts": Quote.SpeechAct.choices,
        "speaker_kinds": Person.Kind.choices,
        "sources": Article.objects.exclude(source="")
        .order_by("source")
        .values_list("source", flat=True)
        .distinct(),
        "languages": Article.objects.exclude(language="")
        .order_by("language")
        .values_list("language", flat=True)
        .distinct(),
    }
    if request.htmx and request.htmx.target == "quote-results":
        return render(request, "quotes/search.html#results", context)
    return render(request, "quotes/search.html", context)
