"""The external-style corpus (tests/parsing/external_style): US politics and Canadian daily news
written before the parser saw them. A floor, so that a later change that loses these constructions
shows; the figures at the time of writing are in the corpus README."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.helpers import SHARED, load_jsonl, load_scorer, predict

GOLD = Path(__file__).resolve().parent / "external_style" / "external.gold.jsonl"


def _score(path: Path) -> dict:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("the shared scorer (../shared/eval/score.py) is absent: nothing to score with")
    gold = load_jsonl(path)
    return load_scorer().score(gold, predict(gold))


def test_external_style_corpus_floor() -> None:
    res = _score(GOLD)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.96, res
    assert res["e2e_f1"] >= 0.92, res
    assert res["quote_p"] >= 0.96, res


GOLD_3 = Path(__file__).resolve().parent / "external_style_3" / "external3.gold.jsonl"


def test_third_external_style_batch_floor() -> None:
    """The third blind batch (tests/parsing/external_style_3): first look quote F1 0.92 (gold after
    annotation fixes), 0.97 after the constructions it revealed were fixed (README there)."""
    res = _score(GOLD_3)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.95, res
    assert res["e2e_f1"] >= 0.92, res
    assert res["quote_p"] >= 0.96, res


GOLD_4 = Path(__file__).resolve().parent / "external_style_4" / "external4.gold.jsonl"


def test_fourth_external_style_batch_floor() -> None:
    """The fourth blind batch (tests/parsing/external_style_4): first look quote F1 0.904 (gold as first
    written), 0.935 after the annotation fixes; figures after the construction fixes in its README."""
    res = _score(GOLD_4)
    assert res["quote_f1"] >= 0.94, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.92, res
    assert res["quote_p"] >= 0.94, res


GOLD_5 = Path(__file__).resolve().parent / "external_style_5" / "external5.gold.jsonl"


def test_fifth_external_style_batch_floor() -> None:
    """The fifth blind batch (tests/parsing/external_style_5): first look quote F1 0.924 (gold as first
    written), 0.929 after the one annotation fix; 0.974 after the construction fixes (README there)."""
    res = _score(GOLD_5)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.96, res
    assert res["e2e_f1"] >= 0.93, res
    assert res["quote_p"] >= 0.96, res


GOLD_6 = Path(__file__).resolve().parent / "external_style_6" / "external6.gold.jsonl"


def test_sixth_external_style_batch_floor() -> None:
    """The sixth blind batch (tests/parsing/external_style_6): first look quote F1 0.940 (gold as first
    written), 0.951 after the annotation fixes; 0.990 after the construction fixes (README there)."""
    res = _score(GOLD_6)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.96, res
    assert res["quote_p"] >= 0.97, res


GOLD_7 = Path(__file__).resolve().parent / "external_style_7" / "external7.gold.jsonl"


def test_seventh_external_style_batch_floor() -> None:
    """The seventh blind batch (tests/parsing/external_style_7): first look quote F1 0.951 (no annotation
    slip found), 0.993 after the construction fixes, precision 1.00, speaker 1.00 (README there)."""
    res = _score(GOLD_7)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.96, res
    assert res["quote_p"] >= 0.98, res


GOLD_8 = Path(__file__).resolve().parent / "external_style_8" / "external8.gold.jsonl"


def test_eighth_external_style_batch_floor() -> None:
    """The eighth blind batch (tests/parsing/external_style_8): first look quote F1 0.920 as written,
    0.966 slip-corrected; 1.00 after the construction fixes, precision 1.00, speaker 1.00 (README)."""
    res = _score(GOLD_8)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.96, res
    assert res["quote_p"] >= 0.98, res


GOLD_9 = Path(__file__).resolve().parent / "external_style_9" / "external9.gold.jsonl"


def test_ninth_external_style_batch_floor() -> None:
    """The ninth blind batch (tests/parsing/external_style_9): first look quote F1 0.959 (no annotation
    slip found), 0.992 after the construction fixes, precision 1.00, speaker 1.00 (README there)."""
    res = _score(GOLD_9)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.96, res
    assert res["quote_p"] >= 0.98, res


GOLD_10 = Path(__file__).resolve().parent / "external_style_10" / "external10.gold.jsonl"


def test_tenth_external_style_batch_floor() -> None:
    """The tenth blind batch (tests/parsing/external_style_10), written after batch 9's fixes: first
    look quote F1 0.898 (no annotation slip found), 0.940 after the construction fixes, precision 0.94,
    speaker 1.00 (README there)."""
    res = _score(GOLD_10)
    assert res["quote_f1"] >= 0.92, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.92, res
    assert res["quote_p"] >= 0.92, res


GOLD_11 = Path(__file__).resolve().parent / "external_style_11" / "external11.gold.jsonl"


def test_eleventh_external_style_batch_floor() -> None:
    """The eleventh blind batch (tests/parsing/external_style_11): first look quote F1 0.881 as written,
    0.917 after two annotation slips were fixed, 0.991 after the construction fixes, precision 0.98,
    speaker 1.00 (README there)."""
    res = _score(GOLD_11)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.97, res
    assert res["quote_p"] >= 0.96, res


GOLD_12 = Path(__file__).resolve().parent / "external_style_12" / "external12.gold.jsonl"


def test_twelfth_external_style_batch_floor() -> None:
    """The twelfth blind batch (tests/parsing/external_style_12), written after batch 11's fixes: first
    look quote F1 0.946 as written, 0.979 after one annotation slip was fixed, 1.00 after the
    construction fixes, speaker 0.94 (an unnamed "the president" cannot match: README there)."""
    res = _score(GOLD_12)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.91, res
    assert res["e2e_f1"] >= 0.91, res
    assert res["quote_p"] >= 0.97, res


GOLD_13 = Path(__file__).resolve().parent / "external_style_13" / "external13.gold.jsonl"


def test_thirteenth_external_style_batch_floor() -> None:
    """The thirteenth blind batch (tests/parsing/external_style_13), written after batch 12's fixes:
    first look quote F1 0.931 as written, 0.943 after one annotation slip was fixed, 0.963 after the
    construction fixes, speaker 0.92 (an agency head named a paragraph later: README there)."""
    res = _score(GOLD_13)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.90, res
    assert res["e2e_f1"] >= 0.87, res
    assert res["quote_p"] >= 0.95, res


GOLD_14 = Path(__file__).resolve().parent / "external_style_14" / "external14.gold.jsonl"


def test_fourteenth_external_style_batch_floor() -> None:
    """The fourteenth blind batch (tests/parsing/external_style_14), written after batch 13's fixes:
    first look quote F1 0.956 as written, 0.967 after one annotation slip was fixed, 1.00 after the
    construction fixes, speaker 1.00 (README there)."""
    res = _score(GOLD_14)
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.97, res
    assert res["quote_p"] >= 0.97, res


GOLD_15 = Path(__file__).resolve().parent / "external_style_15" / "external15.gold.jsonl"


def test_fifteenth_external_style_batch_floor() -> None:
    """The fifteenth blind batch (tests/parsing/external_style_15), written after batch 14's fixes:
    first look quote F1 0.892 as written, 0.918 after two annotation slips were fixed, 0.966 after the
    construction fixes, speaker 1.00 (what is left: README there)."""
    res = _score(GOLD_15)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.95, res
    assert res["quote_p"] >= 0.97, res
