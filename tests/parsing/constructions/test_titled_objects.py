"""Titles around speakers and objects. The object of "accused X of …", "urged X to …", "called on X
to …" may carry an abbreviated title ("Rep.", "Sen.", "Coun.", "Dr.") or an appositive with one ("her
rival, Rep. Tom Hale, of …"): the title's full stop is no sentence end, and the object and its
infinitive or charge are the report. After a quotation, a pair of titles may come before the speaker
('"…," president and CEO Walter Briggs said'); the subject's title never passes to the object."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes

HEAD = "Senate race tightens\n\n"


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "The senator accused her rival, Rep. Tom Hale, of lying about his record.",
            "her rival, Rep. Tom Hale, of lying about his record",
            "The senator",
        ),
        (
            "The senator accused Rep. Tom Hale of lying about his record.",
            "Rep. Tom Hale of lying about his record",
            "The senator",
        ),
        (
            "The mayor urged Coun. Ann Lee to withdraw the motion.",
            "Coun. Ann Lee to withdraw the motion",
            "The mayor",
        ),
        (
            "The union called on Dr. Raj Patel, the hospital's chief executive, to reopen the ward.",
            "Dr. Raj Patel, the hospital's chief executive, to reopen the ward",
            "The union",
        ),
    ],
)
def test_a_titled_object_keeps_its_report(body: str, content: str, speaker: str) -> None:
    q = find(HEAD + body + "\n", content, "en")
    text = HEAD + body + "\n"
    assert text[q.start : q.end] == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        # a real sentence end after the object: no charge follows
        "The senator accused her rival. Dr. Hale of the clinic was not available.",
        "Voters in the district elected Rep. Tom Hale of Ohio in 2020.",
    ],
)
def test_no_charge_no_report(body: str) -> None:
    assert quotes(HEAD + body + "\n", "en") == []


def test_the_speakers_title_does_not_pass_to_the_object() -> None:
    # "attorney general" is the subject's title, not that of the rival named after the verb
    text = (
        HEAD + "Heather Dunn is a former prosecutor. On Thursday, the former state attorney general accused "
        "her chief rival, Rep. Tom Hale, of letting a PAC run false ads.\n"
    )
    assert find(text, "of letting a PAC", "en").speaker == "Heather Dunn"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We expect to reopen by spring," president and CEO Walter Briggs said.',
            "Walter Briggs",
        ),
        ('"We will appeal," chair and chief executive Ann Lee said in a release.', "Ann Lee"),
        ('"We will appeal," press secretary Karine Jones said.', "Karine Jones"),
    ],
)
def test_a_pair_of_titles_before_the_speaker(body: str, speaker: str) -> None:
    got = quotes(HEAD + body + "\n", "en")
    assert len(got) == 1 and got[0][0] == "direct" and got[0][2] == speaker


def test_and_before_a_name_is_no_title_pair() -> None:
    assert quotes(HEAD + '"We will appeal," and Ann Lee said nothing more.\n', "en") == []
