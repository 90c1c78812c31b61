"""English news constructions the seventh blind batch (tests/parsing/external_style_7) and earlier
leftovers showed missing: a gerund cue after "before/after/without" inside another report ("said the
board should have waited before asking staff to …" is one report, not an urged object); an urged
object with its own relative clause ("urged drivers who had not yet filled up to …"); "Smith, the
mayor said, will …" (the title before the cue is the cue's subject, not Smith's appositive); and
"shot back" / "fired back" after a quotation. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _reports(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes(text, "en") if q[0] == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Jane Pruitt said the board should have trimmed its own budget before asking "
            "parents to pay higher fees.",
            "the board should have trimmed its own budget before asking parents to pay higher fees",
            "Jane Pruitt",
        ),
        (
            "Dale Kim said the league acted without telling players to expect a shorter season.",
            "the league acted without telling players to expect a shorter season",
            "Dale Kim",
        ),
        (
            "The union said the company cut shifts after urging workers to take early retirement.",
            "the company cut shifts after urging workers to take early retirement",
            "The union",
        ),
    ],
)
def test_a_gerund_cue_inside_a_report_stays_in_it(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a gerund cue that is no part of another report keeps its own object report
        ("After urging residents to leave, the chief said the town was safe.", "the town was safe"),
        ("The fire chief urged residents to leave before nightfall.", "residents to leave before nightfall"),
    ],
)
def test_a_gerund_or_urge_cue_outside_a_report_still_reports(text: str, content: str) -> None:
    assert content in [q[1] for q in _reports(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Police Chief Omar Haddad urged drivers who had not yet filled up to stay off the highway.",
            "drivers who had not yet filled up to stay off the highway",
            "Omar Haddad",
        ),
        (
            "The health minister urged parents whose children were born after 2019 to book a second dose.",
            "parents whose children were born after 2019 to book a second dose",
            "The health minister",
        ),
    ],
)
def test_an_urged_object_with_its_own_relative_clause(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [("indirect", content, speaker)]


def test_an_urged_object_is_still_refused_before_another_report() -> None:
    # near-miss: the relative clause holds a speech verb of its own, so no plain object
    text = "The mayor urged residents who said the water tasted odd to call the utility."
    assert (
        "indirect",
        "residents who said the water tasted odd to call the utility",
        "The mayor",
    ) not in _reports(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Okoye, the coach said, will start in goal on Saturday.", "the coach"),
        ("Marsh, the prosecutor said Tuesday, had never filed a tax return.", "the prosecutor"),
    ],
)
def test_a_title_before_a_parenthetical_cue_is_its_subject(text: str, speaker: str) -> None:
    found = _reports(text)
    assert len(found) == 1 and found[0][2] == speaker, found


def test_a_title_in_apposition_still_names_the_person() -> None:
    # near-miss: the comma closes the appositive, so the name is the speaker
    text = "Okoye, the coach, said the keeper would start on Saturday."
    assert _reports(text) == [("indirect", "the keeper would start on Saturday", "Okoye")]


@pytest.mark.parametrize("verb", ["shot back", "fired back"])
def test_a_retort_after_a_quotation(verb: str) -> None:
    text = (
        'Rep. Luis Ortega asked whether the agency had read the audit.\n\n"We read every page," '
        'Director Paul Hines replied.\n\n"Then you should know the answer," Ortega ' + verb + "."
    )
    found = [q for q in quotes(text, "en") if q[1].startswith("Then you")]
    assert found and found[0][2] == "Luis Ortega", quotes(text, "en")


def test_said_and_warned_against_a_quotation_are_two_quotes() -> None:
    text = (
        "Rep. Carla Nunez said the tariff would raise grocery prices and warned against "
        '"balancing the budget on the backs of families."'
    )
    assert quotes(text, "en") == [
        ("indirect", "the tariff would raise grocery prices", "Carla Nunez"),
        ("direct", "balancing the budget on the backs of families.", "Carla Nunez"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no quotation after "against", or no second speech act at all
        "Rep. Carla Nunez said the tariff would raise prices and warned against cutting school lunches.",
        "Rep. Carla Nunez said the vote was close and against all expectations.",
    ],
)
def test_warned_against_without_a_quotation_adds_no_direct_quote(text: str) -> None:
    assert [q for q in quotes(text, "en") if q[0] == "direct"] == []


def test_a_subhead_description_is_not_the_name_later_on_its_line() -> None:
    text = (
        "Province tables leaner budget\n\n"
        "Finance minister says deficit will shrink; Opposition says hospitals will pay\n\n"
        "Maya Brandt · Posted: Mar 3, 2027\n\n"
        "The deficit will fall by half within two years, Finance Minister Dev Sharma told the "
        "legislature Tuesday."
    )
    found = {q[1]: q[2] for q in quotes(text, "en")}
    assert found["deficit will shrink"] == "Dev Sharma", found
    assert found["hospitals will pay"] == "Opposition", found
