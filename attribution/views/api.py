"""The read-only JSON API: articles, their quotes, persons and quotes. Plain JsonResponse views.

Authentication: the browser session, or `Authorization: Token <key>` (tokens are created in the admin).
No or bad credentials: 401; an account without attribution.review_quote: 403; anything but GET/HEAD: 405.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import HttpRequest, JsonResponse
from django.urls import reverse

from attribution import exports
from attribution.models import ApiToken, Article, Person, PersonAlias, Quote
from attribution.views.access import REVIEW_PERM

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
SAFE_METHODS = ("GET", "HEAD")


def _error(status: int, detail: str, **headers: str) -> JsonResponse:
    response = JsonResponse({"detail": detail}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _token_from_header(request: HttpRequest) -> str | None:
    """The key in `Authorization: Token <key>`; "" for a malformed header; None when there is none."""
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "token":
        return ""
    return key.strip()


def api_view(view: Callable[..., JsonResponse]) -> Callable[..., JsonResponse]:
    """GET only; authenticate by token or session; require the reviewer permission. Answers in JSON."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
        if request.method not in SAFE_METHODS:
            return _error(
                405, f"Method {request.method} not allowed; this API is read-only.", Allow="GET, HEAD"
            )
        key = _token_from_header(request)
        if key is not None:
            # A token that was sent must be valid, even if a session cookie came along too.
            user = ApiToken.user_for_key(key)
            if user is None:
                return _error(401, "Invalid token.", **{"WWW-Authenticate": "Token"})
            request.user = user
        elif not request.user.is_authenticated:
            return _error(
                401, "Authentication required: log in, or send 'Authorization: Token <key>'.",
                **{"WWW-Authenticate": "Token"},
            )  # fmt: skip
        if not request.user.has_perm(REVIEW_PERM):
            return _error(403, f"Your account lacks the permission {REVIEW_PERM!r}.")
        return view(request, *args, **kwargs)

    # Token requests carry no cookie to forge; GET needs no CSRF check anyway.
    wrapper.csrf_exempt = True  # type: ignore[attr-defined]
    return wrapper


def _paginate(
    request: HttpRequest, items: QuerySet, serialize: Callable[[Any], dict[str, Any]]
) -> JsonResponse:
    """A page of `items`: {count, page, page_size, num_pages, next, previous, results}."""
    try:
        page_number = int(request.GET.get("page", "1"))
        page_size = int(request.GET.get("page_size", str(DEFAULT_PAGE_SIZE)))
    except ValueError:
        return _error(400, "page and page_size must be whole numbers.")
    if page_number < 1 or page_size < 1:
        return _error(400, "page and page_size must be at least 1.")
    page_size = min(page_size, MAX_PAGE_SIZE)
    paginator = Paginator(items, page_size)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        return _error(404, f"Page {page_number} does not exist; there are {paginator.num_pages}.")

    def link(number: int) -> str:
        params = request.GET.copy()
        params["page"] = str(number)
        params["page_size"] = str(page_size)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "page_size": page_size,
            "num_pages": paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [serialize(item) for item in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )


# -- serializers ----------------------------------------------------------------------------------------
def _article_json(request: HttpRequest, article: Article) -> dict[str, Any]:
    return {
        "id": article.pk,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "parse_status": article.parse_status,
        "created_at": article.created_at.isoformat(),
        "quotes_count": article.n_quotes,
        "verified_count": article.n_verified,
        "pending_count": article.n_pending,
        "quotes_url": request.build_absolute_uri(reverse("api_article_quotes", args=[article.pk])),
    }


def _person_json(person: Person) -> dict[str, Any]:
    return {
        "id": person.pk,
        "name": person.name,
        "title": person.title,
        "external_id": person.external_id,
        "aliases": [alias.name for alias in person.aliases.all()],
        "quotes_count": person.n_quotes,
        "verified_count": person.n_verified,
    }


def _quote_json(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "id": quote.pk,
        "article": quote.article_id,
        "text": quote.text,
        "kind": quote.kind,
        "status": quote.status,
        "verified": quote.status in Quote.VERIFIED,
        "speaker": {"id": speaker.pk, "name": speaker.name, "title": speaker.title} if speaker else None,
        "speaker_label": quote.speaker_label,
        "start": quote.start,
        "end": quote.end,
        "sentence": exports.sentence_around(quote.article.body, quote.start, quote.end),
        "cue_verb": quote.cue_verb,
        "confidence": quote.confidence,
        "reviewed_by": quote.reviewed_by.get_username() if quote.reviewed_by else None,
        "reviewed_at": quote.reviewed_at.isoformat() if quote.reviewed_at else None,
        "version": quote.version,
        "claim_score": quote.claim_score,
        "claim_reasons": quote.claim_reason_list,
        "statement": quote.statement_id,
        "wording_differs": quote.wording_differs,
    }


def _quotes(request: HttpRequest, **fixed: Any) -> QuerySet[Quote] | JsonResponse:
    """Quotes filtered like the export (article, speaker, source, language, date_from, date_to, status),
    except that the API's default status is every status."""
    params = request.GET.copy()
    for name, value in fixed.items():
        params[name] = value
    try:
        filters = exports.QuoteFilters.from_params(params, default_status=",".join(Quote.Status.values))
    except exports.FilterError as error:
        return _error(400, str(error))
    return (
        filters.apply(Quote.objects.all())
        .select_related("speaker", "reviewed_by", "article")
        .order_by("article_id", "start", "id")
    )


# -- endpoints ------------------------------------------------------------------------------------------
@api_view
def articles(request: HttpRequest) -> JsonResponse:
    items = Article.objects.defer("body", "parse_error").with_counts().order_by("-created_at", "-id")
    if source := request.GET.get("source", "").strip():
        items = items.filter(source__iexact=source)
    if language := request.GET.get("language", "").strip():
        items = items.filter(language__iexact=language)
    return _paginate(request, items, lambda article: _article_json(request, article))


@api_view
def article_quotes(request: HttpRequest, pk: int) -> JsonResponse:
    if not Article.objects.filter(pk=pk).exists():
        return _error(404, f"No article with id {pk}.")
    quotes = _quotes(request, article=str(pk))
    if isinstance(quotes, JsonResponse):
        return quotes
    return _paginate(request, quotes, _quote_json)


@api_view
def persons(request: HttpRequest) -> JsonResponse:
    items = Person.objects.annotate(
        n_quotes=Count("quotes", distinct=True),
        n_verified=Count("quotes", filter=Q(quotes__status__in=Quote.VERIFIED), distinct=True),
    ).prefetch_related(Prefetch("aliases", queryset=PersonAlias.objects.order_by("name")))
    if name := request.GET.get("name", "").strip():
        items = items.filter(Q(name__icontains=name) | Q(aliases__name__icontains=name)).distinct()
    return _paginate(request, items.order_by("name", "id"), _person_json)


@api_view
def quotes(request: HttpRequest) -> JsonResponse:
    items = _quotes(request)
    if isinstance(items, JsonResponse):
        return items
    return _paginate(request, items, _quote_json)
