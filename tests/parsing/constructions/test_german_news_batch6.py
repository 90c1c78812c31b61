"""German online-news constructions the sixth blind batch (tests/parsing/de_external_style_6) and the
fifth batch's leftovers showed missing: a possessive source ("Nach ihren Angaben …", "Nach seiner
Darstellung …"); "ist nach eigenen Worten der Ansicht, dass"; "versprach, um … zu kämpfen" (an
infinitive that governs "um" is the promise, not a purpose clause); present-tense inverted cues that
look like participles ("…, erzählt sie", "…, erklärt er"); and a dative hearer after an inverted
pronoun cue ("…, sagte sie der Zeitung"). Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _reports(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes(text, "de") if q[0] == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Kassiererin Jana Koch hat den Überfall beobachtet. Nach ihren Angaben trug der Täter "
            "eine graue Mütze und floh in Richtung Bahnhof.",
            "trug der Täter eine graue Mütze und floh in Richtung Bahnhof",
            "Jana Koch",
        ),
        (
            "Der Hausmeister Rolf Bender war als Erster am Brandort. Nach seinen Worten stand das "
            "Treppenhaus bereits in Flammen.",
            "stand das Treppenhaus bereits in Flammen",
            "Rolf Bender",
        ),
        (
            "Die Zeugin Maria Lenz sagte am Dienstag aus. Nach ihrer Darstellung hatte der Angeklagte "
            "das Geld selbst abgehoben.",
            "hatte der Angeklagte das Geld selbst abgehoben",
            "Maria Lenz",
        ),
    ],
)
def test_a_possessive_names_the_source(text: str, content: str, speaker: str) -> None:
    found = _reports(text)
    assert [q[1] for q in found] == [content]
    assert found[0][2] is not None and found[0][2].endswith(speaker)


def test_a_possessive_before_another_noun_is_no_source() -> None:
    text = "Die Kinder fuhren mit ihren Eltern nach Hause. Nach ihren Eltern kamen die Großeltern an."
    assert _reports(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Klinikchefin Lena Vogt ist nach eigenen Worten der Ansicht, dass die Station zu wenig "
            "Personal hat.",
            "die Station zu wenig Personal hat",
            "Lena Vogt",
        ),
        (
            "Der Trainer Uwe Falk war nach eigenen Worten der Meinung, dass die Mannschaft bereit ist.",
            "die Mannschaft bereit ist",
            "Uwe Falk",
        ),
    ],
)
def test_nach_eigenen_worten_inside_the_opinion_phrase(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


def test_nach_eigenen_worten_without_dass_is_no_report() -> None:
    assert _reports("Er ist nach eigenen Worten der Beste im ganzen Team.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Betriebsrätin Jana Roth hat den Kollegen versprochen, um jede Stelle zu kämpfen.",
            "um jede Stelle zu kämpfen",
        ),
        (
            "Der Gewerkschaftschef Tim Sauer versprach, um einen fairen Abschluss zu ringen.",
            "um einen fairen Abschluss zu ringen",
        ),
    ],
)
def test_a_promise_to_fight_for_something(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Der Nachbar rief, um Hilfe zu holen, sofort die Feuerwehr an.",
        "Die Ministerin versprach, um die Stellen zu sichern, neue Mittel.",
    ],
)
def test_a_purpose_clause_stays_no_report(text: str) -> None:
    # ("um … zu holen", "um … zu sichern": the reporter's purpose, whatever cue stands before it)
    assert _reports(text) == []


@pytest.mark.parametrize(
    ("text", "contents", "speaker"),
    [
        (
            "Die Pflegerin Sarah Klein kennt das. Im Winter seien die Straßen oft glatt, erzählt sie. "
            "Dafür sei aber keine Zeit eingeplant.",
            ["Im Winter seien die Straßen oft glatt", "Dafür sei aber keine Zeit eingeplant"],
            "Sarah Klein",
        ),
        (
            "Der Förster Jens Olbrich ist besorgt. Der Wald leide seit Jahren unter der Trockenheit, "
            "erklärt er.",
            ["Der Wald leide seit Jahren unter der Trockenheit"],
            "Jens Olbrich",
        ),
        (
            "Die Wirtin Ute Brandl bleibt gelassen. Die Gäste kämen trotzdem, betont sie.",
            ["Die Gäste kämen trotzdem"],
            "Ute Brandl",
        ),
    ],
)
def test_present_tense_inverted_cue(text: str, contents: list[str], speaker: str) -> None:
    found = _reports(text)
    assert [q[1] for q in found] == contents
    assert all(q[2] is not None and speaker.split()[-1] in q[2] for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Politologin Anna Kern sieht das Land gespalten. Egal wer gewinne, er regiere gegen die "
            "Hälfte der Bevölkerung, sagte sie der Deutschen Presse-Agentur.",
            "Egal wer gewinne, er regiere gegen die Hälfte der Bevölkerung",
        ),
        (
            "Der Bürgermeister Paul Weiß war zufrieden. Die Sanierung liege im Zeitplan, sagte er dem Sender "
            "am Montag.",
            "Die Sanierung liege im Zeitplan",
        ),
    ],
)
def test_a_dative_hearer_after_an_inverted_pronoun_cue(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


def test_a_participle_with_ge_stays_no_present_cue() -> None:
    # "gesagt" is no present tense: "Das Wort gesagt sie nicht" is no attribution
    assert _reports("Das Spiel ist vorbei. Gesagt hat sie dazu nichts.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Bahn meldet für Montag Ausfälle. Der Stadt zufolge fahren ab Dienstag wieder alle Busse. "
            "Ein Ersatzverkehr sei nicht geplant, hieß es.",
            "Ein Ersatzverkehr sei nicht geplant",
            "Der Stadt",
        ),
        (
            "Die Regierung werde das Ergebnis abwarten, sagte ein Sprecher der Regierung. Man setze auf "
            "eine gute Zusammenarbeit, hieß es weiter.",
            "Man setze auf eine gute Zusammenarbeit",
            "ein Sprecher der Regierung",
        ),
    ],
)
def test_an_agentless_hiess_es_takes_the_source_of_the_sentence_before(
    text: str, content: str, speaker: str
) -> None:
    assert ("indirect", content, speaker) in quotes(text, "de")


def test_an_agentless_hiess_es_after_no_report_has_no_speaker() -> None:
    text = "Der Zug fiel am Morgen aus. Örtlich seien bis zu 60 Liter Regen möglich, hieß es."
    assert _reports(text) == [("indirect", "Örtlich seien bis zu 60 Liter Regen möglich", None)]
