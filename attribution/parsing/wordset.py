"""Whole-word matching of a lexicon (a language's cue forms, titles, "according to" phrases).

`WordSet(words).spans(text, a, b)` is `[m.span() for m in word_regex(words).finditer(text, a, b)]`
without compiling that regex: the French cue list has some 12,000 forms, whose alternation took the
regex compiler over a second in the first French document of every process. Here nothing is built
until a text asks, and then only cheap tables:

- pure Python: each form's first word (lower-cased as the regex engine does) -> the rest of the forms
  starting with it; the rests become a small character trie when a text first holds that word. A
  paragraph is lower-cased once, its words found by one regex, and only the words that start some form
  are looked at further.
- compiled build: the whole trie, handed to the C walker `_speedups.trie_spans` (built on first use).

The regex it stands for: `(?<![W])(?:f1|f2|…)(?![W])` case-insensitive, W the word characters, a space
in a form matching any run of white space, the longest form that ends before a non-word character
winning at each start (the trie alternation of `build_alternation`). Case-insensitive matching is the
regex engine's: a text character matches a form's letter when their simple lower-case mappings are
equal, or fall in one of the few classes the engine treats as one letter ('s' and 'ſ', 'i' and 'ı', the
Greek sigmas …, `re._casefix`): here both sides are mapped to one member of their class.
`regex()` still compiles the regex itself, for code that wants a pattern (and for tests).
"""

from __future__ import annotations

import re
import unicodedata

# the regex engine's own case mapping (str.lower differs only for 'İ', and in context for 'Σ')
from _sre import unicode_tolower as _tolower  # type: ignore[import-not-found]
from collections.abc import Iterable
from itertools import accumulate, compress
from re import _casefix  # type: ignore[attr-defined]  # the letters the regex engine takes as one
from typing import Any, Final

from attribution.parsing import native

# Characters that belong to a word: letters, digits and the combining marks of Indic scripts (languages.base
# imports it from here: this module imports nothing of the language package when it loads)
WORD_CHARS: Final = r"\w\u0900-\u0963\u0966-\u097F\u0980-\u0DFF"  # not the danda । ॥ (U+0964/5)

_C: Final[Any] = native.speedups()  # the compiled build's C loops, else None
# bound once: a call through the module (_C.trie_spans(...)) looks the name up at every paragraph
_TRIE_SPANS: Final[Any] = _C.trie_spans if _C is not None else None
_TRIE_SPANS_MULTI: Final[Any] = _C.trie_spans_multi if _C is not None else None

_RUN_RE = re.compile(rf"[{WORD_CHARS}]+")  # a word: a run of word characters
_SPLIT_RE = re.compile(rf"([{WORD_CHARS}]+)")  # split() keeps the words between the separators
_NON_WORD_RE = re.compile(rf"[^{WORD_CHARS}]")
_SPACE_RUN_RE = re.compile(r"\s+")
_ODD_SPACE_RE = re.compile(r"\s\s|[^\S ]")  # white space that is not a single " "
# a line of lower-cased forms: its first word and the rest (a line starting otherwise is not matched)
_HEAD_REST_RE = re.compile(rf"^([{WORD_CHARS}]+)(.*)$", re.MULTILINE)

_EXTRA: dict[int, tuple[int, ...]] = dict(_casefix._EXTRA_CASES)


def _canon_table() -> dict[int, int]:
    """Each lower-case letter the regex engine treats as another ('ſ' as 's') -> one member of its class."""
    out: dict[int, int] = {}
    for lo, others in _EXTRA.items():
        rep = min((lo, *others))
        for c in (lo, *others):
            if c != rep:
                out[c] = rep
    return out


_CANON = _canon_table()
_CANON_RE: re.Pattern[str] | None = (
    re.compile("[" + re.escape("".join(chr(c) for c in sorted(_CANON))) + "]") if _CANON else None
)


def _lowered(s: str) -> str:
    """s with every character lower-cased as the regex engine does and put in its class."""
    low = s.lower()
    if len(low) != len(s):  # 'İ' lower-cases to two characters; the regex engine maps it to 'i'
        low = "".join([chr(_tolower(ord(c))) for c in s])
    if _CANON_RE is not None and _CANON_RE.search(low) is not None:
        low = low.translate(_CANON)
    return low


def _is_word(c: str) -> bool:
    """c matches [WORD_CHARS] (lower-casing never changes that, nor whether c is white space)."""
    return c.isalnum() or c == "_" or "\u0900" <= c <= "\u0963" or "\u0966" <= c <= "\u0dff"


