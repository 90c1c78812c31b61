"""Quote search (/quotes/): words in the quote, filtered by speaker, kind, status, speech act, language,
source and date; the same filters drive the export links on the page (attribution/quote_search.py)."""

from __future__ import annotations

import dataclasses
import json
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections, transaction
from django.db.models import CharField, F, Q, Value
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from attribution.exports import FilterError
from attribution.models import Article, Person, Quote
from attribution.quote_search import (
    NEWEST_FIRST,
    TEXT_INDEX,
    Lexemes,
    QuoteSearchFilters,
    article_words_test_sql,
    export_links,
    search_quote_text,
    words_test_sql,
)
from attribution.search import SUBQUERY_FENCE, search_words
from attribution.views.access import REVIEW_PERM, require_perm

PAGE_SIZE = 50
ALL_STATUSES = ",".join(Quote.Status.values)
COUNT_CAP = 10_000
# Over this many matches by PostgreSQL's statistics, a word search shows their estimate ("about").
TRUSTED = 5_000
# The words alone: counted exactly up to this many entries in the text index; over it the index's
# count is shown as "about" (reading a match from the table is a disk read on a cold cache:
# 10,000 of them took 0.6 s).
EXACT_CAP = 300
# Newest articles asked for a word's matches one by one at most (_by_article), and at least.
ARTICLES_MAX = 1_000
ARTICLES_MIN = 100
WINDOW_MIN = 1_000  # fewest newest quotes looked through first for a rarer word (_newest)
# A word in this share of the quotes or more: its page is read walking the newest quotes and testing
# the words on each (_walk), not from the text index, whose bitmap costs a row per match (140 ms for
# the 318,000 quotes holding a word starting "the"). The walk stops after WALK_MAX quotes.
WALK_SHARE = 0.1
WALK_MAX = 2_000
# Few matches by PostgreSQL's statistics (words alone): counted and sorted in one pass over the text
# index, without asking the index for its count first (a second bitmap over the same entries).
FEW = 1_000
# A window of the newest quotes larger than this share of the table is no window: every match is read.
WINDOW_SHARE = 0.25


