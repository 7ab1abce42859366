"""PostgreSQL: the entries' stored ``vector`` (SearchEntry.vector, GIN-indexed) answers
the words; trigram similarity (pg_trgm) corrects typos.

A query word that begins only a few of the index's words (``Lexeme``) is looked up as
those words exactly, which GIN answers from its posting lists; one that begins many
stays a prefix. Ranking is ``ts_rank`` on the vector, names (weight A) above the body (B).
"""

import json

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorExact,
    TrigramSimilarity,
)
from django.db import connection
from django.db.models import F, QuerySet

from search.backends.base import _SAFE, BaseBackend, Summary, query_words
from search.models import Lexeme, Term

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
# The same for records narrowed by filters (a year range): joined without a fence, so the
# planner may start from the few records the filters admit (their indexes, search
# migration 0010) and look up each one's entry, rather than rank every match of a broad
# word first; the parameters are in the order SUMMARY_SQL takes them.
SELECTIVE_SUMMARY_SQL = """
WITH q (query) AS (SELECT to_tsquery('simple', %s)),
shown AS MATERIALIZED (
    SELECT e.document_id AS id, ts_rank(e.vector, q.query) AS rank, e.facet_keys
    FROM ({records}) AS r (id)
    JOIN search_searchentry e ON e.document_id = r.id
    CROSS JOIN q
    WHERE e.vector @@ q.query
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
        selective: bool = False,
    ) -> Summary:
        records_sql, records_params = queryset.order_by().values_list("pk").query.sql_with_params()
        if not count and not facets:
            return Summary(
                None, self._window(words, records_sql, records_params, offset, limit, matches)
            )
        template = SELECTIVE_SUMMARY_SQL if selective else SUMMARY_SQL
        sql = template.format(records=records_sql, facets=FACETS_SQL if facets else "NULL")
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

    def estimate(self, queryset: QuerySet) -> int | None:
        """The planner's estimate of the rows (from the statistics ANALYZE keeps; for
        search words, of the frequencies of the vector's lexemes)."""
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        return int(plan[0]["Plan"]["Plan Rows"])

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
        vector = F("search_document__entry__vector")
        return queryset.filter(SearchVectorExact(vector, tsquery)).annotate(
            search_rank=SearchRank(vector, tsquery)
        )


def _tsquery(terms: list[str]) -> str:
    # Terms are built by PostgresBackend.prepare from [a-z0-9]+ words only, so they are
    # safe in a raw tsquery.
    return " & ".join(terms)
