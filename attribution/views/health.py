"""/healthz for load balancers and process supervisors: is this process able to reach the database?"""

from __future__ import annotations

import logging
import time

from django.db import connection
from django.http import HttpRequest, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 {"status": "ok"} when a query round-trips; 503 otherwise. No login: it reveals nothing."""
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        logger.error("Health check: database unreachable: %s", exc)
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    ms = round((time.perf_counter() - started) * 1000, 1)
    return JsonResponse({"status": "ok", "database": "ok", "database_ms": ms})


@require_GET
def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico on pages that name no icon (the Django admin's): the site's icon."""
    return HttpResponseRedirect(static("img/favicon.svg"))
