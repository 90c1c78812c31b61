"""A reviewer's speaker correction sticks: the article's name for the speaker is known to later parses."""

from __future__ import annotations

import pytest

from attribution.models import Person, PersonEvent, QuoteEvent
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

FIRST = "Mine inspection\n\nOkafor said on Tuesday that the mine had passed every safety check."
LATER = "Mine reopens\n\nOkafor said the first shift would start on Monday morning."


def test_reassigning_teaches_the_registry_the_name_the_article_used(make_article, reviewer) -> None:
    amara = Person.objects.create(name="Amara Okafor", title="Mines Minister")
    first = make_article(FIRST)
    parse_article(first)
    quote = first.quotes.get()
    assert quote.speaker.name == "Okafor"  # the parser could only make a person of the surname
    quote.reassign(amara, by=reviewer)

    assert "Okafor" in amara.alias_names()
    # the surname-only person had nothing left and was merged in (audited, undoable)
    assert list(Person.objects.values_list("name", flat=True)) == ["Amara Okafor"]
    assert PersonEvent.objects.filter(action=PersonEvent.Action.MERGE, actor=reviewer).count() == 1

    later = make_article(LATER)
    parse_article(later)
    assert later.quotes.get().speaker == amara


def test_a_pronoun_mention_is_not_learned(make_article, reviewer) -> None:
    amara = Person.objects.create(name="Amara Okafor")
    article = make_article(
        "Mine inspection\n\nOkafor Mining said on Tuesday that the mine was safe. It said so twice."
    )
    parse_article(article)
    for quote in article.quotes.all():
        quote.reassign(amara, by=reviewer)
    assert all(a not in ("It", "it") for a in amara.alias_names())


def test_picking_the_same_speaker_again_is_no_correction(make_article, reviewer) -> None:
    article = make_article(FIRST)
    parse_article(article)
    quote = article.quotes.get()
    assert quote.reassign(quote.speaker, by=reviewer) is None
    quote.refresh_from_db()
    assert quote.status == "pending"  # nothing was corrected, and nothing is recorded
    assert quote.events.exclude(action=QuoteEvent.Action.PARSE).count() == 0


def test_another_persons_own_name_never_becomes_an_alias(make_article, reviewer) -> None:
    """Seen on the demo desk: a "Priya Raman" quote reassigned to Helen Okafor made "Priya Raman" her alias,
    and the next "said Priya Raman" got no speaker (two candidates)."""
    article = make_article(
        "Bridge repairs\n\nPriya Raman said the bridge would reopen in May. "
        "Priya Raman said the contractor had been paid in full."
    )
    parse_article(article)
    quotes = list(article.quotes.order_by("start"))
    assert len(quotes) == 2 and {q.speaker.name for q in quotes} == {"Priya Raman"}
    helen = Person.objects.create(name="Helen Okafor")
    quotes[1].reassign(helen, by=reviewer)

    assert "Priya Raman" not in helen.alias_names()
    assert Person.objects.filter(name="Priya Raman").exists()  # she still speaks the first quote
    later = make_article("Bridge reopens\n\nPriya Raman said the first buses would cross on Monday.")
    parse_article(later)
    assert later.quotes.get().speaker.name == "Priya Raman"