class CappedCountPaginator(Paginator):
    """Pages of quotes, newest first, that never read every match of a common word to show 50.

    With `capped` (a word search), `count` decides how the matches are counted (see there). When they
    all were, one query counts them, sorts them newest first and returns the ids of one page
    (`_ranked`), then the page's quotes are fetched by id. When not (`more_than_cap`), the page says
    "about" or "more than", the pager has no last page, and the page is taken from a window of the
    newest quotes (`_newest`); it shows "Next" when one more row exists beyond it.
    Without `capped` the count is exact (the other filters count on an index), and the page's ids come
    from a subquery PostgreSQL answers from quote_newest_first alone, then its 50 rows.
    """

    def __init__(
        self,
        object_list: Any,
        per_page: int,
        cap: int = COUNT_CAP,
        capped: bool = True,
        words_alone: bool = False,
        unworded: Any = None,
        words: str = "",
        rows: Any = None,
        estimate_over: int | None = None,
        lexemes: Lexemes | None = None,
    ) -> None:
        super().__init__(object_list, per_page)
        self.cap = cap
        self.capped = capped
        self.words_alone = words_alone  # no filter but the words: the text index's count is theirs
        # the same quotes before the words were looked for (the walk tests the words on them)
        self.unworded = unworded
        self.words = words
        # the words' lexemes as object_list asks the text index for them (word_lexemes; PostgreSQL):
        # the other queries over the words ask for the same, without looking them up again
        self.lexemes = lexemes
        # how a page's quotes are fetched by id: without the word test, which PostgreSQL would plan
        # again (and could answer through the text index) for 50 quotes already known to match
        self.rows = rows if rows is not None else object_list
        self.planned: float | None = None
        self.exact_limit: int | None = None  # the matches were all counted by _ranked(limit=this)
        # Without words: PostgreSQL's estimate is shown ("about") when over this, not a count (which
        # reads an index entry per match: 109 pages from disk for the 50,000 quotes of one speech act
        # and status). Only for filters on the quote's own columns, which its statistics know well.
        self.estimate_over = estimate_over
        self.index_count: int | None = None  # the text index's entries for the words (PostgreSQL)
        self.estimate = ""  # PostgreSQL's estimate of the matches, when it was used instead of a count
        self.asked: Any = 1  # the page get_page() was asked for: the counting query also ranks it
        # (page, limit) -> (matches counted, the page's ids, their row addresses on PostgreSQL)
        self._pages: dict[tuple[int, int], tuple[int, list[int], list[str]]] = {}

    def get_page(self, number: Any) -> Page:
        self.asked = number
        return super().get_page(number)

    def _ranked(self, number: int, limit: int | None = None) -> tuple[int, list[int], list[str]]:
        """(matches up to limit + 1 (the cap), ids of page `number` newest first, their row addresses
        (PostgreSQL; for _fetch)): one query, counted and sorted by the database, so only the four
        sort columns (and the address) of each match leave the table and only the page's ids leave
        the database. The count comes back even for a page past the last match; the ids are the
        page's only when the count is at most `limit`.
        """
        limit = self.cap if limit is None else limit
        if (number, limit) not in self._pages:
            matches = (
                self.object_list.order_by()
                .annotate(
                    rank_date=F("article_published"),
                    rank_article=F("article_id"),
                    rank_start=F("start"),
                    rank_id=F("pk"),
                    rank_address=row_address(self.object_list.db),
                )
                .values_list("rank_id", "rank_date", "rank_article", "rank_start", "rank_address")
            )[: limit + 1]
            connection = connections[matches.db]
            sql, params = matches.query.get_compiler(connection=connection).as_sql()
            qn = connection.ops.quote_name

            def newest_first(table: str) -> str:
                keys = [f"{qn('rank_date')} DESC NULLS LAST", f"{qn('rank_article')} DESC"]
                return ", ".join(f"{table}.{key}" for key in [*keys, qn("rank_start"), qn("rank_id")])

            page, total = qn("page"), qn("total")
            ranked = (
                f"WITH {qn('matches')} AS ({sql}) "
                f"SELECT {page}.{qn('rank_id')}, {total}.{qn('n')}, {page}.{qn('rank_address')} "
                f"FROM (SELECT COUNT(*) AS {qn('n')} FROM {qn('matches')}) {total} "
                f"LEFT JOIN (SELECT * FROM {qn('matches')} ORDER BY {newest_first(qn('matches'))} "
                f"LIMIT %s OFFSET %s) {page} ON 1 = 1 "
                f"ORDER BY {newest_first(page)}"
            )
            with connection.cursor() as cursor:
                cursor.execute(ranked, [*params, self.per_page, (number - 1) * self.per_page])
                rows = cursor.fetchall()
            found = [row for row in rows if row[0] is not None]
            self._pages[number, limit] = (rows[0][1], [row[0] for row in found], [row[2] for row in found])
        return self._pages[number, limit]

    def _asked_number(self) -> int:
        try:
            return max(1, int(self.asked))
        except (TypeError, ValueError):
            return 1

    @cached_property
    def count(self) -> int:
        """The number of matches; with `capped`, cap + 1 when it is not counted (then `estimate`).

        Reading the matches costs a row per match, a disk read each on a cold cache. So:
        - PostgreSQL's statistics put them over TRUSTED (a word in one quote of two hundred; its
          statistics know such words well), or one word alone over FEW (the statistics of a word
          alone are good; the text index's count of a word in 1 % of the quotes costs 15 ms): not
          read; "about" their estimate.
        - the words alone, FEW or fewer by the statistics (and each word typed in FEW quotes or
          fewer): one query counts up to EXACT_CAP + 1 of them and sorts out the page (`_ranked`),
          a single pass over the text index: at most EXACT_CAP, that is the answer.
        - the words alone otherwise (or more than EXACT_CAP after all): the text index counts its
          entries for them (`index_rows`, no table page read); up to EXACT_CAP the matches are counted
          exactly from the table, over it the page says "about" the index's count.
        - otherwise (the words with other filters) up to cap + 1 matches are read and counted.
        """
        if not self.capped:
            if self.estimate_over is not None:
                planned = planned_rows(self.object_list)
                if planned > self.estimate_over:
                    self.estimate = f"{round(planned, 2 - len(str(int(planned)))):,.0f}"
                    return self.cap + 1
            return super().count
        planned = self.planned = planned_rows(self.object_list)
        one_word = len(search_words(self.words)) == 1
        if planned > min(TRUSTED, self.cap) or (self.words_alone and one_word and planned > FEW):
            self.index_count = int(planned)
            self.estimate = f"{round(planned, 2 - len(str(int(planned)))):,.0f}"  # "about 13,000"
            return self.cap + 1
        if self.words_alone and planned <= FEW and self._each_word_planned() <= FEW:
            found_now = self._ranked(self._asked_number(), EXACT_CAP)[0]
            if found_now <= EXACT_CAP:
                self.exact_limit = EXACT_CAP
                return found_now
        found = index_rows(self.object_list) if self.words_alone else None
        if found is not None and found[0] == 0:
            return 0  # no entry, no match: not asked again (a second bitmap of the same words)
        if found is not None and found[0] > EXACT_CAP:
            # every live match has an entry, and so has a row not yet vacuumed away: "about"
            about = max(EXACT_CAP + 1, round(found[0] * found[1]))
            self.index_count = about
            self.estimate = f"{round(about, 2 - len(str(about))):,}"
            return self.cap + 1
        return self._ranked(self._asked_number())[0]

    def _each_word_planned(self) -> float:
        """The fewest quotes any one word typed is in, by the statistics: more than the matches of
        them all. (PostgreSQL's estimate for several words takes them as independent; words of one
        story are not: "said" and "year", 1,300 by it, are in 3,000 quotes of a million.)"""
        words = search_words(self.words)
        if len(words) < 2:
            return 0
        lexemes = self.lexemes
        return min(
            planned_rows(search_quote_text(Quote.objects.all(), word, lexemes=lexemes)) for word in words
        )

    @property
    def more_than_cap(self) -> bool:
        count = self.count  # first: it sets the estimate
        return (self.capped or bool(self.estimate)) and count > self.cap

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
        if self.more_than_cap and not self.capped:  # many by the estimate: the page and one more
            number = self.validate_number(number)
            bottom = (number - 1) * self.per_page
            ids = self.object_list.values("pk")[bottom : bottom + self.per_page + 1]
            rows = list(self.object_list.filter(pk__in=ids))
            return OpenEndedPage(rows[: self.per_page], number, self, has_more=len(rows) > self.per_page)
        if self.more_than_cap:  # many: the newest ones, and whether a next page exists
            number = self.validate_number(number)
            bottom = (number - 1) * self.per_page
            rows = self._newest(bottom, self.per_page + 1)
            return OpenEndedPage(rows[: self.per_page], number, self, has_more=len(rows) > self.per_page)
        if self.capped:  # every match was counted, and this page's ids sorted out by the database
            number = self.validate_number(number)
            _, ids, addresses = self._ranked(number, self.exact_limit) if self.count else (0, [], [])
            return self._get_page(self._fetch(ids, addresses), number, self)
        # The page's ids first, in a subquery: with the filters on the quote's own columns PostgreSQL
        # finds them in quote_newest_first alone (it carries status, kind, speech act: migration
        # 0086), then reads just those 50 quotes from the table, with their article and speaker.
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.object_list.values("pk")[bottom:top]
        return self._get_page(list(self.object_list.filter(pk__in=ids)), number, self)

    def _newest(self, bottom: int, n: int) -> list[Any]:
        """Rows bottom .. bottom + n of the matches, newest first, when they were not all counted.

        A word in WALK_SHARE of the quotes or more: the newest quotes are walked in order and the
        words tested on each (`_walk`), up to WALK_MAX of them. Otherwise, or when the walk found too
        few, the newest `window` quotes (a range of quote_newest_first), sized to hold about six times
        the rows asked for by the matches' count or estimate, are intersected with the words' entries
        in the text index, and only the matches in the window are read from the table. If it holds
        too few, or would be over WINDOW_SHARE of the table, every match's sort keys are read and
        sorted: the quotes outside a window are all older, so the answer is the same either way.
        (A second window, eight times larger, was tried before that: where the word clusters in older
        articles, 140 ms to intersect 475,000 quotes of a window with 5,000 matches, more than
        reading those 5,000.)
        """
        expected = self.index_count or planned_rows(self.object_list) or 1
        total = planned_rows(Quote.objects.all()) or 1
        if self.unworded is not None and self.words and expected >= WALK_SHARE * total:
            # three times the quotes the matches' share says hold bottom + n: matches cluster
            budget = int(3 * (bottom + n) * total / expected) + n
            if budget <= WALK_MAX:
                rows = self._walk(budget, bottom, n)
                if rows is not None:
                    return rows
        if self.unworded is not None and self.words and connections[self.rows.db].vendor == "postgresql":
            rows = self._by_article(bottom, n, expected)
            if rows is not None:
                return rows
        # six times the rows asked for: matches cluster in articles
        window = max(WINDOW_MIN, int(total * 6 * (bottom + n) / expected))
        if window <= WINDOW_SHARE * total:
            # read from quote_article_newest (migration 0086): an entry per article, not per quote
            edges = Quote.objects.order_by(*NEWEST_FIRST[:2]).values_list("article_published", "article_id")
            # the window ends at an article (not a date: a day can hold thousands of quotes)
            date, article = next(iter(edges[window : window + 1]), (None, None))
            if date is not None:  # else no such quote, or it is undated
                newer = Q(article_published__gt=date) | Q(article_published=date, article_id__gte=article)
                rows = self._keys_then_rows(self.object_list.filter(newer), bottom, n)
                if len(rows) == n:
                    return rows
        return self._keys_then_rows(self.object_list, bottom, n)

    def _by_article(self, bottom: int, n: int, expected: float) -> list[Any] | None:
        """PostgreSQL: rows bottom .. bottom + n of the matches, or None when the newest `budget`
        articles hold fewer. The articles are read newest first (article_newest_first: the quotes'
        own order, migration 0087) and each is asked for its matches through quote_article_words_gin,
        whose entries are tagged with the article: a probe reads that article's entries alone (none
        for an article without the words: 30 µs), and only the matches read leave the table, so the
        cost is the articles passed and the matches in them, however common the word or far back its
        newest quotes. The budget: ten times the articles that the matches' share says hold the rows
        asked for, within ARTICLES_MIN .. ARTICLES_MAX; none when that would take more."""
        articles = planned_rows(Article.objects.all()) or 1
        wanted = 10 * (bottom + n) * articles / max(expected, 1)
        if wanted > 10 * ARTICLES_MAX:
            return None
        budget = int(min(ARTICLES_MAX, max(ARTICLES_MIN, wanted)))
        connection = connections[self.rows.db]
        qn = connection.ops.quote_name
        article = f"{qn('probe')}.{qn('id')}"
        test, test_params = article_words_test_sql(self.words, article, self.lexemes)
        inner = (
            self.unworded.extra(where=[test], params=test_params)
            .order_by()
            .annotate(rank_id=F("pk"), rank_start=F("start"), rank_address=row_address(self.rows.db))
            .values_list("rank_id", "rank_start", "rank_address")
        )
        sql, params = inner.query.get_compiler(connection=connection).as_sql()
        order = f"{qn('probe')}.{qn('published')} DESC NULLS LAST, {article} DESC"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {qn('found')}.{qn('rank_id')}, {qn('found')}.{qn('rank_address')} "
                f"FROM (SELECT {qn('id')}, {qn('published')} "
                f"FROM {qn(Article._meta.db_table)} ORDER BY {qn('published')} DESC NULLS LAST, "
                f"{qn('id')} DESC LIMIT %s) {qn('probe')} CROSS JOIN LATERAL ({sql}) {qn('found')} "
                f"ORDER BY {order}, {qn('found')}.{qn('rank_start')}, {qn('found')}.{qn('rank_id')} "
                "LIMIT %s OFFSET %s",
                [budget, *params, n, bottom],
            )
            found = cursor.fetchall()
        if len(found) < n:
            return None
        return self._fetch([row[0] for row in found], [row[1] for row in found])

    def _fetch(self, ids: list[int], addresses: list[str] | None = None) -> list[Any]:
        """The quotes `ids`, in that order, with their article and speaker. On PostgreSQL also by
        their row addresses (ctid, from the query that found them): read straight from the table,
        without a primary-key index page per quote (a disk read each, 50 for a page, on a cold
        cache). A quote written since has a new address: those not found at theirs are read by id."""
        if not ids:
            return []
        rows: dict[int, Any] = {}
        if addresses and all(addresses):
            wanted = set(ids)
            at = self.rows.extra(where=['"attribution_quote"."ctid" = ANY(%s::tid[])'], params=[addresses])
            rows = {quote.pk: quote for quote in at if quote.pk in wanted}
        missing = [pk for pk in ids if pk not in rows]
        if missing:
            rows.update(self.rows.in_bulk(missing))
        return [rows[pk] for pk in ids if pk in rows]

    def _walk(self, budget: int, bottom: int, n: int) -> list[Any] | None:
        """Rows bottom .. bottom + n of the matches among the newest `budget` quotes (all filters but
        the words), or None when those hold fewer: PostgreSQL reads them through quote_newest_first
        and tests the words on each, no text index read. Any match beyond them is older than all of
        them, so when they hold bottom + n matches, those are the first bottom + n of all."""
        ordered = self.unworded.order_by(*NEWEST_FIRST)
        if connections[ordered.db].vendor == "postgresql":
            ids = self._walk_postgresql(ordered, budget, bottom, n)
        else:
            among = Quote.objects.filter(pk__in=ordered.values("pk")[:budget])
            matches = search_quote_text(among, self.words, indexed=False).order_by(*NEWEST_FIRST)
            ids = list(matches.values_list("pk", flat=True)[bottom : bottom + n])
        if len(ids) < n:
            return None
        rows = self.rows.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]

    def _walk_postgresql(self, ordered: Any, budget: int, bottom: int, n: int) -> list[int]:
        """The newest `budget` quotes read through quote_newest_first with their text (a subquery the
        words cannot be pushed into, so no text index), the words tested on each in that order:
        PostgreSQL stops reading as soon as it has bottom + n matches."""
        newest = (
            ordered.annotate(rank_id=F("pk"), rank_text=F("text"), rank_date=F("article_published"))
            .annotate(rank_article=F("article_id"), rank_start=F("start"))
            .values_list("rank_id", "rank_text", "rank_date", "rank_article", "rank_start")[:budget]
        )
        connection = connections[newest.db]
        sql, params = newest.query.get_compiler(connection=connection).as_sql()
        qn = connection.ops.quote_name
        test, test_params = words_test_sql(self.words, f"{qn('newest')}.{qn('rank_text')}")
        date, article = f"{qn('rank_date')} DESC NULLS LAST", f"{qn('rank_article')} DESC"
        order = ", ".join([date, article, qn("rank_start"), qn("rank_id")])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {qn('rank_id')} FROM ({sql}) {qn('newest')} WHERE {test} ORDER BY {order} "
                "LIMIT %s OFFSET %s",
                [*params, *test_params, n, bottom],
            )
            return [row[0] for row in cursor.fetchall()]

    def _keys_then_rows(self, matches: Any, bottom: int, n: int) -> list[Any]:
        """The matches' sort keys read from the table (through the text index), sorted by the database,
        then the rows of the page: walking quote_newest_first instead would read every quote it
        passes to test the words on it."""
        keys = (
            matches.order_by()
            .annotate(rank_id=F("pk"), rank_date=F("article_published"))
            .annotate(rank_article=F("article_id"), rank_start=F("start"))
            .values_list("rank_id", "rank_date", "rank_article", "rank_start")[:SUBQUERY_FENCE]
        )
        connection = connections[keys.db]
        sql, params = keys.query.get_compiler(connection=connection).as_sql()
        qn = connection.ops.quote_name
        keys_order = [f"{qn('rank_date')} DESC NULLS LAST", f"{qn('rank_article')} DESC"]
        order = ", ".join([*keys_order, qn("rank_start"), qn("rank_id")])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {qn('rank_id')} FROM ({sql}) {qn('keys')} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, n, bottom],
            )
            ids = [row[0] for row in cursor.fetchall()]
        rows = self.rows.in_bulk(ids) if ids else {}
        return [rows[pk] for pk in ids if pk in rows]


