"""The session settings every PostgreSQL connection of the site starts with."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL settings"),
]


def show(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def test_connections_run_short_queries_without_jit_or_parallel_workers():
    assert show("jit") == "off"
    assert show("max_parallel_workers_per_gather") == "0"
    assert show("work_mem") == "32MB"
