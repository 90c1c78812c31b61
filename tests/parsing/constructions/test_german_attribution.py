"""German attributions without a plain "sagte, …": source phrases (laut, zufolge, nach Angaben, so X,
wie X mitteilte, heißt es), noun phrases of judgement with "dass", zu-infinitive reports, periphrastic
tenses, verb-second order, and sentence adverbs that are no speakers."""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


def _one(text: str) -> tuple[str, str, str | None]:
    found = quotes(text, "de")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Nach Angaben von Landrat Peter Vogt sind rund 300 Häuser ohne Strom.",
            "rund 300 Häuser ohne Strom",
            "Peter Vogt",
        ),
        (
            "Laut Innenminister Kai Berger ist die Lage unter Kontrolle.",
            "die Lage unter Kontrolle",
            "Kai Berger",
        ),
        ("Dem Verband zufolge fehlen bundesweit 20.000 Erzieherinnen.", "fehlen bundesweit 20.000", None),
        (
            "Gemäß dem Sprecher der Stadt bleibt das Bad bis Mai geschlossen.",
            "das Bad bis Mai geschlossen",
            None,
        ),
        (
            "Die Einigung ist ein gutes Signal, so Gewerkschaftschefin Karla Wendt.",
            "Die Einigung ist ein gutes Signal",
            "Karla Wendt",
        ),
        (
            "Die Preise stiegen um 3 Prozent, wie das Statistische Landesamt mitteilte.",
            "Die Preise stiegen um 3 Prozent",
            None,
        ),
        (
            "Wie die Feuerwehr meldete, brannte die Lagerhalle vollständig nieder.",
            "brannte die Lagerhalle",
            None,
        ),
        ("Aus Regierungskreisen hieß es, eine Einigung sei in Sicht.", "eine Einigung sei in Sicht", None),
    ],
)
def test_source_phrases_without_a_verb_of_saying(text: str, content: str, speaker: str | None) -> None:
    kind, quoted, who = _one(text)
    assert content in quoted
    assert kind == "indirect"
    if speaker is not None:
        assert who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug fiel aus, so dass viele Pendler eine Stunde warten mussten.",
        "Die Straße war gesperrt, so daß der Bus umgeleitet wurde.",
        "Die Stadt hat die so genannte Umweltzone bis an den Ring erweitert.",
        "Die Handwerker haben so viel gearbeitet wie noch nie in diesem Jahr.",
    ],
)
def test_so_that_and_so_called_are_no_attribution(text: str) -> None:
    assert extract(text, "de") == []


def test_heisst_es_after_the_report_names_the_document() -> None:
    text = "Die Ministerin habe ihre Zustimmung bereits signalisiert, heißt es in dem Schreiben."
    kind, quoted, _ = _one(text)
    assert (kind, quoted) == ("indirect", "Die Ministerin habe ihre Zustimmung bereits signalisiert")


