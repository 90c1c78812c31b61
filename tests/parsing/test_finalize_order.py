"""finalize.finalize keeps non-overlapping quotes: by start, the longer first, ties in candidate order, a
more confident (or, equally confident, longer) overlapping quote replacing the one kept before it. Its
sort packs (start, -end, index) into one int; the quotes kept must be those the tuple sort keeps."""

from __future__ import annotations

import random

from attribution.parsing import languages
from attribution.parsing.document import Document
from attribution.parsing.finalize import finalize
from attribution.parsing.records import Cand
from attribution.parsing.text import share_tokens

TEXT = (
    "The council met on Tuesday. The mayor said the bridge would reopen in May, and her deputy "
    "said the budget was tight. Residents were not convinced."
)


def _reference(n: int, cands: list[Cand]) -> list[tuple[int, int, float, str]]:
    """The order and overlap rule written with the tuple sort."""
    out = []
    for i, c in enumerate(cands):
        a, b = max(0, c.start), min(n, c.end)
        if a < b:
            conf = round(min(1.0, max(0.0, c.confidence if c.speaker else c.confidence * 0.5)), 3)
            out.append((a, b, conf, i))
    kept: list[tuple[int, int, float, int]] = []
    for q in sorted(out, key=lambda q: (q[0], -q[1], q[3])):
        if kept and q[0] < kept[-1][1]:
            if (q[2], q[1] - q[0]) > (kept[-1][2], kept[-1][1] - kept[-1][0]):
                kept[-1] = q
            continue
        kept.append(q)
    final: list[tuple[int, int, float, int]] = []
    for q in kept:
        if not (final and q[0] < final[-1][1]):
            final.append(q)
    return [(a, b, conf, cands[i].rule) for a, b, conf, i in final]


def test_kept_quotes_are_those_of_the_tuple_sort() -> None:
    doc = Document(TEXT, languages.get("en"))
    try:
        n = len(TEXT)
        rnd = random.Random(12)
        for _ in range(300):
            cands = []
            for k in range(rnd.randrange(0, 10)):
                start = rnd.randrange(-3, n)
                end = start + rnd.randrange(0, 40)
                conf = rnd.choice([0.6, 0.7, 0.85, 0.95])
                speaker = rnd.choice([None, "Ann Lee"])
                cands.append(Cand(start, end, "indirect", f"r{k}", conf, 0, speaker=speaker))
            got = [(q.start, q.end, q.confidence, q.rule) for q in finalize(doc, cands)]
            assert got == _reference(n, cands)
    finally:
        share_tokens(None)
