"""A re-parse never deletes a quote someone reviewed independently (second review writes no QuoteEvent)."""

from __future__ import annotations

from typing import Any

import pytest

import attribution.services as services
from attribution.models import IndependentReview, QuoteEvent, SecondReview
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

BODY = (
    "Ferry timetable changes\n\n"
    "Harbour master Colm Reilly said on Friday that the early ferry would leave at six. "
    "“Nobody will be left on the quay,” Reilly told islanders.\n\n"
    "“The new boat arrives in June,” he added."
)


def test_an_independently_reviewed_quote_the_parser_no_longer_finds_is_kept(
    make_article: Any, editor: Any, rita: Any, monkeypatch: Any
) -> None:
    article = make_article(BODY)
    parse_article(article)
    quotes = list(article.quotes.order_by("start"))
    assert len(quotes) >= 2
    SecondReview.require(article, by=editor)
    last = quotes[-1]
    IndependentReview.record(last, rita, status="confirmed")
    real_extract = services.extract
    monkeypatch.setattr(services, "extract", lambda body, lang=None: list(real_extract(body, lang))[:1])
    parse_article(article)
    kept = set(article.quotes.values_list("pk", flat=True))
    assert kept == {quotes[0].pk, last.pk}  # the others, untouched, went
    assert IndependentReview.objects.filter(quote=last, reviewer=rita).exists()
    assert QuoteEvent.objects.filter(quote=last, action="parse").exists()  # its machine record stays too
