"""Where each object is committed, and when: one row per object per physical place and period.

Anything that takes an object somewhere (an exhibition stop today; a loan in or out later)
writes rows here, and one check, backed on PostgreSQL by an exclusion constraint, refuses two
rows for the same object whose dates overlap. Rows are derived data: the exhibition (or loan)
is the record, and it keeps the rows in step through ``bookings.services``. This app knows
none of them: each says which of its rows made a booking in a ``BookingSource`` of its own.
"""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from authorities.models import Organization, Place
from collections_app.models import CollectionItem
from core.i18n import TranslatedField
from core.models import Versioned


class Venue(Versioned):
    """A physical place (or a website) where objects are shown or lent to."""

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


def _source_relations() -> list:
    """The reverse one-to-one relations from Booking to every concrete BookingSource."""
    return [
        relation
        for relation in Booking._meta.related_objects
        if relation.one_to_one and issubclass(relation.related_model, BookingSource)
    ]


class BookingQuerySet(models.QuerySet):
    def overlapping(self, start, end):
        """Rows sharing at least one day with [start, end] (both dates included)."""
        return self.filter(start_date__lte=end, end_date__gte=start)

    def for_messages(self):
        """With what ``describe()`` reads: the object, the venue and every kind of source."""
        sources = [
            f"{relation.get_accessor_name()}__{path}"
            for relation in _source_relations()
            for path in relation.related_model.describe_with
        ]
        return self.select_related("item", "venue__place", *sources)


class Booking(models.Model):
    item = models.ForeignKey(
        CollectionItem, verbose_name=_("object"), on_delete=models.CASCADE, related_name="bookings"
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), help_text=_("The last day, included."))
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
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
        ]
        indexes = [models.Index(fields=["item", "start_date"], name="booking_item_start")]

    def __str__(self) -> str:
        return f"{self.item} — {self.describe()}"

    def source(self) -> "BookingSource | None":
        """The row of an upper app that made this booking (None if there is none)."""
        for relation in _source_relations():
            try:
                return getattr(self, relation.get_accessor_name())
            except relation.related_model.DoesNotExist:
                continue
        return None

    def booked_for(self):
        """What the object is booked for (an exhibition, a loan), as its source says."""
        source = self.source()
        return source.booked_for() if source else None

    def describe(self) -> str:
        """What the object is booked for, where and when, for messages and lists."""
        period = f"{date_format(self.start_date)} – {date_format(self.end_date)}"
        return _("“%(source)s” at %(venue)s, %(dates)s") % {
            "source": self.booked_for() or "—",
            "venue": self.venue,
            "dates": period,
        }


class BookingSource(models.Model):
    """What made a booking, kept by the app that made it (an exhibition's stop and object;
    a loan later): a row of its own that points at the booking. Deleting the booking deletes
    this row; the other way round is the source's job, so deleting the source's record must
    delete its bookings first (e.g. exhibitions' models and querysets do)."""

    booking = models.OneToOneField(
        Booking,
        verbose_name=_("booking"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="%(class)s",
    )

    # select_related paths, from the source, that booked_for() reads.
    describe_with: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def booked_for(self):
        raise NotImplementedError
