"""QuoteTally: quotes per article, kind, status and claim-or-not, kept by triggers for the dashboard.

The dashboard's charts counted a million quotes each, per request (10 s for a filter not seen before at
1M quotes). The triggers keep a few rows per article exact through every insert, update and delete of
quotes (parses, reviews, undo, merges, the admin, raw SQL), the same way 0070 keeps Person.quote_count.
SQLite drops these triggers when a later migration rebuilds attribution_quote: call
`create_sqlite_triggers` again there (tests/claims/test_quote_tally.py fails otherwise).
"""

import django.db.models.deletion
from django.db import migrations, models

CLAIM = "COALESCE({row}.claim_score >= 0.5, {false})"  # QuoteTally.TALLY_THRESHOLD
KEY = "(article_id, kind, status, claim)"


def _sqlite_upsert(row: str, delta: str) -> str:
    return (
        f"INSERT INTO attribution_quotetally (article_id, kind, status, claim, n) "
        f"VALUES ({row}.article_id, {row}.kind, {row}.status, {CLAIM.format(row=row, false=0)}, {delta}1) "
        f"ON CONFLICT {KEY} DO UPDATE SET n = n {delta or '+'} 1;"
    )


SQLITE_CREATE = [
    f"""CREATE TRIGGER quote_tally_insert AFTER INSERT ON attribution_quote
    BEGIN {_sqlite_upsert("NEW", "")} END;""",
    f"""CREATE TRIGGER quote_tally_delete AFTER DELETE ON attribution_quote
    BEGIN {_sqlite_upsert("OLD", "-")} END;""",
    f"""CREATE TRIGGER quote_tally_update AFTER UPDATE OF article_id, kind, status, claim_score ON attribution_quote
    WHEN OLD.article_id IS NOT NEW.article_id OR OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status
      OR {CLAIM.format(row="OLD", false=0)} IS NOT {CLAIM.format(row="NEW", false=0)}
    BEGIN {_sqlite_upsert("OLD", "-")} {_sqlite_upsert("NEW", "")} END;""",
]
SQLITE_DROP = [f"DROP TRIGGER IF EXISTS quote_tally_{op}" for op in ("insert", "delete", "update")]

_PG_UPSERT = f"""
  INSERT INTO attribution_quotetally (article_id, kind, status, claim, n)
  SELECT article_id, kind, status, claim, n FROM d ORDER BY article_id, kind, status, claim
  ON CONFLICT {KEY} DO UPDATE SET n = attribution_quotetally.n + excluded.n;
"""
POSTGRES_CREATE = [
    f"""
    CREATE FUNCTION quote_tally() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        WITH d AS (SELECT article_id, kind, status, {CLAIM.format(row="r", false="false")} AS claim,
                          count(*) AS n FROM new_rows r GROUP BY 1, 2, 3, 4)
        {_PG_UPSERT}
      ELSIF TG_OP = 'DELETE' THEN
        WITH d AS (SELECT article_id, kind, status, {CLAIM.format(row="r", false="false")} AS claim,
                          -count(*) AS n FROM old_rows r GROUP BY 1, 2, 3, 4)
        {_PG_UPSERT}
      ELSE
        WITH pairs AS (SELECT o.article_id AS o_article, o.kind AS o_kind, o.status AS o_status,
                              {CLAIM.format(row="o", false="false")} AS o_claim,
                              n.article_id AS n_article, n.kind AS n_kind, n.status AS n_status,
                              {CLAIM.format(row="n", false="false")} AS n_claim
                       FROM new_rows n JOIN old_rows o ON o.id = n.id),
             changed AS (SELECT * FROM pairs WHERE (o_article, o_kind, o_status, o_claim)
                                                   IS DISTINCT FROM (n_article, n_kind, n_status, n_claim)),
             c AS (SELECT n_article AS article_id, n_kind AS kind, n_status AS status, n_claim AS claim,
                          1 AS n FROM changed
                   UNION ALL
                   SELECT o_article, o_kind, o_status, o_claim, -1 FROM changed),
             d AS (SELECT article_id, kind, status, claim, sum(n) AS n FROM c GROUP BY 1, 2, 3, 4
                   HAVING sum(n) <> 0)
        {_PG_UPSERT}
      END IF;
      RETURN NULL;
    END; $$ LANGUAGE plpgsql;
    """,
    """CREATE TRIGGER quote_tally_insert AFTER INSERT ON attribution_quote
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_tally();""",
    """CREATE TRIGGER quote_tally_delete AFTER DELETE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_tally();""",
    """CREATE TRIGGER quote_tally_update AFTER UPDATE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION quote_tally();""",
]
POSTGRES_DROP = [
    *(f"DROP TRIGGER IF EXISTS quote_tally_{op} ON attribution_quote" for op in ("insert", "delete", "update")),
    "DROP FUNCTION IF EXISTS quote_tally()",
]


def fill(schema_editor) -> None:
    false = "false" if schema_editor.connection.vendor == "postgresql" else "0"
    schema_editor.execute(
        "INSERT INTO attribution_quotetally (article_id, kind, status, claim, n) "
        f"SELECT article_id, kind, status, {CLAIM.format(row='q', false=false)}, count(*) "
        "FROM attribution_quote q GROUP BY 1, 2, 3, 4"
    )


def create_sqlite_triggers(schema_editor) -> None:
    for sql in SQLITE_DROP + SQLITE_CREATE:
        schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
    else:
        create_sqlite_triggers(schema_editor)
    fill(schema_editor)


def drop_triggers(apps, schema_editor):
    for sql in POSTGRES_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ('attribution', '0070_person_quote_count'),
    ]

    operations = [
        migrations.CreateModel(
            name='QuoteTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(max_length=10)),
                ('status', models.CharField(max_length=10)),
                ('claim', models.BooleanField()),
                ('n', models.IntegerField(default=0)),
                ('article', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='attribution.article')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('article', 'kind', 'status', 'claim'), name='quote_tally_key')],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                models.OrderBy(models.F("claim_score"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="quote_claim_queue",
            ),
        ),
    ]
