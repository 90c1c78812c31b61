"""Fixtures for second review: two reviewers, an editor, and an article under second review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def rita(make_user: Callable[..., Any]) -> Any:
    return make_user("rita", "Reviewer")


@pytest.fixture
def ravi(make_user: Callable[..., Any]) -> Any:
    return make_user("ravi", "Reviewer")


@pytest.fixture
def quotes(article_with_quotes: Any) -> list[Any]:
    return list(article_with_quotes.quotes.order_by("start"))


@pytest.fixture
def under_second_review(article_with_quotes: Any, editor: Any) -> Any:
    from attribution.models import SecondReview

    SecondReview.require(article_with_quotes, by=editor)
    return article_with_quotes
