"""Pro-drop attributions: Spanish (and any language with `pro_drop`) leaves out a subject the reader
already knows, so a bare cue speaks for the person just quoted or introduced.

Handles:
    También habrá cortes de tráfico, precisó.               (fronted content, the last speaker)
    La medida, añadió, afectará a 3.000 trabajadores.       (a parenthetical cue, both halves)
    En su informe final, sostuvo que …                      (a circumstance, then the cue)
Refuses:
    La portavoz, añadió, dará más detalles.                 (a person before the cue: maybe its subject)
    Un operador que pidió no ser identificado relató …     (a restrictive relative's infinitive)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.clauses import _finite_verb
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _head_key, unelide
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import is_blank, rstrip_end, tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue


def restrictive_relative(text: str, s_start: int, cue: Cue, lang: CompiledLanguage) -> bool:
    """The cue opens a relative clause with no comma before it ("un operador que pidió no ser
    identificado"): it describes the subject of another cue, it reports nothing of its own."""
    before = tokens_tail(text, max(s_start, cue.start - 40), cue.start, 2)
    return (
        len(before) == 2
        and before[1].key in lang.data.relative_pronouns
        and is_blank(text, before[1].end, cue.start)
        and text[before[0].end : before[1].start].strip(SPACE) == ""
    )


def anonymity_terms(text: str, a: int, lang: CompiledLanguage) -> bool:
    """The infinitive at `a` states a source's terms of anonymity ("…, que pidió no ser identificada,
    contó …", "qui a souhaité garder l'anonymat"): its first four words hold such a word."""
    words = lang.data.anonymity_infinitive_words
    if not words:
        return False
    return any(unelide(t.key, lang) in words for t in tokens(text, a, min(len(text), a + 60), 4))


def thing_before_incise(at: Attributor, mention: Mention, cue: Cue, s_end: int) -> bool:
    """'La medida, añadió, afectará a …': the phrase before a bare cue set off by commas names a thing
    (no title, no noun for a speaker), so it is the content's subject, not the cue's."""
    text, lang = at.text, at.lang
    if mention.kind != "descriptor" or mention.titles or text[mention.end : cue.start].strip(SPACE) != ",":
        return False
    if not text[cue.end : min(s_end, cue.end + 3)].lstrip(SPACE).startswith(","):
        return False
    words = tokens(text, mention.start, mention.end)
    return bool(words) and all(_head_key(t, lang) is None and t.key not in lang.speaker_nouns for t in words)


def dropped_subject(at: Attributor, cue: Cue, s_end: int) -> Mention | None:
    """The unspoken subject of a bare cue between commas or before the sentence's end ("…, precisó.",
    "…, añadió, …"): a pronoun-like mention at the cue (plural for a plural verb form)."""
    text = at.text
    k = cue.end
    while k < s_end and text[k] in SPACE:
        k += 1
    if k < s_end and text[k] not in ",.;" or " " in cue.key:
        return None  # "…, dijo el ministro": a subject follows; compound forms are left alone
    plural = cue.key.endswith("n")
    return Mention(cue.start, cue.start, "pronoun", "", gender="p" if plural else "?", plural=plural)


def opening_circumstance(at: Attributor, s_start: int, pos: int) -> bool:
    """A short circumstance and its comma before a subject-less cue ("En su informe final, sostuvo que
    …", "Durante el juicio, negó que …"): a preposition first, no verb, a comma right before the cue."""
    text, lang = at.text, at.lang
    if pos - s_start > 80 or not text.endswith(",", s_start, rstrip_end(text, s_start, pos)):
        return False
    toks = tokens(text, s_start, pos)
    if not 2 <= len(toks) <= 8 or toks[0].key not in lang.data.prepositions:
        return False
    return not any(
        t.key in lang.cues or _finite_verb(t, lang) or t.key in lang.data.relative_pronouns for t in toks
    )
