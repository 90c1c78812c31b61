"""Splitting an alias out into a new person: a preview of what moves (per article) before the editor
confirms, like a merge's; undo puts the registry and the quotes back exactly as they were."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from attribution.models import Person, PersonAlias, PersonEvent, Quote, QuoteEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def osei_in_two_articles(registry: dict[str, Any]) -> dict[str, Any]:
    """Malik Osei is "Osei" in both articles: one quote in each moves with the alias."""
    two, osei = registry["two"], registry["osei"]
    fragment = "the ceasefire between unions and owners would hold"
    # a second quote in article two, attributed to Malik Osei through the mention "Osei"
    start = two.body.index("Osei on Friday")
    mention_start, mention_end = start, start + len("Osei")
    quote = Quote.objects.create(
        article=two,
        start=two.body.index(fragment),
        end=two.body.index(fragment) + len(fragment),
        kind="indirect",
        speaker=osei,
        speaker_label="Malik Osei",
        mention_start=mention_start,
        mention_end=mention_end,
    )
    registry["quotes"]["ceasefire"] = quote
    return registry


def _preview(client: Any, person: Person, alias: str = "Osei") -> Any:
    return client.get(reverse("people-split", args=[person.pk]), {"alias": alias})


def _registry_state() -> dict[str, Any]:
    """Everything a split touches and an undo must put back (versions and timestamps aside)."""
    persons = list(
        Person.objects.order_by("pk").values_list("pk", "name", "kind", "title", "external_id", "quote_count")
    )
    aliases = list(PersonAlias.objects.order_by("pk").values_list("pk", "person_id", "name", "match_key"))
    quotes = list(
        Quote.objects.order_by("pk").values_list(
            "pk", "speaker_id", "speaker_label", "status", "kind", "start", "end", "text", "statement_id"
        )
    )
    return {"persons": persons, "aliases": aliases, "quotes": quotes}


def test_the_preview_lists_the_quotes_that_move_per_article_and_changes_nothing(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any
) -> None:
    reg = osei_in_two_articles
    before = _registry_state()
    response = _preview(client_for(editor), reg["osei"])
    assert response.status_code == 200
    page = response.content.decode()
    assert "2 quotes</strong> in 2 articles" in page
    assert "1 quote stays with Malik Osei" in page
    assert page.index("Harbour deal signed") < page.index("This is a good day for the docks,")
    assert page.index("Docks strike averted") < page.index(
        "the ceasefire between unions and owners would hold"
    )
    assert "the harbour deal would create jobs" not in page  # labelled "Malik Osei": it stays
    assert _registry_state() == before and not PersonEvent.objects.exists()


def test_confirming_moves_what_the_preview_showed(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any
) -> None:
    reg = osei_in_two_articles
    client = client_for(editor)
    shown = f"{reg['quotes']['docks'].pk},{reg['quotes']['ceasefire'].pk}"
    assert f'name="quotes" value="{shown}"' in _preview(client, reg["osei"]).content.decode()
    response = client.post(
        reverse("people-split", args=[reg["osei"].pk]), {"alias": "Osei", "quotes": shown, "confirm": "yes"}
    )
    new = Person.objects.get(name="Osei")
    assert response.status_code == 302 and response["Location"] == reverse("person", args=[new.pk])
    assert set(new.quotes.values_list("pk", flat=True)) == {
        reg["quotes"]["docks"].pk,
        reg["quotes"]["ceasefire"].pk,
    }
    assert "Osei" not in reg["osei"].alias_names()
    # the quotes' events are the split's, not reviewer speaker changes the review desk's undo would take back
    assert set(QuoteEvent.objects.filter(actor=editor).values_list("action", flat=True)) == {"split"}
    assert QuoteEvent.last_undoable(editor) == []


def test_a_preview_that_no_longer_holds_splits_nothing_and_shows_the_new_one(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any, reviewer: Any
) -> None:
    reg = osei_in_two_articles
    client = client_for(editor)
    shown = f"{reg['quotes']['docks'].pk},{reg['quotes']['ceasefire'].pk}"
    # meanwhile a reviewer gives one of them another speaker
    reg["quotes"]["ceasefire"].reassign(reg["adebayo"], by=reviewer)
    response = client.post(
        reverse("people-split", args=[reg["osei"].pk]), {"alias": "Osei", "quotes": shown, "confirm": "yes"}
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed since the preview" in page and "1 quote</strong> in 1 article" in page
    assert not Person.objects.filter(name="Osei").exists() and "Osei" in reg["osei"].alias_names()


def test_undo_restores_the_registry_and_the_quotes_exactly(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any
) -> None:
    reg = osei_in_two_articles
    before = _registry_state()
    client = client_for(editor)
    shown = f"{reg['quotes']['docks'].pk},{reg['quotes']['ceasefire'].pk}"
    client.post(
        reverse("people-split", args=[reg["osei"].pk]), {"alias": "Osei", "quotes": shown, "confirm": "yes"}
    )
    assert _registry_state() != before
    split = PersonEvent.objects.get(action=PersonEvent.Action.SPLIT)
    response = client.post(reverse("people-undo", args=[split.pk]))
    assert response.status_code == 302
    assert _registry_state() == before  # the alias keeps its id, the quotes their speaker and label


def test_an_alias_the_person_does_not_have_is_refused(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any
) -> None:
    response = _preview(client_for(editor), osei_in_two_articles["osei"], alias="Adebayo")
    assert response.status_code == 302
    assert not PersonEvent.objects.exists()


def test_anonymous_users_go_to_the_login_page(osei_in_two_articles: dict[str, Any], client: Any) -> None:
    response = _preview(client, osei_in_two_articles["osei"])
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_reviewers_and_accounts_without_a_role_get_403(
    osei_in_two_articles: dict[str, Any], client_for: Any, reviewer: Any, nobody: Any
) -> None:
    osei = osei_in_two_articles["osei"]
    for user in (reviewer, nobody):
        client = client_for(user)
        assert _preview(client, osei).status_code == 403
        url = reverse("people-split", args=[osei.pk])
        assert client.post(url, {"alias": "Osei", "confirm": "yes"}).status_code == 403
    assert not Person.objects.filter(name="Osei").exists()


def test_the_confirm_needs_the_csrf_token(osei_in_two_articles: dict[str, Any], editor: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("people-split", args=[osei_in_two_articles["osei"].pk])
    assert client.post(url, {"alias": "Osei", "confirm": "yes"}).status_code == 403
    assert not Person.objects.filter(name="Osei").exists()


def test_other_methods_get_405(osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any) -> None:
    url = reverse("people-split", args=[osei_in_two_articles["osei"].pk])
    client = client_for(editor)
    assert client.put(url).status_code == 405
    assert client.delete(url).status_code == 405


def test_the_person_page_offers_the_preview_not_an_immediate_split(
    osei_in_two_articles: dict[str, Any], client_for: Any, editor: Any
) -> None:
    page = client_for(editor).get(reverse("person", args=[osei_in_two_articles["osei"].pk])).content.decode()
    split_form = page[page.index(reverse("people-split", args=[osei_in_two_articles["osei"].pk])) - 60 :][
        :400
    ]
    assert 'method="get"' in split_form and "Split out…" in split_form
