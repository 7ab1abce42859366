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
        ordering = ["item"]

    def __str__(self) -> str:
        return f"Search document for {self.item_id}"
