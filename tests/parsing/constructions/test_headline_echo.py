"""A headline quotation that the article quotes again with a speaker (constructions/headline_echo.py):
the headline's words are that speaker's. Every text here is written for this test."""

from __future__ import annotations

from attribution.parsing.constructions.headline_echo import _words
from attribution.parsing.languages.base import fold
from tests.parsing.helpers import quotes

BODY = (
    "Les salariées de la maternité ont manifesté samedi devant la mairie pour protester contre la "
    "fermeture annoncée du service au printemps."
)


def _text(headline: str, quote: str) -> str:
    return "\n\n".join([headline, BODY, quote])


def test_headline_quote_echoed_with_a_speaker_is_that_speakers() -> None:
    text = _text(
        "Fermeture de la maternité de Ploërmel : « Nous irons jusqu'au bout »",
        "« Nous irons jusqu’au bout. On ne laissera pas fermer ce service sans se battre », a lancé "
        "une sage-femme, Claire Morvan, devant la foule.",
    )
    found = quotes(text, "fr")
    assert ("direct", "Nous irons jusqu'au bout", "Claire Morvan") in found


def test_echo_ignores_case_and_punctuation() -> None:
    text = _text(
        "Grève des éboueurs à Lorient : « Plus Personne Ne Nous Écoute ! »",
        "« Plus personne ne nous écoute, ni à la mairie ni à l'agglomération », regrette le délégué "
        "syndical Yann Le Goff.",
    )
    found = quotes(text, "fr")
    assert ("direct", "Plus Personne Ne Nous Écoute !", "Yann Le Goff") in found


def test_headline_quote_never_repeated_gets_no_echo() -> None:
    text = _text(
        "Fermeture de la maternité de Ploërmel : « Nous irons jusqu'au bout »",
        "« Le service restera ouvert jusqu'à l'été », a assuré la directrice de l'hôpital, Anne Riou.",
    )
    assert not any(kind == "direct" and q.startswith("Nous irons") for kind, q, _ in quotes(text, "fr"))


def test_words_are_the_runs_of_letters_and_digits() -> None:
    # the reference definition, one character at a time
    def reference(s: str) -> str:
        return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(s)).split())

    for s in [
        "« Nous irons jusqu’au bout ! »",
        "  --Plus_personne__ne 2024 écoute…  ",
        "“El pueblo no se rinde”, dijo ¿quién?",
        "हम हर गांव तक पहुंचेंगे।",
        "Straße, Ölpreis – 3,5 %",
        "",
        "!!!",
    ]:
        assert _words(s) == reference(s), s
