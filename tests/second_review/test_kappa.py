"""Cohen's kappa against examples worked by hand, and the cases where it is undefined or extreme."""

from __future__ import annotations

import pytest

from attribution.review_stats import cohen_kappa

C, R = "confirmed", "rejected"


def test_ten_quotes_worked_by_hand() -> None:
    # Both confirm 6, both reject 2, A confirms / B rejects 1, A rejects / B confirms 1.
    pairs = [(C, C)] * 6 + [(R, R)] * 2 + [(C, R), (R, C)]
    k = cohen_kappa(pairs)
    # observed 8/10 = 0.8; A confirms 7/10, B confirms 7/10: chance 0.7*0.7 + 0.3*0.3 = 0.58
    # kappa = (0.8 - 0.58) / (1 - 0.58) = 0.22 / 0.42 = 0.5238…
    assert k.n == 10 and k.agreements == 8
    assert k.observed == pytest.approx(0.8)
    assert k.chance == pytest.approx(0.58)
    assert k.kappa == pytest.approx(0.22 / 0.42)
    assert round(k.kappa, 4) == 0.5238


def test_unbalanced_raters_worked_by_hand() -> None:
    # 50 quotes: CC 20, CR 5, RC 10, RR 15. A confirms 25/50, B confirms 30/50.
    pairs = [(C, C)] * 20 + [(C, R)] * 5 + [(R, C)] * 10 + [(R, R)] * 15
    k = cohen_kappa(pairs)
    # observed 35/50 = 0.7; chance 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4
    assert k.observed == pytest.approx(0.7)
    assert k.chance == pytest.approx(0.5)
    assert k.kappa == pytest.approx(0.4)


def test_three_speakers_worked_by_hand() -> None:
    # Speaker ids, None meaning "unknown": 6 quotes, 4 agreed.
    pairs = [(1, 1), (1, 1), (2, 2), (None, None), (1, 2), (2, None)]
    k = cohen_kappa(pairs)
    # A: 1×3, 2×2, None×1; B: 1×2, 2×2, None×2. chance = (3*2 + 2*2 + 1*2) / 36 = 12/36
    # kappa = (4/6 - 1/3) / (1 - 1/3) = (1/3) / (2/3) = 0.5
    assert k.chance == pytest.approx(1 / 3)
    assert k.kappa == pytest.approx(0.5)


def test_kappa_does_not_depend_on_which_reviewer_is_first() -> None:
    pairs = [(C, C)] * 3 + [(C, R)] * 2 + [(R, R)]
    swapped = [(b, a) for a, b in pairs]
    assert cohen_kappa(pairs).kappa == pytest.approx(cohen_kappa(swapped).kappa)


def test_no_quotes_gives_no_kappa() -> None:
    k = cohen_kappa([])
    assert k.n == 0 and k.kappa is None and k.observed is None and k.note


def test_both_giving_one_answer_to_everything_is_undefined_not_one() -> None:
    # Agreement is perfect, but chance agreement is certain too: 0/0.
    k = cohen_kappa([(C, C)] * 5)
    assert k.observed == 1.0 and k.chance == 1.0
    assert k.kappa is None
    assert "undefined" in k.note


def test_perfect_agreement_over_two_answers_is_one() -> None:
    assert cohen_kappa([(C, C), (R, R), (C, C)]).kappa == pytest.approx(1.0)


def test_each_reviewer_constant_but_different_is_zero() -> None:
    # never agree, but nor would chance: kappa 0, not negative
    k = cohen_kappa([(C, R)] * 4)
    assert k.observed == 0.0 and k.chance == 0.0 and k.kappa == 0.0


def test_systematic_disagreement_is_minus_one() -> None:
    assert cohen_kappa([(C, R), (R, C)] * 3).kappa == pytest.approx(-1.0)


def test_a_single_quote_they_disagree_on() -> None:
    assert cohen_kappa([(C, R)]).kappa == 0.0
