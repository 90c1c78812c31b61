"""Reports that point back at the sentence before them: Spanish "Así lo anunció X".

Handles:
    La reforma llegará al Congreso en junio. Así lo anunció ayer la ministra, Elena Ruiz.
                                                              (indirect:X-so-said, the sentence before)
    «No habrá recortes». Así lo aseguró el consejero.         (the quotation before takes the speaker)
Refuses:
    Así lo anunció.                                           (no subject after the cue: left alone)
    Así, el ministro anunció que …                            (an opening adverb, not "así lo")
German "Der Konzern hat Insolvenz beantragt. Das teilte das Unternehmen mit." alike (data "das", "dies");
refused when the phrase after the verb is no speaker: "Das erklärt den plötzlichen Abgang."
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attribution.parsing import kinds
from attribution.parsing.content import _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


def find(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> bool:
    """True when `cue` opens a sentence with one of lang.data.previous_sentence_reports and the
    sentence before it became (or already was) its report."""
    openers = at.lang.data.previous_sentence_reports
    if not openers or cue.start - s_start > 30:
        return False
    text = at.text
    head = " ".join(fold(text[s_start : cue.start]).strip(SPACE + "—–-").split())
    if head not in openers:
        return False
    mention = subject_after(text, cue.end, s_end, at.lang)
    if mention is None or mention.kind == "pronoun":
        return False
    if at.lang.data.verb_second and mention.kind != "name" and mention.head_class is None:
        return False  # German "Das erklärt den Abgang": an object, not a speaker, after the verb
    k = bisect.bisect_right(p.sent_starts, s_start) - 1
    if k >= 1:
        para, (a0, b0) = p, p.sents[k - 1]
    elif p.index > 0:
        para = at.doc.paras[p.index - 1]
        a0, b0 = para.sents[-1]
    else:
        return False
    a, b = _trim_content(text, a0, b0)
    if word_count(text, a, b) < 3:
        return False
    for c in at.doc.cands:
        if c.start < b and a < c.end:
            if c.kind == "direct" and c.mention is None and c.cue is None and c.link is None:
                # "«…». Así lo aseguró X": the cue-less quotation is X's
                c.mention, c.cue, c.inherit = mention, cue, False
                c.rule = "direct:quote-so-said-X"
                return True
            return False  # the sentence before has its own attribution
    whole = [q for q in para.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
    if whole:
        return False  # a quotation the direct rule did not take (a title, a scare quote): no guess
    kind = kinds.kind_for(at, para, a, b)
    at.doc.cands.append(Cand(a, b, kind, f"{kind}:X-so-said", 0.75, para.index, mention=mention, cue=cue))
    return True
