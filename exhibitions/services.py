"""Writes that touch several models: placing objects in an exhibition, ordering them, and
keeping the exhibition's bookings (bookings.Booking) in step with its venues and objects."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from bookings import services as bookings
from bookings.models import Venue
from bookings.services import BookingConflict, Claim
from collections_app.models import CollectionItem
from exhibitions.models import (
    Exhibition,
    ExhibitionBooking,
    ExhibitionItem,
    ExhibitionVenue,
    Section,
)

__all__ = [
    "BookingConflict",
    "add_items",
    "arrange",
    "booking_problems",
    "dissolve_section",
    "next_position",
    "sync_bookings",
]


@dataclass(frozen=True)
class StopClaim(Claim):
    """A claim with the saved stop and object it comes from, to link the booking to them."""

    exhibition_item: ExhibitionItem | None = None
    stop: ExhibitionVenue | None = None


def _claims(
    exhibition: Exhibition,
    stops: Iterable[ExhibitionVenue],
    entries: Iterable[ExhibitionItem],
) -> list[StopClaim]:
    """Every object at every physical stop, for the stop's dates. A virtual exhibition or an
    online venue holds no object, so it books nothing."""
    if exhibition.is_virtual:
        return []
    entries = list(entries)
    return [
        StopClaim(
            item=entry.item,
            venue=stop.venue,
            start_date=stop.start_date,
            end_date=stop.end_date,
            exhibition_item=entry if entry.pk else None,
            stop=stop if stop.pk else None,
        )
        for stop in stops
        if not stop.venue.is_virtual
        for entry in entries
    ]


def _own_rows(exhibition: Exhibition) -> Q:
    if not exhibition.pk:
        return Q(pk__in=[])
    return Q(exhibitionbooking__stop__exhibition_id=exhibition.pk)


def booking_problems(
    exhibition: Exhibition,
    *,
    stops: Iterable[ExhibitionVenue],
    entries: Iterable[ExhibitionItem],
) -> list[str]:
    """What would clash if the exhibition had these stops and objects (saved or not)."""
    return bookings.problems(_claims(exhibition, stops, entries), replacing=_own_rows(exhibition))


@transaction.atomic
def sync_bookings(exhibition: Exhibition) -> None:
    """Rewrite the exhibition's bookings from its saved stops and objects; raises
    BookingConflict (and writes nothing) if an object would be in two places at once."""
    # Read the stops and objects only once no other writer holds the exhibition.
    list(Exhibition.objects.select_for_update().filter(pk=exhibition.pk).values_list("pk"))
    stops = exhibition.stops.select_related("venue")
    entries = exhibition.exhibition_items.select_related("item")
    claims = _claims(exhibition, stops, entries)
    rows = bookings.replace(claims, replacing=_own_rows(exhibition))
    ExhibitionBooking.objects.bulk_create(
        ExhibitionBooking(booking=row, exhibition_item=claim.exhibition_item, stop=claim.stop)
        for claim, row in zip(claims, rows, strict=True)
    )


@transaction.atomic
def sync_venue_bookings(venue: Venue) -> None:
    """After a venue changes (e.g. it stops being online-only), re-check every exhibition
    that stops there."""
    for exhibition in Exhibition.objects.filter(stops__venue=venue).distinct():
        sync_bookings(exhibition)


@transaction.atomic
def add_items(
    *,
    exhibition: Exhibition,
    items: Iterable[CollectionItem],
    section: Section | None = None,
    user=None,
) -> list[ExhibitionItem]:
    """Place objects at the end of a section (or of the unsectioned objects), skipping those
    already in the exhibition. Returns the new entries; raises BookingConflict, adding none,
    if any of them is booked elsewhere at the same time."""
    if section is not None and section.exhibition_id != exhibition.pk:
        raise ValidationError(_("Choose a section of this exhibition."))
    # One writer per exhibition at a time, so positions at the end of a section stay unique.
    list(Exhibition.objects.select_for_update().filter(pk=exhibition.pk).values_list("pk"))
    present = set(exhibition.exhibition_items.values_list("item_id", flat=True))
    new_items = []
    for item in items:
        if item.pk not in present:
            present.add(item.pk)
            new_items.append(item)
    if not new_items:
        return []
    start = next_position(exhibition, section.pk if section else None)
    entries = bulk_create_with_history(
        [
            ExhibitionItem(exhibition=exhibition, item=item, section=section, position=start + i)
            for i, item in enumerate(new_items)
        ],
        ExhibitionItem,
        default_user=user,
    )
    sync_bookings(exhibition)
    return entries


@transaction.atomic
def arrange(
    *,
    exhibition: Exhibition,
    placement: Sequence[tuple[int, int | None]],
    user=None,
    version: int | None = None,
) -> None:
    """Put the exhibition's objects in the order given: (entry id, section id or None) pairs,
    first to last. Positions are renumbered 1, 2, 3… within each section; objects missing
    from ``placement`` (added meanwhile by someone else) keep their place after the others.

    ``version``: the exhibition's version the order was based on. The arrangement is saved
    as a new version of the exhibition; raises core.models.StaleVersion, changing nothing,
    if it is no longer the current one."""
    if version is not None:
        exhibition.version = version
        # Read by django-simple-history when it records the save (its documented way).
        exhibition._change_reason = _("objects arranged")  # type: ignore[attr-defined]
        if user is not None:
            exhibition._history_user = user  # type: ignore[attr-defined]
        exhibition.save(update_fields=["version"])
    entries = {e.pk: e for e in exhibition.exhibition_items.select_for_update()}
    sections = set(exhibition.sections.values_list("pk", flat=True))
    seen = set()
    for entry_id, section_id in placement:
        if entry_id not in entries or entry_id in seen:
            raise ValidationError(_("The list of objects is out of date; reload the page."))
        if section_id is not None and section_id not in sections:
            raise ValidationError(_("Choose a section of this exhibition."))
        seen.add(entry_id)
    ordered = [(entries[entry_id], section_id) for entry_id, section_id in placement]
    ordered += [
        (entry, entry.section_id)
        for entry in sorted(entries.values(), key=lambda e: (e.position, e.pk))
        if entry.pk not in seen
    ]
    before = {pk: (e.section_id, e.position) for pk, e in entries.items()}
    counters: dict[int | None, int] = {}
    for entry, section_id in ordered:
        counters[section_id] = counters.get(section_id, 0) + 1
        entry.section_id = section_id
        entry.position = counters[section_id]
    changed = [
        entry for entry, _s in ordered if (entry.section_id, entry.position) != before[entry.pk]
    ]
    for entry in changed:  # rows locked above: no one else can bump them meanwhile
        entry.version += 1
    if changed:
        bulk_update_with_history(
            changed, ExhibitionItem, ["section", "position", "version"], default_user=user
        )


def next_position(exhibition: Exhibition, section_id: int | None) -> int:
    # None matches the objects outside any section (IS NULL); the stubs' plugin allows no None.
    in_section = exhibition.exhibition_items.filter(section_id=section_id)  # type: ignore[misc]
    last = in_section.aggregate(last=Max("position"))
    return (last["last"] or 0) + 1


@transaction.atomic
def dissolve_section(section: Section, *, user=None) -> None:
    """Before a section is deleted: its objects move, in their order, to the end of the
    objects outside sections (rather than mixing with them)."""
    entries = list(section.entries.select_for_update().order_by("position", "id"))
    start = next_position(section.exhibition, None)
    for offset, entry in enumerate(entries):
        entry.section = None
        entry.position = start + offset
        entry.version += 1
    if entries:
        bulk_update_with_history(
            entries, ExhibitionItem, ["section", "position", "version"], default_user=user
        )
