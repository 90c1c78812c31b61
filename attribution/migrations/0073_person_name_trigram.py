"""Trigram indexes for finding people by any part of a name (PostgreSQL only).

The people directory and the speaker typeahead search names and aliases with `icontains`
(`UPPER(name::text) LIKE UPPER('%…%')`): without an index that scans 100,000 persons and their aliases
on every keystroke (about 190 ms p50 / 290 ms p95 at 100,000 persons). A GIN index over trigrams of
`UPPER(name)` answers it from the index. pg_trgm ships with PostgreSQL and is a trusted extension
(the database owner may create it); where it cannot be created the search still works, unindexed.
SQLite has no equivalent (its tables are small enough to scan).
"""

from __future__ import annotations

from django.db import DatabaseError, migrations, transaction

INDEXES = {
    "person_name_trgm": "attribution_person",
    "personalias_name_trgm": "attribution_personalias",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic():
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as error:
        print(f"\n  pg_trgm not available ({error}); name search stays unindexed")
        return
    for index, table in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin (UPPER(name::text) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for index in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("attribution", "0047_second_review")]

    operations = [migrations.RunPython(create, drop)]
