"""Everything an object page shows about one record, in three queries: the record with
its own-type row, its images, and what it links to (the place; people and their roles,
countries, organizations, subjects, published events and exhibitions; the giver,
recipient, photographer, archive ... of its own type), the last as one UNION ALL.

Built with select_related and eight prefetches, the page cost nine round trips and, more,
the ORM's compilation of each query's SQL (~0.5–2 ms each: most of a cold object page's
time). Here the ORM writes each query once per process and database (``Prepared``), and
each page runs them with its record's key. Rows become model instances: the record, its
own-type row and its images whole (``Model.from_db``), linked authorities unsaved with the
fields the page reads (names in every language, the keys their URLs need), each list in
its model's order.
"""

from dataclasses import dataclass, field
from operator import attrgetter

from django.db import connections
from django.db.models import CharField, IntegerField, Model, QuerySet, Value
from django.db.models.functions import Cast

from authorities.models import Country, Material, Organization, Person, Place, Subject
from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemImage,
    ItemPerson,
    ItemType,
    Photograph,
)
from events.models import Event
from exhibitions.models import Exhibition

# Stand for the record's key and accession number while a query is compiled: values no
# record has, so each is found among the compiled parameters and nothing else is.
_KEY = -7_301_937
_NUMBER = "no accession number: longer than the field's 32 characters"


class Prepared:
    """A queryset the ORM compiles once per database, run again with its marked parameter
    replaced. Its SQL stays the ORM's, from the models; only compiling it is saved. Rows
    pass through the converters the ORM would apply (SQLite's aware datetimes, decimals)."""

    def __init__(self, build, mark):
        self.build = build
        self.mark = mark
        self.compiled: dict[str, tuple[str, tuple, dict]] = {}

    def rows(self, value, using: str = "default") -> list[tuple]:
        if using not in self.compiled:
            compiler = self.build(self.mark).query.get_compiler(using)
            sql, params = compiler.as_sql()
            converters = compiler.get_converters([column for column, *_ in compiler.select])
            self.compiled[using] = (sql, params, converters)
        sql, params, converters = self.compiled[using]
        mark = self.mark
        # Same type too: a key is never a string or a boolean that equals it.
        params = [value if type(p) is type(mark) and p == mark else p for p in params]
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for position, (functions, expression) in converters.items():
                for function in functions:
                    row[position] = function(row[position], expression, connection)
            converted.append(tuple(row))
        return converted


def _text(value: str) -> Value:
    return Value(value, output_field=CharField())


def _number(value: int) -> Value:
    return Value(value, output_field=IntegerField())


def _rows(queryset: QuerySet, kind: str, names: str, *, key="", role="", order=(0, 0), date=""):
    """One part of the union: (kind, role, position, link id, pk, en, ru, kk, key, date)."""
    position, link = order
    return queryset.order_by().values_list(
        _text(kind),
        role if role else _text(""),
        position if isinstance(position, str) else _number(position),
        link if isinstance(link, str) else _number(link),
        "pk" if kind != "person" else "person_id",
        *(f"{names}_{code}" for code in ("en", "ru", "kk")),
        key if key else _text(""),
        Cast(date, output_field=CharField()) if date else _text(""),
    )


def _record(number: str) -> QuerySet:
    """The published record with the columns of every own-type row (one at most is not
    null)."""
    columns = [f.attname for f in CollectionItem._meta.concrete_fields]
    for relation, model in _CHILDREN.values():
        columns += [f"{relation}__pk", *(f"{relation}__{f.attname}" for f in _own_fields(model))]
    return (
        CollectionItem.objects.public()
        .filter(accession_number=number)
        .order_by()
        .values_list(*columns)
    )


def _images(pk: int) -> QuerySet:
    columns = [f.attname for f in ItemImage._meta.concrete_fields]
    return (
        ItemImage.objects.filter(item_id=pk)
        .order_by("-is_primary", "position", "id")
        .values_list(*columns)
    )


def _union(pk: int) -> QuerySet:
    parts = [
        _rows(
            ItemPerson.objects.filter(item_id=pk),
            "person",
            "person__name",
            role="role",
            order=("position", "id"),
        ),
        _rows(Country.objects.filter(items=pk), "country", "name", key="iso_code"),
        _rows(Organization.objects.filter(items=pk), "organization", "name"),
        _rows(Subject.objects.filter(items=pk), "subject", "name"),
        _rows(Material.objects.filter(gifts=pk), "material", "name"),
        _rows(
            Event.objects.public().filter(items=pk), "event", "title", key="slug", date="start_date"
        ),
        _rows(
            Exhibition.objects.public().filter(items=pk),
            "exhibition",
            "title",
            key="slug",
            date="start_date",
        ),
        _rows(Place.objects.filter(items=pk), "place", "name"),
        # What the own-type row points to, by the field's name.
        _rows(Organization.objects.filter(held_documents=pk), "holding_archive", "name"),
        _rows(Person.objects.filter(photographs_taken=pk), "photographer", "name"),
        _rows(Person.objects.filter(gifts_given=pk), "giver", "name"),
        _rows(Person.objects.filter(gifts_received=pk), "recipient", "name"),
        _rows(Country.objects.filter(gifts_given=pk), "giving_country", "name", key="iso_code"),
        _rows(Organization.objects.filter(gifts_given=pk), "giving_organization", "name"),
        # Draft or published: the page names the occasion only when published.
        _rows(Event.objects.filter(gifts=pk), "occasion", "title", key="slug", role="status"),
    ]
    return parts[0].union(*parts[1:], all=True)


