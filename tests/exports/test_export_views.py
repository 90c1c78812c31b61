"""The export view: who may export, each format read back and compared with the database, streaming."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from django.db.models.query import QuerySet
from django.urls import reverse

from attribution import exports
from attribution.models import Quote

pytestmark = pytest.mark.django_db

URL = reverse("export_quotes")


def body_of(response: Any) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def expected_rows(status: str = "verified") -> list[dict[str, Any]]:
    """The database's view of the sheet, built without the export code's row function."""
    quotes = Quote.objects.filter(status__in=exports.parse_status(status)).select_related(
        "speaker", "article", "reviewed_by"
    )
    return [
        {
            "id": q.pk,
            "speaker": q.speaker_name,
            "quote": q.text,
            "kind": q.kind,
            "article_title": q.article.title,
            "source": q.article.source,
            "published": q.article.published.isoformat() if q.article.published else "",
            "status": q.status,
            "reviewer": q.reviewed_by.username if q.reviewed_by and q.status in Quote.VERIFIED else "",
        }
        for q in quotes.order_by("article__published", "article_id", "start", "id")
    ]


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def unformula(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r") else value


# -- who may export ---------------------------------------------------------------------------------------
def test_anonymous_is_sent_to_login(client) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_reviewer_cannot_export(client_for, reviewer) -> None:
    assert client_for(reviewer).get(URL).status_code == 403


def test_account_without_role_cannot_export(client_for, nobody) -> None:
    assert client_for(nobody).get(URL).status_code == 403


@pytest.mark.parametrize("role", ["editor", "admin_user"])
def test_editors_and_admins_can_export(client_for, request, role: str, newsroom) -> None:
    response = client_for(request.getfixturevalue(role)).get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="quotes-')


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_export_is_get_only(client_for, editor, method: str) -> None:
    assert getattr(client_for(editor), method)(URL).status_code == 405


@pytest.mark.parametrize(
    "params", [{"format": "pdf"}, {"date_from": "soon"}, {"status": "approved"}, {"article": "x"}]
)
def test_bad_parameters_get_400_with_a_reason(client_for, editor, params: dict[str, str]) -> None:
    response = client_for(editor).get(URL, params)
    assert response.status_code == 400
    assert response.content


# -- each format, read back -------------------------------------------------------------------------------
@pytest.mark.parametrize("status", ["verified", "all"])
def test_csv_matches_the_database(client_for, editor, newsroom, status: str) -> None:
    response = client_for(editor).get(URL, {"format": "csv", "status": status})
    data = body_of(response)
    assert not data.startswith("\ufeff".encode())
    rows = read_csv(data)
    assert list(rows[0]) == exports.HEADERS
    got = [
        {
            "id": int(r["Quote ID"]),
            "speaker": unformula(r["Speaker"]),
            "quote": unformula(r["Quote"]),
            "kind": r["Kind"],
            "article_title": r["Article"],
            "source": r["Source"],
            "published": r["Published"],
            "status": r["Status"],
            "reviewer": r["Reviewer"],
        }
        for r in rows
    ]
    assert got == expected_rows(status)
    verified_flags = {r["Status"]: r["Verified"] for r in rows}
    assert verified_flags["confirmed"] == "yes"
    if status == "all":
        assert verified_flags["pending"] == "no"


def test_csv_for_excel_starts_with_a_bom(client_for, editor, newsroom) -> None:
    data = body_of(client_for(editor).get(URL, {"format": "csv-excel"}))
    assert data.startswith(b"\xef\xbb\xbfQuote ID,")
    assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == len(expected_rows())


def test_csv_neutralises_formulas(client_for, editor, newsroom) -> None:
    rows = {int(r["Quote ID"]): r for r in read_csv(body_of(client_for(editor).get(URL)))}
    assert rows[newsroom["hyperlink"].pk]["Quote"] == "'" + newsroom["hyperlink"].text
    assert rows[newsroom["at_sum"].pk]["Quote"] == "'@SUM(A1:A9) is my favourite,"
    assert rows[newsroom["minus"].pk]["Quote"] == "'-2+3 is five,"
    assert rows[newsroom["minus"].pk]["Speaker title"] == "'=cmd|' /C calc'!A0"
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_jsonl_matches_the_database(client_for, editor, newsroom) -> None:
    response = client_for(editor).get(URL, {"format": "jsonl", "status": "all"})
    assert response["Content-Type"].startswith("application/jsonl")
    lines = [json.loads(line) for line in body_of(response).decode("utf-8").splitlines()]
    got = [{key: line[key] for key in expected_rows()[0]} for line in lines]
    assert got == expected_rows("all")
    by_id = {line["id"]: line for line in lines}
    # JSON is data, not a spreadsheet: values are exactly as stored.
    assert by_id[newsroom["hyperlink"].pk]["quote"] == newsroom["hyperlink"].text
    assert by_id[newsroom["pending"].pk]["verified"] is False
    assert by_id[newsroom["confirmed"].pk]["verified"] is True


def test_xlsx_matches_the_database_and_is_formatted(client_for, editor, newsroom) -> None:
    from openpyxl import load_workbook

    response = client_for(editor).get(URL, {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == exports.CONTENT_TYPES["xlsx"]
    assert 'filename="quotes-' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(body_of(response)))
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    assert header == exports.HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width == 60  # the quote column
    rows = [
        dict(zip(header, (cell.value for cell in row), strict=True)) for row in sheet.iter_rows(min_row=2)
    ]
    got = [
        {
            "id": r["Quote ID"],
            "speaker": unformula(r["Speaker"]),
            "quote": unformula(r["Quote"]),
            "kind": r["Kind"],
            "article_title": r["Article"],
            "source": r["Source"] or "",
            "published": r["Published"] or "",
            "status": r["Status"],
            "reviewer": r["Reviewer"] or "",
        }
        for r in rows
    ]
    assert got == expected_rows()
    # Formula-like text stays text: a leading quote, and no cell is stored as a formula.
    by_id = {r["Quote ID"]: r for r in rows}
    assert by_id[newsroom["hyperlink"].pk]["Quote"] == "'" + newsroom["hyperlink"].text
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"


def test_filters_apply_to_the_download(client_for, editor, newsroom) -> None:
    data = body_of(client_for(editor).get(URL, {"speaker": "Porter", "source": "Example Post"}))
    assert {int(r["Quote ID"]) for r in read_csv(data)} == {
        newsroom["confirmed"].pk,
        newsroom["corrected"].pk,
    }


# -- streaming --------------------------------------------------------------------------------------------
@pytest.fixture
def many_quotes(make_article: Any, reviewer: Any) -> int:
    """300 verified quotes in 30 articles."""
    quotes = []
    for a in range(30):
        article = make_article(f"Bulk {a}\n\n" + "Word said. " * 10, source="Bulk")
        offset = len(f"Bulk {a}\n\n")
        quotes += [
            Quote(article=article, start=offset + i * 11, end=offset + i * 11 + 9, text="Word said",
                  status="confirmed", reviewed_by=reviewer)
            for i in range(10)
        ]  # fmt: skip
    Quote.objects.bulk_create(quotes)
    return len(quotes)


def test_csv_streams_rows_in_batches_as_they_are_sent(client_for, editor, many_quotes, monkeypatch) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    chunk_sizes: list[int | None] = []
    original = QuerySet.iterator

    def recording_iterator(self: QuerySet, chunk_size: int | None = None) -> Any:
        chunk_sizes.append(chunk_size)
        return original(self, chunk_size=chunk_size)

    monkeypatch.setattr(QuerySet, "iterator", recording_iterator)
    monkeypatch.setattr(exports, "CHUNK_SIZE", 7)
    monkeypatch.setattr(exports, "ARTICLES_PER_BATCH", 5)  # 30 articles: 6 batches of 50 quotes
    client = client_for(editor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"source": "Bulk"})
        assert response.streaming
        # Only the first batch has been read: a query that fails does so before the answer starts (an
        # error, not a 200 with only the header); the other batches are fetched while the body is sent.
        assert len([q for q in queries.captured_queries if 'FROM "attribution_quote"' in q["sql"]]) == 1
        content = iter(response.streaming_content)
        first = next(content)
        assert first.startswith(b"Quote ID,")
        second = next(content)  # up to 200 lines: some batches read, not all
        read_so_far = len([q for q in queries.captured_queries if '"attribution_quote"' in q["sql"]])
        assert 0 < read_so_far < 6
        rest = b"".join(content)
    quote_queries = [q for q in queries.captured_queries if 'FROM "attribution_quote"' in q["sql"]]
    assert len(quote_queries) == 6  # one per batch of articles, never one for everything
    assert chunk_sizes == [7]  # the article ids are read with .iterator(chunk_size=…)
    assert len(read_csv(first + second + rest)) == many_quotes


def test_jsonl_streams_too(client_for, editor, many_quotes) -> None:
    response = client_for(editor).get(URL, {"format": "jsonl", "source": "Bulk"})
    assert response.streaming
    assert len(body_of(response).splitlines()) == many_quotes


def test_export_reads_with_a_bounded_number_of_queries(
    client_for, editor, newsroom, django_assert_max_num_queries
):
    client = client_for(editor)
    with django_assert_max_num_queries(8):  # session, user, permissions, then one for the rows
        body_of(client.get(URL, {"status": "all"}))


def test_search_text_narrows_the_export_to_matching_articles(client_for, editor, newsroom) -> None:
    from attribution.models import Article

    everything = b"".join(
        client_for(editor).get(reverse("export_quotes"), {"format": "jsonl"}).streaming_content
    ).decode()
    word = Article.objects.order_by("pk").first().title.split()[0]
    matching = {a.pk for a in Article.objects.all() if word.lower() in (a.title + a.body).lower()}
    lines = b"".join(
        client_for(editor).get(reverse("export_quotes"), {"format": "jsonl", "q": word}).streaming_content
    ).decode().splitlines()
    ids = {json.loads(line)["article_id"] for line in lines}
    assert lines and ids <= matching
    assert len(lines) < len(everything.splitlines())
