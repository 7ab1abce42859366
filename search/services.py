"""Keeping the search index in step with the records: the one place that writes it."""

import multiprocessing
import re
import threading
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from django.db import connection, connections, transaction
from django.db.models import Q

from collections_app.models import CollectionItem
from search.backends import get_backend
from search.documents import iter_documents
from search.models import IndexVersion, ItemFacet, Lexeme, SearchDocument, SearchEntry, Term

_TERM = re.compile(r"^[a-z]{3,60}$")


def reindex_items(pks: Iterable[int], *, batch_size: int = 500) -> int:
    """Rebuild the search documents of these records (and drop those of deleted ones)."""
    pks = set(pks)
    if not pks:
        return 0
    existing = CollectionItem.objects.filter(pk__in=pks)
    documents, facets, entries = [], [], []
    for pk, names, body, pairs in iter_documents(existing, batch_size=batch_size):
        documents.append(SearchDocument(item_id=pk, names=names, body=body))
        facets += [ItemFacet(item_id=pk, facet=facet, value=value) for facet, value in pairs]
        entries.append((pk, SearchEntry.join_keys(pairs), names, body))
    terms = {word for doc in documents for word in doc.names.split() if _TERM.match(word)}
    with transaction.atomic():
        SearchEntry.objects.filter(document_id__in=pks).delete()
        SearchDocument.objects.filter(item_id__in=pks).delete()
        SearchDocument.objects.bulk_create(documents, batch_size=batch_size)
        get_backend().write_entries(entries, batch_size=batch_size)
        ItemFacet.objects.filter(item_id__in=pks).delete()
        ItemFacet.objects.bulk_create(facets, batch_size=batch_size * 4)
        IndexVersion.bump()
        Term.objects.bulk_create(
            [Term(word=word) for word in sorted(terms)], batch_size=1000, ignore_conflicts=True
        )
    return len(documents)


def rebuild_index(*, batch_size: int = 500, workers: int = 1, stdout=None) -> int:
    """Rebuild every search document, in batches; returns how many were written. With
    ``workers`` above 1 on PostgreSQL, that many processes share the batches: a batch's
    Python work (reading and transliterating records) overlaps another's writing."""
    pks = list(CollectionItem.objects.order_by("pk").values_list("pk", flat=True))
    # Words no record carries any more drop out.
    Term.objects.all().delete()
    Lexeme.objects.all().delete()
    chunks = [pks[start : start + batch_size * 10] for start in range(0, len(pks), batch_size * 10)]
    reindex = partial(reindex_items, batch_size=batch_size)
    written = 0
    for done in _map(reindex, chunks, workers):
        written += done
        if stdout:
            stdout.write(f"{written} of {len(pks)} records indexed")
    SearchDocument.objects.exclude(item_id__in=CollectionItem.objects.values("pk")).delete()
    return written


def _map(function, chunks: list, workers: int) -> Iterable[int]:
    """``function`` over the chunks, in this process or in ``workers`` forked ones (each
    opens its own connection; the transactions write disjoint records, and the words they
    share in word order, so they wait for each other rather than deadlock)."""
    if workers <= 1 or connection.vendor != "postgresql" or connection.in_atomic_block:
        return map(function, chunks)
    connections.close_all()  # a forked process must not share the parent's socket
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    return _drain(pool, pool.map(function, chunks))


def _drain(pool: ProcessPoolExecutor, results: Iterable[int]) -> Iterable[int]:
    with pool:
        yield from results


# Records linked to an authority, by the authority's model name: the lookups below are
# the paths through which a record's document reads that authority's names.
AUTHORITY_LINKS = {
    "person": [
        "person_links__person",
        "photograph__photographer",
        "diplomaticgift__giver",
        "diplomaticgift__recipient",
    ],
    "country": ["countries", "diplomaticgift__giving_country"],
    "organization": [
        "organizations",
        "archivaldocument__holding_archive",
        "diplomaticgift__giving_organization",
    ],
    "place": ["place", "events__place"],
    "material": ["diplomaticgift__materials"],
    "subject": ["subjects"],
    "event": ["events", "diplomaticgift__occasion"],
    "exhibition": ["exhibition_items__exhibition"],
}


def items_linked_to(model_name: str, pk: int) -> list[int]:
    condition = Q()
    for path in AUTHORITY_LINKS[model_name]:
        condition |= Q(**{path: pk})
    return list(CollectionItem.objects.filter(condition).values_list("pk", flat=True).distinct())


class _Batch:
    """The records one transaction touched; reindexed once when it commits."""

    def __init__(self) -> None:
        self.pks: set[int] = set()

    def __call__(self) -> None:
        if getattr(_pending, "batch", None) is self:
            _pending.batch = None
        reindex_items(self.pks)


_pending = threading.local()


def _open_batch(connection) -> "_Batch | None":
    batch = getattr(_pending, "batch", None)
    # A batch belongs to the transaction whose on-commit list still holds it; after a
    # rollback Django drops the callback and the batch must not be reused.
    if batch is not None and any(entry[1] is batch for entry in connection.run_on_commit):
        return batch
    return None


def queue_reindex(pks: Iterable[int]) -> None:
    """Reindex these records when the current transaction commits (at once outside a
    transaction), once per record however many saves and link changes it made."""
    pks = set(pks)
    if not pks:
        return
    connection = transaction.get_connection()
    batch = _open_batch(connection) if connection.in_atomic_block else None
    if batch is None:
        batch = _pending.batch = _Batch()
        batch.pks.update(pks)
        transaction.on_commit(batch)
    else:
        batch.pks.update(pks)
