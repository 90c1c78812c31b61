"""German news constructions the thirteenth blind batch (tests/parsing/de_external_style_13) showed missing:
a cue coordinated after a comma with the sentence's first verb shares that verb's subject ("Die
Präsidentin begrüßte das Paket, mahnte aber an, … anzuheben"), and a clause after the first verb's comma
that opens with such a second cue is not the first verb's report. Own sentences only, with near-misses
that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import assert_one_report, quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


# ------------------------------------------------------------------ "X lobte …, forderte aber, …"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Verbandschefin Ute Bauer begrüßte das Paket grundsätzlich, mahnte aber an, auch die "
            "Erwerbsminderungsrenten anzuheben.",
            "auch die Erwerbsminderungsrenten anzuheben",
            "Ute Bauer",
        ),
        (
            "Der Landrat besuchte am Morgen die Baustelle, räumte dann ein, der Zeitplan sei nicht zu "
            "halten.",
            "der Zeitplan sei nicht zu halten",
            "Der Landrat",
        ),
        (
            "Der Verein verlor das Spiel, kündigte aber an, dass der Trainer bleibe.",
            "der Trainer bleibe",
            "Der Verein",
        ),
        (
            "Die Polizei sperrte die Straße stundenlang, teilte später mit, die Bombe sei entschärft.",
            "die Bombe sei entschärft",
            "Die Polizei",
        ),
        (
            "Die Gewerkschaft lobte das Angebot, forderte jedoch, die Laufzeit auf zwölf Monate zu "
            "verkürzen.",
            "die Laufzeit auf zwölf Monate zu verkürzen",
            "Die Gewerkschaft",
        ),
    ],
)
def test_a_cue_after_the_first_verbs_comma_shares_its_subject(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    "text",
    [
        # the second verb says nothing
        "Der Landrat besuchte die Baustelle, sagte aber nichts zu den Kosten.",
        # no verb of saying after the comma: children shouting is no report with a clause of its own
        "Die Kinder spielten im Hof, liefen dann nach Hause, es wurde dunkel.",
        # the cue's own subject after it: a fronted report, not a coordinated verb
        "Der Preis sei zu hoch, sagte der Händler.",
    ],
)
def test_no_coordinated_report_without_a_cue_and_clause(text: str) -> None:
    got = _pairs(text)
    assert all("nichts" not in q and "dunkel" not in q for q, _ in got), got
    if text.startswith("Der Preis"):
        assert got == [("Der Preis sei zu hoch", "der Händler")]
    else:
        assert got == []


def test_the_first_verbs_report_does_not_swallow_the_second_cue() -> None:
    # "lobte das Paket, forderte aber, …": the report is the second verb's, never "forderte aber, …"
    got = _pairs("Der Vorsitzende Jan Weber lobte den Entwurf, verlangte aber, die Frist zu verlängern.")
    assert [q for q, _ in got] == ["die Frist zu verlängern"]
    assert all(not q.startswith("verlangte") for q, _ in got)


# ------------------------------------------------------------------ "verlangte, … zu …" (a demand in words)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Opposition verlangte, den Haushalt neu zu beraten.",
            "den Haushalt neu zu beraten",
            "Die Opposition",
        ),
        (
            "Der Betriebsrat verlangte, dass die Schichtpläne offengelegt werden.",
            "die Schichtpläne offengelegt werden",
            "Der Betriebsrat",
        ),
    ],
)
def test_verlangen_reports_a_demand(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Fraktion verlangte eine Entschuldigung.",  # a noun object only (optional in the gold sets)
        "Das Spiel verlangte den Spielern alles ab.",  # "abverlangen": no report
        # "verlangt" is also the participle closing a reported clause: no cue of its own
        "Die Stadt prüft den Antrag. Mehrere Anwohner hätten eine Ampel verlangt.",
    ],
)
def test_verlangen_without_a_clause_is_no_report(text: str) -> None:
    assert _pairs(text) == []


# ------------------------------------------------------------------ "gegen den 1. FC Köln": an ordinal's stop


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Im Spiel gegen den 1. FC Köln habe die Mannschaft überzeugt, sagte Trainer Jens Weber.",
            "Im Spiel gegen den 1. FC Köln habe die Mannschaft überzeugt",
            "Jens Weber",
        ),
        (
            "Die Partei will am 3. Oktober entscheiden, sagte die Vorsitzende Anna Berg.",
            "Die Partei will am 3. Oktober entscheiden",
            "Anna Berg",
        ),
        (
            "Zum 10. Mal finde das Fest statt, sagte Organisatorin Ina Lenz.",
            "Zum 10. Mal finde das Fest statt",
            "Ina Lenz",
        ),
    ],
)
def test_a_number_after_an_article_is_an_ordinal_inside_the_sentence(
    text: str, content: str, speaker: str
) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a number after a noun ends its sentence: the report is the next sentence's alone
        (
            "Der Verein steht auf Rang 2. Die Fans seien begeistert, sagte Kapitän Jan Ott.",
            "Die Fans seien begeistert",
            "Jan Ott",
        ),
        (
            "Die Mannschaft steht auf Platz 1. Der Trainer sagte, das sei verdient.",
            "das sei verdient",
            "Der Trainer",
        ),
    ],
)
def test_a_number_after_a_noun_still_ends_the_sentence(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")
