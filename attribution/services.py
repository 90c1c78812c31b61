"""Work that spans several models: turning parser output into Quote rows linked to Persons."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from attribution.models import Article, Person, Quote, QuoteEvent
from attribution.parsing import ExtractedQuote, extract

# Speakers that are descriptions, not people's names, stay as raw labels on the quote.
_DESCRIPTION = re.compile(r"^(an?|the|some|one|two|several|many|officials?)\b", re.IGNORECASE)


def person_for_speaker(name: str | None, cache: dict[str, Person | None] | None = None) -> Person | None:
    """The Person a parsed speaker name refers to: by name or alias, else a new one.

    Anonymous descriptions ("a senior official", "the ministry") are not persons.
    """
    if not name or not name.strip():
        return None
    name = " ".join(name.split())[:300]
    key = name.casefold()
    if cache is not None and key in cache:
        return cache[key]
    person: Person | None
    if _DESCRIPTION.match(name):
        person = None
    else:
        person = Person.objects.matching(name).first()
        if person is None:
            person = Person.objects.create(name=name)
    if cache is not None:
        cache[key] = person
    return person


def _is_name_alias(mention: str, person: Person) -> bool:
    """A mention that is itself a name ("Lavrov", "Sergei Lavrov", "लावरोव"), not a description."""
    words = mention.split()
    if not words or len(words) > 4 or len(mention) > 60 or mention.casefold() == person.name.casefold():
        return False
    if _DESCRIPTION.match(mention) or any(ch.isdigit() for ch in mention):
        return False
    # Every word capitalised, or written in a script without case (Devanagari and the like).
    return all(w[:1].isupper() or not w[:1].islower() and not w[:1].isupper() and w[:1].isalpha() for w in words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def store_quotes(article: Article, found: list[ExtractedQuote]) -> int:
    """Replace the article's machine quotes with `found`, keeping every human-reviewed quote.

    A new machine quote that overlaps a reviewed one is dropped: the reviewer's version wins.
    """
    body_len = len(article.body)
    cache: dict[str, Person | None] = {}
    with transaction.atomic():
        Quote.objects.filter(article=article, status=Quote.Status.PENDING).delete()
        reviewed = list(Quote.objects.filter(article=article).values_list("start", "end"))
        new: list[Quote] = []
        for q in found:
            if not (0 <= q.start < q.end <= body_len):
                continue
            if any(_overlaps((q.start, q.end), span) for span in reviewed):
                continue
            mention_text = article.body[q.speaker_mention[0] : q.speaker_mention[1]] if q.speaker_mention else ""
            person = person_for_speaker(q.speaker, cache)
            if person is not None and _is_name_alias(mention_text, person):
                # Surnames and other spellings seen in text become aliases, so typeahead finds them.
                person.add_alias(mention_text)
            new.append(
                Quote(
                    article=article,
                    start=q.start,
                    end=q.end,
                    text=article.body[q.start : q.end],
                    kind=q.kind,
                    cue_start=q.cue[0] if q.cue else None,
                    cue_end=q.cue[1] if q.cue else None,
                    cue_verb=(q.cue_verb or "")[:100],
                    mention_start=q.speaker_mention[0] if q.speaker_mention else None,
                    mention_end=q.speaker_mention[1] if q.speaker_mention else None,
                    speaker=person,
                    speaker_label=(q.speaker or "")[:300],
                    confidence=min(1.0, max(0.0, float(q.confidence))),
                    rule=q.rule[:100],
                )
            )
        created = Quote.objects.bulk_create(new, batch_size=500)
        if created and created[0].pk is not None:
            QuoteEvent.objects.bulk_create(
                [
                    QuoteEvent(quote=quote, actor=None, action=QuoteEvent.Action.PARSE, after=quote.snapshot())
                    for quote in created
                ],
                batch_size=500,
            )
    return len(new)


def parse_article(article: Article) -> int:
    """Run the parser over one article and store its quotes; records failure on the article."""
    Article.objects.filter(pk=article.pk).update(parse_status=Article.ParseStatus.RUNNING, parse_error="")
    try:
        found = extract(article.body, article.language or None)
        count = store_quotes(article, found)
    except Exception as exc:
        Article.objects.filter(pk=article.pk).update(
            parse_status=Article.ParseStatus.FAILED, parse_error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        raise
    Article.objects.filter(pk=article.pk).update(
        parse_status=Article.ParseStatus.DONE, parse_error="", parsed_at=timezone.now()
    )
    return count
