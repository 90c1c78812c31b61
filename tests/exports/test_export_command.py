"""python manage.py export_quotes: formats, filters, stdout."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export_quotes", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_csv_to_a_file(newsroom, tmp_path) -> None:
    path = tmp_path / "sheet.csv"
    _, err = run("--format", "csv", "-o", str(path))
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert len(rows) == 6
    assert "Exported 6 quotes as csv" in err
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_with_bom(newsroom, tmp_path) -> None:
    path = tmp_path / "sheet.csv"
    run("--bom", "-o", str(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbfQuote ID")


def test_jsonl_to_stdout_with_filters(newsroom) -> None:
    out, err = run("--format", "jsonl", "--status", "all", "--speaker", "Porter", "-o", "-")
    lines = [json.loads(line) for line in out.splitlines()]
    assert {line["id"] for line in lines} == {newsroom["confirmed"].pk, newsroom["corrected"].pk}
    assert "to stdout" in err


def test_since_and_source(newsroom) -> None:
    out, _ = run("--since", "2026-03-01", "--source", "Daily Planet", "-o", "-")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 4
    out, _ = run("--since", "2026-04-01", "-o", "-")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 0


def test_status_all_includes_pending(newsroom) -> None:
    out, _ = run("--status", "all", "-o", "-")
    statuses = {row["Status"] for row in csv.DictReader(io.StringIO(out))}
    assert "pending" in statuses and "rejected" not in statuses


def test_xlsx_to_a_file(newsroom, tmp_path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    run("--format", "xlsx", "-o", str(path))
    sheet = load_workbook(path).active
    assert sheet.max_row == 7  # header + 6 verified quotes


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "xlsx", "-o", "-"),
        ("--format", "jsonl", "--bom", "-o", "-"),
        ("--since", "last week", "-o", "-"),
        ("--status", "approved", "-o", "-"),
    ],
)
def test_bad_arguments_are_refused(db, args) -> None:
    with pytest.raises(CommandError):
        run(*args)
