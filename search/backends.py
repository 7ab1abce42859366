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
   inflections: "farfor" finds "farforovaia").
4. Ranking: PostgreSQL ``ts_rank`` on the stored vector, names weighing more than the
   body; SQLite ranks records whose names match above those matched in the body only.
"""

import difflib
import re

from django.db import connection
from django.db.models import (
    BooleanField,
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
from django.db.models.expressions import RawSQL
from django.db.models.lookups import Lookup

from search.models import SearchDocument, Term
from search.translit import skeleton_words

MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60
_SAFE = re.compile(r"^[a-z0-9]+$")
_ACCESSION = re.compile(r"^[A-Za-z]{2,8}[-/.][A-Za-z0-9./_-]+$")


def query_words(query: str) -> list[str]:
    words = [w[:MAX_WORD_LENGTH] for w in skeleton_words(query or "")]
    return list(dict.fromkeys(w for w in words if _SAFE.match(w)))[:MAX_QUERY_WORDS]


def _nothing(queryset: QuerySet) -> QuerySet:
    return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))


def _by_accession_number(queryset: QuerySet, query: str) -> QuerySet | None:
    query = query.strip()
    if not _ACCESSION.match(query):
        return None
    matched = queryset.filter(accession_number__in={query, query.upper()})
    if not matched.exists():
        return None
    return matched.annotate(search_rank=Value(1000.0, output_field=FloatField()))


class BaseBackend:
    def search(self, queryset: QuerySet, query: str) -> QuerySet:
        exact = _by_accession_number(queryset, query or "")
        if exact is not None:
            return exact
        words = query_words(query)
        if not words:
            return _nothing(queryset)
        words = [self.correct(word) for word in words]
        if None in words:
            return _nothing(queryset)
        return self.matching(queryset, words)

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


class DocumentColumn(Expression):
    """A column of the record's joined search document that is not a model field
    (PostgreSQL's generated ``vector``): joins ``search_document`` and names the column
    on whatever alias the join gets, so the queryset still works as a subquery."""

    def __init__(self, column: str, output_field):
        super().__init__(output_field=output_field)
        self.column = column
        self.anchor = None

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        clone = self.copy()
        if clone.anchor is None:
            # "names" is a real column, so the join to the search document is not trimmed.
            clone.anchor = F("search_document__names").resolve_expression(
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


class PostgresBackend(BaseBackend):
    TYPO_THRESHOLD = 0.45

    def in_documents(self, word: str) -> bool:
        matches = RawSQL(
            "vector @@ to_tsquery('simple', %s)", [f"{word}:*"], output_field=BooleanField()
        )
        return SearchDocument.objects.filter(matches).exists()

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

        # Words are [a-z0-9]+ only (query_words), so they are safe in a raw tsquery.
        tsquery = SearchQuery(
            " & ".join(f"{word}:*" for word in words), search_type="raw", config="simple"
        )
        vector = DocumentColumn("vector", SearchVectorField())
        return queryset.filter(SearchVectorExact(vector, tsquery)).annotate(
            search_rank=SearchRank(vector, tsquery)
        )


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


class _AnyOf(Lookup):
    """``column = ANY(%s)`` with the whole list as one array parameter (PostgreSQL)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, list(self.rhs)]


def among(field: str, keys: list[int]):
    """A condition: ``field`` is one of ``keys``, a list already in hand and possibly
    thousands long. One array parameter on PostgreSQL; a plain IN list elsewhere."""
    if connection.vendor == "postgresql" and keys:
        return _AnyOf(F(field), keys)
    return Q(**{f"{field}__in": list(keys)})


def get_backend() -> BaseBackend:
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()


def search_items(queryset: QuerySet, query: str) -> QuerySet:
    """Records of ``queryset`` matching ``query``, annotated with ``search_rank``."""
    return get_backend().search(queryset, query)


def order_by_relevance(queryset: QuerySet) -> QuerySet:
    return queryset.order_by(F("search_rank").desc(nulls_last=True), "accession_number")
