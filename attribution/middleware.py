"""A request body over the upload limit gets the app's own message, not Django's bare 400.

Django refuses a body past DATA_UPLOAD_MAX_MEMORY_SIZE when something first reads request.POST — the
CSRF check, before any view runs — and answers with a generic "Bad Request". This middleware looks at
Content-Length before that and answers 413 with the import page and the size limit in words. It must
come after AuthenticationMiddleware (to show the page to an editor) and before CsrfViewMiddleware's
view check, which reads the body.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse


def too_large_message(size: int) -> str:
    limit = settings.QUOTEDESK_MAX_UPLOAD_BYTES
    return (
        f"The pasted text or file is about {size:,} bytes; the limit is {limit:,} bytes "
        f"({limit / 1024 / 1024:.0f} MB). Nothing was imported: split it, or import it with "
        "`manage.py import_articles`."
    )


class RequestTooLargeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and size > limit:
            return self.too_large(request, size)
        return self.get_response(request)

    def too_large(self, request: HttpRequest, size: int) -> HttpResponse:
        from attribution.views.access import IMPORT_PERM
        from attribution.views.imports import ImportForm

        message = too_large_message(size)
        if request.path == reverse("import") and request.user.has_perm(IMPORT_PERM):
            context = {"form": ImportForm(), "report": None, "batch": None, "size_error": message}
            return render(request, "articles/import.html", context, status=413)
        return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
