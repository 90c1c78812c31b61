"""SpeakerTally: quotes per article and speaker (rejected ones aside), kept by triggers for the dashboard.

Same pattern as 0070 and 0071. SQLite drops these triggers when a later migration rebuilds
attribution_quote: call `create_sqlite_triggers` again there (tests/claims/test_quote_tally.py fails
otherwise).
"""

# (generated on 2026-12-07 01:34

import django.db.models.deletion
from django.db import migrations, models

COUNTS = "{row}.speaker_id IS NOT NULL AND {row}.status <> 'rejected'"


def _sqlite_upsert(row: str, delta: str) -> str:
    return (
        f"INSERT INTO attribution_speakertally (article_id, speaker_id, n) "
        f"SELECT {row}.article_id, {row}.speaker_id, {delta}1 WHERE {COUNTS.format(row=row)} "
        f"ON CONFLICT (article_id, speaker_id) DO UPDATE SET n = n {delta or '+'} 1;"
    )


SQLITE_CREATE = [
    f"""CREATE TRIGGER speaker_tally_insert AFTER INSERT ON attribution_quote
    BEGIN {_sqlite_upsert("NEW", "")} END;""",
    f"""CREATE TRIGGER speaker_tally_delete AFTER DELETE ON attribution_quote
    BEGIN {_sqlite_upsert("OLD", "-")} END;""",
    f"""CREATE TRIGGER speaker_tally_update AFTER UPDATE OF article_id, speaker_id, status ON attribution_quote
    WHEN OLD.article_id IS NOT NEW.article_id OR OLD.speaker_id IS NOT NEW.speaker_id
      OR (OLD.status = 'rejected') <> (NEW.status = 'rejected')
    BEGIN {_sqlite_upsert("OLD", "-")} {_sqlite_upsert("NEW", "")} END;""",
]
SQLITE_DROP = [f"DROP TRIGGER IF EXISTS speaker_tally_{op}" for op in ("insert", "delete", "update")]

_PG_UPSERT = """
  INSERT INTO attribution_speakertally (article_id, speaker_id, n)
  SELECT article_id, speaker_id, n FROM d ORDER BY article_id, speaker_id
  ON CONFLICT (article_id, speaker_id) DO UPDATE SET n = attribution_speakertally.n + excluded.n;
"""
POSTGRES_CREATE = [
    f"""
    CREATE FUNCTION speaker_tally() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        WITH d AS (SELECT article_id, speaker_id, count(*) AS n FROM new_rows r
                   WHERE {COUNTS.format(row="r")} GROUP BY 1, 2)
        {_PG_UPSERT}
      ELSIF TG_OP = 'DELETE' THEN
        WITH d AS (SELECT article_id, speaker_id, -count(*) AS n FROM old_rows r
                   WHERE {COUNTS.format(row="r")} GROUP BY 1, 2)
        {_PG_UPSERT}
      ELSE
        WITH pairs AS (SELECT o.article_id AS o_article,
                              CASE WHEN {COUNTS.format(row="o")} THEN o.speaker_id END AS o_speaker,
                              n.article_id AS n_article,
                              CASE WHEN {COUNTS.format(row="n")} THEN n.speaker_id END AS n_speaker
                       FROM new_rows n JOIN old_rows o ON o.id = n.id),
             changed AS (SELECT * FROM pairs
                         WHERE (o_article, o_speaker) IS DISTINCT FROM (n_article, n_speaker)),
             c AS (SELECT n_article AS article_id, n_speaker AS speaker_id, 1 AS n FROM changed
                   WHERE n_speaker IS NOT NULL
                   UNION ALL
                   SELECT o_article, o_speaker, -1 FROM changed WHERE o_speaker IS NOT NULL),
             d AS (SELECT article_id, speaker_id, sum(n) AS n FROM c GROUP BY 1, 2 HAVING sum(n) <> 0)
        {_PG_UPSERT}
      END IF;
      RETURN NULL;
    END; $$ LANGUAGE plpgsql;
    """,
    """CREATE TRIGGER speaker_tally_insert AFTER INSERT ON attribution_quote
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_tally();""",
    """CREATE TRIGGER speaker_tally_delete AFTER DELETE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_tally();""",
    """CREATE TRIGGER speaker_tally_update AFTER UPDATE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_tally();""",
]
POSTGRES_DROP = [
    *(f"DROP TRIGGER IF EXISTS speaker_tally_{op} ON attribution_quote" for op in ("insert", "delete", "update")),
    "DROP FUNCTION IF EXISTS speaker_tally()",
]


def create_sqlite_triggers(schema_editor) -> None:
    for sql in SQLITE_DROP + SQLITE_CREATE:
        schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
    else:
        create_sqlite_triggers(schema_editor)
    schema_editor.execute(
        "INSERT INTO attribution_speakertally (article_id, speaker_id, n) "
        "SELECT article_id, speaker_id, count(*) FROM attribution_quote "
        "WHERE speaker_id IS NOT NULL AND status <> 'rejected' GROUP BY 1, 2"
    )


def drop_triggers(apps, schema_editor):
    for sql in POSTGRES_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ('attribution', '0071_quote_tally'),
    ]

    operations = [
        migrations.CreateModel(
            name='SpeakerTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('n', models.IntegerField(default=0)),
                ('article', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='attribution.article')),
                ('speaker', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='attribution.person')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('article', 'speaker'), name='speaker_tally_key')],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
