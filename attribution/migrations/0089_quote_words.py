"""Every word the quotes hold, in a small table of its own: a word typed in a search becomes the few
words starting with it, looked up exactly in the text index instead of as a prefix.

A prefix ('said':*) makes PostgreSQL's GIN index collect every entry of every word starting with it
into a bitmap before anything else (a "partial match"), and that bitmap cannot skip: 50-90 ms of CPU
for the 62,000 quotes holding "said", on every query of a search that names it (the count, then the
page). The same quotes asked for by the words themselves ('said', or 'plan' | 'plans' | 'planned' …)
are merged entry by entry, skipping what the other words rule out: "said told" 1.3 ms instead of
33-56 ms, warm, on the million-quote benchmark. quote_search.word_lexemes reads this table.

quote_words holds at least every lexeme of to_tsvector('simple', text) of every quote (the text
index's own expression, migration 0033): statement triggers add the words of inserted quotes and of
quotes whose text changed; nothing is ever removed (a word no quote holds any more costs nothing but
an index entry that matches no quote). The table has no unique constraint on purpose: two writers
adding the same new word never wait for each other (a unique index would make the second wait for
the first's commit, and two of them adding words in opposite orders deadlock); the rare duplicate is
removed by the reader's DISTINCT. COLLATE "C" so that the words starting with a prefix are one range
of the index.

PostgreSQL only (SQLite has no text index; its search tests every quote anyway).
"""

from django.db import migrations

# The words of a set of rows: the same lexemes as the text index holds for them.
WORDS_OF = "unnest(tsvector_to_array(to_tsvector('simple'::regconfig, COALESCE({rows}.text, ''))))"

CREATE = [
    'CREATE TABLE quote_words (word text COLLATE "C" NOT NULL)',
    "CREATE INDEX quote_words_word ON quote_words (word)",
    f"""
    CREATE FUNCTION quote_words_add() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO quote_words (word)
        SELECT DISTINCT w.word FROM new_rows, {WORDS_OF.format(rows="new_rows")} AS w(word)
        WHERE NOT EXISTS (SELECT 1 FROM quote_words k WHERE k.word = w.word);
      ELSE
        INSERT INTO quote_words (word)
        SELECT DISTINCT w.word
        FROM new_rows LEFT JOIN old_rows ON old_rows.id = new_rows.id,
             {WORDS_OF.format(rows="new_rows")} AS w(word)
        WHERE (old_rows.id IS NULL OR old_rows.text IS DISTINCT FROM new_rows.text)
          AND NOT EXISTS (SELECT 1 FROM quote_words k WHERE k.word = w.word);
      END IF;
      RETURN NULL;
    END; $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER quote_words_insert AFTER INSERT ON attribution_quote
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_words_add()
    """,
    """
    CREATE TRIGGER quote_words_update AFTER UPDATE ON attribution_quote
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION quote_words_add()
    """,
    # the words of the quotes already stored (≈ 10 s for a million quotes)
    f"INSERT INTO quote_words (word) SELECT DISTINCT {WORDS_OF.format(rows='attribution_quote')} "
    "FROM attribution_quote",
    "ANALYZE quote_words",
]

DROP = [
    "DROP TRIGGER IF EXISTS quote_words_insert ON attribution_quote",
    "DROP TRIGGER IF EXISTS quote_words_update ON attribution_quote",
    "DROP FUNCTION IF EXISTS quote_words_add()",
    "DROP TABLE IF EXISTS quote_words",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in CREATE:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("attribution", "0088_quote_event_replace_split")]

    operations = [migrations.RunPython(create, drop)]
