"""Quote.article_published: the article's publication date on each quote, kept by the database.

Quote search lists matches newest first (article date, then article, then position). With the date
only on the article, PostgreSQL had to fetch every match, join its article and sort them all to show
50 (a second at a million quotes for a common word). With the date on the quote and an index in that
order (quote_newest_first, undated articles last), it reads matches in index order and stops at
the page.

The column mirrors attribution_article.published, whatever writes either table:
- a quote inserted, moved to another article, or saved with a stale date takes its article's date;
- an article whose date changes passes it to its quotes.
SQLite cannot change NEW in a trigger, so it corrects the row afterwards, only when it is wrong.
SQLite drops a table's triggers, and indexes the model does not declare, when a later migration
rebuilds attribution_quote or attribution_article (AddField with a default, AlterField): such a
migration must call `restore_on_sqlite` again. tests/people/test_quote_search_order.py fails if the
copy goes stale or an index is gone.
"""

from __future__ import annotations

from django.db import migrations, models

ARTICLE_DATE = "(SELECT published FROM attribution_article WHERE id = NEW.article_id)"

SQLITE_CREATE = [
    f"""
    CREATE TRIGGER quote_article_published_insert AFTER INSERT ON attribution_quote
    WHEN NEW.article_published IS NOT {ARTICLE_DATE}
    BEGIN UPDATE attribution_quote SET article_published = {ARTICLE_DATE} WHERE id = NEW.id; END;
    """,
    f"""
    CREATE TRIGGER quote_article_published_update AFTER UPDATE OF article_id, article_published
    ON attribution_quote WHEN NEW.article_published IS NOT {ARTICLE_DATE}
    BEGIN UPDATE attribution_quote SET article_published = {ARTICLE_DATE} WHERE id = NEW.id; END;
    """,
    """
    CREATE TRIGGER article_published_to_quotes AFTER UPDATE OF published ON attribution_article
    WHEN OLD.published IS NOT NEW.published
    BEGIN UPDATE attribution_quote SET article_published = NEW.published WHERE article_id = NEW.id; END;
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS quote_article_published_insert",
    "DROP TRIGGER IF EXISTS quote_article_published_update",
    "DROP TRIGGER IF EXISTS article_published_to_quotes",
]

POSTGRES_CREATE = [
    """
    CREATE FUNCTION quote_article_published() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' OR NEW.article_id IS DISTINCT FROM OLD.article_id
         OR NEW.article_published IS DISTINCT FROM OLD.article_published THEN
        NEW.article_published := (SELECT published FROM attribution_article WHERE id = NEW.article_id);
      END IF;
      RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER quote_article_published BEFORE INSERT OR UPDATE OF article_id, article_published
    ON attribution_quote FOR EACH ROW EXECUTE FUNCTION quote_article_published();
    """,
    """
    CREATE FUNCTION article_published_to_quotes() RETURNS trigger AS $$
    BEGIN
      UPDATE attribution_quote SET article_published = NEW.published WHERE article_id = NEW.id;
      RETURN NULL;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER article_published_to_quotes AFTER UPDATE OF published ON attribution_article
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION article_published_to_quotes();
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS article_published_to_quotes ON attribution_article",
    "DROP FUNCTION IF EXISTS article_published_to_quotes()",
    "DROP TRIGGER IF EXISTS quote_article_published ON attribution_quote",
    "DROP FUNCTION IF EXISTS quote_article_published()",
]

BACKFILL = {
    "postgresql": """
        UPDATE attribution_quote q SET article_published = a.published
        FROM attribution_article a WHERE a.id = q.article_id AND a.published IS NOT NULL
    """,
    "sqlite": """
        UPDATE attribution_quote SET article_published =
          (SELECT published FROM attribution_article a WHERE a.id = attribution_quote.article_id)
        WHERE article_id IN (SELECT id FROM attribution_article WHERE published IS NOT NULL)
    """,
}


# Quote search's order (quote_search.NEWEST_FIRST), undated articles last; and the same per speaker
# (a person's page, /quotes/?speaker=): a speaker's newest quotes are a range of that index, however
# old or undated their articles. Raw SQL because SQLite has no NULLS LAST in an index (its DESC puts
# NULLs last anyway), so the model cannot declare them.
ORDER = "article_published DESC{nulls}, article_id DESC, start, id"
INDEXES = {
    "quote_newest_first": ORDER,
    "quote_speaker_newest_first": "speaker_id, " + ORDER,
}


def _index_sql(vendor: str, exists_ok: bool = False) -> list[str]:
    nulls = " NULLS LAST" if vendor == "postgresql" else ""
    create = "CREATE INDEX IF NOT EXISTS" if exists_ok else "CREATE INDEX"
    return [f"{create} {name} ON attribution_quote ({cols.format(nulls=nulls)})"
            for name, cols in INDEXES.items()]


def create_index(apps, schema_editor):
    for sql in _index_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql)


def drop_index(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def restore_on_sqlite(schema_editor) -> None:
    """The triggers and the indexes, after a migration rebuilt the quotes or articles table on SQLite."""
    for sql in SQLITE_DROP + SQLITE_CREATE:
        schema_editor.execute(sql)
    for sql in _index_sql("sqlite", exists_ok=True):
        schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    schema_editor.execute(BACKFILL["postgresql" if postgres else "sqlite"])
    if postgres:
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
    else:
        for sql in SQLITE_CREATE:
            schema_editor.execute(sql)


def drop_triggers(apps, schema_editor):
    for sql in POSTGRES_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("attribution", "0085_rule_suggestion_frame")]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="article_published",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
        migrations.RunPython(create_index, drop_index),
    ]
