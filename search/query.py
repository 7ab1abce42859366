"""One search over published records: its records in order, how many there are, and its
facet counts, from validated parameters (``SearchParams``, given by search.filters).

Here rather than in the catalogue because every page that searches uses it: the public
catalogue, the exhibitions' add-objects page (exhibitions sit below the catalogue), and
later the API and exports, which page on their own. ``RecordSearch`` has no notion of a
page: ``keys(offset, limit)``, slicing (``search[40:60]``) and iteration give records in
order; ``count()`` says how many (exactly up to a cap, estimated beyond it); ``facets()``
counts the options of each filter (search.facets). Each answers on its own, in any order.

Caching is the caller's choice, in the open: given a ``SearchCache`` (the catalogue's),
the count and the facets are kept under the search index version, so they are never
stale; without one, everything is read afresh.
"""

import datetime
import functools
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, overload

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem, ItemImage
from core import prepared
from core.i18n import FALLBACKS, language_order
from search import facets
from search.backends import PreparedQuery, get_backend, order_by_relevance, prepare_query
from search.models import IndexVersion, ItemFacet

# Counts are exact up to this many records; beyond it they are estimated ("more than
# 250 records (about 1,400)"; the facet block's counts stay exact). A search by
# relevance reads up to this many matches, one more, to count them: at 1,000 that read
# was the slowest part of a typical two-word search, which matches over a thousand
# records in the benchmark's collection (docs/performance.md).
COUNT_CAP = 250
CACHE_SECONDS = 6 * 3600
# Records read at a time when a search is iterated whole.
CHUNK = 500


class Sort:
    RELEVANCE = "relevance"
    DATE = "date"
    DATE_DESC = "-date"
    TITLE = "title"
    ACCESSION = "accession"

    CHOICES = [
        (RELEVANCE, _("Relevance")),
        (DATE, _("Date, oldest first")),
        (DATE_DESC, _("Date, newest first")),
        (TITLE, _("Title")),
        (ACCESSION, _("Accession number")),
    ]


