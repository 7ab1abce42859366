"""Statements compiled once: a read whose SQL is the same for every request but one key.

A page that runs the same query shape on every request (the object page's links, for
one record) pays Django's compiler and PostgreSQL's planner each time, and for a union of
many small branches both take longer than running it. ``compile`` turns a queryset built
with ``KEY`` in place of the key into its SQL once; ``fetch_all`` runs it for a key. On
PostgreSQL the statement is also prepared once per connection (``PREPARE``), so the
planner settles on a plan after a few executions and plans no more: ``EXECUTE`` then only
runs it. A statement may take several keys (``markers(n)`` in their places, e.g. a page's
twenty records: ``filter(pk__in=markers(20))``), and a key need not be a number (any
value the queryset's parameters cannot otherwise hold, given as ``markers=``).
Prepared statements live as long as their connection; behind a pooler that
shares server connections between clients per transaction (PgBouncer's transaction
mode), turn them off with ``DATABASE_PREPARED_STATEMENTS=0`` (docs/operations.md). A
statement the server no longer holds (``DISCARD ALL``, ``DEALLOCATE``), or whose result
type a migration changed under it, is prepared again: at once outside a transaction,
else on its next use (the transaction's query fails once).
"""

import hashlib
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connections
from django.db.models import QuerySet
from psycopg2.extensions import AsIs

# No row has a negative key: in a compiled statement, this parameter is the key.
KEY = -20_231_117


def markers(count: int) -> list[int]:
    """Stand-ins for ``count`` keys, ``KEY`` first, for a statement taking several."""
    return [KEY - n for n in range(count)]


# A paged statement's last two keys: how many rows, and how many to skip.
_LIMIT, _OFFSET = KEY - 1_000_000, KEY - 1_000_001


@dataclass(frozen=True)
class Compiled:
    sql: str
    params: tuple
    slots: tuple[int | None, ...]  # for each parameter, the key it stands for, or None
    name: str  # the prepared statement's, from a digest of the SQL
    # For each column needing it, the conversions the ORM applies to its values (a
    # field's ``from_db_value``, the backend's: SQLite's dates and times, for one).
    converters: tuple[tuple[int, tuple[Any, ...], Any], ...] = ()

    @property
    def key_count(self) -> int:
        return max(slot for slot in self.slots if slot is not None) + 1

    def arguments(self, keys: Sequence[Any]) -> list:
        if len(keys) != self.key_count:
            raise ValueError(f"the statement takes {self.key_count} keys, not {len(keys)}")
        pairs = zip(self.params, self.slots, strict=True)
        return [value if slot is None else keys[slot] for value, slot in pairs]


def compile(  # noqa: A001 - the module's verb
    queryset: QuerySet, using: str, *, markers: Sequence[Any] = (KEY,), paged: bool = False
) -> Compiled:
    """The SQL of ``queryset``, built with ``markers`` in the places of its keys (``KEY``
    for one), on the database ``using``. ``paged``: the statement takes two keys more,
    last, a LIMIT and an OFFSET (a page of an ordered, unsliced queryset)."""
    if paged and queryset.query.is_sliced:
        raise ValueError("a paged statement is compiled from an unsliced queryset")
    compiler = queryset.query.get_compiler(using=using)
    sql, params = compiler.as_sql()
    if paged:
        sql, params = f"{sql} LIMIT %s OFFSET %s", (*params, _LIMIT, _OFFSET)
        markers = (*markers, _LIMIT, _OFFSET)
    slots = tuple(_slot(value, markers) for value in params)
    if not set(range(len(markers))) <= set(slots):
        raise ValueError("the statement has no parameter for the key")
    # The slots too: the same SQL binding its keys in another order is another statement.
    name = "stmt_" + hashlib.sha256(f"{sql}\n{params!r}\n{slots!r}".encode()).hexdigest()[:16]
    converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
    return Compiled(
        sql,
        tuple(params),
        slots,
        name,
        tuple(
            (position, tuple(functions), column)
            for position, (functions, column) in converters.items()
        ),
    )


def _slot(value: Any, markers: Sequence[Any]) -> int | None:
    for slot, marker in enumerate(markers):
        if type(value) is type(marker) and value == marker:
            return slot
    return None


