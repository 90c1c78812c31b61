"""The pages a newsroom user meets when something is missing or breaks, with DEBUG off (production):
the app's own pages with a way back, not Django's bare "Not Found" / "Server Error (500)"."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/articles/999999/", "/quotes/999999/", "/people/999999/", "/no/such/page/"]
)
def test_a_missing_page_says_so_and_leads_back_to_the_desk(client_for: Any, reviewer: Any, path: str) -> None:
    response = client_for(reviewer).get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "<title>Not found · Quotedesk</title>" in html and '<html lang="en">' in html
    assert "This page does not exist" in html
    assert f'href="{reverse("queue")}"' in html and "rita" in html  # the top bar, with who is logged in
    assert "The requested resource was not found on this server" not in html


def test_a_server_error_has_a_page_of_its_own() -> None:
    """Rendered as Django renders it after an exception: without a request context."""
    from django.views.defaults import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html and 'href="/"' in html and '<html lang="en">' in html
