"""GIN index for the queue's full-text search (attribution.search), on PostgreSQL only.

The index is built from the same SearchVector expression the query uses, so PostgreSQL can use
it; SQLite has no equivalent and searches with LIKE instead.
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX_NAME = "article_search_gin"


def _index() -> GinIndex:
    return GinIndex(SearchVector("title", "body", config="simple"), name=INDEX_NAME)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("attribution", "Article"), _index())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("attribution", "Article"), _index())


class Migration(migrations.Migration):
    dependencies = [("attribution", "0003_apitoken")]
    operations = [migrations.RunPython(create, drop)]
