"""The public catalogue's parameters: the shared record search's (search.filters), which
validates them; search.query turns them into records, a count and facets."""

from search.facets import FACET_LIMIT
from search.filters import RecordFilterSet
from search.query import Sort

__all__ = ["FACET_LIMIT", "CatalogueFilterSet", "Sort"]


class CatalogueFilterSet(RecordFilterSet):
    """The catalogue's search form: every parameter of a record search."""
