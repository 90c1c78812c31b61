"""A dense article stays reviewable: its page shows a part at a time, and its quotes are capped.

5 MB of "Jane Porter said that the budget was fine." once made a 188 MB page of 113,953 quotes.
The page now shows at most review_article.PART_QUOTES quotes and PART_CHARS characters, with links
to the other parts that work without JavaScript; parsing stores at most
QUOTEDESK_MAX_QUOTES_PER_ARTICLE quotes and the page says how many more there were.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from attribution.models import Article
from attribution.services import parse_article
from attribution.views import review_article

pytestmark = pytest.mark.django_db

SENTENCE = "Jane Porter said that the budget was fine. "


@pytest.fixture
def small_parts(monkeypatch) -> None:
    monkeypatch.setattr(review_article, "PART_QUOTES", 4)
    monkeypatch.setattr(review_article, "PART_CHARS", 1000)


@pytest.fixture
def dense(make_article) -> Article:
    article = make_article("Budget\n\n" + SENTENCE * 30)
    parse_article(article)
    assert article.quotes.count() == 30
    return article


def _listed(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li id="quote-(\d+)"', html)]


def _offsets(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'data-offset="(\d+)"', html)]


def test_dense_article_page_lists_one_part_at_a_time(client_for, reviewer, dense, small_parts) -> None:
    client = client_for(reviewer)
    ids = list(dense.quotes.order_by("start").values_list("pk", flat=True))
    url = reverse("article", args=[dense.pk])
    first = client.get(url).content.decode()
    assert _listed(first) == ids[:4]
    assert "Part 1 of 8" in first and f'href="{url}?part=2"' in first  # a plain link: no JavaScript needed
    second = client.get(url, {"part": 2}).content.decode()
    assert _listed(second) == ids[4:8]
    assert f'href="{url}"' in second and f'href="{url}?part=3"' in second
    # every quote is listed in exactly one part
    listed = [pk for n in range(1, 9) for pk in _listed(client.get(url, {"part": n}).content.decode())]
    assert listed == ids
    assert "Next part" not in client.get(url, {"part": 8}).content.decode()


def test_a_part_shows_its_stretch_of_text_at_its_offsets_in_the_article(
    client_for, reviewer, dense, small_parts
) -> None:
    client = client_for(reviewer)
    url = reverse("article", args=[dense.pk])
    parts = review_article.article_parts(dense.body, review_article.article_rows(dense.pk))
    html = client.get(url, {"part": 2}).content.decode()
    body_html = html[html.index('id="article-body"') : html.index('id="selection-tools"')]
    offsets = _offsets(body_html)
    assert offsets[0] == parts[1][0] and max(offsets) < parts[1][1]
    # the page's fragments stay on the part: the text and the list refresh with ?part=2
    assert f'hx-get="{reverse("article-body", args=[dense.pk])}?part=2"' in html
    assert f'hx-get="{reverse("article-quotes", args=[dense.pk])}?part=2"' in html
    fragment = client.get(reverse("article-body", args=[dense.pk]), {"part": 2}).content.decode()
    assert _offsets(fragment) == offsets
    listed = client.get(reverse("article-quotes", args=[dense.pk]), {"part": 2}).content.decode()
    assert _listed(listed) == _listed(html)


def test_long_text_without_quotes_is_cut_into_parts_too(
    client_for, reviewer, make_article, small_parts
) -> None:
    article = make_article("Notes\n\n" + "The minutes of the meeting follow.\n" * 100)
    html = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert "Part 1 of 4" in html
    assert len("".join(re.findall(r'data-offset="\d+">([^<]*)<', html))) <= 1000


@pytest.mark.parametrize("part", ["0", "9", "x", "²", "-1", "99999999999"])
def test_a_part_that_does_not_exist_is_404(client_for, reviewer, dense, small_parts, part) -> None:
    assert client_for(reviewer).get(reverse("article", args=[dense.pk]), {"part": part}).status_code == 404


def test_a_short_article_is_one_part_without_navigation(client_for, reviewer, dense) -> None:
    html = client_for(reviewer).get(reverse("article", args=[dense.pk])).content.decode()
    assert len(_listed(html)) == 30 and "article-parts" not in html


def test_parsing_stores_at_most_the_cap_and_the_page_says_so(
    client_for, reviewer, make_article, settings
) -> None:
    settings.QUOTEDESK_MAX_QUOTES_PER_ARTICLE = 12
    article = make_article("Budget\n\n" + SENTENCE * 30)
    parse_article(article)
    article.refresh_from_db()
    starts = list(article.quotes.order_by("start").values_list("start", flat=True))
    assert len(starts) == 12 and starts[-1] < article.body.index(SENTENCE, starts[-1] + 1)  # the first twelve
    assert article.quotes_over_cap == 18
    html = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert "found 18 more quotes" in html and "limit of 12 per article" in html
    settings.QUOTEDESK_MAX_QUOTES_PER_ARTICLE = 2000
    parse_article(article)
    article.refresh_from_db()
    assert article.quotes_over_cap == 0 and article.quotes.count() == 30
    assert (
        "more quotes" not in client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    )


def test_a_dense_long_article_is_parsed_only_until_it_passes_the_cap(
    client_for, reviewer, make_article, settings, monkeypatch
) -> None:
    import attribution.services as services

    settings.QUOTEDESK_MAX_QUOTES_PER_ARTICLE = 5
    monkeypatch.setattr(services, "PREFIX_CHARS", 500)
    real_extract, parsed = services.extract, []

    def spy(body, lang=None):
        parsed.append(len(body))
        return real_extract(body, lang)

    monkeypatch.setattr(services, "extract", spy)
    article = make_article("Budget\n\n" + SENTENCE * 30)
    parse_article(article)
    article.refresh_from_db()
    assert parsed == [article.parse_stopped_at] and article.parse_stopped_at <= 500
    assert article.body[: article.parse_stopped_at].endswith(". ")  # stopped between sentences
    assert article.quotes.count() == 5 and article.quotes_over_cap > 0
    html = client_for(reviewer).get(reverse("article", args=[article.pk])).content.decode()
    assert f"stopped reading at character {article.parse_stopped_at} of {len(article.body)}" in html


def test_a_long_article_with_few_quotes_is_parsed_whole(make_article, settings, monkeypatch) -> None:
    import attribution.services as services

    settings.QUOTEDESK_MAX_QUOTES_PER_ARTICLE = 100
    monkeypatch.setattr(services, "PREFIX_CHARS", 500)
    article = make_article("Budget\n\n" + SENTENCE * 30)
    parse_article(article)
    article.refresh_from_db()
    assert article.quotes.count() == 30
    assert (article.parse_stopped_at, article.quotes_over_cap) == (None, 0)
