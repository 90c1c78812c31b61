"""The second review rules on the models: independent reviews, the pair, agreement, adjudication, audit."""

from __future__ import annotations

from typing import Any

import pytest

from attribution.models import (
    Adjudication,
    IndependentReview,
    Person,
    QuoteEvent,
    SecondReview,
    SecondReviewEvent,
)
from attribution.second_review import SecondReviewRefused, awaiting_adjudication

pytestmark = pytest.mark.django_db


def test_requiring_second_review_is_audited_once(article_with_quotes: Any, editor: Any) -> None:
    SecondReview.require(article_with_quotes, by=editor)
    SecondReview.require(article_with_quotes, by=editor)  # already required: nothing new
    assert SecondReview.is_required(article_with_quotes.pk)
    events = SecondReviewEvent.objects.filter(article=article_with_quotes)
    assert [(e.action, e.actor) for e in events] == [("require", editor)]


def test_lifting_is_audited_and_ends_the_requirement(under_second_review: Any, editor: Any) -> None:
    SecondReview.objects.get(article=under_second_review).lift(by=editor)
    assert not SecondReview.is_required(under_second_review.pk)
    assert SecondReviewEvent.objects.filter(action="lift", actor=editor).count() == 1


def test_an_independent_review_leaves_the_quote_alone(
    under_second_review: Any, quotes: list, rita: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="rejected")
    quote.refresh_from_db()
    assert quote.status == "pending" and quote.version == 1
    assert not QuoteEvent.objects.filter(quote=quote).exists()
    event = SecondReviewEvent.objects.get(action="review")
    assert event.actor == rita and event.quote == quote and event.after["status"] == "rejected"


def test_two_reviewers_keep_their_own_decisions(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="rejected")
    reviews = {r.reviewer: r.status for r in IndependentReview.objects.filter(quote=quote)}
    assert reviews == {rita: "confirmed", ravi: "rejected"}


def test_a_reviewer_may_change_their_review_until_the_other_has_reviewed(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="rejected")
    IndependentReview.record(quote, rita, status="confirmed")
    assert IndependentReview.objects.get(quote=quote, reviewer=rita).status == "confirmed"
    IndependentReview.record(quote, ravi, status="rejected")
    with pytest.raises(SecondReviewRefused, match="locked"):
        IndependentReview.record(quote, rita, status="rejected")
    assert IndependentReview.objects.get(quote=quote, reviewer=rita).status == "confirmed"


def test_a_third_reviewer_is_refused(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, make_user: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="rejected")
    with pytest.raises(SecondReviewRefused, match="two independent reviews"):
        IndependentReview.record(quote, make_user("rosa", "Reviewer"), status="confirmed")
    assert IndependentReview.objects.filter(quote=quote).count() == 2


def test_picking_a_speaker_keeps_the_quote_and_confirm_keeps_the_speaker(
    under_second_review: Any, quotes: list, rita: Any
) -> None:
    quote = quotes[0]
    other = Person.objects.create(name="Sam Okafor")
    IndependentReview.record(quote, rita, speaker=other)
    IndependentReview.record(quote, rita, status="confirmed")
    review = IndependentReview.objects.get(quote=quote, reviewer=rita)
    assert (review.status, review.speaker, review.speaker_label) == ("confirmed", other, "Sam Okafor")


def test_agreeing_confirmations_confirm_the_quote_in_nobodys_name(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="confirmed")
    quote.refresh_from_db()
    assert quote.status == "confirmed"
    event = QuoteEvent.objects.get(quote=quote)
    assert (event.action, event.actor) == ("confirm", None)  # in neither reviewer's undo
    assert SecondReviewEvent.objects.filter(action="agree", quote=quote).count() == 1
    assert awaiting_adjudication() == []