def row_address(using: str) -> Any:
    """A quote's row address on PostgreSQL (ctid, as text), for _fetch; NULL elsewhere."""
    if connections[using].vendor == "postgresql":
        return RawSQL('"attribution_quote"."ctid"::text', ())
    return Value(None, output_field=CharField())


def index_rows(quotes: Any) -> tuple[int, float] | None:
    """(entries the text index holds for the words searched, share of the table's rows alive).

    PostgreSQL reads the entries to build a bitmap before it reads any table page; asked for one row,
    it then reads one page. EXPLAIN ANALYZE reports the bitmap's size: every live match, plus entries
    of rows not yet vacuumed away (deleted, or an older version of an updated quote), so at least the
    count; the live share (the server's statistics) scales it to an estimate. None off PostgreSQL,
    when the plan did not use the index or the bitmap went lossy (then it counts pages, not rows).
    """
    if connections[quotes.db].vendor != "postgresql":
        return None
    with transaction.atomic(using=quotes.db), connections[quotes.db].cursor() as cursor:
        # for this transaction: no plan but the text index's bitmap (it is never read another way)
        off = ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan")
        live = (
            "(SELECT n_live_tup::float / NULLIF(n_live_tup + n_dead_tup, 0) FROM pg_stat_user_tables "
            "WHERE relid = 'attribution_quote'::regclass)"
        )
        cursor.execute("SELECT " + ", ".join([*(f"set_config('{name}', 'off', true)" for name in off), live]))
        share = cursor.fetchone()[-1]
        first = quotes.order_by().values("pk")[:1]
        plan = json.loads(first.explain(format="json", analyze=True, timing=False, summary=False))
    found: list[int] = []

    def walk(node: dict[str, Any]) -> None:
        if node.get("Node Type") == "Bitmap Heap Scan" and node.get("Lossy Heap Blocks"):
            found.append(-1)
        if node.get("Node Type") == "Bitmap Index Scan" and node.get("Index Name") == TEXT_INDEX:
            found.append(int(node["Actual Rows"]))
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    if len(found) != 1 or found[0] < 0:
        return None
    return found[0], min(1.0, max(0.0, share if share is not None else 1.0))


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


