"""Compiled helpers of the mood continuation (attribution/parsing/constructions/continuation.py) against
the library functions they stand in for."""

from __future__ import annotations

import bisect

from attribution.parsing.constructions.continuation import _bisect_left, _last_ending
from attribution.parsing.document import Cand


def test_bisect_left_agrees_with_the_library_on_ties_ends_and_empty_lists():
    for starts in ([], [5], [0, 3, 3, 3, 9, 12], list(range(0, 200, 7))):
        for x in range(-2, 210):
            assert _bisect_left(starts, x) == bisect.bisect_left(starts, x)


def test_the_quotation_ending_last_is_the_first_of_those_that_end_last():
    cands = [
        Cand(0, 40, "direct", "direct:quote-X-said", 0.9, 0),
        Cand(10, 90, "direct", "direct:quote-X-said", 0.9, 0),
        Cand(50, 90, "mixed", "mixed:fragment-quote-X-said", 0.9, 0),
        Cand(60, 70, "direct", "direct:continuation", 0.6, 0),
    ]
    assert _last_ending(cands) is max(cands, key=lambda c: c.end) is cands[1]
    assert _last_ending(cands[2:]) is cands[2]
    assert _last_ending(cands[3:]) is cands[3]
