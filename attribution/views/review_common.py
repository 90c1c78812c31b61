"""Access helpers and response helpers shared by the review views."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import SafeString
from django_htmx.http import trigger_client_event

from attribution import checkworthy
from attribution.models import Article, Quote
from attribution.views.access import REVIEW_PERM, require_perm


class BadInput(Exception):
    """A form value the view cannot act on; shown to the reviewer with a 400."""


def _get_article_for_user(request: HttpRequest, pk: int) -> Article:
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Article, pk=pk)


def _get_quote_for_user(request: HttpRequest, pk: int) -> Quote:
    """The quote `pk` with what its row shows; PermissionDenied unless the user may review."""
    require_perm(request.user, REVIEW_PERM)
    return get_object_or_404(Quote.objects.select_related("speaker", "reviewed_by", "article"), pk=pk)


# What a quote's row and its marks in the highlighted text show, as columns of one query.
ROW_COLUMNS = (
    "id",
    "start",
    "end",
    "text",
    "kind",
    "status",
    "version",
    "confidence",
    "rule",
    "cue_verb",
    "cue_start",
    "cue_end",
    "mention_start",
    "mention_end",
    "speaker_label",
    "speaker_id",
    "speaker__name",
    "speaker__title",
    "speech_act",
    "claim_score",
    "claim_reasons",
    "statement_id",
    "wording_differs",
    "article__language",
    f"reviewed_by__{get_user_model().USERNAME_FIELD}",
)
KIND_LABELS = dict(Quote.Kind.choices)
STATUS_LABELS = dict(Quote.Status.choices)
SPEECH_ACT_LABELS = dict(Quote.SpeechAct.choices)
ROW_TEMPLATE = "review/article.html#quote-row"


class Row:
    """One quote as its row and the highlighted text show it, read as a plain tuple.

    Building 200 Quote objects, each with its Person and User, was most of the article page's
    CPU time; a values_list() tuple costs a fraction of that. `key` is the tuple itself: two rows
    with equal keys render identically, so it is also the row's cache key (review_article).
    """

    __slots__ = (
        "key",
        "pk",
        "start",
        "end",
        "text",
        "kind",
        "status",
        "version",
        "confidence",
        "rule",
        "cue_verb",
        "cue_start",
        "cue_end",
        "mention_start",
        "mention_end",
        "speaker_label",
        "speaker_id",
        "speaker_name",
        "speaker_title",
        "speech_act",
        "claim_score",
        "_claim_reasons",
        "statement_id",
        "wording_differs",
        "lang",
        "reviewer",
        "cue_text",
    )

    def __init__(self, key: tuple[Any, ...], body: str | None = None) -> None:
        """`body` (the article's text), when given, supplies the cue as the article words it
        (`cue_text`): the parser's `cue_verb` is an English lemma ("say" for Hindi "कहा")."""
        self.key = key
        (
            self.pk,
            self.start,
            self.end,
            self.text,
            self.kind,
            self.status,
            self.version,
            self.confidence,
            self.rule,
            self.cue_verb,
            self.cue_start,
            self.cue_end,
            self.mention_start,
            self.mention_end,
            self.speaker_label,
            self.speaker_id,
            self.speaker_name,
            self.speaker_title,
            self.speech_act,
            self.claim_score,
            self._claim_reasons,
            self.statement_id,
            self.wording_differs,
            self.lang,
            self.reviewer,
        ) = key
        self.cue_text = ""
        if body is not None and self.cue_start is not None and self.cue_end:
            self.cue_text = " ".join(body[self.cue_start : self.cue_end].split())[:80]
            self.key = (*key, self.cue_text)  # the key holds everything the row shows

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def speech_act_label(self) -> str:
        return SPEECH_ACT_LABELS.get(self.speech_act, self.speech_act)

    @property
    def is_claim(self) -> bool:
        return self.claim_score is not None and self.claim_score >= checkworthy.THRESHOLD

    @property
    def claim_reasons(self) -> str:
        """The reasons as words ("a figure or statistic, a quantity over time") for the row's tooltip."""
        reasons = (self._claim_reasons or "").split(",")
        return ", ".join(checkworthy.REASON_LABELS.get(r, r) for r in reasons if r)


# Queries the review views run on every request are compiled by the ORM once per process and
# then run with the one parameter that changes: for a 19-column query with two joins, building
# the SQL cost several times what SQLite takes to answer it.
_PROBE = -7301  # a value no id has: it marks where the parameter goes
_COMPILED: dict[tuple[str, str, str], str] = {}


def run_compiled(name: str, build: Callable[[int], QuerySet[Any]], arg: int) -> list[tuple[Any, ...]]:
    """The rows of `build(arg)` (a values_list() queryset whose only parameter is `arg`), from SQL
    compiled once per database. Falls back to the ORM when the query has other parameters.
    Only for columns without converters (integers, floats, text), which come back as they are."""
    conn = connections[DEFAULT_DB_ALIAS]
    key = (name, conn.alias, conn.vendor)
    sql = _COMPILED.get(key)
    if sql is None:
        sql, params = build(_PROBE).query.sql_with_params()
        if tuple(params) != (_PROBE,):
            return list(build(arg))
        _COMPILED[key] = sql
    with conn.cursor() as cursor:
        cursor.execute(sql, [arg])
        return cursor.fetchall()


def _rows_of_article(article_id: int) -> QuerySet[Any]:
    return Quote.objects.filter(article_id=article_id).order_by("start", "id").values_list(*ROW_COLUMNS)


def _row_of_quote(quote_id: int) -> QuerySet[Any]:
    return Quote.objects.filter(pk=quote_id).values_list(*ROW_COLUMNS)


def article_rows(article_id: int, body: str | None = None) -> list[Row]:
    """The article's quotes as Rows in reading order, in one query (`body`: see Row)."""
    return [Row(tuple(t), body) for t in run_compiled("article-rows", _rows_of_article, article_id)]


def quote_row(quote_id: int, body: str | None = None) -> Row:
    """Quote `quote_id` as a Row (DoesNotExist if there is none; `body`: see Row)."""
    found = run_compiled("quote-row", _row_of_quote, quote_id)
    if not found:
        raise Quote.DoesNotExist(f"No quote {quote_id}")
    return Row(tuple(found[0]), body)


def render_row(row: Row, *, message: str = "", level: str = "") -> SafeString:
    """One row of the quote list (the `quote-row` partial); no request needed, nothing per user."""
    context = {"q": row, "urls": row_urls(), "row_message": message, "row_level": level}
    return get_template(ROW_TEMPLATE).render(context)


def posted_int(request: HttpRequest, name: str, *, required: bool = True) -> int | None:
    raw = (request.POST.get(name) or "").strip()
    if not raw:
        if required:
            raise BadInput(f"“{name}” is missing.")
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadInput(f"“{name}” must be a whole number, not {raw[:20]!r}.") from None


def posted_span(request: HttpRequest, body: str) -> tuple[int, int]:
    """start/end from the form, with whitespace at either edge of the selection dropped."""
    start, end = posted_int(request, "start"), posted_int(request, "end")
    assert start is not None and end is not None
    if 0 <= start < end <= len(body):
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start == end:
            raise BadInput("The selection holds only spaces.")
    return start, end


def posted_version(request: HttpRequest) -> int | None:
    """The version the reviewer's form was rendered with (optimistic locking)."""
    return posted_int(request, "version", required=False)


@lru_cache(maxsize=1)
def row_urls() -> dict[str, str]:
    """URL prefixes for the quote rows: reversing a dozen URLs per row would dominate a 200-quote page."""
    return {
        "quote": reverse("quote", args=[0]).removesuffix("0/"),
        "person": reverse("person", args=[0]).removesuffix("0/"),
    }


def quote_url(quote: Quote) -> str:
    return f"{reverse('article', args=[quote.article_id])}#quote-{quote.pk}"


def back_to(request: HttpRequest, fallback: str) -> HttpResponse:
    """Redirect a plain form POST back to where it came from (same site only)."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def announce(response: HttpResponse, *events: str, **with_params: dict[str, Any]) -> HttpResponse:
    """Tell the page what changed (HX-Trigger): bare events by name, events with details as kwargs
    (`quote_changed={...}` sends the event `quote-changed`)."""
    for name in events:
        trigger_client_event(response, name, {})
    for name, params in with_params.items():
        trigger_client_event(response, name.replace("_", "-"), params)
    return response


def forbid(message: str) -> None:
    raise PermissionDenied(message)
