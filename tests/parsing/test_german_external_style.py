"""The held-apart German online-news set (tests/parsing/de_external_style): the parser stays above a
floor on it. The floor sits below today's figures (quote F1 0.978, precision 1.0, speaker 0.918,
end-to-end 0.898) so that a change which costs German reported speech fails here, not only on the
hidden yardstick."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.helpers import SHARED, load_jsonl, load_scorer, predict

DEX_GOLD = Path(__file__).resolve().parent / "de_external_style" / "dex.gold.jsonl"


def _assert_floors(path: Path, floors: dict[str, float], by_mention: dict[str, float]) -> None:
    """The batch at `path` scores at least `floors` (quote_p, quote_f1, speaker_acc, e2e_f1, and
    "indirect" for the recall of indirect quotes) and, speakers scored by mention as the hidden German
    set is, at least `by_mention`."""
    gold = load_jsonl(path)
    scorer = load_scorer()
    pred = predict(gold)
    res = scorer.score(gold, pred)
    for key, floor in floors.items():
        got = res["recall_by_kind"]["indirect"] if key == "indirect" else res[key]
        assert got >= floor, (key, res)
    mention = scorer.score(gold, pred, by_mention=True)
    for key, floor in by_mention.items():
        assert mention[key] >= floor, (key, mention)


@pytest.mark.skipif(not DEX_GOLD.exists(), reason="no set in tests/parsing/de_external_style")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_german_external_style_set_stays_above_the_floor() -> None:
    gold = load_jsonl(DEX_GOLD)
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
    gold = load_jsonl(DEX3_GOLD)
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_p"] >= 0.98, res
    assert res["quote_f1"] >= 0.97, res
    assert res["recall_by_kind"]["indirect"] >= 0.96, res
    assert res["speaker_acc"] >= 0.95, res
    assert res["e2e_f1"] >= 0.94, res


# Batches 4 and later: (gold file, floors, floors with speakers scored by mention), each with its first
# look and the figures after its construction fixes; every floor sits a little below those figures.
BATCH_FLOORS = [
    # Batch 4 (6 articles, 65 scored quotes; first look F1 0.936, speaker 0.828 / 0.931 by mention):
    # today quote F1 0.961, precision 0.984, speaker 0.951 (1.0 by mention, as the hidden German set is
    # scored), end-to-end 0.913; the floor sits a little below.
    pytest.param(
        "de_external_style_4/dex4.gold.jsonl",
        {"quote_p": 0.97, "quote_f1": 0.94, "indirect": 0.90, "speaker_acc": 0.92, "e2e_f1": 0.88},
        {"speaker_acc": 0.97, "e2e_f1": 0.93},
        id="batch_4",
    ),
    # Batch 5 (6 articles, 79 scored quotes; first look F1 0.901, precision 0.944, speaker 0.809 / 0.956
    # by mention): after its construction fixes quote F1 0.974, precision 0.987, speaker 0.842 (0.974 by
    # mention), end-to-end 0.821 (0.949 by mention); the floor sits a little below.
    pytest.param(
        "de_external_style_5/dex5.gold.jsonl",
        {"quote_p": 0.96, "quote_f1": 0.95, "indirect": 0.92, "speaker_acc": 0.81, "e2e_f1": 0.79},
        {"speaker_acc": 0.95, "e2e_f1": 0.92},
        id="batch_5",
    ),
    # Batch 6 (6 articles, 77 scored quotes; first look F1 0.945 after the annotation fix, precision
    # 1.00, speaker 0.899 / 0.971 by mention): after its construction fixes quote F1 0.994, precision
    # 1.00, speaker 0.921 (0.987 by mention), end-to-end 0.915 (0.980 by mention); the floor sits a
    # little below.
    pytest.param(
        "de_external_style_6/dex6.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.96, "speaker_acc": 0.89, "e2e_f1": 0.88},
        {"speaker_acc": 0.96, "e2e_f1": 0.95},
        id="batch_6",
    ),
    # Batch 7 (6 articles, 47 scored quotes; first look F1 0.957, precision 0.957, speaker 0.978 / 1.00
    # by mention): after its construction fixes quote F1 0.989, precision 1.00, speaker 1.00, end-to-end
    # 0.989; the floor sits a little below.
    pytest.param(
        "de_external_style_7/dex7.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "speaker_acc": 0.97, "e2e_f1": 0.96},
        {"speaker_acc": 0.97, "e2e_f1": 0.96},
        id="batch_7",
    ),
    # Batch 8 (5 articles, 35 scored quotes; first look F1 0.971 as written, 0.986 slip-corrected,
    # speaker 0.912 / 0.971 by mention): after its construction fixes quote F1 1.00, precision 1.00,
    # speaker 1.00, end-to-end 1.00; the floor sits a little below.
    pytest.param(
        "de_external_style_8/dex8.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "speaker_acc": 0.97, "e2e_f1": 0.96},
        {"speaker_acc": 0.97, "e2e_f1": 0.96},
        id="batch_8",
    ),
    # Batch 9 (6 articles, 51 scored quotes; first look F1 0.894, precision 0.977, speaker 0.786 / 0.881
    # by mention): after its construction fixes quote F1 1.00, precision 1.00, speaker 1.00, end-to-end
    # 1.00; the floor sits a little below.
    pytest.param(
        "de_external_style_9/dex9.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.98, "indirect": 0.97, "speaker_acc": 0.96, "e2e_f1": 0.96},
        {"speaker_acc": 0.98, "e2e_f1": 0.98},
        id="batch_9",
    ),
    # Batch 10 (6 articles, 45 scored quotes; first look, with batch 9's fixes, F1 0.850 slip-corrected,
    # precision 0.971, speaker 0.853 / 0.882 by mention): after its construction fixes quote F1 0.989,
    # precision 1.00, speaker 0.977, end-to-end 0.966; the floor sits a little below.
    pytest.param(
        "de_external_style_10/dex10.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.95, "speaker_acc": 0.95, "e2e_f1": 0.94},
        {"speaker_acc": 0.95, "e2e_f1": 0.94},
        id="batch_10",
    ),
    # Batch 11 (5 articles, 47 scored quotes; first look, with batch 9 and 10's fixes, F1 0.921,
    # precision 0.976, speaker 0.878 / 0.951 by mention): after its construction fixes quote F1 0.967,
    # precision 1.00, speaker 0.977, end-to-end 0.945; the floor sits a little below.
    pytest.param(
        "de_external_style_11/dex11.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.95, "indirect": 0.89, "speaker_acc": 0.95, "e2e_f1": 0.92},
        {"speaker_acc": 0.95, "e2e_f1": 0.92},
        id="batch_11",
    ),
    # Batch 12 (4 articles, 31 scored quotes; first look, with batch 11's fixes, F1 0.912, precision
    # 1.00, speaker 0.962 / 1.00 by mention): after its construction fixes quote F1 0.949, precision
    # 1.00, speaker 0.964, end-to-end 0.915; the floor sits a little below.
    pytest.param(
        "de_external_style_12/dex12.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.93, "indirect": 0.89, "speaker_acc": 0.93, "e2e_f1": 0.89},
        {"speaker_acc": 0.97, "e2e_f1": 0.92},
        id="batch_12",
    ),
    # Batch 13 (5 articles, 33 scored quotes; first look, with batch 12's fixes, F1 0.938 as first
    # written and 0.985 with two annotation slips corrected, precision 1.00, speaker 1.00): after its
    # construction fixes quote F1 1.00, precision 1.00, speaker 1.00, end-to-end 1.00; the floor sits a
    # little below.
    pytest.param(
        "de_external_style_13/dex13.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.96, "indirect": 0.93, "speaker_acc": 0.96, "e2e_f1": 0.94},
        {"speaker_acc": 0.96, "e2e_f1": 0.94},
        id="batch_13",
    ),
    # Batch 14 (5 articles, 65 scored quotes; first look, with batch 13's fixes, F1 0.909, precision
    # 0.982, speaker 0.891 / 0.927 by mention, no annotation slip): after its construction fixes quote
    # F1 1.00, precision 1.00, speaker 0.954 / 1.00 by mention; the floor sits a little below.
    pytest.param(
        "de_external_style_14/dex14.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.95, "speaker_acc": 0.93, "e2e_f1": 0.92},
        {"speaker_acc": 0.97, "e2e_f1": 0.95},
        id="batch_14",
    ),
    # Batch 15 (6 articles, 71 scored quotes; first look, with batch 14's fixes, F1 0.925 as first
    # written and 0.932 with one annotation slip corrected, precision 1.00, speaker 0.952 / 1.00 by
    # mention): after its construction fixes quote F1 1.00, precision 1.00, speaker 0.972 / 1.00 by
    # mention; the floor sits a little below.
    pytest.param(
        "de_external_style_15/dex15.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.95, "speaker_acc": 0.94, "e2e_f1": 0.93},
        {"speaker_acc": 0.97, "e2e_f1": 0.95},
        id="batch_15",
    ),
    # Batch 16 (6 articles of 430-500 words, 127 scored quotes; first look, with batch 15's fixes, F1
    # 0.950, precision 1.00, speaker 0.904 / 0.965 by mention, no annotation slip): after its
    # construction fixes quote F1 0.988, precision 1.00, speaker 0.952 / 0.992 by mention; the floor
    # sits a little below.
    pytest.param(
        "de_external_style_16/dex16.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.97, "speaker_acc": 0.93, "e2e_f1": 0.92},
        {"speaker_acc": 0.97, "e2e_f1": 0.96},
        id="batch_16",
    ),
    # Batch 17 (5 articles of 400-450 words, 116 scored quotes; first look, with batch 16's fixes, F1
    # 0.965 as first written and 0.969 with one annotation slip corrected, precision 0.991, speaker
    # 0.936 / 0.955 by mention): after its construction fixes quote F1 0.974, precision 0.991, speaker
    # 0.991 / 0.991 by mention; the floor sits a little below.
    pytest.param(
        "de_external_style_17/dex17.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.96, "indirect": 0.94, "speaker_acc": 0.96, "e2e_f1": 0.94},
        {"speaker_acc": 0.97, "e2e_f1": 0.95},
        id="batch_17",
    ),
    # Batch 18 (5 articles of 450-510 words, 123 scored quotes; first look, with batch 17's fixes, F1
    # 0.935 as first written and 0.940 with one annotation slip corrected, precision 1.0, speaker 0.945 /
    # 0.972 by mention): after its construction fixes quote F1 0.971, precision 1.0, speaker 0.974 /
    # 0.991 by mention; the floor sits a little below.
    pytest.param(
        "de_external_style_18/dex18.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.96, "indirect": 0.91, "speaker_acc": 0.96, "e2e_f1": 0.93},
        {"speaker_acc": 0.98, "e2e_f1": 0.95},
        id="batch_18",
    ),
    # Batch 19 (5 articles of 460-540 words: Austrian APA and Swiss styles, a verdict, an LKA Lagebild, an
    # obituary; 108 scored quotes; first look, with batch 18's fixes, F1 0.937 as first written and 0.941
    # with one annotation slip corrected, precision 1.0, speaker 0.875 / 0.948 by mention): after its
    # construction fixes quote F1 0.991, precision 1.0, speaker 0.934 / 0.972 by mention; the floor sits a
    # little below.
    pytest.param(
        "de_external_style_19/dex19.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.95, "speaker_acc": 0.91, "e2e_f1": 0.90},
        {"speaker_acc": 0.95, "e2e_f1": 0.94},
        id="batch_19",
    ),
    # Batch 20 (5 articles of 450-460 words: a dpa-AFX profit warning, an election Liveticker, a press
    # conference, a commentary, an Austrian Q&A; 74 scored quotes; first look, with batch 19's fixes, F1
    # 0.952, precision 0.972, speaker 0.913 / 0.957 by mention, no annotation slip): after its construction
    # fixes quote F1 0.987, precision 0.986, speaker 0.973 / 0.986 by mention; the floor sits a little below.
    pytest.param(
        "de_external_style_20/dex20.gold.jsonl",
        {"quote_p": 0.97, "quote_f1": 0.97, "indirect": 0.97, "speaker_acc": 0.95, "e2e_f1": 0.94},
        {"speaker_acc": 0.97, "e2e_f1": 0.96},
        id="batch_20",
    ),
    # Batch 21 (5 articles of 460-545 words: a Swiss regional paper on a birth ward, a logistics firm's
    # quarterly figures, a police story on Schockanrufe with an LKA Lagebild, a dpa Agrardiesel report, an
    # Austrian avalanche verdict; 96 scored quotes, many spoken by organisations; first look, with batch
    # 20's fixes, F1 0.963, precision 0.979, speaker 0.901 / 0.967 by mention, no annotation slip): after
    # its speaker fixes speaker 0.934 / 0.978 by mention (quote figures unchanged); the floor sits below.
    pytest.param(
        "de_external_style_21/dex21.gold.jsonl",
        {"quote_p": 0.96, "quote_f1": 0.95, "indirect": 0.92, "speaker_acc": 0.92, "e2e_f1": 0.88},
        {"speaker_acc": 0.96, "e2e_f1": 0.93},
        id="batch_21",
    ),
    # Batch 22 (5 articles of 450-470 words: a chemical-industry wage round, measles at a school, the Swiss
    # Bundesrat on health premiums, a DFB Sportgericht ruling, a Styrian Landesrechnungshof report; 90
    # scored quotes; first look, with batch 21's fixes, F1 0.983, precision 1.0, speaker 0.954 (also by
    # mention), no annotation slip): after its speaker fix speaker 0.977 (quote figures unchanged); the
    # floor sits a little below.
    pytest.param(
        "de_external_style_22/dex22.gold.jsonl",
        {"quote_p": 0.98, "quote_f1": 0.97, "indirect": 0.97, "speaker_acc": 0.95, "e2e_f1": 0.94},
        {"speaker_acc": 0.95, "e2e_f1": 0.94},
        id="batch_22",
    ),
]


@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
@pytest.mark.parametrize(("gold", "floors", "by_mention"), BATCH_FLOORS)
def test_german_external_style_batch_stays_above_the_floor(
    gold: str, floors: dict[str, float], by_mention: dict[str, float]
) -> None:
    path = Path(__file__).resolve().parent / gold
    if not path.exists():
        pytest.skip(f"no set in tests/parsing/{gold}")
    _assert_floors(path, floors, by_mention)
