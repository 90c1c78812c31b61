"""Quote sheets: which quotes (filters), what each row says (columns), and the file formats.

Rows and formats are generators: the articles are read with `.iterator(chunk_size=…)` and their quotes
a batch of articles at a time, so an export of any size holds one batch in memory. The web view
streams the output; the shell command writes it to a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from django import forms
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import timezone

from attribution import insight
from attribution.models import Article, Person, Quote
from attribution.search import search_articles
from attribution.workflow_models import filter_articles_by_workflow

CHUNK_SIZE = 2000
CSV_BOM = "\ufeff"

# Statuses a filter may name; "verified" and "all" are shorthands.
STATUS_SHORTHANDS: dict[str, tuple[str, ...]] = {
    "verified": tuple(Quote.VERIFIED),
    # "all" means everything a reporter might quote, verified or not yet looked at; rejected quotes are
    # wrong by definition, so they appear only when asked for by name (status=rejected).
    "all": (*Quote.VERIFIED, Quote.Status.PENDING),
}

# (key, header, XLSX column width in characters)
COLUMNS: list[tuple[str, str, int]] = [
    ("id", "Quote ID", 9),
    ("speaker", "Speaker", 24),
    ("speaker_title", "Speaker title", 28),
    ("quote", "Quote", 60),
    ("kind", "Kind", 10),
    ("speech_act", "Speech act", 11),
    ("sentence", "Sentence", 80),
    ("article_title", "Article", 40),
    ("source", "Source", 18),
    ("published", "Published", 12),
    ("url", "URL", 40),
    ("language", "Language", 9),
    ("status", "Status", 11),
    ("verified", "Verified", 9),
    ("reviewer", "Reviewer", 16),
    ("verified_at", "Verified at", 20),
    ("article_id", "Article ID", 10),
    ("speaker_id", "Speaker ID", 10),
]
COLUMN_KEYS = [key for key, _, _ in COLUMNS]
HEADERS = [header for _, header, _ in COLUMNS]

FORMATS = ("csv", "csv-excel", "jsonl", "xlsx")


class FilterError(ValueError):
    """A filter value that cannot be understood; the message is shown to the user."""


# -- filters -------------------------------------------------------------------------------------------
@dataclass
class QuoteFilters:
    article: int | None = None
    speaker: str = ""  # a person id, or a name / alias (case-insensitive)
    source: str = ""
    language: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    statuses: tuple[str, ...] = field(default_factory=lambda: STATUS_SHORTHANDS["verified"])
    search: str = ""  # the queue's search text (`q`): words in the article's title or body
    sourcing: str = ""  # the queue's sourcing filter (attribution.insight.SOURCING_CHOICES)
    assigned: str = ""  # the queue's "Assigned to": "none" or "@username" (the menu sends "me" so)
    flag: str = ""  # the queue's flag filter: "any" or a Flag.Kind

    FIELDS = (
        "article", "speaker", "source", "language", "date_from", "date_to", "status", "q", "sourcing",
        "assigned", "flag",
    )  # fmt: skip

    @classmethod
    def from_params(cls, params: Mapping[str, Any], default_status: str = "verified") -> QuoteFilters:
        """Read the filters from a querystring (QueryDict) or a dict; raise FilterError on bad values."""
        data = {name: "" if params.get(name) is None else str(params.get(name)) for name in cls.FIELDS}
        form = QuoteFilterForm(data)
        if not form.is_valid():
            raise FilterError(
                " ".join(
                    message if message.startswith((name, "Unknown")) else f"{name}: {message}"
                    for name, errors in form.errors.items()
                    for message in errors
                )
            )
        clean = form.cleaned_data
        return cls(
            article=clean["article"],
            speaker=clean["speaker"],
            source=clean["source"],
            language=clean["language"],
            date_from=clean["date_from"],
            date_to=clean["date_to"],
            statuses=parse_status(clean["status"] or default_status),
            search=clean["q"],
            sourcing=clean["sourcing"],
            assigned=clean["assigned"],
            flag=clean["flag"],
        )

    def apply(self, quotes: Any) -> Any:
        """All the filters, on a Quote queryset."""
        quotes = self.apply_to_quotes(quotes)
        if self.article is not None:
            quotes = quotes.filter(article_id=self.article)
        if self.source:
            quotes = quotes.filter(article__source__iexact=self.source)
        if self.language:
            quotes = quotes.filter(article__language__iexact=self.language)
        if self.date_from:
            quotes = quotes.filter(article__published__gte=self.date_from)
        if self.date_to:
            quotes = quotes.filter(article__published__lte=self.date_to)
        if self.search:
            matching = search_articles(Article.objects.all(), self.search).values("pk")
            quotes = quotes.filter(article__in=matching)
        if self.sourcing:
            quotes = quotes.filter(
                **{f"article__{k}": v for k, v in insight.sourcing_lookup(self.sourcing).items()}
            )
        if self.assigned or self.flag:
            chosen = filter_articles_by_workflow(Article.objects.all(), self.assigned, self.flag)
            quotes = quotes.filter(article__in=chosen.values("pk"))
        return quotes

    def apply_to_articles(self, articles: Any) -> Any:
        """The filters about articles (id, source, language, published dates), on an Article queryset."""
        if self.article is not None:
            articles = articles.filter(pk=self.article)
        if self.source:
            articles = articles.filter(source__iexact=self.source)
        if self.language:
            articles = articles.filter(language__iexact=self.language)
        if self.date_from:
            articles = articles.filter(published__gte=self.date_from)
        if self.date_to:
            articles = articles.filter(published__lte=self.date_to)
        if self.search:
            articles = search_articles(articles, self.search)
        if self.sourcing:
            articles = articles.filter(**insight.sourcing_lookup(self.sourcing))
        if self.assigned or self.flag:
            articles = filter_articles_by_workflow(articles, self.assigned, self.flag)
        return articles

    def apply_to_quotes(self, quotes: Any) -> Any:
        """The filters about the quotes themselves (status, speaker)."""
        if self.statuses != tuple(Quote.Status.values):
            quotes = quotes.filter(status__in=self.statuses)
        if self.speaker:
            if is_id(self.speaker):
                quotes = quotes.filter(speaker_id=int(self.speaker))
            else:
                # A name matches the canonical name, any alias, or the raw label of an unlinked quote.
                # The alias test is a subquery, so no join multiplies the rows.
                persons = Person.objects.matching(self.speaker).values("pk")
                quotes = quotes.filter(
                    Q(speaker__in=persons) | Q(speaker__isnull=True, speaker_label__iexact=self.speaker)
                )
        return quotes


# The largest id a database column holds (bigint): a larger number is no id of ours, whatever it says.
MAX_ID = 2**63 - 1


def is_id(text: str) -> bool:
    """ASCII digits naming a possible row id ("²" and "١٢" are digits to str.isdigit, not to int())."""
    return text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID


class QuoteFilterForm(forms.Form):
    """The querystring of an export, the print page or the API, checked before any query runs."""

    article = forms.CharField(required=False)
    speaker = forms.CharField(required=False, max_length=300)
    source = forms.CharField(required=False, max_length=200)
    language = forms.CharField(required=False, max_length=12)
    date_from = forms.CharField(required=False)
    date_to = forms.CharField(required=False)
    status = forms.CharField(required=False, max_length=200)
    q = forms.CharField(required=False, max_length=200)  # the queue's search text
    sourcing = forms.CharField(required=False, max_length=40)
    assigned = forms.CharField(required=False, max_length=160)
    flag = forms.CharField(required=False, max_length=20)

    def clean_assigned(self) -> str:
        value = self.cleaned_data["assigned"]
        if value and value != "none" and not (value.startswith("@") and len(value) > 1):
            raise forms.ValidationError(f"assigned must be 'none' or '@username', not {value[:40]!r}.")
        return value

    def clean_flag(self) -> str:
        from attribution.workflow_models import Flag

        value = self.cleaned_data["flag"]
        if value and value != "any" and value not in Flag.Kind.values:
            raise forms.ValidationError(f"flag must be 'any' or one of {', '.join(Flag.Kind.values)}.")
        return value

    def clean_sourcing(self) -> str:
        value = self.cleaned_data["sourcing"]
        try:
            insight.sourcing_lookup(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return value

    def clean_article(self) -> int | None:
        value = self.cleaned_data["article"]
        if not value:
            return None
        if not is_id(value):
            raise forms.ValidationError(f"article must be an article id (a number), not {value[:40]!r}.")
        return int(value)

    def clean_date_from(self) -> dt.date | None:
        return self._date("date_from")

    def clean_date_to(self) -> dt.date | None:
        return self._date("date_to")

    def _date(self, name: str) -> dt.date | None:
        try:
            return _parse_date(name, self.cleaned_data[name])
        except FilterError as error:
            raise forms.ValidationError(str(error)) from None

    def clean_status(self) -> str:
        value = self.cleaned_data["status"]
        try:
            parse_status(value)
        except FilterError as error:
            raise forms.ValidationError(str(error)) from None
        return value


def parse_status(value: str) -> tuple[str, ...]:
    """`verified`, `all`, or a comma-separated list of statuses (e.g. `rejected`, `confirmed,pending`)."""
    statuses: list[str] = []
    for part in value.lower().split(","):
        part = part.strip()
        if not part:
            continue
        if part in STATUS_SHORTHANDS:
            statuses.extend(STATUS_SHORTHANDS[part])
        elif part in Quote.Status.values:
            statuses.append(part)
        else:
            allowed = ", ".join([*STATUS_SHORTHANDS, *Quote.Status.values])
            raise FilterError(f"Unknown status {part!r}; use one of: {allowed}.")
    if not statuses:
        statuses = list(STATUS_SHORTHANDS["verified"])
    return tuple(s for s in Quote.Status.values if s in statuses)  # stable order, no duplicates


def _parse_date(name: str, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{name} must be a date like 2026-01-31, not {value[:40]!r}.") from None


# -- rows ------------------------------------------------------------------------------------------------
ARTICLES_PER_BATCH = 100
_QUOTE_FIELDS = (
    "id", "article_id", "start", "end", "text", "kind", "status", "speaker_id", "speaker_label",
    "reviewed_at", "speaker__name", "speaker__title", "speech_act",
    "reviewed_by__username", "reviewed_by__first_name", "reviewed_by__last_name",
)  # fmt: skip
_ARTICLE_FIELDS = ("title", "source", "published", "url", "language", "body")
_VERIFIED = frozenset(str(status) for status in Quote.VERIFIED)


def quote_sheet_rows(filters: QuoteFilters, chunk_size: int | None = None) -> Iterator[dict[str, Any]]:
    """One dict per quote (keys = COLUMN_KEYS), by publication date, article and position in the article.

    Memory stays flat whatever the number of quotes: the matching articles' ids are read with
    `.iterator(chunk_size=…)`, and their quotes are fetched a batch of articles at a time (one query
    for the quotes with speaker and reviewer, one for the articles' fields and bodies). A single
    query ordered across the whole join would make the database sort every row, bodies included,
    before sending the first one; here each sort covers one batch.
    """
    article_ids = (
        filters.apply_to_articles(Article.objects.all())
        .order_by("published", "id")
        .values_list("pk", flat=True)
    )
    tz = timezone.get_current_timezone()
    for batch in _batched(article_ids.iterator(chunk_size=chunk_size or CHUNK_SIZE), ARTICLES_PER_BATCH):
        quotes_by_article: dict[int, list[dict[str, Any]]] = {}
        quotes = filters.apply_to_quotes(Quote.objects.filter(article_id__in=batch))
        for quote in quotes.order_by("article_id", "start", "id").values(*_QUOTE_FIELDS):
            quotes_by_article.setdefault(quote["article_id"], []).append(quote)
        if not quotes_by_article:
            continue
        articles = {
            article["id"]: article
            for article in Article.objects.filter(pk__in=list(quotes_by_article)).values(
                "id", *_ARTICLE_FIELDS
            )
        }
        for article_id in batch:
            for quote in quotes_by_article.get(article_id, ()):
                yield _row(quote, articles[article_id], tz)


def started(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`rows` with the first one already read, so the first batch's queries have run: a query that fails
    fails before the answer starts (an error page), not after a 200 and the header line."""
    first = next(rows, None)
    return rows if first is None else itertools.chain((first,), rows)


def print_rows(filters: QuoteFilters, limit: int) -> Iterator[dict[str, Any]]:
    """Up to `limit` rows for the printable page: by speaker (named speakers alphabetically, then
    quotes nobody could attribute), then publication date and position. One query."""
    speaker = Lower(Coalesce("speaker__name", NullIf("speaker_label", Value(""))))
    quotes = filters.apply(Quote.objects.all()).order_by(
        speaker.asc(nulls_last=True), "article__published", "article_id", "start", "id"
    )
    article_fields = [f"article__{name}" for name in _ARTICLE_FIELDS]
    tz = timezone.get_current_timezone()
    for values in quotes.values(*_QUOTE_FIELDS, *article_fields)[:limit]:
        article = {name: values[f"article__{name}"] for name in _ARTICLE_FIELDS}
        yield _row(values, article, tz)


def _batched(items: Iterable[int], size: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _row(quote: dict[str, Any], article: dict[str, Any], tz: dt.tzinfo) -> dict[str, Any]:
    verified = quote["status"] in _VERIFIED
    reviewer = ""
    if verified and quote["reviewed_by__username"]:
        full_name = f"{quote['reviewed_by__first_name']} {quote['reviewed_by__last_name']}".strip()
        reviewer = full_name or quote["reviewed_by__username"]
    reviewed_at = quote["reviewed_at"]
    published = article["published"]
    linked = quote["speaker_id"] is not None
    return {
        "id": quote["id"],
        "speaker": quote["speaker__name"] if linked else (quote["speaker_label"] or "unknown"),
        "speaker_title": quote["speaker__title"] if linked else "",
        "quote": quote["text"],
        "kind": quote["kind"],
        "speech_act": quote["speech_act"],
        "sentence": sentence_around(article["body"], quote["start"], quote["end"]),
        "article_title": article["title"],
        "source": article["source"],
        "published": published.isoformat() if published else "",
        "url": article["url"] or "",
        "language": article["language"],
        "status": quote["status"],
        "verified": verified,
        "reviewer": reviewer,
        "verified_at": reviewed_at.astimezone(tz).replace(microsecond=0).isoformat()
        if verified and reviewed_at
        else "",
        "article_id": quote["article_id"],
        "speaker_id": quote["speaker_id"],
    }


# -- the sentence around a quote -------------------------------------------------------------------------
CONTEXT_CHARS = 300  # at most this much text is added on either side of the quote
_TERMINATORS = ".!?…।"
_CLOSERS = "\"'”’»)]"
# Words whose trailing full stop does not end a sentence ("Mr. Porter", "Gen. Smith", "U.S. officials").
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "pres",
    "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "mme",
    "mlle", "m", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "dec",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w.]+)$")


