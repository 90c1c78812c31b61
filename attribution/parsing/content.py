"""Where reported content ends: clause ends, trimming, relative clauses, trailing attributions."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from attribution.parsing.clauses import (
    _clause_verb,
    _complementizer_after,
    _coordinated_claim,
    _finite_verb,
    _gap_verb,
    _is_clause,
    _past_form,
    _relative_re,
    _skip_object,
)
from attribution.parsing.document import OPEN_QUOTES
from attribution.parsing.incises import _MAX_CONTENT
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.words import _head_key, _is_cap
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.text import Token, is_blank, rstrip_end, strip_span, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Document, Para


def _titled_place_end(htoks: list[Token], lang: CompiledLanguage) -> bool:
    """A phrase ending on what its titled head governs: "maire de Bouvante", "ministre de la Santé",
    "ministre de l'Intérieur" (a preposition, maybe an article, then capitalised words)."""
    if len(htoks) < 3:
        return False
    last = htoks[-1]
    k = len(htoks) - 1
    glued = lang.data.elided_articles and last.key[:2] in ("l'", "l’") and last.text[2:3].isupper()
    if not (_is_cap(last) or glued):
        return False
    while k > 0 and _is_cap(htoks[k - 1]) and htoks[k - 1].key not in lang.determiners:
        k -= 1  # "ministre des Affaires étrangères" ends lower-case; "de la Banque Centrale" does not
    if k > 0 and htoks[k - 1].key in lang.determiners:
        k -= 1
    if k < 1 or htoks[k - 1].key not in lang.data.prepositions:
        return False
    return any(_head_key(t, lang) is not None for t in htoks[: k - 1])


def _dash_after(text: str, pos: int, end: int) -> bool:
    """A dash (or a hyphen typed for one) right after `pos`: a headline's "X ने कहा- …"."""
    k = pos
    while k < end and text[k] in SPACE:
        k += 1
    return k < end and text[k] in "-–—" and (k + 1 >= end or not text[k + 1].isalnum())


def _after_apposition(text: str, comma: int, s_end: int, lang: CompiledLanguage) -> int:
    """'Selon Marie Dupont, porte-parole de la préfecture, les routes …': the reported clause starts
    after the source's apposition (a title or description and no verb, closed by a second comma)."""
    comma2 = text.find(",", comma + 1, min(s_end, comma + 150))
    if comma2 < 0:
        return comma + 1
    toks = tokens(text, comma + 1, comma2, limit=20)
    if not toks or len(toks) > 18:
        return comma + 1
    # the description's noun among its first words ("ancien inspecteur général", "la porte-parole")
    # or an affiliation ("Para el economista Luis Prado, de la Universidad de Sevilla, …")
    affiliation = toks[0].key in lang.data.head_prepositions and any(_is_cap(t) for t in toks[1:3])
    # or a participle of being asked ("Pour X, interrogée par l'AFP, « … »")
    asked = toks[0].key in lang.data.adverbial_openers and toks[0].key.endswith(
        lang.data.participle_suffixes or ("\0",)
    )
    if toks[0].key in lang.pronouns or not (
        affiliation or asked or any(_head_key(t, lang) is not None for t in toks[:3])
    ):
        return comma + 1
    for t in toks:
        if (
            t.key in lang.cues
            or t.key in lang.data.clause_verbs
            or lang.complementizer_re.fullmatch(t.text)
            or any(ch in text[t.start : t.end] for ch in '«»“”"')
        ):
            return comma + 1
    if word_count(text, comma2 + 1, s_end) < 3:
        return comma + 1
    return comma2 + 1


