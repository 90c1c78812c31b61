"""Data-model invariants: dedupe, span constraints, the audit log, person merge."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from attribution.models import Article, Person, Quote, QuoteEvent, StaleQuoteError

pytestmark = pytest.mark.django_db


def test_same_text_twice_is_one_article_even_with_different_whitespace(make_article) -> None:
    make_article("Mayor quits\n\nThe mayor said she would resign.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Copy", language="en", body="Mayor quits\n\nThe  mayor said she would resign.  "
        )


def test_url_is_unique_when_present_and_blank_urls_do_not_clash(make_article) -> None:
    make_article("Story one.", url="")
    make_article("Story two.", url="")
    make_article("Story three.", url="https://example.org/a")
    assert Article.objects.filter(url__isnull=True).count() == 2
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("Story four.", url="https://example.org/a")


@pytest.mark.parametrize(("start", "end"), [(5, 5), (9, 3)])
def test_database_refuses_empty_or_reversed_spans(article_with_quotes, start: int, end: int) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.bulk_create([Quote(article=article_with_quotes, start=start, end=end, text="x")])


def test_database_refuses_a_span_past_the_end_of_the_body(article_with_quotes) -> None:
    n = len(article_with_quotes.body)
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.bulk_create([Quote(article=article_with_quotes, start=n - 3, end=n + 1, text="x")])
    quote = article_with_quotes.quotes.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.filter(pk=quote.pk).update(end=n + 10)
    Quote.objects.bulk_create([Quote(article=article_with_quotes, start=n - 3, end=n, text="end")])


def test_saving_a_quote_outside_the_body_is_refused(article_with_quotes) -> None:
    with pytest.raises(ValueError, match="outside the article body"):
        Quote.objects.create(article=article_with_quotes, start=0, end=10_000)


def test_confirm_writes_one_event_with_before_and_after(article_with_quotes, reviewer) -> None:
    quote = article_with_quotes.quotes.first()
    quote.confirm(by=reviewer)
    quote.refresh_from_db()
    assert (quote.status, quote.version, quote.reviewed_by) == ("confirmed", 2, reviewer)
    event = QuoteEvent.objects.get(quote=quote)
    assert event.actor == reviewer and event.action == "confirm"
    assert event.before["status"] == "pending" and event.after["status"] == "confirmed"


def test_second_reviewer_with_a_stale_version_is_told_who_changed_it(
    article_with_quotes, reviewer, editor
) -> None:
    quote = article_with_quotes.quotes.first()
    seen_version = quote.version
    quote.confirm(by=reviewer, expected_version=seen_version)
    stale = Quote.objects.get(pk=quote.pk)
    with pytest.raises(StaleQuoteError, match="changed by rita"):
        stale.reject(by=editor, expected_version=seen_version)
    assert Quote.objects.get(pk=quote.pk).status == "confirmed"
    assert QuoteEvent.objects.filter(quote=quote).count() == 1


def test_audit_events_are_append_only(article_with_quotes, reviewer) -> None:
    quote = article_with_quotes.quotes.first()
    event = quote.confirm(by=reviewer)
    event.action = "reject"
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_merging_persons_moves_aliases_and_quotes(article_with_quotes, admin_user) -> None:
    porter = Person.objects.get(name="Jane Porter")
    dupe = Person.objects.create(name="J. Porter", title="minister")
    dupe.add_alias("Minister Porter")
    quote = article_with_quotes.quotes.filter(speaker=porter).first()
    Quote.objects.filter(pk=quote.pk).update(speaker=dupe)
    moved = porter.merge_from([dupe], by=admin_user)
    assert moved == 1
    assert not Person.objects.filter(pk=dupe.pk).exists()
    assert set(porter.alias_names()) == {"Porter", "J. Porter", "Minister Porter"}
    assert Quote.objects.get(pk=quote.pk).speaker == porter
    assert QuoteEvent.objects.filter(quote=quote, action="merge", actor=admin_user).count() == 1
    assert Person.objects.matching("minister porter").get() == porter
