"""Production settings: `check --deploy` is clean, and DEBUG=0 without SECRET_KEY refuses to start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k7#Vq2!mZp9@Lx4$Rt8^Wn3&Hs6*Jd1(Fb5)Gc0-Ye2+Ua7=Io4"


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' live server and would fail async.E001.
    dropped = {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_without_warnings() -> None:
    done = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="quotes.example.org",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues" in done.stdout
    assert "WARNING" not in done.stderr


def test_debug_off_without_secret_key_refuses_to_start_and_says_why() -> None:
    done = _manage("check", DEBUG="0", ALLOWED_HOSTS="quotes.example.org")
    assert done.returncode != 0
    assert "DEBUG=0 needs a SECRET_KEY" in done.stderr


def test_production_settings_turn_on_https_protections() -> None:
    script = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " bool(s.SECURE_CSP), s.SECURE_REDIRECT_EXEMPT)"
    )
    done = _manage("shell", "-c", script, DEBUG="0", SECRET_KEY=SECRET, ALLOWED_HOSTS="quotes.example.org")
    assert done.returncode == 0, done.stderr
    printed = done.stdout.strip().splitlines()[-1]
    assert printed.split(None, 5)[:5] == ["31536000", "True", "True", "True", "True"]
    assert "healthz" in printed
