"""Reports that are infinitives or gerunds after their cue: "vowed to rebuild …", "a promis d'investir",
"prometió seguir luchando", "dit comprendre …", German "…, rasch umzusteuern", "recalled coming home".

Shared questions of the constructions (cue_clause.py, subjects.py), answered from the words after a cue
and the language's data (infinitive markers, suffixes and negations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.text import Token, is_blank, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue


def _infinitive_after(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of an infinitive complement ('avoir reçu', 'être intervenu', 'comprendre …') within a few
    words of a cue."""
    if not lang.data.infinitive_markers:
        return None
    toks = tokens(text, a, min(b, a + 60), 4)
    first = toks[0] if toks else None
    neg = lang.data.infinitive_negations
    if first is not None and neg and first.key in neg and is_blank(text, a, first.start):
        # "qui dit ne pas penser à …", "assure ne jamais avoir reçu …": the negation opens the report
        k = 1
        while k < len(toks) - 1 and k < 3 and toks[k].key in neg:
            k += 1
        if k > 1 and toks[k].key not in lang.data.infinitive_markers:  # ("ne pas avoir vu": below)
            inner = _infinitive_after(text, toks[k - 1].end, b, lang)
            if inner is not None and inner == toks[k].start:
                return first.start
    if (
        first is not None
        and neg
        and first.key[:2] in neg
        and is_blank(text, a, first.start)
        and (
            first.key[2:] in lang.data.infinitive_markers
            or first.key[2:].endswith(lang.data.infinitive_suffixes)
        )
        and len(first.key) > 5
        and word_count(text, first.start, b, 3) >= 3
    ):
        return first.start  # "a assuré n'avoir jamais reçu …", "dit n'exclure aucune piste"
    if (
        first is not None
        and lang.data.infinitive_suffixes
        and is_blank(text, a, first.start)
        and first.text[:1].islower()
        and len(first.key) > 4
        and first.key.endswith(lang.data.infinitive_suffixes)
        and "'" not in first.key
        and "’" not in first.key  # "a annoncé l’ouverture d’une enquête": a noun
        and first.key not in lang.function_words
        and first.key not in lang.cue_fillers
        and first.key not in lang.calendar_words
        and first.key not in lang.cues
        and word_count(text, first.start, b, 3) >= 3
    ):
        return first.start  # "Il dit comprendre les revendications …", "assure vouloir …"
    prev = a
    for i, t in enumerate(toks):
        if any(ch in text[prev : t.start] for ch in ',;:«»“”"'):
            return None
        if t.key in lang.data.infinitive_markers:
            if i > 0 and toks[i - 1].key in lang.data.prepositions:
                return None  # "acusó al Gobierno de haber …": the marker belongs to an object's phrase
            if lang.data.verb_second and i + 1 < len(toks) and not toks[i + 1].text[:1].islower():
                return None  # German "rief beide Seiten zu einer Einigung auf": "zu" a preposition
            if lang.data.verb_second and i + 1 < len(toks) and toks[i + 1].key in lang.determiners:
                return None
            return t.start if word_count(text, t.start, b, 3) >= 3 else None
        prev = t.end
    return None


def is_purpose_clause(toks: list[Token], lang: CompiledLanguage) -> bool:
    """Do `toks` open a purpose clause ("um … zu holen", the reporter's circumstance)? Not when the
    infinitive before the next break governs the opener as its preposition: "um jeden Arbeitsplatz zu
    kämpfen" (lang.data.opener_governing_infinitives)."""
    if not toks or toks[0].key not in lang.data.purpose_infinitive_openers:
        return False
    governing = lang.data.opener_governing_infinitives
    infix = lang.data.infinitive_infix
    for i in range(1, min(len(toks), 12)):
        if toks[i].key in lang.data.infinitive_markers and i + 1 < len(toks):
            return toks[i + 1].key not in governing
        if infix and _infix_infinitive(toks[i], infix):
            return True  # "um die Gegend abzusuchen": the marker inside a separable verb
        if toks[i].key in lang.data.reported_mood_forms and toks[i].text[:1].islower():
            return False  # "ohne mehr Geld könne der Kreis …": a finite verb first, the opener a preposition
    # no infinitive in a short clause: the opener is a preposition ("ohne mehr Personal bleibe …")
    return len(toks) >= 12


