"""Everything an object page shows about one record, in two queries: the record with its
own-type row and its images (more than three images: a third query), and what it links
to, as one UNION ALL.

What a record links to is read from the one table of paths, ``search.links.LINKED``: each
direct path becomes branches of the union, so a path added there shows here too.

- A path reaching several rows (``countries``, ``diplomaticgift__materials``) fills the
  list ``Linked`` keeps for its authority: the authorities reached by the key's such
  paths, each once, published ones only where the authority is published or not
  (events, exhibitions), ranked in their model's order by the database (``RowNumber``).
  People are the exception the page presents: a person's role on the record lives in the
  link row (``ItemPerson``), so that path's branch reads the link rows, in their order.
- A path reaching one row (``place``, ``diplomaticgift__giver``) has a branch of its own
  and fills that key on the record or its own-type row, draft events too (the page names
  an occasion only when it is published), so that reading it runs no query.

Every branch has the same columns: (authority key, path, rank, link row id, role,
authority id, names in each language, the key its URL needs, status). Authorities are
built unsaved with the fields the page reads.

The union's SQL depends on ``LINKED`` and the database, not on the record: it is compiled
once per database and prepared once per connection (core.prepared), and each page runs
it with its record's key. Compiling and planning its branches took longer than running
them.
"""

from dataclasses import dataclass, field
from functools import cache, reduce
from operator import or_
from typing import cast

from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, F, IntegerField, Model, Q, QuerySet, Value, Window
from django.db.models.functions import RowNumber

from authorities.models import Country, Material, Organization, Subject
from collections_app.models import CollectionItem, ItemImage, ItemPerson, ItemType
from core import prepared
from core.models import PublicationStatus, Publishable
from events.models import Event
from exhibitions.models import Exhibition
from search.links import LINKED, Path

LANGUAGES = ("en", "ru", "kk")

# Each record type's own row, read with the record.
_CHILDREN: dict[str, str] = {
    ItemType.DOCUMENT: "archivaldocument",
    ItemType.PHOTOGRAPH: "photograph",
    ItemType.GIFT: "diplomaticgift",
}

# The page's own presentation: where each authority's list goes, the field its URL needs,
# and the link rows it shows instead of their authority (with the row's role).
LISTS = {
    "person": "people",
    "country": "countries",
    "organization": "organizations",
    "subject": "subjects",
    "material": "materials",
    "event": "events",
    "exhibition": "exhibitions",
}
_URL_KEYS = {"country": "iso_code", "event": "slug", "exhibition": "slug"}
_ROWS: dict[type[Model], str] = {ItemPerson: "role"}


@dataclass
class Linked:
    """A record's links, each list in its model's own order."""

    people: list[ItemPerson] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    exhibitions: list[Exhibition] = field(default_factory=list)


@dataclass
class RecordPage:
    item: CollectionItem
    child: Model | None
    images: list[ItemImage]
    links: Linked


def load(number: str, using: str = "default") -> RecordPage | None:
    """The published record with this accession number and everything its page shows."""
    found = _record(number, using)
    if found is None:
        return None
    item, child, images = found
    return RecordPage(item, child, images, _linked(item, child, using))


# The record and its first images are read by one statement compiled once and prepared
# per connection too (core.prepared), its rows made model instances with ``from_db``, as
# the ORM does: a row for each image (left joined, in the page's order; one row without
# image columns when there is none), each carrying the record's columns and those of
# each own-type table (left joined), of which only its own type's are read. Each row
# repeats the record's texts (descriptions, a transcription), so the join stops after
# ``JOINED_IMAGES``: a record with more (a document's page scans) has its images read by
# a statement of their own, the only case of three queries.
JOINED_IMAGES = 3

# No accession number holds a NUL: in the compiled statement, this parameter is the number.
_NUMBER = "\x00accession number"
# Not the stored sort keys (CollectionItem.title_order_*): the page does not show them.
_ITEM_FIELDS = [f.attname for f in CollectionItem._meta.concrete_fields if not f.generated]
_IMAGE_FIELDS = [f.attname for f in ItemImage._meta.concrete_fields]


def _own_model(relation: str) -> type[Model]:
    return cast(type[Model], CollectionItem._meta.get_field(relation).related_model)


