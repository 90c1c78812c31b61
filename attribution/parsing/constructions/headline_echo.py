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

from typing import TYPE_CHECKING

from attribution.parsing.document import Cand
from attribution.parsing.languages.base import fold
from attribution.parsing.text import word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor

_MIN_WORDS = 3  # a shorter echo ("Non", "Jamais") is too common to tie a headline to a speaker


def _words(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def find(at: Attributor) -> None:
    """The first paragraph's closed quotations with no candidate: the speaker of the first later quote
    whose words contain theirs."""
    paras = at.doc.paras
    if len(paras) < 2:
        return
    head = paras[0]
    text = at.text
    cands = at.doc.cands
    for q in head.pairs:
        if not q.closed or word_count(text, q.start, q.end) < _MIN_WORDS:
            continue
        if any(c.start < q.end and q.start < c.end for c in cands):
            continue
        words = _words(text[q.start : q.end])
        echo = next(
            (
                c
                for c in sorted(cands, key=lambda c: c.start)
                if c.para > head.index and c.kind == "direct" and words in _words(text[c.start : c.end])
            ),
            None,
        )
        if echo is not None:
            cands.append(Cand(q.start, q.end, "direct", "direct:headline-echo", 0.7, head.index, link=echo))
