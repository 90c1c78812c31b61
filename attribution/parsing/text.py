"""Paragraphs, quote-aware sentences and tokens, all as character offsets into the original text."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from itertools import islice, repeat
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # (literal_prefix)
from typing import Any, Final, NamedTuple

from attribution.parsing import native
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.wordset import WordSet

# the C loops of the compiled build (same words, keys and Token tuples as below)
_C: Final[Any] = native.speedups()
# tokens()'s fast path over the shared words (None in pure Python), bound once: no look-up per call
_WINDOW: Final[Any] = _C.window if _C is not None else None
# the other C loops, bound once too: a call through the module (_C.tokens(...)) looks the name up first
_C_TOKENS: Final[Any] = _C.tokens if _C is not None else None
_C_BOUNDARIES: Final[Any] = _C.boundaries if _C is not None else None
_C_WORD_COUNT: Final[Any] = _C.word_count if _C is not None else None
_C_SENTENCES: Final[Any] = _C.sentences if _C is not None else None
# word_count()'s fast path: a count from the shared words' offsets (two binary searches), no scan
_WINDOW_COUNT: Final[Any] = _C.window_count if _C is not None else None
_PACKED_OFFSETS: Final[Any] = _C.packed_offsets if _C is not None else None
_PUNCT: Final = r"\s.,;:!?()\[\]{}\"“”‘’«»„‟‹›।॥—–/\\|…"
# possessive quantifiers: what follows a run can never match inside it, so no backtracking is kept
TOKEN_RE: Final = re.compile(rf"[^{_PUNCT}']++(?:['’][^{_PUNCT}']++)*+")
# [.!?।…][.!?।…]* rather than [.!?।…]+: a pattern that opens with a character set lets the regex engine
# skip to the next candidate character instead of trying a match at every position
# (“ and « close German „…“ and »…«: „… am Ende.“ Laut X …)
_BOUNDARY_RE: Final = re.compile(r"([.!?।…][.!?।…]*)([”\"’'»)\]“«]*)(?=[\s\u00a0]+(.)|$)")
_CLOSERS: Final = "”\"’'»)]“«"
OPEN_MARKS: Final = "“\"‘'«„‚‹"


class Token(NamedTuple):
    """A word: offsets into the text and its surface form (a tuple: cheap to make by the million)."""

    start: int
    end: int
    text: str
    key: str  # fold(text): the key for lexicon look-ups, made once when the word is found

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


# fold() of each word seen, shared by all documents: most words of an article were seen before
_KEYS: Final[dict[str, str]] = {}


def token_index(toks: list[Token], pos: int) -> int:
    """bisect_left of `pos` among the tokens' starts, without building the list of starts (a compiled
    binary search: no key function called at each step)."""
    lo = 0
    hi = len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


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


def _chunks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs, a long one cut at spaces into pieces of under _SHARE_CHUNK characters: no word
    spans a space, so each piece's words are the paragraph's, and a window inside one piece is served
    from it (only the few windows across a cut are tokenised on their own)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while b - a > _SHARE_MAX_PARAGRAPH:
            cut = text.rfind(" ", a + 1, a + _SHARE_CHUNK)
            if cut < 0:
                break  # no space to cut at: what is left is tokenised window by window
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


_NO_OFFSETS: Final[list[int]] = []  # a piece's offsets not made yet (see _Share)


class _Share:
    """The words of the document being parsed, per paragraph, made once and sliced for every window."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        spans = _chunks(text, spans)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        n = len(spans)
        self.words: list[list[Token] | None] = [None] * n
        # the words' start and end offsets, for bisect without a key function
        # (one empty list for all pieces, never changed in place: each piece's lists replace it)
        self.word_starts: list[list[int]] = [_NO_OFFSETS] * n
        self.word_ends: list[list[int]] = [_NO_OFFSETS] * n
        # the compiled build's copies for _WINDOW: the pieces' and each piece's words' starts and ends,
        # packed as C integers (_speedups.packed)
        self.bounds: bytes = _C.packed(self.starts, self.ends) if _C is not None else b""
        self.offsets: list[bytes | None] = [None] * n
        self.keep_all = len(text) <= _SHARE_KEEP_ALL_CHARS  # else only the pieces last asked about
        self.recent: list[int] = []


