"""English news constructions the ninth blind batch (tests/parsing/external_style_9) showed missing:
"reminded X to …" (an object-and-infinitive cue like "urged"); "complained that A and reiterated her
call for B" (a restating verb with a possessive is the speaker's next act, not part of A); a clock time
("shortly after 11 p.m.") before an opening quotation mark ends the sentence; a live blog's time stamp
("1:05 p.m. — Campaign responds …") is never fronted content. Every sentence here is written for this
test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "In a news release, Saskatoon police reminded drivers to clear the snow off their windshields.",
            "drivers to clear the snow off their windshields",
            "Saskatoon police",
        ),
        (
            "Coun. Mira Olsen reminded residents to put their bins out by 7 a.m. on collection day.",
            "residents to put their bins out by 7 a.m. on collection day",
            "Mira Olsen",
        ),
        (
            "The health unit is reminding parents to book flu shots before the end of the month.",
            "parents to book flu shots before the end of the month",
            "The health unit",
        ),
    ],
)
def test_reminded_an_object_to_do_something_is_a_report(text: str, report: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert [(k, q) for k, q, _ in got] == [("indirect", report)], got
    assert speaker in (got[0][2] or ""), got


@pytest.mark.parametrize(
    "text",
    [
        "The old mill reminded her of her father's farm.",
        "The smell of smoke reminded residents of the 2019 fire.",
        "The empty rink reminds me how much the town has changed.",
    ],
)
def test_reminded_of_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Rep. Ana Ferris complained that the bill had been written in secret and reiterated her call "
            "for public hearings.",
            "the bill had been written in secret",
        ),
        (
            "The mayor said the budget was balanced and repeated his promise not to raise taxes.",
            "the budget was balanced",
        ),
        (
            "Union leader Gus Hart said members were angry and renewed their demand for a wage reopener.",
            "members were angry",
        ),
    ],
)
def test_a_restating_act_after_a_report_is_not_part_of_it(text: str, report: str) -> None:
    got = quotes(text, "en")
    assert got and got[0][:2] == ("indirect", report), got


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "The senator said the storm had knocked out power and renewed fears about the grid.",
            "the storm had knocked out power and renewed fears about the grid",
        ),
        (
            "The coach said the team repeated its mistakes from last season.",
            "the team repeated its mistakes from last season",
        ),
    ],
)
def test_a_restating_verb_inside_the_report_stays(text: str, report: str) -> None:
    got = quotes(text, "en")
    assert got and got[0][:2] == ("indirect", report), got


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody got everything," Gov. Ray Lund told reporters shortly after 11 p.m. '
        '"That is what a deal looks like."',
        '"We lost power twice," Tina Ruiz said at about 6 a.m. "The generator saved us."',
    ],
)
def test_a_clock_time_before_a_quotation_ends_the_sentence(text: str) -> None:
    got = quotes(text, "en")
    assert [k for k, _, _ in got] == ["direct", "direct"], got
    assert got[0][2] == got[1][2] and got[1][2] in ("Ray Lund", "Tina Ruiz"), got


def test_a_clock_abbreviation_inside_a_sentence_does_not_cut_it() -> None:
    got = quotes('The vote ended at 9 p.m. and the chair, Lia Moss, said it was "long overdue."', "en")
    assert [(k, s) for k, _, s in got] == [("mixed", "Lia Moss")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1:05 p.m. — Campaign responds to ad complaint\n\nThe campaign said nothing more.", None),
        ("9:15 P.M. — Governor concedes race\n\nThe count went on past midnight.", None),
        (
            "11:30 a.m. — Mayor says bridge will reopen Friday\n\nCrews worked overnight.",
            "bridge will reopen Friday",
        ),
    ],
)
def test_a_live_blog_time_stamp_is_not_fronted_content(text: str, expected: str | None) -> None:
    got = [q for _, q, _ in quotes(text, "en")]
    assert not any(q[:1].isdigit() for q in got), got
    if expected is not None:
        assert expected in got, got


@pytest.mark.parametrize(
    ("text", "named", "speaker"),
    [
        (
            'The school board rejected the proposal on Monday, calling it "a cut dressed up as a reform."',
            'it "a cut dressed up as a reform',
            "The school board",
        ),
        (
            'Premier Joan Ellery dismissed the audit, calling the findings "stale and selective."',
            'the findings "stale and selective',
            "Joan Ellery",
        ),
        (
            'Councillor Amy Stone calls the rezoning plan "a gift to landlords."',
            'the rezoning plan "a gift to landlords',
            "Amy Stone",
        ),
    ],
)
def test_calling_and_calls_name_what_they_report(text: str, named: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert ("mixed", named) in [(k, q) for k, q, _ in got], got
    assert any(speaker in (s or "") for _, _, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "She spent the morning calling voters in Erie.",
        "He has been calling for a recount since Tuesday.",
        "The line took 400 calls in an hour, the dispatch centre's manager said.",
        'The film follows two nurses through what the director calls the so-called "return to normal."',
    ],
)
def test_calling_without_a_quoted_name_is_no_report(text: str) -> None:
    assert not any(k == "mixed" for k, _, _ in quotes(text, "en"))


def test_a_name_that_modifies_a_noun_is_no_pronoun_antecedent() -> None:
    text = (
        'Gov. Ellen Marsh toured the plant on Friday. "We will keep it open," Marsh said.\n\n'
        "Lorraine Pike, a welder waiting outside a Marsh event in Toledo, said she had voted Republican "
        'for years. "Never again," she said.'
    )
    got = quotes(text, "en")
    assert ("direct", "Never again,", "Lorraine Pike") in got, got


def test_a_name_after_its_article_and_before_a_verb_stays_a_mention() -> None:
    text = (
        "Lorraine Pike waited outside the plant in Toledo for an hour. At noon the Ohio governor, "
        'Ellen Marsh, arrived with two aides. "We will keep it open," she said.'
    )
    assert ("direct", "We will keep it open,", "Ellen Marsh") in quotes(text, "en")
