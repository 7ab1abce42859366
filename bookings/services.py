"""The booking check: one object, one physical place at a time.

Callers describe what they want as ``Claim``s; ``problems()`` says what would clash (for
form validation, before anything is written) and ``replace()`` writes a source's rows after
checking again under row locks. On PostgreSQL the exclusion constraint ``booking_no_overlap``
refuses overlapping rows even if a caller skips this module.
"""

import datetime
from dataclasses import dataclass
from itertools import combinations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from bookings.models import Booking
from collections_app.models import CollectionItem


@dataclass(frozen=True)
class Claim:
    """An object wanted at a physical venue for a period (both dates included)."""

    item: CollectionItem
    venue: object  # exhibitions.Venue
    start_date: datetime.date
    end_date: datetime.date
    exhibition_item: object = None  # saved source rows, needed only to write the booking
    stop: object = None

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


def problems(claims: list[Claim], *, replacing: Q) -> list[str]:
    """Messages for every clash among ``claims`` and between them and the bookings already
    written, except the rows matched by ``replacing`` (the ones these claims will replace)."""
    messages = []
    for a, b in combinations(claims, 2):
        if a.item.pk == b.item.pk and a.overlaps(b.start_date, b.end_date):
            messages.append(
                _(
                    "%(object)s cannot be at %(venue_a)s and at %(venue_b)s at once: "
                    "%(dates_a)s and %(dates_b)s overlap."
                )
                % {
                    "object": _object(a.item),
                    "venue_a": a.venue,
                    "venue_b": b.venue,
                    "dates_a": _dates(a.start_date, a.end_date),
                    "dates_b": _dates(b.start_date, b.end_date),
                }
            )
    item_ids = {claim.item.pk for claim in claims}
    if not item_ids:
        return messages
    existing = list(Booking.objects.filter(item_id__in=item_ids).exclude(replacing).for_messages())
    for claim in claims:
        for booking in existing:
            if booking.item_id == claim.item.pk and claim.overlaps(
                booking.start_date, booking.end_date
            ):
                messages.append(
                    _(
                        "%(object)s is already booked for %(booking)s, so it cannot be shown "
                        "at %(venue)s from %(dates)s."
                    )
                    % {
                        "object": _object(claim.item),
                        "booking": booking.describe(),
                        "venue": claim.venue,
                        "dates": _dates(claim.start_date, claim.end_date),
                    }
                )
    return messages


@transaction.atomic
def replace(claims: list[Claim], *, replacing: Q) -> list[Booking]:
    """Write ``claims`` as the bookings of one source, in place of the rows ``replacing``
    matches. Locks the objects first so two sources cannot both pass the check."""
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
            exhibition_item=claim.exhibition_item,
            stop=claim.stop,
        )
        for claim in claims
    )
