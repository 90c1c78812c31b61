"""GIN index for quote search (attribution.quote_search), on PostgreSQL only.

Built from the same SearchVector expression the query uses, so PostgreSQL can use it; SQLite has
no equivalent and matches words with LIKE instead.
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX_NAME = "quote_text_search_gin"


def _index() -> GinIndex:
    return GinIndex(SearchVector("text", config="simple"), name=INDEX_NAME)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("attribution", "Quote"), _index())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("attribution", "Quote"), _index())


class Migration(migrations.Migration):
    dependencies = [("attribution", "0032_person_events")]
    operations = [migrations.RunPython(create, drop)]