def test_agentless_hiess_es_takes_the_source_of_the_sentence_before() -> None:
    text = (
        "Der Bergwachtverband warnte am Freitag vor Lawinen in den Hochlagen. Oberhalb von 1800 Metern "
        "sei die Gefahr erheblich, hieß es."
    )
    q = find(text, "Oberhalb von 1800 Metern", "de")
    assert q.kind == "indirect"
    assert q.speaker is not None and "Bergwachtverband" in q.speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Kommission kam zu dem Schluss, dass die Anlage sicher betrieben werden kann.",
            "die Anlage sicher",
        ),
        (
            "Die Gutachterin Eva Stark ist der Meinung, dass der Neubau zu teuer wird.",
            "der Neubau zu teuer wird",
        ),
        (
            "Der Mieterbund ist der Ansicht, dass die Reform viel zu spät kommt.",
            "die Reform viel zu spät kommt",
        ),
        (
            "Der Ökonom Jan Rau warnte davor, dass die Preise weiter steigen könnten.",
            "die Preise weiter steigen",
        ),
    ],
)
def test_noun_phrases_of_judgement_with_dass(text: str, content: str) -> None:
    kind, quoted, _ = _one(text)
    assert quoted.startswith(content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Opposition warf dem Minister vor, das Parlament über die Kosten getäuscht zu haben.",
            "das Parlament über die Kosten getäuscht zu haben",
            None,
        ),
        (
            "Landrat Ulf Meyer rief die Anwohner auf, überflutete Keller auf keinen Fall zu betreten.",
            "überflutete Keller auf keinen Fall zu betreten",
            "Ulf Meyer",
        ),
        (
            "Die Polizei rät, Handwerker nie an der Haustür zu beauftragen.",
            "Handwerker nie an der Haustür zu beauftragen",
            None,
        ),
        (
            "Die Kammer forderte die Betriebe auf, schneller umzusteuern.",
            "schneller umzusteuern",
            None,
        ),
    ],
)
def test_zu_infinitive_reports_after_the_cue_comma(text: str, content: str, speaker: str | None) -> None:
    kind, quoted, who = _one(text)
    assert (kind, quoted) == ("indirect", content)
    if speaker is not None:
        assert who == speaker


def test_um_zu_is_the_reporters_purpose_not_a_report() -> None:
    text = "Der Kanzler rief, um Hilfe zu holen, laut nach seinem Nachbarn."
    assert extract(text, "de") == []


def test_announced_with_a_konjunktiv_clause_is_reported() -> None:
    text = "Ministerpräsidentin Anke Wulf kündigte an, das Land werde die Kosten übernehmen."
    assert _one(text) == ("indirect", "das Land werde die Kosten übernehmen", "Anke Wulf")


def test_periphrastic_perfect_cue() -> None:
    text = "Der Bürgermeister Hans Ebert hat am Montag erklärt, die Grundschule werde im Sommer saniert."
    assert _one(text) == ("indirect", "die Grundschule werde im Sommer saniert", "Hans Ebert")


def test_fronted_konjunktiv_report_with_a_comma_inside() -> None:
    # the comma between two adjectives does not make the first words a subject of "sagte"
    text = (
        "Der Angeklagte habe gezielt kranke, alleinstehende Nachbarn bestohlen, sagte Richterin Ina Berg "
        "in der Urteilsbegründung."
    )
    kind, quoted, who = _one(text)
    assert quoted == "Der Angeklagte habe gezielt kranke, alleinstehende Nachbarn bestohlen"
    assert who == "Ina Berg"


def test_verb_second_and_parenthetical_cues() -> None:
    assert _one("Die Lage ist ernst, sagte Innenminister Lars Quandt.") == (
        "indirect",
        "Die Lage ist ernst",
        "Lars Quandt",
    )
    kind, quoted, who = _one("Vor zwei Jahren, erzählt Lena Ortmann, habe sie den Laden übernommen.")
    assert quoted.startswith("Vor zwei Jahren") and quoted.endswith("den Laden übernommen")
    assert who == "Lena Ortmann"


@pytest.mark.parametrize("adverb", ["Nun", "Künftig", "Inzwischen", "Derzeit"])
def test_a_sentence_adverb_before_the_cue_is_no_speaker(adverb: str) -> None:
    text = f"{adverb} sagte die Sprecherin der Bahn, Maren Stolz, der Verkehr laufe wieder normal."
    kind, quoted, who = _one(text)
    assert quoted == "der Verkehr laufe wieder normal"
    assert who == "Maren Stolz"


def test_a_cue_with_a_colon_belongs_to_the_quotation_after_it() -> None:
    text = (
        "„Wir haben das aus der Zeitung erfahren“, so Jana Kurz. „Das ist respektlos.“ "
        "Ein Sprecher des Konzerns wies das zurück: „Der Betriebsrat war frühzeitig informiert.“"
    )
    assert find(text, "Das ist respektlos", "de").speaker == "Jana Kurz"
    assert find(text, "frühzeitig informiert", "de").speaker != "Jana Kurz"
