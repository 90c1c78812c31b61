"""English news constructions the seventeenth blind batch (tests/parsing/external_style_17) showed
missing or wrong: a cue in a relative clause with no clause after it ("X, who wrote the bill,
bristled …"); a plural noun before an evidence verb ("Budget office estimates show …"); a participle
phrase ends a speech act's object ("who has advised the campaign, speaking on condition …, said");
"asked that her name not be used"; "interjected"; "Governor vetoes …, says lawmakers shortchanged …"
(a clause after "says", not its speaker); "and <Name> <cue>" ends an object report; ", pointing to /
citing …" ends a report; a preverbal adverb after a parenthetical cue; a singular description never
falls back to a group or a company; "the group said" after a name with an organisation noun; "The
resolution says"; "the health unit"; a month's abbreviation inside an object. Every sentence here is
written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Nora Haight of Duluth, who wrote the amendment, bristled at the criticism.",
        "The councillor, who drafted the motion, walked out of the meeting.",
    ],
)
def test_a_cue_in_a_relative_clause_with_no_clause_is_no_report(text: str) -> None:
    assert quotes(text, "en") == []


def test_a_relative_clause_report_is_kept() -> None:
    text = "Jan Ruiz, who said the budget was padded, voted against it."
    assert quotes(text, "en") == [("indirect", "the budget was padded", "Jan Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        "Treasury estimates show the surplus shrinking to $2 billion next year.",
        "Provincial forecasts suggest the river will crest on Friday.",
    ],
)
def test_a_plural_noun_before_an_evidence_verb_is_no_cue(text: str) -> None:
    assert quotes(text, "en") == []


def test_estimates_as_a_verb_is_still_a_cue() -> None:
    text = "The minister estimates the deficit will reach $4 billion."
    assert find(text, "the deficit will reach", "en").speaker == "The minister"


def test_a_participle_phrase_ends_a_speech_act_object() -> None:
    text = (
        "A Democratic pollster who has advised the governor, speaking on condition of anonymity to "
        "discuss private data, said turnout in the suburbs was down."
    )
    got = quotes(text, "en")
    assert [t for _, t, _ in got] == ["turnout in the suburbs was down"]


@pytest.mark.parametrize(
    "text",
    [
        "A nurse, who asked that her name not be used because she fears for her job, said the ward was full.",
        "One resident, who asked that his identity be withheld, said the water smelled of gas.",
    ],
)
def test_asking_for_anonymity_is_no_report(text: str) -> None:
    assert len(quotes(text, "en")) == 1


def test_asked_that_with_a_request_is_still_a_report() -> None:
    text = "The mayor asked that residents stay off the roads to let the plows work."
    assert find(text, "residents stay off", "en").speaker == "The mayor"


def test_interjected_is_a_cue() -> None:
    text = 'Dana Cole took questions. "That is simply not true," Cole interjected.'
    q = find(text, "That is simply not true", "en")
    assert (q.kind, q.speaker) == ("direct", "Dana Cole")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mayor signs housing bylaw, says developers ignored the waiting list\n\n"
            "REGINA — Mayor Ann Kerr signed the bylaw on Monday.",
            "developers ignored the waiting list",
            "Mayor",
        ),
        (
            "Premier vetoes tuition freeze, says colleges padded their budgets\n\n"
            "HALIFAX — Premier Joan Pike vetoed the bill on Friday.",
            "colleges padded their budgets",
            "Premier",
        ),
    ],
)
def test_a_headline_clause_after_says_is_the_report(text: str, content: str, speaker: str) -> None:
    q = find(text, content.split(" ")[0], "en")
    assert text[q.start : q.end] == content
    assert speaker in (q.speaker or "") or q.speaker in ("Ann Kerr", "Joan Pike")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The pool will stay closed until June, says the lawsuit filed last week.", "the lawsuit"),
        ("The pool will stay closed until June, said the engineer who inspected it.", "the engineer"),
        ("The pool will stay closed until June, says the report released Monday.", "the report"),
    ],
)
def test_an_inverted_speaker_with_a_participle_stays_a_speaker(text: str, speaker: str) -> None:
    assert speaker in find(text, "The pool will stay closed", "en").speaker


def test_and_a_name_with_a_cue_ends_an_object_report() -> None:
    text = (
        'The two rivals traded barbs, with Pryor accusing his opponent of "running from the record" '
        'and Vance calling the mayor "a spectator in her own city."'
    )
    got = [t for _, t, _ in quotes(text, "en")]
    assert 'his opponent of "running from the record' in got[0]
    assert "Vance" not in got[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The company said the mill would close in May, citing weak demand for pulp.",
            "the mill would close in May",
        ),
        (
            "The senator said she did not trust the figures, pointing to a 2023 audit of the program.",
            "she did not trust the figures",
        ),
    ],
)
def test_pointing_to_and_citing_end_the_report(text: str, content: str) -> None:
    q = find(text, content.split(" ")[1], "en")
    assert text[q.start : q.end] == content


@pytest.mark.parametrize(
    "text",
    [
        "Manitoba, she argued, already spends more per student than its neighbours.",
        "The new towns, he said, still lack a clinic.",
    ],
)
def test_a_preverbal_adverb_after_a_parenthetical_cue(text: str) -> None:
    q = find(text, text.split(",")[0], "en")
    assert text[q.start : q.end] == text.rstrip(".")


def test_a_description_does_not_fall_back_to_a_plural_group() -> None:
    text = (
        "Opponents said the plan would raise rents.\n\n"
        "The head of the housing agency said rents would not rise."
    )
    assert find(text, "rents would not rise", "en").speaker != "Opponents"


def test_an_office_does_not_fall_back_to_a_company() -> None:
    text = (
        "Harbourline Freight Systems said the strike had cost it $2 million.\n\n"
        "The city's mayor urged both sides to keep talking."
    )
    assert find(text, "both sides to keep talking", "en").speaker != "Harbourline Freight Systems"


def test_the_group_after_a_name_with_an_organisation_noun() -> None:
    text = (
        "The Manitoba Federation of Independent Schools, which opposed the bill, welcomed the vote. "
        "Parents deserve a choice, the group said in a statement."
    )
    assert "Federation" in find(text, "Parents deserve a choice", "en").speaker


def test_the_utility_keeps_its_company() -> None:
    text = (
        "Crews worked along Pine Creek Road overnight. Northgate Power said it had cut service to "
        "4,000 homes. The outage could last two days, the utility said."
    )
    assert find(text, "The outage could last", "en").speaker == "Northgate Power"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Council passed a resolution on Monday. The resolution says the town cannot afford the plant.",
            "the town cannot afford",
            "The resolution",
        ),
        (
            "The bylaw states that no truck may park overnight on Main Street.",
            "no truck may park",
            "The bylaw",
        ),
    ],
)
def test_council_texts_speak_as_themselves(text: str, fragment: str, speaker: str) -> None:
    assert find(text, fragment, "en").speaker == speaker


def test_the_health_unit_after_a_named_unit() -> None:
    text = (
        "Grey Bruce Health said it had confirmed three cases. The health unit is asking anyone who "
        "visited the arena on Jan. 9 to watch for symptoms."
    )
    q = find(text, "anyone who visited the arena", "en")
    assert (text[q.start : q.end], q.speaker) == (
        "anyone who visited the arena on Jan. 9 to watch for symptoms",
        "Grey Bruce Health",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The principal says the school cannot hire more teachers.", "the school cannot hire more teachers"),
        ("Ottawa cannot keep waiting, the chief said.", "Ottawa cannot keep waiting"),
    ],
)
def test_cannot_opens_a_clause(text: str, content: str) -> None:
    q = find(text, content.split(" ")[1], "en")
    assert text[q.start : q.end] == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ranchers in the drier corners of the county say the wells are running low.", "Ranchers"),
        ("Fishermen in the coves of eastern Newfoundland say the season was short.", "Fishermen"),
    ],
)
def test_a_group_placed_by_a_chain_of_phrases_speaks(text: str, speaker: str) -> None:
    assert quotes(text, "en")[0][2].startswith(speaker)


def test_a_title_with_a_place_is_unchanged() -> None:
    text = "The mayor of Moncton said the arena would reopen in May."
    assert quotes(text, "en")[0][2] == "The mayor of Moncton"


def test_a_document_with_a_participle_phrase_is_no_speaker() -> None:
    text = "The bylaw, adopted Monday in Saint John, will ban overnight parking downtown."
    assert quotes(text, "en") == []
