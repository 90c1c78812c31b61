"""German news constructions the sixteenth blind batch (tests/parsing/de_external_style_16) showed missing:
a split particle right after an inverted subject ("…, stellte der Verbandschef klar"), the bare verb
"weise" and a verb after a first-slot adverb ("Damit fließe …") continuing a report, an "according to"
phrase inside a continuation ("nach Einschätzung der Planer"), "Aus Verhandlungskreisen erfuhr die dpa,
…", a group named in quotation marks as subject ("Die Bürgerinitiative „Grüne Aue“ forderte"), commas
around a clock time inside an infinitive report, report nouns, quantifiers and road numbers that are no
persons ("Laut Polizeibericht", "Beide Fahrer", "„Sichere B 12“"), and "die Frau" after an unnamed
"eine Rentnerin". Own sentences only, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


def _contents(text: str) -> list[str]:
    return [q for _, q, _ in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Schließung sei nicht verhandelbar, stellte der Klinikchef klar.",
            "Die Schließung sei nicht verhandelbar",
            "der Klinikchef",
        ),
        (
            "Ein Rückzug komme nicht infrage, machte Parteichefin Ute Brandl deutlich.",
            "Ein Rückzug komme nicht infrage",
            "Ute Brandl",
        ),
        (
            "Man habe alle Auflagen erfüllt, stellte Bauunternehmer Jan Sörensen klar.",
            "Man habe alle Auflagen erfüllt",
            "Jan Sörensen",
        ),
    ],
)
def test_split_particle_right_after_the_inverted_subject(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "follow"),
    [
        (
            "Der Landrat forderte, die Brücke zu sanieren. Der Kreis weise seit Jahren auf die Schäden hin.",
            "Der Kreis weise seit Jahren auf die Schäden hin",
        ),
        (
            "Die Ministerin sagte, das Land stelle mehr Geld bereit. "
            "Damit fließe so viel Geld in die Schulen wie nie.",
            "Damit fließe so viel Geld in die Schulen wie nie",
        ),
        (
            "Die Ärztekammer erklärte, die Versorgung sei gefährdet. Zudem fehle es an jungen Ärzten.",
            "Zudem fehle es an jungen Ärzten",
        ),
        (
            "Die Planung sei fertig, erklärte ein Sprecher der Stadt. Eine Umleitung habe man geprüft, "
            "sie würde nach Einschätzung der Planer aber Staus verursachen.",
            "Eine Umleitung habe man geprüft, sie würde nach Einschätzung der Planer aber Staus verursachen",
        ),
    ],
)
def test_report_goes_on(text: str, follow: str) -> None:
    assert follow in _contents(text)


@pytest.mark.parametrize(
    "text",
    [
        # indicative after the report, an adverb in the first slot: the writer's narrative
        "Der Verband sagte, die Lage sei ernst. Danach ging alles sehr schnell.",
        "Der Verband sagte, die Lage sei ernst. Die Straße wurde teilweise gesperrt.",
        # "damit" as a conjunction with an adjective after it
        "Der Verband sagte, die Lage sei ernst. Damit kleine Betriebe überleben, braucht es Geld.",
    ],
)
def test_no_continuation_without_the_mood(text: str) -> None:
    assert len(_contents(text)) == 1


def test_a_new_source_inside_the_next_sentence_still_speaks_for_itself() -> None:
    text = (
        "Die Planung sei fertig, erklärte eine Sprecherin der Stadt. "
        "Zwei Menschen seien laut Polizei verletzt worden."
    )
    assert ("Zwei Menschen seien laut Polizei verletzt worden", "Polizei") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Aus Verhandlungskreisen erfuhr die Deutsche Presse-Agentur, "
            "dass beide Seiten sich angenähert hätten.",
            "beide Seiten sich angenähert hätten",
            "Verhandlungskreisen",
        ),
        (
            "Aus Regierungskreisen erfuhr die dpa am Abend, der Gipfel werde verschoben.",
            "der Gipfel werde verschoben",
            "Regierungskreisen",
        ),
    ],
)
def test_learned_from_circles(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aus der Zeitung erfuhr sie, dass ihr Vertrag nicht verlängert werde.",
        "Aus dem Radio erfuhren wir, dass die Schule geschlossen bleibe.",
        "Er erfuhr erst am Montag, dass die Firma schließt.",
    ],
)
def test_learning_something_is_no_report(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Bürgerinitiative „Grüne Aue“ forderte, den Bebauungsplan zu stoppen.",
            "den Bebauungsplan zu stoppen",
            "Die Bürgerinitiative „Grüne Aue“",
        ),
        (
            "Der Verein „Pro Wald“ erklärte, man werde gegen die Rodung klagen.",
            "man werde gegen die Rodung klagen",
            "Der Verein „Pro Wald“",
        ),
        (
            "Die Fangruppe „Rote Kurve“ kündigte an, das nächste Spiel zu boykottieren.",
            "das nächste Spiel zu boykottieren",
            "Die Fangruppe „Rote Kurve“",
        ),
    ],
)
def test_group_named_in_quotation_marks(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Film „Die Brücke“ zeigte, wie schwer das Leben damals war.",
        "Die Ausstellung „Neue Wege“ zeigt, dass Kunst politisch sein kann.",
    ],
)
def test_a_titled_work_shows_nothing(text: str) -> None:
    assert _contents(text) == []


def test_commas_around_a_clock_time_stay_inside_the_infinitive() -> None:
    text = (
        "Die Gewerkschaft rief die Beschäftigten auf, "
        "von Montag, 6.00 Uhr, bis Dienstag, 6.00 Uhr, die Arbeit niederzulegen."
    )
    assert (
        "von Montag, 6.00 Uhr, bis Dienstag, 6.00 Uhr, die Arbeit niederzulegen",
        "Die Gewerkschaft",
    ) in _pairs(text)


def test_a_police_report_is_no_person_for_the_age_noun() -> None:
    text = (
        "Laut Polizeibericht wollte ein 63 Jahre alter Radfahrer die Straße überqueren. "
        "Der 63-Jährige gab an, das Auto nicht gesehen zu haben."
    )
    pairs = _pairs(text)
    assert ("das Auto nicht gesehen zu haben", "Der 63-Jährige") in pairs


def test_quantifier_and_road_runs_are_no_persons() -> None:
    text = (
        "Auf der B 12 kam es zu einem Unfall. Beide Fahrer wurden verletzt.\n\n"
        "Ein Anwohner sah den Aufprall. Er sei sofort hingelaufen, erzählte der Mann.\n\n"
        "Die Initiative „Sichere B 12“ fordert seit Jahren eine Ampel."
    )
    assert ("Er sei sofort hingelaufen", "der Mann") in _pairs(text)


def test_the_woman_just_introduced_unnamed() -> None:
    text = (
        "Richterin Karin Albers verlas die Anklage, eine Rentnerin im Saal weinte. "
        "Sie habe dem Mann vertraut, sagte die Frau. Ihr Geld sei weg."
    )
    assert ("Sie habe dem Mann vertraut", "die Frau") in _pairs(text)
    assert ("Ihr Geld sei weg", "die Frau") in _pairs(text)


def test_the_woman_named_before_when_the_unnamed_one_is_a_man() -> None:
    text = (
        "Richterin Karin Albers verlas die Anklage, ein Zuhörer applaudierte. "
        "Sie habe nie gezweifelt, sagte die Frau."
    )
    assert ("Sie habe nie gezweifelt", "Karin Albers") in _pairs(text)
