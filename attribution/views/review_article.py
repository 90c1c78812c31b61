"""The article review page and its refreshable fragments (counters, body, quote list)."""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import get_template, render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import reswap, retarget

from attribution import insight
from attribution.models import Article, OverlappingQuotes, Person, Quote
from attribution.preferences import ReviewerPreference
from attribution.second_review import SecondReview
from attribution.services import max_quotes_per_article
from attribution.views.access import REVIEW_PERM, require_perm
from attribution.views.review_body import highlighted_body
from attribution.views.review_common import (
    BadInput,
    Row,
    _get_article_for_user,
    announce,
    article_rows,
    posted_span,
    render_row,
    run_compiled,
)
from attribution.views.review_persons import person_from_form
from attribution.views.second_review import panel_context as second_review_panel
from attribution.views.workflow_discussion import article_workflow

TEMPLATE = "review/article.html"
DEFAULT_BULK_THRESHOLD = 0.9


def article_counts(quotes: Iterable[Row | Quote]) -> dict[str, int]:
    counts = {"total": 0, "pending": 0, "verified": 0, "rejected": 0}
    for q in quotes:
        counts["total"] += 1
        if q.status == Quote.Status.PENDING:
            counts["pending"] += 1
        elif q.status == Quote.Status.REJECTED:
            counts["rejected"] += 1
        else:
            counts["verified"] += 1
    counts["done"] = counts["total"] - counts["pending"]
    return counts


def _status_counts(article_id: int) -> QuerySet[Any]:
    return (
        Quote.objects.filter(article_id=article_id)
        .order_by()
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )


def counts_from_db(article_id: int) -> dict[str, int]:
    """The article's counts in one small GROUP BY."""
    by_status = dict(run_compiled("status-counts", _status_counts, article_id))
    total = sum(by_status.values())
    pending = by_status.get(Quote.Status.PENDING, 0)
    rejected = by_status.get(Quote.Status.REJECTED, 0)
    verified = sum(by_status.get(s, 0) for s in Quote.VERIFIED)
    return {
        "total": total,
        "pending": pending,
        "verified": verified,
        "rejected": rejected,
        "done": total - pending,
    }


def render_counters(article_id: int, counts: dict[str, int], *, oob: bool = False) -> SafeString:
    """The counters fragment; `oob` marks it for an out-of-band swap in an action's answer."""
    context = {"article": {"pk": article_id}, "counts": counts, "oob": oob}
    return get_template(f"{TEMPLATE}#counters").render(context)


class _RenderedRows:
    """Rendered quote rows by article, in this process: {article id: {quote id: (key, html)}}.

    A bounded LRU (by number of rows). Kept in process memory rather than Django's cache: the
    locmem backend pickles every value on set and get, which for 200 rows cost more than
    rendering the one row a confirm changed. Values are never mutated once stored.
    """

    def __init__(self, max_rows: int) -> None:
        self.max_rows = max_rows
        self._articles: OrderedDict[int, dict[int, tuple[tuple[Any, ...], bytes]]] = OrderedDict()
        self._rows = 0
        self._lock = threading.Lock()

    def get(self, article_id: int) -> dict[int, tuple[tuple[Any, ...], bytes]]:
        with self._lock:
            rows = self._articles.get(article_id)
            if rows is None:
                return {}
            self._articles.move_to_end(article_id)
            return rows

    def put(self, article_id: int, rows: dict[int, tuple[tuple[Any, ...], bytes]]) -> None:
        with self._lock:
            self._rows -= len(self._articles.pop(article_id, ()))
            self._articles[article_id] = rows
            self._rows += len(rows)
            while self._rows > self.max_rows and len(self._articles) > 1:
                self._rows -= len(self._articles.popitem(last=False)[1])

    def remember(self, article_id: int, row: Row, html: bytes) -> None:
        """Keep a row rendered elsewhere (an action's answer) for the next page of this article."""
        with self._lock:
            rows = self._articles.get(article_id)
            if rows is None or row.pk not in rows:
                return
            self._articles[article_id] = {**rows, row.pk: (row.key, html)}

    def clear(self) -> None:
        with self._lock:
            self._articles.clear()
            self._rows = 0


