"""Reports of speech-act cues that take no clause (the cue's lemma says which shape it takes):
    The union urged members to reject the offer.                       (object + infinitive)
    The minister vowed to rebuild every school.                        (infinitive)
    The council accused the operator of cutting corners.               (object + charge)
    The mayor called the delay "a scandal".                            (mixed: object and quoted name)
    The judge described the evidence as "overwhelming".                 (direct: the quoted description)
    Er sprach von einem „schwarzen Tag“.                               (direct: the quoted object)
    The firm estimated annual savings of $25 million.                  (a quantity object)
and the Hindi noun cue with an oblique infinitive ("… करने की अपील की").
Refuses: "was accused of fraud" (passive: the subject is the object), "called for a recount" when the
lemma has no such shape.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from attribution.parsing import kinds
from attribution.parsing.clauses import _finite_verb, _in_relative_clause, _is_clause, _past_form
from attribution.parsing.constructions.complement import _has_finite_verb
from attribution.parsing.content import (
    _clause_end,
    _infinitive_report,
    _infinitive_verb,
    _object_before,
    _relative_clause_end,
    _trim_content,
)
from attribution.parsing.document import Cand
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _upper0
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.quotemarks import QuotePair


def speech_act_report(
    at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int
) -> tuple[int, int, str, str] | None:
    """The report of a speech-act cue that takes no clause: (start, end, kind, rule).

    "urged residents to leave", "called on the board to resign": object and infinitive;
    "vowed to rebuild every home": the infinitive; "accused the bank of choking households": object
    and charge; 'called the scheme "a shambles"': object and quoted name (mixed); 'described the
    delays as "regrettable"': the quoted description only (direct)."""
    text, lang, data = at.text, at.lang, at.lang.data
    lemma = cue.lemma
    if not (
        lemma in data.object_infinitive_lemmas
        or lemma in data.infinitive_lemmas
        or lemma in data.object_preposition_lemmas
        or lemma in data.naming_lemmas
        or lemma in data.description_lemmas
        or lemma in data.object_phrase_lemmas
        or lemma in data.quantity_object_lemmas
    ):
        return None  # a cue of none of the classes below ("say"): most cues asked, told without a word read
    before = tokens_tail(text, max(s_start, cue.start - 30), cue.start, 1)
    if before and before[0].key in data.passive_aux and cue.key not in lang.continuation_forms:
        # "was accused of fraud", "is described as …": the subject is the object (not a progressive:
        # "is calling on the province to …", "are urging members to …")
        return None
    if (
        before
        and before[0].key in data.gerund_adverbial_heads
        and cue.key in lang.continuation_forms
        and any(c.lemma in data.bare_clause_lemmas for c in p.cues_in(s_start, before[0].start))
    ):
        # "said the city should cut costs before asking owners to pay more": the gerund is part of
        # the report it sits in, not a speech act of its own
        return None
    if _gerund_inside_report(at, p, cue, s_start, before):
        return None
    start: int | None = None
    joiner: Token | None = None
    if lemma in data.object_infinitive_lemmas:
        found = _object_before(text, cue.end, s_end, lang, data.infinitive_to)
        if found is not None and found[1].key in data.infinitive_to:
            nxt = tokens(text, found[1].end, min(s_end, found[1].end + 40), 2)
            if (
                nxt
                and (_infinitive_verb(nxt[0], lang) or text[found[1].end : nxt[0].start].strip(SPACE))
                # ("who asked not to be named": a passive infinitive, the condition of anonymity)
                and not (
                    len(nxt) == 2
                    and nxt[0].key in data.passive_aux
                    and nxt[0].key not in data.clause_verbs
                    and _past_form(nxt[1], lang)
                )
            ):
                start, joiner = found
        elif found is None and " " in cue.key and lemma not in data.infinitive_lemmas:
            # "told reporters to expect a vote": the hearer is the cue's own last word
            to = tokens(text, cue.end, min(s_end, cue.end + 40), 2)
            if len(to) == 2 and to[0].key in data.infinitive_to and _infinitive_verb(to[1], lang):
                start, joiner = text.rfind(" ", cue.start, cue.end) + 1, to[0]
    elif lemma in data.infinitive_lemmas:
        start = _infinitive_report(text, cue.end, s_end, lang)
    elif lemma in data.object_preposition_lemmas:
        prep = data.object_preposition_lemmas[lemma]
        found = _object_before(text, cue.end, s_end, lang, frozenset([prep]))
        if found is not None:
            start, joiner = found
    elif (
        lemma in data.naming_lemmas or lemma in data.description_lemmas or lemma in data.object_phrase_lemmas
    ):
        return naming_report(at, p, cue, s_end)
    elif lemma in data.quantity_object_lemmas:
        start = _quantity_object(text, cue.end, s_end, lang)
    if start is None:
        return None
    end, _ = _clause_end(at.doc, p, joiner.start if joiner is not None else start, s_end)
    end = _coordinated_clause_end(text, joiner.end if joiner is not None else start, end, lang)
    a, b = _trim_content(text, start, end)
    # ("vowed to appeal", "pledged to resign": an infinitive report may be a single verb)
    if word_count(text, a, b, 3) < (2 if lemma in data.infinitive_lemmas else 3):
        return None
    if _in_relative_clause(text, s_start, cue.start, lang):
        a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
    kind = kinds.kind_for(at, p, a, b)
    if kind == "mixed":
        b = kinds.mixed_end(at, p, a, b)
    return a, b, kind, f"{kind}:X-{lemma.replace(' ', '-')}-object"