# A terminator, any closing quotes or brackets, then whitespace or the end: "3.5", "example.com" and
# "U.S.-led" do not end sentences.
_BOUNDARY = re.compile(r"[.!?…।][\"'”’»)\]]*(?=\s|\Z)")
_LOOKAHEAD = 16  # room for closing marks after a terminator near the edge of the searched window


def _is_abbreviation(body: str, i: int) -> bool:
    """Whether the full stop at body[i] belongs to an abbreviation or an initial ("Mr.", "J.")."""
    word = _WORD_BEFORE.search(body, max(0, i - 12), i)
    if not word:
        return False
    w = word.group(1).lower()
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha() and body[i - 1].isupper())


def sentence_around(body: str, start: int, end: int, context: int = CONTEXT_CHARS) -> str:
    """The quote's span widened to sentence boundaries (or paragraph breaks), at most `context`
    characters each side, with whitespace runs collapsed. A cut-off side is marked with "…"."""
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    left_limit = max(0, start - context)
    right_limit = min(len(body), end + context)

    newline = body.rfind("\n", left_limit, start)
    left = newline + 1 if newline != -1 else left_limit
    # The last sentence end before the quote: find candidates at C speed, check abbreviations backwards.
    for match in reversed(list(_BOUNDARY.finditer(body, left, min(len(body), start + _LOOKAHEAD)))):
        at = match.start()
        if match.end() <= start and not (body[at] == "." and _is_abbreviation(body, at)):
            left = match.end()
            break

    # A span that itself ends a sentence ("…have doubled.") stops there.
    scan_from = end - 1 if end > start and body[end - 1] in _TERMINATORS else end
    newline = body.find("\n", scan_from, right_limit)
    right = newline if newline != -1 else right_limit
    for match in _BOUNDARY.finditer(body, scan_from, min(len(body), right + _LOOKAHEAD)):
        at = match.start()
        if at >= right:
            break
        if not (body[at] == "." and _is_abbreviation(body, at)):
            right = match.end()
            break

    text = " ".join(body[left:right].split())
    if left == left_limit and left > 0 and body[left - 1] != "\n":
        if not body[left - 1].isspace() and " " in text:
            text = text.split(" ", 1)[1]  # drop the cut word
        text = "…" + text
    if right == right_limit and right < len(body):
        if not body[right].isspace() and " " in text:
            text = text.rsplit(" ", 1)[0]
        text = text + "…"
    return text


