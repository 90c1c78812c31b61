"""The paste / upload form: editors only, clear errors, nothing lost."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from attribution.models import Article

pytestmark = pytest.mark.django_db
URL = "/import/"

STORY = (
    "Striker signs for Lyon\n\n"
    "“It is a dream to play here,” said the 21-year-old forward, who joins from Lens on a five-year deal."
)


def test_anonymous_is_sent_to_login(client) -> None:
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_reviewer_may_not_import(client_for, reviewer) -> None:
    client = client_for(reviewer)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": STORY}).status_code == 403
    assert Article.objects.count() == 0


def test_put_is_not_allowed(client_for, editor) -> None:
    assert client_for(editor).put(URL).status_code == 405


def test_editor_pastes_text_and_lands_on_the_article(client_for, editor) -> None:
    response = client_for(editor).post(URL, {"text": STORY, "source": "Sport Daily", "language": ""})
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("article", args=[article.pk])
    expected = ("Striker signs for Lyon", "Sport Daily", "en")
    assert (article.title, article.source, article.language) == expected


def test_pasted_html_is_sanitised(client_for, editor) -> None:
    client_for(editor).post(URL, {"text": "<h1>Title</h1><p>Body <script>alert(1)</script>text</p>"})
    assert Article.objects.get().body == "Title\n\nBody text"


def test_empty_paste_shows_an_error_and_saves_nothing(client_for, editor) -> None:
    response = client_for(editor).post(URL, {"text": "   "})
    assert response.status_code == 200
    assert "nothing to import" in response.content.decode()
    assert Article.objects.count() == 0


def test_upload_of_binary_file_shows_reason(client_for, editor) -> None:
    upload = SimpleUploadedFile("scan.txt", b"\x00\x01\x02\xff" * 100)
    response = client_for(editor).post(URL, {"file": upload})
    assert response.status_code == 400
    assert "binary" in response.content.decode()
    assert Article.objects.count() == 0


def test_upload_jsonl_reports_imported_and_rejected_lines(client_for, editor) -> None:
    content = b'{"title": "A", "text": "Alpha story."}\n{oops\n{"title": "B", "text": "Beta story."}\n'
    response = client_for(editor).post(URL, {"file": SimpleUploadedFile("batch.jsonl", content)})
    page = response.content.decode()
    assert "2 imported" in page and "batch.jsonl:2" in page
    assert Article.objects.count() == 2


def test_duplicate_paste_is_reported_not_stored_twice(client_for, editor) -> None:
    client = client_for(editor)
    client.post(URL, {"text": STORY})
    response = client.post(URL, {"text": STORY}, follow=True)
    assert "Already in Quotedesk" in response.content.decode()
    assert Article.objects.count() == 1


def test_a_duplicate_links_to_the_article_already_stored(client_for, editor) -> None:
    """Pasting a story that is already in Quotedesk says which article it is, as a link to it (the
    editor wants to review that one, not hunt for #12 in the queue); a JSONL line likewise."""
    client = client_for(editor)
    client.post(URL, {"text": STORY})
    stored = Article.objects.get()
    page = client.post(URL, {"text": STORY}).content.decode()
    link = f'<a href="/articles/{stored.pk}/">article #{stored.pk}</a>'
    assert f"pasted text: same text as {link}" in page
    line = json.dumps({"title": "Again", "text": stored.body}).encode()
    page = client.post(URL, {"file": SimpleUploadedFile("batch.jsonl", line)}).content.decode()
    assert f"batch.jsonl:1: same text as {link}" in page


def test_oversized_paste_is_refused(client_for, editor, settings) -> None:
    settings.QUOTEDESK_MAX_UPLOAD_BYTES = 100
    response = client_for(editor).post(URL, {"text": "x" * 200})
    assert "limit" in response.content.decode()
    assert Article.objects.count() == 0


def test_the_language_menu_offers_every_language_the_parser_reads(client_for, editor) -> None:
    page = client_for(editor).get(URL).content.decode()
    languages = (("en", "English"), ("fr", "French"), ("hi", "Hindi"), ("es", "Spanish"), ("de", "German"))
    for code, name in languages:
        assert f'<option value="{code}">{name}</option>' in page


def test_an_editor_may_import_a_spanish_article_and_it_is_parsed_as_spanish(client_for, editor) -> None:
    text = (
        "El Gobierno aprueba el plan\n\n"
        "«No vamos a dar marcha atrás», dijo el ministro de Economía, Carlos Cuerpo, en Madrid."
    )
    response = client_for(editor).post(URL, {"text": text, "language": "es"})
    article = Article.objects.get()
    assert response.status_code == 302 and article.language == "es"


def test_a_batch_with_rejected_lines_is_a_warning_not_a_success(client_for, editor) -> None:
    """'2 imported, 0 duplicates, 3 rejected.' came up in the green success toast."""
    lines = '{"title": "Good one", "text": "A sentence long enough to keep."}\n{"title": "Bad", "text": 42}\n'
    upload = SimpleUploadedFile("batch.jsonl", lines.encode(), content_type="application/json")
    page = client_for(editor).post(reverse("import"), {"file": upload}).content.decode()
    assert '<p class="msg msg-warning">1 imported, 0 duplicates, 1 rejected.</p>' in page
    clean = SimpleUploadedFile("clean.jsonl", b'{"title": "Other", "text": "Another sentence to keep."}\n')
    second = client_for(editor).post(reverse("import"), {"file": clean}, follow=True).content.decode()
    assert "msg-warning" not in second
