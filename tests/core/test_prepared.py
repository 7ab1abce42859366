"""Statements compiled once and, on PostgreSQL, prepared once per connection
(core/prepared.py): the same rows as the queryset, one query a run."""

import pytest
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.test.utils import CaptureQueriesContext

from authorities.models import Country
from core import prepared
from tests.postgres import drop_kept_connection

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's prepared statements"
)


def _names(key):
    return Country.objects.filter(pk__gte=key).order_by("name_en").values_list("pk", "name_en")


@pytest.fixture
def countries():
    return [
        Country.objects.create(name_en=name, iso_code=code)
        for name, code in (("Austria", "AT"), ("Brazil", "BR"), ("Chile", "CL"))
    ]


def test_the_rows_are_the_querysets_for_each_key(countries):
    statement = prepared.compile(_names(prepared.KEY), "default")
    for country in countries:
        assert prepared.fetch_all(statement, country.pk, using="default") == list(
            _names(country.pk)
        )


def test_each_run_is_one_query(countries):
    statement = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(statement, countries[0].pk, using="default")
    with CaptureQueriesContext(connection) as queries:
        prepared.fetch_all(statement, countries[1].pk, using="default")
    assert len(queries) == 1


def test_a_queryset_without_the_key_is_refused():
    with pytest.raises(ValueError, match="no parameter for the key"):
        prepared.compile(_names(1), "default")


def test_hostile_text_stays_a_parameter(countries):
    hostile = "x'); DROP TABLE authorities_country; --"
    statement = prepared.compile(
        Country.objects.filter(pk__gte=prepared.KEY, name_en__gt=hostile).values_list("pk"),
        "default",
    )
    prepared.fetch_all(statement, countries[0].pk, using="default")
    assert Country.objects.count() == 3


@postgresql_only
def test_postgresql_prepares_once_per_connection(countries):
    statement = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(statement, countries[0].pk, using="default")
    prepared.fetch_all(statement, countries[1].pk, using="default")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE name = %s", [statement.name]
        )
        assert cursor.fetchone()[0] == 1
    with CaptureQueriesContext(connection) as queries:
        prepared.fetch_all(statement, countries[2].pk, using="default")
    assert [q["sql"] for q in queries] == [f"EXECUTE {statement.name} ({countries[2].pk})"]


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_new_connection_prepares_again(countries):
    statement = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(statement, countries[0].pk, using="default")
    connection.close()
    assert prepared.fetch_all(statement, countries[1].pk, using="default") == list(
        _names(countries[1].pk)
    )


@postgresql_only
def test_prepared_statements_can_be_turned_off(countries, settings):
    settings.DATABASE_PREPARED_STATEMENTS = False
    statement = prepared.compile(_names(prepared.KEY), "default")
    with CaptureQueriesContext(connection) as queries:
        rows = prepared.fetch_all(statement, countries[0].pk, using="default")
    assert rows == list(_names(countries[0].pk))
    assert not queries[0]["sql"].startswith("EXECUTE")


def test_a_statement_may_take_several_keys(countries):
    markers = prepared.markers(2)
    statement = prepared.compile(
        Country.objects.filter(pk__in=markers).order_by("pk").values_list("iso_code"),
        "default",
        markers=markers,
    )
    first, _second, third = countries
    assert prepared.fetch_all(statement, first.pk, third.pk, using="default") == [("AT",), ("CL",)]
    with pytest.raises(ValueError, match="takes 2 keys, not 1"):
        prepared.fetch_all(statement, first.pk, using="default")


def test_a_key_may_be_text(countries):
    marker = "\x00code"
    statement = prepared.compile(
        Country.objects.filter(iso_code=marker).values_list("name_en"), "default", markers=[marker]
    )
    assert prepared.fetch_all(statement, "BR", using="default") == [("Brazil",)]
    assert prepared.fetch_all(statement, "x' OR '1'='1", using="default") == []


def test_values_are_converted_as_the_orm_converts_them():
    from collections_app.models import CollectionItem
    from tests import factories

    record = factories.document("Memo", date_display="1992")
    statement = prepared.compile(
        CollectionItem.objects.filter(pk=prepared.KEY).values_list("created_at", "date_earliest"),
        "default",
    )
    [row] = prepared.fetch_all(statement, record.pk, using="default")
    assert (
        row
        == CollectionItem.objects.filter(pk=record.pk)
        .values_list("created_at", "date_earliest")
        .get()
    )
    assert row[0].tzinfo is not None