class WordSet:
    """The spans of a lexicon's words and phrases in a text (see the module's docstring)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = tuple(words)
        self._heads: dict[str, set[str]] | None = None  # first word -> rests of the forms
        self._longest_rest = 0
        self._tries: dict[str, dict[str, Any]] = {}  # first word -> trie of its rests (made on demand)
        self._odd = False  # a form starting with a non-word character: the regex does the work
        self._rx: re.Pattern[str] | None = None
        self._ctrie: object = None  # the compiled build's trie (None: not made, or no C walk possible)
        self._c_tried = False
        self._guard = ""

    def __bool__(self) -> bool:
        return bool(self.words)

    def _regex_only(self) -> bool:
        """A form the walks cannot match as the regex does: one holding a line break, or ending in white
        space (the regex's greedy run backs off a character when a word follows)."""
        return any("\n" in w or w[-1:].isspace() for w in self.words)

    def regex(self) -> re.Pattern[str]:
        """word_regex(words): compiled on first use (slow for a long list; matching never needs it)."""
        rx = self._rx
        if rx is None:
            pattern = word_pattern(self.words)
            rx = self._rx = re.compile(pattern, re.IGNORECASE) if pattern else NEVER_RE
        return rx

    def _variants(self) -> list[str]:
        """Every spelling of the words that word_regex(words) lists (`base._unicode_variants` of each
        word's casefold() and lower()), made a few whole-list string operations at a time."""
        # one string, one word a line: case mapping and normalisation never cross a line break
        joined = "\n".join(self.words)
        low = joined.lower()
        if joined.isascii():  # casefold() is lower() and there are no other normal forms
            lines = [low]
        else:
            folded = joined.casefold()
            lines = [low] if folded == low else [low, folded]
            both = "\n".join(lines)
            for form in ("NFC", "NFD"):
                if not unicodedata.is_normalized(form, both):
                    lines.append(unicodedata.normalize(form, both))
        full = "\n".join(lines)
        forms = set(full.split("\n"))
        if "'" in full or "’" in full:
            quoted = "\n".join([w for w in forms if "'" in w or "’" in w])
            forms.update(quoted.replace("’", "'").split("\n"))
            forms.update(quoted.replace("'", "’").split("\n"))
        if _NUKTA in full:
            forms.update(_precompose_nukta("\n".join(forms)).split("\n"))
        forms.discard("")
        return list(forms)

    def _head_table(self) -> dict[str, set[str]]:
        heads = self._heads
        if heads is None:
            heads = {}
            variants = self._variants()
            pairs = _HEAD_REST_RE.findall(_lowered("\n".join(variants)))
            # a form starting with a non-word character, or one _regex_only names: the regex's work
            self._odd = len(pairs) != len(variants) or self._regex_only()
            longest = 0
            for head, rest in pairs:
                rests = heads.get(head)
                if rests is None:
                    rests = heads[head] = set()
                rests.add(rest)
                if len(rest) > longest:
                    longest = len(rest)
            self._longest_rest = longest
            self._heads = heads
        return heads

    def _trie(self, head: str, rests: set[str]) -> dict[str, Any]:
        """The rests after `head` as a character trie ("" marks an end; " " takes a run of white space)."""
        trie = self._tries.get(head)
        if trie is None:
            trie = {}
            for rest in rests:
                node = trie
                for ch in rest:
                    nxt = node.get(ch)
                    if nxt is None:
                        nxt = node[ch] = {}
                    node = nxt
                node[""] = {}
            self._tries[head] = trie
        return trie

    def _rest_end(self, low: str, k: int, n: int, head: str, rests: set[str]) -> int:
        """The end of the longest form `head` + rest matching the lower-cased low[k:n] at k (k ends the
        head word), or -1."""
        if len(rests) == 1 and "" in rests:
            return k  # a one-word form ("said"): nothing longer to look for
        lim = k + self._longest_rest + 1
        window = low[k:lim] if lim < n else low[k:n]
        if _ODD_SPACE_RE.search(window) is None:
            # white space in the window is single spaces, each what a form's space matches: a form is a
            # prefix of the window that ends before a non-word character (or at the text's end)
            ends = [m.start() for m in _NON_WORD_RE.finditer(window, 1)]
            if lim >= n:
                ends.append(len(window))
            for p in reversed(ends):
                if window[:p] in rests:
                    return k + p
            return k if "" in rests else -1
        # runs of white space (a form's space takes a whole run): walk the rests' trie
        node = self._trie(head, rests)
        j = k
        best = j if "" in node else -1
        while j < n:
            c = low[j]
            nxt = node.get(" ")
            if nxt is not None and c.isspace():
                j += 1
                while j < n and low[j].isspace():
                    j += 1
            else:
                nxt = node.get(c)
                if nxt is None:
                    break
                j += 1
            node = nxt
            if "" in node and (j >= n or not _is_word(low[j])):
                best = j
        return best

    def spans(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """[m.span() for m in self.regex().finditer(text, a, b)]."""
        if b > len(text):
            b = len(text)
        if a < 0:
            a = 0
        if b <= a or not self.words:
            return []
        if _C is not None:
            ctrie = self._c_trie()
            if ctrie is not None:
                found: list[tuple[int, int]] | None = _TRIE_SPANS(text, a, b, ctrie, self._guard)
                if found is not None:
                    return found
        heads = self._head_table()
        if self._odd:
            return [m.span() for m in self.regex().finditer(text, a, b)]
        lo = a - 1 if a > 0 else a  # one character before, for the look-behind
        low = _lowered(text[lo:b])
        n = len(low)
        # the words and what separates them, then the words that start a form: C loops, no Python
        # loop over every word of the paragraph
        parts = _SPLIT_RE.split(low)  # separator, word, separator, word, …, separator
        words = parts[1::2]
        hits = list(compress(range(len(words)), map(heads.__contains__, words)))
        out: list[tuple[int, int]] = []
        if not hits:
            return out
        offsets = list(accumulate(map(len, parts)))  # where each part ends
        last = a - lo  # no match starts inside the previous one, nor before `a`
        for i in hits:
            s = offsets[2 * i]
            if s < last:
                continue
            head = words[i]
            end = self._rest_end(low, offsets[2 * i + 1], n, head, heads[head])
            if end >= 0:
                out.append((s + lo, end + lo))
                last = end
        return out

    def match_end(self, text: str, pos: int) -> int:
        """Where self.regex().match(text, pos) ends, or -1 when it finds nothing."""
        if pos < 0 or pos >= len(text) or (pos > 0 and _is_word(text[pos - 1])) or not self.words:
            return -1
        heads = self._head_table()
        if self._odd:
            mm = self.regex().match(text, pos)
            return mm.end() if mm is not None else -1
        m = _RUN_RE.match(text, pos)
        if m is None:
            return -1
        head = _lowered(m.group())
        rests = heads.get(head)
        if rests is None:
            return -1
        # the text after the head, lower-cased: a window long enough to hold the longest rest and the
        # character after it, white-space runs counting as one character (a form's space takes a run)
        k = m.end()
        need = self._longest_rest + 2
        width = need
        while True:
            b = min(len(text), k + width)
            low = _lowered(text[k:b])
            if b < len(text) and len(_SPACE_RUN_RE.sub(" ", low)) < need:
                width *= 2
                continue
            end = self._rest_end(low, 0, len(low), head, rests)
            return k + end if end >= 0 else -1

    def _c_trie(self) -> object:
        """The compiled build's trie of the words, made on first use (None: the walks cannot serve)."""
        if not self._c_tried:
            self._c_tried = True
            self._compile_c()
        return self._ctrie

    def _compile_c(self) -> None:
        """The whole trie for the C walker: characters lower-cased as the regex engine does; the text
        characters it would match only through a case class ('ſ' for 's') make it hand back to Python."""
        assert _C is not None
        variants = self._variants()
        if not variants or self._regex_only():
            self._ctrie = None  # (a form with a line break or a trailing space: the regex decides)
            return
        joined = "\n".join(variants)
        low = joined.lower()  # the forms are lower-cased already: lower() is the per-character mapping
        if len(low) != len(joined) or "Σ" in joined:
            low = "".join([chr(_tolower(ord(c))) for c in joined])
        words = sorted(set(low.split("\n")))
        self._guard = "".join(sorted({chr(x) for c in set(low) for x in _EXTRA.get(ord(c), ())}))
        self._ctrie = _C.compile_words(words)


def spans_of(sets: tuple[WordSet, ...], text: str, a: int, b: int) -> list[list[tuple[int, int]]]:
    """[ws.spans(text, a, b) for ws in sets]. In the compiled build one pass over text[a:b] walks all
    their tries (_speedups.trie_spans_multi): the document stage looks for a language's cues and its two
    "according to" lists in every paragraph, and most of a walk is finding where the words start."""
    return WordSetGroup(sets).spans(text, a, b)


class WordSetGroup:
    """Several WordSets searched together, paragraph after paragraph: spans(text, a, b) is spans_of(sets,
    text, a, b), with the tries and guards the C pass takes gathered once (Document makes one per text)."""

    def __init__(self, sets: tuple[WordSet, ...]) -> None:
        self.sets = sets
        self.multi = _TRIE_SPANS_MULTI is not None and 1 < len(sets) <= 8
        self.tries: tuple[object, ...] = ()
        self.guards: tuple[str, ...] = ()
        if self.multi:
            self.tries = tuple([ws._c_trie() if ws.words else None for ws in sets])
            self.guards = tuple([ws._guard for ws in sets])

    def spans(self, text: str, a: int, b: int) -> list[list[tuple[int, int]]]:
        sets = self.sets
        if self.multi:
            lo = max(a, 0)
            hi = min(b, len(text))
            if lo < hi:
                found: list[list[tuple[int, int]] | None] = _TRIE_SPANS_MULTI(
                    text, lo, hi, self.tries, self.guards
                )
                if all(f is not None for f in found):
                    # (every set walked: the C list as it is; `None not in found` would compare each list
                    # with None through rich comparison)
                    return found  # type: ignore[return-value]
                out: list[list[tuple[int, int]]] = []
                for k in range(len(sets)):
                    f = found[k]
                    # (a set without a C trie, or whose guard characters the text holds: its own spans())
                    out.append(f if f is not None else sets[k].spans(text, a, b))
                return out
        return [ws.spans(text, a, b) for ws in sets]


# ------------------------------------------------------------------ word lists as regular expressions
# (the reference the walks above are checked against, and what the rare lists with line breaks use)


def build_alternation(words: Iterable[str]) -> str:
    """A regex for literal words as a trie (fast to match; longest form wins); spaces match any run."""
    trie: dict[str, dict] = {}
    for w in words:
        # casefold() writes "ß" as "ss", which a case-insensitive regex never matches against "ß":
        # the lower-case spelling is a variant too ("heißt es", "gemäß", "Außenministerin")
        for v in _unicode_variants(w.casefold()) | _unicode_variants(w.lower()):
            node = trie
            for ch in v:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie) if trie else ""


def _trie_pattern(node: dict[str, dict]) -> str:
    terminal = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return f"(?:{body})?"
    return body


def _unicode_variants(word: str) -> set[str]:
    """The word as written in NFC and NFD, plus apostrophe variants (typewriter and curly)."""
    out = {word, unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)}
    for w in list(out):
        if "’" in w or "'" in w:
            out.add(w.replace("’", "'"))
            out.add(w.replace("'", "’"))
    # Devanagari nukta letters are composition exclusions; texts use both spellings.
    for w in list(out):
        out.add(_precompose_nukta(w))
    return {w for w in out if w}


