"""English news constructions the twenty-first blind batch (tests/parsing/external_style_21: New
Zealand, Northern Irish, sport, tech and foreign-desk copy) showed missing or wrong: a speech act's
"-ing" form inside another report ('said students had started calling the meals "mystery bowls"',
"urged customers to be wary of messages asking them to pay"); "to be" as a directive's infinitive
("urged drivers to be patient", not "asked not to be named"); an emphatic reflexive after the subject
("Amankwah himself told …"); "media" as a speaker ("State media said …"); "said separately (that)
…"; a person described by what they run ("The man in charge of …"), a first mention: the person named
at the next sentence's start, else the description. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The head teacher said pupils had started calling the new menu "the grey plate".',
            'pupils had started calling the new menu "the grey plate"',
            "The head teacher",
        ),
        (
            "A spokesperson for the bank urged customers to be wary of emails asking them to confirm "
            "their passwords.",
            "customers to be wary of emails asking them to confirm their passwords",
            "A spokesperson for the bank",
        ),
    ],
)
def test_a_speech_acts_ing_form_inside_a_report_is_part_of_it(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The coach praised the fans, calling the atmosphere "unbelievable".',
            'the atmosphere "unbelievable',
            "The coach",
        ),
        (
            "The mayor said on Monday he would seek a meeting, urging residents to stay calm.",
            "residents to stay calm",
            "The mayor",
        ),
    ],
)
def test_the_writers_ing_clause_after_a_comma_stays_a_report(text: str, content: str, speaker: str) -> None:
    assert any(t.startswith(content) and s == speaker for _, t, s in quotes(text, "en"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Police urged drivers to be patient on the bypass.",
            "drivers to be patient on the bypass",
            "Police",
        ),
        (
            "The water board called on residents to be careful with water this summer.",
            "residents to be careful with water this summer",
            "The water board",
        ),
    ],
)
def test_to_be_is_a_directives_infinitive(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


def test_asked_not_to_be_named_is_no_report() -> None:
    found = quotes("A neighbour, who asked not to be named, said she heard four shots.", "en")
    assert [(t, s) for _, t, s in found] == [("she heard four shots", "A neighbour")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Amankwah himself told reporters that he was happy at the club.",
            "he was happy at the club",
            "Amankwah",
        ),
        (
            "The chief executive herself said the figures were disappointing.",
            "the figures were disappointing",
            "The chief executive",
        ),
    ],
)
def test_an_emphatic_reflexive_after_the_subject(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("State media said the talks had been productive.", "the talks had been productive", "State media"),
        (
            "South Korean media reported that the steelmaker would cut output at its Dangjin plant.",
            "the steelmaker would cut output at its Dangjin plant",
            "South Korean media",
        ),
    ],
)
def test_media_speak(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


def test_posting_on_social_media_is_not_the_speaker() -> None:
    found = quotes("Rita Vale said the plan had failed. She posted on social media that it was over.", "en")
    assert all(s != "social media" for _, _, s in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The finance ministry said separately it would meet steelmakers on Wednesday.",
            "it would meet steelmakers on Wednesday",
            "The finance ministry",
        ),
        (
            "Defence Minister Ana Ruiz said separately that the aircraft would be used for rescue work.",
            "the aircraft would be used for rescue work",
            "Ana Ruiz",
        ),
    ],
)
def test_said_separately(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


def test_a_demonstrative_subject_after_a_time_word_stays() -> None:
    found = quotes("The ministry said yesterday that was not its position.", "en")
    assert [t for _, t, _ in found] == ["that was not its position"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Devlin recalled that the coach would drive players home after training, "whatever the weather".',
            'the coach would drive players home after training, "whatever the weather"',
            "Devlin",
        ),
        (
            'The nurse said the ward had run out of beds by noon, "as it does every winter".',
            'the ward had run out of beds by noon, "as it does every winter"',
            "The nurse",
        ),
    ],
)
def test_quoted_words_after_a_reported_clauses_comma_are_part_of_it(
    text: str, content: str, speaker: str
) -> None:
    assert [(k, t, s) for k, t, s in quotes(text, "en")] == [("mixed", content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor told reporters on Tuesday, "We are ready for the storm."', "We are ready for the storm."),
        ('Rita Vale said in a statement on Monday, "The plan has failed."', "The plan has failed."),
    ],
)
def test_a_quotation_after_the_cues_circumstance_stays_direct(text: str, content: str) -> None:
    assert [(k, t) for k, t, _ in quotes(text, "en")] == [("direct", content)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The man in charge of the ferry programme said the contract had been awarded too quickly.",
            "the contract had been awarded too quickly",
            "The man in charge of the ferry programme",
        ),
        (
            "Lena Ward · Tribune staff\n\nThe woman in charge of the county's roads admitted that gritting "
            "had started too late. The council will meet on Monday.",
            "gritting had started too late",
            "The woman in charge of the county's roads",
        ),
    ],
)
def test_a_description_by_what_someone_runs_is_a_first_mention(text: str, content: str, speaker: str) -> None:
    assert [(t, s) for _, t, s in quotes(text, "en")] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Anne Moss said the buses were late.\n\nThe woman in charge of buying the city's buses admitted "
            "that the order had been placed in a hurry. Priya Shah, the transport director, told the "
            "committee that the supplier was sound.",
            "the order had been placed in a hurry",
            "Priya Shah",
        ),
        (
            "Tom Reid · Staff reporter\n\nThe man in charge of clearing the city's streets apologized on "
            "Tuesday, admitting that crews had fallen behind.\n\nGilles Moreau, the director of roads, told "
            "councillors the plows would be out all night.",
            "crews had fallen behind",
            "Gilles Moreau",
        ),
    ],
)
def test_a_description_by_what_someone_runs_is_the_person_named_next(
    text: str, content: str, speaker: str
) -> None:
    assert any(t == content and s == speaker for _, t, s in quotes(text, "en"))
