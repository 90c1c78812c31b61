"""bench_scale --cache cold: the database's pages leave PostgreSQL's buffers and the OS page cache."""

from __future__ import annotations

import os

import pytest
from django.db import connection

from attribution.management.cold_cache import ColdCache, database_size
from attribution.models import Quote

pytestmark = pytest.mark.django_db


def _cached_pages(path: str) -> int:
    """Pages of `path` in the OS page cache (mincore through mmap)."""
    import ctypes
    import mmap

    size = os.path.getsize(path)
    if size == 0:
        return 0
    libc = ctypes.CDLL(None, use_errno=True)
    pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    vec = (ctypes.c_ubyte * pages)()
    # a private mapping (nothing read or written through it): mincore reports the file's cached pages
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), size, access=mmap.ACCESS_COPY) as mapped:
        start = ctypes.c_char.from_buffer(mapped)
        failed = libc.mincore(ctypes.c_void_p(ctypes.addressof(start)), ctypes.c_size_t(size), vec)
        del start
    if failed:
        pytest.skip("mincore unavailable")
    return sum(b & 1 for b in vec)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL server's caches")
def test_evicting_leaves_no_page_of_the_database_in_either_cache(make_article) -> None:
    body = "Port strike\n\n" + " ".join(f"The mayor said the port reopens on day {i}." for i in range(200))
    article = make_article(body)
    Quote.objects.bulk_create(
        Quote(article=article, start=s, end=s + 20) for s in range(14, 4000, 40) if s + 20 < len(body)
    )
    cold = ColdCache()
    if cold.ready:
        pytest.skip(cold.ready)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_relation_filepath('attribution_quote')")
        relative = cursor.fetchone()[0]
    quote_file = next(f for f in cold.files if f.endswith("/" + relative))
    list(Quote.objects.all())  # read: in the server's buffers (and, written, in the OS cache)
    assert _cached_pages(quote_file) > 0  # the check below can see pages
    assert cold.evict() == 0  # none of this database's relations left in shared buffers
    assert _cached_pages(quote_file) == 0
    assert database_size()  # printed with the table
