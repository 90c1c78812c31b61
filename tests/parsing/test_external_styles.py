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


# The blind batches 3 and later: (gold file, floors of quote F1, speaker accuracy, end-to-end F1 and
# quote precision), each with its first look and the figures after its construction fixes.
BATCH_FLOORS = [
    # The third blind batch (tests/parsing/external_style_3): first look quote F1 0.92 (gold after
    # annotation fixes), 0.97 after the constructions it revealed were fixed (README there).
    pytest.param("external_style_3/external3.gold.jsonl", 0.95, 0.95, 0.92, 0.96, id="batch_3"),
    # The fourth blind batch (tests/parsing/external_style_4): first look quote F1 0.904 (gold as first
    # written), 0.935 after the annotation fixes; figures after the construction fixes in its README.
    pytest.param("external_style_4/external4.gold.jsonl", 0.94, 0.97, 0.92, 0.94, id="batch_4"),
    # The fifth blind batch (tests/parsing/external_style_5): first look quote F1 0.924 (gold as first
    # written), 0.929 after the one annotation fix; 0.974 after the construction fixes (README there).
    pytest.param("external_style_5/external5.gold.jsonl", 0.95, 0.96, 0.93, 0.96, id="batch_5"),
    # The sixth blind batch (tests/parsing/external_style_6): first look quote F1 0.940 (gold as first
    # written), 0.951 after the annotation fixes; 0.990 after the construction fixes (README there).
    pytest.param("external_style_6/external6.gold.jsonl", 0.97, 0.97, 0.96, 0.97, id="batch_6"),
    # The seventh blind batch (tests/parsing/external_style_7): first look quote F1 0.951 (no annotation
    # slip found), 0.993 after the construction fixes, precision 1.00, speaker 1.00 (README there).
    pytest.param("external_style_7/external7.gold.jsonl", 0.97, 0.97, 0.96, 0.98, id="batch_7"),
    # The eighth blind batch (tests/parsing/external_style_8): first look quote F1 0.920 as written,
    # 0.966 slip-corrected; 1.00 after the construction fixes, precision 1.00, speaker 1.00 (README).
    pytest.param("external_style_8/external8.gold.jsonl", 0.97, 0.97, 0.96, 0.98, id="batch_8"),
    # The ninth blind batch (tests/parsing/external_style_9): first look quote F1 0.959 (no annotation
    # slip found), 0.992 after the construction fixes, precision 1.00, speaker 1.00 (README there).
    pytest.param("external_style_9/external9.gold.jsonl", 0.97, 0.97, 0.96, 0.98, id="batch_9"),
    # The tenth blind batch (tests/parsing/external_style_10), written after batch 9's fixes: first look
    # quote F1 0.898 (no annotation slip found), 0.940 after the construction fixes, precision 0.94,
    # speaker 1.00 (README there).
    pytest.param("external_style_10/external10.gold.jsonl", 0.92, 0.97, 0.92, 0.92, id="batch_10"),
    # The eleventh blind batch (tests/parsing/external_style_11): first look quote F1 0.881 as written,
    # 0.917 after two annotation slips were fixed, 0.991 after the construction fixes, precision 0.98,
    # speaker 1.00 (README there).
    pytest.param("external_style_11/external11.gold.jsonl", 0.97, 0.97, 0.97, 0.96, id="batch_11"),
    # The twelfth blind batch (tests/parsing/external_style_12), written after batch 11's fixes: first
    # look quote F1 0.946 as written, 0.979 after one annotation slip was fixed, 1.00 after the
    # construction fixes, speaker 0.94 (an unnamed "the president" cannot match: README there).
    pytest.param("external_style_12/external12.gold.jsonl", 0.97, 0.91, 0.91, 0.97, id="batch_12"),
    # The thirteenth blind batch (tests/parsing/external_style_13), written after batch 12's fixes:
    # first look quote F1 0.931 as written, 0.943 after one annotation slip was fixed, 0.963 after the
    # construction fixes, speaker 0.92 (an agency head named a paragraph later: README there).
    pytest.param("external_style_13/external13.gold.jsonl", 0.95, 0.90, 0.87, 0.95, id="batch_13"),
    # The fourteenth blind batch (tests/parsing/external_style_14), written after batch 13's fixes:
    # first look quote F1 0.956 as written, 0.967 after one annotation slip was fixed, 1.00 after the
    # construction fixes, speaker 1.00 (README there).
    pytest.param("external_style_14/external14.gold.jsonl", 0.97, 0.97, 0.97, 0.97, id="batch_14"),
    # The fifteenth blind batch (tests/parsing/external_style_15), written after batch 14's fixes: first
    # look quote F1 0.892 as written, 0.918 after two annotation slips were fixed, 0.966 after the
    # construction fixes, speaker 1.00 (what is left: README there).
    pytest.param("external_style_15/external15.gold.jsonl", 0.95, 0.97, 0.95, 0.97, id="batch_15"),
    # The sixteenth blind batch (tests/parsing/external_style_16), written after batch 15's fixes (main
    # at 1ef274b): first look quote F1 0.914 as written, 0.915 after two annotation slips were fixed,
    # 0.962 after the construction fixes, precision 0.98, speaker 0.98 (what is left: README there).
    pytest.param("external_style_16/external16.gold.jsonl", 0.95, 0.97, 0.93, 0.96, id="batch_16"),
    # The seventeenth blind batch (tests/parsing/external_style_17), written after batch 16's fixes:
    # first look quote F1 0.920 (no annotation slip found), 0.970 after the construction fixes,
    # precision 0.98, speaker 0.94 (descriptions named later or resolved to the wrong person: README).
    pytest.param("external_style_17/external17.gold.jsonl", 0.95, 0.92, 0.89, 0.96, id="batch_17"),
    # The eighteenth blind batch (tests/parsing/external_style_18), written after batch 17's fixes:
    # first look quote F1 0.883 as written, 0.956 after the annotation slips were fixed (two commits),
    # 0.980 after the construction fixes, precision 1.00, speaker 0.93 (roles named before the person
    # and a document's "directs": README there).
    pytest.param("external_style_18/external18.gold.jsonl", 0.96, 0.91, 0.89, 0.98, id="batch_18"),
    # The nineteenth blind batch (tests/parsing/external_style_19), written after batch 18's fixes:
    # first look quote F1 0.916 as written, 0.948 after the annotation slips were fixed (two commits),
    # 0.965 after the construction fixes, precision 0.98, speaker 0.92 (roles named before the person,
    # a document's "says" and "They are asking" after two bodies: README there).
    pytest.param("external_style_19/external19.gold.jsonl", 0.95, 0.90, 0.87, 0.96, id="batch_19"),
    # The twentieth blind batch (tests/parsing/external_style_20: British, Irish, Australian and Indian
    # papers), written after batch 19's fixes: first look quote F1 0.919 as written, 0.923 after one
    # annotation slip, 0.965 after the construction fixes, precision 0.98, speaker 0.93 (roles named
    # before the person, "the counsel for …" and "the bench" resolved to the lawyer before: README there).
    pytest.param("external_style_20/external20.gold.jsonl", 0.95, 0.90, 0.87, 0.96, id="batch_20"),
    # The twenty-first blind batch (tests/parsing/external_style_21: New Zealand, Northern Irish, sport,
    # tech and foreign-desk copy), written after batch 20's fixes: first look quote F1 0.902 as written,
    # 0.926 after the annotation slips, 0.968 after the construction fixes, precision 0.97, speaker 1.00.
    pytest.param("external_style_21/external21.gold.jsonl", 0.95, 0.97, 0.95, 0.95, id="batch_21"),
    # The twenty-second blind batch (tests/parsing/external_style_22: Irish court, English council,
    # earnings call, health desk, Australian live blog), written after batch 21's fixes: first look quote
    # F1 0.959 as written, 0.965 after the annotation slips, speaker 0.86; after the fixes (people described
    # by what they run, "said the woman, who …" after an unnamed speaker, post-nominal letters, a cue's
    # noun object) F1 0.969, precision 0.99, speaker 0.98.
    pytest.param("external_style_22/external22.gold.jsonl", 0.95, 0.96, 0.93, 0.97, id="batch_22"),
    # The twenty-third blind batch (tests/parsing/external_style_23: Indian city news, Scottish health
    # politics, cricket, a central bank, a Crown Court), written after batch 22's fixes: first look quote F1
    # 0.886 as written, 0.911 after the annotation slips, speaker 0.96; after the one fix made ("the man who
    # will lead …") speaker 0.967. Its misses are left for the next round (see its README).
    pytest.param("external_style_23/external23.gold.jsonl", 0.89, 0.95, 0.86, 0.94, id="batch_23"),
]


@pytest.mark.parametrize(("gold", "f1", "speaker", "e2e", "precision"), BATCH_FLOORS)
def test_external_style_batch_floor(
    gold: str, f1: float, speaker: float, e2e: float, precision: float
) -> None:
    res = _score(Path(__file__).resolve().parent / gold)
    assert res["quote_f1"] >= f1, res
    assert res["speaker_acc"] >= speaker, res
    assert res["e2e_f1"] >= e2e, res
    assert res["quote_p"] >= precision, res
