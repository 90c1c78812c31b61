"""English news constructions the twenty-third blind batch (tests/parsing/external_style_23: Indian city
news, Scottish health politics, cricket, a central bank, a Crown Court) showed wrong: a person described
by what they will run or have run, with an auxiliary before the verb ("The man who will lead the side
…", "The woman who has run the club …"), is a first mention like "the man who runs …": the person named
next, else the description. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Cricket Australia said the bowler would miss the series.\n\n"
            'The man who will lead the side in the first Test described the news as "a huge loss". '
            "Tom Archer, who took over in January, said the squad would rally.",
            "a huge loss",
            "Tom Archer",
        ),
        (
            "The council said the stand would close in May.\n\n"
            "The woman who has run the club since 2019 said the ground would be sold. Jane Hall, a former "
            "teacher, said it was a sad day for the town.",
            "the ground would be sold",
            "Jane Hall",
        ),
    ],
)
def test_a_person_who_will_run_or_has_run_something_is_the_one_named_next(
    text: str, content: str, speaker: str
) -> None:
    got = {q: s for _, q, s in quotes(text, "en")}
    assert got[content] == speaker, got


def test_a_person_who_has_done_something_else_is_not_a_description_by_charge() -> None:
    # negative: "who has lived" is no verb of running; the earlier speaker goes on as before
    text = (
        "Mary Doyle, a retired nurse, said the clinic had saved lives.\n\n"
        "The woman who has lived on the street since 1970 said the clinic must stay open. Tom Reid said "
        "he agreed."
    )
    got = {q: s for _, q, s in quotes(text, "en")}
    assert got["the clinic must stay open"] != "Tom Reid", got
