"""Full-text search over the search documents, behind one interface.

``search_items(queryset, query)`` narrows a queryset of records to those matching the
query and annotates each with ``search_rank`` (higher is better). The backend is chosen
by the database vendor, so views never branch on the database:

- PostgreSQL: the stored, GIN-indexed ``vector`` (weights A for names, B for the body)
  matched with prefix terms, ranked with ``ts_rank``; when no record matches, trigram word
  similarity on ``names`` (pg_trgm, GIN-indexed) finds misspellings.
- SQLite: every query word must occur in the document; when none match, each word is
  replaced by its closest known name word (difflib) and the search runs again.
"""

import difflib
import re

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import RawSQL

from search.models import SearchDocument
from search.translit import skeleton_words

MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60
_SAFE = re.compile(r"^[a-z0-9]+$")


def query_words(query: str) -> list[str]:
    words = [w[:MAX_WORD_LENGTH] for w in skeleton_words(query or "")]
    return list(dict.fromkeys(w for w in words if _SAFE.match(w)))[:MAX_QUERY_WORDS]


def _nothing(queryset: QuerySet) -> QuerySet:
    return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))


def _document_sql(sql: str, params: list, output_field) -> Subquery:
    """A value computed from the record's own search document, as a subquery."""
    return Subquery(
        SearchDocument.objects.filter(item=OuterRef("pk"))
        .annotate(value=RawSQL(sql, params, output_field=output_field))
        .values("value")[:1]
    )


class PostgresBackend:
    # Minimum pg_trgm word similarity for the misspelling fallback.
    TYPO_THRESHOLD = 0.5

    def search(self, queryset: QuerySet, query: str) -> QuerySet:
        words = query_words(query)
        if not words:
            return _nothing(queryset)
        # Words are [a-z0-9]+ only (query_words), so they are safe inside to_tsquery.
        tsquery = " & ".join(f"{word}:*" for word in words)
        matches = SearchDocument.objects.filter(
            RawSQL(
                "\"vector\" @@ to_tsquery('simple', %s)",
                [tsquery],
                output_field=BooleanField(),
            ),
            item=OuterRef("pk"),
        )
        matched = queryset.filter(Exists(matches))
        if matched.exists():
            return matched.annotate(
                search_rank=_document_sql(
                    "ts_rank(\"vector\", to_tsquery('simple', %s))",
                    [tsquery],
                    FloatField(),
                )
            )
        return self._similar(queryset, " ".join(words))

    def _similar(self, queryset: QuerySet, text: str) -> QuerySet:
        # "%>" lets the trigram GIN index find candidates; the threshold then applies ours.
        similar = SearchDocument.objects.filter(
            RawSQL(
                '"names" %%> %s AND word_similarity(%s, "names") >= %s',
                [text, text, self.TYPO_THRESHOLD],
                output_field=BooleanField(),
            ),
            item=OuterRef("pk"),
        )
        return queryset.filter(Exists(similar)).annotate(
            search_rank=_document_sql('word_similarity(%s, "names")', [text], FloatField())
        )


def _word_start(field: str, word: str) -> Q:
    return Q(**{f"{field}__startswith": word}) | Q(**{f"{field}__contains": f" {word}"})


class SQLiteBackend:
    TYPO_CUTOFF = 0.75

    def search(self, queryset: QuerySet, query: str) -> QuerySet:
        words = query_words(query)
        if not words:
            return _nothing(queryset)
        matched = self._matching(queryset, words)
        if not matched.exists():
            corrected = [self._closest(word) for word in words]
            if None in corrected:
                return _nothing(queryset)
            matched = self._matching(queryset, corrected)
        return matched

    def _matching(self, queryset: QuerySet, words: list[str]) -> QuerySet:
        condition = Q()
        for word in words:
            # Word starts, like the prefix terms on PostgreSQL.
            condition &= _word_start("names", word) | _word_start("body", word)
        documents = SearchDocument.objects.filter(condition, item=OuterRef("pk"))
        in_names = SearchDocument.objects.filter(item=OuterRef("pk"))
        for word in words:
            in_names = in_names.filter(_word_start("names", word))
        return queryset.filter(Exists(documents)).annotate(
            search_rank=Case(
                When(Exists(in_names), then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )

    def _closest(self, word: str) -> str | None:
        vocabulary = set()
        for names in SearchDocument.objects.values_list("names", flat=True).iterator():
            vocabulary.update(names.split())
        matches = difflib.get_close_matches(word, vocabulary, n=1, cutoff=self.TYPO_CUTOFF)
        return matches[0] if matches else None


def get_backend():
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()


def search_items(queryset: QuerySet, query: str) -> QuerySet:
    """Records of ``queryset`` matching ``query``, annotated with ``search_rank``."""
    return get_backend().search(queryset, query)


def order_by_relevance(queryset: QuerySet) -> QuerySet:
    return queryset.order_by(F("search_rank").desc(nulls_last=True), "accession_number")
