"""Login throttling (django-axes): who a login attempt comes from, and the page a locked-out user sees.

Failures are counted per account and per client address separately (settings.AXES_LOCKOUT_PARAMETERS):
after AXES_FAILURE_LIMIT failures the account is locked whatever address tries it, and the address is
locked whatever account it tries, until the cool-off ends or an admin deletes the lockout under
Admin → Axes → Access attempts.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def _address(value: str | None) -> str | None:
    """`value` if it is an IP address, else None (axes stores it in an inet column on PostgreSQL)."""
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The address a request comes from. Behind QUOTEDESK_TRUSTED_PROXIES reverse proxies (nginx, a load
    balancer) it is the entry they appended to X-Forwarded-For; with none (the default) the header is
    ignored, since anyone can send it and would otherwise pick the address to be counted against.
    None when there is no valid address (e.g. the test client's force_login, which has no REMOTE_ADDR)."""
    proxies = int(getattr(settings, "QUOTEDESK_TRUSTED_PROXIES", 0))
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and (address := _address(forwarded[-proxies])):
            return address
    return _address(request.META.get("REMOTE_ADDR"))


def locked_out(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    """The page for a locked-out login (site or admin): what happened and what to do, as a 429."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    context = {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "registration/locked_out.html", context, status=429)
