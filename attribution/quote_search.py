"""Quote search: the export filters plus words in the quote, kind, speech act and the speaker's kind.

`QuoteSearchFilters` extends `exports.QuoteFilters`, so one set of querystring parameters drives the
search page (`/quotes/`), the person page and the exports: what you see is what you export.
Words are matched with PostgreSQL full-text search on PostgreSQL (the 'simple' configuration, each
word also a prefix, a GIN index on the quote text: migration 0033), and with a substring match per
word on SQLite.

Results are listed NEWEST_FIRST, an order an index holds (quote_newest_first, migration 0080), so
for a common word PostgreSQL reads that index and stops once the page is full; the search page reads
up to 10,000 matches' sort keys from the GIN index and sorts them itself (views/quote_search.py). The
word test is a plain condition of the query (not fenced in a subquery), so the planner can use either.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.contrib.postgres.search import (
    CombinedSearchQuery,
    SearchConfig,
    SearchQuery,
    SearchVector,
    SearchVectorField,
)
from django.db import connections
from django.db.models import F, Func, QuerySet

from attribution.exports import FilterError, QuoteFilters
from attribution.models import Person, Quote
from attribution.search import SEARCH_CONFIG, search_words, word_start

# Newest article first, then the article's quotes in reading order; id: the order they came in.
# article_published is the article's date kept on the quote by the database (migration 0080).
# Articles without a date come last on both engines (an unknown date is not a new one).
NEWEST_FIRST = (F("article_published").desc(nulls_last=True), F("article_id").desc(), "start", "id")


TEXT_INDEX = "quote_text_search_gin"  # the GIN index on quote_search_vector() (migration 0033)


def quote_search_vector() -> SearchVector:
    """The indexed expression (migration 0033); change it only together with the index."""
    return SearchVector("text", config=SEARCH_CONFIG)


def raw_tsquery(words: list[str]) -> str:
    """Every word, each also a prefix: 'port':* & 'ferry':* (PostgreSQL's tsquery syntax)."""
    return " & ".join("'" + w + "':*" for w in words)


# Migration 0089: every word (lexeme) any quote holds, kept by triggers; read by word_lexemes.
WORDS_TABLE = "quote_words"
# A word typed is looked up as the words starting with it when they are at most this many; beyond,
# as a prefix (an OR of hundreds of words costs more than the prefix's one bitmap).
LEXEMES_MAX = 16

# For each word typed: every lexeme starting with it (quote_words); a word left out stays a prefix.
Lexemes = Mapping[str, Sequence[str]]


def word_lexemes(words: Sequence[str], using: str) -> dict[str, list[str]]:
    """PostgreSQL: for each word typed that the text search reads as one lexeme (letters and digits
    only), the lexemes of the quotes starting with it, from quote_words (migration 0089), when there
    are 1 to LEXEMES_MAX of them: the quotes matching 'plan':* are exactly those holding one of
    'plan', 'plans', 'planned' …, and asked for those the text index needs no prefix scan (which
    collects every entry of the prefix into a bitmap first: 50-90 ms of CPU for "said" at a million
    quotes, against 1-2 ms exactly). One query for all the words; {} elsewhere.

    The range [lexeme, lexeme || U+10FFFF) in the "C" order holds every word starting with the
    lexeme: the text parser never puts that noncharacter in a word. A lexeme holding a quote mark or
    a backslash (tsquery syntax) is never used: its word stays a prefix."""
    candidates = [w for w in words if w.isalnum()]
    if not candidates or connections[using].vendor != "postgresql":
        return {}
    sql = f"""
        WITH typed AS (
          SELECT t.word, tsvector_to_array(to_tsvector('{SEARCH_CONFIG}'::regconfig, t.word)) AS lexemes
          FROM unnest(%s::text[]) AS t(word)
        )
        SELECT typed.word, found.word
        FROM typed CROSS JOIN LATERAL (
          SELECT DISTINCT k.word FROM {WORDS_TABLE} k
          WHERE k.word >= typed.lexemes[1] AND k.word < typed.lexemes[1] || chr(1114111)
          ORDER BY k.word LIMIT %s
        ) found
        WHERE cardinality(typed.lexemes) = 1
    """
    found: dict[str, list[str]] = {}
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [candidates, LEXEMES_MAX + 1])
        for word, lexeme in cursor.fetchall():
            found.setdefault(word, []).append(lexeme)
    syntax = ("'", "\\")
    return {
        word: lexemes
        for word, lexemes in found.items()
        if len(lexemes) <= LEXEMES_MAX and not any(ch in x for x in lexemes for ch in syntax)
    }


def lexemes_tsquery(groups: Sequence[Sequence[str]]) -> str:
    """Raw tsquery text, taken as is (no parser, no dictionary): ('plan' | 'plans') & ('said')."""
    return " & ".join("(" + " | ".join(f"'{x}'" for x in group) + ")" for group in groups)


