"""The fact-check queue, verdicts and the statement page: who may do what, and what it records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

CLAIM = "Rents in the city have risen by 18 percent since 2022, the housing officer said."


@pytest.fixture
def fact_checker(make_user: Callable[..., Any]) -> Any:
    return make_user("fiona", "Fact-checker")


@pytest.fixture
def claim_quote(make_article: Callable[..., Any]) -> Any:
    from attribution.models import Quote

    article = make_article(f"Rents up\n\n{CLAIM} Thanks to everyone who came, she added.", source="City Post")
    start = article.body.index("Rents in")
    end = article.body.index(", the housing")
    return Quote.objects.create(
        article=article, start=start, end=end, kind="indirect", speaker_label="the housing officer"
    )


def test_a_new_quote_is_scored_with_its_reasons(claim_quote: Any) -> None:
    assert claim_quote.claim_score >= 0.5
    assert {"figure", "trend"} <= set(claim_quote.claim_reason_list)


def test_anonymous_visitors_are_sent_to_log_in(client: Client, claim_quote: Any) -> None:
    for url in [reverse("claims"), reverse("claimreview"), reverse("statement", args=[claim_quote.pk])]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_account_without_a_role_gets_403(
    client_for: Callable[[Any], Client], nobody: Any, claim_quote: Any
) -> None:
    client = client_for(nobody)
    assert client.get(reverse("claims")).status_code == 403
    assert client.get(reverse("claimreview")).status_code == 403
    assert (
        client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"}).status_code == 403
    )


def test_a_reviewer_sees_the_queue_but_cannot_give_a_verdict(
    client_for: Callable[[Any], Client], reviewer: Any, claim_quote: Any
) -> None:
    client = client_for(reviewer)
    page = client.get(reverse("claims"))
    assert page.status_code == 200
    assert "Rents in the city have risen" in page.content.decode()
    assert "Save verdict" not in page.content.decode()
    assert (
        client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"}).status_code == 403
    )


def test_the_queue_lists_claims_strongest_first_and_leaves_out_greetings(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any
) -> None:
    from attribution.models import Quote

    body = claim_quote.article.body
    start = body.index("Thanks to")
    Quote.objects.create(
        article=claim_quote.article, start=start, end=body.index(", she added"), kind="indirect"
    )
    html = client_for(fact_checker).get(reverse("claims")).content.decode()
    assert "Rents in the city" in html
    assert "Thanks to everyone" not in html
    assert "a figure or statistic" in html


def test_one_filter_not_understood_leaves_out_only_itself(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any, make_article: Callable[..., Any]
) -> None:
    """The page says which filter it left out; the others still apply (a fact-checker filtering one
    outlet with a stale language in the link saw every outlet's claims)."""
    from attribution.models import Quote

    other = make_article(f"Rents again\n\n{CLAIM}", source="Evening Star")
    start, end = other.body.index("Rents in"), other.body.index(", the housing")
    Quote.objects.create(article=other, start=start, end=end, kind="indirect", speaker_label="an officer")
    client = client_for(fact_checker)
    html = client.get(reverse("claims"), {"source": "Evening Star", "language": "es"}).content.decode()
    assert "were left out: language" in html
    assert "Rents again" in html and "Rents up" not in html
    html = client.get(reverse("claims"), {"source": "Evening Star", "min_score": "high"}).content.decode()
    assert "were left out: min_score" in html
    assert "Rents again" in html and "Rents up" not in html


def test_a_verdict_is_saved_on_the_statement_audited_and_shown(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any
) -> None:
    from attribution.models import ClaimVerdict, QuoteEvent

    client = client_for(fact_checker)
    response = client.post(
        reverse("claim-verdict", args=[claim_quote.pk]),
        {
            "rating": "mostly-true",
            "explanation": "Rents rose 17.6%.",
            "url": "https://factcheck.example/rents",
        },
    )
    assert response.status_code == 302
    claim_quote.refresh_from_db()
    verdict = ClaimVerdict.objects.get(statement_id=claim_quote.statement_id)
    assert (verdict.rating, verdict.checked_by) == ("mostly-true", fact_checker)
    event = QuoteEvent.objects.get(quote=claim_quote, action=QuoteEvent.Action.VERDICT)
    assert event.before["verdict"] is None and event.after["verdict"]["rating"] == "mostly-true"
    assert "Mostly true" in client.get(reverse("claims")).content.decode()
    # changing it writes a second event with the old verdict as "before"
    client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"})
    last = (
        QuoteEvent.objects.filter(quote=claim_quote, action=QuoteEvent.Action.VERDICT).order_by("-id").first()
    )
    assert last.before["verdict"]["rating"] == "mostly-true" and last.after["verdict"]["rating"] == "false"


def test_a_verdict_over_htmx_returns_the_verdict_fragment(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any
) -> None:
    response = client_for(fact_checker).post(
        reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="verdict-{claim_quote.pk}"' in html and "<html" not in html


def test_a_bad_rating_or_a_javascript_link_is_refused(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any
) -> None:
    from attribution.models import ClaimVerdict

    client = client_for(fact_checker)
    client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "pants-on-fire"})
    client.post(
        reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false", "url": "javascript:alert(1)"}
    )
    assert not ClaimVerdict.objects.exists()


