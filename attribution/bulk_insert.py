"""Multi-row INSERTs without model instances, for the rows a parse batch writes."""

from __future__ import annotations

import json

from django.db import connection


class Inserter:
    """Multi-row INSERTs for one model: the given columns per row, every other column its default.

    Parsing inserts hundreds of rows per batch; building and compiling a model instance per row
    (bulk_create) cost more than the parser itself. Defaults come from the model's fields, so a
    field added later with a default needs no change here. Values of JSON columns are given as
    Python data. On PostgreSQL the rows travel as one array per column (INSERT … SELECT FROM
    unnest(…)): a statement with thousands of placeholders costs psycopg more to prepare than the
    server takes to run it.
    """

    def __init__(self, model: type, columns: list[str]):
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]  # type: ignore[attr-defined]
        by_attname = {f.attname: f for f in fields}
        self.fields = [by_attname[c] for c in columns]
        self.json = [i for i, f in enumerate(self.fields) if f.get_internal_type() == "JSONField"]
        self.others = [f for f in fields if f.attname not in columns]
        self.fixed = [f.get_db_prep_save(f.get_default(), connection) for f in self.others]
        qn = connection.ops.quote_name
        self.names = [qn(f.column) for f in self.fields + self.others]
        self.table = qn(model._meta.db_table)  # type: ignore[attr-defined]
        self.pk = qn(model._meta.pk.column)  # type: ignore[attr-defined]

    def _json(self, i: int, value: object) -> str | None:
        return None if value is None else json.dumps(value, cls=self.fields[i].encoder)  # type: ignore[attr-defined]

    def _tail(self, returning: bool, ignore_conflicts: bool) -> str:
        tail = " ON CONFLICT DO NOTHING" if ignore_conflicts and connection.vendor != "sqlite" else ""
        return tail + (f" RETURNING {self.pk}" if returning else "")

    def insert(self, rows: list[tuple], returning: bool = False, ignore_conflicts: bool = False) -> list[int]:
        """Insert `rows`; with `returning`, their new ids in the order of `rows`."""
        if not rows:
            return []
        if self.json:
            # JSON as text, as Django's adapt_json_value writes it (PostgreSQL casts it to jsonb).
            json_at = set(self.json)
            rows = [tuple(self._json(i, v) if i in json_at else v for i, v in enumerate(row)) for row in rows]
        columns = ", ".join(self.names)
        tail = self._tail(returning, ignore_conflicts)
        fetched: list[int] = []
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                width = len(self.fields)
                arrays = [[row[i] for row in rows] for i in range(width)]
                types = [f.cast_db_type(connection) for f in self.fields]
                for i in self.json:
                    types[i] = "text"
                select = [
                    f"u.c{i}::jsonb" if i in self.json else f"u.c{i}" for i in range(width)
                ] + [f"%s::{f.cast_db_type(connection)}" for f in self.others]
                sql = (
                    f"INSERT INTO {self.table} ({columns}) SELECT {', '.join(select)} "
                    f"FROM unnest({', '.join(f'%s::{t}[]' for t in types)}) "
                    f"AS u({', '.join(f'c{i}' for i in range(width))}){tail}"
                )
                cursor.execute(sql, [*self.fixed, *arrays])  # the defaults come first in the SQL
                if returning:
                    fetched = [row[0] for row in cursor.fetchall()]
            else:
                verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
                one = "(" + ", ".join(["%s"] * len(self.names)) + ")"
                step = max(1, min(500, 30000 // len(self.names)))
                fixed = tuple(self.fixed)
                for lo in range(0, len(rows), step):
                    chunk = rows[lo : lo + step]
                    values = ", ".join([one] * len(chunk))
                    sql = f"{verb} INTO {self.table} ({columns}) VALUES {values}{tail}"
                    cursor.execute(sql, [value for row in chunk for value in (*row, *fixed)])
                    if returning:
                        fetched.extend(row[0] for row in cursor.fetchall())
        # Ids are handed out in row order within a statement; RETURNING itself promises no order.
        return sorted(fetched)
