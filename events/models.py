"""Historical events that records belong to: visits, summits, anniversaries, UN milestones."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from authorities.models import Country, Organization, Person, Place
from core.i18n import TranslatedField
from core.models import Publishable, PublishableQuerySet, Timestamped, Versioned


class EventQuerySet(PublishableQuerySet):
    def on_day(self, month: int, day: int):
        """Events whose start falls on this day of the year, in any year."""
        return self.filter(start_date__month=month, start_date__day=day)

    def for_listing(self):
        return self.select_related("place")

    def for_detail(self):
        """An event with its place, parent and published sub-events (``public_children``);
        a page shows the parent only when it is published. The public event page adds the
        published exhibitions itself: exhibitions build on this app."""
        return self.select_related("place", "parent").prefetch_related(
            models.Prefetch(
                "children",
                queryset=Event.objects.public().order_by("start_date"),
                to_attr="public_children",
            ),
        )


class EventType(models.TextChoices):
    STATE_VISIT = "state_visit", _("State visit")
    OFFICIAL_VISIT = "official_visit", _("Official visit")
    SUMMIT = "summit", _("Summit")
    CONFERENCE = "conference", _("Conference")
    ROUNDTABLE = "roundtable", _("Roundtable")
    ANNIVERSARY = "anniversary", _("Anniversary")
    TREATY_SIGNING = "treaty_signing", _("Treaty signing")
    UN_MILESTONE = "un_milestone", _("UN milestone")
    EXHIBITION_OPENING = "exhibition_opening", _("Exhibition opening")
    COMMEMORATION = "commemoration", _("Commemoration")
    OTHER = "other", _("Other")


class Event(Publishable, Timestamped, Versioned):
    EventType = EventType

    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=500, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_kk = models.TextField(_("description (Kazakh)"), blank=True)
    title = TranslatedField()
    description = TranslatedField()

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    event_type = models.CharField(_("type"), max_length=20, choices=EventType)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), blank=True, related_name="events"
    )
    organizations = models.ManyToManyField(
        Organization, verbose_name=_("organizations"), blank=True, related_name="events"
    )
    participants = models.ManyToManyField(
        Person, verbose_name=_("participants"), blank=True, related_name="events"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("e.g. the anniversary programme this roundtable belonged to"),
    )

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta(Publishable.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "title_en"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__lte=models.F("end_date")),
                name="event_start_not_after_end",
            ),
            models.CheckConstraint(
                condition=models.Q(event_type__in=EventType.values), name="event_type_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="event_not_own_parent"
            ),
        ]
        indexes = [models.Index(fields=["start_date"], name="event_start_idx")]

    def __str__(self) -> str:
        return f"{self.title} ({self.start_date:%Y})"

    def get_absolute_url(self) -> str:
        return reverse("catalogue:event", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("An event cannot be part of itself.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent
