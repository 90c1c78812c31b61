"""The Django admin: every model's pages load for admins; others are kept out; edits are audited."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from attribution.models import Person, Quote, QuoteEvent

pytestmark = pytest.mark.django_db

MODELS = ["article", "person", "quote", "quoteevent"]


@pytest.mark.parametrize("model", MODELS)
def test_admin_changelist_and_search_load_for_admin(
    client_for, admin_user, article_with_quotes, model
) -> None:
    client = client_for(admin_user)
    url = reverse(f"admin:attribution_{model}_changelist")
    assert client.get(url).status_code == 200
    assert client.get(url, {"q": "Porter"}).status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_admin_change_page_loads(client_for, admin_user, article_with_quotes, model) -> None:
    quote = article_with_quotes.quotes.first()
    quote.confirm(by=admin_user)
    obj = {
        "article": article_with_quotes,
        "person": Person.objects.first(),
        "quote": quote,
        "quoteevent": QuoteEvent.objects.first(),
    }[model]
    response = client_for(admin_user).get(reverse(f"admin:attribution_{model}_change", args=[obj.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_anonymous_is_redirected_to_admin_login(client, model) -> None:
    response = client.get(reverse(f"admin:attribution_{model}_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_reviewer_cannot_use_the_admin(client_for, reviewer) -> None:
    response = client_for(reviewer).get(reverse("admin:attribution_quote_changelist"))
    assert response.status_code == 302


def test_admin_filters_by_status_and_kind(client_for, admin_user, article_with_quotes) -> None:
    response = client_for(admin_user).get(
        reverse("admin:attribution_quote_changelist"), {"status__exact": "pending", "kind__exact": "direct"}
    )
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_admin_quote_edit_writes_an_audit_event(client_for, admin_user, article_with_quotes) -> None:
    quote = article_with_quotes.quotes.get(kind="indirect", speaker__isnull=True)
    client = client_for(admin_user)
    url = reverse("admin:attribution_quote_change", args=[quote.pk])
    data = {
        "article": article_with_quotes.pk, "start": quote.start, "end": quote.end, "text": quote.text,
        "kind": "direct", "cue_verb": "", "speaker": "", "speaker_label": "the council",
        "confidence": quote.confidence, "rule": quote.rule, "status": "corrected",
        "expected_version": quote.version,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    quote.refresh_from_db()
    assert (quote.kind, quote.status, quote.version) == ("direct", "corrected", 2)
    event = QuoteEvent.objects.get(quote=quote)
    assert event.action == "admin_edit" and event.actor == admin_user
    assert event.before["kind"] == "indirect" and event.after["kind"] == "direct"


def test_audit_log_is_read_only_in_admin(client_for, admin_user, article_with_quotes) -> None:
    quote = article_with_quotes.quotes.first()
    quote.confirm(by=admin_user)
    event = QuoteEvent.objects.get()
    client = client_for(admin_user)
    assert client.get(reverse("admin:attribution_quoteevent_add")).status_code == 403
    client.post(reverse("admin:attribution_quoteevent_delete", args=[event.pk]), {"post": "yes"})
    assert QuoteEvent.objects.filter(pk=event.pk).exists()


def test_merge_persons_action(client_for, admin_user, article_with_quotes) -> None:
    porter = Person.objects.get(name="Jane Porter")
    dupe = Person.objects.create(name="Jane M. Porter")
    Quote.objects.filter(article=article_with_quotes, speaker=porter).update(speaker=dupe)
    client = client_for(admin_user)
    url = reverse("admin:attribution_person_changelist")
    selected = {"action": "merge_persons", "_selected_action": [porter.pk, dupe.pk]}
    # First a confirmation page asking which person remains; nothing is merged yet.
    asked = client.post(url, selected)
    assert asked.status_code == 200 and "Which person remains?" in asked.content.decode()
    assert Person.objects.count() == 2
    response = client.post(url, {**selected, "confirm_merge": "yes", "survivor": porter.pk}, follow=True)
    assert "quotes moved" in response.content.decode()
    assert Person.objects.count() == 1
    assert Quote.objects.filter(speaker=porter).count() == 2


def test_merge_keeps_the_person_chosen_to_remain(client_for, admin_user) -> None:
    older = Person.objects.create(name="J. Porter")
    newer = Person.objects.create(name="Jane Porter")
    client = client_for(admin_user)
    client.post(
        reverse("admin:attribution_person_changelist"),
        {"action": "merge_persons", "_selected_action": [older.pk, newer.pk], "confirm_merge": "yes",
         "survivor": newer.pk},
    )  # fmt: skip
    survivor = Person.objects.get()
    assert survivor.pk == newer.pk and survivor.name == "Jane Porter"
    assert survivor.alias_names() == ["J. Porter"]


def test_admin_shows_a_quote_text_as_read_only_and_an_unchanged_save_records_nothing(
    client_for, admin_user, article_with_quotes
) -> None:
    quote = article_with_quotes.quotes.get(kind="indirect", speaker__isnull=True)
    client = client_for(admin_user)
    url = reverse("admin:attribution_quote_change", args=[quote.pk])
    page = client.get(url).content.decode()
    assert 'name="text"' not in page
    data = _admin_form_data(quote, text="words nobody said")
    data |= {"claim_score": "" if quote.claim_score is None else quote.claim_score,
             "claim_reasons": quote.claim_reasons or ""}  # fmt: skip
    assert client.post(url, data).status_code == 302
    quote.refresh_from_db()
    assert quote.text != "words nobody said" and quote.version == 1
    assert not QuoteEvent.objects.filter(quote=quote).exists()


def _admin_form_data(quote: Quote, **changes) -> dict:
    data = {
        "article": quote.article_id, "start": quote.start, "end": quote.end, "text": quote.text,
        "kind": quote.kind, "cue_verb": quote.cue_verb, "speaker": quote.speaker_id or "",
        "speaker_label": quote.speaker_label, "confidence": quote.confidence, "rule": quote.rule,
        "status": quote.status, "expected_version": quote.version,
    }
    return {**data, **changes}


def test_stale_admin_save_does_not_revert_a_reviewers_confirm(
    client_for, admin_user, reviewer, article_with_quotes
) -> None:
    quote = article_with_quotes.quotes.get(kind="direct")
    client = client_for(admin_user)
    url = reverse("admin:attribution_quote_change", args=[quote.pk])
    form = client.get(url).content.decode()
    assert f'name="expected_version" value="{quote.version}"' in form
    stale = _admin_form_data(quote, kind="mixed")  # the admin's copy: pending, version 1
    Quote.objects.get(pk=quote.pk).confirm(by=reviewer)  # meanwhile, in the review screen

    response = client.post(url, stale)

    assert response.status_code == 200  # the form again, with the reason
    page = response.content.decode()
    assert "changed by rita" in page and "Nothing was saved" in page
    quote.refresh_from_db()
    assert (quote.status, quote.kind, quote.version) == ("confirmed", "direct", 2)
    assert not QuoteEvent.objects.filter(quote=quote, action="admin_edit").exists()


def test_admin_save_at_the_current_version_goes_through(
    client_for, admin_user, reviewer, article_with_quotes
) -> None:
    quote = article_with_quotes.quotes.get(kind="direct")
    quote.confirm(by=reviewer)
    quote.refresh_from_db()
    url = reverse("admin:attribution_quote_change", args=[quote.pk])
    response = client_for(admin_user).post(url, _admin_form_data(quote, kind="mixed"))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.kind, quote.version) == ("mixed", 3)


def test_stale_inline_quote_edit_on_the_article_page_is_refused(
    client_for, admin_user, reviewer, article_with_quotes
) -> None:
    article = article_with_quotes
    quotes = list(article.quotes.order_by("start"))
    data = {
        "title": article.title, "source": article.source, "url": "", "byline": "", "published": "",
        "language": article.language, "body": article.body, "parse_status": article.parse_status,
        "quotes-TOTAL_FORMS": len(quotes), "quotes-INITIAL_FORMS": len(quotes),
        "quotes-MIN_NUM_FORMS": 0, "quotes-MAX_NUM_FORMS": 1000,
    }
    for i, q in enumerate(quotes):
        data |= {
            f"quotes-{i}-id": q.pk, f"quotes-{i}-article": article.pk, f"quotes-{i}-start": q.start,
            f"quotes-{i}-end": q.end, f"quotes-{i}-kind": q.kind, f"quotes-{i}-speaker": q.speaker_id or "",
            f"quotes-{i}-speaker_label": q.speaker_label, f"quotes-{i}-status": q.status,
            f"quotes-{i}-expected_version": q.version,
        }
    data["quotes-1-status"] = "rejected"  # the admin's stale edit
    Quote.objects.get(pk=quotes[1].pk).confirm(by=reviewer)
    url = reverse("admin:attribution_article_change", args=[article.pk])
    response = client_for(admin_user).post(url, data)
    assert response.status_code == 200 and "Nothing was saved" in response.content.decode()
    assert Quote.objects.get(pk=quotes[1].pk).status == "confirmed"


def test_admin_merge_asks_which_person_remains_showing_their_stored_quote_counts(
    client_for, admin_user, make_article
) -> None:
    """The counts are the ones the people directory shows (kept by the database; rejected ones aside)."""
    body = "Talks\n\nQuill spoke. Quill left. Quill came back to the talks on Friday."
    article = make_article(body)
    ann, a_quill = Person.objects.create(name="Ann Quill"), Person.objects.create(name="A. Quill")
    starts = [i for i in range(len(body)) if body.startswith("Quill", i)]
    cast = [(ann, "pending"), (ann, "rejected"), (a_quill, "pending")]
    for start, (speaker, status) in zip(starts, cast, strict=True):
        Quote.objects.create(article=article, start=start, end=start + 5, speaker=speaker, status=status)
    response = client_for(admin_user).post(
        reverse("admin:attribution_person_changelist"),
        {"action": "merge_persons", "_selected_action": [ann.pk, a_quill.pk]},
    )
    html = response.content.decode()
    assert "Which person remains?" in html and Person.objects.count() == 2
    for name in ("Ann Quill", "A. Quill"):
        assert re.search(rf"<strong>{re.escape(name)}</strong>\s*\(1 quote;?\W", html), name
