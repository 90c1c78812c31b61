"""Dialogue dashes (Spanish, French): a paragraph opened by a dash, an incise naming the speaker.

Handles:
    —Tenemos margen —contestó la presidenta—. Estamos preparados para lo peor.  (both halves,
    direct:dialogue-dash)
    —No vamos a ceder —afirmó el ministro.                               (direct:dialogue-dash)
    — Je ne sais pas, répond l'accusé.                                   (French: the incise after a
    — Pourquoi être revenu ? demande le président.                        comma or the line's own "?",
                                                                          direct:dialogue-comma-incise)
Refuses:
    —Tenemos margen, pero no mucho.                                      (no incise with a speech verb)
    — Des mois, dit-on, de travaux inutiles.                             (no subject after the verb)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.document import Cand
from attribution.parsing.incises import _MAX_CONTENT, _incise_subject
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.records import Cue
from attribution.parsing.subject_cases import pronoun_from_cue
from attribution.parsing.text import Token, strip_span, tokens, word_count

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
    if a >= p.end or text[a] not in "—―–" or lang.data.word_order != "svo" or p.pairs:
        return
    a += 1
    k = text.find("—", a, min(p.end, a + _MAX_CONTENT)) if text[a - 1] != "–" else -1
    if k < 0:
        if lang.data.dialogue_comma_incise:
            _comma_incise(at, p, a)
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


def _comma_incise(at: Attributor, p: Para, a: int) -> None:
    """'— Je ne sais pas, répond l'accusé.', '— Pourquoi ? demande le président.': French sets the
    incise of a dialogue line after a comma (or the line's own "?" / "!"), the verb inverted before
    its subject; the line up to that mark is the speaker's."""
    text, lang = at.text, at.lang
    hi = min(p.end, a + _MAX_CONTENT)
    j = a
    while j < hi:
        ch = text[j]
        j += 1
        if ch not in ",?!…":
            continue
        nxt = tokens(text, j, min(p.end, j + 40), 1)
        if not nxt or not nxt[0].text[:1].islower():
            continue
        verb = nxt[0]
        if verb.key in lang.data.clause_verbs:
            # "— …, a demandé le président": the participle after the auxiliary
            aux = tokens(text, verb.end, min(p.end, verb.end + 30), 1)
            if aux and aux[0].key in lang.data.dialogue_incise_verbs:
                verb = Token(
                    verb.start, aux[0].end, text[verb.start : aux[0].end], verb.key + " " + aux[0].key
                )
        cue = next((c for c in p.cues_in(verb.start, verb.end) if c.lemma != "according to"), None)
        if cue is None and verb.key.rsplit(" ", 1)[-1] in lang.data.dialogue_incise_verbs:
            cue = Cue(verb.start, verb.end, verb.key, "ask")
        if cue is None:
            continue
        m = _incise_subject(text, cue.end, p.end, lang)
        if m is None and cue.key in lang.inverted:
            m = pronoun_from_cue(at, cue)  # "— Non, répond-il."
        if m is None or m.text.casefold() in lang.data.impersonal_pronouns:
            return  # "— Des mois, dit-on, de travaux": no speaker, the line's own words
        end = j if ch in "?!…" else j - 1
        s, e = strip_span(text, a, end, SPACE)
        if e <= s:
            return
        cue.used = True
        at.doc.cands.append(
            Cand(s, e, "direct", "direct:dialogue-comma-incise", 0.8, p.index, mention=m, cue=cue)
        )
        return
