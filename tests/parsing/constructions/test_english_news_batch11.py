"""English news constructions the eleventh blind batch (tests/parsing/external_style_11) showed missing:
a spokesperson's appositive with a capitalised body before "said" and a report whose subject and verb
follow ("X, a spokesman for the Winnipeg Police Service, said officers found …": the words after the
cue were taken for an inverted speaker); a headline's second predicate ("Michigan governor signs road
bill, says gas tax hike is …"); short irregular past forms in police and court news ("the driver fled",
"the man died"); "the agency" / "the department" right after a named public body spoke; federal bodies
named "<Field> Canada"; and (found while testing) "said nothing about …" is no report. Every sentence
here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "Sgt. Amira Haddad, a spokeswoman for the Toronto Police Service, said officers arrested the man "
            "at a shelter on Queen Street.",
            "officers arrested the man at a shelter on Queen Street",
            "Amira Haddad",
        ),
        (
            "Dale Okoro, a spokesman for the Nova Scotia RCMP, said investigators found the car in a ditch "
            "near Truro.",
            "investigators found the car in a ditch near Truro",
            "Dale Okoro",
        ),
    ],
)
def test_a_spokesperson_with_a_capitalised_body_then_the_report(text: str, report: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", report, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The ice was too thin," said the lawyer hired by the family.', "the lawyer hired"),
        ("Rents will keep rising this year, said the economist who wrote the report.", "the economist"),
    ],
)
def test_an_inverted_speaker_with_a_participle_or_relative_clause_stays(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][2] == speaker, got


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "Michigan governor signs road funding bill, says gas tax hike is off the table",
            "gas tax hike is off the table",
            "Michigan governor",
        ),
        ("Premier signs housing bill, says more help is coming", "more help is coming", "Premier"),
        (
            "Nurse sues hospital chain, says she was fired for speaking up",
            "she was fired for speaking up",
            "Nurse",
        ),
        ("Mayor vetoes budget, says council ignored the police", "council ignored the police", "Mayor"),
    ],
)
def test_a_headline_s_second_predicate(text: str, report: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", report, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the inverted speaker after a headline's fronted content stays
        ("Storm knocks out power, says utility", "Storm knocks out power", "utility"),
        # no headline: a sentence with its full stop
        (
            "Ottawa mayor says new budget will not raise taxes",
            "new budget will not raise taxes",
            "Ottawa mayor",
        ),
    ],
)
def test_headline_near_misses_keep_their_reading(text: str, content: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", content, speaker)]


def test_a_headline_without_a_cue_is_no_report() -> None:
    assert quotes("Firefighters battle blaze, rescue cats from burning barn", "en") == []


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "RCMP say a 19-year-old driver fled the scene before officers arrived.",
            "a 19-year-old driver fled the scene before officers arrived",
            "RCMP",
        ),
        (
            "The family says their son died in custody last spring.",
            "their son died in custody last spring",
            "The family",
        ),
        ("Two people hurt; police say driver fled on foot", "driver fled on foot", "police"),
    ],
)
def test_short_irregular_past_forms_make_a_clause(text: str, report: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", report, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said nothing about the man who fled.",
        "The coach said little about the injury that kept him out.",
        "The premier said little on Tuesday about the deal that collapsed.",
    ],
)
def test_said_nothing_about_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Police said nothing was taken from the home.", "nothing was taken from the home"),
        (
            "She said much of the money had been spent on lawyers.",
            "much of the money had been spent on lawyers",
        ),
    ],
)
def test_nothing_or_much_opening_a_clause_is_still_a_report(text: str, report: str) -> None:
    assert [(k, q) for k, q, _ in quotes(text, "en")] == [("indirect", report)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Health Canada said the recall covers 40,000 kettles. The department said no injuries had been "
            "reported.",
            "Health Canada",
        ),
        (
            "Statistics Canada said the jobless rate rose to 6.9 per cent. The agency said 40,000 jobs were "
            "lost in Ontario.",
            "Statistics Canada",
        ),
        (
            "Smoke will linger until Thursday, Environment Canada warned Tuesday. The agency is urging "
            "people with asthma to limit time outdoors.",
            "Environment Canada",
        ),
    ],
)
def test_the_agency_after_a_named_body_spoke(text: str, body: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 2 and got[0][2] == body and got[1][2] == body, got


@pytest.mark.parametrize(
    "text",
    [
        # a person spoke last: "the agency" is some other body
        "Dana Roy said the road would reopen on Monday. The agency said crews were still at work.",
        # a company spoke last: a company is no agency
        "Pinecrest Foods said the plant would close. The agency said inspectors had found listeria.",
    ],
)
def test_the_agency_after_a_person_or_a_company_stays_unresolved(text: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 2 and got[1][2] == "The agency", got


def test_an_environment_minister_is_still_a_person() -> None:
    got = quotes('"We will hit the target," Environment Minister Dana Roy said.', "en")
    assert got == [("direct", "We will hit the target,", "Dana Roy")]


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "Manitoba says it will open two new clinics in Brandon by 2028, but the union representing many "
            "of the province's lab technicians warns there is no one to staff them.",
            "it will open two new clinics in Brandon by 2028",
            "there is no one to staff them",
            "the union representing many of the province's lab technicians",
        ),
        (
            "The city says the new routes will start in December, but the union representing most of the "
            "city's transit drivers says the schedules are unworkable.",
            "the new routes will start in December",
            "the schedules are unworkable",
            "the union representing most of the city's transit drivers",
        ),
    ],
)
def test_a_long_participle_subject_after_but_makes_its_own_report(
    text: str, first: str, second: str, speaker: str
) -> None:
    got = quotes(text, "en")
    assert [q for _, q, _ in got] == [first, second], got
    assert got[1][2] == speaker, got
