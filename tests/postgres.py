"""What a test does to PostgreSQL from outside Django: end the server process behind the
test's kept connection, as a server restart does."""

import psycopg2
from django.db import connection


def drop_kept_connection() -> None:
    """End the server process behind Django's open connection (``pg_terminate_backend``
    from a connection of its own): the kept connection is dead until Django replaces it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    settings = connection.settings_dict
    admin = psycopg2.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    finally:
        admin.close()
