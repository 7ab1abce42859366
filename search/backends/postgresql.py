"""PostgreSQL: the entries' stored ``vector`` (SearchEntry.vector, GIN-indexed) answers
the words; trigram similarity (pg_trgm) corrects typos.

A query word that begins only a few of the index's words (``Lexeme``) is looked up as
those words exactly, which GIN answers from its posting lists; one that begins many
stays a prefix. Ranking is by tier, as on SQLite: records with every word among their
names (the vector's weight A) above those with some word in the body only, then by
primary key. Unlike ``ts_rank``, which reads every match's vector, a tier's window is
read from the blocks of primary keys it lies in (the entries' GIN index is over the
block and the vector), so a page of a search costs about its window, not its matches.
"""

import json
import re

from django.contrib.postgres.search import SearchQuery, SearchVectorExact, TrigramSimilarity
from django.db import connection
from django.db.models import Case, F, FloatField, QuerySet, Value, When

from search.backends.base import _SAFE, BaseBackend, Summary, Within, query_words
from search.models import Lexeme, SearchEntry, Term

VECTOR_SQL = (
    "setweight(to_tsvector('simple', {names}), 'A')"
    " || setweight(to_tsvector('simple', {body}), 'B')"
)

# A search's matches among the records, each with whether every word is among its
# names (the vector's weight A: ``named``), capped by ``{limit}``: when they are fewer
# than the cap these are all of them, ranked and counted in Python. The entries come
# first, from GIN (and with a year range ``{dates}``, its index on the same table:
# the two bitmaps intersect before any row is read); each is then looked up among the
# records. The CTE is planned for all its rows, so a LIMIT never tempts the planner into
# a sequential scan that assumes matches are spread evenly, yet is read only as far as
# the LIMIT needs; the OFFSET 0 keeps the lookup a lookup. Parameters: the named
# tsquery, the tsquery, the dates', the records', the limit. A search over every
# published record reads the entries alone: ``{shown}`` is then empty and ``{dates}``
# ends with ``PUBLISHED_ENTRY`` (SearchEntry.published).
MATCHES_SQL = """
WITH m (id, named) AS MATERIALIZED (
    SELECT e.document_id, e.vector @@ to_tsquery('simple', %s)
    FROM search_searchentry e
    WHERE e.vector @@ to_tsquery('simple', %s){dates}
)
SELECT m.id, m.named
FROM m{shown}
{limit}
"""
SHOWN_IN_MATCHES = (
    "\nCROSS JOIN LATERAL (SELECT 1 FROM ({records}) AS r (id) WHERE r.id = m.id OFFSET 0) AS shown"
)
PUBLISHED_ENTRY = " AND e.published"
# One tier's first matches in primary key order, sorted from the tier's matches that GIN
# finds. When the sample holds enough of the tier, only the blocks of primary keys
# (SearchEntry.block, the first column of the entries' GIN index) up to the last of the
# window's worth of it are read (``{blocks}``): the window is among them, and GIN finds
# only their matches. ``+ 0`` keeps the planner from walking the primary key instead
# (reading every entry in key order until the window is full: for a tier of one record in
# two hundred, 3,800 entries and their vectors).
TIER_SQL = """
SELECT e.document_id
FROM search_searchentry e{shown}
WHERE {tier}{dates}{blocks}
ORDER BY e.document_id + 0
LIMIT %s
"""
IN_BLOCKS = " AND e.block = ANY(%s::bigint[])"
SHOWN_IN_TIER = "\nJOIN ({records}) AS r (id) ON r.id = e.document_id"
NAMED_TIER = "e.vector @@ to_tsquery('simple', %s)"
START_AFTER = " AND e.range_end >= %s"
END_BEFORE = " AND e.range_start <= %s"
BODY_TIER = "e.vector @@ to_tsquery('simple', %s) AND NOT e.vector @@ to_tsquery('simple', %s)"
# What the facet block asks (counts over every match; a window only when asked with
# them): one pass over the matches, ranked by tier like the above. The matches are
# joined to the records the visitor may see sorted by id behind an OFFSET 0 fence, so
# a broad search merge-joins them with the index of published records; within years,
# only the entries in the range are read (``{dates}``, as in MATCHES_SQL).
SUMMARY_SQL = """
WITH shown AS MATERIALIZED (
    SELECT m.id, m.rank, m.facet_keys
    FROM (
        SELECT e.document_id AS id, CASE WHEN e.vector @@ q.named THEN 2 ELSE 1 END AS rank,
            e.facet_keys
        FROM search_searchentry e,
            (SELECT to_tsquery('simple', %s), to_tsquery('simple', %s)) AS q (query, named)
        WHERE e.vector @@ q.query{dates}
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

    def write_entries(self, entries: list[SearchEntry.Row], *, batch_size: int) -> None:
        sql = (
            "INSERT INTO search_searchentry"
            " (document_id, facet_keys, range_start, range_end, published, vector) "
            "SELECT e.id, e.keys, e.range_start, e.range_end, e.published, "
            + VECTOR_SQL.format(names="e.names", body="e.body")
            + " FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::date[],"
            " %s::date[], %s::boolean[])"
            " AS e (id, keys, names, body, range_start, range_end, published)"
        )
        # Once per call and in word order, as Term's are: two reindexing transactions
        # adding the same new words then wait for each other instead of deadlocking (one
        # statement per batch would take the words in several ordered passes, and two
        # transactions' passes can cross).
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
            cursor.execute(lexemes, [[entry[0] for entry in entries]])

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
        if not facets and every_published:
            # The entries alone answer: the records' SQL is not even compiled.
            return _Ranking(words, None, within).summary(offset, limit, count, cap)
        records = queryset.order_by().values_list("pk").query.sql_with_params()
        if not facets:
            return _Ranking(words, records, within).summary(offset, limit, count, cap)
        records_sql, records_params = records
        ranking = _Ranking(words, records, within)
        sql = SUMMARY_SQL.format(records=records_sql, facets=FACETS_SQL, dates=ranking.dates)
        params = [
            ranking.query,
            ranking.named,
            *ranking.date_params,
            *records_params,
            limit,
            offset,
            list(facets),
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            total, keys, counted = cursor.fetchone()
        counts: dict[str, dict[str, int]] = {name: {} for name in facets}
        for key, n in (counted or {}).items():
            facet, _sep, value = key.partition(":")
            counts[facet][value] = n
        return Summary(total if count else None, keys, counts)

    def estimate(self, queryset: QuerySet) -> int | None:
        """The planner's estimate of the rows (from the statistics ANALYZE keeps; for
        search words, of the frequencies of the vector's lexemes)."""
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
        return _planned_rows(sql, params)

    def estimate_words(self, words: list[str], within: Within = None) -> int | None:
        """The planner's estimate of the published records matching ``words`` (within
        the years), from the entries alone: planned without the records' joins."""
        if not words:
            return 0
        ranking = _Ranking(words, None, within)
        sql = (
            "SELECT e.document_id FROM search_searchentry e"
            " WHERE e.vector @@ to_tsquery('simple', %s)" + ranking.dates
        )
        return _planned_rows(sql, [ranking.query, *ranking.date_params])

    def closest_term(self, word: str) -> str | None:
        return (
            Term.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=self.TYPO_THRESHOLD)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )

    def matching(self, queryset: QuerySet, words: list[str]) -> QuerySet:
        tsquery = SearchQuery(_tsquery(words), search_type="raw", config="simple")
        named = SearchQuery(_named(words), search_type="raw", config="simple")
        vector = F("search_document__entry__vector")
        return queryset.filter(SearchVectorExact(vector, tsquery)).annotate(
            search_rank=Case(
                When(SearchVectorExact(vector, named), then=Value(2.0)),
                default=Value(1.0),
                output_field=FloatField(),
            )
        )