def _infix_infinitive(t: Token, infix: str) -> bool:
    """A separable verb's infinitive with its marker inside ("abzusuchen", "einzubauen")."""
    k = t.key.find(infix, 2)
    return k > 0 and t.text[:1].islower() and len(t.key) - k - len(infix) >= 4 and t.key.endswith("n")


def _decimal_comma(text: str, a: int, b: int) -> bool:
    """Is text[a:b], the gap between two words, the comma of a German decimal ("2,3 Millionen")?"""
    if b != a + 1 or text[a] != "," or a == 0 or b >= len(text):
        return False
    return text[a - 1].isdigit() and text[b].isdigit()


def _clock_comma(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """Does the comma before toks[i] open or close a clock time ("von Mittwoch, 2.00 Uhr, bis Freitag")?"""
    clocks = lang.data.clock_nouns
    if not clocks:
        return False
    if toks[i - 1].key in clocks:
        return True
    return toks[i].text[:1].isdigit() and any(t.key in clocks for t in toks[i + 1 : i + 3])


def _comma_infinitive_clause(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """Is text[a:b], after a cue's comma, an infinitive report ("…, die Bürger mit ihrem Hin und Her zu
    verunsichern", "…, überflutete Keller nicht zu betreten", "…, rasch umzusteuern")? Its marker comes
    before the next comma; "um … zu" (purpose) is the reporter's."""
    infix = lang.data.infinitive_infix
    if not infix:
        return False
    toks = tokens(text, a, min(b, a + 400), 40)
    if not toks or is_purpose_clause(toks, lang):
        return False
    prev = a
    for i, t in enumerate(toks):
        gap_break = any(ch in text[prev : t.start] for ch in ",;:")
        if i > 0 and gap_break and not (_decimal_comma(text, prev, t.start) or _clock_comma(toks, i, lang)):
            return False
        prev = t.end
        if t.key in lang.data.infinitive_markers:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.text[:1].islower() and i >= 1:
                return True
        if i >= 1 and _infix_infinitive(t, infix):
            return True  # "umzusteuern", "einzubauen"
    return False


def _gerund_after(text: str, cue: Cue, b: int, lang: CompiledLanguage) -> int | None:
    """Start of a gerund complement right after a cue that takes one ("recalled coming home …")."""
    if cue.lemma not in lang.data.gerund_lemmas or not lang.data.gerund_suffix:
        return None
    toks = tokens(text, cue.end, min(b, cue.end + 40), 1)
    if (
        not toks
        or not is_blank(text, cue.end, toks[0].start)
        or not toks[0].text[:1].islower()
        or not toks[0].key.endswith(lang.data.gerund_suffix)
        or len(toks[0].key) <= len(lang.data.gerund_suffix) + 2
        or toks[0].key in lang.cues
        or word_count(text, toks[0].start, b, 3) < 3
    ):
        return None
    return toks[0].start


def _infinitive_report(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of an infinitive report right after a cue: "vowed to rebuild …", "promised not to raise …"
    (the content starts with "to" or its negation)."""
    toks = tokens(text, a, min(b, a + 80), 6)
    if not lang.data.infinitive_to and lang.data.infinitive_suffixes:
        return _bare_infinitive_report(text, toks[:4], a, b, lang)
    k = 0
    while k < len(toks) - 1 and k < 2 and toks[k].key in lang.data.verb_adverbs:
        k += 1  # "promised not to", "vowed again to" (an adverb before the infinitive)
    glued = (
        bool(toks)
        and k < len(toks)
        and toks[k].key[:2] in lang.data.infinitive_to
        and toks[k].key[2:].endswith(lang.data.infinitive_suffixes or ("\0",))
        and len(toks[k].key) > 5
    )  # "a promis d'investir …": the elided joiner and its infinitive in one word
    if glued:
        return (
            toks[0].start
            if is_blank(text, a, toks[0].start) and word_count(text, toks[0].start, b, 3) >= 3
            else None
        )
    if not toks or k >= len(toks) - 1 or toks[k].key not in lang.data.infinitive_to:
        return None
    v = k + 1
    while v < len(toks) - 1 and v - k <= 2 and toks[v].key in lang.data.infinitive_negations:
        v += 1  # "a promis de ne pas augmenter …", "de « ne laisser aucun territoire »"
    if not is_blank(text, a, toks[0].start) or not _infinitive_verb(toks[v], lang):
        return None
    if any(not is_blank(text, u.end, v.start) for u, v in zip(toks[:k], toks[1 : k + 2], strict=False)):
        return None
    # ("vowed to appeal", "pledged to resign": the infinitive alone is the promise)
    return toks[0].start if word_count(text, toks[0].start, b, 3) >= 2 else None


def _bare_infinitive_report(
    text: str, toks: list[Token], a: int, b: int, lang: CompiledLanguage
) -> int | None:
    """A report that is a bare infinitive right after its cue, maybe negated: Spanish "prometió seguir
    luchando …", "prometió no subir los impuestos" (the content starts at the negation or the verb)."""
    k = 0
    while k < len(toks) - 1 and k < 2 and toks[k].key in lang.data.infinitive_negations:
        k += 1
    if not toks or k >= len(toks) or not is_blank(text, a, toks[0].start):
        return None
    t = toks[k]
    if (
        not t.text[:1].islower()
        or len(t.key) < 4
        or not t.key.endswith(lang.data.infinitive_suffixes)
        or t.key in lang.function_words
        or t.key in lang.cues
        or t.key in lang.calendar_words
        or t.key in lang.data.time_words
    ):
        return None
    return toks[0].start if word_count(text, toks[0].start, b, 2) >= 2 else None


def _infinitive_verb(t: Token, lang: CompiledLanguage) -> bool:
    """The verb after an infinitive "to": a lower-case word that is no article, pronoun or preposition
    ("urged residents to leave", not "spoke to the press")."""
    k = t.key
    return (
        t.text[:1].islower()
        and k not in lang.determiners
        and k not in lang.pronouns
        and k not in lang.data.prepositions
        and not t.text[:1].isdigit()
        # ("urged customers to be wary of …": the copula's infinitive is a function word too)
        and (k not in lang.function_words or k in lang.data.clause_verbs or k in lang.data.passive_aux)
    )


def reported_after_infinitive_vorfeld(
    text: str, toks: list[Token], lang: CompiledLanguage, strict: bool = False
) -> bool:
    """German: "Statt zu bauen, verwalte die Regierung den Mangel", "Um … zu halten, brauche man …": an
    infinitive clause fills the first slot, so the word after its comma is the finite verb; in the mood
    of reported speech ("-e", not "-te") with a subject after it, the sentence goes on reporting."""
    data = lang.data
    if len(toks) < 5 or toks[0].key not in data.purpose_infinitive_openers:
        return False
    for i in range(2, min(len(toks) - 1, 14)):
        if "," not in text[toks[i - 1].end : toks[i].start]:
            continue
        if (
            toks[i - 2].key not in data.infinitive_markers
            and toks[i - 1].key not in data.infinitive_markers
            and not (data.infinitive_infix and _infix_infinitive(toks[i - 1], data.infinitive_infix))
        ):
            return False  # the comma must close the infinitive ("… zu bauen,", "… mitzuspielen,")
        t, nxt = toks[i], toks[i + 1]
        return (
            t.text[:1].islower()
            and (
                t.key in data.reported_mood_forms
                or (
                    len(t.key) > 3
                    and t.key.endswith(data.reported_mood_suffix)
                    and not t.key.endswith(data.reported_mood_not_suffixes)
                    and t.key not in data.mood_lookalikes
                    and t.key not in lang.function_words
                )
            )
            and t.key not in data.indicative_forms
            and (
                nxt.key in lang.determiners
                or nxt.key in data.reported_mood_pronouns
                # (`strict`: a capitalised noun right after only when the verb is a known reported form;
                # "versprach, um … zu sichern, neue Mittel": "neue" is an adjective)
                or (_is_cap(nxt) and (not strict or t.key in data.reported_mood_forms))
            )
        )
    return False
