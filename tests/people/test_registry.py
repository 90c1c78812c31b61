"""Parsing fills the person registry: one person per real person, names only as aliases, titles from
the text, ambiguous names left to the reviewer, and `dedupe_persons` for what older parses left."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from attribution.models import Article, Person, PersonAlias, Quote
from attribution.services import parse_article, parse_batch

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def registry() -> set[tuple[str, str, str, frozenset[str]]]:
    return {
        (p.name, p.kind, p.title, frozenset(p.alias_names()))
        for p in Person.objects.prefetch_related("aliases")
    }


def test_seeds_imported_from_scratch_give_exactly_the_expected_persons() -> None:
    call_command("import_articles", str(SEEDS), "--no-parse", stdout=StringIO(), stderr=StringIO())
    parse_batch(Article.objects.order_by("pk").values_list("pk", flat=True), flush_seconds=3600)
    assert Quote.objects.count() == 45
    assert registry() == {
        ("Antonio Guterres", "person", "United Nations Secretary General", frozenset({"Guterres"})),
        (
            "Sergey Lavrov",
            "person",
            "Russian Foreign Minister",
            frozenset({"Lavrov", "Sergei Lavrov", "सर्गेई लावरोव", "लावरोव"}),
        ),
        ("Kremlin", "organisation", "", frozenset()),
        # "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Mohammad Javad Zarif"
        ("Mohammad Javad Zarif", "person", "Iranian Foreign Minister", frozenset({"Zarif"})),
        ("Gennadiy Gatilov", "person", "Russia’s permanent representative to the UN in Geneva", frozenset()),
        ("Ayman Safadi", "person", "Jordanian Foreign Minister", frozenset({"Safadi"})),
        ("Badr Abdelatty", "person", "Egyptian Foreign Minister", frozenset()),
    }
    lavrov = Person.objects.get(name="Sergey Lavrov")
    # every Lavrov quote of the five articles, whatever the script or spelling
    assert lavrov.quotes.order_by().values("article").distinct().count() == 5
    # descriptions stay on the quote as its label, with no person
    labels = set(Quote.objects.filter(speaker=None).values_list("speaker_label", flat=True))
    assert labels == {"The Presidential website", "Israel’s ambassador to the US"}


def test_a_later_article_finds_the_person_by_another_spelling(make_article) -> None:
    first = make_article(
        "Talks in Geneva\n\nForeign Minister Sergey Lavrov said on Monday that the talks had been useful."
    )
    parse_article(first)
    later = make_article(
        "Ceasefire call\n\nSergei Lavrov said the ceasefire had to hold. “We will not give up,” Lavrov added."
    )
    parse_article(later)
    assert Person.objects.count() == 1
    lavrov = Person.objects.get()
    assert lavrov.name == "Sergey Lavrov"
    assert lavrov.title == "Foreign Minister"
    assert set(lavrov.alias_names()) >= {"Sergei Lavrov", "Lavrov"}
    assert later.quotes.filter(speaker=lavrov).count() == later.quotes.count() >= 2


def test_an_ambiguous_surname_keeps_both_candidates_and_picks_neither(make_article) -> None:
    boris = Person.objects.create(name="Boris Johnson")
    boris.add_alias("Johnson")
    mike = Person.objects.create(name="Mike Johnson")
    mike.add_alias("Johnson")
    article = make_article("Budget row\n\nJohnson said on Tuesday that the budget would pass before recess.")
    parse_article(article)
    quote = article.quotes.get()
    assert quote.speaker is None
    assert sorted(quote.speaker_candidates) == sorted([boris.pk, mike.pk])
    assert quote.speaker_label == "Johnson"
    assert Person.objects.count() == 2


def test_pronouns_and_job_words_never_become_aliases(make_article) -> None:
    article = make_article(
        "Port reopens\n\nHarbour master Tomas Berg said on Friday that the port would reopen. "
        "The harbour master said that the berths were safe. “We checked twice,” he said."
    )
    parse_article(article)
    berg = Person.objects.get(name="Tomas Berg")
    assert berg.title == "Harbour master"
    assert not PersonAlias.objects.exclude(name__in=["Berg"]).exists()


def test_groups_and_anonymous_sources_are_their_own_kinds(make_article) -> None:
    article = make_article(
        "Flood clean-up\n\nResidents said the water had risen within minutes. "
        "A council source said that the pumps had failed overnight."
    )
    parse_article(article)
    kinds = {q.speaker.kind for q in article.quotes.select_related("speaker") if q.speaker}
    assert kinds == {Person.Kind.GROUP, Person.Kind.ANONYMOUS}
    assert not Person.objects.filter(kind=Person.Kind.PERSON).exists()


def test_dedupe_persons_proposes_with_reasons_and_merges_only_with_apply(make_article) -> None:
    # what the registry held before: one person per spelling, and a pronoun as an alias
    sergey = Person.objects.create(name="Sergey Lavrov")
    sergei = Person.objects.create(name="Sergei Lavrov")
    sergei.add_alias("He")
    devanagari = Person.objects.create(name="सर्गेई लावरोव")
    article = make_article("Talks\n\nLavrov spoke. Zarif spoke. Others listened to both of them for hours.")
    for person, (start, end) in zip((sergey, sergei, devanagari), [(7, 13), (21, 26), (27, 33)], strict=True):
        Quote.objects.create(article=article, start=start, end=end, speaker=person, speaker_label=person.name)
    out = StringIO()
    call_command("dedupe_persons", stdout=out)
    text = out.getvalue()
    assert "same name in another spelling" in text and "same name in another script" in text
    assert "drop alias “He”" in text
    assert Person.objects.count() == 3  # a proposal changes nothing

    call_command("dedupe_persons", "--apply", stdout=StringIO())
    lavrov = Person.objects.get()
    assert lavrov.pk == sergey.pk
    assert set(lavrov.alias_names()) == {"Sergei Lavrov", "सर्गेई लावरोव"}
    assert lavrov.quotes.count() == 3
    out = StringIO()
    call_command("dedupe_persons", stdout=out)
    assert out.getvalue().startswith("0 merges")


def test_dedupe_never_merges_a_surname_that_fits_two_persons() -> None:
    Person.objects.create(name="Boris Johnson").add_alias("Johnson")
    Person.objects.create(name="Mike Johnson").add_alias("Johnson")
    Person.objects.create(name="Johnson")
    out = StringIO()
    call_command("dedupe_persons", "--apply", stdout=out)
    assert "could be any of: Boris Johnson, Mike Johnson" in out.getvalue()
    assert Person.objects.count() == 3


def test_dedupe_keeps_the_spelling_with_the_most_quotes_not_rejected(make_article) -> None:
    """Rejected quotes were never the person's: the stored count leaves them out when choosing who stays."""
    older = Person.objects.create(name="Sergey Lavrov")
    newer = Person.objects.create(name="Sergei Lavrov")
    body = "Talks\n\nLavrov spoke. Lavrov left. Lavrov came back to the talks on Friday."
    article = make_article(body)
    starts = [i for i in range(len(body)) if body.startswith("Lavrov", i)]
    for start, speaker, status in zip(
        starts, [older, older, newer], ["rejected", "rejected", "pending"], strict=True
    ):
        Quote.objects.create(article=article, start=start, end=start + 6, speaker=speaker, status=status)
    out = StringIO()
    call_command("dedupe_persons", "--apply", stdout=out)
    assert Person.objects.get().pk == newer.pk, out.getvalue()
