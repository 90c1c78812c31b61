"""German news constructions the twelfth blind batch (tests/parsing/de_external_style_12) showed missing:
"Nach eigenen Worten/Angaben" names its source as the clause's subject after the finite verb ("Nach
eigenen Worten hat sie …"); "hält nichts davon, … zu …" is a cue (a rejection in words). Own sentences
only, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


# ------------------------------------------------------------------ "Nach eigenen Worten"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Tim Roth führt die Bäckerei seit 2015. Nach eigenen Worten hat er nie ans Aufhören gedacht.",
            "hat er nie ans Aufhören gedacht",
            "Tim Roth",
        ),
        (
            "Nach eigenen Angaben verkaufte die Brauerei im vergangenen Jahr 40.000 Hektoliter.",
            "verkaufte die Brauerei im vergangenen Jahr 40.000 Hektoliter",
            "die Brauerei",
        ),
        (
            "Die Läuferin Eva Kranz siegte in Berlin. Nach eigenen Worten war sie selbst überrascht.",
            "war sie selbst überrascht",
            "Eva Kranz",
        ),
    ],
)
def test_after_own_words_the_subject_speaks(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert any(q == content and s is not None and s.endswith(speaker) for q, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Nach eigenen Vorstellungen baute er das alte Haus um.",
        "Nach eigenen Plänen soll die Halle im Mai fertig sein.",
    ],
)
def test_own_plans_are_no_source(text: str) -> None:
    assert _pairs(text) == [], _pairs(text)


# ------------------------------------------------------------------ "hält nichts davon"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Landrat hält nichts davon, die Kreisumlage noch einmal zu erhöhen.",
            "die Kreisumlage noch einmal zu erhöhen",
            "Der Landrat",
        ),
        (
            "Die Gründerin Jana Vogt hielt nichts davon, mit fremdem Geld schnell zu wachsen.",
            "mit fremdem Geld schnell zu wachsen",
            "Jana Vogt",
        ),
    ],
)
def test_holds_nothing_of_it(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert any(q == content and s is not None and speaker in s for q, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft hält nichts davon.",
        "Der Verein hält nichts davon, und das ist auch gut so.",
        "Der Torwart hält nichts, davon sind die Fans inzwischen überzeugt.",
    ],
)
def test_holds_nothing_without_a_report(text: str) -> None:
    assert _pairs(text) == [], _pairs(text)