_NUKTA_PAIRS = {
    "क़": "\u0958",
    "ख़": "\u0959",
    "ग़": "\u095a",
    "ज़": "\u095b",
    "ड़": "\u095c",
    "ढ़": "\u095d",
    "फ़": "\u095e",
    "य़": "\u095f",
}


_NUKTA = "\u093c"
_NUKTA_NFD = tuple(
    (unicodedata.normalize("NFD", decomposed), single) for decomposed, single in _NUKTA_PAIRS.items()
)


def _precompose_nukta(word: str) -> str:
    if _NUKTA not in word:  # every decomposed form ends in the nukta sign
        return word
    for decomposed, single in _NUKTA_NFD:
        word = word.replace(decomposed, single)
    return word


# Matches nothing, and finds that out fast: a literal first character lets the regex engine skip
# the text at memchr speed, where "(?!x)x" after a look-behind is tried at every position.
NEVER_RE = re.compile("\uffff(?<!\uffff)")


_PATTERNS: dict[tuple[str, ...], str] = {}  # word_pattern's memo: a language's lists are asked twice


def word_pattern(words: Iterable[str]) -> str:
    """The pattern of word_regex(words), "" for no words (remembered: text.fast_scan_plan asks again)."""
    key = tuple(words)
    pattern = _PATTERNS.get(key)
    if pattern is None:
        alt = build_alternation(key)
        pattern = _PATTERNS[key] = rf"(?<![{WORD_CHARS}])(?:{alt})(?![{WORD_CHARS}])" if alt else ""
    return pattern


def word_regex(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole-word matcher for a list of literal words or phrases (Indic-aware word boundaries)."""
    pattern = word_pattern(words)
    if not pattern:
        return NEVER_RE
    return re.compile(pattern, flags)
