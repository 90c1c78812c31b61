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
