"""Database-level guarantee that a quote's end never passes the end of its article's body.

A CheckConstraint cannot look at another table, so this is a trigger on both supported databases.
"""

from __future__ import annotations

from django.db import migrations

SQLITE_CREATE = [
    f"""
    CREATE TRIGGER IF NOT EXISTS quote_span_within_body_{op}
    BEFORE {op.upper()} ON attribution_quote
    WHEN NEW."end" > (SELECT length(body) FROM attribution_article WHERE id = NEW.article_id)
      OR NEW.start < 0
    BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: quote_span_within_body'); END;
    """
    for op in ("insert", "update")
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS quote_span_within_body_insert", "DROP TRIGGER IF EXISTS quote_span_within_body_update"]

POSTGRES_CREATE = [
    """
    CREATE OR REPLACE FUNCTION quote_span_within_body() RETURNS trigger AS $$
    BEGIN
      IF NEW."end" > (SELECT char_length(body) FROM attribution_article WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'new row for relation "attribution_quote" violates check constraint "quote_span_within_body"'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER quote_span_within_body BEFORE INSERT OR UPDATE OF start, "end", article_id
    ON attribution_quote FOR EACH ROW EXECUTE FUNCTION quote_span_within_body();
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS quote_span_within_body ON attribution_quote",
    "DROP FUNCTION IF EXISTS quote_span_within_body()",
]


def create(apps, schema_editor):
    statements = POSTGRES_CREATE if schema_editor.connection.vendor == "postgresql" else SQLITE_CREATE
    for sql in statements:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    statements = POSTGRES_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("attribution", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
