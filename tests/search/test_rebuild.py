"""A full rebuild shared between processes writes the same index as one process."""

import pytest
from django.db import connection

from benchmarks.synthetic import generate
from search.models import ItemFacet, Lexeme, SearchDocument, SearchEntry, Term
from search.services import rebuild_index


def snapshot() -> dict:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT document_id, facet_keys, vector::text FROM search_searchentry ORDER BY 1"
        )
        entries = cursor.fetchall()
    return {
        "documents": list(
            SearchDocument.objects.order_by("item").values_list("item", "names", "body")
        ),
        "entries": entries,
        "facets": sorted(ItemFacet.objects.values_list("item", "facet", "value")),
        "terms": list(Term.objects.values_list("word", flat=True)),
        "lexemes": sorted(Lexeme.objects.values_list("word", flat=True)),
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="workers share PostgreSQL only")
def test_workers_write_the_same_index_as_one_process(monkeypatch):
    import concurrent.futures

    from search import services

    pools = []
    monkeypatch.setattr(
        services,
        "ProcessPoolExecutor",
        lambda *args, **kwargs: (
            pools.append(args) or concurrent.futures.ProcessPoolExecutor(*args, **kwargs)
        ),
    )
    generate(240)
    assert rebuild_index(batch_size=10) == 240
    alone = snapshot()
    SearchEntry.objects.all().delete()
    SearchDocument.objects.all().delete()
    ItemFacet.objects.all().delete()
    # Chunks of 100 records: three of them, shared by two processes.
    assert rebuild_index(batch_size=10, workers=2) == 240
    assert snapshot() == alone
    assert pools == [(2,)]
    assert len(alone["documents"]) == 240


@pytest.mark.django_db
def test_workers_are_not_used_inside_a_transaction(django_capture_on_commit_callbacks):
    # The test's transaction holds the records: processes of their own would not see them.
    generate(60)
    assert rebuild_index(batch_size=10, workers=2) == 60
    assert SearchDocument.objects.count() == 60
