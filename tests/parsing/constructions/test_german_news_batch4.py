"""German online-news constructions the fourth blind batch (tests/parsing/de_external_style_4) showed
missing: agentless hearsay that closes its report ("…, wie es in der Fraktion hieß", "…, ist aus dem
Umfeld zu hören", "…, wie aus Verhandlungskreisen verlautete") and "Aus X ist zu hören, …"; an asked
question as the report ("fragte, warum …", "wollte wissen, ob …"); the writer's own question inside a
Konjunktiv run; "formuliert es so: »…«"; nationality nouns as speakers ("sagte der Niederländer");
"vom" after a full name; "berichtet die Zeitung weiter"; a one-word topic before a colon in a
headline. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _only(text: str) -> tuple[str, str, str | None]:
    found = quotes(text, "de")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Stimmung ist gereizt. Mehrere Abgeordnete hätten einen Sonderparteitag verlangt, "
            "wie es in der Fraktion hieß.",
            "Mehrere Abgeordnete hätten einen Sonderparteitag verlangt",
            "Fraktion",
        ),
        (
            "Eine Einigung sei in Reichweite, wie aus Verhandlungskreisen verlautete.",
            "Eine Einigung sei in Reichweite",
            "Verhandlungskreisen",
        ),
        (
            "Der Senator denke nicht an einen Rücktritt, ist aus seinem Umfeld zu hören.",
            "Der Senator denke nicht an einen Rücktritt",
            "Umfeld",
        ),
        (
            "Die Landrätin wolle die Klinik erhalten, war in der Kreisverwaltung zu hören.",
            "Die Landrätin wolle die Klinik erhalten",
            "Kreisverwaltung",
        ),
        (
            "Der Bürgermeister sieht das anders. Aus seinem Umfeld ist zu hören, er werde nicht weichen.",
            "er werde nicht weichen",
            "Umfeld",
        ),
    ],
)
def test_agentless_hearsay_with_its_source(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _only(text)
    assert (kind, quoted) == ("indirect", content)
    assert who is not None and speaker in who


def test_as_it_was_said_without_a_source_and_inside_the_report() -> None:
    kind, quoted, _ = _only("Die Lage ist ernst. Der Damm sei an zwei Stellen gebrochen, wie es hieß.")
    assert (kind, quoted) == ("indirect", "Der Damm sei an zwei Stellen gebrochen")
    text = "Die Turnhalle bleibt, wie es am Abend hieß, bis zum Ende der Ferien gesperrt."
    kind, quoted, _ = _only(text)
    assert quoted == "Die Turnhalle bleibt, wie es am Abend hieß, bis zum Ende der Ferien gesperrt"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Lage ist ernst. Wie es aus Regierungskreisen hieß, soll die Halle bis Freitag zu bleiben.",
            "soll die Halle bis Freitag zu bleiben",
            "Regierungskreisen",
        ),
        (
            "Wie aus Verhandlungskreisen verlautete, liegen beide Seiten nur noch knapp auseinander.",
            "liegen beide Seiten nur noch knapp auseinander",
            "Verhandlungskreisen",
        ),
    ],
)
def test_fronted_as_it_was_said(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _only(text)
    assert (kind, quoted) == ("indirect", content)
    assert who is not None and speaker in who


def test_hearsay_continues_in_the_reported_mood() -> None:
    text = (
        "Der Kanzler schweigt. Er wolle die Wahl abwarten, heißt es in Regierungskreisen. "
        "Ein Rücktritt komme nicht infrage."
    )
    found = quotes(text, "de")
    assert [q[1] for q in found] == ["Er wolle die Wahl abwarten", "Ein Rücktritt komme nicht infrage"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Hund hieß Bello, wie es sich für einen Dackel gehört.",
        "Der Ort hieß früher anders, wie es in der Chronik steht.",
        "Der Solist war kaum zu hören, als das Orchester einsetzte.",
        "Das Konzert war laut, wie es zu hören war.",
        "Es war ein Abend, wie es ihn selten gab, und im Saal war Jubel zu hören.",
        "Das hieß für die Pendler vor allem eines: warten.",
        "Wie es sich gehört, hieß der Hund Bello.",
    ],
)
def test_no_hearsay_without_the_construction(text: str) -> None:
    assert quotes(text, "de") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Ministerin fragte, warum die Stadt nicht früher gehandelt habe.",
            "warum die Stadt nicht früher gehandelt habe",
            "Ministerin",
        ),
        (
            "Das Urteil sei falsch, sagte der Anwalt Uwe Kroll. Er fragte zudem, "
            "wer die Kosten für das Gutachten trage.",
            "wer die Kosten für das Gutachten trage",
            "Uwe Kroll",
        ),
        (
            "Die Grünen wollten wissen, wann das Gutachten vorliegt.",
            "wann das Gutachten vorliegt",
            "Grünen",
        ),
        (
            "Am Montag fragte die Opposition im Landtag, ob der Zeitplan noch zu halten sei.",
            "ob der Zeitplan noch zu halten sei",
            "Opposition",
        ),
    ],
)
def test_an_asked_question_is_the_report(text: str, content: str, speaker: str) -> None:
    found = quotes(text, "de")
    asked = [q for q in found if q[1] == content]
    assert asked and asked[0][0] == "indirect", found
    assert asked[0][2] is not None and speaker in asked[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Viele Anwohner fragen sich, ob die Brücke jemals fertig wird.",
        "Man fragt sich, warum niemand eingegriffen hat.",
        "Ich wollte wissen, wie das funktioniert.",
        "Offen ist, ob der Plan hält.",
    ],
)
def test_no_question_report_without_a_speaker_asking(text: str) -> None:
    assert quotes(text, "de") == []


def test_the_writers_question_is_no_continuation() -> None:
    text = "Der Plan sei gescheitert, so der Minister. Ob er selbst zurücktreten würde? Er schweigt."
    assert [q[1] for q in quotes(text, "de")] == ["Der Plan sei gescheitert"]
    text = "Der Plan sei gescheitert, so der Minister. Ob er zurücktrete? Darüber wolle er nicht spekulieren."
    assert [q[1] for q in quotes(text, "de")] == [
        "Der Plan sei gescheitert",
        "Darüber wolle er nicht spekulieren",
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Vorsitzende schwieg. Eine Abgeordnete aus Hessen formuliert es so: "
            "»Wenn das so weitergeht, ist sie weg.«",
            "Wenn das so weitergeht, ist sie weg.",
            "Abgeordnete",
        ),
        (
            "Der Minister wirbt für die Reform. Ein Gewerkschafter aus Kassel bringt es auf den Punkt: "
            "„Wir zahlen die Zeche.“",
            "Wir zahlen die Zeche.",
            "Gewerkschafter",
        ),
    ],
)
def test_putting_it_this_way_before_a_colon(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _only(text)
    assert (kind, quoted) == ("direct", content)
    assert who is not None and speaker in who


def test_putting_it_this_way_is_no_cue_before_so_dass() -> None:
    assert quotes("Das Gesetz formuliert es so, dass jeder Bürger einen Anspruch hat.", "de") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kapitän Jan de Vries lobte die Moral. "
            "Die Fans hätten das Team getragen, sagte der Niederländer.",
            "Jan de Vries",
        ),
        (
            "Torhüterin Lena Gruber hielt zwei Elfmeter. "
            "Man habe an sich geglaubt, sagte die Österreicherin.",
            "Lena Gruber",
        ),
    ],
)
def test_a_nationality_noun_is_the_person_just_named(text: str, speaker: str) -> None:
    _, _, who = _only(text)
    assert who == speaker


def test_a_nationality_noun_is_not_someone_of_another_country() -> None:
    text = (
        "Der Schwede Nils Berg verlor im Finale. Der Gegner sei einfach stärker gewesen, "
        "sagte der Franzose."
    )
    _, _, who = _only(text)
    assert who != "Nils Berg"


def test_vom_after_a_full_name_is_the_employer() -> None:
    text = (
        "„Die Zahlen sind gut“, sagte Claudia Hoffmeister. Vorsichtiger äußerte sich Benedikt Krauß "
        "vom Institut für Konjunkturforschung. Der Rückgang sei ein Sondereffekt, sagte der Ökonom."
    )
    found = quotes(text, "de")
    assert found[-1][1] == "Der Rückgang sei ein Sondereffekt"
    assert found[-1][2] == "Benedikt Krauß"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Polizei prüfe einen Zusammenhang, berichtet die Zeitung weiter.", "die Zeitung"),
        ("Die Halle bleibe vorerst zu, sagte die Sprecherin zudem.", "die Sprecherin"),
    ],
)
def test_an_adverb_after_the_inverted_subject(text: str, speaker: str) -> None:
    _, _, who = _only(text)
    assert who == speaker


def test_a_topic_before_a_headline_colon_is_no_speaker() -> None:
    text = (
        "Mietendeckel: „Wir müssen schneller werden“\n\n"
        "Die Senatorin hat am Montag mehr Tempo beim Wohnungsbau gefordert."
    )
    assert all(q[2] != "Mietendeckel" for q in quotes(text, "de"))
    text = (
        "Habeck: „Wir müssen schneller werden“\n\n"
        "Wirtschaftsminister Robert Habeck hat am Montag mehr Tempo gefordert. Er sprach in Berlin."
    )
    assert ("direct", "Wir müssen schneller werden", "Robert Habeck") in quotes(text, "de")