def _gerund_inside_report(at: Attributor, p: Para, cue: Cue, s_start: int, before: list[Token]) -> bool:
    """A cue's "-ing" form right after a lower-case word, with no comma, after another cue of the same
    sentence whose report it sits in ('said students had started calling the meals "mystery bowls"',
    "urged customers to be wary of messages asking them to pay a fee"): a speech act inside the report
    (not annotated), not the writer's own ("…, saying …" has its comma)."""
    data = at.lang.data
    if cue.key not in at.lang.continuation_forms or not before or not before[0].text[:1].islower():
        return False
    if not is_blank(at.text, before[0].end, cue.start) or before[0].key in data.passive_aux:
        return False
    return any(
        c.lemma in data.bare_clause_lemmas or c.lemma in data.object_infinitive_lemmas
        for c in p.cues_in(s_start, before[0].start)
    )


def _possessive_opener(t: Token, lang: CompiledLanguage) -> bool:
    """A possessive that opens a noun phrase: "Holloway's", "her", "their"."""
    return t.key in lang.data.possessive_determiners or t.text.endswith(("'s", "’s"))


def naming_report(at: Attributor, p: Para, cue: Cue, s_end: int) -> tuple[int, int, str, str] | None:
    """'called the scheme "a shambles from start to finish"' (mixed: the object and the name) and
    'described the delays as "regrettable"' (direct: the quoted description is the whole report)."""
    text, data = at.text, at.lang.data
    pairs = [q for q in p.pairs_in(cue.end, min(s_end, cue.end + 200)) if q.open_pos >= cue.end]
    if not pairs or not pairs[0].closed:
        return None
    q = pairs[0]
    between = tokens(text, cue.end, q.open_pos)
    if text[cue.end : q.open_pos].lstrip(SPACE).startswith(","):
        return None  # "schilderte, wie der Wagen als „…“ …": a clause after the cue, no object of its own
    if len(between) > 8 or any(ch in text[cue.end : q.open_pos] for ch in ".;:!?()"):
        return None
    if any(t.key in data.naming_blockers for t in between):
        return None  # 'calls the so-called "new normal"': the writer's distance, not the speaker's name
    if any(
        t.key in at.lang.cues
        and t.key not in at.lang.title_words
        and not (i > 0 and between[i - 1].key in at.lang.determiners)  # 'described the report as "…"'
        # 'mocked Holloway's aid pledge as "…"': a noun inside an object opened by a possessive
        and not (i > 1 and _possessive_opener(between[0], at.lang) and i == len(between) - 2)
        for i, t in enumerate(between)
    ):
        return None
    prep = data.object_phrase_lemmas.get(cue.lemma)
    if prep is not None:
        return spoken_of(at, p, cue, q, between, s_end, prep)
    reason = data.quoted_reason_prepositions.get(cue.lemma)
    if reason is not None and any(t.key == reason for t in between):
        return spoken_of(at, p, cue, q, between, s_end, reason)  # 'lobte X für eine „…“'
    as_word = data.description_lemmas.get(cue.lemma)
    gap = -1  # where the blank before the quoted description starts, after an article skipped
    if (
        as_word is not None
        and len(between) >= 2
        and between[-2].key == as_word
        and between[-1].key in data.indefinites
        and is_blank(text, between[-1].end, q.open_pos)
    ):
        gap = between[-1].end
        between = between[:-1]  # 'würdigte sie als eine „Pionierin …“': the article before the name
    after_as = bool(between) and between[-1].key == as_word
    if as_word is not None and cue.lemma in data.naming_lemmas and not after_as:
        as_word = None  # "calificó de «…» la medida": not "calificó como «…»", so a name it puts
    if as_word is not None:
        # the quoted description right after "as", and nothing but its end after it
        last = between[-1] if between else None
        # (or its elided form: 'qualifié d'« effort partagé »')
        elided = (
            last is not None
            and as_word.startswith(last.key)
            and len(last.key) == 1
            and text[last.end : q.open_pos].strip(SPACE) in ("'", "’")
        )
        if last is None or not (
            elided or last.key == as_word and is_blank(text, gap if gap >= 0 else last.end, q.open_pos)
        ):
            return None
        return q.start, q.end, "direct", "direct:X-described-as-quote"
    if (
        len(between) == 1
        and between[0].key in data.description_markers
        and is_blank(text, between[0].end, q.open_pos)
    ):
        # "calificó de «chapuza» la reforma": the name, then the object (mixed); "lo calificó de
        # «chapuza»": the name is the whole report (direct)
        end = _phrase_end(at, p, q.outer_end, s_end)
        if word_count(text, q.outer_end, end, 1) == 0:
            return q.start, q.end, "direct", "direct:X-called-quote"
        a, b = _trim_content(text, q.open_pos, end)
        return a, b, "mixed", "mixed:X-called-Y"
    if not between or not is_blank(text, between[-1].end, q.open_pos):
        return None  # 'called it “a careful piece of work”': the object right before the name
    if between[0].key in data.prepositions or between[0].key in data.infinitive_to:
        return None  # "called for …", "called on …": other constructions
    b_end = q.end
    if between[-1].key in data.description_markers:
        # "calificó el cierre de «traición» a una plantilla que …": the name's own complement goes on
        b_end = _phrase_end(at, p, q.outer_end, s_end)
    a, b = _trim_content(text, between[0].start, b_end)
    return a, b, "mixed", "mixed:X-called-Y"


