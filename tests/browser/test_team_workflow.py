"""The team workflow in a real browser (issue 14): an editor assigns a filtered batch, the reviewer
finds it in My queue, comments with an @mention, the colleague sees the notification, a quote is
flagged and the queue's flag filter finds it.

Drives Debian's chromium (conftest.Desk) against the live server; the database is checked after
each step the page reports as done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _article(make_article: Callable[..., Any], title: str, words: str, source: str) -> Any:
    from attribution.models import Quote

    body = f"{title}\n\n“{words},” said Councillor Ama Boateng on Tuesday. The council meets again in May."
    article = make_article(body, title=title, source=source)
    start = body.index("“")
    Quote.objects.create(
        article=article,
        start=start,
        end=body.index("”") + 1,
        speaker_label="Ama Boateng",
        confidence=0.9,
        rule="t",
    )
    return article


def _log_out(desk: Any) -> None:
    desk.page.get_by_role("button", name="Log out").click()
    desk.page.wait_for_load_state("load")


def test_assign_a_batch_comment_with_a_mention_and_flag_a_quote(
    desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any]
) -> None:
    from attribution.models import Assignment, Comment, Flag, Notification, WorkflowEvent

    make_user("eddie", "Editor")
    rita = make_user("rita", "Reviewer")
    carlos = make_user("carlos", "Reviewer")
    ferry = _article(
        make_article, "Ferry returns in June", "The ferry will run again in June", "Harbour Gazette"
    )
    pier = _article(
        make_article, "Pier money found", "We have found the money for the pier", "Harbour Gazette"
    )
    road = _article(
        make_article, "Farmers left out", "Nobody told the farmers about the road", "Inland Courier"
    )
    page = desk.page

    # The editor narrows the queue to one outlet and gives the whole batch to rita.
    desk.login("eddie")
    page.get_by_label("Source").select_option("Harbour Gazette")
    page.wait_for_selector("#queue-results >> text=2 articles")
    desk.settle()
    page.get_by_label("Assign all 2 to").select_option(label="rita")
    page.get_by_role("button", name="Assign", exact=True).click()
    page.wait_for_selector("text=Assigned 2 articles to rita.")
    desk.settle()
    assert set(Assignment.objects.filter(reviewer=rita).values_list("article_id", flat=True)) == {
        ferry.pk,
        pier.pk,
    }
    assert WorkflowEvent.objects.filter(action="assign").count() == 2
    assert not Assignment.objects.filter(article=road).exists()
    _log_out(desk)

    # rita finds the batch in My queue, and a notification saying so.
    desk.login("rita")
    assert "eddie assigned you 2 articles" in page.locator("#notifications").inner_text()
    page.get_by_role("link", name="My queue").click()
    desk.settle()
    results = page.locator("#queue-results tbody")
    assert results.locator("tr").count() == 2
    assert "Farmers left out" not in results.inner_text()

    # She opens the ferry story and asks carlos about it in the discussion.
    page.get_by_role("link", name="Ferry returns in June").click()
    desk.settle()
    assert "rita" in page.locator("#assignment").inner_text()
    box = page.get_by_label("Comment on the article")
    box.press_sequentially("@ca")  # the typeahead lists carlos; Enter takes him
    page.locator("#mention-options-article [role=option]", has_text="@carlos").wait_for()
    box.press("Enter")
    assert box.input_value() == "@carlos "
    box.press_sequentially("can you check the ferry date with the port?")
    page.locator("#discussion").get_by_role("button", name="Comment").click()
    page.wait_for_selector("#discussion .comment .mention >> text=@carlos")
    desk.settle()
    comment = Comment.objects.get()
    assert comment.author == rita and list(comment.mentions.all()) == [carlos]

    # She flags the quote for a second look, from its editor beside it in the list.
    row = page.locator(".quote-row").first
    row.locator("summary").click()
    row.get_by_label("Reason").wait_for()
    desk.settle()
    row.get_by_label("Flag as").select_option("second_look")
    row.get_by_label("Reason").fill("June or July? The timetable says July")
    row.get_by_role("button", name="Flag", exact=True).click()
    row.locator(".flag-open >> text=June or July?").wait_for()
    page.wait_for_selector("#discussion .flag-list >> text=June or July?")  # the panel refreshed itself
    desk.settle()
    mark = row.locator(".row-head .wf-mark.flag-badge")  # the row says so too (static/js/workflow.js)
    mark.wait_for()
    assert mark.inner_text() == "Needs a second look"
    flag = Flag.objects.get()
    assert (flag.flagged_by, flag.kind, flag.quote.article_id) == (rita, "second_look", ferry.pk)
    assert WorkflowEvent.objects.filter(action="flag", actor=rita).count() == 1
    _log_out(desk)

    # carlos sees the mention on his queue and follows it to the comment, which marks it read.
    desk.login("carlos")
    panel = page.locator("#notifications")
    assert "1 unread" in panel.inner_text()
    assert "rita mentioned you: @carlos can you check the ferry date" in panel.inner_text()
    panel.get_by_role("link", name="rita mentioned you").click()
    desk.settle()
    assert page.url.endswith(f"/articles/{ferry.pk}/#comment-{comment.pk}")
    assert page.locator(f"#comment-{comment.pk}").is_visible()
    assert not Notification.objects.filter(recipient=carlos, read_at__isnull=True).exists()
    desk.goto("/")
    page.wait_for_selector("#notifications >> text=0 unread")

    # The queue's flag filter finds the flagged quote's article, and only it.
    page.get_by_label("Flags").select_option("any")
    page.wait_for_selector("#queue-results >> text=1 article")
    desk.settle()
    results = page.locator("#queue-results tbody").inner_text()
    assert "Ferry returns in June" in results and "1 flagged" in results
    assert "Pier money found" not in results and "Farmers left out" not in results
    assert desk.js_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_workflow_parts_of_the_pages_pass_axe(
    csp_bypassing_desk: Any, make_user: Callable[..., Any], make_article: Callable[..., Any], scheme: str
) -> None:
    """The queue with notifications, tabs and the batch form, the article page with its reviewer,
    discussion, flags and an open quote editor, and the notifications page: no serious or critical
    axe violation, in light and dark mode."""
    from attribution.models import Assignment, Comment, Flag
    from tests.browser.axe import axe_violations, describe

    eddie = make_user("eddie", "Editor")
    rita = make_user("rita", "Reviewer")
    ferry = _article(
        make_article, "Ferry returns in June", "The ferry will run again in June", "Harbour Gazette"
    )
    Assignment.assign([ferry], eddie, by=eddie)  # editors review too: his own queue
    quote = ferry.quotes.get()
    Comment.post(ferry, "@eddie is the date right?", by=rita, quote=quote)
    Comment.post(ferry, "@eddie the port confirms June.", by=rita)
    Flag.raise_on(quote, "second_look", "June or July?", by=rita)

    desk = csp_bypassing_desk
    page = desk.page
    page.emulate_media(color_scheme=scheme)
    desk.login("eddie")
    found = []
    for name, path, open_first in [
        ("queue", "/", None),
        ("my queue, flagged", "/?assigned=me&flag=any", None),
        ("article", f"/articles/{ferry.pk}/", None),
        ("article, quote editor open", f"/articles/{ferry.pk}/", ".quote-row details.edit summary"),
        ("notifications", "/notifications/", None),
    ]:
        assert desk.goto(path).status == 200, name
        if open_first:
            page.locator(open_first).first.click()
            page.locator(".quote-workflow").wait_for()
            desk.settle()
        violations = axe_violations(page)
        if violations:
            found.append(describe(f"{name} ({scheme})", violations))
    assert not found, "\n".join(found)
    assert not desk.js_errors, desk.js_errors
