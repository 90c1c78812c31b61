"""Safe defaults (issue 16, item 9): DEBUG is off unless development mode is asked for, with no public
fallback key; an oversized paste gets the app's size message; UTF-16 without a BOM is text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from attribution.ingest import IngestError, decode_bytes
from attribution.models import Article

ROOT = Path(__file__).resolve().parents[2]
STORY = "Striker signs for Lyon\n\n“It is a dream to play here,” said the 21-year-old forward.\n"
HINDI = "मुंबई में बारिश\n\n“हम तैयार हैं,” मेयर ने कहा।\n"


def _settings_in_subprocess(**env: str) -> subprocess.CompletedProcess[str]:
    dropped = {"SECRET_KEY", "DEBUG", "QUOTEDESK_DEV", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    script = "from django.conf import settings as s; print(s.DEBUG, s.SECRET_KEY)"
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_with_nothing_set_the_app_refuses_to_start_rather_than_run_in_debug() -> None:
    done = _settings_in_subprocess()
    assert done.returncode != 0
    assert "needs a SECRET_KEY" in done.stderr and "QUOTEDESK_DEV=1" in done.stderr


def test_a_secret_key_alone_runs_with_debug_off() -> None:
    done = _settings_in_subprocess(SECRET_KEY="k" * 60, ALLOWED_HOSTS="quotes.example.org")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2] == "False"


def test_development_mode_turns_debug_on_with_this_checkouts_own_key() -> None:
    done = _settings_in_subprocess(QUOTEDESK_DEV="1")
    assert done.returncode == 0, done.stderr
    debug, key = done.stdout.split()[-2:]
    assert debug == "True"
    assert key == (ROOT / "var" / "dev-secret-key").read_text().strip()
    assert len(key) >= 50 and "insecure" not in key
    assert key not in (ROOT / "attribution" / "settings.py").read_text()  # not a key anyone can read
    assert (ROOT / "var" / "dev-secret-key").stat().st_mode & 0o077 == 0


def test_make_run_asks_for_development_mode() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "export QUOTEDESK_DEV ?= 1" in makefile


# -- a paste over the limit -----------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_50_mb_paste_gets_the_size_message_not_a_bare_400(client_for, editor) -> None:
    client = client_for(editor)
    client.raise_request_exception = False
    response = client.post("/import/", {"text": "x" * (50 * 1024 * 1024)})
    assert response.status_code == 413
    page = response.content.decode()
    assert "the limit is 5,242,880 bytes" in page and "Nothing was imported" in page
    assert 'name="text"' in page  # the import form, ready for a smaller paste
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_a_50_mb_upload_gets_the_size_message(client_for, editor) -> None:
    client = client_for(editor)
    upload = SimpleUploadedFile("big.txt", b"word " * (10 * 1024 * 1024))
    response = client.post("/import/", {"file": upload})
    assert response.status_code == 413
    assert "the limit is 5,242,880 bytes" in response.content.decode()


@pytest.mark.django_db
def test_a_large_post_elsewhere_is_a_413_with_the_message(client_for, reviewer) -> None:
    response = client_for(reviewer).post("/undo/", {"x": "y" * (7 * 1024 * 1024)})
    assert response.status_code == 413
    assert b"the limit is" in response.content


# -- UTF-16 without a byte-order mark ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [STORY, HINDI])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "story.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\xff" * 100,
        bytes(range(256)) * 8,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    ],
)
def test_binary_is_still_called_binary(data: bytes) -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data, "x.txt")


@pytest.mark.django_db
def test_uploading_utf16_without_a_bom_imports_it(client_for, editor) -> None:
    upload = SimpleUploadedFile("story.txt", STORY.encode("utf-16-le"))
    client_for(editor).post("/import/", {"file": upload})
    assert Article.objects.get().title == "Striker signs for Lyon"
