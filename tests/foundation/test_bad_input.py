"""Bad input gets a clear error and changes nothing."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from attribution.ingest import IngestError, decode_bytes
from attribution.models import Article

pytestmark = pytest.mark.django_db


def run_import(*paths: Path) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, paths), "--no-parse", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    output = run_import(path)
    assert "binary" in output
    assert Article.objects.count() == 0


def test_undecodable_bytes_are_rejected_with_position(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré que".encode("latin-1"))
    output = run_import(path)
    assert "not UTF-8" in output and "position 15" in output
    assert Article.objects.count() == 0


def test_utf16_with_bom_is_accepted() -> None:
    assert decode_bytes("“Oui,” a-t-il dit.".encode("utf-16")) == "“Oui,” a-t-il dit."


def test_empty_and_whitespace_files_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "blank.md").write_text(" \n\n\t\n", "utf-8")
    output = run_import(tmp_path / "empty.txt", tmp_path / "blank.md")
    assert output.count("empty text") == 2
    assert Article.objects.count() == 0


def test_file_over_the_size_limit_is_rejected(tmp_path: Path, settings) -> None:
    settings.QUOTEDESK_MAX_UPLOAD_BYTES = 1000
    path = tmp_path / "long.txt"
    path.write_text("word " * 400, "utf-8")
    output = run_import(path)
    assert "over the 1,000-byte limit" in output
    assert Article.objects.count() == 0


def test_unsupported_suffix_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(b"PK\x03\x04")
    output = run_import(path)
    assert "unsupported file type .docx" in output


def test_missing_path_and_empty_folder_say_so(tmp_path: Path) -> None:
    assert "no such file" in run_import(tmp_path / "nope.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CommandError, match="No importable files"):
        run_import(empty)


def test_script_tags_in_html_never_reach_the_body(tmp_path: Path) -> None:
    payload = (
        '<p>Story</p><script>document.cookie</script><img src=x onerror="alert(1)"><svg onload=alert(2)>'
    )
    (tmp_path / "x.jsonl").write_text(json.dumps({"title": "<b>T</b>", "html": payload}) + "\n", "utf-8")
    run_import(tmp_path / "x.jsonl")
    body = Article.objects.get().body
    assert body == "Story"


def test_decode_refuses_oversized_bytes(settings) -> None:
    settings.QUOTEDESK_MAX_UPLOAD_BYTES = 10
    with pytest.raises(IngestError, match="over the 10-byte limit"):
        decode_bytes(b"x" * 11)
