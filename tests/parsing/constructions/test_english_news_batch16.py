"""English news constructions the sixteenth blind batch (tests/parsing/external_style_16) showed
missing: a subject and its appositive before a cue and a bare clause ("The lawsuit, filed in March,
says the county …" was read as fronted content with the clause's subject as speaker); "that A and that
B" when the first verb is not known for one; a person's title ends a body's name ("the county" after
"Pinal County Attorney X"); 'mocked/slammed X as "…"'; "police" after a named force; "the
organization" after "<Field> Canada"; "told X to …"; "but asked for …" ends a report; a fronted phrase
before a parenthetical cue; a parenthetical cue after a descriptive subject; a pronoun after a report
that named someone else; a description named in the next paragraph; "…, the order said"; "keep X
informed "…""; "…, she said, because …"; "Several of those who attended said". Every sentence here is
written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor, who was first elected in 2018, said the city needs two more fire halls.",
            "the city needs two more fire halls",
            "The mayor",
        ),
        (
            "The complaint, filed in federal court on Monday, says the landlord ignored repair orders.",
            "the landlord ignored repair orders",
            "The complaint",
        ),
        (
            "The union, known for its hard bargaining, says the province wants concessions.",
            "the province wants concessions",
            "The union",
        ),
        (
            "Premier Dana Holt, elected last spring, said Ottawa owes the province $2 billion.",
            "Ottawa owes the province $2 billion",
            "Dana Holt",
        ),
    ],
)
def test_a_subject_and_its_appositive_before_a_bare_clause(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # near-misses: a real fronted report, its appositive inside it, keeps its speaker after the cue
        (
            "The arena, built in 1971, will close next spring, the city said.",
            "will close next spring",
            "the city",
        ),
        (
            "The pipeline, which runs under the river, leaks, the regulator says.",
            "which runs under",
            "the regulator",
        ),
    ],
)
def test_a_fronted_report_with_an_appositive_is_unchanged(text: str, content: str, speaker: str) -> None:
    assert find(text, content, "en").speaker == speaker


def test_that_a_and_that_b_with_an_unknown_first_verb() -> None:
    text = (
        "Lawyers for the county argued that state law gives clerks wide latitude and that the "
        "challengers filed their suit too late."
    )
    got = [t for _, t, _ in quotes(text, "en")]
    assert got == ["state law gives clerks wide latitude", "the challengers filed their suit too late"]


def test_that_as_a_determiner_is_not_a_second_report() -> None:
    text = "The clerk said that the deputy and that volunteer had counted the ballots twice."
    assert len(quotes(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Maricopa County Attorney Lena Voss said the office would appeal. In a filing last month, "
            "the county had argued that its clerks acted within the law.",
            "its clerks acted",
            "the county",
        ),
        (
            "Harris County Judge Omar Pratt said the shelters were full. The county said it would open "
            "two more on Friday.",
            "it would open two more",
            "The county",
        ),
    ],
)
def test_a_body_named_inside_a_persons_title_is_not_that_person(
    text: str, fragment: str, speaker: str
) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The senator mocked her opponent\'s tax pledge as "a coupon with no store."',
            "a coupon with no store.",
            "The senator",
        ),
        (
            'The union slammed the offer as "an insult to every classroom."',
            "an insult to every classroom.",
            "The union",
        ),
        ('Residents derided the new bylaw as "parking by lottery."', "parking by lottery.", "Residents"),
    ],
)
def test_mocking_verbs_with_as_and_a_quotation(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert (q.kind, text[q.start : q.end], q.speaker) == ("direct", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The goalie slammed the door of the dressing room after the loss.",
        "Fans mocked the referee all night from the upper deck.",
    ],
)
def test_mocking_verbs_without_a_description_are_no_cue(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Saskatchewan RCMP say a woman was hurt in the crash.\n\nPolice said the highway reopened "
            "at noon.",
            "the highway reopened",
            "Saskatchewan RCMP",
        ),
        (
            "The OPP say two trucks collided near Barrie.\n\nThe drivers were not hurt, police said.",
            "The drivers were not hurt",
            "The OPP",
        ),
    ],
)
def test_bare_police_after_a_named_force(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # near-misses: no force named before; a person with a police title is no force
        ("Dana Roe said the road was closed.\n\nPolice said a man was arrested.", "a man was arrested"),
        (
            "Police Chief Dana Roe said the road was closed.\n\nPolice said a man was arrested.",
            "a man was arrested",
        ),
    ],
)
def test_bare_police_without_a_named_force(text: str, fragment: str) -> None:
    assert find(text, fragment, "en").speaker == "Police"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Hockey Canada said it would release the review. The findings would be public by June, "
            "the organization said.",
            "The findings would be public",
            "Hockey Canada",
        ),
        (
            "Transport Canada said inspectors visited the yard. Two cars were pulled from service, the "
            "agency noted.",
            "Two cars were pulled",
            "Transport Canada",
        ),
    ],
)
def test_the_organization_after_a_national_body(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The judge told the county to reopen the polling station by noon.",
            "the county to reopen the polling station by noon",
        ),
        (
            "The fire chief told residents of the east end to boil their water.",
            "residents of the east end to boil their water",
        ),
        (
            "The coach told reporters to expect changes on the power play.",
            "reporters to expect changes on the power play",
        ),
    ],
)
def test_told_an_object_to(text: str, content: str) -> None:
    q = find(text, content.split(" to ")[0], "en")
    assert text[q.start : q.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a pronoun object, or a subject pronoun, opens a clause, not an infinitive
        (
            "The clerk told us the office expected to finish by Friday.",
            "the office expected to finish by Friday",
        ),
        ("The mayor told the Star she wanted to run again.", "she wanted to run again"),
    ],
)
def test_told_with_a_clause_is_unchanged(text: str, content: str) -> None:
    q = find(text, content.split(" ")[1], "en")
    assert text[q.start : q.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The widow said the town had been kind but asked for privacy.", "the town had been kind"),
        ("The chief said the search would go on and called for calm.", "the search would go on"),
    ],
)
def test_asked_for_ends_the_report(text: str, content: str) -> None:
    q = find(text, content.split(" ")[1], "en")
    assert text[q.start : q.end] == content


def test_asked_for_inside_a_relative_clause_goes_on() -> None:
    text = "The minister said families who lost homes and asked for help would get it this week."
    q = find(text, "families", "en")
    assert text[q.start : q.end].endswith("would get it this week")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Next winter, she said, the rink will open a month early.",
            "Next winter, she said, the rink will open a month early",
        ),
        (
            "Once the bridge reopens, the mayor said, the detour will end.",
            "Once the bridge reopens, the mayor said, the detour will end",
        ),
    ],
)
def test_a_fronted_phrase_before_a_parenthetical_cue(text: str, content: str) -> None:
    q = find(text, content.split(",")[-1].strip().split(" ")[0], "en")
    assert text[q.start : q.end] == content


def test_a_circumstance_before_the_cue_stays_out() -> None:
    text = "In a statement, the board said fees would rise."
    q = find(text, "fees would rise", "en")
    assert text[q.start : q.end] == "fees would rise"


@pytest.mark.parametrize(
    "text",
    [
        "Party leaders, she said, had not returned her calls.",
        "Two staffers said the talks were stuck. The governor's aides, one of them said, had walked out.",
        "The regional chiefs, he said, were not consulted.",
    ],
)
def test_a_parenthetical_cue_after_a_descriptive_subject(text: str) -> None:
    last = text.split(". ")[-1].rstrip(".")
    q = find(text, last.split(",")[0], "en")
    assert text[q.start : q.end] == last


def test_a_pronoun_goes_on_with_the_speaker_after_naming_someone_else() -> None:
    text = (
        "Mara Quist spoke at the fair. Leon Abbott, a dairy farmer, said he backed Quist's party "
        "in the last three elections. This time, he said, he will stay home."
    )
    assert find(text, "he will stay home", "en").speaker == "Leon Abbott"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The province's top health official warned that cases were rising.\n\n"
            "Health Minister Ruth Akande said clinics would extend their hours.",
            "cases were rising",
            "Ruth Akande",
        ),
        (
            "The head of the transit agency conceded the new schedule was late.\n\n"
            "Transit chief Omar Wells said the buses would arrive in May.",
            "the new schedule was late",
            "Omar Wells",
        ),
    ],
)
def test_a_description_named_in_the_next_paragraph(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


def test_a_description_of_someone_named_before_is_not_the_next_person() -> None:
    text = (
        "Finance chief Ann Lee arrived late.\n\nThe finance chief said the money was there.\n\n"
        "Finance Minister Omar Wells said it was not."
    )
    assert find(text, "the money was there", "en").speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Judge Anita Rao told the city to restore the service. The city must report back within "
            "30 days, the order said.",
            "The city must report back",
            "the order",
        ),
        ("The ruling says the province acted in bad faith.", "the province acted", "The ruling"),
    ],
)
def test_a_document_speaks_as_itself(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


def test_informed_with_no_hearer_before_a_quotation_is_no_cue() -> None:
    text = 'The council asked staff to keep residents informed "every step of the way."'
    assert all(q[1] != "every step of the way." for q in quotes(text, "en"))


def test_informed_with_a_hearer_is_still_a_cue() -> None:
    text = 'The chief informed the board: "We are out of money."'
    assert find(text, "We are out of money", "en").kind == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The hearing was delayed, she said, because the lawyer fell ill.",
            "The hearing was delayed, she said, because the lawyer fell ill",
        ),
        (
            "The school closed early, the principal said, because the furnace broke.",
            "The school closed early, the principal said, because the furnace broke",
        ),
    ],
)
def test_a_reason_clause_after_a_parenthetical_cue(text: str, content: str) -> None:
    q = find(text, content.split(",")[0], "en")
    assert text[q.start : q.end] == content


def test_a_time_clause_after_a_parenthetical_cue_stays_out() -> None:
    text = "The hearing was delayed, she said, after the lawyer fell ill."
    q = find(text, "The hearing was delayed", "en")
    assert text[q.start : q.end] == "The hearing was delayed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Several of those who marched said the rally had been peaceful.", "Several of those who marched"),
        ("Many of those who lost power say the utility was slow to respond.", "Many of those who lost power"),
    ],
)
def test_several_of_those_who(text: str, speaker: str) -> None:
    assert quotes(text, "en")[0][2] == speaker


def test_those_who_inside_a_report_is_not_a_subject() -> None:
    text = "The organizer said many of those who marched were students."
    assert quotes(text, "en") == [("indirect", "many of those who marched were students", "The organizer")]
