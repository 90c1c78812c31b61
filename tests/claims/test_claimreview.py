"""ClaimReview JSON-LD: every claim with a verdict, checked against the schema.org vocabulary."""

from __future__ import annotations

import json
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse

# The schema.org vocabulary for the types we write (https://schema.org/ClaimReview, /Claim, /Rating,
# /CreativeWork, /Organization, /Person): each type's allowed properties, inherited ones included, as far
# as we use them, and the expected type of each nested value.
THING = {"@type", "@context", "name", "url", "description", "alternateName", "identifier", "sameAs"}
CREATIVE_WORK = THING | {
    "author", "datePublished", "headline", "publisher", "text", "inLanguage", "dateCreated"
}
VOCABULARY: dict[str, set[str]] = {
    "ClaimReview": CREATIVE_WORK | {"claimReviewed", "reviewRating", "itemReviewed", "reviewBody"},
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "Rating": THING | {
        "ratingValue", "bestRating", "worstRating", "ratingExplanation", "reviewAspect", "author"
    },
    "CreativeWork": CREATIVE_WORK,
    "Organization": THING | {"legalName", "logo"},
    "Person": THING | {"jobTitle", "affiliation", "givenName", "familyName"},
}
RANGES = {
    "reviewRating": {"Rating"},
    "itemReviewed": {"Claim", "CreativeWork"},
    "author": {"Person", "Organization"},
    "appearance": {"CreativeWork"},
    "firstAppearance": {"CreativeWork"},
    "publisher": {"Organization", "Person"},
}


def check_schema(node: Any, expected: set[str] | None = None) -> None:
    if isinstance(node, list):
        for item in node:
            check_schema(item, expected)
        return
    assert isinstance(node, dict), node
    kind = node["@type"]
    assert kind in VOCABULARY, f"unknown type {kind}"
    if expected:
        assert kind in expected, f"{kind} where {expected} is expected"
    unknown = set(node) - VOCABULARY[kind]
    assert not unknown, f"{kind} has no properties {unknown}"
    for key, value in node.items():
        if key in RANGES:
            check_schema(value, RANGES[key])


@pytest.fixture
def verdict(make_user: Callable[..., Any], make_article: Callable[..., Any]) -> Any:
    from attribution.models import ClaimVerdict, Person, Quote

    checker = make_user("fiona", "Fact-checker")
    article = make_article(
        "Budget\n\nThe city spent £4 million on consultants last year, the councillor said.",
        source="City Post",
        url="https://citypost.example/budget",
    )
    start, end = article.body.index("The city"), article.body.index(", the councillor")
    quote = Quote.objects.create(
        article=article, start=start, end=end, kind="indirect", speaker=Person.objects.create(name="Ann Bex")
    )
    return ClaimVerdict.give(
        quote, "false", "It was £1.2 million.", "https://factcheck.example/1", by=checker
    )


def test_the_export_command_writes_valid_claimreview(verdict: Any) -> None:
    out = StringIO()
    call_command("export_claimreview", "--output", "-", stdout=out)
    data = json.loads(out.getvalue())
    assert len(data) == 1
    review = data[0]
    check_schema(review)
    assert review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "The city spent £4 million on consultants last year"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Ann Bex"}
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://citypost.example/budget"
    assert review["url"] == "https://factcheck.example/1"


def test_the_export_command_writes_a_file(verdict: Any, tmp_path: Any) -> None:
    target = tmp_path / "claims.jsonld"
    call_command("export_claimreview", "--output", str(target), stderr=StringIO())
    assert json.loads(target.read_text(encoding="utf-8"))[0]["@type"] == "ClaimReview"


def test_the_claims_page_offers_the_same_download(client_for: Callable[[Any], Any], verdict: Any) -> None:
    from django.contrib.auth import get_user_model

    response = client_for(get_user_model().objects.get(username="fiona")).get(reverse("claimreview"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    check_schema(json.loads(response.content))


def test_the_checker_rejects_a_wrong_property() -> None:
    with pytest.raises(AssertionError):
        check_schema({"@type": "ClaimReview", "rating": 3})
