"""The exhibition record: what it is, when and where it runs, who made it."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from authorities.models import Organization
from bookings.models import Booking, Venue
from collections_app.images import save_thumbnail
from collections_app.models import CollectionItem
from core.i18n import TranslatedField
from core.models import Publishable, PublishableQuerySet, Timestamped, Versioned
from events.models import Event
from exhibitions.models.venues import ExhibitionVenue


class ExhibitionQuerySet(PublishableQuerySet):
    """Current, upcoming and past are judged by the overall dates, in the site's time zone."""

    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(
            models.Q(end_date__isnull=True) | models.Q(end_date__gte=today), start_date__lte=today
        )

    def upcoming(self, today=None):
        return self.filter(start_date__gt=today or timezone.localdate())

    def past(self, today=None):
        return self.filter(end_date__lt=today or timezone.localdate())

    def for_listing(self):
        return self.prefetch_related(
            models.Prefetch(
                "stops", queryset=ExhibitionVenue.objects.select_related("venue__place")
            )
        )

    @transaction.atomic
    def delete(self):
        """An exhibition's bookings go with it (see ExhibitionBooking)."""
        Booking.objects.filter(exhibitionbooking__stop__exhibition__in=self.values("pk")).delete()
        return super().delete()

    def for_detail(self):
        return self.for_listing().prefetch_related(
            models.Prefetch("events", queryset=Event.objects.public(), to_attr="public_events")
        )


class ExhibitionType(models.TextChoices):
    PHYSICAL = "physical", _("Physical")
    VIRTUAL = "virtual", _("Virtual")
    TRAVELLING = "travelling", _("Travelling")


class ExhibitionStage(models.TextChoices):
    """Where an exhibition stands on a given day. Derived from its dates, never stored, so it
    cannot disagree with them."""

    PLANNED = "planned", _("Planned")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class Exhibition(Publishable, Timestamped, Versioned):
    ExhibitionType = ExhibitionType
    Stage = ExhibitionStage

    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=500, blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_ru = models.TextField(_("summary (Russian)"), blank=True)
    summary_kk = models.TextField(_("summary (Kazakh)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_kk = models.TextField(_("description (Kazakh)"), blank=True)
    title = TranslatedField()
    summary = TranslatedField()
    description = TranslatedField()

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    exhibition_type = models.CharField(
        _("type"), max_length=12, choices=ExhibitionType, default=ExhibitionType.PHYSICAL
    )
    start_date = models.DateField(_("opens"))
    end_date = models.DateField(
        _("closes"), null=True, blank=True, help_text=_("Leave empty for an open-ended display.")
    )
    venues = models.ManyToManyField(
        Venue,
        verbose_name=_("venues"),
        through=ExhibitionVenue,
        blank=True,
        related_name="exhibitions",
    )
    organizers = models.ManyToManyField(
        Organization, verbose_name=_("organizers"), blank=True, related_name="exhibitions_organized"
    )
    partners = models.ManyToManyField(
        Organization,
        verbose_name=_("partner institutions"),
        blank=True,
        related_name="exhibitions_partnered",
    )
    events = models.ManyToManyField(
        Event, verbose_name=_("related events"), blank=True, related_name="exhibitions"
    )
    curators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("curators"),
        blank=True,
        related_name="+",
        limit_choices_to={"is_staff": True},
    )
    items = models.ManyToManyField(
        CollectionItem,
        verbose_name=_("objects"),
        through="ExhibitionItem",
        blank=True,
        related_name="exhibitions",
    )
    cover_image = models.ImageField(
        _("cover image"),
        upload_to="exhibitions/",
        blank=True,
        help_text=_("Shown on exhibition lists and when the page is shared."),
    )
    cover_thumbnail = models.ImageField(
        _("cover thumbnail"), upload_to="exhibitions/thumbnails/", blank=True, editable=False
    )
    cover_alt_en = models.CharField(_("cover alt text (English)"), max_length=300, blank=True)
    cover_alt_ru = models.CharField(_("cover alt text (Russian)"), max_length=300, blank=True)
    cover_alt_kk = models.CharField(_("cover alt text (Kazakh)"), max_length=300, blank=True)
    cover_alt = TranslatedField()

    objects = ExhibitionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta(Publishable.Meta):
        verbose_name = _("exhibition")
        verbose_name_plural = _("exhibitions")
        ordering = ["-start_date", "title_en"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__lte=models.F("end_date")),
                name="exhibition_opens_before_closing",
            ),
            models.CheckConstraint(
                condition=models.Q(exhibition_type__in=ExhibitionType.values),
                name="exhibition_type_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self._derive_cover_thumbnail()
        super().save(*args, **kwargs)

    @transaction.atomic
    def delete(self, *args, **kwargs):
        Booking.objects.filter(exhibitionbooking__stop__exhibition=self).delete()
        return super().delete(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("catalogue:exhibition", kwargs={"slug": self.slug})

    def _derive_cover_thumbnail(self) -> None:
        """Lists show a 400 px copy of the cover, made when a new cover is uploaded."""
        if not self.cover_image:
            self.cover_thumbnail = ""
        elif not getattr(self.cover_image, "_committed", True) or not self.cover_thumbnail:
            save_thumbnail(self.cover_image, self.cover_thumbnail)

    @property
    def cover_thumbnail_url(self) -> str:
        return (self.cover_thumbnail or self.cover_image).url if self.cover_image else ""

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("An exhibition cannot close before it opens.")})
        if (
            self.cover_image
            and not self.cover_alt_en
            and not self.cover_alt_ru
            and not (self.cover_alt_kk)
        ):
            raise ValidationError(
                {"cover_alt_en": _("Describe the cover image for visitors who cannot see it.")}
            )

    @property
    def is_virtual(self) -> bool:
        return self.exhibition_type == ExhibitionType.VIRTUAL

    def stage(self, today: datetime.date | None = None) -> ExhibitionStage:
        today = today or timezone.localdate()
        if today < self.start_date:
            return ExhibitionStage.PLANNED
        if self.end_date and self.end_date < today:
            return ExhibitionStage.CLOSED
        return ExhibitionStage.OPEN

    @property
    def is_open(self) -> bool:
        return self.stage() == ExhibitionStage.OPEN