def tsquery_sql(words: Sequence[str], lexemes: Lexemes) -> tuple[str, list[str]]:
    """PostgreSQL: SQL for the tsquery search_quote_text gives the text index for the words typed:
    the words with lexemes (word_lexemes) as those lexemes, the others as prefixes (to_tsquery)."""
    prefixed = [w for w in words if not lexemes.get(w)]
    exact = [lexemes[w] for w in words if lexemes.get(w)]
    parts, params = [], []
    if prefixed:
        parts.append(f"to_tsquery('{SEARCH_CONFIG}'::regconfig, %s)")
        params.append(raw_tsquery(prefixed))
    if exact:
        parts.append("%s::tsquery")
        params.append(lexemes_tsquery(exact))
    return "(" + " && ".join(parts) + ")", params


class LexemesQuery(SearchQuery):
    """A tsquery of lexemes given as they are (lexemes_tsquery): to_tsquery would parse each again
    and turn 'year-old' into the phrase 'year-old' <-> 'year' <-> 'old'."""

    def as_sql(self, compiler: Any, connection: Any, function: Any = None, template: Any = None) -> Any:
        sql, params = compiler.compile(self.get_source_expressions()[-1])
        return f"{sql}::tsquery", params


def text_search_query(words: Sequence[str], lexemes: Lexemes) -> SearchQuery | CombinedSearchQuery:
    """The query search_quote_text gives the text index (as tsquery_sql spells it in SQL)."""
    prefixed = [w for w in words if not lexemes.get(w)]
    exact = [lexemes[w] for w in words if lexemes.get(w)]
    given = LexemesQuery(lexemes_tsquery(exact)) if exact else None
    if not prefixed and given is not None:
        return given
    query = SearchQuery(raw_tsquery(prefixed), config=SEARCH_CONFIG, search_type="raw")
    return query if given is None else query & given


def words_test_sql(words_typed: str, column: str) -> tuple[str, list[str]]:
    """PostgreSQL: SQL testing `column` (a quote's text) for the words typed, as search_quote_text does,
    on each row a query reads (no index). First a cheap necessary test per word (the lower-cased
    text contains the lower-cased word: every lexeme is a lower-cased piece of the text), then the
    text's words, computed only for the rows that pass it (about 15 µs a quote)."""
    words = search_words(words_typed)
    tests = [f"strpos(lower({column}), lower(%s)) > 0" for _ in words]
    tests.append(
        f"to_tsvector('{SEARCH_CONFIG}'::regconfig, {column}) @@ to_tsquery('{SEARCH_CONFIG}'::regconfig, %s)"
    )
    return " AND ".join(tests), [*words, raw_tsquery(words)]


# Migration 0087: each word of a quote stored as '<article id>:<word>' in this text index.
ARTICLE_WORDS_INDEX = "quote_article_words_gin"


def article_words_test_sql(
    words_typed: str, article: str, lexemes: Lexemes | None = None
) -> tuple[str, list[str]]:
    """PostgreSQL: SQL testing a quote for the words typed through quote_article_words_gin, for the
    article whose id is the SQL `article` (a column of an outer query): the query's lexemes (the same
    words, lexemes and prefixes as search_quote_text, given `lexemes` from word_lexemes) each tagged
    '<article>:', so that only the index's entries of that article are read, and only quotes of that
    article can match. A lexeme holds no quote mark (search_words splits on it, word_lexemes takes
    none), so each quoted run in the query's text is one lexeme."""
    words = search_words(words_typed)
    query, params = tsquery_sql(words, lexemes or {})
    tagged = (
        "regexp_replace(regexp_replace("
        f"{query}::text, '<(-|[0-9]+)>', '&', 'g'), "
        "'''([^'']+)''', "
        f"'''' || ({article})::text || ':\\1''', 'g')::tsquery"
    )
    test = f"quote_article_words(attribution_quote.text, attribution_quote.article_id) @@ {tagged}"
    if not all(word.isalnum() for word in words):
        # a word the parser splits ("co-op") is a phrase in the query ('co-op' <-> 'co' <-> 'op'),
        # which the tagged words (no positions) never match: asked as "and" ('&'), and the text is
        # tested too, as the walk tests it
        text_test, text_params = words_test_sql(words_typed, "attribution_quote.text")
        test, params = f"{test} AND {text_test}", [*params, *text_params]
    return test, params


def unindexed_search_vector() -> Func:
    """The same words as quote_search_vector() (the text is never NULL), in an expression the text
    index does not hold: a query testing it tests each quote it reads, never reads the index."""
    config = SearchConfig(SEARCH_CONFIG)
    return Func(config, F("text"), function="to_tsvector", output_field=SearchVectorField())


