"""Paragraphs, quote-aware sentences and tokens, all as character offsets into the original text."""

from __future__ import annotations

import bisect
import re
import threading
from itertools import islice, repeat
from operator import itemgetter
from typing import NamedTuple

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.quotemarks import SPACE, QuotePair

_PUNCT = r"\s.,;:!?()\[\]{}\"“”‘’«»„‟‹›।॥—–/\\|…"
# possessive quantifiers: what follows a run can never match inside it, so no backtracking is kept
TOKEN_RE = re.compile(rf"[^{_PUNCT}']++(?:['’][^{_PUNCT}']++)*+")
_BOUNDARY_RE = re.compile(r"([.!?।…]+)([”\"’'»)\]]*)(?=[\s\u00a0]+(.)|$)")
_CLOSERS = "”\"’'»)]"
OPEN_MARKS = "“\"‘'«„‚‹"


class Token(NamedTuple):
    """A word: offsets into the text and its surface form (a tuple: cheap to make by the million)."""

    start: int
    end: int
    text: str
    key: str  # fold(text): the key for lexicon look-ups, made once when the word is found

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


_START = itemgetter(0)
# fold() of each word seen, shared by all documents: most words of an article were seen before
_KEYS: dict[str, str] = {}


def token_index(toks: list[Token], pos: int) -> int:
    """bisect_left of `pos` among the tokens' starts, without building the list of starts."""
    return bisect.bisect_left(toks, pos, key=_START)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, trimmed: news text puts one paragraph on a line."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        a, b = pos, nl
        while a < b and text[a] in SPACE:
            a += 1
        while b > a and text[b - 1] in SPACE:
            b -= 1
        if a < b:
            out.append((a, b))
        pos = nl + 1
    return out


_new_tuple = tuple.__new__
_m_start, _m_end, _m_group = re.Match.start, re.Match.end, re.Match.group
_find_tokens = TOKEN_RE.finditer


class _SharedTokens(threading.local):
    """The words of the document being parsed, per paragraph, made once and sliced for every window."""

    text: str | None = None
    starts: list[int] = []
    ends: list[int] = []
    words: list[list[Token] | None] = []
    keep_all = True  # else only the paragraph last asked about keeps its words
    last = -1


_SHARED = _SharedTokens()
# Memory: a document up to this size keeps every paragraph's words; a bigger one only the current
# paragraph's, and a paragraph bigger than _SHARE_MAX_PARAGRAPH is tokenised window by window.
_SHARE_KEEP_ALL_CHARS = 400_000
_SHARE_MAX_PARAGRAPH = 50_000
_END = itemgetter(1)


