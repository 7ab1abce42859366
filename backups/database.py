"""Copying the database out and back: pg_dump/pg_restore (custom format) on PostgreSQL,
SQLite's online backup API on SQLite. Connection settings come from the Django
connection (so tests use the test database); a password goes to the client tools through
the environment, never on their command line."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import CommandError
from django.db import connection

FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


def _check_vendor() -> str:
    if connection.vendor not in FILES:
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def _pg_env() -> dict[str, str]:
    settings = connection.settings_dict
    env = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ):
        if settings.get(key):
            env[variable] = str(settings[key])
    if settings.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = settings["OPTIONS"]["sslmode"]
    return env


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise CommandError(f"{command[0]} is not installed (PostgreSQL client tools).")
    result = subprocess.run(command, env=_pg_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{command[0]} failed: {result.stderr.strip()}")


def begin_snapshot() -> str | None:
    """Inside a new transaction, on PostgreSQL: make it see one snapshot and export it,
    so pg_dump copies exactly what this transaction reads (the manifest's inventory)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        return cursor.fetchone()[0]


def dump(directory: Path, *, snapshot: str | None = None) -> str:
    """Write the database into ``directory``; returns the file's name. On SQLite, called
    inside a transaction, the copy is of what that transaction reads."""
    vendor = _check_vendor()
    target = directory / FILES[vendor]
    if vendor == "postgresql":
        command = ["pg_dump", "--format=custom", "--no-password", f"--file={target}"]
        _run(command + ([f"--snapshot={snapshot}"] if snapshot else []))
    else:
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    return target.name


def table_count() -> int:
    return len(connection.introspection.table_names())


def load(source: Path, *, replace: bool) -> None:
    """Restore the file ``source`` into the database; ``replace`` drops what the backup
    also holds first (PostgreSQL), or overwrites the whole file (SQLite)."""
    vendor = _check_vendor()
    if not source.is_file():
        raise CommandError(f"{source} is missing: the backup is incomplete.")
    if source.name != FILES[vendor]:
        raise CommandError(
            f"This backup holds {source.name}, which cannot be restored into {vendor}; "
            "use export_data and import_data to move between databases."
        )
    if vendor == "postgresql":
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        command += ["--single-transaction", "--no-password"]
        if replace:
            command += ["--clean", "--if-exists"]
        _run([*command, f"--dbname={connection.settings_dict['NAME']}", str(source)])
    else:
        if connection.settings_dict["NAME"] in ("", ":memory:") or "mode=memory" in str(
            connection.settings_dict["NAME"]
        ):
            raise CommandError("Restore into an SQLite file, not an in-memory database.")
        connection.ensure_connection()
        with sqlite3.connect(source) as backup:
            backup.backup(connection.connection)
        backup.close()
    connection.close()
