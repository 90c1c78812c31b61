"""/healthz: no login, JSON, and a 503 when the database is unreachable."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_anonymous_gets_ok_with_database_status(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok" and response.json()["database"] == "ok"
    assert "no-cache" in response["Cache-Control"]


def test_post_is_not_allowed(client) -> None:
    assert client.post("/healthz").status_code == 405


def test_unreachable_database_gives_503(client, monkeypatch) -> None:
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}


def test_favicon_ico_points_at_the_site_icon(client) -> None:
    # the admin's pages name no icon, so browsers ask for /favicon.ico: no 404 in their console
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"].endswith("img/favicon.svg")
    assert client.post("/favicon.ico").status_code == 405