def share_tokens(text: str | None, spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
    """While parsing `text`, serve tokens() windows inside the paragraphs `spans` from one tokenisation
    of each paragraph; share_tokens(None) stops."""
    sh = _SHARED
    if text is None:
        sh.text, sh.starts, sh.ends, sh.words = None, [], [], []
        return
    sh.text = text
    sh.keep_all = len(text) <= _SHARE_KEEP_ALL_CHARS
    sh.last = -1
    sh.starts = [a for a, _ in spans]
    sh.ends = [b for _, b in spans]
    sh.words = [None] * len(spans)


def tokens(text: str, start: int, end: int, limit: int | None = None) -> list[Token]:
    """Words in text[start:end] (the first `limit` of them when given: callers that look at a
    few words need not build the rest)."""
    sh = _SHARED
    if sh.text is text and start < end:
        k = bisect.bisect_right(sh.starts, start) - 1
        if k >= 0 and end <= sh.ends[k] and sh.ends[k] - sh.starts[k] <= _SHARE_MAX_PARAGRAPH:
            para = sh.words[k]
            if para is None:
                para = sh.words[k] = _tokens(text, sh.starts[k], sh.ends[k], None)
                if not sh.keep_all:
                    if sh.last >= 0:
                        sh.words[sh.last] = None
                    sh.last = k
            # the paragraph's words overlapping the window; a word the window cuts is re-tokenised
            # (its cut part is what a scan of the window would find)
            i = bisect.bisect_right(para, start, key=_END)
            j = bisect.bisect_left(para, end, key=_START)
            if i >= j:
                return []
            head: list[Token] = []
            if para[i].start < start:
                if para[i].end > end:
                    return _tokens(text, start, end, limit)
                head = _tokens(text, start, para[i].end, None)
                i += 1
            if j > i and para[j - 1].end > end:
                out = head + para[i : j - 1] + _tokens(text, para[j - 1].start, end, None)
            else:
                out = head + para[i:j] if head else para[i:j]
            return out if limit is None else out[:limit]
    return _tokens(text, start, end, limit)


def _tokens(text: str, start: int, end: int, limit: int | None) -> list[Token]:
    """Built with map() over the matches: no Python frame per word."""
    found = _find_tokens(text, start, end)
    ms = list(found if limit is None else islice(found, limit))
    words = list(map(_m_group, ms))
    keys = list(map(_key_of, words))
    fields = zip(map(_m_start, ms), map(_m_end, ms), words, keys, strict=True)
    return list(map(_new_tuple, repeat(Token, len(ms)), fields))


def _key_of(w: str) -> str:
    k = _KEYS.get(w)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()  # bounded: a stream of odd words cannot grow it without limit
        k = _KEYS[w] = fold(w)
    return k


def sentences(
    text: str, start: int, end: int, pairs: list[QuotePair], lang: CompiledLanguage
) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; a full stop inside a quotation does not end the sentence."""
    opens = [p.open_pos for p in pairs]
    cuts = [start]
    for m in _BOUNDARY_RE.finditer(text, start, end):
        b = m.end()
        k = bisect.bisect_right(opens, b - 1) - 1
        if k >= 0 and pairs[k].open_pos < b <= pairs[k].outer_end - (1 if pairs[k].closed else 0):
            continue  # inside a quotation
        nxt = m.group(3)
        if nxt is not None and not (
            nxt.isupper()
            or nxt.isdigit()
            or nxt in OPEN_MARKS
            or not nxt.isalpha()
            or "\u0900" <= nxt <= "\u0dff"
        ):
            continue
        if m.group(1) == "." and not m.group(2):
            j = m.start()
            w0 = j
            while w0 > start and (text[w0 - 1].isalnum() or text[w0 - 1] == "."):
                w0 -= 1
            word = text[w0:j]
            if word and (
                fold(word) in lang.abbreviations
                or (len(word) == 1 and word.isupper())
                or ("." in word and len(word) <= 5)
            ):
                continue
        if b >= end:
            continue
        cuts.append(b)
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a] in SPACE:
            a += 1
        while b > a and text[b - 1] in SPACE:
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_NOT_IN: dict[str, re.Pattern[str]] = {}


def is_blank(text: str, a: int, b: int, chars: str = SPACE) -> bool:
    """text[a:b].strip(chars) == "" without copying text[a:b] (a sentence may be a megabyte long)."""
    if b - a <= 32 or a < 0 or b < 0:
        return text[a:b].strip(chars) == ""
    rx = _NOT_IN.get(chars)
    if rx is None:
        rx = _NOT_IN[chars] = re.compile("[^" + re.escape(chars) + "]")
    return rx.search(text, a, b) is None


def rstrip_end(text: str, a: int, b: int, chars: str = SPACE) -> int:
    """a + len(text[a:b].rstrip(chars)), for offsets inside the text: text.endswith(x, a, rstrip_end(...))
    is text[a:b].rstrip(chars).endswith(x) without the copy."""
    while b > a and text[b - 1] in chars:
        b -= 1
    return max(a, b)


def strip_span(text: str, a: int, b: int, chars: str = SPACE + ",;:—–-") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def word_count(text: str, a: int, b: int, limit: int = 64) -> int:
    """Words in text[a:b], counting no further than `limit` (callers only compare with small numbers)."""
    if b - a < 2 * limit:
        # words are at least one character apart, so a span this short holds at most `limit` of them
        return len(TOKEN_RE.findall(text, a, b))
    return sum(1 for _ in islice(TOKEN_RE.finditer(text, a, b), limit))