def _phrase_end(at: Attributor, p: Para, a: int, s_end: int) -> int:
    """Where the phrase after a quoted name ends: the clause's end, or a coordinated verb ("… los
    hechos y pidió prisión": the object ends before "y pidió")."""
    text = at.text
    end, _ = _clause_end(at.doc, p, a, s_end)
    for t0, t1 in itertools.pairwise(tokens(text, a, end, 16)):
        if t0.key in at.lang.data.coordinators and (_finite_verb(t1, at.lang) or t1.key in at.lang.cues):
            return rstrip_end(text, a, t0.start)
    return end


def spoken_of(
    at: Attributor, p: Para, cue: Cue, q: QuotePair, between: list[Token], s_end: int, prep: str
) -> tuple[int, int, str, str] | None:
    """'sprach von einem „schwarzen Tag“' (direct: the quoted words are the whole object) and 'sprach
    von einer „völlig verkorksten“ Reform' (mixed: the object, a noun phrase holding the quoted words);
    'sprach in seinem Plädoyer von einer „…“': a short adverbial before the preposition."""
    text, lang = at.text, at.lang
    if not cue.key.endswith(" " + prep):
        at_prep = [i for i, t in enumerate(between) if t.key == prep]
        if not at_prep or any(ch in text[cue.end : between[at_prep[-1]].start] for ch in ",;:"):
            return None
        between = between[at_prep[-1] + 1 :]
    if any(t.key not in lang.determiners for t in between):
        return None
    nxt = tokens(text, q.outer_end, min(s_end, q.outer_end + 40), 1)
    if (
        not nxt
        or not between  # 'spricht von „…“ und will …': no article, so no noun phrase around the quotation
        or not is_blank(text, q.outer_end, nxt[0].start)
        or nxt[0].key in lang.data.coordinators
        or nxt[0].key in lang.data.contrast_words
    ):
        if word_count(text, q.start, q.end, 2) < 2 and not between:
            # 'spricht von „Wahlgeschenk“': one quoted word, a label rather than a quotation (with its
            # article it is the speaker's word: 'sprach von einem „Kahlschlag“')
            return None
        return q.start, q.end, "direct", "direct:X-spoke-of-quote"
    end, _ = _clause_end(at.doc, p, q.outer_end, s_end)
    a, b = _trim_content(text, between[0].start, end)
    return a, b, "mixed", "mixed:X-spoke-of-Y"


