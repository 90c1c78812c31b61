"""Parsing stores machine quotes, links speakers to persons and never overrides a human."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from attribution.models import Article, Person, Quote, QuoteEvent
from attribution.services import parse_article

pytestmark = pytest.mark.django_db

BODY = (
    "Port reopens after storm\n\n"
    "Harbour master Tomas Berg said on Friday that the port would reopen to container ships by Sunday. "
    "“We have checked every berth twice,” Berg told reporters.\n\n"
    "“Nobody should expect normal service before Wednesday,” he added."
)


def parse(article: Article) -> list[Quote]:
    parse_article(article)
    return list(article.quotes.order_by("start"))


def test_parse_stores_quotes_with_spans_kinds_and_a_linked_person(make_article) -> None:
    article = make_article(BODY)
    quotes = parse(article)
    assert [q.kind for q in quotes] == ["indirect", "direct", "direct"]
    berg = Person.objects.get(name="Tomas Berg")
    assert all(q.speaker == berg for q in quotes)
    assert "Berg" in berg.alias_names()
    for q in quotes:
        assert article.body[q.start : q.end] == q.text
        assert 0 < q.confidence <= 1 and q.rule
    assert article.body[quotes[1].cue_start : quotes[1].cue_end].startswith("told")
    article.refresh_from_db()
    assert article.parse_status == Article.ParseStatus.DONE
    assert QuoteEvent.objects.filter(action="parse").count() == 3


def test_speaker_is_matched_by_alias_across_articles(make_article) -> None:
    existing = Person.objects.create(name="Tomas Berg", title="Harbour master")
    parse(make_article(BODY))
    second = make_article("Berg warns of delays\n\nTomas Berg said that delays would last a week.")
    quotes = parse(second)
    assert quotes and quotes[0].speaker == existing
    assert Person.objects.filter(name="Tomas Berg").count() == 1


def test_reparse_keeps_human_reviewed_quotes_and_drops_overlapping_machine_quotes(
    make_article, reviewer
) -> None:
    article = make_article(BODY)
    first, second, third = parse(article)
    first.confirm(by=reviewer)
    second.change_span(second.start, second.end - 8, by=reviewer)
    third.reject(by=reviewer)
    added_start = article.body.index("Port reopens")
    Quote.add_by_hand(article, added_start, added_start + 12, by=reviewer)
    before = {q.pk: (q.status, q.start, q.end, q.version) for q in article.quotes.all()}
    parse_article(article)
    after = {q.pk: (q.status, q.start, q.end, q.version) for q in article.quotes.all()}
    assert after == before


def test_parse_articles_command_reparses_selected_articles(make_article) -> None:
    article = make_article(BODY)
    out = StringIO()
    call_command("parse_articles", "--article", str(article.pk), stdout=out, stderr=StringIO())
    assert "3 machine quotes stored" in out.getvalue()
    call_command("parse_articles", "--all", stdout=out, stderr=StringIO())
    assert article.quotes.count() == 3
    with pytest.raises(CommandError, match="No article with id 999"):
        call_command("parse_articles", "--article", "999", stdout=out, stderr=StringIO())


def test_anonymous_sources_are_their_own_kind_not_persons(make_article) -> None:
    article = make_article(
        "Budget leak\n\nA senior official who asked not to be named said that the budget would be cut."
    )
    quotes = parse(article)
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.kind == Person.Kind.ANONYMOUS
    assert "official" in quotes[0].speaker_label
    assert not Person.objects.filter(kind=Person.Kind.PERSON).exists()


def test_parse_articles_command_reports_a_failure_and_parses_the_rest(make_article, monkeypatch) -> None:
    import attribution.services as services

    good, bad = make_article(BODY), make_article(BODY.replace("Friday", "Sunday morning"))
    real_extract = services.extract

    def flaky(body, lang=None):
        if "Sunday morning" in body:
            raise ValueError("no parse today")
        return real_extract(body, lang)

    monkeypatch.setattr(services, "extract", flaky)
    out, err = StringIO(), StringIO()
    call_command("parse_articles", "--all", stdout=out, stderr=err)
    assert "Parsed 1 articles, 3 machine quotes stored, 1 failed." in out.getvalue()
    assert f"Article {bad.pk}: ValueError: no parse today" in err.getvalue()
    assert dict(Article.objects.values_list("pk", "parse_status")) == {good.pk: "done", bad.pk: "failed"}


def test_import_articles_sync_parses_in_process(tmp_path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(BODY, encoding="utf-8")
    call_command("import_articles", str(path), "--sync", stdout=StringIO(), stderr=StringIO())
    article = Article.objects.get()
    assert article.parse_status == Article.ParseStatus.DONE and article.quotes.count() == 3
