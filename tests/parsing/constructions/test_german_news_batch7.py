"""German online-news constructions the seventh blind batch (tests/parsing/de_external_style_7)
showed missing: a description before a name in apposition before the cue ("Der Chefarzt der Klinik,
Jan Roth, sagte, …" is the subject, not a fronted report); a plural verb after a possessive
description ("Ihre Kinder hätten …") so a later "sagt sie" is not that group; and a source after the
clause's finite verb ("Die Zahl dürfte Fachleuten zufolge steigen": the whole sentence is the
report). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _reports(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes(text, "de") if q[0] == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Chefarzt der Kinderklinik, Jan Roth, sagte, die Station sei seit Wochen überlastet.",
            "die Station sei seit Wochen überlastet",
            "Jan Roth",
        ),
        (
            "Die neue Leiterin des Ordnungsamts, Svenja Maier, erklärte, die Kontrollen würden verschärft.",
            "die Kontrollen würden verschärft",
            "Svenja Maier",
        ),
    ],
)
def test_a_description_with_a_name_in_apposition_is_the_subject(
    text: str, content: str, speaker: str
) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # near-misses: a fronted report before an inverted cue stays a report
        ("Die Brücke sei sicher, erklärte Kurt Bähr.", "Die Brücke sei sicher", "Kurt Bähr"),
        ("Die Brücke sei sicher, hatte Kurt Bähr erklärt.", "Die Brücke sei sicher", "Kurt Bähr"),
    ],
)
def test_a_fronted_report_before_an_inverted_cue_still_counts(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


def test_a_plural_verb_keeps_a_group_from_taking_sie() -> None:
    text = (
        "Seit 30 Jahren führt Marta Keil den Hofladen. Ans Aufgeben habe sie nie gedacht, sagt Keil. "
        "Ihre Kinder hätten ihr zum Verkauf geraten. „Das kam für mich nicht infrage“, sagt sie."
    )
    found = [q for q in quotes(text, "de") if q[0] == "direct"]
    assert found == [("direct", "Das kam für mich nicht infrage", "Marta Keil")]


def test_an_unnamed_singular_description_still_takes_the_pronoun() -> None:
    # near-miss: a singular verb after the description, and nobody named: the description speaks
    text = "Eine Sprecherin der Stadt wollte sich nicht festlegen. Man prüfe den Fall, erklärte sie."
    assert _reports(text) == [("indirect", "Man prüfe den Fall", "Eine Sprecherin der Stadt")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Zahl der Insolvenzen dürfte Fachleuten zufolge im Frühjahr weiter steigen.",
            "Die Zahl der Insolvenzen dürfte Fachleuten zufolge im Frühjahr weiter steigen",
            "Fachleuten",
        ),
        (
            "Der Schaden ist dem Versicherer zufolge deutlich höher als erwartet.",
            "Der Schaden ist dem Versicherer zufolge deutlich höher als erwartet",
            "dem Versicherer",
        ),
    ],
)
def test_a_source_after_the_finite_verb_reports_the_whole_sentence(
    text: str, content: str, speaker: str
) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


def test_a_source_opening_the_sentence_reports_what_follows() -> None:
    # near-miss: "X zufolge" first, so the report is only the words after it
    text = "Dem Versicherer zufolge ist der Schaden deutlich höher als erwartet."
    assert [q[1] for q in _reports(text)] == ["ist der Schaden deutlich höher als erwartet"]
