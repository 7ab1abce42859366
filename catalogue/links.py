"""How records reach the authorities the public site has pages and filters for.

The paths are the ones collections_app.links.LINKED names (direct ones: the place of a
record's event does not make the record one of the place's records). The authority pages,
the sitemap and the filters' choices read them from here, so "the objects of Kazakhstan"
is the same set wherever a visitor meets it; the search index and its facets follow the
same table.
"""

from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Exists, OuterRef, QuerySet

from collections_app.links import FACETS, LINKED, Link
from core.models import PublicationStatus

__all__ = ["FACETS", "has_public_records", "linked_to", "with_public_records"]


def _links(key: str) -> list[Link]:
    return [path.link for path in LINKED[key].direct_paths]


def _status(link: Link) -> str:
    return "status" if link.item == "pk" else f"{link.item}__status"


def linked_to(key: str, authority_pks) -> Exists | models.Q:
    """A condition on records: linked to any of these authorities by any path."""
    return reduce(
        or_,
        (
            Exists(
                path.model._default_manager.filter(
                    **{path.item: OuterRef("pk"), f"{path.authority}__in": authority_pks}
                )
            )
            for path in _links(key)
        ),
    )


def has_public_records(key: str) -> Exists | models.Q:
    """A condition on authorities: linked to at least one published record."""
    return reduce(
        or_,
        (
            Exists(
                path.model._default_manager.filter(
                    **{
                        path.authority: OuterRef("pk"),
                        _status(path): PublicationStatus.PUBLISHED,
                    }
                )
            )
            for path in _links(key)
        ),
    )


def with_public_records(queryset: QuerySet, key: str) -> QuerySet:
    """Annotate authorities with ``has_public_records`` (for linking only those with a page)."""
    return queryset.annotate(
        has_public_records=models.ExpressionWrapper(
            has_public_records(key), output_field=models.BooleanField()
        )
    )
