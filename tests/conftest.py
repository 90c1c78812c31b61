"""Shared fixtures: one user per role, articles with quotes, and a logged-in client per role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests run the same examples on every run (a red CI must be a regression, not a lucky draw).
# To hunt for new counter-examples: pytest --hypothesis-profile=explore tests/parsing/test_wordset.py
hypothesis_settings.register_profile("default", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile("default")


@pytest.fixture(autouse=True)
def _counts_kept_by_rule_not_by_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The queue keeps a count that took longer than a threshold (30-50 ms) and skips its query next
    time. On a loaded machine one request's count crosses that line and the next one's does not, so a
    test counting queries would count the clock. Every test sees counts as cheap (never kept for their
    cost); the tests of that caching set the thresholds themselves (to -1: every count is slow)."""
    from attribution.views import review_queue, workflow_queue

    for module, name in (
        (review_queue, "PROGRESS_CHEAP_SECONDS"),
        (review_queue, "COUNT_CHEAP_SECONDS"),
        (workflow_queue, "TABS_CHEAP_SECONDS"),
    ):
        monkeypatch.setattr(module, name, float("inf"))


SAMPLE_BODY = (
    "Minister backs new rail line\n\n"
    "Transport Minister Jane Porter said on Monday that the new rail line would open in 2027. "
    "“We will not let this project slip again,” Porter told reporters in Leeds.\n\n"
    "The opposition called the plan a “fantasy”. According to the council, the costs have doubled."
)


@pytest.fixture
def make_user(db: Any) -> Callable[..., Any]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from attribution.roles import ensure_groups

    ensure_groups()

    def _make(username: str, role: str | None = None, **extra: Any) -> Any:
        user = get_user_model().objects.create_user(username=username, password="pw-for-tests-1", **extra)
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return _make


@pytest.fixture
def reviewer(make_user: Callable[..., Any]) -> Any:
    return make_user("rita", "Reviewer")


@pytest.fixture
def editor(make_user: Callable[..., Any]) -> Any:
    return make_user("eddie", "Editor")


@pytest.fixture
def admin_user(make_user: Callable[..., Any]) -> Any:
    return make_user("ada", "Admin", is_staff=True, is_superuser=True)


@pytest.fixture
def nobody(make_user: Callable[..., Any]) -> Any:
    """A logged-in account in no group: it may see nothing."""
    return make_user("nina")


@pytest.fixture
def client_for(client: Any) -> Callable[[Any], Any]:
    def _login(user: Any) -> Any:
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def make_article(db: Any) -> Callable[..., Any]:
    from attribution.models import Article

    counter = {"n": 0}

    def _make(body: str = SAMPLE_BODY, **fields: Any) -> Any:
        counter["n"] += 1
        fields.setdefault("title", body.split("\n", 1)[0][:200] or f"Article {counter['n']}")
        fields.setdefault("language", "en")
        return Article.objects.create(body=body, **fields)

    return _make


@pytest.fixture
def article_with_quotes(make_article: Callable[..., Any]) -> Any:
    """An article with three pending machine quotes and two persons."""
    from attribution.models import Person, Quote

    article = make_article(source="Example Post")
    porter = Person.objects.create(name="Jane Porter", title="Transport Minister")
    porter.add_alias("Porter")
    body = article.body

    def span(fragment: str) -> tuple[int, int]:
        start = body.index(fragment)
        return start, start + len(fragment)

    specs = [
        ("the new rail line would open in 2027", "indirect", porter, 0.8),
        ("We will not let this project slip again,", "direct", porter, 0.95),
        ("the costs have doubled", "indirect", None, 0.6),
    ]
    for fragment, kind, person, confidence in specs:
        start, end = span(fragment)
        Quote.objects.create(
            article=article,
            start=start,
            end=end,
            kind=kind,
            speaker=person,
            speaker_label=person.name if person else "the council",
            confidence=confidence,
            rule=f"test:{kind}",
        )
    return article
