"""German news constructions the eighth blind batch (tests/parsing/de_external_style_8) and an earlier
leftover showed missing: a report after "sagte," that opens with a phrase ("sagte, ohne mehr Geld
könne …", "mit dem Etat komme …": no circumstance to skip, no purpose clause); a Konjunktiv
continuation whose first slot is an infinitive clause ("Statt zu bauen, verwalte die Regierung …");
"hieß es in einer Erklärung des Vereins" (the document's issuer speaks); "sagte der 52-Jährige" after
an inverted sentence that names the person ("hat Trainer X … eingeräumt"). Own sentences only."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Vorsitzende Anja Berg sagte, ohne zusätzliche Erzieher bleibe das Versprechen leer.",
            "ohne zusätzliche Erzieher bleibe das Versprechen leer",
        ),
        (
            "Der Landrat Paul Heim sagte, ohne mehr Geld vom Bund könne der Kreis die Bäder nicht halten.",
            "ohne mehr Geld vom Bund könne der Kreis die Bäder nicht halten",
        ),
        (
            "Der Kämmerer Uwe Stolz sagte, mit dem neuen Haushalt komme die Stadt gut durch das Jahr.",
            "mit dem neuen Haushalt komme die Stadt gut durch das Jahr",
        ),
    ],
)
def test_a_report_that_opens_with_a_phrase(text: str, content: str) -> None:
    got = quotes(text, "de")
    assert [q for _, q, _ in got] == [content], got


def test_a_purpose_clause_after_a_cue_is_still_no_report() -> None:
    assert quotes("Der Trainer rief, um die Spieler zu wecken, laut in die Kabine.", "de") == []


@pytest.mark.parametrize(
    ("text", "continuation"),
    [
        (
            "Die Ministerin Eva Lanz verteidigte den Plan. Die Opposition habe keine Ideen, sagte sie. "
            "Statt zu sparen, erhöhe das Land nur die Ausgaben.",
            "Statt zu sparen, erhöhe das Land nur die Ausgaben",
        ),
        (
            "Der Abgeordnete Tim Roth kritisierte den Plan. Die Stadt habe kein Konzept. "
            "Statt zu planen, verwalte sie den Stillstand.",
            "Statt zu planen, verwalte sie den Stillstand",
        ),
        (
            "Der Verband warnte vor der Reform. Die Betriebe seien schon jetzt überlastet, sagte "
            "Sprecherin Ina Wolf. "
            "Anstatt zu entlasten, gestalte die Regierung neue Formulare.",
            "Anstatt zu entlasten, gestalte die Regierung neue Formulare",
        ),
    ],
)
def test_an_infinitive_clause_before_a_konjunktiv_verb_continues_the_report(
    text: str, continuation: str
) -> None:
    got = quotes(text, "de")
    assert any(k == "indirect" and q == continuation for k, q, _ in got), got


@pytest.mark.parametrize(
    "last",
    [
        "Statt zu planen, erhöhte die Stadt die Gebühren.",  # past indicative: the reporter's
        "Um zu sparen, muss die Stadt die Gebühren erhöhen.",
    ],
)
def test_an_infinitive_clause_before_an_indicative_verb_is_the_writers(last: str) -> None:
    text = "Der Abgeordnete Tim Roth kritisierte den Plan. Die Stadt habe kein Konzept. " + last
    got = quotes(text, "de")
    assert not any(q == last.rstrip(".") for _, q, _ in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sportverein Grün-Weiß Lohne hat den Trainer entlassen. „Wir danken ihm für drei gute "
            "Jahre“, hieß es in einer Erklärung des Vereins.",
            "Sportverein Grün-Weiß Lohne",
        ),
        (
            "„Das ist ein schwarzer Tag für die Pflege“, hieß es in einer Mitteilung der Gewerkschaft Verdi.",
            "Gewerkschaft Verdi",
        ),
    ],
)
def test_the_issuer_of_a_statement_speaks(text: str, speaker: str) -> None:
    got = quotes(text, "de")
    assert got and got[-1][2] is not None and speaker.split()[-1] in got[-1][2], got


def test_an_age_description_takes_the_person_named_after_an_auxiliary() -> None:
    text = (
        "Bremen. Nach der Niederlage hat Trainerin Jana Ostrowski auf der Pressekonferenz Fehler "
        "eingeräumt. Ihr Team habe jede Ordnung verloren, sagte die 44-Jährige."
    )
    got = quotes(text, "de")
    assert got and got[0][2] == "Jana Ostrowski", got


def test_an_age_description_of_an_unnamed_person_stays_unnamed() -> None:
    text = (
        "Köln. Am Montag hat das Landgericht einen 27-Jährigen verurteilt. Richterin Eva Brandt "
        "nannte die Tat brutal. Er bereue alles, sagte der 27-Jährige."
    )
    got = quotes(text, "de")
    assert any(q == "Er bereue alles" and s != "Eva Brandt" for _, q, s in got), got