def _clause_end(doc: Document, p: Para, start: int, s_end: int) -> tuple[int, Cue | None]:
    """End of a reported clause: the sentence end, or where a coordinated cue starts a new one."""
    lang, text = doc.lang, doc.text
    end = min(s_end, start + _MAX_CONTENT)
    if lang.data.word_order == "sov" and lang.data.relative_pronouns:
        # a regex finds the relative pronouns; only their preceding word is looked at
        rel_re = _relative_re(lang)
        for m in rel_re.finditer(text, start, min(end, start + 1500)):
            prev = tokens(text, max(start, m.start() - 30), m.start())[-1:]
            if prev and prev[0].key in lang.data.clause_final and is_blank(text, prev[0].end, m.start()):
                end = m.start()
                break
    if lang.data.clause_trailers:
        # "…, sans en préciser la nature", "…, citing higher costs": the reporter's circumstance
        k = text.find(",", start, end)
        while k >= 0:
            rest = text[k + 1 : k + 24].lstrip(SPACE).casefold()
            if any(rest.startswith(t + " ") for t in lang.data.clause_trailers):
                end = k
                break
            k = text.find(",", k + 1, end)
    if lang.data.sequence_trailers or lang.data.refusal_verbs:
        end = _writer_trailer_end(text, start, end, lang)
    if lang.data.word_order == "svo" and lang.data.complementizers:
        # "…, but found that …", "…, and warned that …" with a verb that is no cue: the subject's next
        # claim, not part of this one
        k = text.find(",", start, end)
        while k >= 0:
            after = tokens(text, k + 1, min(end, k + 60))[:3]
            if (
                len(after) == 3
                and after[0].key in lang.data.coordinators
                and _finite_verb(after[1], lang)
                and after[1].key not in lang.data.clause_verbs
                and after[2].key in lang.data.complementizers
            ):
                end = k
                break
            k = text.find(",", k + 1, end)
        if lang.data.pro_drop:
            # "… que la cifra se queda corta y ha reclamado que …": a pro-drop language puts no comma
            # and no subject before the subject's next claim
            end = _coordinated_claim(text, start, end, lang)
    if lang.data.report_enders:
        # "said it was studying the decision and declined to comment further": the reporter's account
        for t0, t1 in itertools.pairwise(tokens(text, start, min(end, start + 600))):
            if t0.key in lang.data.coordinators and t1.key in lang.data.report_enders:
                end = rstrip_end(text, start, t0.start)
                while end > start and text[end - 1] == ",":
                    end -= 1
                break
    # a dozen embedded cues is far beyond any real clause: the cap keeps run-on text linear
    for c in p.cues_in(start + 1, end)[:12]:
        if c.lemma == "according to":
            continue
        comp = _complementizer_after(doc, p, c, s_end)
        before = text[max(start, c.start - 40) : c.start]
        cut = None
        toks = tokens(text, max(start, c.start - 40), c.start)
        while toks and toks[-1].key in lang.cue_fillers:
            toks.pop()
        c_at = c.start
        if (
            len(toks) >= 2
            and c.key in lang.continuation_forms
            and toks[-1].key in lang.data.progressive_auxiliaries
            and toks[-2].key in lang.data.coordinators
            and is_blank(text, toks[-1].end, c.start)
        ):
            # "says A and is calling on the province to …": a progressive speech act, the subject's next
            c_at = toks.pop().start
        if lang.data.word_order == "svo" and c.key not in lang.continuation_forms and text.endswith(
            ",", start, rstrip_end(text, start, c.start)
        ):
            # "said A, and on Friday her lawyer, Tom Hale, said B": a new speaker named in apposition
            sb = subject_before(text, max(start, c.start - 80), c.start, lang)
            if sb is not None and sb.kind == "name" and sb.start > start:
                comma = _coordinated_subject_lead(text, start, sb.start, lang)
                if comma is not None:
                    return comma, c
        if comp is None:
            rel = _relative_report_start(text, start, c, lang, end)
            if rel is not None:
                return rel, c
            if (
                lang.data.word_order == "svo"
                and c.lemma in lang.data.bare_clause_lemmas
                and c.key not in lang.continuation_forms
                and rstrip_end(text, start, c.start) > start + 1
                and text[rstrip_end(text, start, c.start) - 1] == ","
            ):
                # "a nurse who says she voted for him, said she had not decided": the sentence's own
                # verb after the relative clause's report
                return rstrip_end(text, start, c.start) - 1, c
            if (
                toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c_at)
                and _takes_speech_act_report(text, c, s_end, lang)
            ):
                # "said A and promised to present …", "… and urged his supporters to …": the subject's
                # next speech act, its own report
                return rstrip_end(text, start, toks[-1].start, SPACE + ","), c
            if (
                lang.data.word_order == "svo"
                and c.key in lang.continuation_forms
                and c.lemma in lang.data.bare_clause_lemmas
                and before.rstrip(SPACE).endswith(",")
                and _is_clause(text, c.end, s_end, lang)
            ):
                # "argued that A, saying B": the participle's own report starts after the comma
                return max(start, c.start - 40) + before.rstrip(SPACE).rfind(","), c
            # "…, and urged paddlers to …": the subject's next act, not part of what was said
            if (
                lang.data.word_order == "svo"
                and c.key not in lang.continuation_forms
                and toks
                and toks[-1].key in lang.data.coordinators
                and text.endswith(",", start, rstrip_end(text, start, toks[-1].start))
            ):
                return text.rfind(",", start, toks[-1].start), None
            if (
                lang.data.word_order == "svo"
                and c.lemma in lang.data.bare_clause_lemmas
                and toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c.start)
            ):
                # "said the striker was ready but insisted the club had no offers": the subject's
                # second report, when a clause follows the cue
                a0 = c.end
                while a0 < s_end and text[a0] in SPACE + ",:":
                    a0 += 1
                if c.lemma == "tell":
                    a0 = _skip_object(text, a0, s_end, lang)
                if _is_clause(text, a0, s_end, lang):
                    return rstrip_end(text, start, toks[-1].start), c
            if lang.data.word_order == "svo" and (
                c.lemma in lang.data.bare_clause_lemmas
                # ("…, and press secretary Jan Ford accused Republicans of …": a speech act's report)
                or _takes_speech_act_report(text, c, s_end, lang)
            ):
                # "it has worked, but operators argue the money …": a new speaker's bare report
                sb = subject_before(text, max(start, c.start - 80), c.start, lang)
                if sb is not None and sb.start > start:
                    pre = tokens(text, max(start, sb.start - 30), sb.start)[-1:]
                    if pre and (
                        (pre[0].key in lang.data.coordinators and sb.kind != "pronoun")
                        # ("…, though it acknowledged other factors may have played a role")
                        or pre[0].key in lang.data.contrast_words
                    ):
                        lead = rstrip_end(text, start, pre[0].start)
                        if text.endswith(",", start, lead):
                            return lead - 1, c
            continue
        # ", adding that", "and added that", "और ज़ोर देकर कहा कि"
        if lang.data.word_order == "svo" and toks:
            # "…, though she acknowledged that …": a new reporting clause with its own subject
            sb = subject_before(text, max(start, c.start - 80), c.start, lang)
            if sb is not None and sb.start > start:
                pre_toks = tokens(text, max(start, sb.start - 30), sb.start)
                lead_s = text[start : sb.start].rstrip(SPACE)
                if pre_toks and (
                    pre_toks[-1].key in lang.data.contrast_words or pre_toks[-1].key in lang.data.coordinators
                ):
                    lead_s = text[start : pre_toks[-1].start].rstrip(SPACE)
                if lead_s.endswith(",") and len(lead_s) > 0:
                    return start + len(lead_s) - 1, c
        if toks and toks[-1].key in lang.data.coordinators:
            cut = toks[-1].start
            pre_s = text[start:cut].rstrip(SPACE)
            if pre_s.endswith(","):
                cut = start + len(pre_s) - 1
        elif c.key in lang.continuation_forms and before.rstrip(SPACE).endswith(","):
            cut = max(start, c.start - 40) + before.rstrip(SPACE).rfind(",")
        elif subject_before(text, start, c.start, lang) is not None and lang.data.word_order == "sov":
            continue
        if cut is not None and cut > start:
            return cut, c
    return end, None


