"""Quote sheet downloads (CSV, CSV for Excel, JSON Lines, XLSX) and the printable page. Editors and admins."""

from __future__ import annotations

import tempfile

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from attribution import exports
from attribution.quote_search import QuoteSearchFilters  # the export filters plus words, kind, speech act
from attribution.views.access import EXPORT_PERM, require_perm

# The printable page is read by a person, not a program: past this many quotes, narrow the filters.
PRINT_LIMIT = 2000
# An XLSX file is a zip, written at the end; it is built on disk first. Small ones stay in memory.
XLSX_SPOOL_BYTES = 8 * 1024 * 1024


@require_safe
@login_required
def export_quotes(request: HttpRequest) -> HttpResponse | StreamingHttpResponse | FileResponse:
    require_perm(request.user, EXPORT_PERM)
    fmt = request.GET.get("format", "csv")
    if fmt not in exports.FORMATS:
        return HttpResponseBadRequest(f"Unknown format {fmt!r}; use one of: {', '.join(exports.FORMATS)}.")
    try:
        filters = QuoteSearchFilters.from_params(request.GET)
    except exports.FilterError as error:
        return HttpResponseBadRequest(str(error))
    # The first batch is read before the answer starts: a failing query is an error, not 200 with a header.
    rows = exports.started(exports.quote_sheet_rows(filters))
    filename = exports.export_filename(fmt)
    if fmt == "xlsx":
        # FileResponse closes the file once it has been sent.
        spool = tempfile.SpooledTemporaryFile(max_size=XLSX_SPOOL_BYTES)  # noqa: SIM115
        exports.write_xlsx(rows, spool)
        spool.seek(0)
        return FileResponse(
            spool, as_attachment=True, filename=filename, content_type=exports.CONTENT_TYPES[fmt]
        )
    chunks = (chunk.encode("utf-8") for chunk in exports.text_chunks(fmt, rows))
    response = StreamingHttpResponse(chunks, content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Proxies such as nginx would otherwise buffer the whole file before sending it on.
    response["X-Accel-Buffering"] = "no"
    return response


@require_safe
@login_required
def print_quotes(request: HttpRequest) -> HttpResponse:
    """The quote sheet as a page grouped by speaker, styled for printing or saving as PDF."""
    require_perm(request.user, EXPORT_PERM)
    try:
        filters = QuoteSearchFilters.from_params(request.GET)
    except exports.FilterError as error:
        return HttpResponseBadRequest(str(error))
    rows = list(exports.print_rows(filters, limit=PRINT_LIMIT + 1))
    truncated = len(rows) > PRINT_LIMIT
    rows = rows[:PRINT_LIMIT]
    return render(
        request,
        "exports/print.html",
        {
            "rows": rows,
            "truncated": truncated,
            "limit": PRINT_LIMIT,
            "filters": filters,
            "include_unverified": any(r["verified"] is False for r in rows) or "pending" in filters.statuses,
        },
    )
