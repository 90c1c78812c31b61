"""Quotes in another script inside a document: a Hindi sentence with its own cue in an English story.

Handles:
    The minister visited the site. / सुश्री अनुराधा चतुर्वेदी ने कहा, "यह एक ऐतिहासिक दिन है।"
    (the paragraph in Devanagari is read by the language of that script; its rules and names apply)
Refuses:
    a Devanagari name or word inside an English sentence with an English cue: the English rules read
    it; only quotes whose content is in the other script are taken, and never over a quote found
    already.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Final

from attribution.parsing.languages.base import CompiledLanguage
from attribution.parsing.model import ExtractedQuote

# a script's letters -> the language that reads paragraphs written in it (when the document's own
# language is written in another script): the script, its letters (a regex), their Unicode block (first
# and last code point, within one row of 256: see _in_block), the language
_SCRIPTS: Final = (("Devanagari", re.compile(r"[\u0900-\u097f]"), 0x0900, 0x097F, "hi"),)


def other_script_quotes(
    text: str,
    lang: CompiledLanguage,
    quotes: list[ExtractedQuote],
    paras: list[tuple[int, int]],
    extract: Callable[[str, str], list[ExtractedQuote]],
) -> list[ExtractedQuote]:
    """`quotes` and the quotes of each paragraph in another script, read by that script's language."""
    out = quotes
    for script, letters, first, last, code in _SCRIPTS:
        if lang.data.script == script or not _in_block(text, first, last):
            continue
        added: list[ExtractedQuote] = []
        # the quotes found are sorted and never overlap, so their ends are sorted too: the one quote a
        # new span [s, e) could overlap first is the first that ends after s (a look-up, not a scan)
        ends = [o.end for o in out]
        for a, b in paras:
            if letters.search(text, a, b) is None:
                continue
            for q in extract(text[a:b], code):
                s, e = q.start + a, q.end + a
                k = bisect_right(ends, s)
                if letters.search(text, s, e) is None or (k < len(out) and out[k].start < e):
                    continue
                added.append(
                    ExtractedQuote(
                        s,
                        e,
                        q.kind,
                        q.speaker,
                        _shift(q.speaker_mention, a),
                        _shift(q.cue, a),
                        q.cue_verb,
                        q.confidence,
                        q.rule,
                        q.speech_act,
                    )
                )
        if added:
            out = sorted(out + added, key=lambda q: q.start)
    return out


def _in_block(text: str, first: int, last: int) -> bool:
    """Does text hold a character from first to last (code points of one row of 256, below the
    surrogates)? The same answer as the script's regex search, several times faster over a whole
    document (the regex engine tests its character class at every character; most documents have none
    of the script). In UTF-16 (little-endian) every character of the row is its row number as the byte
    at an odd offset, after its low byte; a C byte search finds the row's byte, and it stands elsewhere
    rarely (a tab, the low byte of a thin space U+2009). A surrogate's high byte is 0xD8-0xDF: never a
    row below the surrogates."""
    raw = text.encode("utf-16-le", "surrogatepass")
    row = first >> 8
    lo, hi = first & 0xFF, last & 0xFF
    i = raw.find(row)
    while i >= 0:
        if i & 1 and lo <= raw[i - 1] <= hi:
            return True
        i = raw.find(row, i + 1)
    return False


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + by, span[1] + by)
