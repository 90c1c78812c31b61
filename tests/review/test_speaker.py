"""Changing the speaker: typeahead options, picking a person, typing a name or alias, new persons."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db


def test_typeahead_finds_persons_by_name_and_alias(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.models import Person

    porter = Person.objects.get(name="Jane Porter")
    Person.objects.create(name="Someone Unrelated")
    client = client_for(reviewer)
    by_alias = client.get(reverse("person-search"), {"speaker": "porter"}, **HTMX).content.decode()
    assert f'name="person" value="{porter.pk}"' in by_alias
    assert "Unrelated" not in by_alias
    assert "<html" not in by_alias
    assert "Create new person" not in by_alias  # "porter" is an exact alias


def test_typeahead_offers_to_create_an_unknown_person(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    html = (
        client_for(reviewer)
        .get(reverse("person-search"), {"speaker": "Ada <b>Lovelace"}, **HTMX)
        .content.decode()
    )
    assert 'name="new_name"' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_typeahead_queries_do_not_grow_with_matches(
    client_for: Any, reviewer: Any, db: Any, django_assert_max_num_queries: Any
) -> None:
    from attribution.models import Person

    for i in range(30):
        Person.objects.create(name=f"Maria {i}").add_alias(f"M{i}")
    client = client_for(reviewer)
    with django_assert_max_num_queries(6):
        client.get(reverse("person-search"), {"speaker": "Maria"}, **HTMX)


def test_picking_a_person_reassigns_the_quote(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.models import Person

    other = Person.objects.create(name="Tom Field")
    quote = quotes[2]
    response = client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "person": other.pk}, **HTMX
    )
    assert response.status_code == 200
    assert "Tom Field" in response.content.decode()
    assert "quote-changed" in json.loads(response["HX-Trigger"])
    quote.refresh_from_db()
    assert quote.speaker == other and quote.status == "corrected"
    event = quote.events.get()
    assert (
        event.action == "reassign"
        and event.before["speaker"] is None
        and event.after["speaker"] == "Tom Field"
    )


def test_typing_an_alias_picks_that_person(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[2]
    response = client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "speaker": "porter"}
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.speaker.name == "Jane Porter"


def test_a_new_name_creates_a_person_inline(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    from attribution.models import Person

    quote = quotes[2]
    client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]),
        {"version": 1, "new_name": "Council Leader Sam Ray"},
        **HTMX,
    )
    quote.refresh_from_db()
    assert quote.speaker == Person.objects.get(name="Council Leader Sam Ray")


def test_empty_speaker_means_unknown(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "speaker": ""}, **HTMX
    )
    quote.refresh_from_db()
    assert quote.speaker is None


def test_picking_a_deleted_person_is_a_400(client_for: Any, reviewer: Any, quotes: list[Any]) -> None:
    quote = quotes[0]
    response = client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "person": 99999}, **HTMX
    )
    assert response.status_code == 400
    assert "no longer exists" in response.content.decode()
    assert not quote.events.exists()


def test_naming_the_speaker_a_quote_already_has_records_no_correction(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    from attribution.models import QuoteEvent

    quote = quotes[0]
    assert quote.speaker is not None
    url = reverse("quote-speaker", args=[quote.pk])
    response = client_for(reviewer).post(url, {"person": quote.speaker_id, "version": quote.version}, **HTMX)
    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.status == "pending" and quote.version == 1
    assert not QuoteEvent.objects.filter(quote=quote).exists()


def test_a_refused_speaker_change_creates_no_person(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    from attribution.models import Person

    quote = quotes[0]
    stale = quote.version
    quote.confirm(by=reviewer)
    url = reverse("quote-speaker", args=[quote.pk])
    response = client_for(reviewer).post(url, {"new_name": "Zed Newperson", "version": stale}, **HTMX)
    assert response.status_code == 409
    assert not Person.objects.filter(name="Zed Newperson").exists()


def test_typing_a_name_two_people_share_asks_which_one(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    from attribution.models import Person

    boris = Person.objects.create(name="Boris Johnson", title="Prime Minister")
    mike = Person.objects.create(name="Mike Johnson", title="House Speaker")
    boris.aliases.create(name="Johnson")
    mike.aliases.create(name="Johnson")
    quote = quotes[2]
    before = quote.speaker_id
    response = client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "speaker": "johnson"}, **HTMX
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Boris Johnson (Prime Minister)" in html and "Mike Johnson (House Speaker)" in html
    quote.refresh_from_db()
    assert quote.speaker_id == before and not quote.events.exists()
    # the full name is not ambiguous
    client_for(reviewer).post(
        reverse("quote-speaker", args=[quote.pk]), {"version": 1, "speaker": "Mike Johnson"}, **HTMX
    )
    quote.refresh_from_db()
    assert quote.speaker == mike


def test_the_desk_editor_offers_the_persons_an_ambiguous_name_may_be(
    client_for: Any, reviewer: Any, quotes: list[Any]
) -> None:
    """The parser left "Johnson" without a speaker and kept both Johnsons as candidates. Only the
    quote's own page offered them; the editor a reviewer opens on the desk showed an empty field."""
    from attribution.models import Person

    boris = Person.objects.create(name="Boris Johnson", title="Prime Minister")
    mike = Person.objects.create(name="Mike Johnson", title="House Speaker")
    quote = quotes[2]
    quote.speaker, quote.speaker_label, quote.speaker_candidates = None, "Johnson", [boris.pk, mike.pk]
    quote.save()
    client = client_for(reviewer)
    editor = client.get(reverse("quote", args=[quote.pk]), **HTMX).content.decode()
    assert "“Johnson” could be any of these." in editor
    for person in (boris, mike):
        assert f'name="person" value="{person.pk}"' in editor
    assert editor.count(f'hx-post="{reverse("quote-speaker", args=[quote.pk])}"') == 3  # typed name + two
    assert 'hx-target="closest .quote-row"' in editor
    # the quote's own page shows them once, above its buttons
    page = client.get(reverse("quote", args=[quote.pk])).content.decode()
    assert page.count("could be any of these") == 1
    row = client.post(
        reverse("quote-speaker", args=[quote.pk]), {"version": quote.version, "person": mike.pk}, **HTMX
    )
    assert row.status_code == 200 and "Mike Johnson" in row.content.decode()
    quote.refresh_from_db()
    assert quote.speaker == mike
