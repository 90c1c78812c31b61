"""Where reported content ends: clause ends, trimming, relative clauses, trailing attributions."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from attribution.parsing.clauses import (
    _complementizer_after,
    _coordinated_claim,
    _finite_verb,
    _is_clause,
    _relative_re,
    _skip_object,
)
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions import _head_key, _is_cap, subject_before
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.text import Token, is_blank, rstrip_end, strip_span, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Document, Para


_MAX_CONTENT = 4000


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
    if toks[0].key in lang.pronouns or not any(_head_key(t, lang) is not None for t in toks[:3]):
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
        if comp is None:
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
            if lang.data.word_order == "svo" and c.lemma in lang.data.bare_clause_lemmas:
                # "it has worked, but operators argue the money …": a new speaker's bare report
                sb = subject_before(text, max(start, c.start - 80), c.start, lang)
                if sb is not None and sb.start > start and sb.kind != "pronoun":
                    pre = tokens(text, max(start, sb.start - 30), sb.start)[-1:]
                    if pre and (
                        pre[0].key in lang.data.coordinators or pre[0].key in lang.data.contrast_words
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


def _trim_content(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = strip_span(text, a, b, SPACE + ",;:—–-")
    while b > a and text[b - 1] in ".!?।":
        b -= 1
    return strip_span(text, a, b, SPACE + ",;:—–-")


def _inner_fragments(p: Para, a: int, b: int) -> list[QuotePair]:
    return [q for q in p.pairs_in(a, b) if q.outer_end <= b + 1]


def _relative_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """The comma closing a relative clause inside [a, b): the last one followed by a finite verb."""
    k = text.rfind(",", a, b)
    while k > a:
        nxt = tokens(text, k + 1, min(b, k + 30))[:1]
        if nxt and _finite_verb(nxt[0], lang):
            return k
        k = text.rfind(",", a, k)
    return b


def _content_tail(doc: Document, a: int, b: int) -> int | None:
    """After a parenthetical 'she says', the reported sentence going on (', but revenue fell'): its start."""
    text, lang = doc.text, doc.lang
    toks = tokens(text, a, min(b, a + 300))
    if len(toks) < 3 or text[a : toks[0].start].strip(SPACE) != ",":
        return None
    if (
        toks[0].key not in lang.data.coordinators
        and toks[0].key not in lang.data.contrast_words
        and toks[0].key not in lang.data.clause_verbs  # "The plan, the minister said, would go ahead."
        # "It is a habit, she says, that her body never unlearned": a relative clause goes on
        and not (lang.data.word_order == "svo" and lang.complementizer_re.fullmatch(toks[0].text))
    ):
        return None
    if any(t.key in lang.cues and t.key not in lang.title_words for t in toks[1:]):
        return None
    return toks[0].start


def _trailer_ok(doc: Document, a: int, b: int, lemma: str) -> bool:
    """After a sentence-final "X said": nothing, or circumstances ("on Thursday", "in a statement")."""
    toks = tokens(doc.text, a, min(b, a + 200))
    if not toks:
        return True
    lang = doc.lang
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and len(toks) <= 14
        and not any(
            t.key in lang.data.complementizers or t.key in lang.data.clause_verbs or t.key in lang.cues
            for t in toks
        )
        and _content_tail(doc, a, b) is None
    ):
        return True  # an appositive: "…, said Jane Holt, the town's mayor."
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and toks[0].key in lang.data.relative_pronouns
        and toks[0].key not in lang.determiners
        and not any(t.key in lang.data.complementizers or t.key in lang.cues for t in toks)
    ):
        return True  # "…, said one of the sources, who asked not to be named because the talks were private."
    if _content_tail(doc, a, b) is not None:
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
    k = toks[0].key
    if k in doc.lang.determiners or k in doc.lang.pronouns:
        return False
    if (
        k in doc.lang.function_words
        or k in doc.lang.calendar_words
        or k in doc.lang.data.prepositions
        or k in doc.lang.data.phrase_stops  # "…, a-t-il ajouté devant les élus"
    ):
        return not any(t.key in doc.lang.data.complementizers for t in toks[:12])
    if lemma in ("tell", "say") and len(toks) <= 4:
        return True
    return _is_cap(toks[0]) and len(toks) <= 3
