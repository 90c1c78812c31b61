"""News styles first met in the fresh corpus (tests/parsing/fresh): local-government reports,
tabloids, press releases, interviews. The sentences are new; none is taken from the corpus."""

from __future__ import annotations

from tests.parsing.helpers import find


def test_party_and_ward_in_brackets_do_not_become_the_speaker() -> None:
    text = (
        "Members of the licensing committee met on Tuesday to discuss late-night opening hours.\n\n"
        "Cllr Adaeze Monk (Lib Dem, Castle Ward) said the extension would bring more noise to a "
        "residential street.\n\n"
        "The committee's vice-chair, Cllr Roger Pell (Con, Oakfield), told the meeting that the police "
        "had raised no objection."
    )
    assert find(text, "extension would bring").speaker == "Adaeze Monk"
    assert find(text, "police had raised").speaker == "Roger Pell"


def test_us_party_and_state_after_a_senator_are_an_aside() -> None:
    text = "Sen. Marlene Oduya (D-Ohio) said the bill would not survive a vote in its current form."
    assert find(text, "bill would not survive").speaker == "Marlene Oduya"


def test_a_that_less_clause_with_an_irregular_past_verb_is_reported_speech() -> None:
    text = (
        "A neighbour told reporters the couple met at a charity gala in Leeds last spring.\n\n"
        "Police said the two men spoke for several minutes before the fight broke out."
    )
    met = find(text, "the couple met at a charity gala")
    assert (met.kind, met.speaker) == ("indirect", "A neighbour")
    assert find(text, "the two men spoke").speaker == "Police"
