"""The kind of a candidate's content: direct (all in quotes), mixed (quoted fragments), indirect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.content import _inner_fragments
from attribution.parsing.mentions import _is_cap
from attribution.parsing.quotemarks import QuotePair
from attribution.parsing.text import tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Para
    from attribution.parsing.engine import Attributor


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
    last = frags[-1]
    tail = tokens(at.text, last.outer_end, min(b, last.outer_end + 40))[:1]
    if (
        tail
        and tail[0].key in at.lang.adverbial_openers
        and tail[0].key not in at.lang.data.prepositions  # "“full confidence” in Ms Marsh" goes on
    ):
        return last.end
    return b


def kind_for(at: Attributor, p: Para, a: int, b: int) -> str:
    frags = _inner_fragments(p, a, b)
    if any(word_count(at.text, q.start, q.end) >= 3 or not is_title_case(at, q) for q in frags):
        return "mixed"  # even one quoted word in reported speech: 'the sentence was a “start”'
    return "indirect"