@cache
def _own_fields(relation: str) -> tuple[str, ...]:
    """The own-type table's columns (its parent link included), by attribute name."""
    return tuple(f.attname for f in _own_model(relation)._meta.local_concrete_fields)


@cache
def _record_statement(using: str) -> prepared.Compiled:
    own = [
        f"{relation}__{name}" for relation in _CHILDREN.values() for name in _own_fields(relation)
    ]
    images = [f"images__{name}" for name in _IMAGE_FIELDS]
    queryset = (
        CollectionItem.objects.using(using)
        .public()
        .filter(accession_number=_NUMBER)
        .order_by("-images__is_primary", "images__position", "images__id")
        .values_list(*_ITEM_FIELDS, *own, *images)
    )[: JOINED_IMAGES + 1]
    return prepared.compile(queryset, using, markers=[_NUMBER])


@cache
def _images_statement(using: str) -> prepared.Compiled:
    queryset = (
        ItemImage.objects.using(using)
        .filter(item_id=prepared.KEY)
        .order_by("-is_primary", "position", "id")
        .values_list(*_IMAGE_FIELDS)
    )
    return prepared.compile(queryset, using)


def _record(number: str, using: str) -> tuple[CollectionItem, Model | None, list[ItemImage]] | None:
    """The published record with this number, its own-type row (None when missing) and
    its images in the page's order."""
    rows = prepared.fetch_all(_record_statement(using), number, using=using)
    if not rows:
        return None
    row = rows[0]
    item_values = row[: len(_ITEM_FIELDS)]
    item = CollectionItem.from_db(using, _ITEM_FIELDS, item_values)
    start = len(_ITEM_FIELDS)
    child = None
    for item_type, relation in _CHILDREN.items():
        own = _own_fields(relation)
        values = row[start : start + len(own)]
        start += len(own)
        model = _own_model(relation)
        # Without its own-type row (left joined), the row's parent link is null.
        if item_type != item.item_type or values[own.index(model._meta.pk.attname)] is None:
            continue
        child = model.from_db(using, [*_ITEM_FIELDS, *own], [*item_values, *values])
        # The reverse one-to-one assigned: ``item.<own type>`` answers without a query.
        setattr(item, relation, child)
    if len(rows) > JOINED_IMAGES:
        image_rows = prepared.fetch_all(_images_statement(using), item.pk, using=using)
    else:
        image_pk = start + _IMAGE_FIELDS.index("id")
        image_rows = [row[start:] for row in rows if row[image_pk] is not None]
    images = [ItemImage.from_db(using, _IMAGE_FIELDS, values) for values in image_rows]
    return item, child, images


def _single_paths() -> dict[str, Path]:
    """The paths reaching one row: the record's keys and its own-type row's."""
    return {
        path.lookup: path
        for linked in LINKED.values()
        for path in linked.direct_paths
        if not path.many
    }


# The union.


def _text(value: str) -> Value:
    return Value(value, output_field=CharField())


def _number(value: int) -> Value:
    return Value(value, output_field=IntegerField())


def _name_field(model: type[Model]) -> str:
    """What an authority is called by: its name, or an event's or exhibition's title."""
    try:
        model._meta.get_field("name_en")
    except FieldDoesNotExist:
        return "title"
    return "name"


def _columns(key: str, lookup: str, rank, prefix: str, *, link="", role="") -> tuple:
    """A branch's columns; ``prefix`` leads from the branch's model to the authority."""
    model = LINKED[key].model
    name = _name_field(model)
    url_key = _URL_KEYS.get(key)
    return (
        _text(key),
        _text(lookup),
        rank,
        link if link else _number(0),
        role if role else _text(""),
        f"{prefix}pk",
        *(f"{prefix}{name}_{code}" for code in LANGUAGES),
        f"{prefix}{url_key}" if url_key else _text(""),
        f"{prefix}status" if issubclass(model, Publishable) else _text(""),
    )


def _rank(model: type[Model], prefix: str = "") -> Window:
    """The row's place in its model's order (Meta.ordering), numbered by the database."""
    order = [
        F(prefix + name[1:]).desc() if name.startswith("-") else F(prefix + name).asc()
        for name in model._meta.ordering or ()
    ]
    return Window(RowNumber(), order_by=[*order, F(f"{prefix}pk").asc()])


