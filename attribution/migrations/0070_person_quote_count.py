"""Person.quote_count (quotes not rejected), kept by the database: the people directory sorts by it.

Counting a million quotes per request made /people/ take seconds at scale. The count is kept by
triggers on attribution_quote, so every way a quote gains, loses or changes its speaker (a parse, a
reviewer's reassign, a merge, an undo, the admin, raw SQL, deleting an article) keeps it exact.

- SQLite: row triggers (one writer at a time, so no lock-order questions).
- PostgreSQL: statement triggers over transition tables: one UPDATE of the persons touched per
  statement (a parse's bulk insert, a merge's bulk move), persons locked in id order.

SQLite drops a table's triggers when a later migration rebuilds attribution_quote (AddField with a
default, AlterField): such a migration must call `create_sqlite_triggers` again (see 0012 and 0030
for the span triggers). tests/people/test_quote_count.py fails if the count stops being kept.
"""

from __future__ import annotations

from django.db import migrations, models

SQLITE_CREATE = [
    """
    CREATE TRIGGER person_quote_count_insert AFTER INSERT ON attribution_quote
    WHEN NEW.speaker_id IS NOT NULL AND NEW.status <> 'rejected'
    BEGIN UPDATE attribution_person SET quote_count = quote_count + 1 WHERE id = NEW.speaker_id; END;
    """,
    """
    CREATE TRIGGER person_quote_count_delete AFTER DELETE ON attribution_quote
    WHEN OLD.speaker_id IS NOT NULL AND OLD.status <> 'rejected'
    BEGIN UPDATE attribution_person SET quote_count = quote_count - 1 WHERE id = OLD.speaker_id; END;
    """,
    """
    CREATE TRIGGER person_quote_count_update AFTER UPDATE OF speaker_id, status ON attribution_quote
    WHEN OLD.speaker_id IS NOT NEW.speaker_id OR (OLD.status = 'rejected') <> (NEW.status = 'rejected')
    BEGIN
      UPDATE attribution_person SET quote_count = quote_count - 1
       WHERE id = OLD.speaker_id AND OLD.status <> 'rejected';
      UPDATE attribution_person SET quote_count = quote_count + 1
       WHERE id = NEW.speaker_id AND NEW.status <> 'rejected';
    END;
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS person_quote_count_insert",
    "DROP TRIGGER IF EXISTS person_quote_count_delete",
    "DROP TRIGGER IF EXISTS person_quote_count_update",
]

# One function for the three statements: the net change per speaker, applied in id order.
POSTGRES_CREATE = [
    """
    CREATE FUNCTION person_quote_count() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        WITH d AS (SELECT speaker_id, count(*) AS n FROM new_rows WHERE speaker_id IS NOT NULL AND status <> 'rejected'
                   GROUP BY speaker_id),
             locked AS (SELECT id FROM attribution_person WHERE id IN (SELECT speaker_id FROM d)
                        ORDER BY id FOR UPDATE)
        UPDATE attribution_person p SET quote_count = p.quote_count + d.n
        FROM d WHERE p.id = d.speaker_id AND p.id IN (SELECT id FROM locked);
      ELSIF TG_OP = 'DELETE' THEN
        WITH d AS (SELECT speaker_id, count(*) AS n FROM old_rows WHERE speaker_id IS NOT NULL AND status <> 'rejected'
                   GROUP BY speaker_id),
             locked AS (SELECT id FROM attribution_person WHERE id IN (SELECT speaker_id FROM d)
                        ORDER BY id FOR UPDATE)
        UPDATE attribution_person p SET quote_count = p.quote_count - d.n
        FROM d WHERE p.id = d.speaker_id AND p.id IN (SELECT id FROM locked);
      ELSE
        WITH moved AS (SELECT CASE WHEN o.status <> 'rejected' THEN o.speaker_id END AS was_id,
                              CASE WHEN n.status <> 'rejected' THEN n.speaker_id END AS now_id
                       FROM new_rows n JOIN old_rows o ON o.id = n.id
                       WHERE n.speaker_id IS DISTINCT FROM o.speaker_id OR n.status <> o.status),
             c AS (SELECT now_id AS speaker_id, 1 AS n FROM moved WHERE now_id IS NOT NULL
                   UNION ALL SELECT was_id, -1 FROM moved WHERE was_id IS NOT NULL),
             d AS (SELECT speaker_id, sum(n) AS n FROM c GROUP BY speaker_id HAVING sum(n) <> 0),
             locked AS (SELECT id FROM attribution_person WHERE id IN (SELECT speaker_id FROM d)
                        ORDER BY id FOR UPDATE)
        UPDATE attribution_person p SET quote_count = p.quote_count + d.n
        FROM d WHERE p.id = d.speaker_id AND p.id IN (SELECT id FROM locked);
      END IF;
      RETURN NULL;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER person_quote_count_insert AFTER INSERT ON attribution_quote
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_quote_count();
    """,
    """
    CREATE TRIGGER person_quote_count_delete AFTER DELETE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_quote_count();
    """,
    """
    CREATE TRIGGER person_quote_count_update AFTER UPDATE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_quote_count();
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS person_quote_count_insert ON attribution_quote",
    "DROP TRIGGER IF EXISTS person_quote_count_delete ON attribution_quote",
    "DROP TRIGGER IF EXISTS person_quote_count_update ON attribution_quote",
    "DROP FUNCTION IF EXISTS person_quote_count()",
]

RECOUNT = """
UPDATE attribution_person SET quote_count = (
  SELECT count(*) FROM attribution_quote q
  WHERE q.speaker_id = attribution_person.id AND q.status <> 'rejected'
)
"""


def create_sqlite_triggers(schema_editor) -> None:
    for sql in SQLITE_DROP + SQLITE_CREATE:
        schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
    else:
        create_sqlite_triggers(schema_editor)
    schema_editor.execute(RECOUNT)


def drop_triggers(apps, schema_editor):
    for sql in POSTGRES_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("attribution", "0033_quote_text_search_gin")]

    operations = [
        migrations.AddField(
            model_name="person",
            name="quote_count",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(
                models.OrderBy(models.F("quote_count"), descending=True),
                models.F("name"),
                name="person_by_quote_count",
            ),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
