"""Fixtures for the read API: a token per role and a client that sends no session."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def token_for(db: Any) -> Any:
    from attribution.models import ApiToken

    def _make(user: Any, name: str = "test token") -> str:
        _, key = ApiToken.create_for(user, name)
        return key

    return _make


@pytest.fixture
def api_get(client: Any) -> Any:
    """GET with `Authorization: Token <key>` (no session)."""

    def _get(url: str, key: str | None = None, **params: Any) -> Any:
        headers = {"Authorization": f"Token {key}"} if key is not None else {}
        return client.get(url, params, headers=headers)

    return _get
