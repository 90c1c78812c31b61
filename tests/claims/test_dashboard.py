"""The desk dashboard: editors only; every chart from real data, as a table and as CSV, with filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse


@pytest.fixture
def desk(article_with_quotes: Any, make_article: Callable[..., Any]) -> Any:
    from attribution.after_parse import after_parse
    from attribution.models import Quote

    other = make_article(
        "Leak\n\nThe plant will close in March, a source familiar with the plans said.",
        source="Other Times",
        language="en",
    )
    start, end = other.body.index("The plant"), other.body.index(", a source")
    Quote.objects.create(
        article=other, start=start, end=end, kind="indirect", speaker_label="a source familiar with the plans"
    )
    after_parse([article_with_quotes.pk, other.pk])
    return other


def test_only_editors_see_the_dashboard(
    client: Client, client_for: Callable[[Any], Client], reviewer: Any
) -> None:
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client_for(reviewer).get(reverse("dashboard")).status_code == 403
    assert client.post(reverse("dashboard")).status_code in (302, 405)


def test_every_chart_is_drawn_from_the_data_with_a_table(
    client_for: Callable[[Any], Client], editor: Any, desk: Any
) -> None:
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    for chart in ["speakers", "outlets", "kinds", "verdicts", "progress", "throughput", "anonymous"]:
        assert f'id="chart-{chart}"' in html
    assert "Jane Porter" in html
    assert "Example Post" in html and "Other Times" in html
    assert "<svg" in html and "<script" not in html.split("<main", 1)[1]


def test_a_chart_downloads_as_csv_and_follows_the_filters(
    client_for: Callable[[Any], Client], editor: Any, desk: Any
) -> None:
    client = client_for(editor)
    rows = (
        client.get(reverse("dashboard"), {"chart": "outlets", "format": "csv"}).content.decode().splitlines()
    )
    assert rows[0] == "label,quotes"
    assert {"Example Post,3", "Other Times,1"} <= set(rows)
    only = client.get(reverse("dashboard"), {"chart": "outlets", "format": "csv", "source": "Other Times"})
    assert only.content.decode().splitlines()[1:] == ["Other Times,1"]
    assert client.get(reverse("dashboard"), {"chart": "nope", "format": "csv"}).status_code == 404


def test_one_filter_not_understood_leaves_out_only_itself(
    client_for: Callable[[Any], Client], editor: Any, desk: Any
) -> None:
    """A bookmarked desk view with a language no article has any more: the page says "language" was
    left out, and the outlet still applies (it used to drop every filter and chart everything)."""
    client = client_for(editor)
    only = client.get(
        reverse("dashboard"), {"chart": "outlets", "format": "csv", "source": "Other Times", "language": "es"}
    )
    assert only.content.decode().splitlines()[1:] == ["Other Times,1"]
    filters = {"source": "Other Times", "date_from": "last week"}
    assert "were left out: date_from" in client.get(reverse("dashboard"), filters).content.decode()
    only = client.get(reverse("dashboard"), {**filters, "chart": "outlets", "format": "csv"})
    assert only.content.decode().splitlines()[1:] == ["Other Times,1"]


def test_sourcing_flags_count_anonymous_sources_and_single_source_stories(
    desk: Any, article_with_quotes: Any
) -> None:
    desk.refresh_from_db()
    article_with_quotes.refresh_from_db()
    assert desk.anonymous_share == 1.0 and desk.single_source
    assert article_with_quotes.named_speakers == 1


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("a staff report released Monday", "organisation"),
        ("the study", "organisation"),
        ("court filings", "organisation"),
        ("un rapport du Sénat", "organisation"),
        ("a source familiar with the plans", "anonymous"),
        ("a senior official", "anonymous"),
        ("a spokeswoman", "anonymous"),
        ("Residents near the waterfront", "group"),
    ],
)
def test_a_document_quoted_as_a_source_is_on_the_record(label: str, kind: str) -> None:
    """'According to a staff report …' is no anonymous source: the share of anonymous sources an editor
    reads on the article page must not count documents."""
    from attribution.insight import kind_of, sourcing

    assert kind_of(None, label) == kind
    row = type("Row", (), {"status": "pending", "speaker": None, "speaker_id": None, "speaker_label": label})
    flags = sourcing([row])
    assert flags["anonymous"] == (1 if kind == "anonymous" else 0)


def test_the_article_page_shows_sourcing_and_claim_scores(
    client_for: Callable[[Any], Client], reviewer: Any, desk: Any
) -> None:
    html = client_for(reviewer).get(reverse("article", args=[desk.pk])).content.decode()
    assert "from anonymous sources" in html
    assert "single source" in html


def test_the_queue_filters_on_sourcing_and_its_export_holds_the_same_articles(
    client_for: Callable[[Any], Client], editor: Any, desk: Any, article_with_quotes: Any
) -> None:
    from attribution.models import Quote

    Quote.objects.update(status="confirmed")
    client = client_for(editor)
    queue = reverse("queue")
    anonymous = client.get(queue, {"sourcing": "mostly_anonymous"}).content.decode()
    assert "Leak" in anonymous and article_with_quotes.title not in anonymous
    named = client.get(queue, {"sourcing": "no_named"}).content.decode()
    assert "Leak" in named
    everything = client.get(queue).content.decode()
    assert "Leak" in everything and article_with_quotes.title in everything
    # the queue's export menu carries the filter, and the export holds only that article's quotes
    assert 'name="sourcing" value="mostly_anonymous"' in anonymous
    export = client.get(reverse("export_quotes"), {"sourcing": "mostly_anonymous", "format": "jsonl"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows and all('"Leak"' in row for row in rows)
    bad = client.get(reverse("export_quotes"), {"sourcing": "gossip", "format": "jsonl"})
    assert bad.status_code == 400 and "sourcing must be one of" in bad.content.decode()


@pytest.fixture
def fresh_cache() -> None:
    """The dashboard keeps its figures a minute per set of filters: another test's are not these."""
    from django.core.cache import cache

    cache.clear()


