"""Where each object is committed, and when: one row per object per physical place and period.

Anything that takes an object somewhere (an exhibition stop today; a loan in or out later)
writes rows here, and one check, backed on PostgreSQL by an exclusion constraint, refuses two
rows for the same object whose dates overlap. Rows are derived data: the exhibition (or loan)
is the record; ``bookings.services`` keeps the rows in step with it.
"""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem


class BookingQuerySet(models.QuerySet):
    def overlapping(self, start, end):
        """Rows sharing at least one day with [start, end] (both dates included)."""
        return self.filter(start_date__lte=end, end_date__gte=start)

    def for_messages(self):
        return self.select_related(
            "item", "venue__place", "exhibition_item__exhibition", "stop__exhibition"
        )


class Booking(models.Model):
    item = models.ForeignKey(
        CollectionItem, verbose_name=_("object"), on_delete=models.CASCADE, related_name="bookings"
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), help_text=_("The last day, included."))
    venue = models.ForeignKey(
        "exhibitions.Venue",
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    # The source of the booking. A loan (a later feature) adds its own column here and
    # to the check constraint below.
    exhibition_item = models.ForeignKey(
        "exhibitions.ExhibitionItem",
        verbose_name=_("object in exhibition"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bookings",
    )
    stop = models.ForeignKey(
        "exhibitions.ExhibitionVenue",
        verbose_name=_("exhibition venue"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bookings",
    )

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["start_date", "item_id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_date__lte=models.F("end_date")),
                name="booking_dates_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(exhibition_item__isnull=False, stop__isnull=False),
                name="booking_has_a_source",
            ),
            models.UniqueConstraint(
                fields=["exhibition_item", "stop"], name="booking_once_per_exhibition_stop"
            ),
        ]
        indexes = [models.Index(fields=["item", "start_date"], name="booking_item_start")]

    def __str__(self) -> str:
        return f"{self.item} — {self.describe()}"

    @property
    def exhibition(self):
        return self.stop.exhibition if self.stop_id else None

    def describe(self) -> str:
        """What the object is booked for, where and when, for messages and lists."""
        period = f"{date_format(self.start_date)} – {date_format(self.end_date)}"
        return _("“%(exhibition)s” at %(venue)s, %(dates)s") % {
            "exhibition": self.exhibition,
            "venue": self.venue,
            "dates": period,
        }
