"""Time grows linearly with the input: an 8x larger text may cost at most ~16x (quadratic would be 64x).

CPU time (not wall-clock) and the best of a few runs keep the checks steady on a busy machine; the
bounds are loose on purpose, they catch a quadratic path, not a slow commit.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from attribution.parsing import extract

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


# Wall-clock checks are flaky on a shared 2-core CI box; bench_parser prints the real figures.
pytestmark = pytest.mark.skipif(
    os.environ.get("QUOTEDESK_TIMING_TESTS") != "1", reason="timing checks: set QUOTEDESK_TIMING_TESTS=1"
)


def _cpu(text: str, lang: str | None = None, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        extract(text, lang)
        best = min(best, time.process_time() - t)
    return max(best, 1e-3)


def _linear(unit: str, small: int, lang: str | None = None, factor: int = 8, slack: float = 16) -> None:
    extract(unit[:2000], lang)  # language tables compile on first use
    reps = max(1, small // len(unit))
    a = unit * reps
    b = unit * (reps * factor)
    t_small, t_big = _cpu(a, lang, runs=3), _cpu(b, lang, runs=1)
    assert t_big < slack * t_small, f"{len(b)} chars took {t_big:.2f}s, {len(a)} chars {t_small:.3f}s"


def _seed_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if texts:
        return "\n\n".join(texts) + "\n\n"
    return (
        "Foreign Minister Sergey Lavrov said on Monday that talks would resume. “We are ready,” he told "
        "reporters. According to officials, the meeting, which was delayed, will take place in Geneva.\n\n"
    )


def test_an_article_made_of_the_seeds_scales_linearly() -> None:
    _linear(_seed_text(), 60_000)


def test_one_long_sentence_of_commas_cues_and_according_to_scales_linearly() -> None:
    # no full stop: every cue used to copy or scan the sentence from its start
    unit = (
        "“prices will rise soon enough” Smith said, and the minister, according to officials, added "
        "that talks were slow, "
    )
    _linear(unit, 15_000)


def test_a_paragraph_of_many_quotations_scales_linearly() -> None:
    unit = (
        "“Quote words here now and then,” he said. “Another long quotation follows here,” she added. "
        "Prices rose. "
    )
    _linear(unit, 40_000)


def test_stray_quote_marks_scale_linearly() -> None:
    _linear("“ ” \" ' « He said “ ", 40_000)


def test_a_hindi_paragraph_without_sentence_marks_scales_linearly() -> None:
    unit = (
        "विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत जारी रहेगी और उन्होंने ज़ोर देकर कहा कि "
        "“हम तैयार हैं” अधिकारियों के अनुसार बैठक जिनेवा में होगी "
    )
    _linear(unit, 5_000, lang="hi")
