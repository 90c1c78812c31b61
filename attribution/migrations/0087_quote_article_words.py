"""The words of each quote, tagged with its article, in a text index: a word search's first page is
found article by article, newest first, reading only the matches in the articles it passes.

quote_text_search_gin (0033) answers "which quotes hold these words" for the whole table: for a
word in 1-10 % of a million quotes its bitmap alone costs a row per match (60-100 ms for the 61,000
quotes holding "said"), and the matches' dates are in the table, a page read each. Here every word
is stored as '<article id>:<word>' (quote_article_words(text, article_id), the same words as
to_tsvector('simple', text)), so '588:said':* asks for the quotes of article 588 holding a word
starting "said": the index entries of that article alone. views/quote_search.py (_by_article) walks
the articles newest first (article_newest_first, the quotes' own order: migration 0080) and asks
each in turn, stopping when the page is full: 5-9 ms for "said", "council" (whose first match is
90,000 quotes deep) or "minister said", from disk.

PostgreSQL only (SQLite has no text index; its search reads every quote anyway). The function must
stay IMMUTABLE and unchanged while the index exists: change it only with a migration rebuilding it.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION quote_article_words(body text, article bigint) RETURNS tsvector
IMMUTABLE PARALLEL SAFE STRICT LANGUAGE sql AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT article::text || ':' || lexeme FROM unnest(to_tsvector('simple'::regconfig, body))
  ))
$$
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    schema_editor.execute(
        "CREATE INDEX quote_article_words_gin ON attribution_quote USING gin "
        "(quote_article_words(text, article_id))"
    )
    schema_editor.execute(
        "CREATE INDEX article_newest_first ON attribution_article (published DESC NULLS LAST, id DESC)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS article_newest_first")
    schema_editor.execute("DROP INDEX IF EXISTS quote_article_words_gin")
    schema_editor.execute("DROP FUNCTION IF EXISTS quote_article_words(text, bigint)")


class Migration(migrations.Migration):
    dependencies = [("attribution", "0086_search_cold_indexes")]

    operations = [migrations.RunPython(create, drop)]
