"""English news constructions the eighteenth blind batch (tests/parsing/external_style_18) showed
missing or wrong: "reminded X that …" (a hearer, then a that-clause: the report); "…, X said,
praising / asking …" (a participle after the trailing attribution is the speaker's next act, so the
fronted content still has its attribution); "… and Republican Lt. Gov. <Name> calling …" (a party
and titles before the next speaker's name end an object report); riders and budget hawks quoted as a
group. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The fire marshal reminded residents that open burning is banned until June.",
            "open burning is banned until June",
            "The fire marshal",
        ),
        (
            "Coun. Ada Lindgren reminded colleagues that the budget had already been approved.",
            "the budget had already been approved",
            "Ada Lindgren",
        ),
        (
            "Health Minister Corinne Abara reminded parents that the clinics are free.",
            "the clinics are free",
            "Corinne Abara",
        ),
    ],
)
def test_reminded_a_hearer_that_is_a_report(text: str, content: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The smell of smoke reminded her of the 2016 fire.",
        "The mayor reminded residents the pool would reopen Monday.",  # no "that": nothing (as before)
        "The scene reminded him how fragile the town was.",
    ],
)
def test_reminded_without_that_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


def test_reminded_to_stays_an_object_report() -> None:
    text = "Police reminded drivers to slow down near the school."
    assert quotes(text, "en") == [("indirect", "drivers to slow down near the school", "Police")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Crews had worked through the night, Fire Chief Dana Rourke said, thanking the volunteers.",
            "Crews had worked through the night",
            "Dana Rourke",
        ),
        (
            "The shelter was full by midnight, the mayor said, praising the Red Cross for its help.",
            "The shelter was full by midnight",
            "the mayor",
        ),
        (
            "The line will reopen on Friday, Brennan said, asking riders to be patient.",
            "The line will reopen on Friday",
            "Brennan",
        ),
    ],
)
def test_fronted_content_before_said_and_a_participle(text: str, content: str, speaker: str) -> None:
    found = quotes(text, "en")
    assert found and found[0] == ("indirect", content, speaker)


def test_fronted_mixed_before_said_praising_as_a_quote() -> None:
    text = (
        'Nurses had been "stretched to the limit" all week, Ortega said, praising the staff as '
        '"the best in the province."'
    )
    assert quotes(text, "en") == [
        ("mixed", 'Nurses had been "stretched to the limit" all week', "Ortega"),
        ("direct", "the best in the province.", "Ortega"),
    ]


def test_said_and_an_adding_that_clause_still_gives_both() -> None:
    text = "The road will reopen in June, the minister said, adding that crews were ahead of schedule."
    assert quotes(text, "en") == [
        ("indirect", "The road will reopen in June", "the minister"),
        ("indirect", "crews were ahead of schedule", "the minister"),
    ]


def test_a_participle_that_is_no_cue_after_said_is_unchanged() -> None:
    text = "The pier is closed, Feeney said, pointing to the cracked pilings."
    assert quotes(text, "en") == [("indirect", "The pier is closed", "Feeney")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'The race tightened, with Democrat Lena Corbett vowing to cut fees "on day one" and '
            'Republican Lt. Gov. Hal Pryor calling her plan "a fantasy budget."',
            ("mixed", 'to cut fees "on day one"', "Lena Corbett"),
            ("mixed", 'her plan "a fantasy budget', "Hal Pryor"),
        ),
        (
            'The forum ended with Mayor Ines Ruelas accusing her rival of "ducking every question" and '
            'former Sen. Todd Marlow calling the mayor "out of touch."',
            ("mixed", 'her rival of "ducking every question"', "Ines Ruelas"),
            ("mixed", 'the mayor "out of touch', "Todd Marlow"),
        ),
    ],
)
def test_a_titled_name_and_a_cue_end_an_object_report(
    text: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    assert quotes(text, "en") == [first, second]


def test_capitalised_words_without_a_cue_do_not_end_the_report() -> None:
    text = "The governor vowed to widen the highway and Public Works crews began the survey."
    found = quotes(text, "en")
    assert found and found[0][2] == "The governor"
    assert "Public Works" in found[0][1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Budget hawks in the Senate caucus signalled that they would oppose the bill.", "Budget hawks"),
        ("Deficit hawks said they would vote against the package.", "Deficit hawks"),
        ("Riders waiting at the Main Street station on Monday said delays had become routine.", "Riders"),
        ("Riders on the Route 12 bus said the detour added 20 minutes.", "Riders"),
    ],
)
def test_riders_and_hawks_speak_as_a_group(text: str, speaker: str) -> None:
    found = quotes(text, "en")
    assert len(found) == 1 and found[0][0] == "indirect"
    assert found[0][2].startswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Local 1120 said its members would vote on the offer next week.", "Local 1120"),
        ("Unifor Local 88 said the plant would stay open through the holidays.", "Unifor Local 88"),
        ("Teamsters Local 362 says drivers voted to strike.", "Teamsters Local 362"),
    ],
)
def test_a_union_local_keeps_its_number(text: str, speaker: str) -> None:
    found = quotes(text, "en")
    assert len(found) == 1 and found[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A local said the road had flooded twice this spring.", "A local"),
        ("Local 1120 president Mira Kostic said the vote would be close.", "Mira Kostic"),
    ],
)
def test_a_local_person_and_a_titled_president_are_unchanged(text: str, speaker: str) -> None:
    found = quotes(text, "en")
    assert len(found) == 1 and found[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Local 1120 has warned it could file a grievance.", "it could file a grievance", "Local 1120"),
        ("Unifor Local 88 has also said it will appeal.", "it will appeal", "Unifor Local 88"),
    ],
)
def test_a_numbered_name_before_an_auxiliary_speaks(text: str, content: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", content, speaker)]


def test_a_number_after_a_common_noun_is_no_speaker() -> None:
    assert quotes("A crowd of 583 has gathered outside the legislature.", "en") == []
