"""Which stop and object of an exhibition made each of its bookings.

bookings.Booking knows nothing of exhibitions; this row, one per booking, points at it.
Deleting the booking deletes the row (``replace`` rewrites an exhibition's bookings that
way), but deleting a stop, an object or a whole exhibition would only delete these rows
and leave the bookings behind, so ``delete()`` on those models and on their querysets
deletes their bookings first. tests/exhibitions/test_booking_sources.py checks every path.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from bookings.models import BookingSource
from exhibitions.models.assembly import ExhibitionItem
from exhibitions.models.venues import ExhibitionVenue


class ExhibitionBooking(BookingSource):
    exhibition_item = models.ForeignKey(
        ExhibitionItem,
        verbose_name=_("object in exhibition"),
        on_delete=models.CASCADE,
        related_name="booking_links",
    )
    stop = models.ForeignKey(
        ExhibitionVenue,
        verbose_name=_("exhibition venue"),
        on_delete=models.CASCADE,
        related_name="booking_links",
    )

    describe_with = ("stop__exhibition",)

    class Meta:
        verbose_name = _("exhibition booking")
        verbose_name_plural = _("exhibition bookings")
        ordering = ["booking"]
        constraints = [
            models.UniqueConstraint(
                fields=["exhibition_item", "stop"], name="booking_once_per_exhibition_stop"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exhibition_item} — {self.stop}"

    def booked_for(self):
        return self.stop.exhibition
