"""The last stage: candidates to output records, overlaps dropped, confidence kept in [0, 1]."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.model import ExtractedQuote

if TYPE_CHECKING:
    from attribution.parsing.document import Cand, Document


# ---------------------------------------------------------------------------------------------- output

# round(x, 3) of each confidence seen: a float's round() to decimals goes through its decimal string
# (some 2,800 instructions), and the confidences are a few dozen values set by the rules
_ROUNDED: dict[float, float] = {}


def _rounded(x: float) -> float:
    r = _ROUNDED.get(x)
    if r is None:
        if len(_ROUNDED) > 10_000:
            _ROUNDED.clear()  # bounded, whatever values come
        r = _ROUNDED[x] = round(x, 3)
    return r


def finalize(doc: Document, cands: list[Cand]) -> list[ExtractedQuote]:
    n = len(doc.text)
    out: list[ExtractedQuote] = []
    for c in cands:
        a, b = max(0, c.start), min(n, c.end)
        if a >= b:
            continue
        m = c.mention
        mention = (m.start, m.end) if m is not None and 0 <= m.start < m.end <= n else None
        cue = (c.cue.start, c.cue.end) if c.cue is not None else None
        speaker = c.speaker
        conf = c.confidence if speaker else c.confidence * 0.5
        out.append(
            ExtractedQuote(
                a,
                b,
                c.kind,
                speaker,
                mention,
                cue,
                c.cue.lemma if c.cue else None,
                _rounded(min(1.0, max(0.0, conf))),
                c.rule,
                doc.lang.data.speech_act(c.cue.lemma if c.cue else None),
            )
        )
    # by start, the longer first, ties in candidate order (what a stable sort on (start, -end) gives):
    # one int per quote, (start * (n + 1) + n - end) * count + index, orders as the tuple (start, -end,
    # index) does (0 <= start, end <= n), without a tuple and three boxed ints each
    count = len(out)
    order = sorted([(q.start * (n + 1) + (n - q.end)) * count + i for i, q in enumerate(out)])
    kept: list[ExtractedQuote] = []
    for key in order:
        q = out[key % count]
        if kept and q.start < kept[-1].end:
            prev = kept[-1]
            if (q.confidence, q.end - q.start) > (prev.confidence, prev.end - prev.start):
                kept[-1] = q
            continue
        kept.append(q)
    # a replaced quote may now overlap the one before it
    final: list[ExtractedQuote] = []
    for q in kept:
        if final and q.start < final[-1].end:
            continue
        final.append(q)
    return final
