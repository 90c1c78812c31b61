"""German news constructions the eighteenth blind batch (tests/parsing/de_external_style_18) showed missing:
a capitalised noun spelt like a cue's past ("den Versicherten") taken for a speech verb, "…, zeigte sich X
überzeugt" (the phrase split by its subject), 'schilderte/begrüßte … als „…“' and 'lobte … für eine „…“',
"wüssten" as reported mood, "die CDU-Politikerin" resolved to a woman of no known party, "…, begründete die
Kammer ihr Urteil" (the cue's object after the speaker) and a dative hearer after a descriptor taken into
the speaker ("sagte die Ministerin dem Sender"). Own sentences only, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Man begrüße den Beschluss, erklärte die Kasse. Der Betrug sei kein Bagatelldelikt, sondern "
            "schade allen Versicherten.",
            "Der Betrug sei kein Bagatelldelikt, sondern schade allen Versicherten",
        ),
        (
            "Die Reform komme zu spät, sagte die Verbandschefin. Die Kosten trügen am Ende die Versicherten.",
            "Die Kosten trügen am Ende die Versicherten",
        ),
        (
            "Die Lage sei angespannt, sagte der Sprecher. Viele Beschäftigten fürchteten um ihre Stellen, "
            "berichteten die Betriebsräte.",
            "Die Lage sei angespannt",
        ),
    ],
)
def test_a_capitalised_noun_spelt_like_a_cue_is_no_cue(text: str, content: str) -> None:
    assert content in [q for q, _ in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Mannschaft werde den Klassenerhalt schaffen, zeigte sich Trainer Uwe Bender überzeugt.",
            "Die Mannschaft werde den Klassenerhalt schaffen",
            "Uwe Bender",
        ),
        (
            "Die Baukosten würden im Rahmen bleiben, zeigte sich die Stadtbaurätin zuversichtlich.",
            "Die Baukosten würden im Rahmen bleiben",
            "die Stadtbaurätin",
        ),
        (
            "Bis zum Sommer sei die Strecke wieder frei, zeigt sich Landrat Peter Kohl optimistisch.",
            "Bis zum Sommer sei die Strecke wieder frei",
            "Peter Kohl",
        ),
    ],
)
def test_zeigte_sich_x_ueberzeugt_trailer(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Mannschaft zeigte sich nach der Pause deutlich verbessert.",
        "Die Konjunktur zeigte sich zuletzt erstaunlich robust.",
        "Die Auswertung zeigt, dass viele Kunden überzeugt sind.",
    ],
)
def test_zeigen_without_the_phrase_reports_nothing(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Wirtin schilderte das Jahr als „eine Achterbahnfahrt“.", "eine Achterbahnfahrt"),
        ("Der Landrat begrüßte das Urteil als „Sieg für die Anwohner“.", "Sieg für die Anwohner"),
        ("Die Trainerin lobte ihr Team für einen „nahezu perfekten Auftritt“.", "nahezu perfekten Auftritt"),
        ("Der Minister lobte die Retter für ihren „unermüdlichen Einsatz“.", "unermüdlichen Einsatz"),
    ],
)
def test_quoted_words_after_schildern_begruessen_loben(text: str, content: str) -> None:
    assert [q for q, _ in _pairs(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei schilderte den Hergang als Unfall ohne Fremdeinwirkung.",
        "Der Bürgermeister lobte die Vereine für ihr Engagement.",
        "Der Bürgermeister begrüßte die Gäste im Rathaus.",
        "Der Minister lobte die Helfer für ihren Einsatz beim „Jahrhunderthochwasser“ an der Oder.",
    ],
)
def test_no_quoted_description_no_report(text: str) -> None:
    assert _pairs(text) == []


def test_begruessen_with_a_clause_reports_it() -> None:
    text = "Die Bürgermeisterin begrüßte, dass das Land die Kosten für die neue Brücke übernehme."
    assert ("das Land die Kosten für die neue Brücke übernehme", "Die Bürgermeisterin") in _pairs(text)


def test_wuessten_carries_the_reported_mood() -> None:
    text = (
        "Die Zahl der Anmeldungen sei gestiegen, sagte die Leiterin der Kita. Viele Eltern wüssten "
        "trotzdem nicht, wo ihre Kinder im Herbst unterkommen."
    )
    content = "Viele Eltern wüssten trotzdem nicht, wo ihre Kinder im Herbst unterkommen"
    assert (content, "die Leiterin der Kita") in _pairs(text)


def test_wussten_in_the_past_is_the_writers() -> None:
    text = "Die Lage sei ernst, sagte die Leiterin. Die Eltern wussten davon nichts."
    assert [q for q, _ in _pairs(text)] == ["Die Lage sei ernst"]


def test_a_party_descriptor_prefers_the_member_of_that_party() -> None:
    text = (
        "Umweltministerin Karin Ebert (SPD) verteidigte das Gesetz. Die Regeln seien fair, sagte sie.\n\n"
        "Die Bauern sehen das anders. Die Auflagen seien zu streng, sagte Verbandschefin Lena Moos.\n\n"
        "Das Land habe die Landwirte früh eingebunden, betonte die SPD-Politikerin."
    )
    assert ("Das Land habe die Landwirte früh eingebunden", "Karin Ebert") in _pairs(text)


def test_a_party_descriptor_without_a_member_keeps_the_latest() -> None:
    text = (
        "Umweltministerin Karin Ebert (SPD) verteidigte das Gesetz. Die Regeln seien fair, sagte sie.\n\n"
        "Die Auflagen seien zu streng, sagte die Abgeordnete Lena Moos.\n\n"
        "Das Gesetz gehe an der Praxis vorbei, betonte die Grünen-Politikerin."
    )
    assert ("Das Gesetz gehe an der Praxis vorbei", "Karin Ebert") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Angeklagte habe aus Habgier gehandelt, begründete die Kammer ihr Urteil am Freitag.",
            "Der Angeklagte habe aus Habgier gehandelt",
            "die Kammer",
        ),
        (
            "Die Grundsteuer müsse steigen, begründete der Kämmerer seinen Vorschlag.",
            "Die Grundsteuer müsse steigen",
            "der Kämmerer",
        ),
        (
            "Das Geld reiche für zwei Jahre, erläuterte die Schulleiterin ihre Pläne im Ausschuss.",
            "Das Geld reiche für zwei Jahre",
            "die Schulleiterin",
        ),
    ],
)
def test_the_cues_object_after_the_inverted_speaker(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kämmerer begründete seinen Vorschlag mit der Haushaltslage.",
        "Nach dem Umzug begründete der Verein eine neue Tradition.",
    ],
)
def test_begruenden_without_a_report_is_nothing(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage sei ernst, sagte die Ministerin dem Sender.", "die Ministerin"),
        ("Die Pläne seien solide, sagte der Minister den Abgeordneten.", "der Minister"),
        ("Die Lage sei ernst, sagte die Sprecherin der Behörde am Montag.", "die Sprecherin der Behörde"),
        ("Die Lage sei ernst, sagte der Leiter des Amtes, Jan Ohm.", "Jan Ohm"),
    ],
)
def test_a_dative_hearer_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]
