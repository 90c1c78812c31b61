"""The held-apart German online-news set (tests/parsing/de_external_style): the parser stays above a
floor on it. The floor sits below today's figures (quote F1 0.978, precision 1.0, speaker 0.918,
end-to-end 0.898) so that a change which costs German reported speech fails here, not only on the
hidden yardstick."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parsing.helpers import SHARED, load_scorer, predict

DEX_GOLD = Path(__file__).resolve().parent / "de_external_style" / "dex.gold.jsonl"


@pytest.mark.skipif(not DEX_GOLD.exists(), reason="no set in tests/parsing/de_external_style")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_german_external_style_set_stays_above_the_floor() -> None:
    gold = {}
    for line in DEX_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            gold[d["id"]] = d
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_p"] >= 0.98, res
    assert res["quote_f1"] >= 0.95, res
    assert res["recall_by_kind"]["indirect"] >= 0.92, res
    assert res["speaker_acc"] >= 0.89, res
    assert res["e2e_f1"] >= 0.87, res


DEX3_GOLD = Path(__file__).resolve().parent / "de_external_style_3" / "dex3.gold.jsonl"


@pytest.mark.skipif(not DEX3_GOLD.exists(), reason="no set in tests/parsing/de_external_style_3")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_german_external_style_batch_3_stays_above_the_floor() -> None:
    """Batch 3 (10 articles, 162 scored quotes): today quote F1 0.994, precision 1.0, speaker 0.975,
    end-to-end 0.969; the floor sits a little below."""
    gold = {}
    for line in DEX3_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            gold[d["id"]] = d
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_p"] >= 0.98, res
    assert res["quote_f1"] >= 0.97, res
    assert res["recall_by_kind"]["indirect"] >= 0.96, res
    assert res["speaker_acc"] >= 0.95, res
    assert res["e2e_f1"] >= 0.94, res