def _coordinated_subject_lead(text: str, start: int, sb_start: int, lang: CompiledLanguage) -> int | None:
    """The comma before ", and on Friday her lawyer, Tom Hale, said …": a coordinator, a short subject
    phrase (a time phrase or description, no verb) and a comma before the new speaker's name; None when
    the name at `sb_start` does not follow such a phrase."""
    k = rstrip_end(text, start, sb_start)
    if k <= start or text[k - 1] != ",":
        return None
    toks = tokens(text, max(start, sb_start - 80), k - 1)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t.key in lang.data.coordinators:
            lead = rstrip_end(text, start, t.start)
            mid = toks[i + 1 :]
            if lead > start and text[lead - 1] == "," and 1 <= len(mid) <= 8:
                return lead - 1
            return None
        if t.key in lang.cues or _finite_verb(t, lang) or t.key in lang.pronouns:
            return None
    return None


_CLOSING_MARKS = "”\"’»"


def _writer_trailer_end(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where the writer's words take over after a report (LanguageData.sequence_trailers …): a comma
    inside a closing mark and a participle, "according" or "then" ('had "never signed a paycheck,"
    escalating a fight'), ", then" and a past verb, or a refusal (", but she would not say how").
    (A participle after a plain comma stays: it is as often the report's own, "…, taking $2,800 in
    quarters", as the writer's, "…, dashing hopes of a cut".) Bounded to the first commas."""
    data = lang.data
    k = text.find(",", start, end)
    seen = 0
    while k >= 0 and seen < 12:
        seen += 1
        if k + 1 < end and text[k + 1] in _CLOSING_MARKS:
            after = tokens(text, k + 2, min(end, k + 40))[:1]
            if after and after[0].text[:1].islower() and is_blank(text, k + 2, after[0].start):
                w = after[0].key
                if (
                    w == "according"
                    or w in data.sequence_trailers
                    or (data.gerund_suffix and w.endswith(data.gerund_suffix) and w not in lang.cues)
                ):
                    # ('… “a gift to the other side,” according to …', '“…,” escalating a fight'; not
                    # an apposition: 'a "rubble pile," a loose collection of rock')
                    return k + 2
        after = tokens(text, k + 1, min(end, k + 80))[:5]
        if after and word_count(text, start, k) >= 4:
            first = after[0]
            if (
                len(after) > 1
                and first.key in data.sequence_trailers
                and after[1].text[:1].islower()
                and _past_form(after[1], lang)
            ):
                return k
            if (
                len(after) > 1
                and first.key in lang.determiners
                and first.key not in data.definite_articles
                and after[1].key in data.resumptive_nouns
                and is_blank(text, first.end, after[1].start)
            ):
                return k  # "…, a pledge Ashford has called …": the writer sums the report up
            j = 1 if first.key in data.coordinators else 0
            if j and j < len(after) and after[j].key in lang.pronouns:
                j += 1
            if (
                0 < j < len(after) - 2
                and after[j].key in data.clause_verbs
                and after[j + 1].key == "not"
                and after[j + 2].key in data.refusal_verbs
            ):
                return k
        k = text.find(",", k + 1, end)
    return end


def _relative_report_start(
    text: str, start: int, c: Cue, lang: CompiledLanguage, end: int = -1
) -> int | None:
    """The comma before ", which it described as “…”", ", who she called “…”": a relative clause whose
    own speech-act cue reports on the noun before it, so the reporter's words, not the report's."""
    data = lang.data
    if c.lemma in data.bare_clause_lemmas and data.word_order == "svo":
        # "…, which it says pushes patients into emergency rooms": the relative clause's own report
        # (relative_report.py), when its verb follows the cue
        first = tokens(text, c.end, min(len(text), c.end + 40))[:1]
        toks = tokens(text, max(start, c.start - 40), c.start)[-4:]
        if (
            first
            and _gap_verb(first[0], lang)
            and is_blank(text, c.end, first[0].start)
            and "," not in text[c.end : end]  # (not "the road, which engineers say was old, would close")
        ):
            for i, t in enumerate(toks):
                if t.key in data.relative_pronouns and t.key not in lang.determiners:
                    lead = rstrip_end(text, start, t.start)
                    if 1 <= len(toks) - i - 1 <= 3 and lead > start and text[lead - 1] == ",":
                        return lead - 1
        return None
    if not (
        c.lemma in data.description_lemmas
        or c.lemma in data.naming_lemmas
        or c.lemma in data.object_preposition_lemmas
    ):
        return None
    toks = tokens(text, max(start, c.start - 40), c.start)[-4:]
    for i, t in enumerate(toks):
        if t.key in data.relative_pronouns or t.key == "that":
            subject = toks[i + 1 :]
            lead = rstrip_end(text, start, t.start)
            if 1 <= len(subject) <= 2 and lead > start and text[lead - 1] == ",":
                return lead - 1
    return None


def _trim_content(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = strip_span(text, a, b, SPACE + ",;:—–-")
    while b > a and text[b - 1] in ".!?।":
        b -= 1
    return strip_span(text, a, b, SPACE + ",;:—–-")


def _inner_fragments(p: Para, a: int, b: int) -> list[QuotePair]:
    return [q for q in p.pairs_in(a, b) if q.outer_end <= b + 1]


def _object_before(
    text: str, a: int, b: int, lang: CompiledLanguage, joiners: frozenset[str], limit: int = 20
) -> tuple[int, Token] | None:
    """The object of a speech-act cue and the word that ends it ("urged residents in the valley TO
    leave", "accused the operator, Acme, OF …"): (object start, joining word), or None when the words
    after the cue are no short noun phrase followed by one of `joiners`."""
    toks = tokens(text, a, min(b, a + 240))[: limit + 1]
    if len(toks) < 2 or not is_blank(text, a, toks[0].start) or toks[0].key in joiners:
        return None
    if toks[0].key in lang.data.passive_aux or (
        toks[0].key in lang.data.prepositions and toks[0].key not in lang.data.hearer_markers
    ):
        return None  # (a hearer marker is the object's own: Spanish "acusó al Gobierno de …")
    prev_end = toks[0].start
    prev_len = 3
    prev_key = ""
    for t in toks:
        gap = text[prev_end : t.start]
        if gap.strip(SPACE) == "." and (prev_len <= 2 or prev_key in lang.honorifics):
            gap = ""  # the stops of an abbreviation: "between 2 a.m. and 3 a.m. to …", "U.S.", "Rep."
        if gap.strip(SPACE + ",") or any(ch in gap for ch in OPEN_QUOTES):
            return None  # a quotation, a dash or a stop: no plain object
        if t.key in joiners and t.start > toks[0].start:
            return toks[0].start, t
        if _clause_verb(t, lang) or (t.key in lang.cues and t.key not in lang.title_words):
            return None  # "urged that …", a clause or another report started
        prev_end = t.end
        prev_len = len(t.text)
        prev_key = t.key
    return None


def _infinitive_report(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of an infinitive report right after a cue: "vowed to rebuild …", "promised not to raise …"
    (the content starts with "to" or its negation)."""
    toks = tokens(text, a, min(b, a + 80))[:6]
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
            if is_blank(text, a, toks[0].start) and word_count(text, toks[0].start, b) >= 3
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
    return toks[0].start if word_count(text, toks[0].start, b) >= 3 else None


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
    return toks[0].start if word_count(text, toks[0].start, b) >= 2 else None


def _takes_speech_act_report(text: str, c: Cue, b: int, lang: CompiledLanguage) -> bool:
    """Whether an object, infinitive or charge report follows cue `c` ("promised to …", "urged X to …",
    "accused X of …"): the constructions of Attributor._speech_act_report, asked before it runs."""
    data = lang.data
    if c.lemma in data.infinitive_lemmas:
        return _infinitive_report(text, c.end, b, lang) is not None
    if c.lemma in data.object_infinitive_lemmas:
        return _object_before(text, c.end, b, lang, data.infinitive_to) is not None
    prep = data.object_preposition_lemmas.get(c.lemma)
    return prep is not None and _object_before(text, c.end, b, lang, frozenset([prep])) is not None


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
        and (k not in lang.function_words or k in lang.data.clause_verbs)
    )


def _relative_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """The comma closing a relative clause inside [a, b): the last one followed by a finite verb."""
    k = text.rfind(",", a, b)
    while k > a:
        nxt = tokens(text, k + 1, min(b, k + 30))[:1]
        if nxt and _finite_verb(nxt[0], lang):
            return k
        k = text.rfind(",", a, k)
    return b


def _content_tail(doc: Document, a: int, b: int, head: int = -1) -> int | None:
    """After a parenthetical 'she says', the reported sentence going on (', but revenue fell'): its start.
    With `head`, the start of the words before the parenthetical, a verbless head's verb ("The pipeline,
    he said, now holds …") and a subordinate head's main clause ("When her party was in power, she
    admitted in an interview, it built fewer homes") go on with it too."""
    text, lang = doc.text, doc.lang
    toks = tokens(text, a, min(b, a + 300))
    k = _parenthetical_circumstance(text, toks, lang)  # "…, she admitted in a radio interview, …"
    if k:
        a, toks = toks[k - 1].end, toks[k:]
    gap = text[a : toks[0].start].strip(SPACE) if toks else ""
    # (German "Die Reform, so die Ministerin, sei überfällig": a reported verb and one word go on)
    mood = bool(toks) and toks[0].key in lang.data.reported_mood_forms
    if len(toks) < (2 if mood else 3) or gap[:1] != "," or gap[1:].strip(OPEN_QUOTES):
        return None
    if (
        not mood
        and toks[0].key not in lang.data.coordinators
        and toks[0].key not in lang.data.contrast_words
        and toks[0].key not in lang.data.clause_verbs  # "The plan, the minister said, would go ahead."
        # "It is a habit, she says, that her body never unlearned": a relative clause goes on
        and not (lang.data.word_order == "svo" and lang.complementizer_re.fullmatch(toks[0].text))
        and not (head >= 0 and _head_goes_on(doc, head, toks, lang))
    ):
        return None
    # (a cue of its own with words after it starts another report: ", she said, but he added that …";
    # a sentence-final one does not: "…, it built fewer homes than it promised")
    if any(t.key in lang.cues and t.key not in lang.title_words for t in toks[1:-2]):
        return None
    return toks[0].start


def _parenthetical_circumstance(text: str, toks: list[Token], lang: CompiledLanguage) -> int:
    """How many words of a circumstance ("in a radio interview last year", "on Tuesday") follow a
    parenthetical cue before its closing comma; 0 when none does."""
    if not toks or text[: toks[0].start].endswith(",") or not lang.data.cased:
        return 0
    t0 = toks[0]
    if t0.key not in lang.data.prepositions and t0.key not in lang.calendar_words:
        return 0
    for k, t in enumerate(toks[:9]):
        if k and (_finite_verb(t, lang) or t.key in lang.cues):
            return 0
        if text.startswith(",", t.end):
            return k + 1
    return 0


def _adverb_like(t: Token, lang: CompiledLanguage) -> bool:
    """'now', 'still', 'probably': an adverb before a verb (no preposition or subordinator)."""
    k = t.key
    return t.text[:1].islower() and (
        k.endswith("ly")
        or k in lang.data.time_words
        or (
            k in lang.adverbial_openers
            and k not in lang.data.prepositions
            and k not in lang.data.subordinators
            and not k.endswith("ing")
        )
    )


def _head_goes_on(doc: Document, head: int, toks: list[Token], lang: CompiledLanguage) -> bool:
    """The words after a parenthetical cue finish the sentence its head began: the head is a noun
    phrase and the tail opens on its verb (an adverb first allowed: "The pipeline, he said, now holds"),
    or the head is a subordinate clause and the tail a main clause ("When …, she said, it built …")."""
    text = doc.text
    if lang.data.word_order != "svo" or not lang.data.cased:
        return False
    htoks = tokens(text, head, toks[0].start)
    if not htoks:
        return False
    if htoks[0].key in lang.data.subordinators and htoks[0].key not in lang.data.coordinators:
        return _is_clause(text, toks[0].start, toks[-1].end, lang)
    comma = text.find(",", head)
    hwords = tokens(text, head, comma if comma >= 0 else toks[0].start)
    if not 1 <= len(hwords) <= 6 or any(_finite_verb(t, lang) or t.key in lang.cues for t in hwords):
        return False
    i = 0
    while i < len(toks) - 1 and (_adverb_like(toks[i], lang) or toks[i].key in lang.data.verb_clitics):
        i += 1
    v = toks[i]
    return v.text[:1].islower() and (
        _finite_verb(v, lang)
        or (v.key.endswith("s") and not v.key.endswith("ss") and v.key not in lang.function_words)
        # after an adverb, the next content word is the verb: "The new towns, he said, still lack …"
        or (i > 0 and v.key.isalpha() and v.key not in lang.function_words and v.key not in lang.determiners)
    )


def _after_relative(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """Does a relative pronoun ("who", "which") come before toks[i] in this trailer?"""
    return any(
        t.key in lang.data.relative_pronouns and t.key not in lang.determiners for t in toks[1:i]
    )


def _hearer_end(text: str, toks: list[Token], lang: CompiledLanguage) -> int:
    """End of the hearer after a trailing "told" ("told reporters", "told The Canadian Press", "told
    the Globe"): up to four words before a preposition, a comma or a date; the start when none."""
    k = 1 if toks and toks[0].key in lang.determiners else 0
    while k < min(len(toks), 5):
        t = toks[k]
        if (
            t.key in lang.data.prepositions
            or t.key in lang.calendar_words
            or (k > 0 and text[toks[k - 1].end : t.start].strip(SPACE))
        ):
            break
        if t.key in lang.function_words or t.key in lang.cues:
            return toks[0].start
        k += 1
    return toks[k - 1].end if k > 0 and (k < len(toks) or k < 5) else toks[0].start


def _trailer_ok(doc: Document, a: int, b: int, lemma: str, head: int = -1) -> bool:
    """After a sentence-final "X said": nothing, or circumstances ("on Thursday", "in a statement")."""
    paren = doc.text.find("(", a, min(b, a + 3))
    if paren >= 0 and doc.text[a:paren].strip(SPACE) == "":
        close = doc.text.find(")", paren, min(b, paren + 24))
        if close > 0:
            a = close + 1  # "…, a annoncé la Régie des transports (RTV), qui …": the acronym is the name's
    toks = tokens(doc.text, a, min(b, a + 200))
    if not toks:
        return True
    lang = doc.lang
    for i, t in enumerate(toks[:12]):
        if (
            t.key in lang.data.relative_pronouns
            and t.key not in lang.determiners
            and doc.text[toks[i - 1].end if i else a : t.start].strip(SPACE) == ","
            and any(c in lang.cues for c in (u.key for u in toks[i + 1 : i + 4]))
        ):
            # "…, anunció la ministra, Lucía Ferrer, quien afirmó que …": the relative clause is the
            # speaker's next report, not the reporter's circumstance; judge the words before it
            return i == 0 or _trailer_ok(doc, a, doc.text.rfind(",", a, t.start), lemma)
    # ("…, the official said, a move that angered Democrats": the appositive's own relative clause)
    rel = next(
        (
            i
            for i in (2, 3)
            if toks[0].key in lang.data.indefinite_articles
            and i < len(toks)
            and toks[i].key in lang.data.complementizers
            and "," not in doc.text[toks[0].end : toks[i].start]
        ),
        len(toks),
    )
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and (len(toks) <= 14 or (len(toks) <= 26 and _after_relative(toks, 6, lang)))
        and not any(
            t.key in lang.data.complementizers
            # (verbs after the appositive's relative pronoun are its own: "…, said Harlan Fogg, a
            # consultant who advised two governors but is not working for either campaign.")
            or (
                (t.key in lang.data.clause_verbs or t.key in lang.cues)
                and not _after_relative(toks, i, lang)
                and not (i == 1 and toks[0].key in lang.data.indefinite_articles)  # ", a warning …"
            )
            for i, t in enumerate(toks[:rel])
        )
        and _content_tail(doc, a, b, head) is None
    ):
        return True  # an appositive: "…, said Jane Holt, the town's mayor.""
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and toks[0].key in lang.data.relative_pronouns
        and toks[0].key not in lang.determiners
        and not any(t.key in lang.data.complementizers or t.key in lang.cues for t in toks)
    ):
        return True  # "…, said one of the sources, who asked not to be named because the talks were private."
    if _content_tail(doc, a, b, head) is not None:
        return True  # "Numbers rose, she says, but revenue fell."
    suffix = lang.data.gerund_suffix
    if (
        suffix
        and doc.text[a : toks[0].start].strip(SPACE) == ","
        and toks[0].text[:1].islower()
        and toks[0].key.endswith(suffix)
        and len(toks[0].key) > len(suffix) + 2
    ):
        return True  # "…, the people said, asking not to be identified because …": about the speaker
    if lemma == "tell" and doc.text[a : toks[0].start].strip(SPACE) == "":
        a2 = _hearer_end(doc.text, toks, lang)
        if a2 > toks[0].start:
            # "…, Const. Jo Roy told reporters at a news conference Monday.", "…, she told The
            # Canadian Press.": past the hearer
            return not tokens(doc.text, a2, min(b, a2 + 40))[:1] or _trailer_ok(doc, a2, b, "say", head)
    k = toks[0].key
    if len(toks) == 1 and k in lang.data.separable_particles:
        return True  # "…, räumte der Sprecher ein.": the cue's own particle
    if k in doc.lang.determiners or k in doc.lang.pronouns:
        return False
    if (
        k in doc.lang.function_words
        or k in doc.lang.calendar_words
        or k in doc.lang.data.prepositions
        or k in doc.lang.data.phrase_stops  # "…, a-t-il ajouté devant les élus"
        # German "…, betonte sie zugleich", "…, kritisierte er weiter": an adverb after the subject
        or (doc.lang.data.verb_second and k in doc.lang.cue_fillers and toks[0].text[:1].islower())
    ):
        comma = doc.text.find(",", a, b)
        # (a complementizer after a comma belongs to the next clause: "…, X announced on Thursday,
        # as the hospital association warned that …")
        return not any(
            t.key in doc.lang.data.complementizers for t in toks[:12] if comma < 0 or t.start < comma
        )
    if lemma in ("tell", "say") and len(toks) <= 4:
        return True
    return _is_cap(toks[0]) and len(toks) <= 3
