"""Odd querystrings on the export, print, API and progress views: a 400 (JSON for the API) or 404 with
the reason, never a 500, and never a 200 whose body stops after the header.

Before: `?article=²` passed str.isdigit() and crashed int(); ids past 2**63 overflowed the database's
bigint; a NUL in a text filter made PostgreSQL refuse the query; batch ranges had no bound.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError
from django.urls import reverse

from attribution import exports

pytestmark = pytest.mark.django_db

ODD_IDS = ["²", "١٢", "1²", "99999999999999999999", str(2**63), "-1", "0", "1e3", "0x10", "1" * 5000]
ODD_TEXT = ["a\x00b", "x" * 5000]


def get(client: Any, url: str, params: dict[str, str]) -> Any:
    client.raise_request_exception = False
    response = client.get(url, params)
    if response.streaming:
        response.body = b"".join(response.streaming_content)
    return response


@pytest.mark.parametrize("value", ODD_IDS)
@pytest.mark.parametrize("view", ["export_quotes", "print_quotes", "api_quotes"])
def test_an_odd_article_id_is_a_400_with_the_reason(
    client_for: Any, editor: Any, view: str, value: str
) -> None:
    response = get(client_for(editor), reverse(view), {"article": value})
    assert response.status_code == 400
    text = response.json()["detail"] if view.startswith("api") else response.content.decode()
    assert "article must be an article id (a number)" in text


@pytest.mark.parametrize("value", ["²", "99999999999999999999", str(2**63)])
@pytest.mark.parametrize("view", ["export_quotes", "api_quotes"])
def test_an_odd_speaker_number_is_taken_as_a_name(
    client_for: Any, editor: Any, article_with_quotes: Any, view: str, value: str
) -> None:
    response = get(client_for(editor), reverse(view), {"speaker": value, "status": "all"})
    assert response.status_code == 200
    if view == "export_quotes":
        assert response.body.decode().splitlines()[1:] == []
    else:
        assert response.json()["count"] == 0


@pytest.mark.parametrize("value", ODD_TEXT)
@pytest.mark.parametrize("param", ["speaker", "source", "language", "status"])
def test_odd_text_filters_are_a_400(client_for: Any, editor: Any, param: str, value: str) -> None:
    client = client_for(editor)
    assert get(client, reverse("export_quotes"), {param: value}).status_code == 400
    response = get(client, reverse("api_quotes"), {param: value})
    assert response.status_code == 400 and response.json()["detail"]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("api_articles", {"source": "a\x00b"}),
        ("api_articles", {"language": "x" * 13}),
        ("api_persons", {"name": "a\x00b"}),
        ("api_articles", {"page": "²"}),
        ("api_articles", {"page_size": "1" * 5000}),
        ("api_persons", {"page": "-3"}),
    ],
)
def test_the_api_answers_odd_parameters_in_json(
    client_for: Any, reviewer: Any, url: str, params: dict
) -> None:
    response = get(client_for(reviewer), reverse(url), params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "path", ["/api/articles/99999999999999999999/quotes/", f"/api/articles/{2**63}/quotes/"]
)
def test_an_article_id_past_the_database_is_a_json_404(client_for: Any, reviewer: Any, path: str) -> None:
    response = get(client_for(reviewer), path, {})
    assert response.status_code == 404 and response.json()["detail"]


@pytest.mark.parametrize(
    "ids",
    [
        "1-99999999999999999999",
        f"1-{2**63}",
        "1-20000000",
        "²",
        "1-²",
        "5-3",
        ",".join(["1"] * 501),
        "9" * 30000,
    ],
)
def test_odd_batch_ids_are_no_batch(client_for: Any, reviewer: Any, ids: str) -> None:
    client = client_for(reviewer)
    assert get(client, reverse("progress_batch"), {"ids": ids}).status_code == 404
    client.raise_request_exception = False
    assert client.post(reverse("progress_batch_retry"), {"ids": ids}).status_code == 404


def test_a_good_batch_still_answers(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    pk = article_with_quotes.pk
    response = get(client_for(reviewer), reverse("progress_batch"), {"ids": f"{pk}-{pk + 5}"})
    assert response.status_code == 200


def test_the_search_typeahead_ignores_control_characters(
    client_for: Any, reviewer: Any, article_with_quotes
) -> None:
    response = get(client_for(reviewer), reverse("person-search"), {"speaker": "Por\x00ter"})
    assert response.status_code == 200


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_query_that_fails_is_an_error_not_a_200_with_only_a_header(
    client_for: Any, editor: Any, article_with_quotes: Any, reviewer: Any, monkeypatch: Any, fmt: str
) -> None:
    article_with_quotes.quotes.first().confirm(by=reviewer)

    def failing_row(*args: Any) -> Any:
        raise DatabaseError("the database went away")

    monkeypatch.setattr(exports, "_row", failing_row)
    client = client_for(editor)
    client.raise_request_exception = False
    response = client.get(reverse("export_quotes"), {"format": fmt})
    assert response.status_code == 500
    assert not response.streaming