# A prepared statement the server no longer has (after ``DEALLOCATE`` or ``DISCARD ALL``),
# and one whose result type changed since it was prepared (a migration altered a column
# it reads): SQLSTATE 0A000 is any "feature not supported", so the message is checked too.
_GONE = "26000"
_CHANGED = "0A000"
_CHANGED_MESSAGE = "cached plan must not change result type"


class _Prepared:
    """What this process believes the server holds for one connection: the statements
    ``ready`` to execute, and those ``stale`` (to deallocate before preparing again)."""

    def __init__(self) -> None:
        self.ready: set[str] = set()
        self.stale: set[str] = set()


# Per open connection (DB-API connection objects: a reconnect is a new object with none).
_prepared: "weakref.WeakKeyDictionary[Any, _Prepared]" = weakref.WeakKeyDictionary()


def fetch_all(statement: Compiled, *keys: Any, using: str) -> list[tuple]:
    """The rows of ``statement`` for ``keys`` (as many as it was compiled with), their
    values converted as the ORM would: one query."""
    return _converted(statement, _fetch(statement, keys, using), connections[using])


def _converted(statement: Compiled, rows: list[tuple], connection) -> list[tuple]:
    if not statement.converters:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for position, functions, column in statement.converters:
            for function in functions:
                values[position] = function(values[position], column, connection)
        converted.append(tuple(values))
    return converted


def _fetch(statement: Compiled, keys: Sequence[Any], using: str) -> list[tuple]:
    connection = connections[using]
    arguments = statement.arguments(keys)
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        with connection.cursor() as cursor:
            cursor.execute(statement.sql, arguments)
            return cursor.fetchall()
    # Django's cursor first: it checks a kept connection's health and reconnects if the
    # server dropped it (a restart), so the statements are looked up for the connection
    # the query will run on, not for the dead one.
    with connection.cursor() as cursor:
        held = _prepared.setdefault(connection.connection, _Prepared())
        _prepare(connection, held, statement)
        execute = f"EXECUTE {statement.name} ({', '.join(['%s'] * len(keys))})"
        try:
            cursor.execute(execute, list(keys))
        except DatabaseError as error:
            if not _forget(held, statement, error.__cause__):
                raise
            if connection.in_atomic_block or not connection.get_autocommit():
                raise  # the transaction is aborted: the statement's next use prepares it
            _prepare(connection, held, statement)
            cursor.execute(execute, list(keys))
        return cursor.fetchall()


def _prepare(connection, held: _Prepared, statement: Compiled) -> None:
    """Prepare ``statement`` on the connection unless it is known to be ready there.
    Straight on the DB-API cursor (Django's errors still): preparing is bookkeeping, not
    one of the page's queries, and not transactional (a rollback keeps it). What the
    server holds is asked first, so a statement this process lost track of (after one
    ``DEALLOCATE``, all were forgotten) is used as it is, not prepared twice."""
    if statement.name in held.ready:
        return
    with connection.wrap_database_errors, connection.connection.cursor() as raw:
        raw.execute("SELECT 1 FROM pg_prepared_statements WHERE name = %s", [statement.name])
        held_by_server = raw.fetchone() is not None
        if held_by_server and statement.name in held.stale:
            raw.execute(f"DEALLOCATE {statement.name}")
            held_by_server = False
        if not held_by_server:
            places = [AsIs(f"${n}") for n in range(1, statement.key_count + 1)]
            raw.execute(f"PREPARE {statement.name} AS {statement.sql}", statement.arguments(places))
    held.stale.discard(statement.name)
    held.ready.add(statement.name)


def _forget(held: _Prepared, statement: Compiled, error: BaseException | None) -> bool:
    """After ``statement``'s EXECUTE failed with ``error``: whether it failed for a reason
    preparing it again cures, with what the server no longer holds forgotten."""
    code = getattr(error, "pgcode", None)
    if code == _GONE:
        # A DISCARD ALL takes every statement, a DEALLOCATE one: each is looked up again
        # when next used (_prepare).
        held.ready.clear()
        return True
    if code == _CHANGED and _CHANGED_MESSAGE in str(error):
        held.ready.discard(statement.name)
        held.stale.add(statement.name)
        return True
    return False
