"""JSONL imports check every field of every line: one bad field costs its own line, never the file.

Before, a `url` that was an object or a list raised a 500 (the view) or a traceback (the command) and
none of the good lines were stored; on PostgreSQL a URL over 2,000 characters did the same, and
`javascript:` URLs were stored. Now a bad line is rejected with its number and the reason.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.ingest import ImportReport, documents_from_path, documents_from_upload, ingest_items
from attribution.models import Article

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Port strike ends",
    "text": "Dockworkers returned to work on Tuesday.",
    "url": "https://ex.org/a",
}

# (the line's fields, words the rejection must contain)
BAD_LINES = [
    ({"url": {"href": "https://ex.org"}}, '"url" must be text, not an object'),
    ({"url": ["https://ex.org"]}, '"url" must be text, not a list'),
    ({"url": "https://ex.org/" + "a" * 2000}, '"url" is 2,015 characters long; the limit is 2,000'),
    ({"url": "javascript:alert(document.cookie)"}, "not a web address starting with http:// or https://"),
    ({"url": "data:text/html,<script>alert(1)</script>"}, "not a web address"),
    ({"url": "ftp://ex.org/file"}, "not a web address"),
    ({"url": "https://ex.org/\x01x"}, '"url" contains a control character (U+0001)'),
    ({"title": 42}, '"title" must be text, not a number'),
    ({"title": "t" * 501}, '"title" is 501 characters long; the limit is 500'),
    ({"title": '\x01=HYPERLINK("http://evil.example")'}, '"title" contains a control character (U+0001)'),
    ({"source": "\x01=1+2"}, '"source" contains a control character (U+0001)'),
    ({"source": "s" * 201}, '"source" is 201 characters long; the limit is 200'),
    ({"source": True}, '"source" must be text, not true/false'),
    ({"byline": "b" * 301}, '"byline" is 301 characters long; the limit is 300'),
    ({"byline": ["A", "B"]}, '"byline" must be text, not a list'),
    ({"published": "yesterday"}, '"published" "yesterday" is not an ISO date'),
    ({"published": 20240301}, '"published" must be a date written like 2021-05-14, not a number'),
    ({"published": "2024-02-30"}, "is not an ISO date"),
    ({"language": "en gb"}, '"language" must be a language code'),
    ({"language": "x" * 13}, '"language" is 13 characters long; the limit is 12'),
    ({"text": {"p": "x"}}, '"text" must be text, not an object'),
    ({"html": 7, "text": None}, '"html" must be text, not a number'),
]


def jsonl(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def good(n: int, **extra: Any) -> dict[str, Any]:
    return {
        **GOOD,
        "title": f"Story {n}",
        "text": f"Story number {n} was told.",
        "url": f"https://ex.org/{n}",
    } | extra


@pytest.mark.parametrize(("fields", "reason"), BAD_LINES)
def test_a_bad_field_rejects_its_line_with_number_and_reason_and_the_others_import(
    tmp_path: Path, fields: dict[str, Any], reason: str
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(jsonl(good(1), good(2) | fields, good(3)), encoding="utf-8")
    out = StringIO()
    call_command("import_articles", str(path), "--no-parse", stdout=out, stderr=StringIO())
    output = out.getvalue()
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Story 1", "Story 3"]
    assert "Imported: 2" in output and "Rejected: 1" in output
    [line] = [line for line in output.splitlines() if line.startswith("  ! ")]
    assert line.startswith(f"  ! {path}:2: ") and reason in line, line


@pytest.mark.parametrize(("fields", "reason"), BAD_LINES[:6])
def test_the_import_page_reports_the_bad_line_and_keeps_the_good_ones(
    client_for: Any, editor: Any, fields: dict[str, Any], reason: str
) -> None:
    content = jsonl(good(1), good(2) | fields, good(3)).encode()
    response = client_for(editor).post("/import/", {"file": SimpleUploadedFile("batch.jsonl", content)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "2 imported, 0 duplicates, 1 rejected" in page
    assert "batch.jsonl:2: " in page
    assert json.dumps(reason)[1:-1].replace('\\"', "&quot;") in page
    assert Article.objects.count() == 2


def test_a_long_url_on_the_line_of_a_good_article_is_not_cut_or_stored(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(jsonl(good(1, url="https://ex.org/" + "x" * 1985)), encoding="utf-8")  # 2,000 exactly
    call_command("import_articles", str(path), "--no-parse", stdout=StringIO(), stderr=StringIO())
    assert len(Article.objects.get().url) == 2000


def test_whitespace_in_metadata_is_collapsed_and_dates_with_times_keep_the_date(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    record = good(
        1, title="  Port\tstrike\n ends ", source="Wire\r\nService", published="2024-03-01T08:30:00Z"
    )
    path.write_text(jsonl(record), encoding="utf-8")
    call_command("import_articles", str(path), "--no-parse", stdout=StringIO(), stderr=StringIO())
    article = Article.objects.get()
    assert (article.title, article.source, str(article.published)) == (
        "Port strike ends",
        "Wire Service",
        "2024-03-01",
    )


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sep.jsonl"
    path.write_text(
        json.dumps(good(1, text="One\u2028two\x85three."), ensure_ascii=False) + "\n" + jsonl(good(2)),
        "utf-8",
    )
    out = StringIO()
    call_command("import_articles", str(path), "--no-parse", stdout=out, stderr=StringIO())
    assert "Imported: 2" in out.getvalue() and "Rejected: 0" in out.getvalue()


def test_deeply_nested_json_is_a_malformed_line_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + jsonl(good(2)) + '{"text": 1' + "0" * 5000 + "}\n")
    out = StringIO()
    call_command("import_articles", str(path), "--no-parse", stdout=out, stderr=StringIO())
    output = out.getvalue()
    assert "Imported: 1" in output and "Rejected: 2" in output
    assert f"{path}:1: malformed JSON" in output and f"{path}:3: malformed JSON" in output


# -- property: random JSON in every field ------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)
plausible = {
    "url": st.sampled_from(
        [
            "https://ex.org/a",
            "http://ex.org/b?c=d",
            "javascript:alert(1)",
            "https://" + "x" * 2100 + ".org",
            "HTTPS://EX.ORG/",
            "//ex.org",
            "https://ex.org/\x00",
            "mailto:a@ex.org",
        ]
    )
    | st.builds(lambda s: "https://ex.org/" + s, st.text(max_size=2100)),
    "published": st.sampled_from(
        ["2024-03-01", "2024-03-01T10:00:00+02:00", "0001-01-01", "9999-12-31", "1/2/3"]
    ),
    "title": st.text(max_size=600),
    "source": st.text(max_size=250),
    "byline": st.text(max_size=350),
    "language": st.sampled_from(["en", "fr", "pt-BR", "xx-yy-zz-aaaa", ""]) | st.text(max_size=15),
    "text": st.text(min_size=1, max_size=300),
    "html": st.text(max_size=300).map(lambda s: f"<p>{s}</p>"),
}
FIELDS = [*plausible, "lang"]
record = st.fixed_dictionaries(
    {},
    optional={name: json_values | plausible.get(name, json_values) for name in FIELDS},
)
line = record.map(lambda r: json.dumps(r, ensure_ascii=False)) | st.sampled_from(
    ["{oops", "[1, 2]", "null", "1"]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line, min_size=1, max_size=6), via=st.sampled_from(["upload", "command"]))
def test_random_json_in_every_field_is_imported_or_reported_by_line(
    tmp_path: Path, lines: list[str], via: str
) -> None:
    content = "\n".join(lines) + "\n"
    path = tmp_path / "fuzz.jsonl"
    path.write_text(content, encoding="utf-8")
    before = Article.objects.count()
    if via == "upload":
        items = documents_from_upload("fuzz.jsonl", content.encode("utf-8"))
    else:
        items = documents_from_path(path)
    report = ingest_items(items, ImportReport())  # no exception may escape
    origin = "fuzz.jsonl" if via == "upload" else str(path)
    numbered = report.rejected + report.duplicates
    reported = [int(m[len(origin) + 1 :].split(":", 1)[0]) for m in numbered]
    assert all(m.startswith(f"{origin}:") for m in numbered), numbered
    assert len(set(reported)) == len(reported) and set(reported) <= set(range(1, len(lines) + 1))
    assert len(report.imported) + len(reported) == len(lines)
    assert Article.objects.count() == before + len(report.imported)
    for article in report.imported:
        article.full_clean(exclude=["content_hash", "language", "url"])  # what was stored is valid
        assert article.url is None or (
            article.url.lower().startswith(("http://", "https://")) and len(article.url) <= 2000
        )


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"url": "javascript:alert(1)"}, "starting with http:// or https://"),
        ({"url": "ftp://ex.org/a"}, "starting with http:// or https://"),
        ({"title": "\x01=1+2"}, "Control characters (here U+0001) are not allowed."),
        ({"source": "Wire\x1b"}, "Control characters (here U+001B) are not allowed."),
    ],
)
def test_the_paste_form_refuses_bad_metadata(
    client_for: Any, editor: Any, fields: dict[str, str], reason: str
) -> None:
    response = client_for(editor).post("/import/", {"text": "A story. “Yes,” she said.", **fields})
    assert reason in response.content.decode()
    assert not Article.objects.exists()
