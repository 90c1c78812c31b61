"""Speakers in US and Canadian news styles:

- people quoted as a group: "tenants who say …", "Critics say …", "Opponents argued …"; a plural
  group never becomes the "she" of a later sentence or the person who answers an interview;
- a new speaker after a coordinator and an appositive: "said A, and on Friday her lawyer, Tom Hale,
  said B" (A ends at the comma; B is Tom Hale's);
- "the 28-year-old Swede": an age before a nationality resolves like "the Swede";
- "It said in a statement": an organisation named in the sentence before, even as an appositive,
  over a person quoted earlier."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The suit was filed by tenants who say the landlord locked them out in January.",
            "the landlord locked them out in January",
            "tenants",
        ),
        ("Critics say the bill would gut the state's water rules.", "the bill would gut", "Critics"),
        (
            "Opponents argued the tax would drive small businesses out of the downtown core.",
            "the tax would drive",
            "Opponents",
        ),
        (
            "Several protesters said police had given them no warning before the park was cleared.",
            "police had given them no warning",
            "Several protesters",
        ),
    ],
)
def test_a_group_of_people_is_a_speaker(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert q.speaker == speaker


def test_a_plural_group_is_not_the_next_she() -> None:
    text = (
        "Mayor Dana Cole presented the plan on Monday. Critics on the council have called it a giveaway. "
        '"We have listened to every one of them," she said.'
    )
    assert find(text, "We have listened", "en").speaker == "Dana Cole"


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "Kerr has said she never met the donor, and on Friday her lawyer, Tom Hale, said the claims "
            "were false.",
            "she never met the donor",
            "the claims were false",
            "Tom Hale",
        ),
        (
            "Kerr said she never met the donor, and her lawyer, Tom Hale, said the claims were false.",
            "she never met the donor",
            "the claims were false",
            "Tom Hale",
        ),
        (
            "The mayor said the talks had stalled, but late Tuesday the union's president, Ann Lowe, "
            "said a deal was close.",
            "the talks had stalled",
            "a deal was close",
            "Ann Lowe",
        ),
    ],
)
def test_a_new_speaker_in_apposition_after_and(text: str, first: str, second: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert [span for _, span, _ in got] == [first, second]
    assert got[1][2] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause's comma and a name inside the report: still one report
        "Kerr said she was at home when her neighbour, Tom Hale, knocked on the door.",
        "Kerr said the money went to her sister, Ann Lowe, and to a cousin in Halifax.",
    ],
)
def test_a_name_inside_the_report_does_not_cut_it(text: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][2] == "Kerr"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Goaltender Lars Berg stopped 30 shots. The 31-year-old Norwegian said his legs felt fresh.",
            "his legs felt fresh",
            "Lars Berg",
        ),
        (
            'Midfielder Ana Souza scored twice. "It was a good night," the 24-year-old Brazilian said.',
            "It was a good night",
            "Ana Souza",
        ),
    ],
)
def test_an_age_and_a_nationality_point_back_to_the_player(text: str, content: str, speaker: str) -> None:
    assert find(text, content, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Ann Cole attacked the ads on Friday. The committee behind them, the Lakeshore Trust, "
            "has spent $2 million. It said in a statement that its ads were accurate.",
            "its ads were accurate",
            "Lakeshore Trust",
        ),
        (
            "The ferry operator, Bluewater Lines, has cut two sailings. It said in a statement that fuel "
            "costs had doubled.",
            "fuel costs had doubled",
            "Bluewater Lines",
        ),
        (
            '"He is hiding behind a group nobody has heard of," Heather Dunn told reporters. The group, '
            "the Cedar Fund, has spent $4 million attacking Dunn's record. It said in a statement that "
            "its ads were accurate.",
            "its ads were accurate",
            "Cedar Fund",
        ),
    ],
)
def test_it_is_the_organisation_just_named(text: str, content: str, speaker: str) -> None:
    assert find(text, content, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            '"It\'s frustrating, obviously," said defenceman Marc-André Leduc.',
            "frustrating",
            "Marc-André Leduc",
        ),
        (
            'Rookie Samuel Côté scored twice. "It was fun," the rookie said.',
            "It was fun",
            "Samuel Côté",
        ),
        (
            "Goalie Lars Berg made 31 saves. Berg said the first goal was a bad bounce.",
            "a bad bounce",
            "Lars Berg",
        ),
    ],
)
def test_hockey_positions_are_titles_not_names(text: str, content: str, speaker: str) -> None:
    assert find(text, content, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lawyers for the state had argued that the rule was legal.",
            "the rule was legal",
            "Lawyers for the state",
        ),
        (
            "Critics of the plan said the rate cut would come too late.",
            "the rate cut would come",
            "Critics of the plan",
        ),
        # a surname ending in -s stays a name
        ("Williams said the rate cut would come in June.", "the rate cut would come", "Williams"),
    ],
)
def test_a_plural_noun_opening_a_sentence_is_a_group(text: str, content: str, speaker: str) -> None:
    assert find(text, content, "en").speaker == speaker