RENDERED_ROWS = _RenderedRows(max_rows=20_000)  # about 1.3 kB a row: ≈ 26 MB per process at most


def rows_html(article_id: int, rows: list[Row]) -> bytes:
    """The quote list's rows as UTF-8, each rendered once and reused while its Row.key stays the
    same: after a confirm only the changed row is rendered again. The key holds everything a row
    shows, so a stale row is never served."""
    cached = RENDERED_ROWS.get(article_id)
    parts: list[bytes] = []
    fresh: dict[int, tuple[tuple[Any, ...], bytes]] = {}
    changed = len(cached) != len(rows)
    for row in rows:
        hit = cached.get(row.pk)
        if hit is None or hit[0] != row.key:
            hit = (row.key, render_row(row).encode())
            changed = True
        fresh[row.pk] = hit
        parts.append(hit[1])
    if changed:
        RENDERED_ROWS.put(article_id, fresh)
    return b"".join(parts)


# The big pieces of the page (rows, highlighted text) are put in after the template has rendered
# around markers: joined as bytes once, instead of being copied (and widened to the text's UCS-2,
# because of the curly quotes) at every level of the template and then encoded. Nothing a user
# typed can produce a marker: the template escapes "<".
ROWS_SLOT = mark_safe("<!--quotedesk:rows-->")
BODY_SLOT = mark_safe("<!--quotedesk:body-->")


def render_spliced(
    request: HttpRequest, template: str, context: dict[str, Any], pieces: dict[str, bytes]
) -> HttpResponse:
    """Render `template` (whose context shows each slot's marker), then splice the bytes in."""
    html = render_to_string(template, context, request)
    out: list[bytes] = []
    for slot, piece in pieces.items():
        before, found, after = html.partition(slot)
        if not found:  # e.g. no rows: the list shows its "No quotes" line instead
            if piece:
                raise ValueError(f"{template} does not show the slot {slot!r}")
            continue
        out += [before.encode(), piece]
        html = after
    out.append(html.encode())
    return HttpResponse(b"".join(out))


# A long or dense article is shown a part at a time: at most this many quotes in the list, and
# at most this many characters of text. A short article is one part and its page has no parts.
PART_QUOTES = 200
PART_CHARS = 100_000


@dataclass(frozen=True)
class Part:
    """One part of an article's page: body[lo:hi] and the quotes that start in it."""

    number: int
    count: int
    lo: int
    hi: int

    @property
    def query(self) -> str:
        """What the page's own fragment URLs add to stay on this part."""
        return f"?part={self.number}" if self.number > 1 else ""

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.count else None


def article_parts(body: str, rows: list[Row]) -> list[tuple[int, int]]:
    """Cut the article into parts of at most PART_QUOTES quote starts and PART_CHARS characters.

    A part ends where the next part's first quote starts or, when it ends for length, after the
    last line break (else space) before the limit, so words and paragraphs are rarely split.
    """
    n = len(body)
    if n <= PART_CHARS and len(rows) <= PART_QUOTES:
        return [(0, n)]
    starts = sorted(row.start for row in rows)
    parts: list[tuple[int, int]] = []
    lo = i = 0
    while lo < n:
        i = bisect.bisect_left(starts, lo, i)
        hi = min(n, lo + PART_CHARS)
        if i + PART_QUOTES < len(starts) and starts[i + PART_QUOTES] < hi:
            hi = max(starts[i + PART_QUOTES], lo + 1)
        elif hi < n:
            brk = body.rfind("\n", lo + 1, hi)
            if brk <= lo:
                brk = body.rfind(" ", lo + 1, hi)
            if brk > lo:
                hi = brk + 1
        parts.append((lo, hi))
        lo = hi
    return parts or [(0, n)]


def article_part(request: HttpRequest, body: str, rows: list[Row]) -> Part:
    """The part of the article the request asks for (?part=N, from 1); 404 if there is none."""
    parts = article_parts(body, rows)
    raw = request.GET.get("part", "1")
    number = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 7 else 0
    if not 1 <= number <= len(parts):
        raise Http404("This article has no such part.")
    lo, hi = parts[number - 1]
    return Part(number, len(parts), lo, hi)