def test_a_paged_statement_takes_its_limit_and_offset_last(countries):
    ordered = (
        Country.objects.filter(pk__gte=prepared.KEY).order_by("name_en").values_list("iso_code")
    )
    statement = prepared.compile(ordered, "default", paged=True)
    first = countries[0].pk
    assert prepared.fetch_all(statement, first, 2, 1, using="default") == [("BR",), ("CL",)]
    assert prepared.fetch_all(statement, first, 1, 0, using="default") == [("AT",)]
    with pytest.raises(ValueError, match="unsliced"):
        prepared.compile(ordered[:2], "default", paged=True)


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_connection_the_server_dropped_prepares_on_the_new_one(countries):
    # A PostgreSQL restart ends the kept connection; the next request's first query
    # reconnects (Django's health check), and the statement is prepared on the new one.
    statement = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(statement, countries[0].pk, using="default")
    drop_kept_connection()
    close_old_connections()  # the start of the next request
    assert prepared.fetch_all(statement, countries[1].pk, using="default") == list(
        _names(countries[1].pk)
    )


def _probe_statement() -> prepared.Compiled:
    # A statement over a table of the test's own, whose column a "migration" then alters.
    return prepared.Compiled(
        "SELECT value FROM prepared_probe WHERE id = %s", (prepared.KEY,), (0,), "stmt_probe"
    )


def _prepared_then_altered(change: str) -> prepared.Compiled:
    """The probe's statement, prepared and run once; then its table altered by ``change``,
    as a migration would under a running worker."""
    statement = _probe_statement()
    assert prepared.fetch_all(statement, 1, using="default") == [(10,)]
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE prepared_probe {change}")
    return statement


@pytest.fixture
def probe_table():
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE prepared_probe (id integer PRIMARY KEY, value integer)")
        cursor.execute("INSERT INTO prepared_probe VALUES (1, 10)")
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS prepared_probe")


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_statements_the_server_discarded_are_prepared_again(countries):
    # A connection reset (DISCARD ALL, as poolers send) drops every prepared statement.
    statement = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(statement, countries[0].pk, using="default")
    with connection.cursor() as cursor:
        cursor.execute("DISCARD ALL")
    assert prepared.fetch_all(statement, countries[1].pk, using="default") == list(
        _names(countries[1].pk)
    )


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_statement_whose_result_a_migration_changed_is_prepared_again(probe_table):
    statement = _prepared_then_altered("ALTER COLUMN value TYPE text")
    assert prepared.fetch_all(statement, 1, using="default") == [("10",)]


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_in_a_transaction_the_query_fails_once_and_the_next_use_prepares(probe_table):
    statement = _prepared_then_altered("ALTER COLUMN value TYPE text")
    with pytest.raises(DatabaseError), transaction.atomic():
        prepared.fetch_all(statement, 1, using="default")
    with transaction.atomic():
        assert prepared.fetch_all(statement, 1, using="default") == [("10",)]
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    with pytest.raises(DatabaseError), transaction.atomic():
        prepared.fetch_all(statement, 1, using="default")
    assert prepared.fetch_all(statement, 1, using="default") == [("10",)]


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_other_errors_are_not_retried(probe_table):
    statement = _prepared_then_altered("DROP COLUMN value")
    with CaptureQueriesContext(connection) as queries, pytest.raises(DatabaseError):
        prepared.fetch_all(statement, 1, using="default")
    assert len(queries) == 1


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_one_statement_deallocated_leaves_the_others_usable(countries):
    first = prepared.compile(_names(prepared.KEY), "default")
    second = prepared.compile(_names(prepared.KEY).filter(iso_code__gt=""), "default")
    prepared.fetch_all(first, countries[0].pk, using="default")
    prepared.fetch_all(second, countries[0].pk, using="default")
    with connection.cursor() as cursor:
        cursor.execute(f"DEALLOCATE {first.name}")
    for _ in range(2):
        assert prepared.fetch_all(first, countries[1].pk, using="default") == list(
            _names(countries[1].pk)
        )
        assert prepared.fetch_all(second, countries[1].pk, using="default") == list(
            _names(countries[1].pk)
        )


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_statement_the_server_refuses_to_prepare_is_django_s_error(countries):
    # 0A000 as well, but not a changed plan: raised as it is, every time, and nothing
    # else on the connection is disturbed.
    refused = prepared.Compiled(
        "SELECT count(*) FROM authorities_country WHERE id > %s GROUP BY name_en FOR UPDATE",
        (prepared.KEY,),
        (0,),
        "stmt_refused",
    )
    usable = prepared.compile(_names(prepared.KEY), "default")
    prepared.fetch_all(usable, countries[0].pk, using="default")
    for _ in range(2):
        with pytest.raises(DatabaseError, match="FOR UPDATE is not allowed"):
            prepared.fetch_all(refused, 1, using="default")
    assert prepared.fetch_all(usable, countries[1].pk, using="default") == list(
        _names(countries[1].pk)
    )
