"""Where the simple noun phrase that ends at a token starts (`_basic_np_start`): read back over names,
titles, modifiers, a unit's number ("Local 839 President Shawn Keller") and a possessor ("the company's
chief executive") to its article, stopping at a cue, a function word or the name's own verb ("Luc Dorval
fired assistant coach …"). The subject searches before a cue (before.py, before_shapes.py) ask it; what
the phrase names is phrase.classify's question."""

from __future__ import annotations

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.word_facts import mention_facts, mention_facts_table
from attribution.parsing.mentions.words import (
    _digit0,
    _gap_clean,
    _head_key,
    _head_key_of,
    _is_cap,
    _lower0,
    _name_particle,
    _strip_possessive,
    surname_word,
)
from attribution.parsing.text import Token


def _past_after_name(prev: Token, t: Token, lang: CompiledLanguage) -> bool:
    """A lower-case past form right after a capitalised word that is no determiner: the name's own verb
    ("Coach Luc Dorval fired assistant coach …", "Premier Ann Roy hired chief of staff …")."""
    k = t.key
    return (
        _lower0(t.text)
        and prev.key not in lang.determiners
        and _is_cap(prev)
        and bool(lang.data.past_suffixes)
        and ((k.endswith(lang.data.past_suffixes) and len(k) > 4) or k in lang.data.irregular_past)
    )


def _basic_np_start(text: str, toks: list[Token], i: int, lang: CompiledLanguage) -> int | None:
    """Index of the first token of the simple noun phrase ending at toks[i], or None."""
    table = mention_facts_table(lang)
    collected: list[int] = []
    has_head = False
    unknown = 0
    j = i
    while j >= 0:
        t = toks[j]
        if j < i and not _gap_clean(text, t.end, toks[j + 1].start):
            break
        k = t.key
        if j < i and _name_particle(toks, j, lang):
            collected.append(j)  # "Le" in "Marine Le Pen": part of the surname, not the phrase's article
            j -= 1
            continue
        f = mention_facts(t, lang, table)  # (one look-up of the word's facts, then field reads)
        if f.det or (f.possessive and j < i):
            collected.append(j)
            if (
                f.possessive
                and lang.data.cased
                and _lower0(t.text)
                and _head_key_of(fold(_strip_possessive(t.text)), lang) is not None
                and j > 0
                and _gap_clean(text, toks[j - 1].end, t.start)
            ):
                # "the prime minister's official spokesman", "the company's chief executive": the
                # possessor belongs to the phrase
                j -= 1
                continue
            break
        if f.cue and not f.in_title_words:
            break
        if f.head_key is not None and not (f.upper0 and f.func):
            collected.append(j)
            has_head = True
        elif (f.func or f.pronoun) and not surname_word(text, toks, j, lang):
            break
        elif f.cap or f.is_honorific or f.elided_cap:
            collected.append(j)  # ("le CIUSSS de l'Estrie": the place after an elided article)
        elif _digit0(t.text):
            if not (
                t.text.isdigit()
                and collected
                # (also a lower-case title after it: "Local 1505 president X")
                and (_is_cap(toks[collected[-1]]) or _head_key(toks[collected[-1]], lang) is not None)
                and j > 0
                and _is_cap(toks[j - 1])
                and _gap_clean(text, toks[j - 1].end, t.start)
            ):
                break
            collected.append(j)  # "Local 839 President Shawn Keller", "Ward 7 Councillor …": a unit's number
        elif k in lang.data.name_connectors and collected and _is_cap(toks[collected[-1]]):
            collected.append(j)
        elif k == "&" and collected and _is_cap(toks[collected[-1]]) and j > 0 and _is_cap(toks[j - 1]):
            collected.append(j)  # "Morgan & Reece", "Procter & Gamble": one name
        elif has_head and unknown < 2 and lang.data.cased and t.text.isalpha():
            if j > 0 and _past_after_name(toks[j - 1], t, lang):
                break  # "Luc Dorval fired assistant coach Remi Gagné": the name's verb, not a modifier
            collected.append(j)
            unknown += 1
        else:
            break
        j -= 1
    if not collected:
        return None
    start = collected[-1]  # (min(collected): j only goes down, so the last one collected is the least)
    if _bare_plural_after_boundary(text, toks, start, i, lang):
        return start  # "On Monday, civil rights groups said", "challenged by farm groups, which …"
    # never start on a dangling lower-case adjective: "said top diplomat" is not a phrase
    while start <= i:
        f = mention_facts(toks[start], lang, table)
        if f.det or f.cap or f.elided_cap or f.head_key is not None or f.possessive:
            break
        start += 1
    return start if start <= i else None


def _bare_plural_after_boundary(
    text: str, toks: list[Token], start: int, i: int, lang: CompiledLanguage
) -> bool:
    """A plural speaker noun with up to two lower-case modifiers and no article ("civil rights groups",
    "farm groups") right after a comma or a preposition: the modifiers belong to the phrase (after a
    cue they do not: "said top diplomats")."""
    if start < 1 or start >= i or i - start > 2 or not lang.data.cased:
        return False
    head = toks[i]
    if _head_key(head, lang) is None or not head.key.endswith("s") or not _lower0(head.text):
        return False
    if any(not (_lower0(t.text) and t.text.isalpha()) for t in toks[start:i]):
        return False
    prev = toks[start - 1]
    return not _gap_clean(text, prev.end, toks[start].start) or prev.key in lang.data.prepositions