def rows_in(part: Part, rows: list[Row]) -> list[Row]:
    """The rows a part lists: the quotes that start in it."""
    if part.count == 1:
        return rows
    return [row for row in rows if part.lo <= row.start < part.hi]


def marks_in(part: Part, rows: list[Row]) -> list[Row]:
    """The rows a part's text marks: every quote (with its cue and speaker) that reaches into it."""
    if part.count == 1:
        return rows
    lo, hi = part.lo, part.hi

    def reaches(row: Row) -> bool:
        if row.start < hi and row.end > lo:
            return True
        cue, mention = row.cue_start, row.mention_start
        return (cue is not None and cue < hi and row.cue_end > lo) or (
            mention is not None and mention < hi and row.mention_end > lo
        )

    return [row for row in rows if reaches(row)]


def part_body(body: str, part: Part, rows: list[Row]) -> bytes:
    return highlighted_body(body, marks_in(part, rows), part.lo, part.hi).encode()


def review_context(article: Article, rows: list[Row], part: Part | None = None) -> dict[str, Any]:
    return {
        "article": article,
        "quotes": rows_in(part, rows) if part else rows,
        "part": part,
        "max_quotes": max_quotes_per_article(),
        "rows_html": ROWS_SLOT,
        "body_html": BODY_SLOT,
        "counts": article_counts(rows),
        "kinds": Quote.Kind.choices,
        "bulk_threshold": DEFAULT_BULK_THRESHOLD,
        "sourcing": insight.sourcing_of_rows(rows),
    }


@login_required
@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    rows = article_rows(article.pk, article.body)
    part = article_part(request, article.body, rows)
    pieces = {  # in the order the page shows them
        BODY_SLOT: part_body(article.body, part, rows),
        ROWS_SLOT: rows_html(article.pk, rows_in(part, rows)),
    }
    context = {**review_context(article, rows, part), **article_workflow(article, request.user)}
    context["shortcuts_on"] = ReviewerPreference.for_user(request.user).single_key_shortcuts
    context["second_review"] = second_review_panel(article, request.user)
    return render_spliced(request, TEMPLATE, context, pieces)


