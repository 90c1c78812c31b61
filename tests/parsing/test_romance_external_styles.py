"""The French and Spanish held-apart batches (tests/parsing/fr_external_style, es_external_style: 6 + 3
articles each; fr_external_style_2, es_external_style_2: 5 each; fr_external_style_3: 4;
fr_external_style_4: 4, es_external_style_3: 3; written and annotated before the parser saw them): the
parser stays above a floor on them, so that a change which loses their constructions fails here, not
only on real news."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.helpers import SHARED, load_jsonl, load_scorer, predict

HERE = Path(__file__).resolve().parent
FRX_GOLD = HERE / "fr_external_style" / "frx.gold.jsonl"
ESX_GOLD = HERE / "es_external_style" / "esx.gold.jsonl"
FRX2_GOLD = HERE / "fr_external_style_2" / "frx2.gold.jsonl"
ESX2_GOLD = HERE / "es_external_style_2" / "esx2.gold.jsonl"
FRX3_GOLD = HERE / "fr_external_style_3" / "frx3.gold.jsonl"
FRX4_GOLD = HERE / "fr_external_style_4" / "frx4.gold.jsonl"
ESX3_GOLD = HERE / "es_external_style_3" / "esx3.gold.jsonl"
NO_SCORER = not (SHARED / "eval" / "score.py").exists()


def _score(path: Path) -> dict:
    gold = load_jsonl(path)
    return load_scorer().score(gold, predict(gold))


@pytest.mark.skipif(not FRX_GOLD.exists(), reason="no set in tests/parsing/fr_external_style")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_french_external_style_batch_stays_above_the_floor() -> None:
    """Batches 1 + 2, 81 scored quotes. First looks (blind): batch 1 quote F1 0.852 as first written
    (0.862 with one slip corrected), speaker 0.957; batch 2 (after the batch-1 fixes) F1 0.977, speaker
    0.952. After the fixes every figure is 1.0; the floor allows a miss or a wrong speaker or two."""
    res = _score(FRX_GOLD)
    assert res["quote_p"] >= 0.98, res
    assert res["quote_f1"] >= 0.98, res
    assert res["recall_by_kind"]["direct"] >= 0.96, res
    assert res["recall_by_kind"]["indirect"] >= 0.93, res
    assert res["recall_by_kind"]["mixed"] >= 0.94, res
    assert res["speaker_acc"] >= 0.98, res
    assert res["e2e_f1"] >= 0.96, res


@pytest.mark.skipif(not ESX_GOLD.exists(), reason="no set in tests/parsing/es_external_style")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_spanish_external_style_batch_stays_above_the_floor() -> None:
    """Batches 1 + 2, 80 scored quotes. First looks (blind): batch 1 quote F1 0.879, speaker 0.936;
    batch 2 (after the batch-1 fixes) F1 0.909 as first written (0.952 with one slip corrected), speaker
    0.850. After the fixes every figure is 1.0; the floor allows a miss or a wrong speaker or two."""
    res = _score(ESX_GOLD)
    assert res["quote_p"] >= 0.98, res
    assert res["quote_f1"] >= 0.98, res
    assert res["recall_by_kind"]["direct"] >= 0.95, res
    assert res["recall_by_kind"]["indirect"] >= 0.95, res
    assert res["recall_by_kind"]["mixed"] >= 0.93, res
    assert res["speaker_acc"] >= 0.98, res
    assert res["e2e_f1"] >= 0.96, res


@pytest.mark.skipif(not FRX2_GOLD.exists(), reason="no set in tests/parsing/fr_external_style_2")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_french_external_style_second_series_stays_above_the_floor() -> None:
    """5 articles, 75 scored quotes. First look (blind, branch start): quote F1 0.916 as written, 0.923
    with three slips corrected, speaker 0.818. After the fixes quote P/R/F1 1.0, speaker and e2e 0.853
    (the speakers left: descriptions with no antecedent the registry knows)."""
    res = _score(FRX2_GOLD)
    assert res["quote_p"] >= 0.97, res
    assert res["quote_f1"] >= 0.97, res
    assert res["recall_by_kind"]["direct"] >= 0.96, res
    assert res["recall_by_kind"]["indirect"] >= 0.94, res
    assert res["recall_by_kind"]["mixed"] >= 0.9, res
    assert res["speaker_acc"] >= 0.82, res
    assert res["e2e_f1"] >= 0.82, res


@pytest.mark.skipif(not ESX2_GOLD.exists(), reason="no set in tests/parsing/es_external_style_2")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_spanish_external_style_second_series_stays_above_the_floor() -> None:
    """5 articles, 78 scored quotes. First look (blind, branch start): quote F1 0.902 as written, 0.909
    with the slip corrected, speaker 0.957. After the fixes F1 0.974, speaker 0.974, e2e 0.949."""
    res = _score(ESX2_GOLD)
    assert res["quote_p"] >= 0.95, res
    assert res["quote_f1"] >= 0.95, res
    assert res["recall_by_kind"]["direct"] >= 0.95, res
    assert res["recall_by_kind"]["indirect"] >= 0.93, res
    assert res["recall_by_kind"]["mixed"] >= 0.8, res
    assert res["speaker_acc"] >= 0.94, res
    assert res["e2e_f1"] >= 0.92, res


@pytest.mark.skipif(not FRX3_GOLD.exists(), reason="no set in tests/parsing/fr_external_style_3")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_french_external_style_third_series_stays_above_the_floor() -> None:
    """4 articles, 53 scored quotes. First look (blind, after the second series' fixes): quote F1 0.950,
    speaker 0.979. After the fixes F1 0.991, speaker 0.962, e2e 0.952."""
    res = _score(FRX3_GOLD)
    assert res["quote_p"] >= 0.97, res
    assert res["quote_f1"] >= 0.97, res
    assert res["recall_by_kind"]["direct"] >= 0.95, res
    assert res["recall_by_kind"]["indirect"] >= 0.9, res
    assert res["recall_by_kind"]["mixed"] >= 0.87, res
    assert res["speaker_acc"] >= 0.93, res
    assert res["e2e_f1"] >= 0.92, res


@pytest.mark.skipif(not FRX4_GOLD.exists(), reason="no set in tests/parsing/fr_external_style_4")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_french_external_style_fourth_series_stays_above_the_floor() -> None:
    """4 articles, 56 scored quotes, many role nouns and groups speaking. First look (blind, after the
    third series' fixes): quote F1 0.865 as written, 0.868 with two slips corrected; speaker 0.800 /
    0.804. After the fixes F1 0.889, speaker 0.917, e2e 0.815 (the misses left are quote boundaries
    and cues, see the batch README)."""
    res = _score(FRX4_GOLD)
    assert res["quote_p"] >= 0.9, res
    assert res["quote_f1"] >= 0.87, res
    assert res["recall_by_kind"]["direct"] >= 0.95, res
    assert res["recall_by_kind"]["indirect"] >= 0.85, res
    assert res["recall_by_kind"]["mixed"] >= 0.55, res
    assert res["speaker_acc"] >= 0.89, res
    assert res["e2e_f1"] >= 0.79, res


@pytest.mark.skipif(not ESX3_GOLD.exists(), reason="no set in tests/parsing/es_external_style_3")
@pytest.mark.skipif(NO_SCORER, reason="scorer ../shared/eval/score.py absent")
def test_spanish_external_style_third_series_stays_above_the_floor() -> None:
    """3 articles, 45 scored quotes. First look (blind, after the second series' fixes): quote F1 0.864
    as written, 0.889 with two slips corrected; speaker 0.711 / 0.700. After the fixes F1 0.911, speaker
    0.780, e2e 0.711."""
    res = _score(ESX3_GOLD)
    assert res["quote_p"] >= 0.89, res
    assert res["quote_f1"] >= 0.89, res
    assert res["recall_by_kind"]["direct"] >= 0.93, res
    assert res["recall_by_kind"]["indirect"] >= 0.8, res
    assert res["recall_by_kind"]["mixed"] >= 0.66, res
    assert res["speaker_acc"] >= 0.75, res
    assert res["e2e_f1"] >= 0.69, res
