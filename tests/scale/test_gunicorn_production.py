"""The documented production stack end to end: collectstatic, gunicorn with deploy/gunicorn.conf.py,
DEBUG=0, whitenoise serving hashed static files, /healthz without login."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k7#Vq2!mZp9@Lx4$Rt8^Wn3&Hs6*Jd1(Fb5)Gc0-Ye2+Ua7=Io4"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(
        url, headers={"X-Forwarded-Proto": "https", "Host": "quotes.example.org"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace"), dict(exc.headers)


def test_gunicorn_serves_the_app_and_its_static_files_with_debug_off(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="quotes.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
        QUOTEDESK_TASKS="database",
    )
    for step in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        done = subprocess.run(
            [sys.executable, "manage.py", *step], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "-c", "deploy/gunicorn.conf.py", "attribution.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body, headers = _get(f"{base}/healthz")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        assert status == 200 and '"status": "ok"' in body

        status, body, headers = _get(f"{base}/accounts/login/")
        assert status == 200
        assert "max-age=31536000" in headers.get("Strict-Transport-Security", "")
        assert "script-src 'self'" in headers.get("Content-Security-Policy", "")
        css = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', body)
        assert css, "static files are not hashed (whitenoise manifest storage)"
        status, _, headers = _get(base + css.group(1))
        assert status == 200 and "immutable" in headers.get("Cache-Control", "")
    finally:
        server.terminate()
        server.wait(timeout=30)