class _Ranking:
    """Count and window of a search by tiers. Up to ``cap`` (else ``SAMPLE``) matches are
    read in one query with their tier; when there are no more, they are all the matches:
    counted, and the window sorted from them. Otherwise each tier's window is read on
    its own: from the blocks of primary keys that the sample shows hold it (O(window),
    not O(matches)), or for a tier the sample shows is sparse, from all its matches; the
    count is then left to the caller's estimate beyond ``cap``, and counted exactly when
    no cap is given."""

    SAMPLE = 1000

    def __init__(self, words: list[str], records: tuple[str, tuple] | None, within: Within) -> None:
        """``records``: the SQL of the records searched, or None for every published
        record (then the entries alone answer, by ``SearchEntry.published``)."""
        self.query, self.named = _tsquery(words), _named(words)
        records_sql, params = records or ("", ())
        self.records_params = list(params)
        self.in_matches = SHOWN_IN_MATCHES.format(records=records_sql) if records else ""
        self.in_tier = SHOWN_IN_TIER.format(records=records_sql) if records else ""
        start, end = within or (None, None)
        self.dates = (START_AFTER if start else "") + (END_BEFORE if end else "")
        if not records:
            self.dates += PUBLISHED_ENTRY
        self.date_params = [d for d in (start, end) if d]

    def summary(self, offset: int, limit: int, count: bool, cap: int | None) -> Summary:
        sample = self.SAMPLE if cap is None else cap
        rows = self._matches(sample + 1)
        if len(rows) <= sample:
            rows.sort(key=lambda row: (not row[1], row[0]))
            keys = [row[0] for row in rows[offset : offset + limit]]
            return Summary(len(rows) if count else None, keys)
        total = self._count() if count and cap is None else None
        if limit <= 0:
            return Summary(total, [])
        wanted = offset + limit
        named = [row[0] for row in rows if row[1]]
        keys = self._tier(NAMED_TIER, [self.named], wanted, named)
        if len(keys) < wanted:
            rest = wanted - len(keys)
            body = [row[0] for row in rows if not row[1]]
            keys += self._tier(BODY_TIER, [self.query, self.named], rest, body)
        return Summary(total, keys[offset:wanted])

    def _matches(self, limit: int) -> list[tuple[int, bool]]:
        sql = MATCHES_SQL.format(shown=self.in_matches, dates=self.dates, limit="LIMIT %s")
        params = [self.named, self.query, *self.date_params, *self.records_params, limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _count(self) -> int:
        matches = MATCHES_SQL.format(shown=self.in_matches, dates=self.dates, limit="")
        params = [self.named, self.query, *self.date_params, *self.records_params]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({matches}) AS m", params)
            return cursor.fetchone()[0]

    def _tier(self, tier: str, tier_params: list, wanted: int, seen: list[int]) -> list[int]:
        """The tier's first ``wanted`` keys. ``seen``: the tier's keys in the sample. When
        they are enough, the window's keys are at most the ``wanted``-th smallest of them,
        so only the blocks up to that key's are searched."""
        if len(seen) >= wanted:
            last = sorted(seen)[wanted - 1] // SearchEntry.BLOCK
            keys = self._tier_keys(tier, tier_params, wanted, list(range(last + 1)))
            if len(keys) == wanted:
                return keys
            # Records of the sample left the tier since it was read (unpublished, deleted
            # by another transaction): the window may reach past those blocks.
        return self._tier_keys(tier, tier_params, wanted)

    def _tier_keys(
        self, tier: str, tier_params: list, wanted: int, blocks: list[int] | None = None
    ) -> list[int]:
        sql = TIER_SQL.format(
            shown=self.in_tier, tier=tier, dates=self.dates, blocks=IN_BLOCKS if blocks else ""
        )
        in_blocks = [blocks] if blocks else []
        params = [*self.records_params, *tier_params, *self.date_params, *in_blocks, wanted]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


def _planned_rows(sql: str, params: list | tuple) -> int:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def _tsquery(terms: list[str]) -> str:
    # Terms are built by PostgresBackend.prepare from [a-z0-9]+ words only, so they are
    # safe in a raw tsquery.
    return " & ".join(terms)


_WORD = re.compile(r"([a-z0-9]+)(:\*)?")


def _named(terms: list[str]) -> str:
    """The tsquery matching only documents with every word among their names (weight A):
    ``kazah:*`` becomes ``kazah:*A``, ``(a | b)`` becomes ``(a:A | b:A)``."""
    return _tsquery(
        [_WORD.sub(lambda m: m.group(1) + (":*A" if m.group(2) else ":A"), t) for t in terms]
    )