@login_required
@require_GET
def article_counters(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    return HttpResponse(render_counters(article.pk, counts_from_db(article.pk)))


@login_required
@require_GET
def article_body(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    rows = article_rows(article.pk, article.body)
    part = article_part(request, article.body, rows)
    context = {"article": article, "part": part, "body_html": BODY_SLOT}
    body = part_body(article.body, part, rows)
    return render_spliced(request, f"{TEMPLATE}#body", context, {BODY_SLOT: body})


@login_required
@require_GET
def article_quotes(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    rows = article_rows(article.pk, article.body)
    part = article_part(request, article.body, rows)
    listed = rows_in(part, rows)
    context = {"article": article, "part": part, "quotes": listed, "rows_html": ROWS_SLOT}
    response = render_spliced(
        request, f"{TEMPLATE}#quote-list", context, {ROWS_SLOT: rows_html(article.pk, listed)}
    )
    # The sourcing line above the text counts these same rows: it follows the list (out of band) when
    # the list reloads (a parse finished, a quote was added, an undo), or it kept saying "0 named speakers".
    sourcing = {"sourcing": insight.sourcing_of_rows(rows), "oob": True}
    response.write(render_to_string("claims/_sourcing.html", sourcing, request))
    return response


def _page_changed(
    request: HttpRequest, article: Article, message: str, status: int = 200, **extra: Any
) -> HttpResponse:
    """After an action touching many quotes: the page refreshes its list, body and counters."""
    if request.htmx:
        response = HttpResponse(status=status)
        return announce(
            response,
            "list-changed",
            "body-changed",
            "quotes-changed",
            "toast",
            toast={"message": message},
            **extra,
        )
    messages.success(request, message)
    return redirect("article", pk=article.pk)


@login_required
@require_POST
def bulk_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    raw = (request.POST.get("min_confidence") or "").strip()
    try:
        threshold = float(raw)
    except ValueError:
        threshold = -1.0
    if not 0.0 <= threshold <= 1.0:
        return _bad_request(request, article, f"Confidence must be a number from 0 to 1, not “{raw[:20]}”.")
    if SecondReview.is_required(article.pk):
        return _bad_request(
            request,
            article,
            "This article is under second review: each quote needs two independent reviews, "
            "so “Confirm all” is off. Review the quotes one by one.",
        )
    n = Quote.objects.filter(article=article).bulk_confirm(threshold, by=request.user)
    noun = "quote" if n == 1 else "quotes"
    return _page_changed(
        request, article, f"Confirmed {n} remaining {noun} with confidence ≥ {threshold:.2f}."
    )


@login_required
@require_POST
def add_quote(request: HttpRequest, pk: int) -> HttpResponse:
    """A quote the parser missed: the reviewer selected its text and named the speaker.

    A selection that overlaps quotes already in the article is not saved: the answer (409) shows
    them and asks the reviewer to keep both, replace the old ones, or cancel (Quote.add_by_hand).
    """
    article = _get_article_for_user(request, pk)
    try:
        start, end = posted_span(request, article.body)
        kind = request.POST.get("kind") or Quote.Kind.DIRECT
        if kind not in Quote.Kind.values:
            raise BadInput(f"Unknown kind “{kind[:20]}”.")
        overlap = request.POST.get("overlap") or ""
        if overlap and overlap not in Quote.OVERLAP_CHOICES:
            raise BadInput(f"Unknown choice “{overlap[:20]}”.")
        seen = request.POST.getlist("seen")
        if not all(s.isdigit() for s in seen):
            raise BadInput("The quotes you were shown are not readable; add the quote again.")
        # one transaction: a speaker typed as a new name is not created when the quote is not added
        with transaction.atomic():
            person: Person | None = person_from_form(request)
            quote = Quote.add_by_hand(
                article, start, end, by=request.user, speaker=person, kind=kind, overlap=overlap, seen=seen
            )
    except (BadInput, ValueError) as exc:
        return _bad_request(request, article, str(exc))
    except OverlappingQuotes as exc:
        return _overlap_prompt(request, article, start, end, exc.quotes)
    text = quote.text if len(quote.text) < 60 else quote.text[:57] + "…"
    message = f"Added “{text}” ({quote.speaker_name})."
    if overlap == "replace":
        message += f" Replaced {len(seen)} overlapping quote{'' if len(seen) == 1 else 's'}."
    return _page_changed(request, article, message, quote_select={"id": quote.pk})


ADD_OVERLAP_TEMPLATE = "review/add_overlap.html"
# What the overlap prompt posts again, as the reviewer filled it in (the span as trimmed).
_CARRIED_FIELDS = ("speaker", "person", "new_name", "kind")


def _overlap_prompt(
    request: HttpRequest, article: Article, start: int, end: int, overlapping: list[Quote]
) -> HttpResponse:
    carried = [("start", str(start)), ("end", str(end))]
    carried += [(name, request.POST[name]) for name in _CARRIED_FIELDS if request.POST.get(name)]
    context = {
        "article": article,
        "overlapping": overlapping,
        "new_text": article.body[start:end],
        "carried": carried,
    }
    if not request.htmx:
        return render(request, ADD_OVERLAP_TEMPLATE, context, status=409)
    response = render(request, f"{ADD_OVERLAP_TEMPLATE}#prompt", context, status=409)
    response = retarget(response, "#add-overlap")
    return reswap(response, "innerHTML")


def _bad_request(request: HttpRequest, article: Article, message: str) -> HttpResponse:
    if request.htmx:
        response = HttpResponse(status=400)
        return announce(response, "toast", toast={"message": message, "level": "error"})
    messages.error(request, message)
    return redirect("article", pk=article.pk)


def require_review(request: HttpRequest) -> None:
    require_perm(request.user, REVIEW_PERM)
