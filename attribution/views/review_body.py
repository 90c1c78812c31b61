"""The article body as HTML with every quote, cue and speaker mention marked, built in one pass.

Spans may nest or overlap, so instead of nesting elements the body is cut at every span boundary
into flat segments; each segment carries the classes of all spans covering it. Every segment also
carries `data-offset`, its start in `article.body`, so the browser can turn a text selection back
into character offsets (offset = segment's data-offset + offset inside its text node).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe

from attribution.models import Quote

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Text whose paragraphs are separated by single line ends (common in pasted and wire text).
_LINE_BREAK = re.compile(r"\n\s*")
# \x01 delimits the kind/status placeholders; a stray one in the text is shown as U+FFFD (one
# UTF-16 unit for one, so the browser's offsets still match the body).
_MARK = "\x01"
_PLACEHOLDER = re.compile("\x01(\\d+)\x01")
SKELETON_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    role: str  # "quote", "cue" or "mention"
    quote_id: int
    kind: str
    status: str


def _marks(quotes: Iterable[Quote], length: int, lo: int = 0) -> list[_Mark]:
    """The spans of `quotes` clipped to [lo, length)."""
    marks: list[_Mark] = []
    for q in quotes:
        spans = [
            ("quote", q.start, q.end),
            ("cue", q.cue_start, q.cue_end),
            ("mention", q.mention_start, q.mention_end),
        ]
        for role, start, end in spans:
            if start is None or end is None:
                continue
            start, end = max(lo, start), min(length, end)
            if start < end:
                marks.append(_Mark(start, end, role, q.pk, q.kind, q.status))
    return marks


def _paragraphs(body: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Paragraphs of body[lo:hi] (a part of a long article), as offsets into `body`. Blank lines
    separate them; in a text without any blank line, every line end does (otherwise the whole
    text would be one paragraph)."""
    hi = len(body) if hi is None else hi
    spans, pos = [], lo
    breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(body) else _LINE_BREAK
    for match in breaks.finditer(body, lo, hi):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < hi:
        spans.append((pos, hi))
    return spans


def _segment(body: str, start: int, end: int, active: Iterable[_Mark]) -> str:
    text = escape(body[start:end], quote=False).replace(_MARK, "\ufffd")
    quotes: list[_Mark] = []
    owners: list[int] = []
    cue = mention = False
    for m in active:
        if m.role == "quote":
            quotes.append(m)
        else:
            owners.append(m.quote_id)
            if m.role == "cue":
                cue = True
            else:
                mention = True
    if not quotes and not owners:
        return f'<span data-offset="{start}">{text}</span>'
    classes = ""
    if quotes:
        if len(quotes) > 1:
            quotes.sort(key=lambda m: (m.end - m.start, m.quote_id))
        inner = quotes[0]  # the innermost (shortest) quote gives the colour
        # A placeholder, filled with the quote's kind and status classes by highlighted_body().
        classes = f"hl {_MARK}{inner.quote_id}{_MARK}" + (" nested" if len(quotes) > 1 else "")
    if cue:
        classes += " cue"
    if mention:
        classes += " mention"
    ids = [m.quote_id for m in quotes] + sorted(set(owners))
    data_q = " ".join(dict.fromkeys(map(str, ids)))
    return f'<span class="{classes.strip()}" data-offset="{start}" data-q="{data_q}">{text}</span>'


def highlighted_body(body: str, quotes: Iterable[Quote], lo: int = 0, hi: int | None = None) -> SafeString:
    """`body` as escaped HTML paragraphs of segments, marking quotes, cues and mentions.

    The layout of segments depends only on the spans; the kind and status of each quote are
    filled in afterwards. So the layout is cached (with the spans it was built from, compared
    exactly), and confirming a quote (the common action) costs one substitution pass instead
    of rebuilding the whole text. `quotes` may be Quote objects or anything with the same
    attributes (the review views pass review_common.Row). With `lo` / `hi`, only that part of a
    long article is built (segments keep their offsets in the whole body).
    """
    quotes = list(quotes)
    hi = len(body) if hi is None else hi
    spans = tuple(
        (q.pk, q.start, q.end, q.cue_start, q.cue_end, q.mention_start, q.mention_end) for q in quotes
    )
    digest = hashlib.blake2b(body.encode(), digest_size=16).hexdigest()
    key = f"review-body:v2:{digest}" + (f":{lo}-{hi}" if (lo, hi) != (0, len(body)) else "")
    cached = cache.get(key)
    if cached is not None and cached[0] == spans:
        skeleton = cached[1]
    else:
        skeleton = _skeleton(body, _marks(quotes, hi, lo), lo, hi)
        cache.set(key, (spans, skeleton), SKELETON_SECONDS)
    classes = {str(q.pk): _classes(q.kind, q.status) for q in quotes}
    filled = _PLACEHOLDER.sub(lambda m: classes.get(m.group(1), ""), skeleton)
    return mark_safe(filled)  # noqa: S308 - every piece of text went through escape()


@lru_cache(maxsize=64)
def _classes(kind: str, status: str) -> str:
    return f"k-{escape(kind)} s-{escape(status)}"


def _skeleton(body: str, marks: list[_Mark], lo: int = 0, hi: int | None = None) -> str:
    """One sweep over the sorted span boundaries (and paragraph edges) keeps the set of covering
    spans up to date, so the cost grows with the number of spans, not spans x paragraphs."""
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    hi = len(body) if hi is None else hi
    paragraphs = _paragraphs(body, lo, hi)
    opens = {a for a, _ in paragraphs}
    closes = {b for _, b in paragraphs}
    cuts = sorted(opens | closes | starts.keys() | ends.keys() | {lo, hi})
    inside = dict(paragraphs)
    out: list[str] = []
    active: dict[int, _Mark] = {}
    para_end = -1
    for a, b in zip(cuts, cuts[1:], strict=False):
        for m in ends.get(a, ()):
            active.pop(id(m), None)
        for m in starts.get(a, ()):
            active[id(m)] = m
        if a in inside:
            out.append("<p>")
            para_end = inside[a]
        if a < para_end:
            out.append(_segment(body, a, b, active.values()))
            if b == para_end:
                out.append("</p>")
    return "".join(out)
