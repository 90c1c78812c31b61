"""Check-worthiness scores: a checkable claim scores high with the reason a fact-checker would give."""

from __future__ import annotations

import pytest

from attribution import checkworthy


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        (
            "en",
            "Youth unemployment in the valley has climbed to 14.8 percent, the council's figures show.",
            "figure",
        ),
        ("en", "Our county now recycles more household waste than any other county in Wales.", "comparison"),
        ("en", "The flooding happened because the drains had not been cleared since the spring.", "causal"),
        ("en", "The ordinance makes it illegal to park on a cycle lane at any time.", "law_or_record"),
        ("en", "Bus fares have risen every year since 2019.", "trend"),
        ("fr", "Le nombre de lits d'hôpital a baissé de 12 % depuis 2020.", "trend"),
        ("de", "Die Zahl der Pendler ist seit 2015 um ein Drittel gestiegen.", "trend"),
        ("es", "La ley prohíbe fumar en las terrazas desde el año pasado.", "law_or_record"),
        ("hi", "राज्य में पिछले साल 1,200 नए स्कूल खोले गए।", "figure"),
    ],
)
def test_a_checkable_claim_scores_above_the_queue_threshold_with_its_reason(
    lang: str, text: str, reason: str
) -> None:
    score, reasons = checkworthy.score(text, lang)
    assert score >= checkworthy.THRESHOLD
    assert reason in reasons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thank you all so much for coming out tonight."),
        ("en", "I think she is the finest mayor this town has had."),
        ("en", "The committee will meet again next week to consider the agenda."),
        ("fr", "Merci à tous les bénévoles, bienvenue à Lyon."),
        ("de", "Herzlich willkommen, ich danke Ihnen für die Einladung."),
        ("es", "Gracias a todos, bienvenidos a la sesión."),
        ("hi", "आप सभी का बहुत धन्यवाद।"),
    ],
)
def test_greetings_opinion_and_procedure_stay_below_the_threshold(lang: str, text: str) -> None:
    score, _ = checkworthy.score(text, lang)
    assert score < checkworthy.THRESHOLD


def test_a_clock_time_is_not_a_statistic() -> None:
    assert "figure" not in checkworthy.score("We will meet again at 10:30 tomorrow.", "en")[1]
    assert "figure" in checkworthy.score("Turnout was 10.5 percent lower than in 2022.", "en")[1]


def test_opinion_weakens_a_claim_but_a_figure_still_counts() -> None:
    plain, _ = checkworthy.score("Crime fell by 12 percent last year.", "en")
    hedged, reasons = checkworthy.score("I think crime fell by 12 percent last year.", "en")
    assert hedged < plain
    assert "opinion" in reasons


def test_scores_stay_in_the_unit_interval_and_unknown_languages_use_english_lists() -> None:
    for text in ["", "!!!", "1 2 3 4 5 percent more than any law since 1990 because"]:
        for lang in ["en", "xx", "", "pt-BR"]:
            score, _ = checkworthy.score(text, lang)
            assert 0.0 <= score <= 1.0


def test_the_labelled_set_has_300_quotes_in_five_languages_and_the_score_meets_the_target() -> None:
    rows = checkworthy.labelled_set()
    assert len(rows) >= 300
    assert {lang for lang, _, _ in rows} == {"en", "fr", "de", "es", "hi"}
    figures = checkworthy.precision_recall(rows)
    assert figures["precision"] >= 0.8 and figures["recall"] >= 0.8
