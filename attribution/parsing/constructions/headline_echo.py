"""A headline quotation that the article quotes again, attributed, further down: the headline's words
are that speaker's.

Handles:
    Grève à la SNCF : « On ne nous laisse pas le choix »  …  « On ne nous laisse pas le choix. Sans
    contrôleur, … », résume une contrôleuse.                 (direct:headline-echo, the controller)
Refuses:
    a headline quotation whose words the body never quotes with a speaker (no quote at all)
    a headline quotation another construction already attributed
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing.document import Cand
from attribution.parsing.languages.base import fold_text
from attribution.parsing.text import word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor

_MIN_WORDS: Final = 3  # a shorter echo ("Non", "Jamais") is too common to tie a headline to a speaker
# a run of letters and digits: [^\W_] is exactly str.isalnum() (both read Py_UNICODE_ISALNUM)
_ALNUM_RUN: Final = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    """The folded text's runs of letters and digits, one space between them: what an echo is compared
    on (one regex scan, not a step per character)."""
    return " ".join(_ALNUM_RUN.findall(fold_text(text)))


def _start(c: Cand) -> int:
    return c.start


def find(at: Attributor) -> None:
    """The first paragraph's closed quotations with no candidate: the speaker of the first later quote
    whose words contain theirs."""
    paras = at.doc.paras
    if len(paras) < 2:
        return
    head = paras[0]
    text = at.text
    cands = at.doc.cands
    # the later paragraphs' direct quotes in text order, and their words once made (None: not yet):
    # made when a headline quotation first asks (the echoes appended below are the headline's own)
    later: list[Cand] | None = None
    later_words: list[str | None] = []
    for q in head.pairs:
        if not q.closed or word_count(text, q.start, q.end) < _MIN_WORDS:
            continue
        if any(c.start < q.end and q.start < c.end for c in cands):
            continue
        if later is None:
            later = [c for c in sorted(cands, key=_start) if c.para > head.index and c.kind == "direct"]
            later_words = [None] * len(later)
        words = _words(text[q.start : q.end])
        # (its longest word lies inside one word of any quote that echoes it: a substring search of the
        # quote's folded text refuses most quotes before the regex reads them)
        longest = ""
        for run in words.split(" "):
            if len(run) > len(longest):
                longest = run
        echo: Cand | None = None
        for i, c in enumerate(later):
            w = later_words[i]
            if w is None:
                if longest not in fold_text(text[c.start : c.end]):
                    continue
                w = later_words[i] = _words(text[c.start : c.end])
            if words in w:
                echo = c
                break
        if echo is not None:
            cands.append(Cand(q.start, q.end, "direct", "direct:headline-echo", 0.7, head.index, link=echo))