_CHILDREN = {
    ItemType.DOCUMENT: ("archivaldocument", ArchivalDocument),
    ItemType.PHOTOGRAPH: ("photograph", Photograph),
    ItemType.GIFT: ("diplomaticgift", DiplomaticGift),
}
# The own-type row's foreign keys the union reads, and what each is.
_POINTED = {
    "holding_archive": Organization,
    "photographer": Person,
    "giver": Person,
    "recipient": Person,
    "giving_country": Country,
    "giving_organization": Organization,
    "occasion": Event,
}


def _own_fields(model) -> list:
    return [f for f in model._meta.local_concrete_fields if not f.primary_key]


RECORD = Prepared(_record, _NUMBER)
IMAGES = Prepared(_images, _KEY)
LINKED = Prepared(_union, _KEY)


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
    found = RECORD.rows(number, using)
    if not found:
        return None
    values = iter(found[0])
    fields = CollectionItem._meta.concrete_fields
    own = {f.attname: next(values) for f in fields}
    item = CollectionItem.from_db(using, list(own), list(own.values()))
    child = None
    for item_type, (relation, model) in _CHILDREN.items():
        exists = next(values) is not None
        columns = {f.attname: next(values) for f in _own_fields(model)}
        if item_type == item.item_type and exists:
            child = _child(model, own, columns, using)
            setattr(item, relation, child)
    columns = [f.attname for f in ItemImage._meta.concrete_fields]
    images = [ItemImage.from_db(using, columns, row) for row in IMAGES.rows(item.pk, using)]
    return RecordPage(item, child, images, _linked(item, child, using))


def _child(model, parent: dict, columns: dict, using: str):
    values = {**parent, **columns}
    ptr = model._meta.pk.attname
    values[ptr] = parent["id"]
    names = [f.attname for f in model._meta.concrete_fields]
    return model.from_db(using, names, [values[name] for name in names])


_NAMED = {
    "country": (Country, "countries"),
    "organization": (Organization, "organizations"),
    "subject": (Subject, "subjects"),
    "material": (Material, "materials"),
}
_DATED = {"event": (Event, "events"), "exhibition": (Exhibition, "exhibitions")}


def _linked(item: CollectionItem, child, using: str) -> Linked:
    found = Linked()
    links = []
    for kind, role, position, link, pk, en, ru, kk, key, date in LINKED.rows(item.pk, using):
        names = {"en": en, "ru": ru, "kk": kk}
        if kind == "person":
            person = Person(pk=pk, **_named("name", names))
            links.append((position, link, ItemPerson(pk=link, item=item, person=person, role=role)))
        elif kind in _NAMED:
            model, name = _NAMED[kind]
            extra = {"iso_code": key} if kind == "country" else {}
            getattr(found, name).append(model(pk=pk, **_named("name", names), **extra))
        elif kind in _DATED:
            model, name = _DATED[kind]
            # Published: the union asks for published ones only.
            obj = model(pk=pk, slug=key, status="published", **_named("title", names))
            getattr(found, name).append((date, obj))
        elif kind == "place":
            item.place = Place(pk=pk, **_named("name", names))
        elif child is not None:
            setattr(child, kind, _pointed(kind, pk, names, key, role))
    found.people = [link for _position, _id, link in sorted(links, key=lambda r: r[:2])]
    for _model, name in _NAMED.values():
        getattr(found, name).sort(key=attrgetter("name_en"))
    for _model, name in _DATED.values():
        # Newest first (no date first, as PostgreSQL sorts descending), then by English
        # title: Event's and Exhibition's own ordering.
        dated = sorted(getattr(found, name), key=lambda pair: pair[1].title_en)
        dated.sort(key=lambda pair: (pair[0] is None, pair[0] or ""), reverse=True)
        setattr(found, name, [obj for _date, obj in dated])
    return found


def _named(base: str, names: dict) -> dict:
    return {f"{base}_{code}": value for code, value in names.items()}


def _pointed(kind: str, pk: int, names: dict, key: str, status: str):
    model = _POINTED[kind]
    if model is Event:
        return Event(pk=pk, slug=key, status=status, **_named("title", names))
    extra = {"iso_code": key} if model is Country else {}
    return model(pk=pk, **_named("name", names), **extra)
