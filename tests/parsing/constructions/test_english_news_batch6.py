"""English news constructions the sixth blind batch (tests/parsing/external_style_6) and the fifth
batch's leftovers showed missing: a region after a town inside an appositive chain ("a nurse in
Columbus, Ohio, says"); a bare plural subject with its own relative clause ("said buyers who waited …
are giving up"); trades quoted as a group ("Real estate agents in several markets say"); "acknowledged
A but rejected calls …"; the setting of the utterance after a report ("… in an interview on Monday");
a relative "that" after a whole clause ("plans a trial next year that will follow …"); a parenthetical
cue after a verb that takes a preposition ("Much depends, she said, on whether …"); a unit's number in
a title phrase ("Local 12 President X"); the writer's update after a report (", and so far no one has
…"); and the false report "Dan Lee, the coach, praised the team". Every sentence here is written for
this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _reports(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes(text, "en") if q[0] == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mark Jones, a teacher in Dayton, Ohio, says he and his wife left the district last year.",
            "he and his wife left the district last year",
            "Mark Jones",
        ),
        (
            "Joan Smith, 71, of Guelph, Ont., who attended the meeting, said the hall had been full "
            "for hours.",
            "the hall had been full for hours",
            "Joan Smith",
        ),
        (
            "Ann Lee, a pharmacist from Tacoma, Wash., told reporters the shelves were empty by noon.",
            "the shelves were empty by noon",
            "Ann Lee",
        ),
        (
            "Tom Ruiz, who grew up in Fresno, California, said the drought was the worst he had seen.",
            "the drought was the worst he had seen",
            "Tom Ruiz",
        ),
    ],
)
def test_a_region_after_a_town_in_the_appositive_chain(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Agents say buyers who waited for lower rates are giving up.",
            "buyers who waited for lower rates are giving up",
        ),
        (
            "The mayor said residents who live near the plant have complained for years.",
            "residents who live near the plant have complained for years",
        ),
        (
            "Organizers said volunteers who signed up online would get their shirts on Friday.",
            "volunteers who signed up online would get their shirts on Friday",
        ),
    ],
)
def test_a_bare_plural_subject_with_a_relative_clause(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised volunteers who cleared the snow overnight.",
        "She waved to neighbors who had gathered on the porch.",
    ],
)
def test_an_object_with_a_relative_clause_is_no_report(text: str) -> None:
    assert _reports(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Real estate agents in several large markets say buyers are giving up.", "Real estate agents"),
        ("Mortgage brokers in the suburbs said demand had cooled since spring.", "Mortgage brokers"),
    ],
)
def test_a_trade_quoted_as_a_group(text: str, speaker: str) -> None:
    found = _reports(text)
    assert len(found) == 1
    assert found[0][2] is not None and found[0][2].startswith(speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor acknowledged some shops might close but rejected calls to delay the plan.",
            "some shops might close",
        ),
        (
            "The minister conceded the rollout had been slow and rejected any suggestion it would be "
            "dropped.",
            "the rollout had been slow",
        ),
    ],
)
def test_a_report_ends_before_rejected(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)][:1] == [content]


def test_rejected_by_stays_inside_the_report() -> None:
    text = "The minister said the first bid was late and rejected by the board."
    assert [q[1] for q in _reports(text)] == ["the first bid was late and rejected by the board"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said the bill would pass in an interview on Monday.", "the bill would pass"),
        (
            "The coach accused the referee of ignoring two fouls at a news conference on Sunday.",
            "the referee of ignoring two fouls",
        ),
        (
            "The governor said the budget would balance at a briefing, as aides handed out copies.",
            "the budget would balance",
        ),
    ],
)
def test_the_setting_of_the_utterance_ends_the_report(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an event the report is about, not where it was said
        ("Officials said the man was shot at a rally in Reno.", "the man was shot at a rally in Reno"),
        (
            "She said the chair interrupted her during the hearing.",
            "the chair interrupted her during the hearing",
        ),
    ],
)
def test_an_event_inside_the_report_stays(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Patel said her lab plans a second study next year that will follow patients for a decade.",
            "her lab plans a second study next year that will follow patients for a decade",
        ),
        (
            "The mayor said the city wants a new bridge that would carry light rail.",
            "the city wants a new bridge that would carry light rail",
        ),
    ],
)
def test_a_relative_that_after_a_whole_clause(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Much depends, she said, on whether the council can find the money.",
            "Much depends, she said, on whether the council can find the money",
        ),
        (
            "Everything hinges, the coach said, on the goalie staying healthy.",
            "Everything hinges, the coach said, on the goalie staying healthy",
        ),
    ],
)
def test_a_parenthetical_cue_before_the_verbs_preposition(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


def test_a_circumstance_after_a_parenthetical_cue_stays_out() -> None:
    text = "Rents will keep rising, he said, at a meeting of the council."
    assert [q[1] for q in _reports(text)] == ["Rents will keep rising"]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready to walk out," Local 12 President Ann Ray said outside the plant.',
        '"The plan is flawed," Ward 7 Councillor Ann Ray said.',
    ],
)
def test_a_units_number_inside_a_title_phrase(text: str) -> None:
    found = quotes(text, "en")
    assert len(found) == 1 and found[0][0] == "direct" and found[0][2] == "Ann Ray"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She told the board in March that she would retire in June, and so far no one has been hired.",
            "she would retire in June",
        ),
        (
            "He said the city had asked for the records, but to date the province has not replied.",
            "the city had asked for the records",
        ),
    ],
)
def test_the_writers_update_after_a_report(text: str, content: str) -> None:
    assert [q[1] for q in _reports(text)] == [content]


def test_the_speakers_own_so_far_stays_inside() -> None:
    text = "She said the group had written to the minister, and so far we have heard nothing."
    assert [q[1] for q in _reports(text)] == [
        "the group had written to the minister, and so far we have heard nothing"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dan Lee, the coach, praised the team after the game.",
        "Jane Roe, the mayor, criticized the province for the delay.",
    ],
)
def test_a_name_and_its_appositive_before_a_cue_are_no_report(text: str) -> None:
    assert _reports(text) == []


def test_fronted_content_before_an_inverted_cue_still_found() -> None:
    text = "Rents will keep rising this year, warned Jane Roe, the housing minister."
    assert _reports(text) == [("indirect", "Rents will keep rising this year", "Jane Roe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We were flat," Mikko Berg said. He credited Tom Ward for the late goal. '
            '"I just shot," he joked.',
            "Mikko Berg",
        ),
        (
            '"We were flat," Mikko Berg said. He and Tom Ward left together. "It was late," he said.',
            "Mikko Berg",
        ),
    ],
)
def test_a_pronoun_subject_carries_the_speaker_over_the_object(text: str, speaker: str) -> None:
    assert [q[2] for q in quotes(text, "en")] == ["Mikko Berg", speaker]


def test_a_pronoun_subject_with_no_speaker_before_changes_nothing() -> None:
    # no quote before: the pronoun goes to the person named last, as before
    text = 'Dan Lee scored twice. He met Tom Ward after the game. "It was fun," he said.'
    assert len(quotes(text, "en")) == 1
