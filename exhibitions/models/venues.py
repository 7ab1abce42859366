"""Where exhibitions happen: each exhibition's stops, a venue (bookings.Venue) with its own
dates."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from bookings.models import Booking, Venue
from core.models import Versioned


class ExhibitionVenueQuerySet(models.QuerySet):
    @transaction.atomic
    def delete(self):
        """A stop's bookings go with it (see ExhibitionBooking)."""
        Booking.objects.filter(exhibitionbooking__stop__in=self.values("pk")).delete()
        return super().delete()


class ExhibitionVenue(Versioned):
    """One stop of an exhibition: a venue and its own dates."""

    exhibition = models.ForeignKey(
        "exhibitions.Exhibition",
        verbose_name=_("exhibition"),
        on_delete=models.CASCADE,
        related_name="stops",
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="stops"
    )
    start_date = models.DateField(_("opens"))
    end_date = models.DateField(_("closes"))

    objects = ExhibitionVenueQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("venue and dates")
        verbose_name_plural = _("venues and dates")
        ordering = ["start_date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_date__lte=models.F("end_date")),
                name="exhibition_venue_dates_ordered",
            ),
            models.UniqueConstraint(
                fields=["exhibition", "venue", "start_date"], name="exhibition_venue_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.venue} ({self.start_date} – {self.end_date})"

    @transaction.atomic
    def delete(self, *args, **kwargs):
        Booking.objects.filter(exhibitionbooking__stop=self).delete()
        return super().delete(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A venue cannot close before it opens.")})
        exhibition = getattr(self, "exhibition", None)
        if exhibition and exhibition.start_date and self.start_date and self.end_date:
            outside = self.start_date < exhibition.start_date or (
                exhibition.end_date and self.end_date > exhibition.end_date
            )
            if outside:
                raise ValidationError(_("A venue's dates must fall within the exhibition's dates."))
