"""Statements compiled once: a read whose SQL is the same for every request but one key.

A page that runs the same query shape on every request (the object page's links, for
one record) pays Django's compiler and PostgreSQL's planner each time, and for a union of
many small branches both take longer than running it. ``compile`` turns a queryset built
with ``KEY`` in place of the key into its SQL once; ``fetch_all`` runs it for a key. On
PostgreSQL the statement is also prepared once per connection (``PREPARE``), so the
planner settles on a plan after a few executions and plans no more: ``EXECUTE`` then only
runs it. Prepared statements live as long as their connection; behind a pooler that
shares server connections between clients per transaction (PgBouncer's transaction
mode), turn them off with ``DATABASE_PREPARED_STATEMENTS=0`` (docs/operations.md).
"""

import hashlib
import weakref
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet
from psycopg2.extensions import AsIs

# No row has a negative key: in a compiled statement, this parameter is the key.
KEY = -20_231_117


@dataclass(frozen=True)
class Compiled:
    sql: str
    params: tuple
    name: str  # the prepared statement's, from a digest of the SQL

    def arguments(self, key: Any) -> list:
        return [key if value == KEY else value for value in self.params]


def compile(queryset: QuerySet, using: str) -> Compiled:  # noqa: A001 - the module's verb
    """The SQL of ``queryset`` (built with ``KEY`` for the key) on the database ``using``."""
    sql, params = queryset.query.get_compiler(using=using).as_sql()
    if KEY not in params:
        raise ValueError("the statement has no parameter for the key")
    name = "stmt_" + hashlib.sha256(f"{sql}\n{params!r}".encode()).hexdigest()[:16]
    return Compiled(sql, tuple(params), name)


# The statements prepared on each open connection (DB-API connection objects: a reconnect
# is a new object with none).
_prepared: "weakref.WeakKeyDictionary[Any, set[str]]" = weakref.WeakKeyDictionary()


def fetch_all(statement: Compiled, key: Any, using: str) -> list[tuple]:
    """The rows of ``statement`` for ``key``: one query."""
    connection = connections[using]
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        with connection.cursor() as cursor:
            cursor.execute(statement.sql, statement.arguments(key))
            return cursor.fetchall()
    connection.ensure_connection()
    raw = connection.connection
    names = _prepared.setdefault(raw, set())
    if statement.name not in names:
        # Straight on the DB-API cursor: preparing is bookkeeping, not one of the page's
        # queries (and not transactional: a rollback keeps it).
        with raw.cursor() as cursor:
            cursor.execute(
                f"PREPARE {statement.name} AS {statement.sql}", statement.arguments(AsIs("$1"))
            )
        names.add(statement.name)
    with connection.cursor() as cursor:
        cursor.execute(f"EXECUTE {statement.name} (%s)", [key])
        return cursor.fetchall()