def search_quote_text(
    qs: QuerySet[Quote], words_typed: str, indexed: bool = True, lexemes: Lexemes | None = None
) -> QuerySet[Quote]:
    """Quotes in `qs` whose text contains every word typed (case-insensitive), each at the start of a
    word of the quote ("port" finds "Port" and "portal", not "support").

    On PostgreSQL a word is asked for as the lexemes starting with it (`lexemes` from word_lexemes,
    looked up here when not given) or as a prefix. `indexed=False`: the words are tested on each
    quote the query reads otherwise (for a page walked newest first, views/quote_search.py), not
    looked up in the text index."""
    words = search_words(words_typed)
    if not words:
        return qs
    if connections[qs.db].vendor == "postgresql":
        if not indexed:
            query = SearchQuery(raw_tsquery(words), config=SEARCH_CONFIG, search_type="raw")
            return qs.alias(document=unindexed_search_vector()).filter(document=query)
        if lexemes is None:
            lexemes = word_lexemes(words, qs.db)
        return qs.alias(document=quote_search_vector()).filter(document=text_search_query(words, lexemes))
    for word in words:
        # at the start of a word, like PostgreSQL's prefix match: "port" is not found in "support"
        qs = qs.filter(text__icontains=word, text__iregex=word_start(word))
    return qs


@dataclass
class QuoteSearchFilters(QuoteFilters):
    text: str = ""  # words in the quote
    kind: str = ""  # direct | indirect | mixed
    speech_act: str = ""
    speaker_kind: str = ""  # person | organisation | group | anonymous
    # word_lexemes of `text`, looked up once by apply_to_quotes (PostgreSQL)
    lexemes: dict[str, list[str]] | None = field(default=None, init=False, compare=False, repr=False)

    FIELDS = (*QuoteFilters.FIELDS, "text", "kind", "speech_act", "speaker_kind")

    @classmethod
    def from_params(cls, params: Mapping[str, Any], default_status: str = "verified") -> QuoteSearchFilters:
        base = QuoteFilters.from_params(params, default_status)

        def choice(name: str, allowed: list[str]) -> str:
            value = str(params.get(name) or "").strip()
            if value and value not in allowed:
                raise FilterError(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")
            return value

        return cls(
            **{f.name: getattr(base, f.name) for f in dataclasses.fields(QuoteFilters)},
            text=str(params.get("text") or "").strip()[:200],
            kind=choice("kind", list(Quote.Kind.values)),
            speech_act=choice("speech_act", list(Quote.SpeechAct.values)),
            speaker_kind=choice("speaker_kind", list(Person.Kind.values)),
        )

    def apply_to_quotes(self, quotes: Any) -> Any:
        quotes = super().apply_to_quotes(quotes)
        if self.kind:
            quotes = quotes.filter(kind=self.kind)
        if self.speech_act:
            quotes = quotes.filter(speech_act=self.speech_act)
        if self.speaker_kind:
            quotes = quotes.filter(speaker__kind=self.speaker_kind)
        if self.text:
            if self.lexemes is None:
                self.lexemes = word_lexemes(search_words(self.text), quotes.db)
            quotes = search_quote_text(quotes, self.text, lexemes=self.lexemes)
        return quotes

    def querystring(self, **overrides: Any) -> dict[str, str]:
        """The filters as querystring parameters (empty ones left out), e.g. for an export link."""
        values: dict[str, str] = {}
        for name in self.FIELDS:
            if name == "status":
                continue
            value = getattr(self, name, "")
            if value not in ("", None):
                values[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
        values.update({k: str(v) for k, v in overrides.items() if v not in ("", None)})
        return values


# What an export link's status names, for its label ("verified" and "all" are the sheet's shorthands).
_EXPORTED = {"verified": "verified", "all": "verified and pending", **dict(Quote.Status.choices)}


def export_links(shown: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The export links of a page that lists quotes of every status (quote search, a person's page), as
    (label, querystring) pairs for templates/exports/_export_links.html.

    "Export" means a sheet of verified quotes, as on the queue and article pages and in the README's
    "Quote sheets": the first link exports the verified quotes among those shown; the second says that it
    adds the pending ones (marked unverified). A status the reader chose on the page is exported as it
    is, and the label names it.
    """
    status = str(shown.get("status", ""))
    if status:
        named = ", ".join(str(_EXPORTED.get(part, part)) for part in status.split(","))
        return [(f"Export these quotes ({named})", urlencode(shown))]
    return [
        ("Export verified quotes", urlencode({**shown, "status": "verified"})),
        (
            "Export verified and pending quotes (pending marked unverified)",
            urlencode({**shown, "status": "all"}),
        ),
    ]
