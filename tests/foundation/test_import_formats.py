"""import_articles reads every supported format and reports what it did."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from attribution.models import Article

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

WIRE_STORY = (
    "Dockworkers end strike after pay deal\n\n"
    "ROTTERDAM (Wire) - Dockworkers at Europe's largest port returned to work on Tuesday after union leaders "
    "accepted a 7% pay rise, ending a nine-day strike that had stranded hundreds of containers.\n\n"
    "“Our members have shown what solidarity means,” union spokeswoman Anouk de Vries told reporters."
)


def run_import(*paths: Path | str, extra: tuple[str, ...] = ("--no-parse",)) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, paths), *extra, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_plain_text_file_becomes_article_titled_by_first_line(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(WIRE_STORY, encoding="utf-8")
    output = run_import(path)
    article = Article.objects.get()
    assert article.title == "Dockworkers end strike after pay deal"
    assert "Anouk de Vries told reporters" in article.body
    assert "\n\n" in article.body
    assert "Imported: 1" in output


def test_markdown_file_is_imported(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(
        "# Budget vote delayed\n\nThe council said the vote would wait.", "utf-8"
    )
    run_import(tmp_path / "note.md")
    assert Article.objects.get().body.startswith("# Budget vote delayed")


def test_html_is_reduced_to_paragraphs_without_scripts(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Port strike ends</title><script>alert('x')</script></head><body>"
        "<nav>Go to home page</nav><h1>Port strike ends</h1>"
        "<p>Dockworkers returned to work on <b>Tuesday</b>.</p>"
        "<p onclick=\"steal()\">“We won,” said <a href='javascript:evil()'>Anouk de Vries</a>.</p>"
        "<img src=x onerror=alert(1)><p>Back to top</p></body></html>"
    )
    (tmp_path / "strike.html").write_text(html, encoding="utf-8")
    run_import(tmp_path / "strike.html")
    article = Article.objects.get()
    assert article.title == "Port strike ends"
    assert "Dockworkers returned to work on Tuesday." in article.body
    assert "“We won,” said Anouk de Vries." in article.body
    for forbidden in (
        "alert", "script", "onerror", "onclick", "javascript", "<", "Go to home page", "Back to top"
    ):
        assert forbidden not in article.body


def test_a_table_row_is_one_line_with_its_cells_separated_not_a_paragraph_per_cell(tmp_path: Path) -> None:
    html = (
        "<h1>City budget shifts $12m to buses</h1>"
        "<p>The city will move $12 million from roads to buses, the finance committee decided.</p>\n"
        "<table>\n <tr>\n  <th>Item</th>\n  <th>2025</th>\n  <th>2026</th>\n </tr>\n"
        " <tr><td>Roads</td><td>$40m</td><td>$28m</td></tr>\n"
        " <tr><td>Buses</td><td>$22m</td><td><b>$34m</b></td></tr>\n</table>\n"
        "<p>“Buses carry more people per dollar,” said committee chair Nadia Hussein.</p>"
    )
    (tmp_path / "budget.html").write_text(html, encoding="utf-8")
    run_import(tmp_path / "budget.html")
    paragraphs = Article.objects.get().body.split("\n\n")
    assert paragraphs[2:5] == ["Item | 2025 | 2026", "Roads | $40m | $28m", "Buses | $22m | $34m"]
    assert paragraphs[5].startswith("“Buses carry more people per dollar,”")


def test_a_saved_web_page_keeps_the_story_and_drops_menus_sidebars_and_footer(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Minister warns | The Daily Planet</title>"
        "</head><body><nav><ul><li><a href='/'>Home</a></li><li>World</li><li>Sport</li></ul></nav>"
        "<header><h1>Minister warns of a hard winter</h1><p>By Jane Doe, Energy Correspondent</p></header>"
        "<article><p>Energy Minister Alan Brook said on Tuesday that households should prepare.</p>"
        "<aside>Most read: <a href='/x'>Celebrity chef opens bakery</a></aside>"
        "<p>&ldquo;We are not out of the woods yet,&rdquo; Brook told MPs.</p>"
        "<form><label>Email</label><input name='e'><button>Subscribe to Energy Weekly</button></form>"
        "</article><footer>The Daily Planet, 1 Fleet Street. <a href='/privacy'>Privacy policy</a></footer>"
        "</body></html>"
    )
    (tmp_path / "planet.html").write_text(html, encoding="utf-8")
    run_import(tmp_path / "planet.html")
    article = Article.objects.get()
    assert article.title == "Minister warns of a hard winter"
    assert article.body.split("\n\n") == [
        "Minister warns of a hard winter",
        "By Jane Doe, Energy Correspondent",
        "Energy Minister Alan Brook said on Tuesday that households should prepare.",
        "“We are not out of the woods yet,” Brook told MPs.",
    ]
    from attribution.services import parse_article

    parse_article(article)
    assert {(q.text, q.speaker.name) for q in article.quotes.filter(kind="direct")} == {
        ("We are not out of the woods yet,", "Alan Brook")
    }


def test_jsonl_imports_good_lines_and_reports_malformed_ones_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "One", "text": "First story text. “Yes,” she said.", "url": "https://ex.org/1",
                    "source": "Example", "published": "2024-03-01", "language": "en"}),
        "{not json",
        json.dumps({"title": "Two", "html": "<p>Second story</p><p>More text.</p>"}),
        json.dumps({"title": "No body"}),
        json.dumps({"title": "Bad date", "text": "Text", "published": "yesterday"}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = run_import(path)
    assert sorted(Article.objects.values_list("title", flat=True)) == ["One", "Two"]
    one = Article.objects.get(title="One")
    assert (one.url, one.source, str(one.published), one.language) == (
        "https://ex.org/1", "Example", "2024-03-01", "en")
    assert Article.objects.get(title="Two").body == "Second story\n\nMore text."
    assert "Rejected: 4" in output
    for number in (2, 4, 5, 6):
        assert f"batch.jsonl:{number}:" in output


def test_folder_import_of_the_seeds_then_again_duplicates_nothing() -> None:
    first = run_import(SEEDS)
    assert "Imported: 5" in first
    assert Article.objects.count() == 5
    second = run_import(SEEDS)
    assert "Imported: 0" in second and "Duplicates: 5" in second
    assert Article.objects.count() == 5


def test_seed_languages_are_detected() -> None:
    run_import(SEEDS)
    hindi = Article.objects.get(body__contains="लावरोव")
    assert hindi.language == "hi"
    assert set(Article.objects.exclude(pk=hindi.pk).values_list("language", flat=True)) == {"en"}


def test_seed_page_furniture_is_dropped() -> None:
    run_import(SEEDS)
    eir = Article.objects.get(body__contains="EIRNS")
    assert not eir.body.startswith("Go to home page")
    assert eir.title == "Guterres and Putin Confer on Israel-Palestine and Syria"
    asharq = Article.objects.get(body__contains="Zarif")
    caption = "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Mohammad Javad Zarif hold"
    assert asharq.body.count(caption) == 1


def test_import_parses_articles_into_quotes(tmp_path: Path, django_capture_on_commit_callbacks) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(WIRE_STORY, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        run_import(path, extra=())
    article = Article.objects.get()
    article.refresh_from_db()
    assert article.parse_status == Article.ParseStatus.DONE
    quote = article.quotes.get(text__startswith="Our members")
    assert quote.speaker is not None and quote.speaker.name == "Anouk de Vries"
