"""Paste or upload articles (editors only)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from attribution.ingest import (
    ImportReport,
    IngestError,
    document_from_html,
    document_from_text,
    documents_from_upload,
    ingest_items,
)
from attribution.tasks import enqueue_parse
from attribution.validators import no_control_characters, web_url
from attribution.views.access import IMPORT_PERM, require_perm
from attribution.views.progress import batch_progress


def language_choices() -> list[tuple[str, str]]:
    """Every language the parser has a file for (adding one adds it here too)."""
    from attribution.parsing import languages

    return [("", "Detect automatically")] + [
        (code, languages.get(code).data.name) for code in languages.available()
    ]


class ImportForm(forms.Form):
    title = forms.CharField(
        required=False,
        max_length=500,
        help_text="Defaults to the first line.",
        validators=[no_control_characters],
    )
    source = forms.CharField(
        required=False, max_length=200, label="Source / outlet", validators=[no_control_characters]
    )
    url = forms.URLField(required=False, max_length=2000, label="URL", validators=[web_url])
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.ChoiceField(
        required=False,
        choices=language_choices,
    )
    text = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 14}), label="Paste text or HTML"
    )
    file = forms.FileField(required=False, label="…or upload .txt, .md, .html or .jsonl")

    def clean(self) -> dict:
        data = super().clean() or {}
        text, upload = data.get("text") or "", data.get("file")
        if not text.strip() and not upload:
            raise forms.ValidationError("Paste some text or choose a file: there is nothing to import.")
        limit = settings.QUOTEDESK_MAX_UPLOAD_BYTES
        if upload is not None and upload.size > limit:
            raise forms.ValidationError(f"The file is {upload.size:,} bytes; the limit is {limit:,}.")
        if len(text.encode("utf-8")) > limit:
            raise forms.ValidationError(f"The pasted text is over the {limit:,}-byte limit.")
        return data


@login_required
@require_http_methods(["GET", "POST"])
def import_articles(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, IMPORT_PERM)
    form = ImportForm(request.POST or None, request.FILES or None)
    report: ImportReport | None = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        meta = {
            "source": data["source"],
            "url": data["url"] or None,
            "published": data["published"],
            "language": data["language"],
        }
        report = ImportReport()
        if data["file"]:
            upload = data["file"]
            items = list(documents_from_upload(upload.name, upload.read()))
            for item in items:
                if not isinstance(item, IngestError) and upload.name.lower().endswith(
                    (".txt", ".md", ".html", ".htm")
                ):
                    item.title = data["title"] or item.title
                    for key, value in meta.items():
                        if value:
                            setattr(item, key, value)
            ingest_items(items, report)
        if data["text"].strip():
            text = data["text"]
            maker = document_from_html if "<" in text and ">" in text and "</" in text else document_from_text
            ingest_items([maker(text, title=data["title"], origin="pasted text", **meta)], report)
        enqueue_parse(a.pk for a in report.imported)
        if report.imported and not report.rejected and len(report.imported) == 1 and not report.duplicates:
            messages.success(request, f"Imported “{report.imported[0].title}”; parsing has started.")
            return redirect("article", pk=report.imported[0].pk)
        if report.imported:
            # some lines were refused: the toast is a warning (the page lists them), not a green success
            (messages.warning if report.rejected else messages.success)(request, f"{report.summary()}.")
        elif report.duplicates and not report.rejected:
            messages.info(request, "Already in Quotedesk: nothing new was imported.")
    batch = batch_progress([a.pk for a in report.imported]) if report and report.imported else None
    status = 400 if report and report.rejected and not report.imported and not report.duplicates else 200
    context = {"form": form, "report": report, "batch": batch}
    return render(request, "articles/import.html", context, status=status)
