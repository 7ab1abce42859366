"""Migration 0014 adds each search entry's block of primary keys to the entries already
indexed, and on PostgreSQL puts the block in the entries' GIN index."""

import pytest
from django.db import connection

from collections_app.models import CollectionItem
from search.backends import summarise
from search.models import SearchEntry
from tests import factories
from tests.migrating import Migrator

BEFORE = ("search", "0013_entry_published_trigger")


@pytest.mark.django_db(transaction=True)
def test_existing_entries_get_their_block_and_are_still_found(
    django_capture_on_commit_callbacks,
):
    pk = SearchEntry.BLOCK * 3 + 1
    with django_capture_on_commit_callbacks(execute=True):
        factories.document("Treaty of friendship", id=pk, status="published")
    migrator = Migrator()
    migrator.migrate([BEFORE])
    migrator.migrate_to_latest()
    assert SearchEntry.objects.get(document_id=pk).block == 3
    assert summarise(CollectionItem.objects.public(), "treaty", limit=20).keys == [pk]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchentry'"
            )
            indexes = {row[0] for row in cursor.fetchall()}
        assert "search_entry_block_vector_gin" in indexes
        assert "search_entry_vector_gin" not in indexes
