"""What every search backend shares (search.backends chooses one by database vendor).

Both backends work on skeleton words (search/translit.py) and share the steps:
1. A query that is an accession number finds that record.
2. Each query word that starts no known name word is corrected to the closest word in the
   vocabulary (``Term``): "Suleimenv" -> "suleimenov".
3. Every word must start a word of the document (prefix match, which also copes with
   inflections: "farfor" finds "farforovaia").
4. Ranking, higher is better, ties broken by primary key.

``summarise`` answers what a page shown by relevance needs: how many records match, the
primary keys of one window of them in rank order, and facet counts over all of them.
The database-specific parts are in postgresql.py and sqlite.py, their SQL beside them.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import FloatField, QuerySet, Value
from django.utils.functional import cached_property

from search.models import SearchEntry, Term
from search.translit import skeleton_words

MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60
# Longer queries are cut here before any expression reads them (the catalogue's form
# refuses them with a message first); twelve words of sixty letters fit.
MAX_QUERY_LENGTH = 800
_SAFE = re.compile(r"^[a-z0-9]+$")
ACCESSION_LENGTH = 32  # CollectionItem.accession_number's max_length
_ACCESSION = re.compile(r"^[A-Za-z]{2,8}[-/.][A-Za-z0-9./_-]+$")


def query_words(query: str) -> list[str]:
    words = [w[:MAX_WORD_LENGTH] for w in skeleton_words((query or "")[:MAX_QUERY_LENGTH])]
    return list(dict.fromkeys(w for w in words if _SAFE.match(w)))[:MAX_QUERY_WORDS]


def _nothing(queryset: QuerySet) -> QuerySet:
    return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))


def _by_accession_number(queryset: QuerySet, query: str) -> QuerySet | None:
    query = query.strip()
    if len(query) > ACCESSION_LENGTH or not _ACCESSION.match(query):
        return None
    matched = queryset.filter(accession_number__in={query, query.upper()})
    if not matched.exists():
        return None
    return matched.annotate(search_rank=Value(1000.0, output_field=FloatField()))


# A year range's bounds on a record's dates, either open: (first day, last day).
Within = tuple[datetime.date | None, datetime.date | None] | None


@dataclass
class Summary:
    """A search's matches among a queryset: how many, one window of their primary keys
    in rank order, and facet counts over all of them (``{facet: {value: n}}``)."""

    count: int | None  # None when not asked for
    keys: list[int]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def count_facet_keys(rows, facets: list[str]) -> dict[str, dict[str, int]]:
    """Facet counts from ``SearchEntry.facet_keys`` strings, one string per record."""
    counted = Counter(key for keys in rows for key in keys.split())
    counts: dict[str, dict[str, int]] = {name: {} for name in facets}
    for key, n in counted.items():
        facet, _sep, value = key.partition(":")
        if facet in counts:
            counts[facet][value] = n
    return counts


class PreparedQuery:
    """A query whose words are checked against the vocabulary (and corrected) once,
    however many sets of records it is then summarised over."""

    def __init__(self, text: str, backend: "BaseBackend") -> None:
        self.text = text or ""
        self.backend = backend

    @cached_property
    def words(self) -> list[str]:
        return self.backend.prepare(self.text)


class BaseBackend:
    def search(self, queryset: QuerySet, query: str) -> QuerySet:
        exact = _by_accession_number(queryset, query or "")
        if exact is not None:
            return exact
        words = self.prepare(query)
        if not words:
            return _nothing(queryset)
        return self.matching(queryset, words)

    def filter(self, queryset: QuerySet, query: "PreparedQuery") -> QuerySet:
        """``search`` for a query whose words were checked already."""
        exact = _by_accession_number(queryset, query.text)
        if exact is not None:
            return exact
        if not query.words:
            return _nothing(queryset)
        return self.matching(queryset, query.words)

    def estimate(self, queryset: QuerySet) -> int | None:
        """Roughly how many rows ``queryset`` has, without counting them; None where the
        database cannot tell."""
        return None

    def estimate_words(self, words: list[str], within: Within = None) -> int | None:
        """Roughly how many published records match ``words`` (as ``prepare`` gives
        them) within the years, without counting them; None where the database cannot
        tell."""
        return None

    def prepare(self, query: str) -> list[str]:
        """The query's words as the index knows them (each corrected where it has to be),
        or none when some word matches nothing. The usual case, every word beginning a
        known name word, takes one query however many words there are."""
        words = query_words(query)
        known = self.known_prefixes(words)
        corrected = [word if word in known else self.correct(word) for word in words]
        found = [word for word in corrected if word is not None]
        return found if len(found) == len(corrected) else []

    def known_prefixes(self, words: list[str]) -> set[str]:
        """The words that begin some vocabulary word, checked in one query."""
        words = [word for word in words if not word.isdigit()]
        if not words:
            return set()
        # Words are [a-z0-9]+ only (query_words): no LIKE wildcards to escape.
        table = connection.ops.quote_name(Term._meta.db_table)
        exists = f"EXISTS (SELECT 1 FROM {table} WHERE word LIKE %s)"
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([exists] * len(words)), [f"{w}%" for w in words])
            found = cursor.fetchone()
        return {word for word, hit in zip(words, found, strict=True) if hit}

    def summarise(
        self,
        queryset: QuerySet,
        query: "str | PreparedQuery",
        *,
        offset: int,
        limit: int,
        facets: list[str],
        count: bool = True,
        matches: int | None = None,
        cap: int | None = None,
        within: Within = None,
        every_published: bool = False,
    ) -> Summary:
        """The records of ``queryset`` matching ``query``: a ``Summary`` with the window
        ``[offset, offset + limit)`` of them by relevance, counts of ``facets``, and
        unless ``count`` is false how many there are. ``matches``, their number when
        the caller knows it, lets a backend read only the best-ranked ones.
        ``cap``: beyond this many matches the count may be left out (None) for the
        caller to estimate; without one it is exact. ``within``: the year range that
        ``queryset`` is narrowed to, if any, for a backend that can apply it with the
        words (the records' own filter still decides). ``every_published``: the caller
        says ``queryset`` is every published record, narrowed at most to ``within``,
        so a backend may match the index's entries alone (``SearchEntry.published``)."""
        if not isinstance(query, PreparedQuery):
            query = PreparedQuery(query, self)
        exact = _by_accession_number(queryset, query.text)
        if exact is not None:
            return self.summarise_matches(
                exact, offset=offset, limit=limit, facets=facets, count=count
            )
        words = query.words
        if not words:
            return Summary(0 if count else None, [], {name: {} for name in facets})
        return self.summarise_words(
            queryset,
            words,
            offset=offset,
            limit=limit,
            facets=facets,
            count=count,
            matches=matches,
            cap=cap,
            within=within,
            every_published=every_published,
        )

    def summarise_words(
        self,
        queryset: QuerySet,
        words: list[str],
        *,
        offset: int,
        limit: int,
        facets: list[str],
        count: bool,
        matches: int | None = None,
        cap: int | None = None,
        within: Within = None,
        every_published: bool = False,
    ) -> Summary:
        return self.summarise_matches(
            self.matching(queryset, words), offset=offset, limit=limit, facets=facets, count=count
        )

    def summarise_matches(
        self, matches: QuerySet, *, offset: int, limit: int, facets: list[str], count: bool
    ) -> Summary:
        """One query reads every match's rank and facet values; the window and the
        counts are worked out here."""
        rows = list(
            matches.order_by().values_list(
                "pk", "search_rank", "search_document__entry__facet_keys"
            )
        )
        rows.sort(key=lambda row: (-(row[1] or 0), row[0]))
        keys = [row[0] for row in rows[offset : offset + limit]]
        counts = count_facet_keys((row[2] or "" for row in rows), facets) if facets else {}
        return Summary(len(rows) if count else None, keys, counts)

    def write_entries(self, entries: list[SearchEntry.Row], *, batch_size: int) -> None:
        """Write the ``SearchEntry`` rows of documents just written."""
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    document_id=row.pk,
                    facet_keys=row.facet_keys,
                    range_start=row.range_start,
                    range_end=row.range_end,
                    published=row.published,
                )
                for row in entries
            ],
            batch_size=batch_size,
        )

    def correct(self, word: str) -> str | None:
        """The word itself when some document has it, else the closest known name word."""
        if (
            word.isdigit()
            or Term.objects.filter(word__startswith=word).exists()
            or self.in_documents(word)
        ):
            return word
        return self.closest_term(word)

    def in_documents(self, word: str) -> bool:
        raise NotImplementedError

    def closest_term(self, word: str) -> str | None:
        raise NotImplementedError

    def matching(self, queryset: QuerySet, words: list[str]) -> QuerySet:
        raise NotImplementedError
