"""The search document: one row per record, rebuilt whenever the record or a linked
authority changes (search/services.py). It holds skeleton text (search/translit.py) in
two weights: ``names`` (titles, names and their variants, places and their historical
names, materials, types, accession number) and ``body`` (descriptions, transcriptions).

On PostgreSQL a migration adds a stored, GIN-indexed ``vector`` column generated from
these two fields and a trigram index on ``names``; SQLite searches the text itself."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem


class SearchDocument(models.Model):
    item = models.OneToOneField(
        CollectionItem,
        verbose_name=_("record"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    names = models.TextField(_("names"), blank=True)
    body = models.TextField(_("body"), blank=True)
    updated_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"Search document for {self.item_id}"


class Term(models.Model):
    """The vocabulary of names (skeleton words) that misspelled query words are corrected
    to. Small, whatever the size of the collection: names repeat across records."""

    word = models.CharField(_("word"), max_length=60, primary_key=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word