def menus() -> dict[str, list[str]]:
    """The sources and languages of the articles, for the filter menus: one query for both."""
    values = (
        Article.objects.exclude(source="")
        .order_by()
        .annotate(menu=Value("sources"), value=F("source"))
        .values_list("menu", "value")
        .union(
            Article.objects.exclude(language="")
            .order_by()
            .annotate(menu=Value("languages"), value=F("language"))
            .values_list("menu", "value")
        )
        .order_by("menu", "value")
    )
    found: dict[str, list[str]] = {"sources": [], "languages": []}
    for menu, value in values:
        found[menu].append(value)
    return found


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
    shown = {k: v for k, v in request.GET.items() if k in QuoteSearchFilters.FIELDS and v}
    every_status = filters.statuses == tuple(Quote.Status.values)
    words_alone = bool(filters.text) and set(shown) <= {"text", "status"} and every_status
    unworded = dataclasses.replace(filters, text="").apply(Quote.objects.all())
    rows = Quote.objects.select_related("article", "speaker").defer("article__body")
    own_columns = not filters.text and set(shown) <= {"status", "kind", "speech_act"}
    paginator = CappedCountPaginator(
        quotes,
        PAGE_SIZE,
        cap=COUNT_CAP,
        capped=bool(filters.text),
        words_alone=words_alone,
        unworded=unworded,
        words=filters.text,
        rows=rows,
        estimate_over=COUNT_CAP if own_columns else None,
        lexemes=filters.lexemes,
    )
    page = paginator.get_page(request.GET.get("page"))
    speaker = None
    if filters.speaker.isdigit():
        speaker = Person.objects.filter(pk=int(filters.speaker)).first()
    context = {
        "page": page,
        "cap": f"{paginator.cap:,}",
        "filters": shown,
        "speaker": speaker,
        "keep": urlencode(shown),
        "export_links": export_links(shown),
        "statuses": Quote.Status.choices,
        "kinds": Quote.Kind.choices,
        "speech_acts": Quote.SpeechAct.choices,
        "speaker_kinds": Person.Kind.choices,
    }
    if not (request.htmx and request.htmx.target == "quote-results"):  # the results alone: no menus
        context.update(menus())
    if request.htmx and request.htmx.target == "quote-results":
        return render(request, "quotes/search.html#results", context)
    return render(request, "quotes/search.html", context)
