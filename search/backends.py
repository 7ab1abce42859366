"""Full-text search over the search documents, behind one interface.

``search_items(queryset, query)`` narrows a queryset of records to those matching the
query and annotates each with ``search_rank`` (higher is better). The backend is chosen
by the database vendor, so views never branch on the database.

Both backends work on skeleton words (search/translit.py) and share the steps:
1. A query that is an accession number finds that record.
2. Each query word that starts no known name word is corrected to the closest word in the
   vocabulary (``Term``): "Suleimenv" -> "suleimenov". PostgreSQL finds it with trigram
   similarity (pg_trgm, GIN-indexed); SQLite with difflib.
3. Every word must start a word of the document (prefix match, which also copes with
   inflections: "farfor" finds "farforovaia"). On PostgreSQL a word that starts only a
   few of the index's words (``Lexeme``) is looked up as those words exactly, which GIN
   answers from its posting lists; one that starts many stays a prefix.
4. Ranking: PostgreSQL ``ts_rank`` on the stored vector, names weighing more than the
   body; SQLite ranks records whose names match above those matched in the body only.

``summarise(queryset, query, ...)`` answers what a catalogue page shown by relevance
needs in one go: how many records match, the primary keys of one window of them in rank
order, and facet counts over all of them. PostgreSQL does it in one statement that reads
each match's narrow ``SearchEntry`` row once; elsewhere it is built from ``search_items``.
A caller that knows the count already (the catalogue caches it with the facet counts)
asks for the window alone, which PostgreSQL answers without joining every match to the
records: it ranks the matches and checks them against the records in rank order only
until the window is full. Records of equal rank come in primary-key order.
"""

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import (
    Case,
    Exists,
    Expression,
    F,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils.functional import cached_property

from search.models import Lexeme, SearchDocument, SearchEntry, Term
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
    ) -> Summary:
        """The records of ``queryset`` matching ``query``: a ``Summary`` with the window
        ``[offset, offset + limit)`` of them by relevance, counts of ``facets``, and
        unless ``count`` is false how many there are. ``matches``, their number when
        the caller knows it, lets a backend read only the best-ranked ones."""
        if not isinstance(query, PreparedQuery):
            query = PreparedQuery(query, self)
        window: dict[str, Any] = {
            "offset": offset,
            "limit": limit,
            "facets": facets,
            "count": count,
        }
        exact = _by_accession_number(queryset, query.text)
        if exact is not None:
            return self.summarise_matches(exact, **window)
        words = query.words
        if not words:
            return Summary(0 if count else None, [], {name: {} for name in facets})
        return self.summarise_words(queryset, words, **window, matches=matches)

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

    def write_entries(self, entries: list[tuple[int, str, str, str]], *, batch_size: int) -> None:
        """Write the ``SearchEntry`` rows of documents just written: (pk, facet keys,
        names, body) each."""
        SearchEntry.objects.bulk_create(
            [SearchEntry(document_id=pk, facet_keys=keys) for pk, keys, _n, _b in entries],
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


class EntryColumn(Expression):
    """A column of the record's search entry that is not a model field (PostgreSQL's
    ``vector``): joins the record's ``SearchEntry`` and names the column on whatever
    alias the join gets, so the queryset still works as a subquery."""

    def __init__(self, column: str, output_field):
        super().__init__(output_field=output_field)
        self.column = column
        self.anchor: Any = None  # the entry's column, once resolved

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        clone = self.copy()
        if clone.anchor is None:
            # "facet_keys" is a real column, so the join to the entry is not trimmed.
            clone.anchor = F("search_document__entry__facet_keys").resolve_expression(
                query, allow_joins, reuse, summarize, for_save
            )
        # Already resolved: the queryset is being used as a subquery of another query,
        # whose tables are not ours to join.
        return clone

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.anchor = self.anchor.relabeled_clone(change_map)
        return clone

    def get_source_expressions(self):
        return [self.anchor]

    def set_source_expressions(self, exprs):
        (self.anchor,) = exprs

    def as_sql(self, compiler, connection):
        alias = compiler.quote_name_unless_alias(self.anchor.alias)
        return f"{alias}.{connection.ops.quote_name(self.column)}", []


VECTOR_SQL = (
    "setweight(to_tsvector('simple', {names}), 'A')"
    " || setweight(to_tsvector('simple', {body}), 'B')"
)

# One pass over the matches: the tsquery, the records' query and its parameters, the
# window (limit, offset) and the facets to count are filled in by ``summarise_words``.
# The matches are ranked first (reading each narrow entry once), then joined to the
# records the visitor may see; sorted by id behind an OFFSET 0 fence, so a broad search
# merge-joins them with the index of published records instead of hashing all of them.
SUMMARY_SQL = """
WITH shown AS MATERIALIZED (
    SELECT m.id, m.rank, m.facet_keys
    FROM (
        SELECT e.document_id AS id, ts_rank(e.vector, q.query) AS rank, e.facet_keys
        FROM search_searchentry e, to_tsquery('simple', %s) AS q (query)
        WHERE e.vector @@ q.query
        ORDER BY e.document_id
        OFFSET 0
    ) AS m
    JOIN ({records}) AS r (id) ON r.id = m.id
)
SELECT
    (SELECT count(*) FROM shown),
    (SELECT coalesce(array_agg(w.id ORDER BY w.rank DESC, w.id), '{{}}')
     FROM (SELECT id, rank FROM shown ORDER BY rank DESC, id LIMIT %s OFFSET %s) AS w),
    {facets}
"""
# The window alone: every match is ranked and sorted (reading each narrow entry once),
# then checked against the records in that order, one index probe each, until the
# window is full. The sort's order carries through the nested loop, so nothing is
# sorted again and no match beyond the window is joined. ``bound`` is "OFFSET 0" (a
# fence: sort them all) or "LIMIT %s" (keep the best ones: PostgresBackend._window).
WINDOW_SQL = """
SELECT s.id
FROM (
    SELECT e.document_id AS id, ts_rank(e.vector, q.query) AS rank
    FROM search_searchentry e, to_tsquery('simple', %s) AS q (query)
    WHERE e.vector @@ q.query
    ORDER BY rank DESC, e.document_id
    {bound}
) AS s
CROSS JOIN LATERAL (SELECT 1 FROM ({records}) AS r (id) WHERE r.id = s.id LIMIT 1) AS shown
ORDER BY s.rank DESC, s.id
LIMIT %s OFFSET %s
"""
FACETS_SQL = """(SELECT json_object_agg(f.key, f.n) FROM (
        SELECT k.key, count(*) AS n
        FROM shown, unnest(string_to_array(shown.facet_keys, ' ')) AS k (key)
        WHERE split_part(k.key, ':', 1) = ANY(%s)
        GROUP BY k.key) AS f)"""


class PostgresBackend(BaseBackend):
    """Words are tsquery terms here: ``prepare`` gives each query word as the few index
    words it begins, ``(vasilenko | vasilenkova)``, or as a prefix, ``kazah:*``."""

    TYPO_THRESHOLD = 0.45
    # A word beginning more index words than this is searched as a prefix.
    MAX_FORMS = 16

    def prepare(self, query: str) -> list[str]:
        terms = []
        words = query_words(query)
        for word, forms in zip(words, self.word_forms(words), strict=True):
            if forms is None:
                terms.append(f"{word}:*")
            elif forms:
                terms.append("(" + " | ".join(forms) + ")")
            else:
                # No indexed word begins with it (the lexicon holds every one, names
                # included): a number stays as typed, anything else is a typo to correct.
                corrected = word if word.isdigit() else self.closest_term(word)
                if corrected is None:
                    return []
                terms.append(f"{corrected}:*")
        return terms

    def word_forms(self, words: list[str]) -> list[list[str] | None]:
        """For each word, the index words it begins: all of them when there are at most
        ``MAX_FORMS`` (none when the word is unknown), else None. One query."""
        if not words:
            return []
        table = connection.ops.quote_name(Lexeme._meta.db_table)
        # Words are [a-z0-9]+ only (query_words): no LIKE wildcards to escape.
        forms = f"ARRAY(SELECT word FROM {table} WHERE word LIKE %s LIMIT {self.MAX_FORMS + 1})"
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([forms] * len(words)), [f"{w}%" for w in words])
            found = cursor.fetchone()
        return [
            sorted(f) if len(f) <= self.MAX_FORMS and all(_SAFE.match(w) for w in f) else None
            for f in found
        ]

    def write_entries(self, entries: list[tuple[int, str, str, str]], *, batch_size: int) -> None:
        sql = (
            "INSERT INTO search_searchentry (document_id, facet_keys, vector) "
            "SELECT e.id, e.keys, "
            + VECTOR_SQL.format(names="e.names", body="e.body")
            + " FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[])"
            " AS e (id, keys, names, body)"
        )
        # In word order, as Term's are: two reindexing transactions adding the same
        # new words then wait for each other instead of deadlocking.
        lexemes = (
            "INSERT INTO search_lexeme (word) SELECT DISTINCT w.lexeme"
            " FROM search_searchentry e, unnest(e.vector) AS w"
            " WHERE e.document_id = ANY(%s) ORDER BY 1 ON CONFLICT DO NOTHING"
        )
        with connection.cursor() as cursor:
            for start in range(0, len(entries), batch_size):
                batch = entries[start : start + batch_size]
                columns = [list(column) for column in zip(*batch, strict=True)]
                cursor.execute(sql, columns)
                cursor.execute(lexemes, [columns[0]])

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
    ) -> Summary:
        records_sql, records_params = queryset.order_by().values_list("pk").query.sql_with_params()
        if not count and not facets:
            return Summary(
                None, self._window(words, records_sql, records_params, offset, limit, matches)
            )
        sql = SUMMARY_SQL.format(records=records_sql, facets=FACETS_SQL if facets else "NULL")
        params = [_tsquery(words), *records_params, limit, offset]
        if facets:
            params.append(list(facets))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            total, keys, counted = cursor.fetchone()
        counts: dict[str, dict[str, int]] = {name: {} for name in facets}
        for key, n in (counted or {}).items():
            facet, _sep, value = key.partition(":")
            counts[facet][value] = n
        return Summary(total, keys, counts)

    def _window(self, words, records_sql, records_params, offset, limit, matches) -> list[int]:
        """The window's keys in rank order. Knowing how many records match, it ranks
        every match but keeps only the best ``bound`` in its sort (a top-N sort; a
        broad search sorted 11,900 ranked matches to show 20) with room for records
        the visitor may not see; if too many of those were hidden to fill the window,
        it sorts them all after all."""
        expected = 0 if matches is None else max(0, min(limit, matches - offset))
        if expected:
            bound = (offset + limit) * 3 // 2 + 20
            keys = self._window_query(words, records_sql, records_params, offset, limit, bound)
            if len(keys) >= expected:
                return keys
        return self._window_query(words, records_sql, records_params, offset, limit, None)

    def _window_query(self, words, records_sql, records_params, offset, limit, bound):
        sql = WINDOW_SQL.format(records=records_sql, bound="LIMIT %s" if bound else "OFFSET 0")
        params = [_tsquery(words), *([bound] if bound else []), *records_params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def closest_term(self, word: str) -> str | None:
        from django.contrib.postgres.search import TrigramSimilarity

        return (
            Term.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=self.TYPO_THRESHOLD)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )

    def matching(self, queryset: QuerySet, words: list[str]) -> QuerySet:
        from django.contrib.postgres.search import (
            SearchQuery,
            SearchRank,
            SearchVectorExact,
            SearchVectorField,
        )

        tsquery = SearchQuery(_tsquery(words), search_type="raw", config="simple")
        vector = EntryColumn("vector", SearchVectorField())
        return queryset.filter(SearchVectorExact(vector, tsquery)).annotate(
            search_rank=SearchRank(vector, tsquery)
        )


