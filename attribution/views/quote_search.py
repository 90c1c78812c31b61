"""Quote search (/quotes/): words in the quote, filtered by speaker, kind, status, speech act, language,
source and date; the same filters drive the export links on the page (attribution/quote_search.py)."""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models import F
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from attribution.exports import FilterError
from attribution.models import Article, Person, Quote
from attribution.quote_search import NEWEST_FIRST, QuoteSearchFilters
from attribution.views.access import REVIEW_PERM, require_perm

PAGE_SIZE = 50
ALL_STATUSES = ",".join(Quote.Status.values)
COUNT_CAP = 10_000
WINDOW = 20_000  # quotes per page of matches looked through first (CappedCountPaginator._newest)


class CappedCountPaginator(Paginator):
    """Pages of quotes, newest first, that never read every match of a common word to show 50.

    With `capped` (a word search), one query reads up to cap + 1 matches from the GIN index and,
    in the database, counts them, sorts them newest first and returns the ids of one page
    (`_ranked`); the page's quotes are then fetched by id:
    - up to `cap` matches: that is all of them, counted exactly. The planner, assuming matches are
      spread evenly, would rather walk the newest-first index, and could read a million quotes
      looking for matches that all sit in old or undated articles: the LIMIT keeps it from that.
    - more (or more by PostgreSQL's statistics, then not read at all): the page says "more than
      10,000" (or "about 60,000"), and the page is taken from the newest quotes (`_newest`), which
      for a word that common hold it. The pager has no last page then: a page shows "Next" when one
      more row exists beyond it.
    Without `capped` the count is exact (the other filters count on an index), and up to `cap` matches
    are likewise fetched by id before they are sorted.
    """

    def __init__(self, object_list: Any, per_page: int, cap: int = COUNT_CAP, capped: bool = True) -> None:
        super().__init__(object_list, per_page)
        self.cap = cap
        self.capped = capped
        self.estimate = ""  # PostgreSQL's estimate of the matches, when it was used instead of a count
        self.asked: Any = 1  # the page get_page() was asked for: the counting query also ranks it
        self._pages: dict[int, tuple[int, list[int]]] = {}

    def get_page(self, number: Any) -> Page:
        self.asked = number
        return super().get_page(number)

    def _ranked(self, number: int) -> tuple[int, list[int]]:
        """(matches up to cap + 1, ids of page `number` newest first): one query, counted and sorted
        by the database, so only the four sort columns of each match leave the table and only the
        page's ids leave the database. The count comes back even for a page past the last match.
        """
        if number not in self._pages:
            matches = (
                self.object_list.order_by()
                .annotate(
                    rank_date=F("article_published"),
                    rank_article=F("article_id"),
                    rank_start=F("start"),
                    rank_id=F("pk"),
                )
                .values_list("rank_id", "rank_date", "rank_article", "rank_start")[: self.cap + 1]
            )
            connection = connections[matches.db]
            sql, params = matches.query.get_compiler(connection=connection).as_sql()
            qn = connection.ops.quote_name

            def newest_first(table: str) -> str:
                keys = [f"{qn('rank_date')} DESC NULLS LAST", f"{qn('rank_article')} DESC"]
                return ", ".join(f"{table}.{key}" for key in [*keys, qn("rank_start"), qn("rank_id")])

            page, total = qn("page"), qn("total")
            ranked = (
                f"WITH {qn('matches')} AS ({sql}) "
                f"SELECT {page}.{qn('rank_id')}, {total}.{qn('n')} "
                f"FROM (SELECT COUNT(*) AS {qn('n')} FROM {qn('matches')}) {total} "
                f"LEFT JOIN (SELECT * FROM {qn('matches')} ORDER BY {newest_first(qn('matches'))} "
                f"LIMIT %s OFFSET %s) {page} ON 1 = 1 "
                f"ORDER BY {newest_first(page)}"
            )
            with connection.cursor() as cursor:
                cursor.execute(ranked, [*params, self.per_page, (number - 1) * self.per_page])
                rows = cursor.fetchall()
            self._pages[number] = (rows[0][1], [row[0] for row in rows if row[0] is not None])
        return self._pages[number]

    def _asked_number(self) -> int:
        try:
            return max(1, int(self.asked))
        except (TypeError, ValueError):
            return 1

    @cached_property
    def count(self) -> int:
        """The number of matches; with `capped`, cap + 1 when there are more than cap.

        Reading the matches costs a row per match: when PostgreSQL's statistics put them over the
        cap (a word in one quote of a hundred), that is skipped, and the page gives their estimate.
        """
        if not self.capped:
            return super().count
        planned = planned_rows(self.object_list)
        if planned > self.cap:
            self.estimate = f"{round(planned, 2 - len(str(int(planned)))):,.0f}"  # "about 13,000"
            return self.cap + 1
        return self._ranked(self._asked_number())[0]

    @property
    def more_than_cap(self) -> bool:
        return self.capped and self.count > self.cap

    def validate_number(self, number: Any) -> int:
        if not self.more_than_cap:
            return super().validate_number(number)
        try:
            number = int(number)
        except (TypeError, ValueError) as error:
            raise PageNotAnInteger("That page number is not an integer") from error
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        return number

    def page(self, number: Any) -> Page:
        if self.more_than_cap:  # many: the newest ones, and whether a next page exists
            number = self.validate_number(number)
            bottom = (number - 1) * self.per_page
            rows = self._newest(bottom, self.per_page + 1)
            return OpenEndedPage(rows[: self.per_page], number, self, has_more=len(rows) > self.per_page)
        if self.capped:  # every match was counted, and this page's ids sorted out by the database
            number = self.validate_number(number)
            ids = self._ranked(number)[1]
            rows = self.object_list.in_bulk(ids) if ids else {}
            return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
        if self.count <= self.cap:  # few, counted exactly: take their ids first, then sort those
            few = self.object_list.order_by().values("pk")[: self.cap + 1]
            self.object_list = self.object_list.filter(pk__in=few)
        return super().page(number)

    def _newest(self, bottom: int, n: int) -> list[Any]:
        """Rows bottom .. bottom + n of the matches, newest first, looked for in the newest quotes first.

        Walking the newest-first index recomputes the word test for every quote it passes; within the
        newest WINDOW quotes per page (a date range of that index) PostgreSQL can instead intersect
        it with the word's GIN entries and read only the matches. If the window holds too few, the
        walk goes on past it: the quotes outside it are all older, so the answer is the same.
        """
        window = WINDOW * (bottom // self.per_page + 1)
        dates = Quote.objects.order_by(*NEWEST_FIRST).values_list("article_published", flat=True)
        edge = next(iter(dates[window : window + 1]), None)  # None: no such quote, or it is undated
        if edge is not None:
            rows = list(self.object_list.filter(article_published__gte=edge)[bottom : bottom + n])
            if len(rows) == n:
                return rows
        return list(self.object_list[bottom : bottom + n])


def planned_rows(quotes: Any) -> float:
    """PostgreSQL's estimate of how many rows `quotes` has (from its statistics; 0 elsewhere)."""
    if connections[quotes.db].vendor != "postgresql":
        return 0
    plan = json.loads(quotes.order_by().values("pk").explain(format="json"))
    return float(plan[0]["Plan"]["Plan Rows"])


class OpenEndedPage(Page):
    """A page of a result counted only up to the cap: whether a next page exists is what the query saw."""

    def __init__(self, object_list: Any, number: int, paginator: Paginator, has_more: bool) -> None:
        super().__init__(object_list, number, paginator)
        self.has_more = has_more

    def has_next(self) -> bool:
        return self.has_more


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
        .defer("article__body")  # an article's body can be megabytes: the page shows the quote
        .order_by(*NEWEST_FIRST)
    )
    # Only a word search has counts worth capping: the other filters count on an index.
    paginator = CappedCountPaginator(quotes, PAGE_SIZE, cap=COUNT_CAP, capped=bool(filters.text))
    page = paginator.get_page(request.GET.get("page"))
    shown = {k: v for k, v in request.GET.items() if k in QuoteSearchFilters.FIELDS and v}
    speaker = None
    if filters.speaker.isdigit():
        speaker = Person.objects.filter(pk=int(filters.speaker)).first()
    context = {
        "page": page,
        "cap": f"{paginator.cap:,}",
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
