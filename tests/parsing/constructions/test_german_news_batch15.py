"""German news constructions the fifteenth blind batch (tests/parsing/de_external_style_15) showed missing:
"plädierte dafür, … zu", the split "…, gab X zu bedenken", "Nach ersten Erkenntnissen der Polizei", the
umlauted Konjunktiv II of strong verbs as a continuation ("zögen"), "Eltern des Ortsteils" as the
speakers (not the village), a newspaper's quoted title after an inverted cue ("berichtete der
„Tagesspiegel“"), a strong verb's plural with an adverb that looks ahead ("fielen voraussichtlich") and
"-ärztin" compounds as titles. Own sentences only, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import assert_one_report, quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


def _contents(text: str) -> list[str]:
    return [q for _, q, _ in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Grünen-Politikerin Lea Hansen plädierte dafür, das Wahlalter auf 16 Jahre zu senken.",
            "das Wahlalter auf 16 Jahre zu senken",
            "Lea Hansen",
        ),
        (
            "Der Landrat Uwe Kramm plädierte im Kreistag dafür, die Buslinie zu erhalten.",
            "die Buslinie zu erhalten",
            "Uwe Kramm",
        ),
        (
            "Die Mieten stiegen schneller als die Löhne, gab Mieterbund-Chef Olaf Reiners zu bedenken.",
            "Die Mieten stiegen schneller als die Löhne",
            "Olaf Reiners",
        ),
        (
            "Ohne mehr Personal werde es nicht gehen, gibt die Kita-Leiterin Jana Wolf zu bedenken.",
            "Ohne mehr Personal werde es nicht gehen",
            "Jana Wolf",
        ),
    ],
)
def test_plaedierte_dafuer_and_a_split_gab_zu_bedenken_report(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Verteidigerin plädierte auf Freispruch.",
        "Der Verein gab den Stürmer im Sommer ab, weil das Geld fehlte.",
        "Nach bisherigen Erkenntnissen ist bei dem Unfall niemand verletzt worden.",
    ],
)
def test_near_misses_give_no_quote(text: str) -> None:
    assert quotes(text, "de") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Nach ersten Erkenntnissen der Polizei war das Feuer im Keller ausgebrochen.",
            "war das Feuer im Keller ausgebrochen",
            "Polizei",
        ),
        (
            "Nach bisherigen Erkenntnissen der Ermittler hatte der Fahrer getrunken.",
            "hatte der Fahrer getrunken",
            "Ermittler",
        ),
        (
            "Nach Erkenntnissen des Verfassungsschutzes plante die Gruppe weitere Anschläge.",
            "plante die Gruppe weitere Anschläge",
            "Verfassungsschutzes",
        ),
    ],
)
def test_findings_with_their_source_are_reported(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    ("text", "continuation"),
    [
        (
            "Eine Schließung würde das Dorf ausbluten lassen, schreiben die Eltern. Junge Familien zögen "
            "dann in die Stadt.",
            "Junge Familien zögen dann in die Stadt",
        ),
        (
            "Der Verband warnte, die Preise würden weiter steigen. Viele Kunden fänden kaum noch bezahlbare "
            "Angebote.",
            "Viele Kunden fänden kaum noch bezahlbare Angebote",
        ),
        (
            "Die Sprecherin sagte, die Nachfrage breche ein. Die ersten Stellen fielen voraussichtlich im "
            "Frühjahr weg.",
            "Die ersten Stellen fielen voraussichtlich im Frühjahr weg",
        ),
    ],
)
def test_strong_verbs_continue_the_report(text: str, continuation: str) -> None:
    assert continuation in _contents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Sprecherin sagte, die Nachfrage breche ein. Die Familien zogen 2019 in die Stadt. Das Haus "
        "steht seitdem leer.",
        "Die Sprecherin sagte, die Nachfrage breche ein. Die ersten Stellen fielen im Frühjahr weg. Danach "
        "war es ruhig.",
    ],
)
def test_the_past_without_a_signal_is_no_continuation(text: str) -> None:
    assert len(quotes(text, "de")) == 1, quotes(text, "de")


def test_parents_of_a_village_speak_not_the_village() -> None:
    got = _pairs("In einem Brief schreiben Eltern des Ortsteils, die Schule müsse bleiben.")
    assert got == [("die Schule müsse bleiben", "Eltern")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mehrere Abgeordnete hätten Bedenken angemeldet, berichtete der „Tagesspiegel“ unter Berufung "
            "auf Fraktionskreise.",
            "Tagesspiegel",
        ),
        ("Die Lage sei ernst, schrieb die „Süddeutsche Zeitung“ am Montag.", "Süddeutsche Zeitung"),
        ("Der Vertrag sei unterschrieben, meldete das „Handelsblatt“.", "Handelsblatt"),
    ],
)
def test_a_quoted_newspaper_after_an_inverted_cue_speaks(text: str, speaker: str) -> None:
    got = _pairs(text)
    assert len(got) == 1, got
    assert got[0][1] == speaker


def test_a_quoted_title_opening_a_compound_is_not_the_speaker() -> None:
    got = _pairs("Die Lage sei ernst, sagte der „Bild“-Reporter am Montag.")
    assert all(s != "Bild" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Hausärztin: „Ich arbeite für zwei“\n\nZeitz. Anne Köhler betreibt seit 19 Jahren eine Praxis. "
            "„Das Wartezimmer ist jeden Tag voll“, sagt Köhler.",
            "Ich arbeite für zwei",
            "Anne Köhler",
        ),
        (
            "„Wir sehen immer mehr Kinder mit Atemwegsinfekten“, sagte Kinderärztin Eva Roth.",
            "Wir sehen immer mehr Kinder mit Atemwegsinfekten",
            "Eva Roth",
        ),
    ],
)
def test_aerztin_compounds_are_titles(text: str, content: str, speaker: str) -> None:
    got = dict(_pairs(text))
    assert got.get(content) == speaker, got


# ------------------------------------------------------------------ an age said as a phrase


@pytest.mark.parametrize(
    "text",
    [
        "Das Amtsgericht hat am Montag einen 27 Jahre alten Mann verurteilt. Richter Paul Kern sprach von "
        "einer gefährlichen Tat. „Ich bereue alles“, sagte der 27-Jährige.",
        "Eine 64 Jahre alte Frau ist in Kiel von einem Radfahrer angefahren worden. Polizeisprecher Jan "
        "Ahrens bestätigte den Unfall. „Ich habe ihn gar nicht kommen sehen“, sagte die 64-Jährige.",
    ],
)
def test_an_age_given_as_a_phrase_marks_the_unnamed_person(text: str) -> None:
    # ("ein 27 Jahre alter Mann" is "der 27-Jährige": not the judge or spokesman named after him)
    got = _pairs(text)
    assert len(got) == 1, got
    assert got[0][1] is not None and "Jährige" in got[0][1], got


def test_an_age_phrase_of_a_named_person_still_names_him() -> None:
    got = _pairs(
        "Der Fahrer Tom Weber, 58 Jahre alt, fuhr auf einen Sattelzug auf. „Ich habe das Stauende zu spät "
        "gesehen“, sagte der 58-Jährige."
    )
    assert got[0][1] is not None and "Tom Weber" in got[0][1], got