@dataclass(frozen=True)
class SearchParams:
    """What a visitor asked for, validated: the search words, the chosen record types,
    the chosen authorities of each facet (their primary keys), a year range, whether
    with images, and the sort."""

    q: str = ""
    types: tuple[str, ...] = ()
    linked: tuple[tuple[str, tuple[int, ...]], ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    has_image: bool | None = None
    sort: str = ""

    @property
    def sort_order(self) -> str:
        chosen = self.sort
        if chosen == Sort.RELEVANCE and not self.q:
            chosen = ""
        return chosen or (Sort.RELEVANCE if self.q else Sort.DATE)

    @property
    def ranked(self) -> bool:
        """Whether the records come by relevance (a search not sorted otherwise)."""
        return bool(self.q) and self.sort_order == Sort.RELEVANCE

    def chosen(self, facet: str) -> tuple[Any, ...]:
        if facet == "type":
            return self.types
        return dict(self.linked).get(facet, ())

    def without(self, facet: str) -> "SearchParams":
        """These parameters less one facet's choice (what that facet's counts are over)."""
        if facet == "type":
            return replace(self, types=())
        return replace(self, linked=tuple(pair for pair in self.linked if pair[0] != facet))

    def narrowing(self) -> bool:
        """Whether any filter besides the search words narrows the records."""
        return bool(
            self.types
            or self.linked
            or self.year_from
            or self.year_to
            or self.has_image is not None
        )

    def within(self) -> tuple[datetime.date | None, datetime.date | None] | None:
        """The year range as the first and last days it admits (None: no range)."""
        if not (self.year_from or self.year_to):
            return None
        return (
            datetime.date(self.year_from, 1, 1) if self.year_from else None,
            datetime.date(self.year_to, 12, 31) if self.year_to else None,
        )

    def active(self) -> bool:
        """Whether the visitor searched or filtered (rather than browsing everything)."""
        return bool(self.q) or self.narrowing()

    def state_key(self) -> str:
        """A digest of the search and filters (not the sort): what the count and the
        facet counts depend on."""
        state = {
            "q": self.q,
            "types": sorted(self.types),
            "linked": sorted(self.linked),
            "years": [self.year_from, self.year_to],
            "has_image": self.has_image,
        }
        encoded = json.dumps(state, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(encoded.encode()).hexdigest()


@dataclass(frozen=True)
class ResultCount:
    """How many records a search finds: ``exact`` up to ``cap``, else None and, where the
    database can tell cheaply, an ``estimate``."""

    exact: int | None
    cap: int
    estimate: int | None = None

    @property
    def is_exact(self) -> bool:
        return self.exact is not None

    @property
    def at_least(self) -> int:
        """A number of records there certainly are (for paging past the cap)."""
        return self.exact if self.exact is not None else self.cap + 1


class SearchCache:
    """Counts and facets of searches, kept under the index version (search.IndexVersion),
    which grows with every change to the index: no process ever reads a stale one."""

    def __init__(self, version: int, *, timeout: int = CACHE_SECONDS) -> None:
        self.version = version
        self.timeout = timeout

    @classmethod
    def current(cls) -> "SearchCache":
        return cls(IndexVersion.current())

    def key(self, kind: str, params: SearchParams, *parts: str) -> str:
        return ":".join(("search", kind, str(self.version), *parts, params.state_key()))

    def get(self, key: str) -> Any:
        return cache.get(key)

    def set(self, key: str, value: Any) -> None:
        cache.set(key, value, self.timeout)


class RecordSearch:
    """The records of ``queryset`` (published records by default) that ``params`` admit.

    ``queryset`` decides what a record carries (``for_listing()`` for cards); the
    order is ``params.sort_order``, relevance first for a search."""

    def __init__(
        self,
        params: SearchParams,
        queryset: QuerySet | None = None,
        *,
        cache: SearchCache | None = None,
    ) -> None:
        self.params = params
        # Given no queryset, the search is over every published record: the index's
        # entries (each says whether its record is published) may answer it alone.
        self.every_published = queryset is None
        self.queryset = CollectionItem.objects.public() if queryset is None else queryset
        self.cache = cache

    # The records ---------------------------------------------------------------------

    @cached_property
    def prepared(self) -> PreparedQuery:
        """The search words checked against the index (once, when first needed)."""
        return prepare_query(self.params.q)

    def entries_answer(self) -> bool:
        """Whether the index's entries alone answer the words: a search over every
        published record, narrowed at most by years (the entries carry the dates)."""
        params = self.params
        return self.every_published and not (
            params.types or params.linked or params.has_image is not None
        )

    def filtered(self, params: SearchParams | None = None) -> QuerySet:
        """The records the filters admit, before the search words."""
        params = params or self.params
        queryset = self.queryset.all()
        if params.types:
            queryset = queryset.filter(item_type__in=params.types)
        for facet, pks in params.linked:
            values = [str(pk) for pk in pks]
            queryset = queryset.filter(
                Exists(ItemFacet.objects.filter(item=OuterRef("pk"), facet=facet, value__in=values))
            )
        start, end = params.within() or (None, None)
        if start:
            latest = Coalesce("date_latest", "date_earliest")
            queryset = queryset.alias(range_end=latest).filter(range_end__gte=start)
        if end:
            earliest = Coalesce("date_earliest", "date_latest")
            queryset = queryset.alias(range_start=earliest).filter(range_start__lte=end)
        if params.has_image is not None:
            has_image = Exists(ItemImage.objects.filter(item=OuterRef("pk")))
            queryset = queryset.filter(has_image if params.has_image else ~has_image)
        return queryset

    def records(self, params: SearchParams | None = None) -> QuerySet:
        """The records matching the words and the filters, unordered; a search's carry
        ``search_rank``."""
        params = params or self.params
        queryset = self.filtered(params)
        if params.q:
            queryset = get_backend().filter(queryset, self.prepared)
        return queryset

    def ordered(self) -> QuerySet:
        """The records in the order asked for, as a QuerySet (for iterating or exports)."""
        queryset = self.records()
        sort = self.params.sort_order
        if sort == Sort.RELEVANCE:
            return order_by_relevance(queryset)
        if sort == Sort.DATE:
            return queryset.order_by(F("date_earliest").asc(nulls_last=True), "accession_number")
        if sort == Sort.DATE_DESC:
            return queryset.order_by(F("date_earliest").desc(nulls_last=True), "accession_number")
        if sort == Sort.TITLE:
            return queryset.order_by(title_order(), "accession_number")
        return queryset.order_by("accession_number")

    def keys(self, offset: int, limit: int, *, matches: int | None = None) -> list[int]:
        """The primary keys of the records ``[offset, offset + limit)`` in order.
        ``matches``, at least how many records match when known, lets a search ranked
        by relevance keep only its best matches in its sort."""
        if limit <= 0:
            return []
        if self.params.ranked:
            return (
                get_backend()
                .summarise(
                    self.filtered(),
                    self.prepared,
                    offset=offset,
                    limit=limit,
                    facets=[],
                    count=False,
                    matches=None if self.params.narrowing() else matches,
                    within=self.params.within(),
                    every_published=self.entries_answer(),
                )
                .keys
            )
        # The keys alone first: an index in the sort's order answers them (a deep page
        # skips index entries, not joined rows); then only the window's rows are read.
        if self.every_published and not self.params.active():
            # Browsing: the same statement for every page of a sort, compiled once.
            using = self.queryset.db
            statement = _browsing(self.params.sort_order, get_language() or "", using)
            return [pk for (pk,) in prepared.fetch_all(statement, limit, offset, using=using)]
        return list(self.ordered().values_list("pk", flat=True)[offset : offset + limit])

    def window(
        self, offset: int, limit: int, *, cap: int = COUNT_CAP
    ) -> tuple[list[int], ResultCount]:
        """The keys ``[offset, offset + limit)`` and the count, as cheaply as the two
        come together: a search by relevance reads up to ``cap + 1`` of its matches with
        their rank tier, which counts them exactly when there are no more (and ranks
        the window from them), else the count is estimated; either is cached like
        ``count()``'s. Otherwise the count is capped (``count()``) and the keys read on
        their own."""
        known = self.known_count(cap=cap)
        if not self.params.ranked or known is not None:
            counted = known or self.count(cap=cap)
            return self.keys(offset, limit, matches=counted.at_least), counted
        summary = get_backend().summarise(
            self.filtered(),
            self.prepared,
            offset=offset,
            limit=limit,
            facets=[],
            cap=cap,
            within=self.params.within(),
            every_published=self.entries_answer(),
        )
        if summary.count is None or summary.count > cap:
            counted = ResultCount(None, cap, self._estimate())
        else:
            counted = ResultCount(summary.count, cap)
        self._remember_count(counted)
        return summary.keys, counted

    def _estimate(self) -> int | None:
        """The database's estimate of the matches, from the entries alone when they
        answer (planning the records' joins took longer)."""
        if self.params.q and self.entries_answer():
            return get_backend().estimate_words(self.prepared.words, self.params.within())
        return get_backend().estimate(self.records().order_by())

    def rows(self, keys: list[int]) -> list:
        """The records of these keys in this order (one query); a key the queryset does
        not admit is left out."""
        found = self.queryset.order_by().in_bulk(keys)
        return [found[key] for key in keys if key in found]

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list: ...
    def __getitem__(self, index):
        if isinstance(index, int):
            found = self[index : index + 1]
            if not found:
                raise IndexError(index)
            return found[0]
        if index.step not in (None, 1) or (index.start or 0) < 0 or index.stop is None:
            raise ValueError("a search slices forwards, from a start to a stop")
        start = index.start or 0
        return self.rows(self.keys(start, index.stop - start))

    def __iter__(self) -> Iterator:
        offset = 0
        while True:
            chunk = self[offset : offset + CHUNK]
            yield from chunk
            if len(chunk) < CHUNK:
                return
            offset += CHUNK

    # How many ------------------------------------------------------------------------

    def count(self, *, cap: int = COUNT_CAP) -> ResultCount:
        """How many records match: exact up to ``cap`` (counted over at most ``cap + 1``
        keys, so never over every match), beyond it the database's estimate."""
        known = self.known_count(cap=cap)
        if known is not None:
            return known
        records = self.records().order_by()
        counted = records.values("pk")[: cap + 1].count()
        if counted <= cap:
            result = ResultCount(counted, cap)
        else:
            result = ResultCount(None, cap, self._estimate())
        self._remember_count(result)
        return result

    def known_count(self, *, cap: int = COUNT_CAP) -> ResultCount | None:
        """The count from the cache, if one is given and holds it (no query)."""
        if self.cache is None:
            return None
        known = self.cache.get(self.cache.key("count", self.params))
        if known is not None and (known.is_exact or known.cap == cap):
            return known
        return None

    def _remember_count(self, counted: ResultCount) -> None:
        if self.cache is not None:
            self.cache.set(self.cache.key("count", self.params), counted)

    # Facets --------------------------------------------------------------------------

    def facets(self) -> list[dict]:
        """Each facet's options with counts (search.facets), from the cache if given."""
        cache = self.cache
        if cache is None:
            return facets.facet_options(self)
        key = cache.key("facets", self.params, get_language() or "")
        found = cache.get(key)
        if found is not None:
            return found
        result = facets.facet_options(self)
        cache.set(key, result)
        return result


@functools.cache
def _browsing(sort: str, language: str, using: str) -> prepared.Compiled:
    """The keys of every published record in this sort's order (titles: in the order of
    this language), a page at a time (core.prepared)."""
    ordered = RecordSearch(SearchParams(sort=sort)).ordered().using(using)
    return prepared.compile(ordered.values_list("pk"), using, markers=(), paged=True)


def title_order():
    """Titles in the visitor's language, falling back to the others, case-folded: the
    record's stored key for the language (CollectionItem.title_order_*), which
    PostgreSQL indexes (search migration 0015)."""
    language = language_order()[0]
    if language not in FALLBACKS:
        language = settings.LANGUAGE_CODE[:2]
    return F(f"title_order_{language}")
