"""Where the writer's own words take over after a report: a comma inside the closing mark of a quoted
fragment, ", then" and a past verb, and a refusal (", but she would not say how"). Each ends the report;
an indirect question after a cue is no claim."""

from __future__ import annotations

from tests.parsing.helpers import find, quotes

LEAD = "Senate race tightens in final weeks\n\nBoth campaigns spent the weekend in the suburbs.\n\n"


def _span(text: str, fragment: str) -> str:
    q = find(text, fragment)
    return text[q.start : q.end]


def test_a_comma_inside_the_closing_mark_ends_a_mixed_report() -> None:
    text = LEAD + (
        'Tom Reyes told a crowd in Dayton that his rival was "out of touch with working families," '
        "setting off a week of attack ads on both sides."
    )
    assert _span(text, "out of touch").endswith('working families,"')


def test_according_to_after_a_quoted_fragment_is_not_part_of_the_report() -> None:
    text = LEAD + (
        'The governor told donors the bill would be "dead on arrival," according to three people who '
        "attended the dinner."
    )
    assert "according" not in _span(text, "dead on arrival")


def test_then_and_a_past_verb_is_the_writer_going_on() -> None:
    text = LEAD + (
        "Reyes told reporters he had never read the report, then spent ten minutes criticizing its "
        "conclusions."
    )
    assert _span(text, "never read the report") == "he had never read the report"


def test_a_participle_after_a_plain_comma_stays_in_the_report() -> None:
    # (ambiguous: the writer's comment or the report's own; the report keeps it, as annotators do for
    # "…, taking $2,800 in quarters")
    text = LEAD + (
        "The owner said burglars had broken in three times since March, taking cash and damaging the "
        "machines."
    )
    assert _span(text, "burglars had broken").endswith("damaging the machines")


def test_a_refusal_after_the_report_is_not_reported() -> None:
    text = LEAD + (
        "Sgt. Lena Brooks said the two men knew each other, but she would not say how they had met."
    )
    assert _span(text, "the two men knew") == "the two men knew each other"


def test_near_misses_keep_their_whole_report() -> None:
    text = LEAD + (
        "The minister said the plan, including the new levy, would pass before the summer recess.\n\n"
        "Reyes said the money was spent on housing, building and repairs across the county."
    )
    assert _span(text, "the plan, including").endswith("before the summer recess")
    assert _span(text, "spent on housing").endswith("repairs across the county")


def test_an_indirect_question_after_a_cue_is_no_claim() -> None:
    text = LEAD + (
        "Reyes spent the afternoon explaining why the latest poll was wrong.\n\n"
        "She told reporters how the campaign planned to win the suburbs."
    )
    found = [t for _, t, _ in quotes(text)]
    assert not any("poll was wrong" in t for t in found)
    assert not any("planned to win" in t for t in found)


def test_an_appositive_summing_up_the_report_ends_it() -> None:
    text = LEAD + (
        "Reyes has promised to cut the gas tax in his first week, a pledge his opponent has called "
        "reckless.\n\n"
        "She accused the governor of hiding the deficit, a charge he denies."
    )
    assert _span(text, "cut the gas tax") == "to cut the gas tax in his first week"
    assert _span(text, "hiding the deficit") == "the governor of hiding the deficit"


def test_a_second_speaker_after_and_takes_the_next_speech_act() -> None:
    text = LEAD + (
        "The White House urged senators to pass the bill before the recess, and press secretary Dana "
        "Lowe accused Republicans of stalling for time."
    )
    assert _span(text, "senators to pass") == "senators to pass the bill before the recess"
    assert find(text, "Republicans of stalling").speaker == "Dana Lowe"


def test_a_quoted_fragment_then_but_that_gives_two_reports() -> None:
    text = LEAD + (
        'Reyes said the firm had bought steel from "a lot of places" over three decades but that he was '
        "proud of every job it created."
    )
    first = 'the firm had bought steel from "a lot of places" over three decades'
    assert _span(text, "a lot of places") == first
    assert _span(text, "proud of every job") == "he was proud of every job it created"