class _SharedTokens(threading.local):
    # Thread note: run as Python this is one slot per thread. mypyc compiles it as a native class, so in
    # the compiled build it is ONE slot for the process: two parses on two threads at once then replace
    # each other's share. Output stays right (every reader checks `sh.text is text` and otherwise
    # tokenises afresh); only that fast path is lost while they overlap. Do not read _SHARED.current from
    # interpreted code in the compiled build (a native attribute on a threading.local subclass).
    current: _Share | None = None


_SHARED: Final = _SharedTokens()
# Memory: a document up to this size keeps every paragraph's words; a bigger one only those of the last
# _SHARE_RECENT paragraphs asked about (a paragraph bigger than _SHARE_MAX_PARAGRAPH counts as pieces of
# _SHARE_CHUNK characters).
_SHARE_KEEP_ALL_CHARS: Final = 400_000
_SHARE_MAX_PARAGRAPH: Final = 50_000
_SHARE_CHUNK: Final = 20_000  # a longer paragraph is shared piece by piece (see _chunks)
_SHARE_RECENT: Final = 4  # pieces kept in a document bigger than _SHARE_KEEP_ALL_CHARS


def share_tokens(text: str | None, spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
    """While parsing `text`, serve tokens() windows inside the paragraphs `spans` from one tokenisation
    of each paragraph; share_tokens(None) stops."""
    _SHARED.current = None if text is None else _Share(text, spans)


def tokens(text: str, start: int, end: int, limit: int | None = None) -> list[Token]:
    """Words in text[start:end] (the first `limit` of them when given: callers that look at a
    few words need not build the rest)."""
    if start >= end:
        return []  # (what a scan finds in an empty window)
    sh = _SHARED.current
    if sh is not None and sh.text is text:
        if _WINDOW is not None:
            got: list[Token] | None = _WINDOW(sh.bounds, sh.words, sh.offsets, text, start, end, limit, None)
            if got is not None:
                return got
        k = last_at_or_before(sh.starts, start)
        if k >= 0 and end <= sh.ends[k] and sh.ends[k] - sh.starts[k] <= _SHARE_MAX_PARAGRAPH:
            para = sh.words[k]
            if para is None:
                para = sh.words[k] = _tokens(text, sh.starts[k], sh.ends[k], None)
                if _C is None:
                    sh.word_starts[k] = [t.start for t in para]
                    sh.word_ends[k] = [t.end for t in para]
                else:
                    # the C window's packed offsets only: the lists below are made if Python ever
                    # needs them (rarely: the window serves all but a few windows)
                    sh.offsets[k] = _PACKED_OFFSETS(para)
                if not sh.keep_all:
                    # only the last few pieces asked about: windows near a cut ask for both sides
                    sh.recent.append(k)
                    if len(sh.recent) > _SHARE_RECENT:
                        old = sh.recent.pop(0)
                        sh.words[old] = None
                        sh.offsets[old] = None
                        sh.word_starts[old] = _NO_OFFSETS
                        sh.word_ends[old] = _NO_OFFSETS
                if _WINDOW is not None and (limit is None or limit >= 0):
                    got = _WINDOW(sh.bounds, sh.words, sh.offsets, text, start, end, limit, None)
                    if got is not None:
                        return got
            if _C is not None and para and not sh.word_starts[k]:
                sh.word_starts[k], sh.word_ends[k] = _C.offsets(para)
            # the paragraph's words overlapping the window; a word the window cuts is re-tokenised
            # (its cut part is what a scan of the window would find)
            i = last_at_or_before(sh.word_ends[k], start) + 1
            j = first_at_or_after(sh.word_starts[k], end)
            if i >= j:
                return []
            head: list[Token] = []
            if para[i].start < start:
                if para[i].end > end:
                    return _tokens(text, start, end, limit)
                # the end of a word: one word, after the apostrophe if the cut falls right before one
                a = start + 1 if text[start] in _APOSTROPHES else start
                head = [_word(text, a, para[i].end)]
                i += 1
            if j > i and para[j - 1].end > end:
                # the start of a word: one word, without an apostrophe it would end with
                b = end - 1 if text[end - 1] in _APOSTROPHES else end
                out = head + para[i : j - 1] + [_word(text, para[j - 1].start, b)]
            else:
                out = head + para[i:j] if head else para[i:j]
            return out if limit is None else out[:limit]
    return _tokens(text, start, end, limit)


def tokens_tail(text: str, start: int, end: int, n: int) -> list[Token]:
    """tokens(text, start, end)[-n:] (n > 0), without building the words before those."""
    if _WINDOW is not None:
        sh = _SHARED.current
        if sh is not None and sh.text is text and start < end:
            got: list[Token] | None = _WINDOW(sh.bounds, sh.words, sh.offsets, text, start, end, None, n)
            if got is not None:
                return got
    return tokens(text, start, end)[-n:]


_APOSTROPHES: Final = "'’"  # what joins the parts of one word in TOKEN_RE


def _word(text: str, a: int, b: int) -> Token:
    """The Token of text[a:b], a part of one word of TOKEN_RE that is itself one."""
    if _C is not None:
        # (the C scan of text[a:b] finds this one word: a token made in C, key from the same _KEYS)
        return _C_TOKENS(text, a, b, 1, Token, _KEYS, fold)[0]  # type: ignore[no-any-return]
    w = text[a:b]
    return _new_tuple(Token, (a, b, w, _key_of(w)))  # (not Token(...): its __new__ is Python code)


def _tokens(text: str, start: int, end: int, limit: int | None) -> list[Token]:
    """Built with map() over the matches: no Python frame per word."""
    if _C is not None:
        return _C_TOKENS(text, start, end, limit, Token, _KEYS, fold)  # type: ignore[no-any-return]
    found = _find_tokens(text, start, end)
    ms = list(found if limit is None else islice(found, limit))
    words = list(map(_m_group, ms))
    keys = list(map(_key_of, words))
    fields = zip(map(_m_start, ms), map(_m_end, ms), words, keys, strict=True)
    return list(map(_new_tuple, repeat(Token, len(ms)), fields))


if _C is not None:
    _C.configure(Token, _KEYS, fold, _SHARE_MAX_PARAGRAPH)  # what _WINDOW makes the words it cuts with


def _key_of(w: str) -> str:
    k = _KEYS.get(w)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()  # bounded: a stream of odd words cannot grow it without limit
        k = _KEYS[w] = fold(w)
    return k


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int, int, str | None]]:
    """The matches of _BOUNDARY_RE.finditer(text, start, end) as (start, end, end of the stops, the
    character after the white space or None): in C in the compiled build."""
    if _C is not None:
        return _C_BOUNDARIES(text, start, end)  # type: ignore[no-any-return]
    return [(m.start(), m.end(), m.end(1), m.group(3)) for m in _BOUNDARY_RE.finditer(text, start, end)]


