"""Local-news group speakers and their reports (found trying a council story as a new user):

- a bare plural subject, an adverb that only stands before a verb, then the verb: "Residents say
  trucks already clog their streets", "Teachers say pupils now arrive hungry" (the verb needs no
  ending the clause check knows);
- a group placed by a prepositional phrase: "Farmers in the valley say", "Residents near the
  waterfront say", "Shop owners along Main Street say" (the speaker is the group so placed, not the place);
- "-ies" plurals of people ("Families across the county say"), but "the companies said" is no single
  company;
- "the port authority said": an authority, not the headline that opens with "Port"."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Residents say trucks already clog their streets at night.", "trucks already clog", "Residents"),
        ("Teachers say pupils now arrive hungry on Mondays.", "pupils now arrive hungry", "Teachers"),
        ("Police say thieves usually target older cars parked on the street.", "thieves usually", "Police"),
        ("The mayor says drivers often ignore the new signs.", "drivers often ignore", "The mayor"),
        ("Nurses said patients sometimes wait six hours for a bed.", "patients sometimes wait", "Nurses"),
    ],
)
def test_bare_plural_subject_adverb_then_verb(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert q.kind == "indirect"
    assert text[q.start : q.end].startswith(content.split()[0])
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Farmers in the valley say the drought has cut yields by half.",
            "the drought has cut",
            "Farmers in the valley",
        ),
        (
            "Residents near the waterfront say trucks already clog their streets at night.",
            "trucks already clog",
            "Residents near the waterfront",
        ),
        (
            "Residents near the harbour said that the dredging had gone on for weeks.",
            "the dredging had gone on",
            "Residents near the harbour",
        ),
        (
            "Shop owners along Main Street say sales have fallen since the bridge closed.",
            "sales have fallen",
            "Shop owners along Main Street",
        ),
        (
            "Families across the county say the rents have doubled.",
            "the rents have doubled",
            "Families across the county",
        ),
        (
            "Fishermen in the bay warned that the new quotas would end their season early.",
            "the new quotas would end",
            "Fishermen in the bay",
        ),
    ],
)
def test_a_group_placed_by_a_phrase_speaks_not_the_place(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert q.speaker == speaker


def test_near_misses_stay_silent() -> None:
    # an adverb between a noun and a preposition: "said goodbye to officials still at the scene" is
    # no report
    assert quotes("The minister said goodbye to officials still at the scene.", "en") == []
    assert quotes("She said trucks still in the yard.", "en") == []
    # the place phrase stays the subject's when the verb is past: one report, the council's
    assert quotes("The council said roads near the school remained closed.", "en") == [
        ("indirect", "roads near the school remained closed", "The council")
    ]


def test_the_companies_are_not_one_of_them() -> None:
    text = (
        "Trucking company Harbor Freightways Inc said on Monday it would buy Coastal Haulage Corp.\n\n"
        "The deal is expected to close next year, the companies said in a joint statement."
    )
    assert find(text, "The deal is expected", "en").speaker == "the companies"


def test_an_authority_is_not_the_headline_that_opens_with_its_first_noun() -> None:
    text = (
        "Port expansion stalls as council splits over cost\n\n"
        "The city's plan to widen the terminal was put on hold on Tuesday.\n\n"
        "The port authority denied that its estimate had been inflated."
    )
    q = find(text, "its estimate had been inflated", "en")
    assert q.speaker == "The port authority"


def test_a_named_authority_is_still_found() -> None:
    text = (
        "The Harbor Transit Authority will raise fares in March.\n\n"
        "The authority said the increase would pay for new buses."
    )
    assert find(text, "the increase would pay", "en").speaker == "Harbor Transit Authority"