def test_a_claim_without_a_verdict_offers_no_rating_until_one_is_chosen(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any
) -> None:
    """A fact-checker who presses Save without choosing must not record "True" by accident."""
    import re

    from attribution.models import ClaimVerdict

    client = client_for(fact_checker)
    html = client.get(reverse("claims")).content.decode()
    select = re.search(rf'<select name="rating" id="rating-{claim_quote.pk}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    first = re.search(r"<option[^>]*>", select.group(1))
    assert first is not None and 'value=""' in first.group() and "selected" in first.group()
    assert "selected" not in select.group(1)[first.end() :]
    response = client.post(
        reverse("claim-verdict", args=[claim_quote.pk]), {"rating": ""}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400 and not ClaimVerdict.objects.exists()
    # once a verdict is given, its rating is the one selected and the empty choice is gone
    client.post(reverse("claim-verdict", args=[claim_quote.pk]), {"rating": "false"})
    html = client.get(reverse("claims")).content.decode()
    select = re.search(rf'<select name="rating" id="rating-{claim_quote.pk}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None and 'value=""' not in select.group(1)
    assert re.search(r'<option value="false" selected>', select.group(1))


def test_verdict_needs_post_and_csrf(fact_checker: Any, claim_quote: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)
    url = reverse("claim-verdict", args=[claim_quote.pk])
    assert client.get(url).status_code == 405
    assert client.post(url, {"rating": "false"}).status_code == 403
    url = reverse("statement-verified", args=[claim_quote.pk])
    assert client.get(url).status_code == 405


def test_a_verdict_applies_to_every_article_of_the_statement(
    client_for: Callable[[Any], Client], fact_checker: Any, make_article: Callable[..., Any]
) -> None:
    from attribution.models import Person, Quote, Statement

    person = Person.objects.create(name="Mara Quist")
    quotes = []
    for source in ("Wire", "Daily"):
        article = make_article(f"Rents ({source})\n\n{CLAIM}", source=source)
        start, end = article.body.index("Rents in"), article.body.index(", the housing")
        quotes.append(
            Quote.objects.create(article=article, start=start, end=end, kind="indirect", speaker=person)
        )
    Statement.regroup_speakers([person.pk])
    quotes = [Quote.objects.get(pk=q.pk) for q in quotes]
    assert quotes[0].statement_id == quotes[1].statement_id is not None
    client_for(fact_checker).post(reverse("claim-verdict", args=[quotes[0].pk]), {"rating": "true"})
    statement = Statement.objects.get(pk=quotes[1].statement_id)
    assert statement.verdict.rating == "true"
    html = client_for(fact_checker).get(reverse("statement", args=[quotes[1].pk])).content.decode()
    assert "Daily" in html and "Wire" in html


def test_only_editors_mark_the_verified_wording_and_it_is_audited(
    client_for: Callable[[Any], Client], editor: Any, reviewer: Any, make_article: Callable[..., Any]
) -> None:
    from attribution.models import Person, Quote, QuoteEvent, Statement

    person = Person.objects.create(name="Mara Quist")
    texts = [CLAIM, CLAIM, CLAIM.replace("18 percent", "8 percent")]
    quotes = []
    for i, text in enumerate(texts):
        article = make_article(f"Rents {i}\n\n{text}", source=f"Outlet {i}")
        start, end = article.body.index("Rents in"), article.body.index(", the housing")
        quotes.append(
            Quote.objects.create(article=article, start=start, end=end, kind="indirect", speaker=person)
        )
    Statement.regroup_speakers([person.pk])
    changed = Quote.objects.get(pk=quotes[2].pk)
    assert changed.wording_differs
    url = reverse("statement-verified", args=[changed.pk])
    assert client_for(reviewer).post(url).status_code == 403
    client_for(editor).post(url)
    changed.refresh_from_db()
    assert not changed.wording_differs
    assert Quote.objects.get(pk=quotes[0].pk).wording_differs
    verified = QuoteEvent.objects.filter(quote=changed, action=QuoteEvent.Action.VERIFY_WORDING, actor=editor)
    assert verified.count() == 1


def test_the_api_gives_claim_fields(
    client_for: Callable[[Any], Client], reviewer: Any, claim_quote: Any
) -> None:
    result = client_for(reviewer).get(reverse("api_quotes")).json()["results"][0]
    assert result["claim_score"] >= 0.5
    assert "figure" in result["claim_reasons"]
    assert result["statement"] is None and result["wording_differs"] in (False, None)


def test_the_queue_counts_claims_from_the_kept_tally_exactly(
    client_for: Callable[[Any], Client], fact_checker: Any, claim_quote: Any, make_article: Callable[..., Any]
) -> None:
    """The count above the queue comes from QuoteTally for the default threshold: it must equal a count."""
    import re

    from attribution.models import Quote

    other = make_article(f"Rents again\n\n{CLAIM}", source="Other Post")
    end = other.body.index(", the housing")
    twin = Quote.objects.create(article=other, start=other.body.index("Rents in"), end=end, kind="indirect")
    rejected = Quote.objects.create(
        article=other, start=other.body.index("Rents in"), end=end - 3, kind="indirect"
    )
    rejected.reject(by=fact_checker)
    client = client_for(fact_checker)

    def shown(**params: str) -> int:
        html = client.get(reverse("claims"), params).content.decode()
        return int(re.search(r'result-count muted">(\d+) claim', html).group(1))

    def true(**filters: Any) -> int:
        return Quote.objects.exclude(status="rejected").filter(claim_score__gte=0.5, **filters).count()

    assert shown() == true() == 2
    assert shown(source="Other Post") == true(article__source="Other Post") == 1
    client.post(reverse("claim-verdict", args=[twin.pk]), {"rating": "false"})
    twin.refresh_from_db()
    assert shown(verdict="none") == 2 - Quote.objects.filter(statement__verdict__isnull=False).count()
    assert shown(verdict="any") + shown(verdict="none") == shown()
