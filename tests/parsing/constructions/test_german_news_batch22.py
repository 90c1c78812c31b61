"""German news constructions the twenty-second blind batch (tests/parsing/de_external_style_22) showed
giving a quote to the wrong speaker: a fronted document phrase longer than six words before "hieß es"
("In einem Beitrag der Fanhilfe in den sozialen Netzwerken hieß es, …") names its issuer in the
genitive, not the place or date after it. Own sentences only, with a near-miss that must not take a
speaker from a long phrase that names no document."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Bürgerinitiative Südtangente wehrt sich. In einem Beitrag der Initiative auf ihrer "
            "Internetseite hieß es, die Trasse zerschneide das Naherholungsgebiet.",
            "die Trasse zerschneide das Naherholungsgebiet",
            "Initiative",
        ),
        (
            "Der Mieterverein Kiel meldete sich zu Wort. In einer Mitteilung des Vereins vom Montag hieß "
            "es, die Mieten seien zu hoch.",
            "die Mieten seien zu hoch",
            "Mieterverein",
        ),
        (
            "In einem Schreiben der Stadtwerke an alle Kunden in der Innenstadt heißt es, die Preise "
            "stiegen im Mai.",
            "die Preise stiegen im Mai",
            "Stadtwerke",
        ),
    ],
)
def test_a_long_document_phrase_names_its_issuer(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert any(q == content and s is not None and speaker in s for q, s in got), got
    assert not any(s is not None and ("Kunden" in s or "Montag" in s or "Internetseite" in s) for _, s in got)


def test_a_long_phrase_without_a_document_names_no_issuer() -> None:
    # "In der Sitzung des Ausschusses …": a meeting is no document, its genitive no issuer
    got = _pairs(
        "In der Sitzung des Ausschusses am späten Montagabend im Rathaus hieß es, die Halle werde teurer."
    )
    assert not any(s is not None and "Ausschuss" in s for _, s in got), got
