"""Page furniture is dropped line by line, however a page runs it together; titles are headlines."""

from __future__ import annotations

import pytest

from attribution.ingest import first_line_title, is_page_furniture, strip_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Back to top",
        "Back to top\u00a0\u00a0\u00a0 Go to home page clear",
        "Share | Print this article",
        "Read more » Related stories",
        "Follow us on Twitter · Leave a comment",
        "clear",
    ],
)
def test_lines_of_nothing_but_furniture_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to read more about the clear-up before Monday.",
        "“Close the border now,” the senator said.",
        "Back to top-flight football after nine years, the club celebrated.",
        "Comments from the minister drew criticism.",
    ],
)
def test_sentences_that_mention_furniture_words_are_kept(line: str) -> None:
    assert not is_page_furniture(line)


def test_strip_furniture_keeps_the_story_around_furniture() -> None:
    text = (
        "Go to home page\n\nCouncil backs plan\n\nThe council voted on Monday.\n\n"
        "Back to top  Go to home page clear\n\nclear"
    )
    assert strip_furniture(text) == "Council backs plan\n\nThe council voted on Monday."


def test_a_headline_is_the_title() -> None:
    assert first_line_title("Council backs harbour plan\nThe council voted.") == "Council backs harbour plan"
    assert first_line_title("Is this the end?\nNo.") == "Is this the end?"


def test_a_story_without_headline_is_untitled_with_its_first_words() -> None:
    opening = (
        "The city council voted on Monday to spend four million pounds on the harbour, "
        "ending a dispute that had lasted for more than two years."
    )
    title = first_line_title(opening + "\nMore text.")
    assert title == "Untitled: The city council voted on Monday to spend…"
