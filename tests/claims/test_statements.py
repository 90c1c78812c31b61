"""The same statement across articles: grouping near-duplicates of one speaker, and showing the drift."""

from __future__ import annotations

from typing import Any

import pytest

from attribution import statements

WIRE = (
    "The port will reopen to container ships on Monday once the dredging is finished, "
    "Transport Minister Ola Berg said."
)


def test_republished_and_lightly_edited_copies_are_one_statement() -> None:
    items = [
        (1, "The port will reopen to container ships on Monday once the dredging is finished"),
        (2, "The port will reopen to container ships on Monday once the dredging is finished."),  # wire copy
        (3, "the port will reopen to container ships on monday, once the dredging is finished"),
        (4, "The port will reopen to container ships on Monday"),  # a clause dropped
        (5, "Fishing quotas for the coming season have not been agreed with the neighbouring states"),
    ]
    assert statements.group_texts(items) == [[1, 2, 3, 4]]


def test_different_statements_of_one_speaker_stay_apart() -> None:
    items = [
        (1, "Inflation will be back at two percent by the end of next year"),
        (2, "Unemployment will stay below five percent through the winter months"),
        (3, "The bank will not cut interest rates before the spring at the earliest"),
    ]
    assert statements.group_texts(items) == []


def test_short_quotes_are_never_grouped() -> None:
    assert statements.group_texts([(1, "No comment."), (2, "No comment"), (3, "no comment!")]) == []


def test_a_prolific_speaker_is_grouped_through_the_lsh_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statements, "DIRECT_LIMIT", 2)
    items = [
        (i, f"Statement number {i} about the harbour budget and nothing else at all") for i in range(1, 30)
    ]
    items += [(100, "The harbour budget has been cut by a third since the election"),
              (101, "The harbour budget has been cut by a third since the last election")]  # fmt: skip
    assert [100, 101] in statements.group_texts(items)


def test_word_diff_shows_what_changed_and_a_lost_negation_is_flagged() -> None:
    ref = "We will not raise taxes this year"
    changed = "We will raise taxes this year"
    assert ("removed", "not") in statements.word_diff(ref, changed)
    assert statements.negation_changed(ref, changed)
    assert not statements.negation_changed(ref, "We will NOT raise taxes this year!")
    assert statements.negation_changed("Die Steuern steigen nicht", "Die Steuern steigen")


@pytest.mark.django_db
def test_parsing_the_same_wire_story_in_two_outlets_groups_the_quote_and_flags_a_changed_word(
    make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from attribution.models import Quote
    from attribution.services import parse_article

    first = make_article(f"Port to reopen\n\n{WIRE}", source="Wire")
    second = make_article(f"Port reopening\n\n{WIRE.replace('Monday', 'Tuesday')}", source="Daily")
    third = make_article(f"Port news\n\n{WIRE} Traffic is expected.", source="Courier")
    for article in (first, second, third):
        with django_capture_on_commit_callbacks(execute=True):  # the claims task runs once the parse commits
            parse_article(article)
    quotes = list(Quote.objects.filter(text__contains="container ships").order_by("article_id"))
    assert len(quotes) == 3
    assert quotes[0].statement_id is not None
    assert len({q.statement_id for q in quotes}) == 1
    assert [q.wording_differs for q in quotes] == [False, True, False]
