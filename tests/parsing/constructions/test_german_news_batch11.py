"""German news constructions the eleventh blind batch (tests/parsing/de_external_style_11) showed missing:
a report opening with a purpose infinitive after its cue ("sagte, um … zu senken, müsse …"); a noun
head before a parenthetical cue ("Die Reform, sagen Kritiker, belaste …"); a sentence-opening
"Wie X betonte," whose main clause has a verb of its own that is also a cue ("lehnt … ab"); an adverb
after an inverted name ("antwortete Kessler knapp"); a score's colon in a fronted phrase ("Nach dem 0:2
gegen X hat Trainer Y eingeräumt"); "Aus X verlautete, …"; a traveller ("Ein Fahrgast") is a person and
an unnamed subject's label ends at its relative clause; a credit line ("Foto: X/dpa") names nobody in
the story. Own sentences only."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


# ------------------------------------------------------------------ "sagte, um … zu …, müsse …"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Kämmerer sagte, um das Defizit zu schließen, müsse die Stadt ihre Gebühren erhöhen.",
            "um das Defizit zu schließen, müsse die Stadt ihre Gebühren erhöhen",
            "Der Kämmerer",
        ),
        (
            "Die Trainerin erklärte, um oben mitzuspielen, brauche das Team zwei neue Stürmer.",
            "um oben mitzuspielen, brauche das Team zwei neue Stürmer",
            "Die Trainerin",
        ),
        (
            "Der Verbandschef betonte, ohne mehr Personal zu finden, werde kein Heim die Auflagen erfüllen.",
            "ohne mehr Personal zu finden, werde kein Heim die Auflagen erfüllen",
            "Der Verbandschef",
        ),
    ],
)
def test_purpose_infinitive_opening_the_report(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text), _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Frau rief, um Hilfe zu holen, laut nach ihrem Nachbarn.",
        "Der Minister sagte, um die Kosten zu senken, sei er zu allem bereit, und verließ den Saal.",
    ],
)
def test_purpose_clause_of_the_reporter_is_no_report(text: str) -> None:
    # the first: the caller's purpose, the verb after it indicative; the second goes on reporting with
    # the speaker as subject ("sei er"), which is still his report
    got = _pairs(text)
    if "Hilfe" in text:
        assert got == [], got
    else:
        assert any(q.startswith("um die Kosten zu senken, sei er") for q, _ in got), got


# ------------------------------------------------------------------ noun head, parenthetical cue


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Novelle, sagen Kritiker aus dem Handwerk, belaste vor allem kleine Betriebe.",
            "Die Novelle, sagen Kritiker aus dem Handwerk, belaste vor allem kleine Betriebe",
            "Kritiker aus dem Handwerk",
        ),
        (
            "Der neue Fahrplan, sagte die Sprecherin, koste die Pendler täglich zehn Minuten.",
            "Der neue Fahrplan, sagte die Sprecherin, koste die Pendler täglich zehn Minuten",
            "die Sprecherin",
        ),
        (
            "Die alte Rheinbrücke, sagte der Baudezernent, wird im Frühjahr abgerissen.",
            "Die alte Rheinbrücke, sagte der Baudezernent, wird im Frühjahr abgerissen",
            "der Baudezernent",
        ),
    ],
)
def test_noun_head_before_a_parenthetical_cue(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text), _pairs(text)


def test_noun_head_without_a_verb_after_the_cue_is_no_whole_clause() -> None:
    # "Am Montag, sagte er, teilweise Regen": a time phrase and no verb, nothing to report whole
    got = _pairs("Am Montag, sagte der Meteorologe, teilweise Regen.")
    assert not any(q.startswith("Am Montag, sagte") for q, _ in got), got


# ------------------------------------------------------------------ "Wie X betonte, lehnt … ab"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Wie die Sprecherin betonte, lehnt der Konzern jede Verantwortung für den Unfall ab.",
            "lehnt der Konzern jede Verantwortung für den Unfall ab",
            "die Sprecherin",
        ),
        (
            "Wie Vogel erklärte, weist die Fraktion die Vorwürfe entschieden zurück.",
            "weist die Fraktion die Vorwürfe entschieden zurück",
            "Vogel",
        ),
    ],
)
def test_as_clause_before_a_main_clause_with_a_cue_verb(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert (content, speaker) in got, got
    assert not any(q.startswith("Wie ") for q, _ in got), got  # the as-clause is no content


# ------------------------------------------------------------------ speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Auf die Frage nach seiner Zukunft antwortete Bremer knapp: „Kein Kommentar.“", "Bremer"),
        ("„Wer nicht kämpft, hat schon verloren“, sagte Vereinspräsident Ulrich Haas einmal.", "Haas"),
        ("„Das war nichts“, meinte Stürmerin Lea Frank trocken.", "Frank"),
    ],
)
def test_adverb_after_an_inverted_name(text: str, speaker: str) -> None:
    got = _pairs(text)
    assert len(got) == 1 and got[0][1] is not None and got[0][1].endswith(speaker), got  # no adverb last


def test_name_particles_after_the_cue_stay_in_the_name() -> None:
    got = _pairs("„Wir halten Kurs“, sagte Johanna von der Heide.")
    assert [s for _, s in got] == ["Johanna von der Heide"], got


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem 1:3 gegen Hertha BSC hat Trainer Jan Ostrowski eingeräumt, Fehler gemacht zu haben.",
        "Nach dem 2:2 in Rostock hat Trainer Jan Ostrowski gesagt, er sei mit dem Punkt zufrieden.",
    ],
)
def test_score_colon_in_a_fronted_phrase(text: str) -> None:
    got = _pairs(text)
    assert len(got) == 1 and got[0][1] is not None and "Ostrowski" in got[0][1], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Aus Verhandlungskreisen verlautete am Abend, man sei sich in den meisten Punkten einig.",
            "man sei sich in den meisten Punkten einig",
            "Verhandlungskreisen",
        ),
        (
            "Die Gespräche seien gescheitert, wie aus Verhandlungskreisen verlautete.",
            "Die Gespräche seien gescheitert",
            "Verhandlungskreisen",
        ),
    ],
)
def test_verlautete_with_its_source(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text), _pairs(text)


def test_verlautete_without_a_report_is_nothing() -> None:
    assert _pairs("Über die Höhe der Summe verlautete zunächst nichts.") == []
    assert _pairs("Aus dem Rathaus verlautete nichts.") == []


def test_a_traveller_speaks_on_as_he() -> None:
    text = (
        "Zeugen berichteten, der Streit habe schon am Bahnsteig begonnen. Ein Fahrgast, der anonym bleiben "
        "möchte, schilderte dem Sender, der Mann habe plötzlich ein Messer gezogen. „Ich habe nur noch "
        "geschrien“, sagte er."
    )
    got = _pairs(text)
    assert ("Ich habe nur noch geschrien", "Ein Fahrgast") in got, got


def test_credit_line_is_no_speaker() -> None:
    text = (
        "Der Chiphersteller ZNT schließt sein Werk in Itzehoe.\n\n"
        "Foto: Markus Scholz/dpa\n\n"
        "Itzehoe. Der Chiphersteller ZNT schließt sein Werk. Das bestätigte das Unternehmen am Mittwoch. "
        "Dem Unternehmen zufolge sollen alle 300 Beschäftigte ein Angebot in Dresden erhalten."
    )
    got = _pairs(text)
    assert got and all(s is None or "Scholz" not in s for _, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister versprach, um die Grundschule zu retten, zusätzliche Lehrer.",
        "Die Trainerin holte, um die Abwehr zu stärken, erfahrene Spielerinnen.",
    ],
)
def test_an_adjective_after_the_purpose_clause_is_no_reported_verb(text: str) -> None:
    # ("zusätzliche Lehrer": the object of the promise, no verb in the mood of reported speech)
    assert _pairs(text) == [], _pairs(text)
