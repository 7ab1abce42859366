"""Running manage.py in another process against another database, as an operator would:
a restore goes into a database the test creates and drops."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def manage(
    *args: str, database_url: str, media_root: Path, **extra_env: str
) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        **extra_env,
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(media_root),
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "x"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def _postgres_url(name: str) -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    host = s.get("HOST") or "127.0.0.1"
    port = s.get("PORT") or 5432
    return f"postgres://{s['USER']}{password}@{host}:{port}/{name}"


@pytest.fixture
def fresh_database(tmp_path, django_db_blocker):
    """The URL of a new, empty database of the suite's kind (dropped afterwards)."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _postgres_url(name)
    finally:
        with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
