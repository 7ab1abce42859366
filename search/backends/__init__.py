"""Full-text search over the search documents, behind one interface.

``search_items(queryset, query)`` narrows a queryset of records to those matching the
query and annotates each with ``search_rank`` (higher is better). The backend is chosen
by the database vendor (postgresql.py, sqlite.py, sharing base.py), so no caller
branches on the database.
"""

from collections.abc import Sequence

from django.db import connection
from django.db.models import F, QuerySet

from search.backends.base import (
    MAX_QUERY_LENGTH,
    BaseBackend,
    PreparedQuery,
    Summary,
    Within,
    count_facet_keys,
    query_words,
)
from search.backends.postgresql import PostgresBackend
from search.backends.sqlite import SQLiteBackend

__all__ = [
    "MAX_QUERY_LENGTH",
    "BaseBackend",
    "PostgresBackend",
    "PreparedQuery",
    "SQLiteBackend",
    "Summary",
    "Within",
    "count_facet_keys",
    "get_backend",
    "order_by_relevance",
    "prepare_query",
    "query_words",
    "search_items",
    "summarise",
]


def get_backend() -> BaseBackend:
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()


def search_items(queryset: QuerySet, query: str) -> QuerySet:
    """Records of ``queryset`` matching ``query``, annotated with ``search_rank``."""
    return get_backend().search(queryset, query)


def order_by_relevance(queryset: QuerySet) -> QuerySet:
    return queryset.order_by(F("search_rank").desc(nulls_last=True), "pk")


def summarise(
    queryset: QuerySet,
    query: "str | PreparedQuery",
    *,
    offset: int = 0,
    limit: int = 0,
    facets: Sequence[str] = (),
    count: bool = True,
    matches: int | None = None,
    cap: int | None = None,
    within: Within = None,
    every_published: bool = False,
) -> Summary:
    """What a page of ``queryset``'s matches for ``query`` shown by relevance needs: the
    number of matches (unless ``count`` is false), the window ``[offset, offset + limit)``
    of their primary keys in rank order, and counts of the named facets over every match.
    ``matches``: their number, when known (from an earlier summary), for a cheaper window.
    ``cap``: beyond this many matches the count may be None (estimate it). ``within``: the
    year range ``queryset`` is narrowed to, which a backend may apply with the words.
    ``every_published``: ``queryset`` is every published record, narrowed at most to
    ``within`` (the index's entries may then answer alone, ``SearchEntry.published``)."""
    if isinstance(query, PreparedQuery):
        backend = query.backend
    else:
        backend = get_backend()
    return backend.summarise(
        queryset,
        query,
        offset=offset,
        limit=limit,
        facets=list(facets),
        count=count,
        matches=matches,
        cap=cap,
        within=within,
        every_published=every_published,
    )


def prepare_query(query: str) -> PreparedQuery:
    """``query`` ready to be summarised over several sets of records (its words are
    checked against the vocabulary once, when first needed)."""
    return PreparedQuery(query, get_backend())
