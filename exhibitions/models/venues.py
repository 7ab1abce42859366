"""Where exhibitions happen: venues, and each exhibition's stops (a venue with its own dates)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from authorities.models import Organization, Place
from core.i18n import TranslatedField
from core.models import Versioned


class Venue(Versioned):
    name_en = models.CharField(_("name (English)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255, blank=True)
    name = TranslatedField()
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="venues",
    )
    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.PROTECT, related_name="venues"
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    is_virtual = models.BooleanField(
        _("online only"), default=False, help_text=_("A website rather than a room.")
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name


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
