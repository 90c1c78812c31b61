"""Cue finding: where the language's speech verbs and phrases ("said", "a affirmé", "laut") occur.

`Document._cues` turns these spans into `Cue`s, dropping those inside names and after possessives.
"""

from __future__ import annotations

import re
from operator import itemgetter

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold

_CueSpan = tuple[int, int, str]  # start, end, folded key of a cue form found


def _cue_key(text: str, a: int, b: int) -> str:
    """The lexicon key of the cue match text[a:b]: whitespace runs made one space, folded."""
    w = text[a:b]
    if w.isalnum():
        return fold(w)  # one word, no white space at all (most cues): the test below is moot
    if "  " not in w and w.isprintable():
        # the only whitespace a printable string holds is " ": with no double space, the sub is a no-op
        return fold(w)
    return fold(re.sub(r"\s+", " ", w))


def _cue_spans(text: str, a: int, b: int, lang: CompiledLanguage) -> list[_CueSpan]:
    """Every cue form found in the paragraph text[a:b], once: _split_incises and Document._cues both
    read their windows from this list instead of scanning the text again."""
    return _keyed_cue_spans(text, lang.cue_set.spans(text, a, b))


def _keyed_cue_spans(text: str, spans: list[tuple[int, int]]) -> list[_CueSpan]:
    """The cue forms found at `spans` (lang.cue_set's matches), each with its lexicon key."""
    return [(s, e, _cue_key(text, s, e)) for s, e in spans]


def _cue_spans_in(spans: list[_CueSpan], a: int, b: int) -> list[_CueSpan]:
    """The matches inside [a, b) (a match cannot cross a quotation mark, so these are exactly what a
    scan of text[a:b] alone finds when a and b sit next to one)."""
    # bisect_left(spans, a, key=_FIRST_CHAR), compiled: no key function called at each step
    n = len(spans)
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][0] < a:
            lo = mid + 1
        else:
            hi = mid
    i = lo
    j = i
    while j < n and spans[j][1] <= b:
        j += 1
    return spans[i:j]


_FIRST_CHAR = itemgetter(0)