def sentences(
    text: str, start: int, end: int, pairs: list[QuotePair], lang: CompiledLanguage
) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; a full stop inside a quotation does not end the sentence. In C in
    the compiled build (one call per paragraph, _period_continues asked back only after a single full
    stop that follows a word, and not after a plain word: ASCII, no full stop, no number, no abbreviation
    of lang.abbreviations); _sentences_py is the reference."""
    if _C_SENTENCES is not None:
        if pairs:
            opens = [p.open_pos for p in pairs]
            limits = [p.outer_end - (1 if p.closed else 0) for p in pairs]
        else:
            opens = limits = _NO_OFFSETS  # (never changed: C only reads them)
        got: list[tuple[int, int]] | None = _C_SENTENCES(
            text, start, end, opens, limits, _period_continues, lang, lang.abbreviations
        )
        if got is not None:
            return got
    return _sentences_py(text, start, end, pairs, lang)


def _sentences_py(
    text: str, start: int, end: int, pairs: list[QuotePair], lang: CompiledLanguage
) -> list[tuple[int, int]]:
    """sentences() in Python: the reference of the C scan (_speedups.sentences)."""
    opens = [p.open_pos for p in pairs]
    cuts = [start]
    for m_start, b, stops_end, nxt in _boundaries(text, start, end):
        k = last_at_or_before(opens, b - 1)
        if k >= 0 and pairs[k].open_pos < b <= pairs[k].outer_end - (1 if pairs[k].closed else 0):
            continue  # inside a quotation
        if nxt is not None and not (
            nxt.isupper()
            or nxt.isdigit()
            or nxt in OPEN_MARKS
            or not nxt.isalpha()
            or "\u0900" <= nxt <= "\u0dff"
        ):
            continue
        if stops_end == m_start + 1 and text[m_start] == "." and stops_end == b:  # one ".", no closer
            w0 = m_start
            while w0 > start and (text[w0 - 1].isalnum() or text[w0 - 1] == "."):
                w0 -= 1
            if w0 < m_start and _period_continues(text, start, end, w0, m_start, b, nxt, lang):
                continue
        if b >= end:
            continue
        cuts.append(b)
    cuts.append(end)
    out = []
    # (pairs by index: zip(cuts, cuts[1:]) is a call with a keyword the compiled build makes through a dict)
    for k in range(len(cuts) - 1):
        a = cuts[k]
        b = cuts[k + 1]
        while a < b and text[a] in SPACE:
            a += 1
        while b > a and text[b - 1] in SPACE:
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _period_continues(
    text: str, start: int, end: int, w0: int, j: int, b: int, nxt: str | None, lang: CompiledLanguage
) -> bool:
    """Does the sentence go on after the single full stop at j (the boundary ending at b, the character
    after its white space `nxt`) that follows the word text[w0:j] (letters, digits and full stops, not
    empty) in the paragraph text[start:end]: an abbreviation, an initial, an ordinal?"""
    word = text[w0:j]
    if (
        (
            fold(word) in lang.abbreviations
            # (an initial, never before a quotation mark: "en su cuenta de X. “Seguimos …”")
            or (len(word) == 1 and word.isupper() and (nxt is None or nxt not in OPEN_MARKS))
            or ("." in word and len(word) <= 5)
        )
        # ("… around 2 a.m. She said …": the time ends the sentence)
        and not (fold(word) in lang.data.final_abbreviations and _opens_clause(text, b, end, lang))
        # ("… shortly after 11 p.m. “That's …”": a clock time before a quotation ends the sentence)
        and not (nxt is not None and nxt in OPEN_MARKS and fold(word) in lang.data.clock_abbreviations)
    ):
        return True
    if word.isdigit() and len(word) <= 3 and lang.data.ordinal_openers and w0 > start:
        # "gegen den 1. FC Köln", "am 3. Oktober": the number after an article is an ordinal
        p0 = w0
        while p0 > start and text[p0 - 1] in SPACE:
            p0 -= 1
        p1 = p0
        while p1 > start and text[p1 - 1].isalpha():
            p1 -= 1
        if p1 < p0 < w0 and fold(text[p1:p0]) in lang.data.ordinal_openers:
            return True
    return False


def last_at_or_before(sorted_ints: list[int], x: int) -> int:
    """bisect_right(sorted_ints, x) - 1: the index of the last value <= x (-1: none). A paragraph's lists
    of quotation openers are short (most are empty): a few compiled comparisons cost less than a call
    into the bisect module with its int boxed."""
    k = len(sorted_ints) - 1
    if k >= 8:
        lo = 0
        hi = k + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if x < sorted_ints[mid]:
                hi = mid
            else:
                lo = mid + 1
        return lo - 1
    while k >= 0 and sorted_ints[k] > x:
        k -= 1
    return k


def first_at_or_after(sorted_ints: list[int], x: int) -> int:
    """bisect_left(sorted_ints, x): the index of the first value >= x (len: none), by a compiled binary
    search (a paragraph's lists of cue, quotation and sentence starts are short: the call into the
    bisect module and the boxing of x cost more than the search)."""
    lo = 0
    hi = len(sorted_ints)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_ints[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _opens_clause(text: str, a: int, end: int, lang: CompiledLanguage) -> bool:
    """Does a capitalised pronoun or article start at text[a:] ("She", "The", "They")?"""
    k = a
    while k < end and text[k] in SPACE:
        k += 1
    e = k
    while e < end and e - k < 8 and text[e].isalpha():
        e += 1
    w = text[k:e]
    return w[:1].isupper() and (w.casefold() in lang.pronouns or w.casefold() in lang.determiners)


_NOT_IN: dict[str, re.Pattern[str]] = {}


def is_blank(text: str, a: int, b: int, chars: str = SPACE) -> bool:
    """text[a:b].strip(chars) == "" without copying text[a:b] (a sentence may be a megabyte long)."""
    if 0 <= a < b:
        n = len(text)
        if b - a <= 32 or a >= n or text[a] not in chars:
            # most gaps asked about are a space or two, or start with a word: a look at each character
            # costs less than a slice and its strip() (mypyc makes all() of a generator a loop)
            return all(text[i] in chars for i in range(a, min(b, n)))
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
    if _C is not None:
        sh = _SHARED.current
        if sh is not None and sh.text is text:
            got: int = _WINDOW_COUNT(sh.bounds, sh.offsets, a, b, limit)
            if got >= 0:
                return got
        return _C_WORD_COUNT(text, a, b, limit)  # type: ignore[no-any-return]
    if b - a < 2 * limit:
        # words are at least one character apart, so a span this short holds at most `limit` of them
        return len(TOKEN_RE.findall(text, a, b))
    return sum(1 for _ in islice(TOKEN_RE.finditer(text, a, b), limit))


# ------------------------------------------------------------------------------------ word lists
_WORD_SETS: dict[int, tuple[re.Pattern[str], WordSet]] = {}  # id(rx) -> (rx, kept alive; its WordSet)


def word_spans(rx: re.Pattern[str], words: Iterable[str], text: str, a: int, b: int) -> list[tuple[int, int]]:
    """[m.span() for m in rx.finditer(text, a, b)] for rx = word_regex(words), without running rx (a
    language's own lists have WordSets: lang.cue_set.spans(text, a, b))."""
    found = _WORD_SETS.get(id(rx))
    if found is None or found[0] is not rx:
        found = _WORD_SETS[id(rx)] = (rx, WordSet(words))
    return found[1].spans(text, a, b)


def literal_prefix(pattern: str) -> str:
    """The characters every match of `pattern` starts with ("In" for r"In\\s+…"): "" when it opens
    otherwise (a set, a group, a repeat, an alternation sre's parser cannot factor) or may match
    case-insensitively. `text.find(prefix, a, b) < 0` then proves re.compile(pattern).search(text, a, b)
    finds nothing, for a few instructions a character instead of the regex engine's set-up and scan."""
    try:
        parsed: Any = _sre_parse.parse(pattern)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    out: list[str] = []
    for op, av in parsed:
        if op != _sre_parse.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def find_titles(text: str, a: int, b: int, lang: CompiledLanguage) -> list[tuple[int, int]]:
    """[m.span() for m in lang.title_re.finditer(text, a, b)], faster."""
    return lang.title_set.spans(text, a, b)
