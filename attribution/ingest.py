"""Files, pastes and HTML → Article rows.

Every entry point funnels into `ingest_document`, which validates, cleans page furniture,
deduplicates by content hash and saves. Bad input raises `IngestError` with a message meant for
the person importing, and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction

from attribution import ingest_fields as fields
from attribution.models import Article, content_hash
from attribution.sanitize import BLOCK_TAGS, clean_html
from attribution.validators import CONTROL_CHARACTERS

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}

# Navigation and widget text that news sites put around an article.
_FURNITURE_PHRASES = (
    r"go to home ?page|back to top|leave a comment|skip to (main )?content|share( this( article)?)?|"
    r"print( this)?( article| page)?|advertisement|related (articles|stories|posts)|read more|"
    r"subscribe( now)?|sign up for our newsletter|follow us( on \w+)?|comments?|tt|"
    r"click here to (read|subscribe).*|all rights reserved.*|©.*"
)
FURNITURE = re.compile(rf"^({_FURNITURE_PHRASES})\.?$", re.IGNORECASE)
# Words a saved page leaves behind from its layout (a "clear" div, a menu's "close" button).
_LAYOUT_WORDS = r"clear|close|menu|toggle navigation|search"
_FURNITURE_ANYWHERE = re.compile(rf"(?<!\w)({_FURNITURE_PHRASES}|{_LAYOUT_WORDS})(?!\w)\.?", re.IGNORECASE)
# What may sit between pieces of furniture on one line: spaces, bars, bullets, arrows.
_SEPARATORS_ONLY = re.compile(r"^[\s|·•/\\>»«<‹›:\-–—]*$")


def is_page_furniture(line: str) -> bool:
    """Whether a line of text is nothing but page furniture, e.g. "Back to top", "Go to home page",
    or several run together on one line ("Back to top    Go to home page clear", "Share | Print")."""
    key = " ".join(line.split()).casefold()
    if not key:
        return False
    if FURNITURE.match(key):
        return True
    rest, found = _FURNITURE_ANYWHERE.subn(" ", key)
    return found > 0 and bool(_SEPARATORS_ONLY.match(rest))


class IngestError(ValueError):
    """Input that cannot become an article; the message says why, for the person importing."""


@dataclass
class Document:
    text: str
    title: str = ""
    url: str | None = None
    source: str = ""
    byline: str = ""
    published: dt.date | None = None
    language: str = ""
    origin: str = ""


class Duplicate(str):
    """One duplicate's line of a report ("pasted text: same text as article #12"), which also knows the
    article already stored, so the import page can link to it."""

    origin: str
    article_id: int

    def __new__(cls, origin: str, article_id: int) -> Duplicate:
        line = super().__new__(cls, f"{origin}: same text as article #{article_id}")
        line.origin, line.article_id = origin, article_id
        return line


@dataclass
class ImportReport:
    imported: list[Article] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.imported)} imported, {len(self.duplicates)} duplicates, "
            f"{len(self.rejected)} rejected"
        )


# -- text helpers ---------------------------------------------------------------------------------


def max_bytes() -> int:
    return int(getattr(settings, "QUOTEDESK_MAX_UPLOAD_BYTES", 5 * 1024 * 1024))


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one: told apart from binary
    by where its NUL bytes fall); refuse binary and other encodings."""
    if len(data) > max_bytes():
        raise IngestError(f"{name}: {len(data):,} bytes is over the {max_bytes():,}-byte limit.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"{name}: not valid UTF-16 text ({exc.reason}).") from None
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise IngestError(f"{name}: looks like a binary file, not text.")
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{name}: not UTF-8 text (undecodable byte at position {exc.start}); save it as UTF-8 and retry."
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, or None. Such text has NUL bytes on one side of each
    byte pair only — the high byte of every ASCII character, space and line break (even Devanagari text
    has those) — while binary data has them on both. The decoded text must also read as text."""
    sample = data[:8192]
    at_even, at_odd = sample[0::2].count(0), sample[1::2].count(0)
    if at_odd >= 0.95 * (at_even + at_odd):
        encoding = "utf-16-le"  # "a" is 61 00
    elif at_even >= 0.95 * (at_even + at_odd):
        encoding = "utf-16-be"  # "a" is 00 61
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:4096]
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r" or "\ud800" <= ch <= "\udfff")
    return text if head and controls <= len(head) // 100 else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise_text(text: str) -> str:
    """Plain text with \\n line ends, no control characters and at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")


def strip_furniture(text: str) -> str:
    """Drop recognisable page furniture and paragraphs repeated verbatim (photo captions)."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in text.split("\n"):
        key = " ".join(line.split()).casefold()
        if not key:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if is_page_furniture(key) or (len(key) > 40 and key in seen):
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept).strip("\n")


# A headline is short and does not end like a sentence; a story's first sentence does.
HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?…।][\"'”’»)\]]*$")
UNTITLED_WORDS = 8


def looks_like_headline(line: str) -> bool:
    words = line.split()
    if not words or len(line) > 200:
        return False
    return not (_SENTENCE_END.search(line.strip()) and len(words) > HEADLINE_MAX_WORDS // 2)


def first_line_title(text: str) -> str:
    """The first line when it is a headline; for a text that opens with its story, "Untitled: "
    and the first few words, so the queue can tell articles apart without taking a sentence of the
    story for a headline (the article page then shows no line as one)."""
    for line in text.split("\n"):
        if line.strip():
            title = " ".join(line.split())
            if looks_like_headline(title):
                return title
            words = title.split()
            more = "…" if len(words) > UNTITLED_WORDS else ""
            return "Untitled: " + " ".join(words[:UNTITLED_WORDS]) + more
    return ""


TABLE_CELL_SEPARATOR = " | "


class _TextExtractor(HTMLParser):
    """Text with paragraph breaks. A table row is one line, its cells joined by " | " ("Roads | $40m |
    $28m"), not a paragraph per cell: a pasted page with a results table stays readable in review."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._in_title = False
        self._skip = 0
        self._cells = 0  # cells begun in the current table row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in {"head", "script", "style"}:
            self._skip += 1
        elif tag in {"td", "th"}:
            while self._cells and self.parts and self.parts[-1].isspace():
                self.parts.pop()  # the markup's indentation between two cells
            self.parts.append(TABLE_CELL_SEPARATOR if self._cells else "\n\n")
            self._cells += 1
        elif tag in BLOCK_TAGS:
            self._cells = 0
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in {"head", "script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif tag in {"td", "th"}:
            return
        elif tag in BLOCK_TAGS:
            self._cells = 0
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> tuple[str, str]:
    """(title, plain text with paragraph breaks) from an HTML page or fragment, sanitised by nh3."""
    title_match = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.IGNORECASE | re.DOTALL)
    title = re.sub(r"\s+", " ", title_match.group(1)).strip() if title_match else ""
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.IGNORECASE | re.DOTALL)
    parser = _TextExtractor()
    parser.feed(clean_html(html, drop_page_furniture=True))
    parser.close()
    text = "".join(parser.parts)
    text = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    if h1:
        h1_parser = _TextExtractor()
        h1_parser.feed(clean_html(h1.group(1)))
        title = "".join(h1_parser.parts).strip() or title
    return title, text


# -- documents from inputs ----------------------------------------------------------------------


def _found_title(title: str) -> str:
    """A title found in the input (first line, <title>, <h1>) rather than given: control characters are
    dropped from it (a given title with one is refused instead, by the field checks)."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", title).split())


def document_from_text(text: str, *, title: str = "", origin: str = "", **meta: object) -> Document:
    body = strip_furniture(normalise_text(text))
    found = _found_title(first_line_title(body))
    return Document(text=body, title=title.strip() or found, origin=origin, **meta)  # type: ignore[arg-type]


def document_from_html(html: str, *, title: str = "", origin: str = "", **meta: object) -> Document:
    html_title, text = html_to_text(html)
    body = strip_furniture(normalise_text(text))
    found = _found_title(html_title or first_line_title(body))
    return Document(text=body, title=title.strip() or found, origin=origin, **meta)  # type: ignore[arg-type]


def documents_from_jsonl(content: str, origin: str) -> Iterator[Document | IngestError]:
    """One document per line; a line that cannot be one yields an IngestError naming its line number and
    why (malformed JSON, a field of the wrong type, too long, with control characters, a non-web URL…).
    Every field is checked before anything is stored, so one bad line never costs the others."""
    # Only \n ends a line: a raw U+2028 or U+0085 inside a JSON string is text (str.splitlines would cut).
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{where}: malformed JSON ({exc.msg}).")
            continue
        except (ValueError, RecursionError) as exc:  # e.g. a 5,000-digit number, or lists nested 10,000 deep
            yield IngestError(f"{where}: malformed JSON ({str(exc)[:80] or type(exc).__name__}).")
            continue
        if not isinstance(record, dict):
            yield IngestError(f"{where}: expected a JSON object per line.")
            continue
        try:
            title = fields.text_field(record, "title")
            meta = {
                "url": fields.url_field(record),
                "source": fields.text_field(record, "source"),
                "byline": fields.text_field(record, "byline"),
                "published": fields.date_field(record),
                "language": fields.text_field(record, "language", "lang"),
            }
            kind, body = fields.body_field(record)
        except fields.FieldError as exc:
            yield IngestError(f"{where}: {exc}")
            continue
        maker = document_from_html if kind == "html" else document_from_text
        yield maker(body, title=title, origin=where, **meta)


def documents_from_upload(name: str, data: bytes) -> Iterator[Document | IngestError]:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield IngestError(
            f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md, .html or .jsonl."
        )
        return
    try:
        content = decode_bytes(data, name)
    except IngestError as exc:
        yield exc
        return
    if suffix == ".jsonl":
        yield from documents_from_jsonl(content, name)
    elif suffix in {".html", ".htm"}:
        yield document_from_html(content, origin=name)
    else:
        yield document_from_text(content, origin=name)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            yield path


def documents_from_path(path: Path) -> Iterator[Document | IngestError]:
    if not path.exists():
        yield IngestError(f"{path}: no such file.")
        return
    size = path.stat().st_size
    if size > max_bytes() and path.suffix.lower() != ".jsonl":
        yield IngestError(f"{path}: {size:,} bytes is over the {max_bytes():,}-byte limit.")
        return
    if path.suffix.lower() == ".jsonl":
        # JSONL bundles hold many articles, so the limit applies per line, not per file.
        yield from _documents_from_large_jsonl(path)
        return
    yield from documents_from_upload(str(path), path.read_bytes())


def _documents_from_large_jsonl(path: Path) -> Iterator[Document | IngestError]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{path}:{number}"
            if len(raw) > max_bytes():
                yield IngestError(
                    f"{where}: line of {len(raw):,} bytes is over the {max_bytes():,}-byte limit."
                )
                continue
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield IngestError(f"{where}: not UTF-8 text.")
                continue
            for item in documents_from_jsonl(line, str(path)):
                if isinstance(item, IngestError):
                    yield IngestError(str(item).replace(f"{path}:1:", f"{where}:", 1))
                else:
                    item.origin = where
                    yield item


# -- saving -------------------------------------------------------------------------------------


def ingest_document(doc: Document) -> tuple[Article, bool]:
    """Save `doc` as an Article. Returns (article, created); created is False for a duplicate."""
    if not doc.text.strip():
        raise IngestError(f"{doc.origin or 'input'}: empty text, nothing to import.")
    if len(doc.text.encode("utf-8")) > max_bytes():
        raise IngestError(f"{doc.origin or 'input'}: text is over the {max_bytes():,}-byte limit.")
    digest = content_hash(doc.text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is None and doc.url:
        existing = Article.objects.filter(url=doc.url).first()
    if existing is not None:
        return existing, False
    article = _new_article(doc)
    try:
        with transaction.atomic():
            article.full_clean(exclude=["content_hash", "language", "url"])
            article.save()
    except IntegrityError:
        # Lost a race with a concurrent import of the same text.
        dupe = Article.objects.filter(content_hash=digest).first()
        if dupe is None:
            raise
        return dupe, False
    except Exception as exc:
        from django.core.exceptions import ValidationError

        if isinstance(exc, ValidationError):
            raise IngestError(f"{doc.origin or 'input'}: {'; '.join(exc.messages)}") from None
        raise
    return article, True


def _new_article(doc: Document) -> Article:
    """The unsaved Article holding `doc` (title cut to the field's length)."""
    return Article(
        title=(doc.title or "Untitled")[:500],
        body=doc.text,
        url=doc.url or None,
        source=doc.source,
        byline=doc.byline,
        published=doc.published,
        language=doc.language,
    )


def _prepare(doc: Document) -> Article:
    """The unsaved Article for `doc`, validated as `ingest_document` would; raises IngestError."""
    from django.core.exceptions import ValidationError

    if not doc.text.strip():
        raise IngestError(f"{doc.origin or 'input'}: empty text, nothing to import.")
    if len(doc.text.encode("utf-8")) > max_bytes():
        raise IngestError(f"{doc.origin or 'input'}: text is over the {max_bytes():,}-byte limit.")
    article = _new_article(doc)
    article.content_hash = content_hash(doc.text)
    try:
        article.full_clean(exclude=["content_hash", "language", "url"])
    except ValidationError as exc:
        raise IngestError(f"{doc.origin or 'input'}: {'; '.join(exc.messages)}") from None
    return article


def _ingest_chunk(items: list[Document | IngestError], report: ImportReport) -> None:
    """Import several documents with a few statements: one look-up of known texts and URLs, one INSERT.

    Same outcome, in the same order, as `ingest_document` one by one; if the INSERT collides with
    a concurrent import, the chunk is redone one by one (which handles that race).
    """
    outcomes: list[tuple[str, object]] = []  # ("rejected", message) | ("new", (doc, article))
    for item in items:
        if isinstance(item, IngestError):
            outcomes.append(("rejected", str(item)))
            continue
        try:
            outcomes.append(("new", (item, _prepare(item))))
        except IngestError as exc:
            outcomes.append(("rejected", str(exc)))
    candidates = [value for kind, value in outcomes if kind == "new"]
    hashes = {article.content_hash for _, article in candidates}  # type: ignore[misc]
    urls = {article.url for _, article in candidates if article.url}  # type: ignore[misc]
    known_hash: dict[str, int] = {}
    known_url: dict[str, int] = {}
    if hashes:
        known_hash = dict(Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "pk"))
    if urls:
        known_url = dict(Article.objects.filter(url__in=urls).values_list("url", "pk"))
    fresh: list[Article] = []
    batch_hash: dict[str, Article] = {}
    batch_url: dict[str, Article] = {}
    resolved: list[tuple[str, object]] = []
    for kind, value in outcomes:
        if kind != "new":
            resolved.append((kind, value))
            continue
        doc, article = value  # type: ignore[misc]
        same = known_hash.get(article.content_hash) or batch_hash.get(article.content_hash)
        if same is None and article.url:
            same = known_url.get(article.url) or batch_url.get(article.url)
        if same is not None:
            resolved.append(("duplicate", (doc, same)))
            continue
        if not article.language:
            from attribution.parsing import detect_language

            article.language = detect_language(article.body)
        batch_hash[article.content_hash] = article
        if article.url:
            batch_url[article.url] = article
        fresh.append(article)
        resolved.append(("imported", article))
    if fresh:
        try:
            with transaction.atomic():
                Article.objects.bulk_create(fresh)
        except DatabaseError:
            # Lost a race with a concurrent import of the same text or URL, or the database refused one
            # row that passed the checks: one by one sorts it out and rejects only that row.
            for item in items:
                _ingest_one(item, report)
            return
    for kind, value in resolved:
        if kind == "rejected":
            report.rejected.append(str(value))
        elif kind == "imported":
            report.imported.append(value)  # type: ignore[arg-type]
        else:
            doc, same = value  # type: ignore[misc]
            pk = same.pk if isinstance(same, Article) else same
            report.duplicates.append(Duplicate(doc.origin or doc.title, pk))


def _ingest_one(item: Document | IngestError, report: ImportReport) -> None:
    if isinstance(item, IngestError):
        report.rejected.append(str(item))
        return
    try:
        article, created = ingest_document(item)
    except IngestError as exc:
        report.rejected.append(str(exc))
        return
    except DatabaseError as exc:  # ingest_document saves in its own savepoint: only this row is lost
        reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        report.rejected.append(f"{item.origin or 'input'}: the database refused it ({reason}).")
        return
    if created:
        report.imported.append(article)
    else:
        report.duplicates.append(Duplicate(item.origin or item.title, article.pk))


INGEST_CHUNK = 200


def ingest_items(items: Iterable[Document | IngestError], report: ImportReport) -> ImportReport:
    """Import documents (and record input errors) in chunks of INGEST_CHUNK, in input order."""
    chunk: list[Document | IngestError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= INGEST_CHUNK:
            _ingest_chunk(chunk, report)
            chunk = []
    if chunk:
        _ingest_chunk(chunk, report)
    return report