def _quantity_object(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of the quantity a cue puts on something ("estimated annual cost savings of $25 million by
    2028"): a noun phrase right after the cue with a figure among its first words, and no clause (the
    clause is the that-less report: "estimated the deal was worth $2 billion")."""
    toks = tokens(text, a, min(b, a + 120), 10)
    if len(toks) < 3 or not is_blank(text, a, toks[0].start):
        return None
    first = toks[0]
    if first.key in lang.pronouns or first.key in lang.data.prepositions or first.key in lang.cues:
        return None
    if not any(t.text[:1].isdigit() or t.key in lang.data.number_words for t in toks):
        return None
    if _is_clause(text, first.start, b, lang) and _has_finite_verb(text, first.start, b, lang):
        return None
    return first.start


def _coordinated_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """End of an infinitive or object report before a coordinated clause of the reporter's: "vowed to
    change it | and the clock is running out" (a coordinator, then a subject and its verb)."""
    toks = tokens(text, a, b, 80)  # (bounded: a report's first words)
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.key not in lang.data.coordinators or not t.text[:1].islower():
            continue
        if (nxt.key in lang.determiners or nxt.key in lang.pronouns) and _is_clause(text, nxt.start, b, lang):
            return rstrip_end(text, a, t.start, SPACE + ",")
        # "with X accusing her of "…" and Hollis calling the senator "…"": another speaker's act (the
        # name may carry a party and titles: "… and Republican Lt. Gov. Colin Ramsey calling …")
        j = i + 1
        while (
            j < len(toks)
            and j <= i + 6
            and (_upper0(toks[j].text) or (j == i + 1 and toks[j].key in lang.data.title_modifiers))
        ):
            j += 1
        if j > i + 1 and j < len(toks) and toks[j].key in lang.cues:
            return rstrip_end(text, a, t.start, SPACE + ",")
    return b


def nominal_infinitive_report(at: Attributor, p: Para, cue: Cue, mention: Mention) -> Cand | None:
    """'महापौर सुनीता अग्रवाल ने लोगों से पानी का सोच-समझकर इस्तेमाल करने की अपील की': the report is the
    oblique infinitive phrase between the subject's marker and the genitive before the noun cue.
    Refused: 'परिवार ने न्याय की मांग की' (a noun object, no infinitive)."""
    text, data = at.text, at.lang.data
    toks = tokens(text, mention.end, cue.start, 60)
    if len(toks) < 4 or toks[0].key not in data.subject_markers:
        return None
    gen, verb = toks[-1], toks[-2]
    if (
        gen.key not in data.nominal_report_genitives
        or not is_blank(text, gen.end, cue.start)
        or not verb.key.endswith(data.oblique_infinitive_suffix)
        or len(verb.key) <= len(data.oblique_infinitive_suffix) + 1
    ):
        return None
    a, b = _trim_content(text, toks[1].start, verb.end)
    if word_count(text, a, b, 3) < 3:
        return None
    kind = kinds.kind_for(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:X-urged-infinitive", 0.7, p.index, mention=mention, cue=cue)
