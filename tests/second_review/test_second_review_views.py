"""Second review through the review screen: independent reviews, the panel, adjudication, agreement."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from attribution.models import IndependentReview, Person, Quote, QuoteEvent, SecondReview

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _row_of(html: str, quote: Any) -> str:
    start = html.index(f'id="quote-{quote.pk}"')
    return html[start : html.index("</li>", start)]


def test_confirm_under_second_review_records_the_reviewers_own_review(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    response = client_for(rita).post(reverse("quote-confirm", args=[quote.pk]), {"version": 1}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your independent review: confirmed, speaker Jane Porter" in html
    assert "s-pending" in html  # the row still shows the quote as it is
    assert "second-review-changed" in json.loads(response["HX-Trigger"])
    quote.refresh_from_db()
    assert quote.status == "pending" and quote.version == 1
    assert IndependentReview.objects.get(quote=quote, reviewer=rita).status == "confirmed"


def test_reject_and_speaker_without_htmx_redirect_back(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    client = client_for(rita)
    okafor = Person.objects.create(name="Sam Okafor")
    response = client.post(reverse("quote-reject", args=[quotes[1].pk]))
    assert response.status_code == 302
    response = client.post(reverse("quote-speaker", args=[quotes[2].pk]), {"person": okafor.pk})
    assert response.status_code == 302
    reviews = {r.quote_id: (r.status, r.speaker_id) for r in IndependentReview.objects.filter(reviewer=rita)}
    assert reviews == {
        quotes[1].pk: ("rejected", quotes[1].speaker_id),
        quotes[2].pk: ("confirmed", okafor.pk),
    }
    assert not Quote.objects.exclude(status="pending").exists()
    assert not QuoteEvent.objects.exists()


def test_the_other_reviewer_does_not_see_the_first_review(
    client_for: Any, rita: Any, ravi: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    client_for(rita).post(reverse("quote-reject", args=[quote.pk]))
    client = client_for(ravi)
    page = client.get(reverse("article", args=[under_second_review.pk])).content.decode()
    row = _row_of(page, quote)
    assert "s-pending" in row and "Rejected" not in row
    assert "Your independent reviews" not in page  # ravi has none; rita's are not listed to him
    history = client.get(reverse("quote", args=[quote.pk])).content.decode()
    assert "Rejected" not in history and "rita" not in history
    panel = client.get(reverse("second-review-panel", args=[under_second_review.pk])).content.decode()
    assert "Rejected" not in panel


def test_the_reviewer_sees_their_own_reviews_in_the_panel(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    client = client_for(rita)
    client.post(reverse("quote-reject", args=[quotes[0].pk]))
    panel = client.get(reverse("second-review-panel", args=[under_second_review.pk])).content.decode()
    assert "Your independent reviews (1)" in panel and "<strong>Rejected</strong>" in panel
    assert "rita 1" in panel


def test_a_locked_review_is_a_409_naming_why(
    client_for: Any, rita: Any, ravi: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    client_for(ravi).post(reverse("quote-confirm", args=[quote.pk]))
    client = client_for(rita)
    client.post(reverse("quote-reject", args=[quote.pk]))
    response = client.post(reverse("quote-confirm", args=[quote.pk]), **HTMX)
    assert response.status_code == 409
    assert "locked" in response.content.decode()
    assert IndependentReview.objects.get(quote=quote, reviewer=rita).status == "rejected"


def test_bulk_confirm_is_off_under_second_review(
    client_for: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    url = reverse("article-bulk-confirm", args=[under_second_review.pk])
    response = client_for(rita).post(url, {"min_confidence": "0"}, **HTMX)
    assert response.status_code == 400
    assert "second review" in json.loads(response["HX-Trigger"])["toast"]["message"]
    assert not Quote.objects.exclude(status="pending").exists()


def test_without_second_review_confirm_changes_the_quote_as_before(
    client_for: Any, rita: Any, article_with_quotes: Any, quotes: list
) -> None:
    client_for(rita).post(reverse("quote-confirm", args=[quotes[0].pk]))
    quotes[0].refresh_from_db()
    assert quotes[0].status == "confirmed"
    assert not IndependentReview.objects.exists()


def test_after_lifting_reviews_change_quotes_again(
    client_for: Any, editor: Any, rita: Any, under_second_review: Any, quotes: list
) -> None:
    client_for(editor).post(reverse("second-review-lift", args=[under_second_review.pk]))
    client_for(rita).post(reverse("quote-confirm", args=[quotes[0].pk]))
    quotes[0].refresh_from_db()
    assert quotes[0].status == "confirmed"


def test_the_panel_offers_editors_the_requirement_and_reviewers_nothing(
    client_for: Any, editor: Any, rita: Any, article_with_quotes: Any
) -> None:
    url = reverse("article", args=[article_with_quotes.pk])
    assert 'id="second-review"' not in client_for(rita).get(url).content.decode()
    page = client_for(editor).get(url).content.decode()
    assert "Require second review" in page
    response = client_for(editor).post(
        reverse("second-review-require", args=[article_with_quotes.pk]), **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'id="second-review"' in html and "Lift second review" in html
    assert SecondReview.is_required(article_with_quotes.pk)


def _disagree(client_for: Any, rita: Any, ravi: Any, quote: Any) -> None:
    client_for(rita).post(reverse("quote-confirm", args=[quote.pk]))
    client_for(ravi).post(reverse("quote-reject", args=[quote.pk]))


def test_the_adjudication_page_lists_a_disagreement_with_both_decisions(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    _disagree(client_for, rita, ravi, quotes[0])
    client_for(rita).post(reverse("quote-confirm", args=[quotes[1].pk]))
    client_for(ravi).post(reverse("quote-confirm", args=[quotes[1].pk]))  # agree: not listed
    html = client_for(editor).get(reverse("adjudication")).content.decode()
    assert f'id="adjudicate-{quotes[0].pk}"' in html
    assert f'id="adjudicate-{quotes[1].pk}"' not in html
    item = html[html.index(f'id="adjudicate-{quotes[0].pk}"') :]
    assert "rita" in item and "ravi" in item and "Confirmed" in item and "Rejected" in item
    assert "<td>2 of 3</td>" in html  # two quotes reviewed twice (one agreed), of three
    filtered = client_for(editor).get(reverse("adjudication") + f"?article={under_second_review.pk + 99}")
    assert f'id="adjudicate-{quotes[0].pk}"' not in filtered.content.decode()


def test_an_editor_settles_a_disagreement(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    _disagree(client_for, rita, ravi, quote)
    url = reverse("adjudicate", args=[quote.pk])
    response = client_for(editor).post(url, {"status": "confirmed", "speaker": quote.speaker_id}, **HTMX)
    assert response.status_code == 200
    assert "Settled: confirmed, speaker Jane Porter." in response.content.decode()
    quote.refresh_from_db()
    assert (quote.status, quote.reviewed_by) == ("confirmed", editor)
    again = client_for(editor).post(url, {"status": "rejected"}, **HTMX)
    assert again.status_code == 409 and "already been adjudicated" in again.content.decode()


def test_an_editor_who_reviewed_the_quote_cannot_settle_it(
    client_for: Any, make_user: Any, rita: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    _disagree(client_for, rita, editor, quote)  # the editor was the second reviewer
    html = client_for(editor).get(reverse("adjudication")).content.decode()
    item = html[html.index(f'id="adjudicate-{quote.pk}"') :]
    item = item[: item.index("</li>")]
    assert "another editor settles it" in item and 'class="adjudicate-form"' not in item
    url = reverse("adjudicate", args=[quote.pk])
    refused = client_for(editor).post(url, {"status": "rejected"}, **HTMX)
    assert refused.status_code == 409 and "reviewed this quote yourself" in refused.content.decode()
    quote.refresh_from_db()
    assert quote.status == "pending"
    other = make_user("elena", "Editor")
    assert 'class="adjudicate-form"' in client_for(other).get(reverse("adjudication")).content.decode()
    assert client_for(other).post(url, {"status": "rejected"}, **HTMX).status_code == 200
    quote.refresh_from_db()
    assert (quote.status, quote.reviewed_by) == ("rejected", other)


def test_a_bad_adjudication_shows_the_choice_again(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    quote = quotes[0]
    _disagree(client_for, rita, ravi, quote)
    response = client_for(editor).post(reverse("adjudicate", args=[quote.pk]), {"status": "maybe"}, **HTMX)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Unknown decision" in html and 'class="adjudicate-form"' in html
    quote.refresh_from_db()
    assert quote.status == "pending"


def test_the_agreement_page_shows_kappa_per_pair(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    # statuses: (C, C), (C, R), (R, R): observed 2/3; rita C 2/3, ravi C 1/3: chance 4/9;
    # kappa = (2/3 - 4/9) / (1 - 4/9) = 0.4. Speakers: one quote both kept, same speaker: undefined.
    decisions = [("confirm", "confirm"), ("confirm", "reject"), ("reject", "reject")]
    for quote, (mine, his) in zip(quotes, decisions, strict=True):
        client_for(rita).post(reverse(f"quote-{mine}", args=[quote.pk]))
        client_for(ravi).post(reverse(f"quote-{his}", args=[quote.pk]))
    html = client_for(editor).get(reverse("agreement")).content.decode()
    assert "ravi &amp; rita" in html
    assert '<td class="kappa" data-kappa="status">0.40</td>' in html
    assert "2 (0.67)" in html and "<td>0.44</td>" in html
    assert 'data-kappa="speaker"><span title="both gave every quote the same answer' in html
    assert "3 quotes reviewed by two reviewers" in html


def test_the_agreement_page_filters_by_the_day_the_pair_was_completed(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    _disagree(client_for, rita, ravi, quotes[0])
    client = client_for(editor)
    today = timezone.localdate()
    yesterday = (today - timedelta(days=1)).isoformat()
    assert "0 quotes reviewed" in client.get(reverse("agreement"), {"date_to": yesterday}).content.decode()
    html = client.get(reverse("agreement"), {"date_from": today.isoformat()}).content.decode()
    assert "1 quote reviewed" in html
    bad = client.get(reverse("agreement"), {"date_from": today.isoformat(), "date_to": yesterday})
    assert "“From” is after “To”" in bad.content.decode() and "1 quote reviewed" in bad.content.decode()
    fragment = client.get(reverse("agreement"), {"date_to": yesterday}, **HTMX).content.decode()
    assert fragment.lstrip().startswith('<div id="agreement-table">')


def test_the_throughput_page_counts_reviews_and_first_review(
    client_for: Any, rita: Any, ravi: Any, editor: Any, under_second_review: Any, quotes: list
) -> None:
    client_for(rita).post(reverse("quote-confirm", args=[quotes[0].pk]))
    client_for(rita).post(reverse("quote-reject", args=[quotes[1].pk]))
    client_for(ravi).post(reverse("quote-confirm", args=[quotes[0].pk]))
    html = client_for(editor).get(reverse("throughput")).content.decode()
    table = html[html.index('id="per-reviewer"') :]
    assert '<th scope="row">rita</th><td>2</td><td>1</td><td>2.0</td>' in table
    assert '<th scope="row">ravi</th><td>1</td><td>1</td><td>1.0</td>' in table
    assert "over 1 article imported in this range (0 not reviewed yet)" in html
