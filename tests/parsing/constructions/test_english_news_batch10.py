"""English news constructions the tenth blind batch (tests/parsing/external_style_10) showed missing:
a bare subject whose modifier, noun and place run six words before the verb ("say impaired driving
charges in the municipality are up"); "nominee" as a person noun ("Fed nominee tells senators …"); a
quoted programme title between the cue and "that" ('said on CNN's "State of the Union" that …'); a
demonstrative "that" before its verb ("said that was not her position"); a preposition's object is no
report ("argued on behalf of a rule adopted in 2024"); '"…?" Osei asked.' (the question mark ends the
sentence, the attribution is the next one); "Acme Corp. said" (a company suffix's full stop);
'"…," Coun. Amara Diaz said' (an honorific abbreviation before the name after a quotation). Every
sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Regina police say impaired driving charges in the city are up 12 per cent this year.",
            "impaired driving charges in the city are up 12 per cent this year",
        ),
        (
            "The agency says unpaid parking fines from last year are now worth $3 million.",
            "unpaid parking fines from last year are now worth $3 million",
        ),
    ],
)
def test_a_bare_subject_with_its_place_before_the_verb(text: str, report: str) -> None:
    assert [(k, q) for k, q, _ in quotes(text, "en")] == [("indirect", report)]


@pytest.mark.parametrize(
    "text",
    [
        "The coach said goodbye to his players in the dressing room as they packed.",
        "The bylaw says surprisingly little about where a vendor should park the cart.",
    ],
)
def test_a_verb_beyond_the_subject_s_phrase_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "Court nominee tells senators she will not prejudge abortion cases",
            "she will not prejudge abortion cases",
            "Court nominee",
        ),
        (
            "The nominee said she had never discussed the case with the governor.",
            "she had never discussed the case with the governor",
            "The nominee",
        ),
    ],
)
def test_a_nominee_speaks(text: str, report: str, speaker: str) -> None:
    assert quotes(text, "en") == [("indirect", report, speaker)]


def test_a_nominee_who_is_not_speaking() -> None:
    assert quotes("The Oscar nominee was born in Winnipeg in 1988.", "en") == []


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            'Sen. Ruth Ames said on NBC\'s "Meet the Press" on Sunday that she would oppose the bill.',
            "she would oppose the bill",
        ),
        (
            'The premier told CBC\'s "Power and Politics" on Monday that the deficit would shrink.',
            "the deficit would shrink",
        ),
    ],
)
def test_a_quoted_programme_title_before_that(text: str, report: str) -> None:
    got = quotes(text, "en")
    assert [(k, q) for k, q, _ in got] == [("indirect", report)], got


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Hale said that was not what the board had agreed to.", "that was not what the board had agreed to"),
        (
            "The coach said that would be a mistake for a young team.",
            "that would be a mistake for a young team",
        ),
        ("Police said that had been the plan all along.", "that had been the plan all along"),
    ],
)
def test_a_demonstrative_that_is_the_reported_clause_s_subject(text: str, report: str) -> None:
    got = quotes(text, "en")
    assert [(k, q) for k, q, _ in got] == [("indirect", report)], got


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("The mayor said that the bridge would reopen in May.", "the bridge would reopen in May"),
        ("The mayor said that he would run again.", "he would run again"),
        ("The mayor said that, if elected, she would cut taxes.", "if elected, she would cut taxes"),
    ],
)
def test_that_stays_a_complementizer_before_a_subject(text: str, report: str) -> None:
    got = quotes(text, "en")
    assert [(k, q) for k, q, _ in got] == [("indirect", report)], got


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer argued on behalf of a rule adopted by the board in 2024.",
        "She spoke on behalf of the families who lost homes in the fire.",
    ],
)
def test_a_preposition_s_object_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


def test_a_circumstance_before_the_report_is_still_skipped() -> None:
    got = quotes("The mayor said in a statement the plan would save $3 million.", "en")
    assert got == [("indirect", "the plan would save $3 million", "The mayor")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Which version of the plan are we voting on?" Okonjo asked.', "Okonjo"),
        ('"Where was the province when the river rose?" Coun. Amara Diaz asked.', "Amara Diaz"),
    ],
)
def test_a_question_s_attribution_after_its_question_mark(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][0] == "direct" and got[0][2] == speaker, got


@pytest.mark.parametrize(
    "text",
    [
        '"Where are we going?" The question hung over the room for an hour.',
        '"Who pays?" That is what voters say they want to know.',
    ],
)
def test_a_question_then_a_sentence_of_its_own(text: str) -> None:
    assert all(s is None for _, _, s in quotes(text, "en"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Halvorsen Corp. said it would keep the Sarnia plant open.", "Halvorsen Corp"),
        (
            "The union said talks had stalled, and Kestrel Inc. said it would not return to the table.",
            "Kestrel Inc",
        ),
        ('"We are not leaving," Brightline Ltd. said in a statement.', "Brightline Ltd"),
    ],
)
def test_a_company_suffix_with_its_full_stop_before_the_cue(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert got and got[-1][2] == speaker, got
    assert not any("said it would" in q or "said in a" in q for _, q, _ in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The budget is a shell game," Coun. Amara Diaz said.', "Amara Diaz"),
        ('"Nobody was hurt, thankfully," Const. Dana Roy told reporters.', "Dana Roy"),
        ('"We will rebuild the hall," Rev. Mark Oduya said on Sunday.', "Mark Oduya"),
    ],
)
def test_an_honorific_abbreviation_after_a_quotation(text: str, speaker: str) -> None:
    got = quotes(text, "en")
    assert len(got) == 1 and got[0][0] == "direct" and got[0][2] == speaker, got


def test_a_lower_case_phrase_before_the_name_is_still_no_attribution() -> None:
    got = quotes('"We lost," the team that had led all season and Dana Roy said.', "en")
    assert not any(s == "Dana Roy" for _, _, s in got), got
