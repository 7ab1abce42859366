"""SQLite (the embedded default): the documents' text is searched with LIKE, typos are
corrected with difflib, and records whose names match rank above those matched in the
body only. Correct rather than fast: large collections run on PostgreSQL."""

import difflib

from django.db.models import Case, Exists, FloatField, OuterRef, Q, QuerySet, Value, When

from search.backends.base import BaseBackend
from search.models import SearchDocument, Term


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
