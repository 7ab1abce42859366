"""What an object page says about a record, field by field.

The page lists exactly the facts built here: a list of public fields, so a staff-only
field (valuation, storage location, internal notes) cannot reach the page by accident.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem, ItemType
from events.models import Event
from exhibitions.models import Exhibition


@dataclass
class Link:
    text: str
    url: str = ""
    note: str = ""


@dataclass
class Fact:
    label: str
    values: list[Link] = field(default_factory=list)


def for_object_page(items: QuerySet[CollectionItem]) -> QuerySet[CollectionItem]:
    """Everything an object page shows, in a fixed number of queries: ``for_detail()`` and
    the record's published events and exhibitions (``public_events``,
    ``public_exhibitions``), since a published record may belong to a draft event."""
    return items.for_detail().prefetch_related(
        Prefetch("events", queryset=Event.objects.public(), to_attr="public_events"),
        Prefetch("exhibitions", queryset=Exhibition.objects.public(), to_attr="public_exhibitions"),
    )


def specific(item: CollectionItem):
    """The record's own-type row (document, photograph or gift), from ``for_object_page``."""
    name = {
        ItemType.DOCUMENT: "archivaldocument",
        ItemType.PHOTOGRAPH: "photograph",
        ItemType.GIFT: "diplomaticgift",
    }.get(item.item_type)
    try:
        return getattr(item, name) if name else None
    except CollectionItem.DoesNotExist:
        return None


def _linked(obj, note: str = "") -> Link:
    return Link(str(obj.name), obj.get_absolute_url(), note)


def _text(value) -> Link:
    if isinstance(value, Link):
        return value
    if isinstance(value, datetime.date):
        return Link(date_format(value))
    return Link(str(value))


def _fact(label, *values) -> Fact | None:
    values = [_text(v) for v in values if v not in (None, "")]
    return Fact(label, values) if values else None


def _language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def slot_people(item: CollectionItem, child) -> set[tuple[int, str]]:
    """(person, role) pairs the page shows in their own line (photographer, giver ...)."""
    pairs = set()
    if item.item_type == ItemType.PHOTOGRAPH and child and child.photographer_id:
        pairs.add((child.photographer_id, "photographer"))
    if item.item_type == ItemType.GIFT and child:
        if child.giver_id:
            pairs.add((child.giver_id, "giver"))
        if child.recipient_id:
            pairs.add((child.recipient_id, "recipient"))
    return pairs


def facts(item: CollectionItem, child) -> list[Fact]:
    shown_elsewhere = slot_people(item, child)
    people = [
        _linked(link.person, link.get_role_display())
        for link in item.person_links.all()
        if (link.person_id, link.role) not in shown_elsewhere
    ]
    rows = [
        _fact(_("Record type"), item.get_item_type_display()),
        _fact(_("Date"), item.date_display),
        _fact(_("Accession number"), item.accession_number),
    ]
    if item.item_type == ItemType.DOCUMENT and child:
        rows += [
            _fact(_("Document type"), child.get_document_type_display()),
            _fact(_("Original or copy"), child.get_originality_display()),
            _fact(_("Languages"), *(_language_name(code) for code in child.language_list())),
            _fact(_("Number of pages"), child.page_count),
            _fact(_("Archival reference"), child.reference_code),
            _fact(_("Holding archive"), child.holding_archive and _linked(child.holding_archive)),
        ]
    elif item.item_type == ItemType.PHOTOGRAPH and child:
        rows += [
            _fact(_("Photographer"), child.photographer and _linked(child.photographer)),
            _fact(_("Format"), child.get_format_display()),
            _fact(_("Colour"), child.get_colour_display()),
            _fact(_("Dimensions"), child.dimensions),
        ]
    elif item.item_type == ItemType.GIFT and child:
        occasion = child.occasion if child.occasion and child.occasion.is_public else None
        rows += [
            _fact(_("Category"), child.get_category_display()),
            _fact(_("Giver"), child.giver and _linked(child.giver, child.giver_title)),
            _fact(_("Giving state"), child.giving_country and _linked(child.giving_country)),
            _fact(
                _("Giving organization"),
                child.giving_organization and _linked(child.giving_organization),
            ),
            _fact(
                _("Recipient"), child.recipient and _linked(child.recipient, child.recipient_title)
            ),
            _fact(_("Occasion"), occasion and Link(occasion.title, occasion.get_absolute_url())),
            _fact(_("Date presented"), child.date_presented),
            _fact(
                _("Materials"),
                *(Link(m.name, _catalogue_url(material=m.pk)) for m in child.materials.all()),
            ),
            _fact(_("Technique"), child.technique),
            _fact(_("Dimensions"), child.dimensions),
            _fact(_("Weight (g)"), child.weight_grams),
        ]
    rows += [
        _fact(_("People"), *people),
        _fact(_("Countries"), *(_linked(c) for c in item.countries.all())),
        _fact(_("Organizations"), *(_linked(o) for o in item.organizations.all())),
        _fact(_("Place"), item.place and item.place.name),
        _fact(
            _("Events"),
            *(Link(e.title, e.get_absolute_url()) for e in item.public_events),
        ),
        _fact(_("Subjects"), *(s.name for s in item.subjects.all())),
        _fact(
            _("Exhibitions"),
            *(Link(x.title, x.get_absolute_url()) for x in item.public_exhibitions),
        ),
    ]
    return [row for row in rows if row]


def _catalogue_url(**params) -> str:
    return f"{reverse('catalogue:search')}?{urlencode(params)}"
