"""A cold database cache for benchmarks (bench_scale --cache cold): pages evicted before each request."""

from __future__ import annotations

import os
from pathlib import Path

from django.db import connection


class ColdCache:
    """Evicts this database's tables and indexes from PostgreSQL's buffers and the OS page cache.

    PostgreSQL 15 has no call to drop a relation's buffers, so a ballast table (unlogged, twice
    shared_buffers) is read into the buffers until pg_buffercache shows none of this database's
    pages left (each read of it sweeps the whole pool at least twice; a page used often survives up
    to five sweeps). Then every file of the database's relations is fsynced and dropped from the OS
    page cache (posix_fadvise DONTNEED): that needs the server's data directory readable here, so a
    server on this machine run by this user or root. `ready` says why not, when it cannot.
    """

    BALLAST = "bench_cold_ballast"

    def __init__(self) -> None:
        self.ready = ""
        self.files: list[str] = []
        if connection.vendor != "postgresql":
            self.ready = "cold cache: PostgreSQL only"
            return
        with connection.cursor() as cursor:
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_buffercache")
                cursor.execute("SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'")
                pool = cursor.fetchone()[0]
                cursor.execute(f"CREATE UNLOGGED TABLE IF NOT EXISTS {self.BALLAST} (filler text)")
                cursor.execute(f"SELECT pg_relation_size('{self.BALLAST}')")
                if cursor.fetchone()[0] < 2 * pool:
                    cursor.execute(f"TRUNCATE {self.BALLAST}")
                    # four rows of 1,800 bytes fill a page; uncompressed (under the TOAST threshold)
                    cursor.execute(
                        f"INSERT INTO {self.BALLAST} SELECT repeat(md5(i::text), 56) "
                        "FROM generate_series(1, %s) i",
                        [2 * pool // 8192 * 4 + 4],
                    )
                cursor.execute("CHECKPOINT")
                cursor.execute("SHOW data_directory")
                data = cursor.fetchone()[0]
                cursor.execute(
                    "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                    "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i', 't', 'm') "
                    "AND c.relname <> %s AND pg_relation_filepath(c.oid) IS NOT NULL",
                    [self.BALLAST],
                )
                paths = [row[0] for row in cursor.fetchall()]
            except Exception as error:  # noqa: BLE001 - a benchmark reports what it cannot do
                self.ready = f"cold cache impossible here: {error}".splitlines()[0]
                return
        base = Path(data)
        if not base.is_dir() or not os.access(base, os.R_OK):
            self.ready = f"cold cache: the server's data directory {data} is not readable here"
            return
        for rel in paths:
            for path in base.glob(rel + "*"):  # segments (.1, .2), free space map, visibility map
                self.files.append(str(path))

    def evict(self) -> int:
        """Drop the pages; the number of this database's buffers still held (0 when it worked)."""
        left = -1
        with connection.cursor() as cursor:
            for _ in range(8):
                cursor.execute(f"SELECT pg_prewarm('{self.BALLAST}', 'buffer')")
                cursor.execute(
                    "SELECT count(*) FROM pg_buffercache b JOIN pg_class c "
                    "ON b.relfilenode = pg_relation_filenode(c.oid) "
                    "WHERE b.reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                    "AND c.relnamespace = 'public'::regnamespace AND c.relname <> %s",
                    [self.BALLAST],
                )
                left = cursor.fetchone()[0]
                if left == 0:
                    break
        for name in self.files:
            try:
                fd = os.open(name, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
        return left


def database_size() -> str:
    if connection.vendor != "postgresql":
        return f"{Path(connection.settings_dict['NAME']).stat().st_size / 1e6:,.0f} MB"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_database_size(current_database()) - "
            "coalesce(pg_total_relation_size(to_regclass(%s)), 0))",
            [ColdCache.BALLAST],
        )
        return cursor.fetchone()[0]
