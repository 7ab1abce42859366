"""Keeping the search index in step with the records: the one place that writes it."""

import logging
import multiprocessing
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from contextvars import ContextVar
from functools import partial

from django.db import OperationalError, connection, connections, transaction

from collections_app.models import CollectionItem
from search.backends import get_backend
from search.documents import iter_documents
from search.links import reaching
from search.models import IndexVersion, ItemFacet, Lexeme, SearchDocument, SearchEntry, Term

_TERM = re.compile(r"^[a-z]{3,60}$")
# PostgreSQL's SQLSTATE for a transaction chosen to end a deadlock.
DEADLOCK = "40P01"
REINDEX_ATTEMPTS = 3

logger = logging.getLogger(__name__)


def reindex_items(pks: Iterable[int], *, batch_size: int = 500) -> int:
    """Rebuild the search documents of these records (and drop those of deleted ones).

    In one transaction, the records locked first (in key order, until the commit): a
    change to one of them committed before is read here, and one made meanwhile waits
    for this write and is then reindexed after it, so the last reindex to commit has read
    the last change, and a status change's trigger (PostgreSQL) updates the entries
    written here. A deadlock with another transaction's locks is tried again."""
    pks = set(pks)
    if not pks:
        return 0
    for _attempt in range(REINDEX_ATTEMPTS - 1):
        try:
            with transaction.atomic():
                return _reindex(pks, batch_size)
        except OperationalError as error:
            if getattr(error.__cause__, "pgcode", None) != DEADLOCK:
                raise
            logger.warning("reindexing %d records deadlocked; trying again", len(pks))
    with transaction.atomic():
        return _reindex(pks, batch_size)


def _reindex(pks: set[int], batch_size: int) -> int:
    existing = CollectionItem.objects.filter(pk__in=pks)
    list(existing.order_by("pk").select_for_update(no_key=True).values_list("pk"))
    dates = {
        pk: (earliest or latest, latest or earliest)
        for pk, earliest, latest in existing.values_list("pk", "date_earliest", "date_latest")
    }
    # Whether visitors may find it, on the entry (search.models.SearchEntry.published).
    public = set(existing.public().values_list("pk", flat=True))
    documents, facets, entries = [], [], []
    for pk, names, body, pairs in iter_documents(existing, batch_size=batch_size):
        documents.append(SearchDocument(item_id=pk, names=names, body=body))
        facets += [ItemFacet(item_id=pk, facet=facet, value=value) for facet, value in pairs]
        keys = SearchEntry.join_keys(pairs)
        entries.append(SearchEntry.Row(pk, keys, names, body, *dates[pk], pk in public))
    terms = {word for doc in documents for word in doc.names.split() if _TERM.match(word)}
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


def items_linked_to(key: str, pk: int) -> list[int]:
    """The records whose documents read this authority (search.links.LINKED, by
    model name), through any path."""
    return list(
        CollectionItem.objects.filter(reaching(key, pk)).values_list("pk", flat=True).distinct()
    )


# The records touched since the last reindex, per thread of execution. Reindexing is
# idempotent (it reads the records as they are), so pks left over from a rolled-back
# transaction are merely reindexed with the next batch.
_pending: ContextVar[set[int] | None] = ContextVar("search_reindex_pending", default=None)


def _flush() -> None:
    pks = _pending.get()
    if pks:
        _pending.set(None)
        reindex_items(pks)


def discard_pending(**kwargs) -> None:
    """Forget keys left pending by rolled-back transactions (connected to
    ``request_started``). Only outside any transaction: keys queued in an open one (a
    test's, or a caller's that makes requests within it) still await its commit."""
    if not transaction.get_connection().in_atomic_block:
        _pending.set(None)


def queue_reindex(pks: Iterable[int]) -> None:
    """Reindex these records when the current transaction commits (at once outside a
    transaction), once per record however many saves and link changes it made.

    The pks join one pending batch; each call registers ``_flush`` with Django's
    documented ``transaction.on_commit``, and the first callback to run on commit
    reindexes the whole batch and empties it, so the others find nothing to do. A
    callback dropped by a rollback (of the transaction or a savepoint) leaves its pks
    pending for the next commit; no Django internals are read to find the open batch."""
    pks = set(pks)
    if not pks:
        return
    pending = _pending.get()
    if pending is None:
        pending = set()
        _pending.set(pending)
    pending.update(pks)
    transaction.on_commit(_flush)
