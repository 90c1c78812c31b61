"""The kind of a candidate's content: direct (all in quotes), mixed (quoted fragments), indirect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.clauses import _past_form
from attribution.parsing.content import _inner_fragments
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.quotemarks import QuotePair
from attribution.parsing.text import is_blank, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Para


def is_title_case(at: Attributor, q: QuotePair) -> bool:
    """“Stay Home, Save Lives”, “Harbouring Doubts”: a title or slogan, not quoted words."""
    toks = tokens(at.text, q.start, q.end)
    return bool(
        at.lang.data.cased
        and toks
        and all(_is_cap(t) or t.key in at.lang.function_words for t in toks)
        and _is_cap(toks[0])
    )


def mixed_end(at: Attributor, p: Para, a: int, b: int) -> int:
    """'… had “nobody to blame but ourselves” after Rovers threw away …': the circumstance after the
    quoted words is the reporter's, so the mixed quote ends with them."""
    frags = _inner_fragments(p, a, b)
    if not frags:
        return b
    for q in frags:
        if next_act_after(at, q.outer_end, b):
            return q.outer_end
    last = frags[-1]
    tail = tokens(at.text, last.outer_end, min(b, last.outer_end + 80))
    if (
        tail
        and tail[0].key in at.lang.adverbial_openers
        and tail[0].key not in at.lang.data.prepositions  # "“full confidence” in Ms Marsh" goes on
        # (a clause of the reporter's, with its verb: not a phrase of the report's own, French "« trop
        # tard » dans certaines rues", "« à la limite » après le Horn")
        and (not at.lang.data.mixed_tail_clause_only or any(_past_form(t, at.lang) for t in tail[1:]))
    ):
        return last.end
    return b


def next_act_after(at: Attributor, pos: int, b: int) -> bool:
    """'… was “sufficiently restrictive” and signalled that …', '… “a careful piece of work” but said
    …': after quoted words, a coordinator and a verb in the simple past (no auxiliary: "and would
    continue", "but was" go on with the reported clause) start the speaker's next act."""
    lang = at.lang
    nxt = tokens(at.text, pos, min(b, pos + 40))[:2]
    if len(nxt) < 2 or nxt[0].key not in lang.data.coordinators or not nxt[0].text[:1].islower():
        return False
    if not is_blank(at.text, pos, nxt[0].start) or not is_blank(at.text, nxt[0].end, nxt[1].start):
        return False
    v = nxt[1]
    return (
        v.text[:1].islower()
        and v.key not in lang.data.clause_verbs
        and (_past_form(v, lang) or (v.key in lang.cues and v.key not in lang.continuation_forms))
    )


def kind_for(at: Attributor, p: Para, a: int, b: int) -> str:
    frags = _inner_fragments(p, a, b)
    if any(word_count(at.text, q.start, q.end) >= 3 or not is_title_case(at, q) for q in frags):
        return "mixed"  # even one quoted word in reported speech: 'the sentence was a “start”'
    return "indirect"
