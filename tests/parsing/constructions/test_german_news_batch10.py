"""German news constructions the tenth blind batch (tests/parsing/de_external_style_10) showed missing: an
interview's credit lines ("Foto: …", "Interview: …") are no turns of the transcript; a parenthetical cue
after a verb-second head keeps the clause whole ("Die Lage sei, sagte X, ernst"); the cues "werfen … vor",
"beschwerte sich, dass", "sprach sich dafür aus, … zu", "schlug … vor" and "schloss … nicht aus, dass"; a
participle cue after a reported-mood auxiliary goes on reporting ("Man habe … versprochen."); "Den
Angaben zufolge" is the source just quoted; a team's "Innenverteidiger" is a player, no lawyer; the
"Bürgermeisterin von Bautzen" is a mayor and her town. Own sentences only."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


# ------------------------------------------------------------------ an interview with its credit lines


def test_credit_lines_do_not_break_an_interview() -> None:
    text = (
        "Landrätin im Gespräch: Wie geht es weiter mit dem Krankenhaus?\n\n"
        "Interview: Maria Lenz\n\n"
        "Foto: Jens Büttner/dpa\n\n"
        "Nordkurier: Frau Kolbe, das Krankenhaus in Anklam schließt seine Geburtsstation. Warum?\n\n"
        "Kolbe: Weil wir keine Hebammen mehr finden. Das ist die bittere Wahrheit.\n\n"
        "Nordkurier: Was sagen Sie den werdenden Müttern?\n\n"
        "Kolbe: Dass wir einen Fahrdienst einrichten und die Klinik in Greifswald ausbauen.\n"
    )
    got = _pairs(text)
    answers = [q for q, _ in got if q.startswith(("Weil", "Dass"))]
    assert answers == [
        "Weil wir keine Hebammen mehr finden. Das ist die bittere Wahrheit.",
        "Dass wir einen Fahrdienst einrichten und die Klinik in Greifswald ausbauen.",
    ], got
    assert all(s == "Kolbe" for q, s in got if q in answers), got


# ------------------------------------------------------------------ a parenthetical cue after the verb


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Schließung sei, sagte die Landrätin Eva Kolbe, keine Entscheidung gegen die Region.",
            "Die Schließung sei, sagte die Landrätin Eva Kolbe, keine Entscheidung gegen die Region",
        ),
        (
            "Das Problem sei, so der Trainer Jan Kurz, die fehlende Konzentration in der Abwehr.",
            "Das Problem sei, so der Trainer Jan Kurz, die fehlende Konzentration in der Abwehr",
        ),
        (
            "Die Lage ist, sagte der Landrat Paul Sommer, weiterhin angespannt.",
            "Die Lage ist, sagte der Landrat Paul Sommer, weiterhin angespannt",
        ),
    ],
)
def test_a_parenthetical_cue_after_the_verb_keeps_the_clause_whole(text: str, content: str) -> None:
    assert [q for q, _ in _pairs(text)] == [content]


def test_a_subordinate_clause_before_the_cue_is_no_verb_second_head() -> None:
    text = "Als die Lage ernst war, sagte der Minister Paul Roth, die Regierung habe schnell gehandelt."
    assert _pairs(text) == [("die Regierung habe schnell gehandelt", "Paul Roth")]


# ------------------------------------------------------------------ more cues


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Bürgermeisterin Eva Kolbe wehrt sich. Kritiker werfen ihr vor, die Schließung zu lange "
            "verschwiegen zu haben.",
            "die Schließung zu lange verschwiegen zu haben",
            "Kritiker",
        ),
        (
            "Viele Pendler beschwerten sich am Montag, dass die Züge seit Wochen verspätet seien.",
            "die Züge seit Wochen verspätet seien",
            "Viele Pendler",
        ),
        (
            "Die FDP-Fraktion sprach sich dafür aus, die Grundsteuer in diesem Jahr nicht zu erhöhen.",
            "die Grundsteuer in diesem Jahr nicht zu erhöhen",
            "Die FDP-Fraktion",
        ),
        (
            "Der Ortsvorsteher Jan Pohl schlug vor, den Marktplatz an Sonntagen für Autos zu sperren.",
            "den Marktplatz an Sonntagen für Autos zu sperren",
            "Jan Pohl",
        ),
        (
            "Bundesbankpräsident Karl Brenner schloss nicht aus, dass die Zinsen erneut steigen.",
            "die Zinsen erneut steigen",
            "Karl Brenner",
        ),
    ],
)
def test_more_cues_of_german_reports(text: str, content: str, speaker: str) -> None:
    assert _pairs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Stürmer schlug den Ball vor das Tor. Der Verteidiger schlug ihn weg.",
        "Der Verein schloss den Spieler aus. Die Tür schloss sich hinter ihm.",
        "Die Kinder werfen Steine in den Fluss.",
        "Die Ministerin schloss eine Steuererhöhung aus.",
    ],
)
def test_the_same_verbs_without_a_report_are_no_quote(text: str) -> None:
    assert quotes(text, "de") == []


# ------------------------------------------------------------------ a participle cue inside the report


def test_a_reported_participle_cue_goes_on_reporting() -> None:
    text = (
        "Betriebsratschef Uwe Lenz sagte, die Firma habe die Belegschaft getäuscht. Man habe den "
        "Beschäftigten noch im Sommer sichere Arbeitsplätze versprochen. Die Maschinen stehen seit Montag."
    )
    assert _pairs(text) == [
        ("die Firma habe die Belegschaft getäuscht", "Uwe Lenz"),
        ("Man habe den Beschäftigten noch im Sommer sichere Arbeitsplätze versprochen", "Uwe Lenz"),
    ]


def test_an_indicative_participle_cue_is_a_new_speech_act() -> None:
    text = (
        "Die Ministerin Eva Roth sagte, die Lage sei ernst. Ihr Vorgänger hatte das noch bestritten. "
        "Die Zahlen seien damals besser gewesen."
    )
    got = _pairs(text)
    assert got[0] == ("die Lage sei ernst", "Eva Roth"), got
    assert all(s != "Eva Roth" for q, s in got[1:]), got


# ------------------------------------------------------------------ "Den Angaben zufolge"


def test_den_angaben_zufolge_is_the_source_just_quoted() -> None:
    text = (
        "Der Brand sei gegen Mitternacht ausgebrochen, sagte ein Sprecher der Feuerwehr. Den Angaben "
        "zufolge wurden zwei Menschen leicht verletzt."
    )
    assert _pairs(text) == [
        ("Der Brand sei gegen Mitternacht ausgebrochen", "ein Sprecher der Feuerwehr"),
        ("wurden zwei Menschen leicht verletzt", "ein Sprecher der Feuerwehr"),
    ]


def test_angaben_with_an_owner_name_their_source() -> None:
    got = _pairs("Den Angaben des Veranstalters zufolge kamen am Samstag rund 5000 Menschen.")
    assert got == [("kamen am Samstag rund 5000 Menschen", "des Veranstalters")], got


# ------------------------------------------------------------------ a team's defender is no lawyer


def test_der_innenverteidiger_is_the_player_just_named() -> None:
    text = (
        "Auch Kapitän Felix Brandt lobte den Torwart. Er habe die Mannschaft im Spiel gehalten, sagte der "
        "Innenverteidiger nach dem Abpfiff."
    )
    assert [s for _, s in _pairs(text)] == ["Felix Brandt"]


def test_the_defence_lawyer_is_still_a_lawyer() -> None:
    text = (
        "Der Angeklagte Tim R. schwieg. Sein Mandant bereue die Tat, sagte der Verteidiger Ralf Bohn. "
        "Der Prozess wird am Freitag fortgesetzt."
    )
    assert [s for _, s in _pairs(text)] == ["Ralf Bohn"]


# ------------------------------------------------------------------ the mayor of a town


def test_the_mayor_of_a_town_is_no_von_surname() -> None:
    text = (
        "Oberbürgermeister Jonas Keller hat am Montag den Haushalt vorgestellt. „Wir müssen sparen“, "
        "sagte der Oberbürgermeister von Görlitz."
    )
    assert _pairs(text) == [("Wir müssen sparen", "Jonas Keller")]


def test_a_von_surname_after_a_title_stays_a_name() -> None:
    text = "„Europa muss zusammenstehen“, sagte Ministerin Anna von der Heide in Brüssel."
    assert _pairs(text) == [("Europa muss zusammenstehen", "Anna von der Heide")]