def _rows_branch(key: str, path: Path, pk: int) -> QuerySet:
    """The link rows the page shows (a person with a role), in the link model's order."""
    link = path.link
    model = link.model
    return (
        model._default_manager.filter(**{link.item: pk})
        .order_by()
        .values_list(
            *_columns(
                key, path.lookup, _rank(model), f"{link.authority}__", link="pk", role=_ROWS[model]
            )
        )
    )


def _list_branch(key: str, paths: list[Path], pk: int) -> QuerySet:
    """The authorities these paths reach from the record, each once, in their order."""
    linked = LINKED[key]
    model = linked.model
    reached = reduce(
        or_,
        (
            Q(
                pk__in=path.link.model._default_manager.filter(**{path.link.item: pk}).values(
                    path.link.authority
                )
            )
            for path in paths
        ),
    )
    queryset = model._default_manager.filter(reached)
    if linked.public_only:
        queryset = queryset.filter(status=PublicationStatus.PUBLISHED)
    return queryset.order_by().values_list(*_columns(key, "", _rank(model), ""))


def _single_branch(key: str, path: Path, pk: int) -> QuerySet:
    """The one authority this path reaches from the record, if any, published or not."""
    link = path.link
    reached = link.model._default_manager.filter(**{link.item: pk}).values(link.authority)
    return (
        LINKED[key]
        .model._default_manager.filter(pk__in=reached)
        .order_by()
        .values_list(*_columns(key, path.lookup, _number(1), ""))
    )


def _branches(pk: int) -> list[QuerySet]:
    branches = []
    for key, linked in LINKED.items():
        lists = []
        for path in linked.direct_paths:
            if not path.many:
                branches.append(_single_branch(key, path, pk))
            elif path.link.model in _ROWS:
                branches.append(_rows_branch(key, path, pk))
            else:
                lists.append(path)
        if lists:
            branches.append(_list_branch(key, lists, pk))
    return branches


def union(pk: int) -> QuerySet:
    """Everything the record links to, as one UNION ALL built from ``LINKED``."""
    first, *others = _branches(pk)
    return first.union(*others, all=True)


def statement(using: str) -> prepared.Compiled:
    """The union's SQL for this database, compiled once (core.prepared)."""
    return _compiled(using, tuple(LINKED.items()))


@cache
def _compiled(using: str, paths: tuple) -> prepared.Compiled:
    # ``paths``: LINKED as it is now, so that a changed table compiles anew.
    return prepared.compile(union(prepared.KEY), using)


# Rows to objects.


def _linked(item: CollectionItem, child: Model | None, using: str) -> Linked:
    paths = {
        path.lookup: path
        for linked in LINKED.values()
        for path in linked.direct_paths
        if path.link.model in _ROWS
    }
    singles = _single_paths()
    found = Linked()
    ranked: dict[str, list] = {}
    for key, lookup, rank, link, role, pk, *names, url_key, status in prepared.fetch_all(
        statement(using), item.pk, using=using
    ):
        obj = _authority(key, pk, names, url_key, status)
        if lookup in singles:
            # Set as a fetched key: the record's own (place), or its own-type row's.
            *hops, name = lookup.split("__")
            owner = item if not hops else child if hops == [_CHILDREN.get(item.item_type)] else None
            if owner is not None:
                setattr(owner, name, obj)
            continue
        path = paths.get(lookup)
        if path is not None:
            obj = path.link.model(pk=link, item=item, **{path.link.authority: obj}, role=role)
        # The link rows first, then the authorities reached without one.
        ranked.setdefault(key, []).append(((path is None, rank), obj))
    for key, rows in ranked.items():
        objects = [obj for _order, obj in sorted(rows, key=lambda row: row[0])]
        if key == "person":
            # A person reached without a link row has no role on the record.
            objects = [
                o if isinstance(o, ItemPerson) else ItemPerson(item=item, person=o) for o in objects
            ]
        setattr(found, LISTS[key], objects)
    return found


def _authority(key: str, pk: int, names: list, url_key: str, status: str) -> Model:
    model = LINKED[key].model
    name = _name_field(model)
    values = {f"{name}_{code}": text for code, text in zip(LANGUAGES, names, strict=True)}
    if key in _URL_KEYS:
        values[_URL_KEYS[key]] = url_key
    if issubclass(model, Publishable):
        values["status"] = status
    return model(pk=pk, **values)
