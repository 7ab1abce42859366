"""How records reach the authorities the public site has pages and filters for.

A record points to a country through its ``countries`` and, for a gift, its giving
state; to a person through "people on records" and, for a photograph or a gift, the
photographer, giver and recipient slots; and so on. The authority pages, the sitemap and
the filters' choices read these paths from here, so "the objects of Kazakhstan" is the
same set wherever a visitor meets it (the search index and its facet table follow the
same paths: search.services.AUTHORITY_LINKS, search.documents.facet_values).
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Exists, OuterRef, QuerySet

from collections_app.models import (
    ArchivalDocument,
    DiplomaticGift,
    GiftMaterial,
    ItemCountry,
    ItemEvent,
    ItemOrganization,
    ItemPerson,
    Photograph,
)
from core.models import PublicationStatus
from exhibitions.models import ExhibitionItem


@dataclass(frozen=True)
class Path:
    """A table linking records to an authority: ``item`` and ``authority`` name its two
    keys."""

    model: type[models.Model]
    item: str
    authority: str


PATHS: dict[str, tuple[Path, ...]] = {
    "country": (
        Path(ItemCountry, "item", "country"),
        Path(DiplomaticGift, "collectionitem_ptr", "giving_country"),
    ),
    "person": (
        Path(ItemPerson, "item", "person"),
        Path(Photograph, "collectionitem_ptr", "photographer"),
        Path(DiplomaticGift, "collectionitem_ptr", "giver"),
        Path(DiplomaticGift, "collectionitem_ptr", "recipient"),
    ),
    "organization": (
        Path(ItemOrganization, "item", "organization"),
        Path(
            ArchivalDocument,
            "collectionitem_ptr",
            "holding_archive",
        ),
        Path(
            DiplomaticGift,
            "collectionitem_ptr",
            "giving_organization",
        ),
    ),
    "event": (
        Path(ItemEvent, "item", "event"),
        Path(DiplomaticGift, "collectionitem_ptr", "occasion"),
    ),
    "material": (Path(GiftMaterial, "item", "material"),),
    "exhibition": (Path(ExhibitionItem, "item", "exhibition"),),
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
