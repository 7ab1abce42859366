"""The paths from a record to what it is linked to, written once.

For each authority (and the exhibitions that show records), the lookups from
``CollectionItem`` that reach it: direct keys (``place``), keys of a record type's own
table (``diplomaticgift__giver``), people on records (``person_links__person``) and the
many-to-many link tables (``countries``). Everything that follows these paths reads them
from here:

- the catalogue (catalogue.links): an authority's records, its page, the filters' choices
  and the sitemap;
- the search index: the rows a record's document and facets read (search.documents) and
  the records reindexed when an authority, one of its names or a link changes
  (search.receivers, search.services.items_linked_to);
- protection: every path to an authority ends in an on_delete=PROTECT key
  (tests/collections_app/test_links.py).

Models are named by label and resolved when first used: exhibitions sit above the records
and are not imported here.
"""

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from django.apps import apps
from django.db import models
from django.db.models import Q

from core.models import Publishable


class Link(NamedTuple):
    """The table a direct path ends in: ``model`` holds the keys ``item`` (a record's id:
    the record itself, its type's row or a link row) and ``authority``."""

    model: type[models.Model]
    item: str
    authority: str


@dataclass(frozen=True)
class Path:
    lookup: str
    # Reached through another linked row (the place of a record's event): the record's
    # search document reads it, but the record is not one of the place's records.
    indirect: bool = False

    @cached_property
    def fields(self) -> list:
        """The fields the lookup walks, from CollectionItem."""
        model = apps.get_model("collections_app", "CollectionItem")
        fields = []
        for name in self.lookup.split("__"):
            field = model._meta.get_field(name)
            fields.append(field)
            model = field.related_model
        return fields

    @property
    def many(self) -> bool:
        """Whether a record may reach several rows along this path."""
        return any(field.one_to_many or field.many_to_many for field in self.fields)

    @cached_property
    def link(self) -> Link:
        *prefix, last = self.fields
        if self.indirect or len(prefix) > 1:
            raise ValueError(f"{self.lookup}: only a direct path has a link table")
        if last.many_to_many:
            through = last.remote_field.through
            return Link(through, last.m2m_field_name(), last.m2m_reverse_field_name())
        if not prefix:
            return Link(last.model, "pk", last.name)
        # A record type's own row or a row about the record (people on records): the
        # reverse side of its key to the record.
        return Link(prefix[0].related_model, prefix[0].field.name, last.name)

    @property
    def key(self) -> models.ForeignKey:
        """The key the path ends in: the one whose on_delete guards the authority."""
        last = self.fields[-1]
        if last.many_to_many:
            through = last.remote_field.through
            return through._meta.get_field(last.m2m_reverse_field_name())
        return last


@dataclass(frozen=True)
class Linked:
    label: str
    paths: tuple[Path, ...]
    # Rows holding more of the authority's names (read with it into search documents).
    names: str = ""
    # The catalogue filters and counts records by it.
    facet: bool = False
    # A search document reads only its key (for the facet), not its names.
    key_only: bool = False
    # Deleting it is refused while a record is linked (an exhibition is not an
    # authority: deleting one takes its list of objects with it).
    protected: bool = True

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.label)

    @property
    def direct_paths(self) -> tuple[Path, ...]:
        return tuple(path for path in self.paths if not path.indirect)

    @property
    def public_only(self) -> bool:
        """Links count only to a published one (an event, an exhibition): a visitor must
        not learn a draft's title from a record."""
        return issubclass(self.model, Publishable)


def _paths(*lookups: str | Path) -> tuple[Path, ...]:
    return tuple(p if isinstance(p, Path) else Path(p) for p in lookups)


# Keyed by model name; the facets show in this order.
LINKED: dict[str, Linked] = {
    "country": Linked(
        "authorities.Country",
        _paths("countries", "diplomaticgift__giving_country"),
        facet=True,
    ),
    "material": Linked("authorities.Material", _paths("diplomaticgift__materials"), facet=True),
    "event": Linked("events.Event", _paths("events", "diplomaticgift__occasion"), facet=True),
    "person": Linked(
        "authorities.Person",
        _paths(
            "person_links__person",
            "photograph__photographer",
            "diplomaticgift__giver",
            "diplomaticgift__recipient",
        ),
        names="variants",
        facet=True,
    ),
    "exhibition": Linked(
        "exhibitions.Exhibition",
        _paths("exhibition_items__exhibition"),
        facet=True,
        key_only=True,
        protected=False,
    ),
    "organization": Linked(
        "authorities.Organization",
        _paths(
            "organizations",
            "archivaldocument__holding_archive",
            "diplomaticgift__giving_organization",
        ),
    ),
    "place": Linked(
        "authorities.Place",
        _paths("place", Path("events__place", indirect=True)),
        names="historical_names",
    ),
    "subject": Linked("authorities.Subject", _paths("subjects")),
}

FACETS = tuple(key for key, linked in LINKED.items() if linked.facet)


def reaching(key: str, pk) -> Q:
    """A condition on records: reaching this authority by any path, indirect ones too
    (the records whose search documents read it)."""
    condition = Q()
    for path in LINKED[key].paths:
        condition |= Q(**{path.lookup: pk})
    return condition


def name_rows() -> list[tuple[str, type[models.Model], str]]:
    """(key, model, attribute holding the authority's id) of the rows holding more of an
    authority's names: a change to one changes the documents of its authority's records."""
    found = []
    for key, linked in LINKED.items():
        if linked.names:
            relation = linked.model._meta.get_field(linked.names)
            found.append((key, relation.related_model, relation.field.attname))
    return found


def link_tables() -> list[Link]:
    """The tables holding a record's links, other than the record's own rows: a row added
    or removed there changes what the record is linked to."""
    record_tables = {
        model
        for model in apps.get_app_config("collections_app").get_models()
        if issubclass(model, apps.get_model("collections_app", "CollectionItem"))
    }
    found = {}
    for linked in LINKED.values():
        for path in linked.direct_paths:
            if path.link.model not in record_tables:
                found[path.link.model] = path.link
    return list(found.values())
