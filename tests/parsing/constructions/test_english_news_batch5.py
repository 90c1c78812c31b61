"""English constructions the fifth blind batch (tests/parsing/external_style_5) showed missing or run
on: a time adverb after a parenthetical cue ("The cuts, she said afterward, would …"); a head opened
by "once"/"whenever" before a parenthetical cue; a fronted report that opens with a subordinate clause
and goes on with its main clause; a semicolon before a new reporting clause ("One said A; another
cautioned that B"); the reporter's time line (", hours after …"), appositive gloss (", a move aimed at
…"), participle (", blaming a slump that …") and aside on the speaker (", though she …") after a
report; a local government named by its place noun ("the municipality said"). Every sentence here is
written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _only(text: str) -> tuple[str, str, str | None]:
    found = quotes(text, "en")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Jo Pratt toured the depot on Monday. The new fares, she said afterward, would take "
            "effect in June.",
            "The new fares, she said afterward, would take effect in June",
        ),
        (
            "Coach Ray Dunn met the press. The injury, he said later, was not as bad as it looked.",
            "The injury, he said later, was not as bad as it looked",
        ),
        (
            "Mayor Jo Pratt toured the depot. Once the tunnel reopens in the spring, she said, traffic "
            "will ease on the bridge.",
            "Once the tunnel reopens in the spring, she said, traffic will ease on the bridge",
        ),
        (
            "Chief Ana Ruiz spoke at the station. Whenever the river floods, she said, the same three "
            "streets close first.",
            "Whenever the river floods, she said, the same three streets close first",
        ),
    ],
)
def test_parenthetical_cue_with_adverb_or_subordinate_head(text: str, content: str) -> None:
    kind, span, _speaker = _only(text)
    assert (kind, span) == ("indirect", content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "When the depot closes, the nearest garage will be an hour's drive away, residents say.",
            "When the depot closes, the nearest garage will be an hour's drive away",
            "residents",
        ),
        (
            "If the strike goes ahead, no buses will run on Monday, the union warned.",
            "If the strike goes ahead, no buses will run on Monday",
            "the union",
        ),
    ],
)
def test_fronted_report_opening_with_a_subordinate_clause(text: str, content: str, speaker: str) -> None:
    kind, span, who = _only(text)
    assert (kind, span, who) == ("indirect", content, speaker)


def test_subordinate_opener_alone_is_still_a_circumstance() -> None:
    found = quotes("When asked about the plan, Pratt said it was sound.", "en")
    assert [(k, s) for k, s, _ in found] == [("indirect", "it was sound")]
    found = quotes("After the vote, which took hours, the mayor said she was relieved.", "en")
    assert [(k, s) for k, s, _ in found] == [("indirect", "she was relieved")]


def test_semicolon_before_a_new_reporting_clause() -> None:
    found = quotes("Two aides said the vote could slip to Friday; another said the delay was unlikely.", "en")
    assert [(s, w) for _k, s, w in found] == [
        ("the vote could slip to Friday", "Two aides"),
        ("the delay was unlikely", "another"),
    ]
    found = quotes(
        "Officials said a deal could come by Friday; one cautioned that the unions had not agreed.", "en"
    )
    assert [s for _k, s, _w in found] == ["a deal could come by Friday", "the unions had not agreed"]


def test_semicolon_without_a_cue_after_it_is_no_boundary() -> None:
    kind, span, _ = _only("Coach Ray Dunn said the team was tired; the schedule had been brutal for weeks.")
    assert span == "the team was tired; the schedule had been brutal for weeks"
    assert quotes("The company hired two lawyers; one said nothing.", "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Amy Lord warned Monday that schools would close unless lawmakers acted, hours "
            "after the budget talks collapsed.",
            "schools would close unless lawmakers acted",
        ),
        (
            "Acme Foods said on Monday it would sell its bakery unit to a rival, a move aimed at cutting "
            "its debt before the spring.",
            "it would sell its bakery unit to a rival",
        ),
        (
            "The port will shut two terminals and trim hours at four others next year, the authority "
            "announced Monday, blaming a slump in traffic that has already cost hundreds of jobs.",
            "The port will shut two terminals and trim hours at four others next year",
        ),
        (
            "Mayor Jo Pratt said the fares would rise in June, though she would not say by how much.",
            "the fares would rise in June",
        ),
        (
            "Once the depot reopens, she said, service will return to normal, though she gave no date.",
            "Once the depot reopens, she said, service will return to normal",
        ),
    ],
)
def test_reporters_additions_after_a_report(text: str, content: str) -> None:
    kind, span, _ = _only(text)
    assert (kind, span) == ("indirect", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the speaker's own words go on: a concession with another subject, a noun after "aimed at"
        (
            "Mayor Jo Pratt said the fares would rise, though riders may barely notice.",
            "the fares would rise, though riders may barely notice",
        ),
        (
            "Acme Foods said it would sell the unit to a buyer aimed at growth markets.",
            "it would sell the unit to a buyer aimed at growth markets",
        ),
    ],
)
def test_near_misses_keep_the_whole_report(text: str, content: str) -> None:
    kind, span, _ = _only(text)
    assert (kind, span) == ("indirect", content)


@pytest.mark.parametrize("noun", ["municipality", "city", "county"])
def test_local_government_by_its_place_noun_is_no_person(noun: str) -> None:
    text = (
        "Coun. Shawn Reilly said he would ask staff for a review. The changes take effect in May. "
        f"Updated schedules will be posted online next week, the {noun} said."
    )
    found = quotes(text, "en")
    assert found[-1] == ("indirect", "Updated schedules will be posted online next week", f"the {noun}")


def test_lone_name_before_a_parenthetical_cue_is_the_reports_subject() -> None:
    text = (
        "The defence lawyer, Sam Ortiz, spoke last. Hale, he argued, had always meant to finish the work "
        'and was "drowning, not stealing".'
    )
    found = quotes(text, "en")
    assert found == [
        (
            "mixed",
            'Hale, he argued, had always meant to finish the work and was "drowning, not stealing"',
            "Sam Ortiz",
        )
    ]


def test_opening_adverb_before_a_parenthetical_cue_stays_out() -> None:
    found = quotes("Coach Ray Dunn spoke after the game. Honestly, he said, the team played well.", "en")
    assert [s for _k, s, _w in found] == ["the team played well"]