# -- formula injection -----------------------------------------------------------------------------------
# A spreadsheet runs a cell as a formula when its first character is one of these (the full-width and small
# forms too: some spreadsheets fold them to ASCII). Tab and carriage return start DDE payloads.
_TRIGGERS = r"=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66"
# What may stand before the trigger and be skipped or dropped on the way into a spreadsheet: whitespace,
# C0 and C1 controls (openpyxl strips those XLSX cannot hold), and invisible format characters.
_INVISIBLE = (
    r"\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    r"\u3164\ufeff\uffa0"
)
_FORMULA_LIKE = re.compile(f"[{_INVISIBLE}]*[{_TRIGGERS}]")
# Characters that can start a formula-like cell: a cell starting with any other needs no regex at all.
_RISKY_FIRST = frozenset(re.findall(f"[{_INVISIBLE}{_TRIGGERS}]", "".join(map(chr, range(0x10000)))))
# The characters XLSX cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE): removed from every spreadsheet cell.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def spreadsheet_text(value: str) -> str:
    """A text cell as a spreadsheet may hold it: control characters XLSX refuses removed FIRST, then a
    leading single quote if what is left would run as a formula — also when the trigger hides behind
    whitespace or invisible characters ("\\x01=HYPERLINK(…)", " =1+2", "＝1+2")."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if value and value[0] in _RISKY_FIRST and _FORMULA_LIKE.match(value):
        return "'" + value
    return value


def neutralise(value: Any) -> Any:
    """Text cleaned and neutralised as in `spreadsheet_text`; any other value unchanged."""
    return spreadsheet_text(value) if isinstance(value, str) else value


def spreadsheet_cells(row: dict[str, Any]) -> list[Any]:
    """A row's values in column order, safe for a spreadsheet: text cleaned and neutralised, booleans as
    yes/no, None as empty. (Runs for every cell of every export, hence one comprehension.)"""
    return [
        (spreadsheet_text(v) if v else v)
        if v.__class__ is str
        else ("yes" if v else "no")
        if v.__class__ is bool
        else ("" if v is None else v)
        for v in map(row.__getitem__, COLUMN_KEYS)
    ]


# -- formats ---------------------------------------------------------------------------------------------
def iter_csv(rows: Iterable[dict[str, Any]], bom: bool = False, lines_per_chunk: int = 200) -> Iterator[str]:
    """CSV text in chunks of a few hundred lines (fewer, larger writes than one per row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    yield (CSV_BOM if bom else "") + buffer.getvalue()
    batch: list[list[Any]] = []
    for row in rows:
        batch.append(spreadsheet_cells(row))
        if len(batch) >= lines_per_chunk:
            yield _csv_lines(buffer, writer, batch)
            batch = []
    if batch:
        yield _csv_lines(buffer, writer, batch)


def _csv_lines(buffer: io.StringIO, writer: Any, rows: list[list[Any]]) -> str:
    buffer.seek(0)
    buffer.truncate()
    writer.writerows(rows)
    return buffer.getvalue()


def iter_jsonl(rows: Iterable[dict[str, Any]], lines_per_chunk: int = 200) -> Iterator[str]:
    """One JSON object per line, keys as in COLUMN_KEYS. Data, not a spreadsheet: values unchanged."""
    batch: list[str] = []
    for row in rows:
        batch.append(json.dumps(row, ensure_ascii=False) + "\n")
        if len(batch) >= lines_per_chunk:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def write_xlsx(rows: Iterable[dict[str, Any]], out: IO[bytes] | str) -> int:
    """Write an XLSX sheet with openpyxl in write-only mode (rows go to a temporary file as they come,
    so memory stays bounded); bold, frozen header row and fixed column widths. Returns rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Quotes")
    # Column widths and panes must be set before the first row is written in write-only mode.
    for index, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    # spreadsheet_cells has already removed the control characters XLSX cannot hold (openpyxl would refuse
    # the whole file) and only then neutralised formulas: cleaning after neutralising let "\x01=…" through.
    count = 0
    for row in rows:
        # Empty cells are left out of the file altogether (None), which keeps it smaller and faster.
        sheet.append([None if c == "" else c for c in spreadsheet_cells(row)])
        count += 1
    workbook.save(out)
    return count


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "csv-excel": "text/csv; charset=utf-8",
    "jsonl": "application/jsonl; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
EXTENSIONS = {"csv": "csv", "csv-excel": "csv", "jsonl": "jsonl", "xlsx": "xlsx"}


def text_chunks(fmt: str, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The text formats by name: csv, csv-excel (CSV with a BOM so Excel reads UTF-8), jsonl."""
    writers: dict[str, Callable[[Iterable[dict[str, Any]]], Iterator[str]]] = {
        "csv": iter_csv,
        "csv-excel": lambda r: iter_csv(r, bom=True),
        "jsonl": iter_jsonl,
    }
    return writers[fmt](rows)


def export_filename(fmt: str, now: dt.datetime | None = None) -> str:
    now = timezone.localtime(now or timezone.now())
    return f"quotes-{now:%Y%m%d-%H%M}.{EXTENSIONS[fmt]}"
