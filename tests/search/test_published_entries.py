"""Each search entry says whether its record is published (SearchEntry.published, written
by search.services.reindex_items whenever a record changes), so that a search over every
published record, narrowed at most by years, is answered by the entries alone
(search.backends.postgresql); any other search still looks its matches up among the
records it is over. Either way visitors find published records only."""

import importlib
import threading
from unittest import mock

import pytest
from django.db import OperationalError, connection, connections
from django.test.utils import CaptureQueriesContext

from collections_app.models import CollectionItem
from core.models import PublicationStatus
from search import services
from search.models import SearchDocument, SearchEntry
from search.query import RecordSearch, SearchParams
from tests import factories

pytestmark = pytest.mark.django_db

migration = importlib.import_module("search.migrations.0012_searchentry_published")


@pytest.fixture
def memos(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        shown = [
            factories.document(
                f"Memo on trade {i}", status="published", date_earliest=f"{1990 + i}-01-01"
            )
            for i in range(3)
        ]
        draft = factories.document(
            "Memo on trade in draft", status="draft", date_earliest="1991-06-01"
        )
        withdrawn = factories.gift("Memo on trade withdrawn", status="withdrawn")
    return shown, draft, withdrawn


def _published() -> set[int]:
    return set(SearchEntry.objects.filter(published=True).values_list("document_id", flat=True))


def test_each_entry_says_whether_its_record_is_published(memos):
    shown, draft, withdrawn = memos
    assert _published() == {item.pk for item in shown}
    # Every record keeps its entry: a search over other records (staff's) still finds it.
    assert SearchEntry.objects.filter(document_id__in=[draft.pk, withdrawn.pk]).count() == 2


def test_publishing_and_withdrawing_follow_on_commit(memos, django_capture_on_commit_callbacks):
    shown, draft, _withdrawn = memos
    with django_capture_on_commit_callbacks(execute=True):
        draft.status = PublicationStatus.PUBLISHED
        draft.save()
    assert draft.pk in _published()
    with django_capture_on_commit_callbacks(execute=True):
        shown[0].status = PublicationStatus.WITHDRAWN
        shown[0].save()
    assert shown[0].pk not in _published()


@pytest.mark.parametrize(
    "params",
    [
        SearchParams(q="memo trade"),
        SearchParams(q="memo", year_from=1991, year_to=1992),
        SearchParams(q="memo", types=("document",)),
        SearchParams(q="memo", has_image=False),
    ],
)
def test_a_search_finds_the_published_records_only(memos, params):
    shown, _draft, _withdrawn = memos
    within = {item.pk for item in shown if params.year_from is None or item.pk != shown[0].pk}
    search = RecordSearch(params)
    keys, counted = search.window(0, 10)
    assert set(keys) == within
    assert counted.exact == len(within)
    # The same as the search over the records themselves, looked up one by one.
    over_records = RecordSearch(params, CollectionItem.objects.public())
    assert not over_records.entries_answer()
    assert over_records.window(0, 10) == (keys, counted)


def test_entries_answer_only_a_search_over_every_published_record():
    assert RecordSearch(SearchParams(q="memo")).entries_answer()
    assert RecordSearch(SearchParams(q="memo", year_from=1990)).entries_answer()
    assert not RecordSearch(SearchParams(q="memo", types=("gift",))).entries_answer()
    assert not RecordSearch(SearchParams(q="memo", linked=(("country", (1,)),))).entries_answer()
    assert not RecordSearch(SearchParams(q="memo", has_image=True)).entries_answer()
    assert not RecordSearch(SearchParams(q="memo"), CollectionItem.objects.all()).entries_answer()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statements")
def test_a_search_over_every_published_record_reads_the_entries_alone(memos):
    with CaptureQueriesContext(connection) as plain:
        RecordSearch(SearchParams(q="memo trade")).window(0, 10)
    with CaptureQueriesContext(connection) as narrowed:
        RecordSearch(SearchParams(q="memo trade", types=("document",))).window(0, 10)
    matches = [q["sql"] for q in plain.captured_queries if "search_searchentry" in q["sql"]]
    assert matches and all("collections_app_collectionitem" not in sql for sql in matches)
    assert all("e.published" in sql for sql in matches)
    assert any(
        "search_searchentry" in q["sql"] and "collections_app_collectionitem" in q["sql"]
        for q in narrowed.captured_queries
    )


def test_the_migration_copies_each_records_status(memos):
    shown, draft, withdrawn = memos
    SearchEntry.objects.update(published=False)
    with connection.cursor() as cursor:
        cursor.execute(migration.FILL)
    assert _published() == {item.pk for item in shown}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's trigger")
def test_a_status_changed_without_the_models_is_followed_at_once(memos, client):
    # Neither a save's signals nor a reindex: a queryset update() (or SQL by hand). The
    # trigger keeps the entry in step, so the record leaves plain searches at once, and
    # its card, cached by the search before, is never asked for again.
    shown, draft, _withdrawn = memos
    url = "/en/catalogue/?q=memo+trade"
    assert "Memo on trade 0" in client.get(url).content.decode()
    CollectionItem.objects.filter(pk=shown[0].pk).update(status=PublicationStatus.WITHDRAWN)
    assert shown[0].pk not in _published()
    assert "Memo on trade 0" not in client.get(url).content.decode()
    keys, counted = RecordSearch(SearchParams(q="memo trade")).window(0, 10)
    assert set(keys) == {shown[1].pk, shown[2].pk} and counted.exact == 2
    CollectionItem.objects.filter(pk=draft.pk).update(status=PublicationStatus.PUBLISHED)
    assert draft.pk in _published()
    assert draft.pk in RecordSearch(SearchParams(q="memo trade")).window(0, 10)[0]


def with_row_locks(test):
    """A test of two connections at once (committed transactions, PostgreSQL's row locks)."""
    test = pytest.mark.django_db(transaction=True)(test)
    return pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's row locks")(
        test
    )


