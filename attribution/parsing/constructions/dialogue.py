"""Dialogue dashes (Spanish, French): a paragraph opened by a dash, an incise naming the speaker.

Handles:
    —Tenemos margen —contestó la presidenta—. Estamos preparados para lo peor.  (both halves,
    direct:dialogue-dash)
    —No vamos a ceder —afirmó el ministro.                               (direct:dialogue-dash)
Refuses:
    —Tenemos margen, pero no mucho.                                      (no incise with a speech verb)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.document import Cand
from attribution.parsing.incises import _MAX_CONTENT, _incise_subject
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import strip_span, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Para


# ------------------------------------------------------------------ dialogue dashes
def find(at: Attributor, p: Para) -> None:
    """'—Tenemos margen —contestó la Presidenta—. Estamos preparados.': a paragraph opened by a
    dialogue dash is speech when a dash incise with a speech verb follows its first words."""
    text, lang = at.text, at.lang
    a = p.start
    while a < p.end and text[a] in SPACE:
        a += 1
    if a >= p.end or text[a] not in "—―" or lang.data.word_order != "svo" or p.pairs:
        return
    a += 1
    k = text.find("—", a, min(p.end, a + _MAX_CONTENT))
    if k < 0:
        return
    after = [c for c in p.cues_in(k + 1, min(p.end, k + 40)) if c.lemma != "according to"]
    if not after:
        return
    cue = after[0]
    if not all(t.key in lang.cue_fillers for t in tokens(text, k + 1, cue.start)):
        return  # "—dijo", "—le preguntó": only clitics between the dash and the verb
    s, e = strip_span(text, a, k, SPACE)
    if word_count(text, s, e) < 2:
        return
    m = _incise_subject(text, cue.end, p.end, lang)
    c = Cand(s, e, "direct", "direct:dialogue-dash", 0.85, p.index, mention=m, cue=cue, inherit=m is None)
    cue.used = True
    at.doc.cands.append(c)
    # the words after the incise: "—…—. Estamos preparados."
    k2 = text.find("—", cue.end, min(p.end, cue.end + 120))
    if k2 > 0:
        t0 = k2 + 1
        while t0 < p.end and text[t0] in SPACE + ".,;":
            t0 += 1
        s2, e2 = strip_span(text, t0, p.end, SPACE)
        if e2 > s2 and text[e2 - 1] == ".":
            e2 -= 1
        if word_count(text, s2, e2) >= 2:
            at.doc.cands.append(Cand(s2, e2, "direct", "direct:dialogue-dash", 0.85, p.index, link=c))
