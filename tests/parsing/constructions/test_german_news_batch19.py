"""German news constructions the nineteenth blind batch (tests/parsing/de_external_style_19) showed missing:
Konjunktiv II of strong verbs in -o- ("flössen") and more Konjunktiv I forms ("verweise") in continuations,
"hatte bestritten, … zu haben", "nach Polizeiangaben" inside the clause, 'würdigte X als eine „…“', "In
einem Lagebild des LKA, das …, heißt es" (the issuer speaks, a relative clause on the phrase skipped),
"…, erinnert sich X", "sagte sie 2009 in einem Interview" (a year after the subject) and a verb-second
sentence opened by an adverb or an object before its speech verb. Own sentences only, with near-misses
that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "„Das Geld reicht nicht“, sagte die Kämmerin. Die Mehreinnahmen flössen ganz in die Schulen.",
            "Die Mehreinnahmen flössen ganz in die Schulen",
        ),
        (
            "Der Betrieb sei gesund, sagte der Insolvenzverwalter. Drei Filialen schlössen aber zum "
            "Jahresende.",
            "Drei Filialen schlössen aber zum Jahresende",
        ),
        (
            "Die Stadt habe zu lange gewartet, kritisierte die Fraktionschefin. Stattdessen verweise die "
            "Koalition nur auf das Land.",
            "Stattdessen verweise die Koalition nur auf das Land",
        ),
        (
            "Der Vorstand sei zuversichtlich, sagte die Sprecherin. Das Werk verzeichne wieder mehr "
            "Aufträge.",
            "Das Werk verzeichne wieder mehr Aufträge",
        ),
    ],
)
def test_konjunktiv_forms_carry_a_continuation(text: str, content: str) -> None:
    assert content in [q for q, _ in _pairs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "„Das Geld reicht nicht“, sagte die Kämmerin. Die Einnahmen flossen in die Sanierung.",
        "„Wir sind enttäuscht“, sagte der Sprecher der Grünen. Die Koalition verweist seit Monaten "
        "auf den Bund.",
    ],
)
def test_the_indicative_after_a_quote_is_the_writers(text: str) -> None:
    assert len(_pairs(text)) == 1


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der 52-Jährige hatte vor Gericht bestritten, die Kasse geplündert zu haben. Das Geld sei "
            "ein Darlehen gewesen.",
            "die Kasse geplündert zu haben",
            "Der 52-Jährige",
        ),
        (
            "Die Ministerin hat stets bestritten, von den Verträgen gewusst zu haben.",
            "von den Verträgen gewusst zu haben",
            "Die Ministerin",
        ),
    ],
)
def test_had_denied_with_an_infinitive(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


def test_a_match_played_is_no_denial() -> None:
    assert _pairs("Die Mannschaft hat in diesem Jahr schon 30 Spiele bestritten.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Feuerwehr rückte nach Polizeiangaben mit 40 Kräften aus.", "Polizei"),
        ("Der Gewinn sank nach Konzernangaben um ein Fünftel auf 80 Millionen Euro.", "Konzern"),
    ],
)
def test_a_compound_source_inside_the_clause(text: str, speaker: str) -> None:
    assert _pairs(text) == [(text.rstrip("."), speaker)]


def test_a_cue_that_governs_nach_is_no_source() -> None:
    assert _pairs("Die Beamten fragten nach Zeugenangaben.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Ministerin würdigte die Verstorbene als eine „Pionierin der Teilhabe“.",
            "Pionierin der Teilhabe",
        ),
        (
            "Der Trainer bezeichnete den Sieg als einen „Meilenstein für den Verein“.",
            "Meilenstein für den Verein",
        ),
    ],
)
def test_described_as_an_indefinite_quoted_name(text: str, content: str) -> None:
    assert [q for q, _ in _pairs(text)] == [content]


def test_one_of_the_quoted_group_is_no_description() -> None:
    assert _pairs("Die Ministerin würdigte Kessler als eine der „Gründerinnen“ des Festivals.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "In einem Lagebild des Landeskriminalamts, das am Montag vorgestellt wurde, heißt es, die Zahl "
            "der Einbrüche sei gesunken.",
            "die Zahl der Einbrüche sei gesunken",
            "Landeskriminalamt",
        ),
        (
            "In einem Gutachten des Bundesrechnungshofs, das dieser Zeitung vorliegt, heißt es, die Kosten "
            "seien zu niedrig angesetzt.",
            "die Kosten seien zu niedrig angesetzt",
            "Bundesrechnungshof",
        ),
        (
            "Im Bericht der Kommission, die im Mai eingesetzt worden war, hieß es, die Lage sei ernst.",
            "die Lage sei ernst",
            "Kommission",
        ),
        (
            "Die Gespräche seien gescheitert, heißt es in einem Schreiben der Gewerkschaft an die "
            "Mitglieder.",
            "Die Gespräche seien gescheitert",
            "Gewerkschaft",
        ),
    ],
)
def test_the_issuer_of_a_document_speaks(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert len(got) == 1 and got[0][0] == content, got
    assert got[0][1] is not None and speaker in got[0][1], got


def test_a_relative_clause_inside_a_fronted_report_stays_in_it() -> None:
    assert _pairs("Der Verein habe einen Trainer gefunden, der aus Spanien kommt, hieß es.") == [
        ("Der Verein habe einen Trainer gefunden, der aus Spanien kommt", None)
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Sie habe mit allen gestritten, mit Bürgermeistern und Ministern, erinnert sich ihr Nachfolger "
            "Jan Ubbens.",
            "Sie habe mit allen gestritten, mit Bürgermeistern und Ministern",
            "Jan Ubbens",
        ),
        (
            "Der Saal sei damals voll gewesen, erinnerte sich die Wirtin Ute Harms.",
            "Der Saal sei damals voll gewesen",
            "Ute Harms",
        ),
    ],
)
def test_recalls_after_the_report(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert len(got) == 1 and got[0][0] == content, got
    assert got[0][1] is not None and speaker in got[0][1], got


@pytest.mark.parametrize(
    "text", ["Das Denkmal erinnert an die Opfer des Brandes.", "Sie erinnert sich gern an die Zeit in Leer."]
)
def test_reminding_and_remembering_are_no_reports(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Hannelore Brandt leitete das Haus. Sie habe nie für Kritiker gespielt, sagte sie 2009 in einem "
            "Interview mit dieser Zeitung.",
            "Sie habe nie für Kritiker gespielt",
            "Hannelore Brandt",
        ),
        (
            "Die Einnahmen seien gestiegen, sagte die Kämmerin 2019 im Stadtrat.",
            "Die Einnahmen seien gestiegen",
            "die Kämmerin",
        ),
    ],
)
def test_a_year_after_the_speaker(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Richter Thomas Albers sagte, der Mann habe aus Wut gehandelt. Ausführlich schilderte der "
            "Richter den Abend. Der Angeklagte sei gegen Mitternacht gekommen.",
            "Der Angeklagte sei gegen Mitternacht gekommen",
            "Thomas Albers",
        ),
        (
            "Seine Prognose für das Jahr bestätigte das Unternehmen. Der Umsatz solle bei einer Milliarde "
            "Euro liegen.",
            "Der Umsatz solle bei einer Milliarde Euro liegen",
            "das Unternehmen",
        ),
    ],
)
def test_a_verb_second_stance_opened_by_an_adverb_or_object(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


def test_a_named_subject_before_the_stance_verb_keeps_it() -> None:
    text = "Anna Kessler kam 1989. Kessler lobte die Ministerin für ihren Einsatz. Sie habe viel bewegt."
    assert ("Sie habe viel bewegt", "Anna Kessler") in _pairs(text)
