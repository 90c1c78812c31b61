"""The read-only JSON API: articles, their quotes, persons and quotes. Plain JsonResponse views.

Authentication: the browser session, or `Authorization: Token <key>` (tokens are created in the admin).
No or bad credentials: 401; an account without attribution.review_quote: 403; anything but GET/HEAD: 405.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
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


class PageForm(forms.Form):
    page = forms.CharField(required=False)
    page_size = forms.CharField(required=False)

    def clean_page(self) -> int:
        return self._whole_number("page", 1)

    def clean_page_size(self) -> int:
        return min(self._whole_number("page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)

    def _whole_number(self, name: str, default: int) -> int:
        value = self.cleaned_data[name]
        if not value:
            return default
        # ASCII digits only ("²" passes str.isdigit), and no 10,000-digit numbers.
        if not (value.isascii() and value.isdigit()) or len(value) > 18:
            raise forms.ValidationError("page and page_size must be whole numbers.")
        if int(value) < 1:
            raise forms.ValidationError("page and page_size must be at least 1.")
        return int(value)


class ArticleFilterForm(forms.Form):
    source = forms.CharField(required=False, max_length=200)
    language = forms.CharField(required=False, max_length=12)


class PersonFilterForm(forms.Form):
    name = forms.CharField(required=False, max_length=300)


def _checked(form: forms.Form) -> dict[str, Any] | JsonResponse:
    """The form's cleaned data, or a JSON 400 naming what is wrong (never a query with bad input)."""
    if form.is_valid():
        return form.cleaned_data
    detail = " ".join(
        message if message.startswith(name) else f"{name}: {message}"
        for name, errors in form.errors.items()
        for message in dict.fromkeys(errors)
    )
    return _error(400, detail)


def _paginate(
    request: HttpRequest,
    items: QuerySet,
    serialize: Callable[[Any], dict[str, Any]],
    prepare: Callable[[list[Any]], None] | None = None,
) -> JsonResponse:
    """A page of `items`: {count, page, page_size, num_pages, next, previous, results}."""
    paging = _checked(PageForm(request.GET))
    if isinstance(paging, JsonResponse):
        return paging
    page_number, page_size = paging["page"], paging["page_size"]
    paginator = Paginator(items, page_size)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        return _error(404, f"Page {page_number} does not exist; there are {paginator.num_pages}.")

    page_items = list(page.object_list)
    if prepare is not None:
        prepare(page_items)

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
            "results": [serialize(item) for item in page_items],
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
        "sentence": quote.sentence,  # set by _with_sentences for the page
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
    # No article body per quote: 200 quotes of one 5 MB article would load it 200 times. The
    # page's bodies are read once each (_with_sentences) to cut each quote's sentence out.
    return (
        filters.apply(Quote.objects.all())
        .select_related("speaker", "reviewed_by")
        .order_by("article_id", "start", "id")
    )


def _with_sentences(quotes: list[Quote]) -> None:
    """Give each quote of a page its `sentence`, reading each article's body once."""
    bodies = dict(
        Article.objects.filter(pk__in={q.article_id for q in quotes}).values_list("pk", "body")
    )
    for quote in quotes:
        body = bodies.get(quote.article_id, "")
        quote.sentence = exports.sentence_around(body, quote.start, quote.end)


# -- endpoints ------------------------------------------------------------------------------------------
@api_view
def articles(request: HttpRequest) -> JsonResponse:
    filters = _checked(ArticleFilterForm(request.GET))
    if isinstance(filters, JsonResponse):
        return filters
    items = Article.objects.defer("body", "parse_error").with_counts().order_by("-created_at", "-id")
    if source := filters["source"]:
        items = items.filter(source__iexact=source)
    if language := filters["language"]:
        items = items.filter(language__iexact=language)
    return _paginate(request, items, lambda article: _article_json(request, article))


@api_view
def article_quotes(request: HttpRequest, pk: int) -> JsonResponse:
    if not Article.objects.filter(pk=pk).exists():
        return _error(404, f"No article with id {pk}.")
    quotes = _quotes(request, article=str(pk))
    if isinstance(quotes, JsonResponse):
        return quotes
    return _paginate(request, quotes, _quote_json, _with_sentences)


@api_view
def persons(request: HttpRequest) -> JsonResponse:
    items = Person.objects.annotate(
        n_quotes=Count("quotes", distinct=True),
        n_verified=Count("quotes", filter=Q(quotes__status__in=Quote.VERIFIED), distinct=True),
    ).prefetch_related(Prefetch("aliases", queryset=PersonAlias.objects.order_by("name")))
    filters = _checked(PersonFilterForm(request.GET))
    if isinstance(filters, JsonResponse):
        return filters
    if name := filters["name"]:
        items = items.filter(Q(name__icontains=name) | Q(aliases__name__icontains=name)).distinct()
    return _paginate(request, items.order_by("name", "id"), _person_json)


@api_view
def quotes(request: HttpRequest) -> JsonResponse:
    items = _quotes(request)
    if isinstance(items, JsonResponse):
        return items
    return _paginate(request, items, _quote_json, _with_sentences)
