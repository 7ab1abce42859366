"""Facet counts: how many of a search's records each option of each filter would show.

A facet counts the records matching the search and every other filter, so that ticking
a second option shows how many it adds. The facets without ticked options share one
count (they are over the same records); each facet with ticked options is counted on its
own, over the records its own choice does not narrow. Counts come from the index, never
from the records' link tables: a search's from its matches' ``SearchEntry.facet_keys``
(search.backends: one pass over the matches, no record rows read), browsing's from the
narrow ``ItemFacet`` table. Then one query per facet reads the labels of the options
shown: the most frequent ``FACET_LIMIT`` and any ticked one.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from authorities.models import Country, Material, Person
from collections_app.models import ItemType
from events.models import Event
from exhibitions.models import Exhibition
from search import links
from search.backends import get_backend
from search.models import ItemFacet

if TYPE_CHECKING:
    from search.query import RecordSearch

FACET_LIMIT = 12


@dataclass(frozen=True)
class AuthorityFacet:
    """A facet of linked authorities; ``to_field`` is the URL's value of an option."""

    name: str
    model: type[Country] | type[Material] | type[Event] | type[Person] | type[Exhibition]
    to_field: str
    label: str | Promise  # a lazy translation


# How each facet of the link table (search.links.FACETS) shows: a facet added there
# without an entry here fails at start-up.
_SHOWN = {
    "country": AuthorityFacet("country", Country, "iso_code", _("Country")),
    "material": AuthorityFacet("material", Material, "pk", _("Material")),
    "event": AuthorityFacet("event", Event, "slug", _("Event")),
    "person": AuthorityFacet("person", Person, "pk", _("Person")),
    "exhibition": AuthorityFacet("exhibition", Exhibition, "slug", _("Exhibition")),
}
AUTHORITY_FACETS = tuple(_SHOWN[name] for name in links.FACETS)
FACETS = ("type", *(facet.name for facet in AUTHORITY_FACETS))


def facet_groups(search: "RecordSearch") -> list[tuple[str | None, list[str]]]:
    """(the facet whose choice a count ignores, the facets it counts): the facets without
    ticked options together, then each facet with ticked options on its own."""
    selected = [name for name in FACETS if search.params.chosen(name)]
    groups: list[tuple[str | None, list[str]]] = [
        (None, [name for name in FACETS if name not in selected])
    ]
    return groups + [(name, [name]) for name in selected]


def facet_counts(search: "RecordSearch") -> dict[str, dict[str, int]]:
    """``{facet: {value: number of records}}``, values as ``ItemFacet`` holds them."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for ignore, names in facet_groups(search):
        if not names:
            continue
        params = search.params.without(ignore) if ignore else search.params
        if params.q:
            summary = get_backend().summarise(
                search.filtered(params),
                search.prepared,
                offset=0,
                limit=0,
                facets=names,
                count=False,
                within=params.within(),
            )
            counts.update(summary.facets)
            continue
        rows = (
            ItemFacet.objects.filter(
                item__in=search.filtered(params).order_by().values("pk"), facet__in=names
            )
            .values_list("facet", "value")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for facet, value, n in rows:
            counts[facet][value] = n
    return counts


def facet_options(search: "RecordSearch") -> list[dict]:
    """Each facet with its options to show: name, label, and options (value, label,
    count, checked), ticked options first, then the most frequent."""
    counts = facet_counts(search)
    return [_type_facet(search, counts["type"])] + [
        _authority_facet(search, facet, counts[facet.name]) for facet in AUTHORITY_FACETS
    ]


def _type_facet(search: "RecordSearch", counts: dict[str, int]) -> dict:
    chosen = set(search.params.types)
    return {
        "name": "type",
        "label": str(_("Record type")),
        "options": [
            {
                "value": value,
                "label": str(label),
                "count": counts.get(value, 0),
                "checked": value in chosen,
            }
            for value, label in ItemType.choices
            # An option that would find nothing is not offered, unless it is ticked.
            if counts.get(value) or value in chosen
        ],
    }


def _authority_facet(search: "RecordSearch", facet: AuthorityFacet, counts: dict) -> dict:
    chosen = set(search.params.chosen(facet.name))
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    shown = {int(value) for value, _n in ranked[:FACET_LIMIT]} | chosen
    objects = facet.model.objects.filter(pk__in=shown) if shown else facet.model.objects.none()
    if hasattr(objects, "public"):
        objects = objects.public()
    options = [
        {
            "value": getattr(obj, facet.to_field),
            "label": facet_label(obj),
            "count": counts.get(str(obj.pk), 0),
            "checked": obj.pk in chosen,
        }
        for obj in objects
    ]
    options.sort(key=lambda option: (not option["checked"], -option["count"], option["label"]))
    return {"name": facet.name, "label": str(facet.label), "options": options}


def facet_label(obj) -> str:
    if isinstance(obj, Event):
        return f"{obj.title} ({obj.start_date:%Y})"
    if isinstance(obj, Exhibition):
        return obj.title
    return obj.name
