"""A title with its holder's name in apposition counts as that person.

Handles:
    Le ministre des Comptes publics, Julien Barraud, … Il a ajouté … → "il" is Julien Barraud
    The finance minister, Ana Ruiz, said … She added … → "she" is Ana Ruiz
Refuses:
    The finance minister, who spoke in Brussels, said … (no name after the comma)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.text import tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.entities import Entity
    from attribution.parsing.resolve.state import ResolveState


def named_in_apposition(rs: ResolveState, title_end: int) -> bool:
    """Is the description ending its title at `title_end` followed, after its complement and a
    comma, by a registered name ("Le ministre des Comptes publics, Julien Barraud, a estimé")?"""
    text = rs.doc.text
    comma = text.find(",", title_end, title_end + 60)
    if comma < 0 or any(ch in text[title_end:comma] for ch in '.;:!?«»“”"'):
        return False
    names: list[str] = []
    for t in tokens(text, comma + 1, min(len(text), comma + 60), 4):
        if not _is_cap(t):
            break
        names.append(t.text)
    return bool(names) and rs.reg.lookup(names) is not None


def name_before(rs: ResolveState, start: int) -> Entity | None:
    """The registered person named right before a description in apposition: "Janice Morin, 63, a
    retired school nurse who says …" (the name, an optional age, commas, then the description)."""
    text = rs.doc.text
    # the description must follow a comma (and blanks): most do not, and need no words read
    p = start - 1
    while p >= 0 and text[p].isspace():
        p -= 1
    if p < 0 or text[p] != ",":
        return None
    # (the last 8 words are all the test reads: at most an age, then a name of up to 4 words and the
    # word before it)
    toks = tokens_tail(text, max(0, start - 80), start, 8)
    if not toks or text[toks[-1].end : start].strip() != ",":
        return None
    k = len(toks) - 1
    if toks[k].text.isdigit():
        if k == 0 or text[toks[k - 1].end : toks[k].start].strip() != ",":
            return None
        k -= 1  # "Janice Morin, 63, a nurse": the age between name and description
    first = k + 1
    while first > 0 and _is_cap(toks[first - 1]) and k - first < 3:
        if first <= k and text[toks[first - 1].end : toks[first].start] != " ":
            break
        first -= 1
    if first > k:
        return None
    if any(t.key in rs.lang.function_words for t in toks[first : k + 1]):
        return None  # "In Cairo, a diplomat …": a place after a preposition, not the person described
    names = [t.text for t in toks[first : k + 1]]
    ent = rs.reg.lookup(names)
    # "testimony from Tom Reid, a professor called by …": a person's full name with a given name of known
    # gender after a preposition is still the one described (a place never has one)
    person = ent is not None and ent.is_person and len(names) >= 2 and ent.gender in ("m", "f")
    if first > 0:
        before = toks[first - 1]
        gap = text[before.end : toks[first].start].strip()
        opens = gap in ("", ",") or gap[-1:] in ".!?;:”\"" or "\n" in text[before.end : toks[first].start]
        if not opens or (gap == "" and before.key in rs.lang.data.prepositions and not person):
            return None  # "In Cairo, a diplomat …": a place after a preposition, not the person described
        if gap == "" and before.text[:1].islower() and not person:
            return None
    return ent if ent is not None and ent.is_person else None
