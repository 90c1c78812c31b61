"""Scores on the seed gold (../shared/eval) and on the held-out corpus (tests/parsing/corpus)."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import CORPUS, SHARED, load_jsonl, load_scorer, predict

SEEDS = SHARED / "eval" / "seeds.gold.jsonl"
needs_shared = pytest.mark.skipif(
    not SEEDS.exists(), reason=f"seed gold not found at {SEEDS} (../shared absent)"
)


def _score(gold: dict[str, dict]) -> dict:
    return load_scorer().score(gold, predict(gold))


@needs_shared
def test_seed_gold_meets_the_targets() -> None:
    res = _score(load_jsonl(SEEDS))
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.95, res
    assert res["e2e_f1"] >= 0.90, res


@needs_shared
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_seed_gold_meets_the_targets_per_language(lang: str) -> None:
    gold = {k: d for k, d in load_jsonl(SEEDS).items() if d.get("lang") == lang}
    res = _score(gold)
    assert res["quote_f1"] >= 0.95, res
    assert res["speaker_acc"] >= 0.95, res
    assert res["e2e_f1"] >= 0.90, res


CORPUS_FILES = sorted(CORPUS.glob("*.jsonl")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="no held-out corpus in tests/parsing/corpus")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_heldout_corpus_stays_above_the_floor() -> None:
    gold: dict[str, dict] = {}
    for path in CORPUS_FILES:
        gold.update(load_jsonl(path))
    res = _score(gold)
    # floors we actually reach; raise them as the parser improves
    assert res["quote_f1"] >= 0.98, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.96, res


BLIND = CORPUS.parent / "blind" / "blind.gold.jsonl"


@pytest.mark.skipif(not BLIND.exists(), reason="no blind corpus in tests/parsing/blind")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_blind_validation_set_stays_above_the_floor() -> None:
    # validation only: rules are never fitted to these articles, the floor guards against regressions
    res = _score(load_jsonl(BLIND))
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.96, res
    assert res["e2e_f1"] >= 0.95, res


FRESH = CORPUS.parent / "fresh" / "fresh.gold.jsonl"


@pytest.mark.skipif(not FRESH.exists(), reason="no fresh corpus in tests/parsing/fresh")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_fresh_styles_corpus_stays_above_the_floor() -> None:
    # news styles none of the other corpora cover (tabloid, PTI, live blog, interviews without labels …);
    # the floor guards against regressions, it is not a target to fit
    res = _score(load_jsonl(FRESH))
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.96, res
    assert res["e2e_f1"] >= 0.95, res
