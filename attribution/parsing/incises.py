"""Attributions inside a quotation: « A, a affirmé la ministre. B » is two quotations and an incise.

The document stage splits such a quotation pair around its incise so that the cue sits outside quotes;
the incise's subject finder is shared with dialogue dashes and according-to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attribution.parsing.cues import _cue_spans, _cue_spans_in
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.text import rstrip_end, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.cues import _CueSpan


_MAX_CONTENT: Final = 4000


def _split_incises(
    text: str,
    pairs: list[QuotePair],
    lang: CompiledLanguage,
    tails: set[int],
    cue_spans: list[_CueSpan] | None = None,
) -> list[QuotePair]:
    """« Nous ne reculerons pas, a affirmé la ministre. Cette réforme est juste » is two quotations with
    the attribution between them: split the pair around the incise (its cue then sits outside quotes)."""
    if lang.data.word_order != "svo":
        return pairs
    out: list[QuotePair] = []
    for q in pairs:
        rest = q
        for _ in range(3):
            found = None
            w_end = min(rest.end, rest.start + _MAX_CONTENT)
            if cue_spans is not None and w_end == rest.end:
                found_cues = _cue_spans_in(cue_spans, rest.start, w_end)
            else:  # a window cut inside the quotation: scan it as it is
                found_cues = _cue_spans(text, rest.start, w_end, lang)
            for m_start, m_end, key in found_cues:
                if key not in lang.cues or lang.cues[key] == "according to":
                    continue
                # (where the quotation's words before the cue end, its spaces off: no copy of them)
                head_end = rstrip_end(text, rest.start, m_start)
                last = text[head_end - 1] if head_end > rest.start else ""
                # « A, a confié la préfète. B », or a dash incise: «A —reconoció Arrieta—, B»
                if last not in (",", "—", "–") or word_count(text, rest.start, m_start, 2) < 2:
                    continue
                # the incise: the cue, its subject, a few circumstances, then "," or "."
                from_k = m_end
                if key not in lang.inverted:
                    subj = _incise_subject(text, m_end, min(rest.end, m_end + 150), lang)
                    if subj is None and not (
                        # «A —admitió—. B»: a pro-drop language's incise may have no subject at all
                        lang.data.pro_drop and last in ("—", "–") and text[m_end : m_end + 1] in "—–"
                    ):
                        continue
                    # "…, a confié la préfète, Claire Mercadier. …": the subject's appositive name too
                    from_k = max(m_end, subj.end) if subj is not None else m_end
                stop = -1
                for k in range(from_k, min(rest.end, from_k + 90)):
                    if text[k] in ".,;!?":
                        stop = k
                        break
                if stop < 0:
                    continue
                if text[stop] == ",":
                    stop = _incise_circumstance_end(text, stop, rest.end, lang)
                tail_start = stop + 1
                while tail_start < rest.end and text[tail_start] in SPACE:
                    tail_start += 1
                if word_count(text, tail_start, rest.end, 2) < 2:
                    continue
                found = (head_end - 1, tail_start)
                break
            if found is None:
                break
            comma, tail_start = found
            # a comma stays in the first part ("A,"); an opening dash does not ("A —dijo—, B")
            first_end = comma + 1 if text[comma] == "," else rstrip_end(text, rest.start, comma)
            out.append(QuotePair(rest.open_pos, comma, rest.start, first_end))
            rest = QuotePair(tail_start, rest.close_pos, tail_start, rest.end)
            tails.add(tail_start)
        out.append(rest)
    return out


def _incise_circumstance_end(text: str, comma: int, end: int, lang: CompiledLanguage) -> int:
    """« A, a déclaré la ministre, lors d'une conférence de presse. B »: a comma after the incise's
    subject that opens a circumstance (a preposition or phrase stop, a relative clause, "en marge")
    keeps the incise going to the sentence's end; the quotation resumes after it. The comma itself
    when no such sentence end is found with at least two words of quotation after it."""
    first = tokens(text, comma + 1, min(end, comma + 40), 1)
    if not first:
        return comma
    key = first[0].key
    d = lang.data
    opens = (
        key in d.phrase_stops
        or key in d.relative_pronouns
        or key in d.prepositions
        or any(key == t.split(" ")[0] for t in d.clause_trailers)
    )
    if not opens:
        return comma
    for k in range(first[0].start, min(end, comma + 200)):
        ch = text[k]
        if ch in ".;!?":
            if ch == "." and k > 0 and text[k - 1].isupper() and (k < 2 or not text[k - 2].isalpha()):
                continue  # the full stop of an initial ("M. Dupont")
            tail = k + 1
            while tail < end and text[tail] in SPACE:
                tail += 1
            return k if word_count(text, tail, end, 2) >= 2 else comma
        if ch in '«»“”"\n':
            return comma
    return comma


def _incise_subject(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The subject after an incise's cue, a hearer allowed in between ("a confié à notre journal la
    préfète"); it ends before the sentence's next full stop."""
    for k in range(a, hi):
        initial = k > a and text[k - 1].isupper() and (k < 2 or not text[k - 2].isalpha())
        if text[k] in ".;!?" and not initial:
            hi = k  # (not the full stop of an initial: "M. Dupont")
            break
    m = subject_after(text, a, hi, lang)
    if m is not None:
        return m
    return hearer_then_subject(text, a, hi, lang)


def hearer_then_subject(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """ "…, a expliqué à l'AFP sa porte-parole", "…, said to reporters the minister": the subject after
    the hearer the cue at `a` is followed by; a hearer's quoted name is skipped ("a expliqué aux
    « Echos » la directrice": not "Echos")."""
    after = tokens(text, a, min(hi, a + 60), 5)
    if not after or after[0].key not in lang.data.hearer_markers:
        return None
    titled = False
    prev = after[0]
    for t in after[1:]:
        gap = text[prev.end : t.start]
        prev = t
        if "«" in gap or "“" in gap:
            titled = True
        elif titled and ("»" in gap or "”" in gap):
            titled = False
        if titled:
            continue
        m = subject_after(text, t.start, hi, lang)
        if m is not None and m.kind in ("name", "descriptor"):
            return m
    return None
