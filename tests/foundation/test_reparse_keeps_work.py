"""Re-parsing never loses reviewed work: quotes people touched, their audit events, and quote ids.

A quote confirmed and then undone is pending again but has a history; a re-parse (a Retry, an
editor's forced re-parse, `parse_articles --all`) must keep it with its events. Pending quotes the
parser finds again at the same span keep their ids, so pages reviewers have open keep working.
"""

from __future__ import annotations

import dataclasses
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import ProtectedError
from django.urls import reverse

import attribution.services as services
from attribution.models import Article, Quote, QuoteEvent
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

BODY = (
    "Ferry fares frozen\n\n"
    "Island councillor Maeve Doran said on Tuesday that ferry fares would stay frozen until spring. "
    "“Nobody on this island should pay more to see a doctor,” Doran told a packed hall.\n\n"
    "“We will publish the timetable next week,” she added."
)


def _parsed(make_article) -> tuple[Article, list[Quote]]:
    article = make_article(BODY)
    parse_article(article)
    quotes = list(article.quotes.order_by("start"))
    assert len(quotes) == 3
    return article, quotes


def test_confirmed_then_undone_quote_survives_a_reparse_with_its_id_and_events(
    make_article, reviewer
) -> None:
    article, quotes = _parsed(make_article)
    quote = quotes[1]
    quote.confirm(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)
    quote.refresh_from_db()
    assert quote.status == Quote.Status.PENDING
    events = list(quote.events.order_by("pk").values_list("pk", "action"))
    assert [action for _, action in events] == ["parse", "confirm", "undo"]

    parse_article(article)

    assert Quote.objects.filter(pk=quote.pk).exists()
    assert (
        list(QuoteEvent.objects.filter(quote_id=quote.pk).order_by("pk").values_list("pk", "action"))
        == events
    )
    assert article.quotes.count() == 3  # found again at its span: no duplicate beside it


def test_parse_articles_all_keeps_quotes_with_history(make_article, reviewer) -> None:
    article, quotes = _parsed(make_article)
    quotes[0].reject(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)
    call_command("parse_articles", "--all", stdout=StringIO(), stderr=StringIO())
    assert Quote.objects.filter(pk=quotes[0].pk).exists()
    assert QuoteEvent.objects.filter(quote_id=quotes[0].pk).count() == 3
    assert article.quotes.count() == 3


def test_reparse_keeps_the_ids_of_pending_quotes_whose_span_is_unchanged(make_article) -> None:
    article, quotes = _parsed(make_article)
    ids = [q.pk for q in quotes]
    parse_article(article)
    assert list(article.quotes.order_by("start").values_list("pk", flat=True)) == ids
    # Unchanged findings are left exactly as they were: no new version, no extra event.
    assert set(article.quotes.values_list("version", flat=True)) == {1}
    assert QuoteEvent.objects.filter(quote__article=article).count() == 3


def test_open_page_of_a_pending_quote_still_works_after_a_reparse(make_article, client_for, reviewer) -> None:
    article, quotes = _parsed(make_article)
    client = client_for(reviewer)
    url = reverse("quote", args=[quotes[2].pk])
    assert client.get(url).status_code == 200
    parse_article(article)
    assert client.get(url).status_code == 200
    confirm = client.post(reverse("quote-confirm", args=[quotes[2].pk]), {"version": quotes[2].version})
    assert confirm.status_code in (200, 302)
    assert Quote.objects.get(pk=quotes[2].pk).status == Quote.Status.CONFIRMED


def test_a_changed_finding_at_the_same_span_updates_the_quote_in_place_with_an_event(
    make_article, monkeypatch
) -> None:
    article, quotes = _parsed(make_article)
    real_extract = services.extract

    def relabelled(body, lang=None):
        return [dataclasses.replace(q, kind="mixed") for q in real_extract(body, lang)]

    monkeypatch.setattr(services, "extract", relabelled)
    parse_article(article)
    after = list(article.quotes.order_by("start"))
    assert [q.pk for q in after] == [q.pk for q in quotes]
    assert {q.kind for q in after} == {"mixed"} and {q.version for q in after} == {2}
    event = QuoteEvent.objects.filter(quote=after[0]).order_by("pk").last()
    assert event.action == "parse"
    assert event.before["kind"] == quotes[0].kind and event.after["kind"] == "mixed"
    assert event.after == after[0].snapshot()


def test_machine_quotes_the_parser_no_longer_finds_are_replaced(make_article, monkeypatch) -> None:
    article, quotes = _parsed(make_article)
    real_extract = services.extract
    monkeypatch.setattr(services, "extract", lambda body, lang=None: list(real_extract(body, lang))[:1])
    parse_article(article)
    assert list(article.quotes.values_list("pk", flat=True)) == [quotes[0].pk]
    assert not QuoteEvent.objects.filter(quote_id__in=[quotes[1].pk, quotes[2].pk]).exists()


def test_a_touched_pending_quote_the_parser_no_longer_finds_is_kept(
    make_article, reviewer, monkeypatch
) -> None:
    article, quotes = _parsed(make_article)
    quotes[2].confirm(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)
    real_extract = services.extract
    monkeypatch.setattr(services, "extract", lambda body, lang=None: list(real_extract(body, lang))[:1])
    parse_article(article)
    assert sorted(article.quotes.values_list("pk", flat=True)) == [quotes[0].pk, quotes[2].pk]


def test_a_finding_overlapping_a_touched_pending_quote_is_dropped(
    make_article, reviewer, monkeypatch
) -> None:
    article, quotes = _parsed(make_article)
    quotes[1].confirm(by=reviewer)
    QuoteEvent.undo_last(by=reviewer)
    real_extract = services.extract

    def shifted(body, lang=None):
        found = list(real_extract(body, lang))
        found[1] = dataclasses.replace(found[1], start=found[1].start + 1)  # nearly the same words
        return found

    monkeypatch.setattr(services, "extract", shifted)
    parse_article(article)
    assert sorted(article.quotes.values_list("pk", flat=True)) == [q.pk for q in quotes]


def test_a_quote_with_review_history_cannot_be_deleted(make_article, reviewer) -> None:
    article, quotes = _parsed(make_article)
    quotes[0].confirm(by=reviewer)
    with pytest.raises(ProtectedError):
        quotes[0].delete()
    with pytest.raises(ProtectedError):
        article.delete()
    assert QuoteEvent.objects.filter(quote_id=quotes[0].pk).count() == 2


def test_an_article_nobody_reviewed_can_be_deleted_with_its_machine_quotes(make_article) -> None:
    article, _ = _parsed(make_article)
    article.delete()
    assert not Quote.objects.exists() and not QuoteEvent.objects.exists()


def test_admin_article_delete_lists_the_protected_history(
    make_article, reviewer, client_for, admin_user
) -> None:
    article, quotes = _parsed(make_article)
    quotes[0].confirm(by=reviewer)
    client = client_for(admin_user)
    url = reverse("admin:attribution_article_delete", args=[article.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Cannot delete article" in page.content.decode()
    client.post(url, {"post": "yes"})
    assert Article.objects.filter(pk=article.pk).exists()
    assert QuoteEvent.objects.filter(quote_id=quotes[0].pk).count() == 2
