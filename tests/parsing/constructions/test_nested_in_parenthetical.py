"""A parenthetical attribution whose reported sentence goes on into a subordinate clause with a report
of its own ("The retreat, two officials said, began in June, when the chief of staff told aides that
…"): one quote, the outer one (the annotation convention: a report nested in another is not a quote of
its own) — content._content_tail, constructions/fronted.py. A coordinated new report ("…, but Hale
said …") is not nested and stays its own."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The retreat, two of the officials said, began in June, when the chief of staff told senior"
            " aides that the fight could wait.",
            "two of the officials",
        ),
        (
            "The delay, the mayor said, began after the contractor told the city that steel prices had"
            " doubled.",
            "the mayor",
        ),
        (
            "The shift, three people familiar with the talks said, came after the minister told her"
            " caucus that the bill would not pass.",
            "three people familiar with the talks",
        ),
    ],
)
def test_the_outer_report_is_the_quote(text: str, speaker: str) -> None:
    assert [(span, spk) for _, span, spk in quotes(text, "en")] == [(text[:-1], speaker)]


def test_a_coordinated_report_is_its_own() -> None:
    text = "The plan, she said, would pass in the spring, but Hale said it would fail in committee."
    assert ("it would fail in committee", "Hale") in [(span, spk) for _, span, spk in quotes(text, "en")]


def test_a_report_after_its_own_sentence_is_untouched() -> None:
    text = "The pipeline, he said, now holds half its capacity. Hale told us that the fight could wait."
    assert ("the fight could wait", "Hale") in [(span, spk) for _, span, spk in quotes(text, "en")]