def test_agreeing_on_another_speaker_reassigns_the_quote(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[2]  # "the council", no person
    council = Person.objects.create(name="Leeds City Council", kind="organisation")
    IndependentReview.record(quote, rita, speaker=council)
    IndependentReview.record(quote, ravi, speaker=council)
    quote.refresh_from_db()
    assert quote.speaker == council and quote.status == "corrected"


def test_agreeing_rejections_reject_whatever_speakers_they_left(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[1]
    IndependentReview.record(quote, rita, speaker=Person.objects.create(name="Someone Else"))
    IndependentReview.record(quote, rita, status="rejected")
    IndependentReview.record(quote, ravi, status="rejected")
    quote.refresh_from_db()
    assert quote.status == "rejected"
    assert awaiting_adjudication() == []


@pytest.mark.parametrize("second", ["rejected", "other speaker"])
def test_a_disagreement_waits_for_an_editor(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, second: str
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    if second == "rejected":
        IndependentReview.record(quote, ravi, status="rejected")
    else:
        IndependentReview.record(quote, ravi, speaker=Person.objects.create(name="Sam Okafor"))
    quote.refresh_from_db()
    assert quote.status == "pending"
    assert [p.quote.pk for p in awaiting_adjudication()] == [quote.pk]
    assert awaiting_adjudication(article_id=quote.article_id + 1000) == []


def test_adjudication_applies_the_editors_choice_through_the_quote(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, editor: Any
) -> None:
    quote = quotes[0]
    okafor = Person.objects.create(name="Sam Okafor")
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, speaker=okafor)
    Adjudication.decide(quote, "confirmed", okafor, by=editor)
    quote.refresh_from_db()
    assert (quote.status, quote.speaker, quote.reviewed_by) == ("corrected", okafor, editor)
    assert QuoteEvent.objects.filter(quote=quote, action="reassign", actor=editor).count() == 1
    ruling = SecondReviewEvent.objects.get(action="adjudicate")
    assert ruling.actor == editor and ruling.after == {"status": "confirmed", "speaker_id": okafor.pk}
    assert set(ruling.before["reviews"]) == {str(rita.pk), str(ravi.pk)}
    assert awaiting_adjudication() == []


def test_adjudicating_a_rejection(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, editor: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="rejected")
    Adjudication.decide(quote, "rejected", None, by=editor)
    quote.refresh_from_db()
    assert quote.status == "rejected"
    assert QuoteEvent.objects.get(quote=quote).actor == editor


def test_nothing_to_adjudicate_is_refused(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, editor: Any
) -> None:
    quote = quotes[0]
    with pytest.raises(SecondReviewRefused, match="two independent reviews"):
        Adjudication.decide(quote, "confirmed", None, by=editor)
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="confirmed")
    with pytest.raises(SecondReviewRefused, match="agree"):
        Adjudication.decide(quote, "rejected", None, by=editor)
    assert quote.__class__.objects.get(pk=quote.pk).status == "confirmed"


def test_a_quote_is_adjudicated_once(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, editor: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="rejected")
    Adjudication.decide(quote, "rejected", None, by=editor)
    with pytest.raises(SecondReviewRefused, match="already"):
        Adjudication.decide(quote, "confirmed", None, by=editor)


def test_a_reviewer_of_the_pair_cannot_settle_it(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any, editor: Any
) -> None:
    quote = quotes[0]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, editor, status="rejected")  # an editor may review, as one of the pair
    with pytest.raises(SecondReviewRefused, match="reviewed this quote yourself"):
        Adjudication.decide(quote, "rejected", None, by=editor)
    quote.refresh_from_db()
    assert quote.status == "pending" and not SecondReviewEvent.objects.filter(action="adjudicate").exists()
    Adjudication.decide(quote, "rejected", None, by=ravi)  # a third colleague may
    quote.refresh_from_db()
    assert (quote.status, quote.reviewed_by) == ("rejected", ravi)


def test_second_review_events_are_append_only(under_second_review: Any) -> None:
    event = SecondReviewEvent.objects.get()
    event.after = {"active": False}
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_unknown_speaker_against_a_named_one_is_a_disagreement(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[2]  # "the council": no person yet
    IndependentReview.record(quote, rita, status="confirmed")  # keeps "unknown"
    IndependentReview.record(quote, ravi, speaker=Person.objects.create(name="Leeds City Council"))
    assert [p.quote.pk for p in awaiting_adjudication()] == [quote.pk]


def test_both_leaving_the_speaker_unknown_agree(
    under_second_review: Any, quotes: list, rita: Any, ravi: Any
) -> None:
    quote = quotes[2]
    IndependentReview.record(quote, rita, status="confirmed")
    IndependentReview.record(quote, ravi, status="confirmed")
    assert awaiting_adjudication() == []
    quote.refresh_from_db()
    assert quote.status == "confirmed" and quote.speaker is None


def test_requiring_again_after_lifting_is_a_new_requirement(article_with_quotes: Any, editor: Any) -> None:
    SecondReview.require(article_with_quotes, by=editor)
    SecondReview.objects.get().lift(by=editor)
    SecondReview.require(article_with_quotes, by=editor)
    assert SecondReview.is_required(article_with_quotes.pk)
    actions = list(SecondReviewEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["require", "lift", "require"]
