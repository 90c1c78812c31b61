"""Headlines: a first line attributed after a colon, or opened by its source and a colon.

Handles:
    'We will rebuild the bridge': mayor                                  (direct:headline-colon-X)
    Harbour dredging 'years overdue': port chief                         (mixed, indirect:headline-colon-X)
    Police: 2 teens hurt in drive-by shooting                            (indirect:headline-X-colon)
Refuses:
    Election 2026: the final count                                       (a topic, no source)
    Pollard was jailed at Leeds Crown Court (Image: North Yorkshire Police)  (a credit in brackets)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing import kinds
from attribution.parsing.content import _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _gap_clean, _head_key, _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Para


# a wire headline's attribution after a dash: "… walkout -sources", "… - minister"
_HEADLINE_DASH_RE: Final = re.compile(r"\s[-–—]\s?(?=[^\W\d_][^-–—]*$)")


# ------------------------------------------------------------------ headlines
def find(at: Attributor, p: Para) -> None:
    """'Russia sees readiness to resume talks: Lavrov' — a headline attributed after a colon."""
    text, lang = at.text, at.lang
    if p.index == 0 and text[p.end - 1] in '"”’»' and word_count(text, p.start, p.end, 26) <= 25:
        colon = text.find(":", p.start, p.end)
        if colon > p.start:
            subject_colon_quote_headline(at, p, colon)
    if len(p.sents) != 1 or text[p.end - 1] in '.!?।"”’»' or word_count(text, p.start, p.end, 26) > 25:
        return
    if any(c.used for c in p.cues):
        return
    colon = text.rfind(":", p.start, p.end)
    d0 = max(p.start, p.end - 60)
    # (the regex only where a dash stands: most headlines have none near their end)
    dash = (
        _HEADLINE_DASH_RE.search(text, d0, p.end)
        if text.find("-", d0, p.end) >= 0 or text.find("–", d0, p.end) >= 0 or text.find("—", d0, p.end) >= 0
        else None
    )
    if dash is not None and dash.start() > colon and len(tokens(text, dash.end(), p.end)) <= 4:
        colon = dash.start()  # "Budget talks near collapse -sources", "… - minister"
        toks = tokens(text, dash.end(), p.end)
        if not toks:
            return
    else:
        if colon <= p.start:
            return
        if text.rfind("(", p.start, colon) > text.rfind(")", p.start, colon):
            return  # "… was jailed on Friday (Image: Kent Police)": a photo credit inside brackets
        toks = tokens(text, colon + 1, p.end)
    if len(toks) > 4:
        # "‘He’s my rock’: Soap star Kayla Brennan opens up about …": a quotation headline whose
        # speaker is the subject of the words after the colon
        quote_colon_subject(at, p, colon, toks)
        speaker_colon_headline(at, p, colon)
        return
    if not toks:
        return
    mention = classify(text, toks, lang)
    if mention is None:
        return
    if mention.kind == "name" and at.doc.registry.lookup(mention.name_tokens) is None:
        return
    if mention.kind != "name" and _head_key(toks[-1], lang) is None:
        return  # "…: council leader digs in" is a headline, not an attribution
    a, b = _trim_content(text, p.start, colon)
    if word_count(text, a, b, 3) < 3:
        return
    whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
    if whole:
        q = whole[0]
        at.doc.cands.append(
            Cand(q.start, q.end, "direct", "direct:headline-colon-X", 0.7, p.index, mention=mention)
        )
        return
    at.doc.cands.append(
        Cand(a, b, kinds.kind_for(at, p, a, b), "indirect:headline-colon-X", 0.6, p.index, mention=mention)
    )


def speaker_colon_headline(at: Attributor, p: Para, colon: int) -> None:
    """'Police: 2 teens hurt in drive-by shooting' — a headline whose source opens it, before a colon."""
    text, lang = at.text, at.lang
    if p.index != 0 or p.pairs:
        return
    head = tokens(text, p.start, colon)
    if not 1 <= len(head) <= 3 or text.find(":", p.start, colon) >= 0:
        return
    m = classify(text, head, lang)
    # ("Officials", "Authorities" capitalised as a headline's first word read as names)
    if m is None or m.kind not in ("descriptor", "org", "name") or m.head_class in (None, "document"):
        return
    if _head_key(head[-1], lang) is None:
        return
    a, b = _trim_content(text, colon + 1, p.end)
    if word_count(text, a, b, 3) < 3:
        return
    at.doc.cands.append(Cand(a, b, "indirect", "indirect:headline-X-colon", 0.6, p.index, mention=m))


def subject_colon_quote_headline(at: Attributor, p: Para, colon: int) -> None:
    """'Zubiría rescata al Ventisca en el descuento: «Hoy nadie se ha rendido»': a headline whose
    words after the colon are one quotation; its speaker is the name that opens the headline.
    Refused: a headline opened by no name ("Lluvias en el norte: «…»")."""
    text, lang = at.text, at.lang
    if p.index != 0 or any(c.used for c in p.cues):
        return
    a, b = _trim_content(text, colon + 1, p.end)
    whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1 and q.closed]
    if not whole or word_count(text, whole[0].start, whole[0].end, 2) < 2:
        return
    head = tokens(text, p.start, colon, 4)
    names: list[Token] = []
    for t in head:
        if not _is_cap(t) or (names and not _gap_clean(text, names[-1].end, t.start)):
            break
        names.append(t)
    if not names or len(names) >= len(tokens(text, p.start, colon, 6)):
        return  # the whole head is a name: the colon-label rule's
    m = classify(text, names, lang)
    if m is None or m.kind != "name" or at.doc.registry.lookup(m.name_tokens) is None:
        return
    q = whole[0]
    at.doc.cands.append(
        Cand(q.start, q.end, "direct", "direct:headline-X-colon-quote", 0.6, p.index, mention=m)
    )


def quote_colon_subject(at: Attributor, p: Para, colon: int, toks: list[Token]) -> None:
    text, lang = at.text, at.lang
    a, b = _trim_content(text, p.start, colon)
    whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1 and q.closed]
    if not whole or word_count(text, whole[0].start, whole[0].end, 2) < 2:
        return
    for n in range(min(6, len(toks) - 1), 0, -1):
        head = toks[:n]
        if not all(_gap_clean(text, u.end, v.start) for u, v in zip(head, head[1:], strict=False)):
            continue
        m = classify(text, head, lang)
        if m is None or m.kind == "pronoun":
            continue
        if m.kind == "name" and not _is_cap(head[-1]):
            continue
        if m.kind != "name" and _head_key(head[-1], lang) is None:
            continue
        q = whole[0]
        at.doc.cands.append(
            Cand(q.start, q.end, "direct", "direct:headline-quote-colon-X", 0.6, p.index, mention=m)
        )
        return


def coordinated_subject(
    at: Attributor, p: Para, s_start: int, cue_start: int, cue_key: str
) -> Mention | None:
    """'Michigan governor signs road bill, says gas tax hike is off the table': a headline's second
    predicate after a comma, in the present like its first; the speaker is the subject before the
    first verb. Only a headline (one sentence, no final stop) and only a cue in the third person."""
    text, lang = at.text, at.lang
    if (
        lang.data.word_order != "svo"
        or lang.data.verb_second
        or len(p.sents) != 1
        or text[p.end - 1] in '.!?"”’»'
        or not cue_key.endswith("s")
        or text[s_start:cue_start].rstrip(SPACE)[-1:] != ","
    ):
        return None
    toks = tokens(text, s_start, cue_start)
    if len(toks) < 3 or len(toks) > 14:
        return None
    for j in range(1, min(len(toks) - 1, 6)):
        t = toks[j]
        k = t.key
        if not t.text[:1].islower():
            continue
        if _head_key(t, lang) is not None:
            continue  # the subject's noun: "Michigan governor signs …" ("Fire crews, …" has no verb)
        if k in lang.function_words or k in lang.cues or len(k) < 4 or k[-1] != "s" or k.endswith("ss"):
            return None  # the first lower-case word is the verb, or this is no headline's clause
        m = subject_before(text, s_start, t.start, lang)
        if m is None or m.kind not in ("name", "descriptor") or m.start != toks[0].start:
            return None
        return m
    return None
