"""A database that is down answers 503 with a short page in the visitor's language and
Retry-After, logged once; other database errors stay server errors; the next request after
the database returns is served again."""

import logging
from unittest import mock

import pytest
from django.db import (
    InterfaceError,
    OperationalError,
    ProgrammingError,
    close_old_connections,
    connection,
    connections,
)

from tests import factories
from tests.postgres import drop_kept_connection

REFUSED = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused'


def database_down(error=None):
    """Every query of the request fails as it does while PostgreSQL is stopped."""
    return mock.patch.object(
        connections["default"], "ensure_connection", side_effect=error or OperationalError(REFUSED)
    )


@pytest.fixture
def record(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexed, as on commit
        return factories.gift(title_en="Silver dish", status="published")


@pytest.mark.parametrize(
    "path",
    ["/en/", "/en/catalogue/?q=silver", "/en/exhibitions/", "/en/countries/KZ/"],
)
def test_pages_answer_503_while_the_database_is_down(client, db, path):
    with database_down():
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-cache" in response["Cache-Control"]
    assert "Temporarily unavailable" in response.content.decode()


def test_the_object_page_answers_503_while_the_database_is_down(client, record):
    with database_down():
        response = client.get(record.get_absolute_url())
    assert response.status_code == 503


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Временно недоступно"), ("kk", "Уақытша қолжетімсіз"), ("en", "Temporarily")],
)
def test_the_page_speaks_the_visitors_language(client, db, language, text):
    with database_down():
        response = client.get(f"/{language}/catalogue/")
    assert text in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()


def test_a_connection_that_died_answers_503_too(client, db):
    with database_down(InterfaceError("connection already closed")):
        assert client.get("/en/catalogue/").status_code == 503


def test_the_outage_is_logged_once_per_request_without_a_traceback(client, db, caplog):
    with caplog.at_level(logging.INFO), database_down():
        client.get("/en/catalogue/?q=silver")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert errors[0].name == "core.middleware"
    assert "/en/catalogue/" in errors[0].getMessage()
    assert "Connection refused" in errors[0].getMessage()
    assert errors[0].exc_info is None


def test_other_database_errors_stay_server_errors(client, db):
    client.raise_request_exception = False
    with database_down(ProgrammingError('relation "x" does not exist')):
        assert client.get("/en/catalogue/").status_code == 500


def test_pages_are_served_again_once_the_database_answers(client, record):
    with database_down():
        assert client.get("/en/catalogue/?q=silver").status_code == 503
    response = client.get("/en/catalogue/?q=silver")
    assert response.status_code == 200
    assert "Silver dish" in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL connections")
@pytest.mark.django_db(transaction=True)
def test_a_kept_connection_the_server_dropped_is_replaced_on_the_next_request(client):
    """A PostgreSQL restart ends every server process: the worker's kept connection
    (CONN_MAX_AGE) is dead, and the next request must reconnect, not fail."""
    factories.gift(title_en="Silver dish", status="published")
    close_old_connections()
    assert client.get("/en/catalogue/?q=silver").status_code == 200
    old = connection.connection
    assert old is not None, "the connection is kept between requests"
    drop_kept_connection()
    close_old_connections()  # the start of the next request, as a server runs it
    response = client.get("/en/catalogue/?q=silver")
    assert response.status_code == 200
    assert connection.connection is not old