def _chart_links(html: str, chart: str) -> list[tuple[str, str, int]]:
    """(label, link, value) of each row of a chart's table ("" when the row is not a link)."""
    import re
    from html import unescape

    section = html.split(f'id="chart-{chart}"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td class=\"num\">([\d.]+)</td></tr>", section)
    out = []
    for cell, value in rows:
        link = re.search(r'<a href="([^"]+)">(.*?)</a>', cell)
        label = link.group(2) if link else cell
        out.append((unescape(label), unescape(link.group(1)) if link else "", int(float(value))))
    return out


def _quotes_listed(client: Client, link: str) -> int:
    import re

    html = client.get(link).content.decode()
    found = re.search(r'<p class="muted count">(\d+) quotes?', html)
    assert found, f"{link} shows no count"
    return int(found.group(1))


def test_a_figure_links_to_exactly_the_quotes_it_counts(
    client_for: Callable[[Any], Client], editor: Any, desk: Any, article_with_quotes: Any, fresh_cache: None
) -> None:
    """An editor filtering the desk to one outlet clicked "Direct 1" and got a search over every outlet,
    rejected quotes included: the figures must lead to the quotes they count."""
    from attribution.models import Quote

    rejected = Quote.objects.filter(article=article_with_quotes, kind="direct").first()
    rejected.reject(by=editor)
    Quote.objects.filter(article=article_with_quotes, kind="indirect").first().confirm(by=editor)
    client = client_for(editor)
    for filters in ({}, {"source": "Example Post"}):
        html = client.get(reverse("dashboard"), filters).content.decode()
        for chart in ("kinds", "progress", "speakers"):
            rows = _chart_links(html, chart)
            assert rows, (chart, filters)
            for label, link, value in rows:
                if link.startswith("/people/"):
                    continue  # the person's page (unfiltered): counted in tests/people
                assert _quotes_listed(client, link) == value, (chart, filters, label, link)
    filtered = client.get(reverse("dashboard"), {"source": "Example Post"}).content.decode()
    for _label, link, _value in _chart_links(filtered, "kinds") + _chart_links(filtered, "speakers"):
        assert "source=Example+Post" in link
    # the search page's menu shows the status it was given, so searching again keeps it
    kind_link = _chart_links(filtered, "kinds")[0][1]
    assert '<option value="all" selected>Any but rejected</option>' in client.get(kind_link).content.decode()


def test_the_quotes_without_an_outlet_do_not_link_to_every_article(
    client_for: Callable[[Any], Client],
    editor: Any,
    desk: Any,
    make_article: Callable[..., Any],
    fresh_cache: None,
) -> None:
    from attribution.after_parse import after_parse
    from attribution.models import Quote

    pasted = make_article("Pasted\n\n“It rained,” said Ann Lee.")
    start = pasted.body.index("It rained")
    Quote.objects.create(article=pasted, start=start, end=start + 9, kind="direct", speaker_label="Ann Lee")
    after_parse([pasted.pk])
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    rows = {label: link for label, link, _ in _chart_links(html, "outlets")}
    assert rows["(no outlet)"] == ""
    assert rows["Other Times"] == reverse("queue") + "?source=Other+Times"


def test_the_weekly_charts_say_they_count_dated_articles_when_none_has_a_date(
    client_for: Callable[[Any], Client], editor: Any, desk: Any, fresh_cache: None
) -> None:
    """Articles pasted without a date gave "No data for these filters." on a dashboard with no filters."""
    client = client_for(editor)
    html = client.get(reverse("dashboard")).content.decode()
    weekly = html.split('id="chart-anonymous"', 1)[1].split("</section>", 1)[0]
    assert "No article with a published date yet." in weekly
    assert "No data for these filters" not in weekly
    filtered = client.get(reverse("dashboard"), {"source": "Other Times"}).content.decode()
    assert "No article with a published date matches these filters." in filtered


def test_the_throughput_chart_counts_actions_in_words(
    client_for: Callable[[Any], Client], editor: Any, reviewer: Any, desk: Any, fresh_cache: None
) -> None:
    """'factchecker (1 actions)'."""
    from attribution.models import Quote

    quotes = list(Quote.objects.order_by("pk")[:3])
    quotes[0].confirm(by=reviewer)
    quotes[1].confirm(by=editor)
    quotes[2].reject(by=editor)
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    labels = [label for label, _link, _value in _chart_links(html, "throughput")]
    assert sorted(labels) == ["eddie (2 actions)", "rita (1 action)"]
