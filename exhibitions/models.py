"""Exhibitions: the basic record. Sections, labels and booking checks build on it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from collections_app.models import CollectionItem, Organization, Place
from core.i18n import TranslatedField
from core.models import Publishable, PublishableQuerySet, Timestamped
from events.models import Event


class Venue(models.Model):
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

    def for_detail(self):
        return self.for_listing().prefetch_related(
            models.Prefetch("events", queryset=Event.objects.public(), to_attr="public_events")
        )


class ExhibitionType(models.TextChoices):
    PHYSICAL = "physical", _("Physical")
    VIRTUAL = "virtual", _("Virtual")
    TRAVELLING = "travelling", _("Travelling")


class Exhibition(Publishable, Timestamped):
    ExhibitionType = ExhibitionType

    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=500, blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_ru = models.TextField(_("summary (Russian)"), blank=True)
    summary_kk = models.TextField(_("summary (Kazakh)"), blank=True)
    title = TranslatedField()
    summary = TranslatedField()

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    exhibition_type = models.CharField(
        _("type"), max_length=12, choices=ExhibitionType.choices, default=ExhibitionType.PHYSICAL
    )
    start_date = models.DateField(_("opens"))
    end_date = models.DateField(_("closes"), null=True, blank=True)
    venues = models.ManyToManyField(
        Venue,
        verbose_name=_("venues"),
        through="ExhibitionVenue",
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
        settings.AUTH_USER_MODEL, verbose_name=_("curators"), blank=True, related_name="+"
    )
    items = models.ManyToManyField(
        CollectionItem,
        verbose_name=_("objects"),
        through="ExhibitionItem",
        blank=True,
        related_name="exhibitions",
    )

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

    def get_absolute_url(self) -> str:
        return reverse("catalogue:exhibition", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("An exhibition cannot close before it opens.")})


class ExhibitionVenue(models.Model):
    """One stop of an exhibition: a venue and its own dates."""

    exhibition = models.ForeignKey(
        Exhibition, verbose_name=_("exhibition"), on_delete=models.CASCADE, related_name="stops"
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


class ExhibitionItem(models.Model):
    """An object shown in an exhibition, in order, with its label."""

    exhibition = models.ForeignKey(
        Exhibition,
        verbose_name=_("exhibition"),
        on_delete=models.CASCADE,
        related_name="exhibition_items",
    )
    item = models.ForeignKey(
        CollectionItem,
        verbose_name=_("object"),
        on_delete=models.PROTECT,
        related_name="exhibition_items",
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    label_en = models.TextField(_("label (English)"), blank=True)
    label_ru = models.TextField(_("label (Russian)"), blank=True)
    label_kk = models.TextField(_("label (Kazakh)"), blank=True)
    label = TranslatedField()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("object in exhibition")
        verbose_name_plural = _("objects in exhibition")
        ordering = ["exhibition", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["exhibition", "item"], name="exhibition_item_once_per_exhibition"
            ),
        ]

    def __str__(self) -> str:
        return str(self.item)
