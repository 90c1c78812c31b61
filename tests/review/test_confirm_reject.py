"""Confirm and Reject: HTMX fragment + events, plain POST redirect, the DB and the audit log."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_htmx_confirm_returns_only_the_row_and_announces_the_change(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    quote = quotes[1]
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quote.pk]), {"version": quote.version}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.strip().startswith(f'<li id="quote-{quote.pk}"')
    assert "<html" not in html and "article-body" not in html
    assert "s-confirmed" in html
    events = json.loads(response["HX-Trigger"])
    assert events["quote-changed"] == {"id": quote.pk, "status": "confirmed", "kind": quote.kind}
    # The counters come in this answer (out of band), so the page has nothing to fetch afterwards.
    assert "quotes-changed" not in events
    assert 'id="article-counters"' in html and 'hx-swap-oob="true"' in html
    quote.refresh_from_db()
    assert quote.status == "confirmed" and quote.reviewed_by == reviewer and quote.version == 2


def test_plain_confirm_redirects_back_to_the_quote(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quote.pk]), {"version": quote.version}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('article', args=[quote.article_id])}#quote-{quote.pk}"
    quote.refresh_from_db()
    assert quote.status == "confirmed"


def test_confirm_writes_one_audit_event(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    client_for(reviewer).post(reverse("quote-confirm", args=[quote.pk]), {"version": 1}, **HTMX)
    (event,) = quote.events.all()
    assert (event.action, event.actor) == ("confirm", reviewer)
    assert event.before["status"] == "pending" and event.after["status"] == "confirmed"


def test_reject_marks_the_quote_rejected(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[2]
    response = client_for(reviewer).post(reverse("quote-reject", args=[quote.pk]), {"version": 1}, **HTMX)
    assert response.status_code == 200
    assert "s-rejected" in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == "rejected"
    assert quote.events.get().action == "reject"


def test_plain_reject_redirects(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(reverse("quote-reject", args=[quotes[2].pk]))
    assert response.status_code == 302


def test_bad_version_is_a_400_not_a_crash(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quotes[0].pk]), {"version": "x"}, **HTMX
    )
    assert response.status_code == 400
    assert "whole number" in response.content.decode()
    quotes[0].refresh_from_db()
    assert quotes[0].status == "pending"


def test_confirm_of_a_missing_quote_is_404(client_for: Any, reviewer: Any) -> None:
    assert client_for(reviewer).post(reverse("quote-confirm", args=[424242])).status_code == 404


def test_confirm_runs_a_fixed_number_of_queries(
    client_for: Any, reviewer: Any, quotes: list[Any], django_assert_max_num_queries: Any
) -> None:
    client = client_for(reviewer)
    with django_assert_max_num_queries(14):
        client.post(reverse("quote-confirm", args=[quotes[0].pk]), {"version": 1}, **HTMX)


def test_next_never_redirects_off_site(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quote.pk]), {"version": 1, "next": "https://evil.example/"}
    )
    assert response["Location"] == f"{reverse('article', args=[quote.article_id])}#quote-{quote.pk}"


def _oob_counters(html: str) -> str:
    """The out-of-band counters element of an HTMX answer ('' if there is none)."""
    start = html.find('<div id="article-counters"')
    return html[start : html.index("</div>", start) + 6] if start >= 0 else ""


def test_htmx_confirm_carries_the_updated_counters_out_of_band(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    quotes[0].reject(by=reviewer)
    response = client.post(reverse("quote-confirm", args=[quotes[1].pk]), {"version": 1}, **HTMX)
    counters = _oob_counters(response.content.decode())
    assert 'hx-swap-oob="true"' in counters
    assert "<strong>2</strong> of 3 reviewed" in counters
    assert "1 pending" in counters and "1 confirmed" in counters and "1 rejected" in counters
    # Swapped in, it still refreshes itself after bulk actions and undo, as the page's own does.
    counters_url = reverse("article-counters", args=[quotes[0].article_id])
    assert f'hx-get="{counters_url}"' in counters and 'hx-trigger="quotes-changed from:body' in counters
    # The row comes first: it is what the request targets (outerHTML of the row).
    assert response.content.decode().index("<li id=") < response.content.decode().index("article-counters")


def test_htmx_reject_and_editor_actions_carry_the_counters_too(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    client = client_for(reviewer)
    rejected = client.post(reverse("quote-reject", args=[quotes[2].pk]), {"version": 1}, **HTMX)
    assert "1 rejected" in _oob_counters(rejected.content.decode())
    kind = client.post(reverse("quote-kind", args=[quotes[0].pk]), {"version": 1, "kind": "mixed"}, **HTMX)
    counters = _oob_counters(kind.content.decode())
    assert "<strong>2</strong> of 3 reviewed" in counters and "1 confirmed" in counters  # corrected


def test_conflict_answer_carries_the_current_counters(
    client_for: Any, reviewer: Any, editor: Any, quotes: list[Any]
) -> None:
    quotes[0].reject(by=editor)
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quotes[0].pk]), {"version": 1}, **HTMX
    )
    assert response.status_code == 409
    assert "1 rejected" in _oob_counters(response.content.decode())


def test_bad_input_answer_has_no_counters(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(
        reverse("quote-confirm", args=[quotes[0].pk]), {"version": "x"}, **HTMX
    )
    assert response.status_code == 400
    assert _oob_counters(response.content.decode()) == ""


def test_plain_confirm_has_no_fragments(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    response = client_for(reviewer).post(reverse("quote-confirm", args=[quotes[0].pk]), {"version": 1})
    assert response.status_code == 302 and response.content == b""
