"""What an object page links to (people and their roles, countries, organizations,
subjects, published events and exhibitions, a gift's materials), read in one query.

Eight prefetches cost the page eight round trips and, more, eight compilations of their
SQL by the ORM (~0.8 ms each, most of a cold object page's time). Here the ORM writes one
UNION ALL of the eight, once per process and database (``Prepared``), and each page runs
it with its record's key. The rows become unsaved model instances carrying the fields the
page reads (names in every language, the keys their URLs need), in each model's order.
"""

from dataclasses import dataclass, field
from operator import attrgetter

from django.db import connections
from django.db.models import CharField, IntegerField, QuerySet, Value
from django.db.models.functions import Cast

from collections_app.models import (
    CollectionItem,
    Country,
    ItemPerson,
    Material,
    Organization,
    Person,
    Subject,
)
from events.models import Event
from exhibitions.models import Exhibition

# Stands for the record's key while the query is compiled; no record has it.
_MARK = -7_301_937


class Prepared:
    """A queryset the ORM compiles once per database, run again with the marked
    parameter replaced. Its SQL stays the ORM's, from the models; only compiling it is
    saved."""

    def __init__(self, build):
        self.build = build
        self.compiled: dict[str, tuple[str, tuple]] = {}

    def rows(self, value: int, using: str = "default") -> list[tuple]:
        if using not in self.compiled:
            query = self.build(_MARK).query
            self.compiled[using] = query.get_compiler(using).as_sql()
        sql, params = self.compiled[using]
        # ``type(p) is int``: a marked key, never a string or a boolean that equals it.
        params = [value if type(p) is int and p == _MARK else p for p in params]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


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
    ]
    return parts[0].union(*parts[1:], all=True)


LINKED = Prepared(_union)


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


_NAMED = {
    "country": (Country, "countries"),
    "organization": (Organization, "organizations"),
    "subject": (Subject, "subjects"),
    "material": (Material, "materials"),
}
_DATED = {"event": (Event, "events"), "exhibition": (Exhibition, "exhibitions")}


def linked(item: CollectionItem) -> Linked:
    found = Linked()
    links = []
    for kind, role, position, link, pk, en, ru, kk, key, date in LINKED.rows(item.pk):
        if kind == "person":
            person = Person(pk=pk, name_en=en, name_ru=ru, name_kk=kk)
            links.append((position, link, ItemPerson(pk=link, item=item, person=person, role=role)))
        elif kind in _NAMED:
            model, name = _NAMED[kind]
            extra = {"iso_code": key} if kind == "country" else {}
            getattr(found, name).append(model(pk=pk, name_en=en, name_ru=ru, name_kk=kk, **extra))
        else:
            model, name = _DATED[kind]
            obj = model(pk=pk, title_en=en, title_ru=ru, title_kk=kk, slug=key)
            getattr(found, name).append((date, obj))
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
