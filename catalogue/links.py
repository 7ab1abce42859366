"""How records reach the authorities the public site has pages and filters for.

A record points to a country through its ``countries`` and, for a gift, its giving
state; to a person through "people on records" and, for a photograph or a gift, the
photographer, giver and recipient slots; and so on. The catalogue filters, the facet
counts and the authority pages all read these paths from here, so "the objects of
Kazakhstan" is the same set wherever a visitor meets it (the search index follows the
same paths: search.services.AUTHORITY_LINKS).
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core.exceptions import EmptyResultSet
from django.db import connection, models
from django.db.models import Exists, F, OuterRef, QuerySet

from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemPerson,
    Photograph,
)
from core.models import PublicationStatus, Publishable
from exhibitions.models import ExhibitionItem


@dataclass(frozen=True)
class Path:
    """A table linking records to an authority: ``item`` and ``authority`` name its two
    keys, and ``lookup`` is the same path read from the record's side."""

    model: type[models.Model]
    item: str
    authority: str
    lookup: str

    @property
    def authority_model(self) -> type[models.Model]:
        return self.model._meta.get_field(self.authority).related_model


PATHS: dict[str, tuple[Path, ...]] = {
    "country": (
        Path(CollectionItem.countries.through, "collectionitem", "country", "countries"),
        Path(
            DiplomaticGift, "collectionitem_ptr", "giving_country", "diplomaticgift__giving_country"
        ),
    ),
    "person": (
        Path(ItemPerson, "item", "person", "person_links__person"),
        Path(Photograph, "collectionitem_ptr", "photographer", "photograph__photographer"),
        Path(DiplomaticGift, "collectionitem_ptr", "giver", "diplomaticgift__giver"),
        Path(DiplomaticGift, "collectionitem_ptr", "recipient", "diplomaticgift__recipient"),
    ),
    "organization": (
        Path(
            CollectionItem.organizations.through, "collectionitem", "organization", "organizations"
        ),
        Path(
            ArchivalDocument,
            "collectionitem_ptr",
            "holding_archive",
            "archivaldocument__holding_archive",
        ),
        Path(
            DiplomaticGift,
            "collectionitem_ptr",
            "giving_organization",
            "diplomaticgift__giving_organization",
        ),
    ),
    "event": (
        Path(CollectionItem.events.through, "collectionitem", "event", "events"),
        Path(DiplomaticGift, "collectionitem_ptr", "occasion", "diplomaticgift__occasion"),
    ),
    "material": (
        Path(
            DiplomaticGift.materials.through,
            "diplomaticgift",
            "material",
            "diplomaticgift__materials",
        ),
    ),
    "exhibition": (Path(ExhibitionItem, "item", "exhibition", "exhibition_items__exhibition"),),
}


def linked_to(key: str, authority_pks) -> Exists | models.Q:
    """A condition on records: linked to any of these authorities by any path."""
    return reduce(
        or_,
        (
            Exists(
                path.model.objects.filter(
                    **{path.item: OuterRef("pk"), f"{path.authority}__in": authority_pks}
                )
            )
            for path in PATHS[key]
        ),
    )


def has_public_records(key: str) -> Exists | models.Q:
    """A condition on authorities: linked to at least one published record."""
    return reduce(
        or_,
        (
            Exists(
                path.model.objects.filter(
                    **{
                        path.authority: OuterRef("pk"),
                        f"{path.item}__status": PublicationStatus.PUBLISHED,
                    }
                )
            )
            for path in PATHS[key]
        ),
    )


def with_public_records(queryset: QuerySet, key: str) -> QuerySet:
    """Annotate authorities with ``has_public_records`` (for linking only those with a page)."""
    return queryset.annotate(
        has_public_records=models.ExpressionWrapper(
            has_public_records(key), output_field=models.BooleanField()
        )
    )


def facet_counts(key: str, records: QuerySet, *, selected=(), limit: int = 12) -> list:
    """The authorities linked to ``records``, each with ``facet_count``: how many of the
    records it is linked to, by any path. One grouped query over the union of the paths.

    Only published authorities are counted where the authority itself is publishable
    (events, exhibitions). The ``selected`` primary keys are always among the ``limit``
    returned, so a visitor can untick what they ticked; the rest are the most frequent.
    """
    paths = PATHS[key]
    model = paths[0].authority_model
    # Read from the records' side with joins, not as "IN (subquery)": the records may
    # carry the search backend's expressions, which belong to their own query.
    pairs = [
        records.order_by()
        .annotate(facet_key=F(path.lookup), facet_item=F("pk"))
        .filter(facet_key__isnull=False)
        .values_list("facet_key", "facet_item")
        for path in paths
    ]
    union = pairs[0].union(*pairs[1:]) if len(pairs) > 1 else pairs[0]
    try:
        pairs_sql, params = union.query.sql_with_params()
    except EmptyResultSet:  # the records are .none(): a search with no usable words
        return []

    qn = connection.ops.quote_name
    table, pk = qn(model._meta.db_table), qn(model._meta.pk.column)
    sql = (
        f"SELECT a.*, c.facet_count FROM {table} a INNER JOIN ("
        f"SELECT facet_key, COUNT(DISTINCT facet_item) AS facet_count FROM ({pairs_sql}) pairs "
        f"GROUP BY facet_key) c ON c.facet_key = a.{pk}"
    )
    params = list(params)
    if issubclass(model, Publishable):
        sql += f" WHERE a.{qn('status')} = %s"
        params.append(PublicationStatus.PUBLISHED)
    order = [
        "c.facet_count DESC",
        f"a.{qn('name_en' if hasattr(model, 'name_en') else 'title_en')}",
        f"a.{pk}",
    ]
    selected = list(selected)
    if selected:
        placeholders = ", ".join(["%s"] * len(selected))
        order.insert(0, f"CASE WHEN a.{pk} IN ({placeholders}) THEN 0 ELSE 1 END")
        params += selected
    sql += f" ORDER BY {', '.join(order)} LIMIT %s"
    params.append(limit)
    return list(model.objects.raw(sql, params))
