"""Editing the registry: each change one PersonEvent, each undoable, merges and splits move quotes."""

from __future__ import annotations

import pytest

from attribution.models import Person, PersonEditConflict, PersonEvent, QuoteEvent

pytestmark = pytest.mark.django_db


def test_each_change_writes_one_event_and_undo_reverts_it(registry, editor) -> None:
    osei = registry["osei"]
    for change in (
        lambda: osei.rename("Malik K. Osei", by=editor),
        lambda: osei.set_title("Chair of the Port Authority", by=editor),
        lambda: osei.set_external_id("Q4242", by=editor),
        lambda: osei.set_kind("organisation", by=editor),
        lambda: osei.add_alias_by("Mal Osei", by=editor),
        lambda: osei.remove_alias("Osei", by=editor),
    ):
        before = PersonEvent.objects.count()
        change()
        assert PersonEvent.objects.count() == before + 1
    osei.refresh_from_db()
    assert (osei.name, osei.title, osei.external_id, osei.kind) == (
        "Malik K. Osei",
        "Chair of the Port Authority",
        "Q4242",
        "organisation",
    )
    assert osei.alias_names() == ["Mal Osei"]
    for event in list(PersonEvent.objects.filter(person=osei).order_by("-pk")):
        event.undo(by=editor)
    osei.refresh_from_db()
    assert (osei.name, osei.title, osei.external_id, osei.kind) == (
        "Malik Osei",
        "Port Authority Chair",
        "",
        "person",
    )
    assert osei.alias_names() == ["Osei"]
    assert PersonEvent.objects.filter(action=PersonEvent.Action.UNDO).count() == 6


def test_an_alias_must_be_a_name(registry, editor) -> None:
    for not_a_name in ("he", "the minister", "Minister", ""):
        with pytest.raises(PersonEditConflict):
            registry["osei"].add_alias_by(not_a_name, by=editor)
    assert not PersonEvent.objects.exists()


def test_undo_refuses_when_the_value_changed_again(registry, editor) -> None:
    osei = registry["osei"]
    first = osei.set_title("Harbour chief", by=editor)
    osei.set_title("Port chief", by=editor)
    with pytest.raises(PersonEditConflict, match="changed again"):
        first.undo(by=editor)
    osei.refresh_from_db()
    assert osei.title == "Port chief"


def test_merge_moves_quotes_and_names_and_undo_brings_the_person_back(registry, editor) -> None:
    osei, m_osei = registry["osei"], registry["m_osei"]
    m_osei_pk = m_osei.pk
    berth = registry["quotes"]["berth"]
    preview = osei.merge_preview([m_osei])
    assert (preview["quotes"], preview["articles"], preview["names"]) == (1, 1, ["M. Osei"])
    assert osei.merge_from([m_osei], by=editor) == 1
    assert not Person.objects.filter(pk=m_osei_pk).exists()
    berth.refresh_from_db()
    assert berth.speaker_id == osei.pk
    assert "M. Osei" in osei.alias_names()
    assert QuoteEvent.objects.filter(quote=berth, action=QuoteEvent.Action.MERGE, actor=editor).count() == 1
    event = PersonEvent.objects.get(action=PersonEvent.Action.MERGE)
    assert (event.person_id, event.actor) == (osei.pk, editor)

    event.undo(by=editor)
    back = Person.objects.get(pk=m_osei_pk)
    assert back.name == "M. Osei"
    berth.refresh_from_db()
    assert berth.speaker_id == back.pk
    assert "M. Osei" not in osei.alias_names()
    assert osei.quotes.count() == 2


def test_split_moves_the_quotes_named_by_the_alias_into_a_new_person(registry, editor) -> None:
    osei = registry["osei"]
    docks = registry["quotes"]["docks"]  # labelled "Osei"
    new = osei.split_alias("Osei", by=editor)
    docks.refresh_from_db()
    assert (new.name, docks.speaker_id) == ("Osei", new.pk)
    assert osei.quotes.count() == 1 and "Osei" not in osei.alias_names()
    PersonEvent.objects.get(action=PersonEvent.Action.SPLIT).undo(by=editor)
    docks.refresh_from_db()
    assert docks.speaker_id == osei.pk and not Person.objects.filter(pk=new.pk).exists()
    assert "Osei" in osei.alias_names()


def test_events_are_append_only(registry, editor) -> None:
    event = registry["osei"].set_title("Chair", by=editor)
    event.action = PersonEvent.Action.RENAME
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_undoing_a_speaker_change_after_the_old_speaker_was_merged_finds_the_survivor(
    registry, reviewer, editor
) -> None:
    """A reviewer moves a quote off M. Osei; an editor then merges M. Osei into Malik Osei. The
    reviewer's undo puts the quote back with the person M. Osei became, not with no speaker."""
    berth, adebayo = registry["quotes"]["berth"], registry["adebayo"]
    berth.reassign(adebayo, by=reviewer, expected_version=berth.version)
    registry["osei"].merge_from([registry["m_osei"]], by=editor)
    assert QuoteEvent.undo_last(by=reviewer)
    berth.refresh_from_db()
    assert berth.speaker == registry["osei"]


def test_survivor_follows_merges_of_merges_and_ignores_undone_ones(registry, editor) -> None:
    osei, m_osei, adebayo = registry["osei"], registry["m_osei"], registry["adebayo"]
    m_osei_id = m_osei.pk
    osei.merge_from([m_osei], by=editor)
    assert PersonEvent.survivor_of(m_osei_id) == osei.pk
    osei_id = osei.pk
    adebayo.merge_from([osei], by=editor)
    assert PersonEvent.survivor_of(m_osei_id) == adebayo.pk == PersonEvent.survivor_of(osei_id)
    PersonEvent.objects.filter(action=PersonEvent.Action.MERGE).latest("pk").undo(by=editor)
    assert PersonEvent.survivor_of(m_osei_id) == osei_id
    assert PersonEvent.survivor_of(adebayo.pk) is None
