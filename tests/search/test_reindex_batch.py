"""Reindexing is batched per transaction through Django's documented on_commit: each
record a transaction touches is reindexed once, when it commits; a rolled-back
transaction leaves nothing behind that stops the next one from being indexed."""

import pytest
from django.db import transaction

from search import services
from search.models import SearchDocument
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_one_reindex_per_transaction(monkeypatch):
    calls = []
    real = services.reindex_items
    monkeypatch.setattr(services, "reindex_items", lambda pks: calls.append(set(pks)) or real(pks))
    services.discard_pending()  # as at the start of a request
    with transaction.atomic():
        note = factories.document("Note on borders", status="published")
        note.title_en = "Note on the borders"
        note.save()
        note.countries.add(factories.country())
    assert calls == [{note.pk}]
    assert "borders" in SearchDocument.objects.get(pk=note.pk).names


def test_a_rollback_does_not_stop_the_next_transaction_being_indexed():
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.document("Lost memorandum", status="published")
        raise RuntimeError("rolled back")
    with transaction.atomic():
        kept = factories.document("Kept memorandum", status="published")
    assert SearchDocument.objects.filter(pk=kept.pk).exists()


def test_keys_a_rollback_left_pending_are_dropped_when_a_request_starts(client):
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.document("Lost memorandum", status="published")
        raise RuntimeError("rolled back")
    assert services._pending.get()
    client.get("/en/")
    assert not services._pending.get()


def test_outside_a_transaction_the_record_is_indexed_at_once():
    note = factories.document("Standalone note", status="published")
    assert SearchDocument.objects.filter(pk=note.pk).exists()