def _tsquery(terms: list[str]) -> str:
    # Terms are built by PostgresBackend.prepare from [a-z0-9]+ words only, so they are
    # safe in a raw tsquery.
    return " & ".join(terms)


def _word_start(field: str, word: str) -> Q:
    return Q(**{f"{field}__startswith": word}) | Q(**{f"{field}__contains": f" {word}"})


class SQLiteBackend(BaseBackend):
    TYPO_CUTOFF = 0.75

    def closest_term(self, word: str) -> str | None:
        vocabulary = Term.objects.values_list("word", flat=True)
        matches = difflib.get_close_matches(word, vocabulary, n=1, cutoff=self.TYPO_CUTOFF)
        return matches[0] if matches else None

    def in_documents(self, word: str) -> bool:
        return SearchDocument.objects.filter(
            _word_start("names", word) | _word_start("body", word)
        ).exists()

    def matching(self, queryset: QuerySet, words: list[str]) -> QuerySet:
        condition = Q()
        for word in words:
            condition &= _word_start("names", word) | _word_start("body", word)
        in_names = SearchDocument.objects.filter(item=OuterRef("pk"))
        for word in words:
            in_names = in_names.filter(_word_start("names", word))
        documents = SearchDocument.objects.filter(condition, item=OuterRef("pk"))
        return queryset.filter(Exists(documents)).annotate(
            search_rank=Case(
                When(Exists(in_names), then=Value(2.0)),
                default=Value(1.0),
                output_field=FloatField(),
            )
        )


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
) -> Summary:
    """What a page of ``queryset``'s matches for ``query`` shown by relevance needs: the
    number of matches (unless ``count`` is false), the window ``[offset, offset + limit)``
    of their primary keys in rank order, and counts of the named facets over every match.
    ``matches``: their number, when known (from an earlier summary), for a cheaper window."""
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
    )


def prepare_query(query: str) -> PreparedQuery:
    """``query`` ready to be summarised over several sets of records (its words are
    checked against the vocabulary once, when first needed)."""
    return PreparedQuery(query, get_backend())
