"""Login throttling (django-axes): per account and per address, on the site and the admin login.

Before: 50 wrong passwords were answered normally and the right one then worked, on both logins.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests-1"  # tests/conftest.py's make_user
LOGIN = reverse("login")
ADMIN_LOGIN = reverse("admin:login")


def attempt(client: Any, username: str, password: str, ip: str = "10.0.0.1", url: str = LOGIN) -> Any:
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(client: Any) -> bool:
    return "_auth_user_id" in client.session


def fail(client: Any, username: str, times: int, ip: str = "10.0.0.1", url: str = LOGIN) -> None:
    for _ in range(times):
        client.cookies.clear()
        # the form again with an error, until the last failure of the limit, which locks
        assert attempt(client, username, "wrong password", ip, url).status_code in (200, 429)


def test_the_limit_is_a_few_failures() -> None:
    assert 3 <= settings.AXES_FAILURE_LIMIT <= 10


def test_after_the_limit_even_the_right_password_is_refused_with_a_clear_page(
    client: Any, reviewer: Any
) -> None:
    fail(client, "rita", settings.AXES_FAILURE_LIMIT)
    response = attempt(client, "rita", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed logins" in page and "Try again in 15 minutes" in page
    assert 'name="password"' not in page  # not the login form again, as if the password were wrong
    assert not logged_in(client)


def test_below_the_limit_the_right_password_works(client: Any, reviewer: Any) -> None:
    fail(client, "rita", settings.AXES_FAILURE_LIMIT - 1)
    assert attempt(client, "rita", PASSWORD).status_code == 302
    assert logged_in(client)


def test_the_account_is_locked_from_every_address(client: Any, reviewer: Any) -> None:
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(client, "rita", 1, ip=f"10.0.1.{n}")  # one failure from each of five addresses
    response = attempt(client, "rita", PASSWORD, ip="192.0.2.77")
    assert response.status_code == 429 and not logged_in(client)


def test_the_address_is_locked_for_every_account(client: Any, reviewer: Any, editor: Any) -> None:
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(client, f"guess{n}", 1, ip="203.0.113.9")  # a different account each time
    assert attempt(client, "eddie", PASSWORD, ip="203.0.113.9").status_code == 429
    assert not logged_in(client)


def test_another_account_from_another_address_is_unaffected(client: Any, reviewer: Any, editor: Any) -> None:
    fail(client, "rita", settings.AXES_FAILURE_LIMIT, ip="203.0.113.9")
    assert attempt(client, "rita", PASSWORD, ip="203.0.113.9").status_code == 429
    client.cookies.clear()
    response = attempt(client, "eddie", PASSWORD, ip="198.51.100.4")
    assert response.status_code == 302 and logged_in(client)


def test_the_admin_login_is_throttled_too(client: Any, admin_user: Any) -> None:
    fail(client, "ada", settings.AXES_FAILURE_LIMIT, url=ADMIN_LOGIN)
    response = attempt(client, "ada", PASSWORD, url=ADMIN_LOGIN)
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert not logged_in(client)
    # the same account on the site's login: locked as well
    assert attempt(client, "ada", PASSWORD).status_code == 429


def test_the_lock_lifts_after_the_cool_off(client: Any, reviewer: Any) -> None:
    from axes.models import AccessAttempt

    fail(client, "rita", settings.AXES_FAILURE_LIMIT)
    assert attempt(client, "rita", PASSWORD).status_code == 429
    later = timezone.now() - settings.AXES_COOLOFF_TIME - dt.timedelta(seconds=1)
    AccessAttempt.objects.update(attempt_time=later)
    assert attempt(client, "rita", PASSWORD).status_code == 302 and logged_in(client)


def test_an_admin_lifts_the_lock_from_the_admin(
    client: Any, client_for: Any, reviewer: Any, make_user: Any
) -> None:
    from axes.models import AccessAttempt
    from django.test import Client

    fail(client, "rita", settings.AXES_FAILURE_LIMIT)
    assert attempt(client, "rita", PASSWORD).status_code == 429
    # An account of the Admin role (not a superuser) sees the attempts and deletes them.
    boss = make_user("boss", "Admin", is_staff=True)
    admin = Client()
    admin.force_login(boss)
    changelist = admin.get(reverse("admin:axes_accessattempt_changelist"))
    assert changelist.status_code == 200 and "rita" in changelist.content.decode()
    ids = [str(pk) for pk in AccessAttempt.objects.filter(username="rita").values_list("pk", flat=True)]
    response = admin.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="rita").exists()
    client.cookies.clear()
    assert attempt(client, "rita", PASSWORD).status_code == 302 and logged_in(client)


def test_a_reviewer_cannot_lift_locks(client_for: Any, reviewer: Any) -> None:
    assert client_for(reviewer).get(reverse("admin:axes_accessattempt_changelist")).status_code == 302


def test_forwarded_for_is_ignored_unless_proxies_are_configured(
    client: Any, reviewer: Any, settings: Any
) -> None:
    # Without a trusted proxy a client could name any address in X-Forwarded-For to dodge the count.
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN,
            {"username": f"g{n}", "password": "x"},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR=f"1.1.1.{n}",
        )
    assert attempt(client, "rita", PASSWORD, ip="10.9.9.9").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(settings: Any) -> None:
    from django.test import RequestFactory

    from attribution.throttling import client_ip

    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
    assert client_ip(request) == "127.0.0.1"
    settings.QUOTEDESK_TRUSTED_PROXIES = 1
    assert client_ip(request) == "198.51.100.7"  # what our proxy saw, not what the client claimed
    # a forwarded entry that is no address (a broken or lying proxy chain) falls back to the socket's
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip(request) == "127.0.0.1"
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="")) is None
