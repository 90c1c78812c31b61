"""The speech-act class of a quote: stored from the parser, shown in review, exported, filterable."""

from __future__ import annotations

import csv
import io
from types import SimpleNamespace

import pytest
from django.urls import reverse

import attribution.services as services
from attribution.models import Quote
from attribution.parsing.model import ExtractedQuote
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

BODY = (
    "Minister rejects claims\n\n"
    "Health Minister Clara Voss denied that the hospital budget had been cut. "
    "She warned that waiting lists would grow without new staff."
)


def _found(body: str, fragment: str, act: str | None) -> ExtractedQuote | SimpleNamespace:
    """An ExtractedQuote, with the speech_act the parser is gaining (a stand-in carrying it until then)."""
    start = body.index(fragment)
    q = ExtractedQuote(start, start + len(fragment), "indirect", "Clara Voss", None, None, "deny", 0.9, "t")
    if act is None:
        return q
    fields = ("start", "end", "kind", "speaker", "speaker_mention", "cue", "cue_verb", "confidence", "rule")
    return SimpleNamespace(**{f: getattr(q, f) for f in fields}, speech_act=act)


@pytest.fixture
def voss_article(make_article, monkeypatch):
    article = make_article(BODY, source="Capital Times")

    def extract(body, lang=None):
        return [
            _found(body, "the hospital budget had been cut", "deny"),
            _found(body, "waiting lists would grow without new staff", "warn"),
        ]

    monkeypatch.setattr(services, "extract", extract)
    parse_article(article)
    return article


def test_parse_stores_the_parsers_speech_act(voss_article) -> None:
    acts = list(voss_article.quotes.order_by("start").values_list("speech_act", flat=True))
    assert acts == ["deny", "warn"]


def test_a_parser_without_speech_acts_or_with_an_unknown_one_stores_blank(make_article, monkeypatch) -> None:
    article = make_article(BODY)
    monkeypatch.setattr(
        services,
        "extract",
        lambda body, lang=None: [
            _found(body, "the hospital budget had been cut", None),
            _found(body, "waiting lists would grow without new staff", "shout"),
        ],
    )
    parse_article(article)
    assert set(article.quotes.values_list("speech_act", flat=True)) == {""}


def test_the_review_row_and_the_quote_page_show_the_speech_act(voss_article, client_for, reviewer) -> None:
    client = client_for(reviewer)
    page = client.get(reverse("article", args=[voss_article.pk])).content.decode()
    assert "Denies" in page and "Warns" in page
    quote = voss_article.quotes.get(speech_act="warn")
    assert "Warns" in client.get(reverse("quote", args=[quote.pk])).content.decode()


def test_exports_have_a_speech_act_column_and_filter_on_it(voss_article, client_for, editor) -> None:
    client = client_for(editor)
    response = client.get(reverse("export_quotes"), {"format": "csv", "status": "all"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(r["Speech act"] for r in rows) == ["deny", "warn"]
    response = client.get(reverse("export_quotes"), {"format": "csv", "status": "all", "speech_act": "warn"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [r["Quote"] for r in rows] == ["waiting lists would grow without new staff"]
    bad = client.get(reverse("export_quotes"), {"format": "csv", "speech_act": "shout"})
    assert bad.status_code == 400 and b"speech_act must be one of" in bad.content


def test_speech_act_is_a_choice_of_thirteen_classes() -> None:
    assert Quote.SpeechAct.values == [
        "assert",
        "deny",
        "concede",
        "urge",
        "promise",
        "warn",
        "accuse",
        "ask",
        "describe",
        "praise",
        "criticise",
        "announce",
        "predict",
    ]
