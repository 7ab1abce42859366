"""The search document: one row per record, rebuilt whenever the record or a linked
authority changes (search/services.py). It holds skeleton text (search/translit.py) in
two weights: ``names`` (titles, names and their variants, places and their historical
names, materials, types, accession number) and ``body`` (descriptions, transcriptions).

Each document has a narrow ``SearchEntry``: what ranking and counting a search read for
every match, kept apart from the text so a broad search reads small rows. Its ``vector``
is a ``SearchVectorField`` on every database; PostgreSQL's indexer fills it and a
PostgreSQL-only migration indexes it (GIN), while on SQLite it stays empty (a column of
no use there: SQLite searches the text itself)."""

from datetime import date
from functools import cache
from typing import NamedTuple

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem
from core import prepared


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


class SearchEntry(models.Model):
    """The part of a search document every match of a search reads: the facet values the
    record counts under (``"type:gift country:12 person:7"``, the pairs of ``ItemFacet``)
    and the document's ``vector`` (names weighted A, body B; filled on PostgreSQL only,
    where search.backends.postgresql writes and reads it), and the record's date range
    (copied by the indexer, which runs whenever the record is saved). Kept
    out of the document's row so that ranking and counting thousands of matches read
    narrow rows; deleted with its document.

    ``published`` copies whether the record is published: the indexer writes it, and on
    PostgreSQL a trigger on the records' status keeps it in step within the same
    transaction, however the status changed (a save, ``update()``, SQL; migration
    0013). A search over every published record, narrowed at most by years, is then
    answered by the entries alone, without looking each match up among the records
    (search.backends.postgresql)."""

    document = models.OneToOneField(
        SearchDocument,
        verbose_name=_("search document"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="entry",
    )
    facet_keys = models.TextField(_("facet values"), blank=True)
    # Its GIN index is created by a PostgreSQL-only migration (0009), not in Meta.indexes:
    # SQLite cannot build one.
    vector = SearchVectorField(_("search vector"), null=True, editable=False)
    # The record's date range as a year-range filter reads it (search.query): a search
    # within years intersects its words and its dates on this one table, and only the
    # few entries in both are joined to the records.
    range_start = models.DateField(_("range start"), null=True, editable=False)
    range_end = models.DateField(_("range end"), null=True, editable=False)
    # In the database's default too: a process of the previous release, still writing
    # entries during a deploy, writes them without this column.
    published = models.BooleanField(_("published"), db_default=False, default=False, editable=False)
    # Which block of BLOCK primary keys the entry is in: the first column of the
    # entries' GIN index on PostgreSQL (btree_gin; migration 0014), so a search reads a
    # tier's matches in key order a few blocks at a time (search.backends.postgresql).
    BLOCK = 1024
    block = models.GeneratedField(
        expression=F("document") / BLOCK,
        output_field=models.BigIntegerField(),
        db_persist=True,
        verbose_name=_("block of primary keys"),
    )

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["range_end", "range_start"], name="search_entry_dates_idx"),
        ]

    def __str__(self) -> str:
        return f"Search entry for {self.document_id}"

    class Row(NamedTuple):
        """What the indexer hands a backend to write (search.backends write_entries)."""

        pk: int
        facet_keys: str
        names: str
        body: str
        range_start: date | None
        range_end: date | None
        published: bool

    @staticmethod
    def key(facet: str, value: str) -> str:
        return f"{facet}:{value}"

    @staticmethod
    def join_keys(pairs) -> str:
        return " ".join(sorted(SearchEntry.key(facet, value) for facet, value in pairs))


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


class Lexeme(models.Model):
    """Every word the PostgreSQL index holds (the lexemes of the entries' vectors), so a
    query word that begins only a few of them is looked up as those words exactly: GIN
    intersects their posting lists, where a prefix makes it collect every match of each
    prefix first. Filled by the indexer; like ``Term`` it only grows until the next full
    rebuild, and a word no record carries any more costs nothing but a lookup."""

    word = models.TextField(_("word"), primary_key=True)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")

    def __str__(self) -> str:
        return self.word


class ItemFacet(models.Model):
    """One facet value of a record (its type, a country, material, event, person or
    exhibition it is linked to, by any path), so the catalogue filters and counts facets
    from one narrow table instead of joining every link table. Built with the search
    document; only published events and exhibitions are listed."""

    class Facet(models.TextChoices):
        TYPE = "type", _("Record type")
        COUNTRY = "country", _("Country")
        MATERIAL = "material", _("Material")
        EVENT = "event", _("Event")
        PERSON = "person", _("Person")
        EXHIBITION = "exhibition", _("Exhibition")

    item = models.ForeignKey(
        CollectionItem, verbose_name=_("record"), on_delete=models.CASCADE, related_name="facets"
    )
    facet = models.CharField(_("facet"), max_length=12, choices=Facet.choices)
    value = models.CharField(_("value"), max_length=40)

    class Meta:
        verbose_name = _("facet value")
        verbose_name_plural = _("facet values")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "facet", "value"], name="item_facet_value_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["facet", "value", "item"], name="item_facet_lookup_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.item_id} {self.facet}={self.value}"


class IndexVersion(models.Model):
    """A number that grows whenever the index changes, so anything derived from the
    whole index (the unfiltered catalogue's facet counts) can be cached under it and is
    never served stale by any process."""

    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("index version")
        verbose_name_plural = _("index version")

    def __str__(self) -> str:
        return str(self.version)

    @classmethod
    def current(cls) -> int:
        # Read on every catalogue page: one statement, compiled once (core.prepared).
        using = cls.objects.db
        rows = prepared.fetch_all(_version_statement(using), 1, using=using)
        return rows[0][0] if rows else 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(version=models.F("version") + 1):
            cls.objects.get_or_create(pk=1, defaults={"version": 1})


@cache
def _version_statement(using: str) -> prepared.Compiled:
    return prepared.compile(
        IndexVersion.objects.using(using).filter(pk=prepared.KEY).values_list("version"), using
    )
