"""The booking check: one object, one physical place at a time.

Callers describe what they want as ``Claim``s; ``problems()`` says what would clash (for
form validation, before anything is written) and ``replace()`` writes a source's rows after
checking again under row locks. On PostgreSQL the exclusion constraint ``booking_no_overlap``
refuses overlapping rows even if a caller skips this module.
"""

import datetime
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bookings.models import Booking, Venue
from collections_app.models import CollectionItem


@dataclass(frozen=True)
class Claim:
    """An object wanted at a physical venue for a period (both dates included). A caller
    may subclass it to carry what it needs to link the written row to its source."""

    item: CollectionItem
    venue: Venue
    start_date: datetime.date
    end_date: datetime.date

    def overlaps(self, start: datetime.date, end: datetime.date) -> bool:
        return self.start_date <= end and start <= self.end_date


class BookingConflict(ValidationError):
    """Raised with one message per clash when a write would double-book an object."""


def _dates(start: datetime.date, end: datetime.date) -> str:
    return f"{date_format(start)} – {date_format(end)}"


def _object(item: CollectionItem) -> str:
    return _("“%(title)s” (%(number)s)") % {
        "title": item.title,
        "number": item.accession_number or _("no accession number"),
    }


NAMED = 3  # objects named in one message; the rest are counted


def _objects(items: list[CollectionItem]) -> str:
    names = ", ".join(_object(item) for item in items[:NAMED])
    if len(items) <= NAMED:
        return names
    return _("%(names)s and %(count)d more") % {"names": names, "count": len(items) - NAMED}


def problems(claims: Sequence[Claim], *, replacing: Q) -> list[str]:
    """Messages for every clash among ``claims`` and between them and the bookings already
    written, except the rows matched by ``replacing`` (the ones these claims will replace).
    One message per cause (two overlapping stops; one other booking), naming its objects."""
    by_item: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_item[claim.item.pk].append(claim)
    overlapping_stops: dict[tuple, list[CollectionItem]] = defaultdict(list)
    for wanted in by_item.values():
        for a, b in combinations(wanted, 2):
            if a.overlaps(b.start_date, b.end_date):
                key = (a.venue, a.start_date, a.end_date, b.venue, b.start_date, b.end_date)
                overlapping_stops[key].append(a.item)
    booked_elsewhere: dict[tuple, list[CollectionItem]] = defaultdict(list)
    if by_item:
        existing = Booking.objects.filter(item_id__in=by_item).exclude(replacing).for_messages()
        for booking in existing:
            for claim in by_item[booking.item_id]:
                if claim.overlaps(booking.start_date, booking.end_date):
                    cause = (booking.describe(), claim.venue, claim.start_date, claim.end_date)
                    booked_elsewhere[cause].append(claim.item)
    messages = []
    for (venue_a, start_a, end_a, venue_b, start_b, end_b), items in overlapping_stops.items():
        messages.append(
            ngettext(
                "%(objects)s cannot be at %(venue_a)s and at %(venue_b)s at once: "
                "%(dates_a)s and %(dates_b)s overlap.",
                "%(objects)s cannot be at %(venue_a)s and at %(venue_b)s at once: "
                "%(dates_a)s and %(dates_b)s overlap.",
                len(items),
            )
            % {
                "objects": _objects(items),
                "venue_a": venue_a,
                "venue_b": venue_b,
                "dates_a": _dates(start_a, end_a),
                "dates_b": _dates(start_b, end_b),
            }
        )
    for (booking, venue, start, end), items in booked_elsewhere.items():
        messages.append(
            ngettext(
                "%(objects)s is already booked for %(booking)s, so it cannot be shown at "
                "%(venue)s (%(dates)s).",
                "%(objects)s are already booked for %(booking)s, so they cannot be shown at "
                "%(venue)s (%(dates)s).",
                len(items),
            )
            % {
                "objects": _objects(items),
                "booking": booking,
                "venue": venue,
                "dates": _dates(start, end),
            }
        )
    return messages


@transaction.atomic
def replace(claims: Sequence[Claim], *, replacing: Q) -> list[Booking]:
    """Write ``claims`` as the bookings of one source, in place of the rows ``replacing``
    matches, and return them in the order of ``claims`` (for the caller to link them to
    its source). Locks the objects first so two sources cannot both pass the check."""
    item_ids = sorted({claim.item.pk for claim in claims})
    list(CollectionItem.objects.select_for_update().filter(pk__in=item_ids).values_list("pk"))
    found = problems(claims, replacing=replacing)
    if found:
        raise BookingConflict(found)
    Booking.objects.filter(replacing).delete()
    return Booking.objects.bulk_create(
        Booking(
            item=claim.item,
            venue=claim.venue,
            start_date=claim.start_date,
            end_date=claim.end_date,
        )
        for claim in claims
    )
