"""Article.body_length, and the quote-span trigger reading it instead of length(body).

The trigger of 0002 computed the body's length for every quote inserted or moved: for a 5 MB
article with 100,000 quotes that is 100,000 reads of 5 MB (minutes, blocking the worker). Now it
reads one integer. On SQLite even that integer sits after the body in the row, and reaching it
means walking the body's overflow pages (about 0.2 ms for 5 MB), so the trigger reads it from the
covering index (id, body_length) instead. The database keeps body_length right by itself, so the
span check still holds for any way a body is written.
"""

from __future__ import annotations

from importlib import import_module

from django.db import migrations, models

old = import_module("attribution.migrations.0002_quote_span_within_body")

SQLITE_CREATE = [
    *[
        f"""
        CREATE TRIGGER quote_span_within_body_{op}
        BEFORE {op.upper()} ON attribution_quote
        WHEN NEW."end" > (
            SELECT body_length FROM attribution_article INDEXED BY article_id_body_length
            WHERE id = NEW.article_id
        ) OR NEW.start < 0
        BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: quote_span_within_body'); END;
        """
        for op in ("insert", "update")
    ],
    # SQLite triggers cannot change NEW: correct the row afterwards, only when it is wrong (the
    # application sets it, so this rewrites nothing in practice).
    *[
        f"""
        CREATE TRIGGER article_body_length_{op}
        AFTER {op.upper()}{" OF body, body_length" if op == "update" else ""} ON attribution_article
        WHEN NEW.body_length IS NOT length(NEW.body)
        BEGIN UPDATE attribution_article SET body_length = length(NEW.body) WHERE id = NEW.id; END;
        """
        for op in ("insert", "update")
    ],
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS quote_span_within_body_insert",
    "DROP TRIGGER IF EXISTS quote_span_within_body_update",
    "DROP TRIGGER IF EXISTS article_body_length_insert",
    "DROP TRIGGER IF EXISTS article_body_length_update",
]

POSTGRES_CREATE = [
    """
    CREATE OR REPLACE FUNCTION quote_span_within_body() RETURNS trigger AS $$
    BEGIN
      IF NEW."end" > (SELECT body_length FROM attribution_article WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'new row for relation "attribution_quote" violates check constraint "quote_span_within_body"'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE OR REPLACE FUNCTION article_body_length() RETURNS trigger AS $$
    BEGIN
      NEW.body_length := char_length(NEW.body);
      RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER article_body_length BEFORE INSERT OR UPDATE OF body, body_length
    ON attribution_article FOR EACH ROW EXECUTE FUNCTION article_body_length();
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS article_body_length ON attribution_article",
    "DROP FUNCTION IF EXISTS article_body_length()",
]


def drop_old_trigger(apps, schema_editor):
    # Before the new column: adding it rebuilds the article table on SQLite, and a trigger naming
    # that table would stop the rebuild.
    if schema_editor.connection.vendor != "postgresql":
        for sql in old.SQLITE_DROP:
            schema_editor.execute(sql)


def restore_old_trigger(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        for sql in old.SQLITE_CREATE:
            schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    schema_editor.execute("UPDATE attribution_article SET body_length = length(body)")
    for sql in POSTGRES_CREATE if postgres else SQLITE_CREATE:
        schema_editor.execute(sql)


def drop_triggers(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    for sql in POSTGRES_DROP if postgres else SQLITE_DROP:
        schema_editor.execute(sql)
    if postgres:
        schema_editor.execute(old.POSTGRES_CREATE[0])  # the function of 0002, reading length(body)


class Migration(migrations.Migration):
    dependencies = [("attribution", "0011_workerheartbeat")]

    operations = [
        migrations.RunPython(drop_old_trigger, restore_old_trigger),
        migrations.AddField(
            model_name="article",
            name="body_length",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="article",
            name="quotes_over_cap",
            field=models.PositiveIntegerField(
                default=0,
                editable=False,
                help_text="Quotes the parser found beyond QUOTEDESK_MAX_QUOTES_PER_ARTICLE.",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="parse_stopped_at",
            field=models.PositiveIntegerField(
                blank=True,
                editable=False,
                help_text="Where the parser stopped reading an article over the cap.",
                null=True,
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["id", "body_length"], name="article_id_body_length"),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