class AnotherRequest:
    """What another request does while the reindex (this thread) is at a given point:
    ``pause()`` there lets it start and waits for it, a second at most (it may be waiting
    for the reindex's locks); it runs in a thread with its own connection."""

    def __init__(self, action):
        self.started, self.done = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, args=[action])

    def _run(self, action):
        self.started.wait(5)
        try:
            action()
            self.done.set()
        finally:
            connections.close_all()

    def pause(self):
        if threading.current_thread() is threading.main_thread():
            self.started.set()
            self.done.wait(1)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.started.set()
        self.thread.join(10)


@with_row_locks
def test_a_record_saved_while_its_documents_are_built_is_reindexed_after(memos):
    # Another request saves the record after its reindex read it: the save waits for
    # the reindex's commit, and its own reindex (on commit, in its thread) writes last.
    shown, _draft, _withdrawn = memos
    real = services.iter_documents

    def rename():
        item = CollectionItem.objects.get(pk=shown[0].pk)
        item.title_en = "Memo on grain"
        item.save()

    with AnotherRequest(rename) as other:

        def read_then_pause(*args, **kwargs):
            documents = list(real(*args, **kwargs))
            other.pause()
            yield from documents

        with mock.patch.object(services, "iter_documents", read_then_pause):
            services.reindex_items([shown[0].pk])
    names = SearchDocument.objects.get(item_id=shown[0].pk).names
    assert "grain" in names and "trade" not in names


@with_row_locks
def test_a_status_change_during_the_write_waits_for_it(memos):
    # Another request changes the status while the reindex is writing: it waits for the
    # reindex's commit, then its trigger updates the entry just written.
    shown, _draft, _withdrawn = memos
    real = services.get_backend

    def withdraw():
        CollectionItem.objects.filter(pk=shown[0].pk).update(status=PublicationStatus.WITHDRAWN)

    with AnotherRequest(withdraw) as other:

        class Backend:
            def __init__(self):
                self.backend = real()

            def write_entries(self, entries, **kwargs):
                self.backend.write_entries(entries, **kwargs)
                other.pause()

        with mock.patch.object(services, "get_backend", Backend):
            services.reindex_items([shown[0].pk])
    assert shown[0].pk not in _published()


class _ServerError(Exception):
    def __init__(self, pgcode: str):
        super().__init__(pgcode)
        self.pgcode = pgcode


def _failing_once(pgcode: str, real):
    calls = []

    def bump():
        calls.append(1)
        if len(calls) == 1:
            error = OperationalError("the server ended this transaction")
            error.__cause__ = _ServerError(pgcode)
            raise error
        return real()

    return bump


def test_a_reindex_chosen_to_end_a_deadlock_is_tried_again(memos, monkeypatch, caplog):
    shown, _draft, _withdrawn = memos
    SearchEntry.objects.filter(document_id=shown[0].pk).delete()
    monkeypatch.setattr(
        services.IndexVersion, "bump", _failing_once(services.DEADLOCK, services.IndexVersion.bump)
    )
    assert services.reindex_items([shown[0].pk]) == 1
    assert SearchEntry.objects.filter(document_id=shown[0].pk, published=True).exists()
    assert "deadlocked; trying again" in caplog.text


def test_other_database_errors_are_not_tried_again(memos, monkeypatch):
    shown, _draft, _withdrawn = memos
    monkeypatch.setattr(
        services.IndexVersion, "bump", _failing_once("57014", services.IndexVersion.bump)
    )
    with pytest.raises(OperationalError):
        services.reindex_items([shown[0].pk])
    # Rolled back whole: the entry as it was.
    assert SearchEntry.objects.filter(document_id=shown[0].pk, published=True).exists()
