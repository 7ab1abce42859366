"""How an exhibition's objects are arranged: sections in order, objects in order with labels."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from bookings.models import Booking
from collections_app.models import CollectionItem, ItemImage
from core.i18n import TranslatedField
from core.models import PublicationStatus, Versioned


class Section(Versioned):
    """A part of an exhibition with its own introduction, e.g. "The first embassies"."""

    exhibition = models.ForeignKey(
        "exhibitions.Exhibition",
        verbose_name=_("exhibition"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    title_en = models.CharField(_("title (English)"), max_length=300)
    title_ru = models.CharField(_("title (Russian)"), max_length=300, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=300, blank=True)
    introduction_en = models.TextField(_("introduction (English)"), blank=True)
    introduction_ru = models.TextField(_("introduction (Russian)"), blank=True)
    introduction_kk = models.TextField(_("introduction (Kazakh)"), blank=True)
    title = TranslatedField()
    introduction = TranslatedField()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["exhibition", "position", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{self.exhibition.get_absolute_url()}#section-{self.pk}"


class ExhibitionItemQuerySet(models.QuerySet):
    @transaction.atomic
    def delete(self):
        """An object's bookings go with it (see ExhibitionBooking)."""
        Booking.objects.filter(exhibitionbooking__exhibition_item__in=self.values("pk")).delete()
        return super().delete()

    def in_display_order(self):
        """Objects outside any section first, then section by section, each in its order."""
        return self.order_by(
            models.F("section__position").asc(nulls_first=True), "section_id", "position", "id"
        )

    def public(self):
        """What visitors see: published objects only (the exhibition's own door is separate)."""
        return self.filter(item__status=PublicationStatus.PUBLISHED)

    def for_checklist(self):
        """What a checklist row or a wall label reads: the record, its type's table, its
        primary image and a gift's materials (three queries, a fourth if gifts are among
        them), in display order."""
        return (
            self.select_related("item", "item__diplomaticgift")
            .prefetch_related(
                models.Prefetch(
                    "item__images",
                    queryset=ItemImage.objects.filter(is_primary=True),
                    to_attr="primary_images",
                ),
                "item__diplomaticgift__materials",
            )
            .in_display_order()
        )


class ExhibitionItem(Versioned):
    """An object shown in an exhibition: where it sits, in what order, with what label."""

    exhibition = models.ForeignKey(
        "exhibitions.Exhibition",
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
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="entries",
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    label_en = models.TextField(_("label (English)"), blank=True)
    label_ru = models.TextField(_("label (Russian)"), blank=True)
    label_kk = models.TextField(_("label (Kazakh)"), blank=True)
    label = TranslatedField()
    case_number = models.CharField(
        _("case or wall"), max_length=50, blank=True, help_text=_("E.g. “Case 3” or “Wall B”.")
    )
    display_notes = models.TextField(
        _("display notes"),
        blank=True,
        help_text=_("For staff only: mounting, light levels, rotation. Never shown to visitors."),
    )

    objects = ExhibitionItemQuerySet.as_manager()
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

    @transaction.atomic
    def delete(self, *args, **kwargs):
        Booking.objects.filter(exhibitionbooking__exhibition_item=self).delete()
        return super().delete(*args, **kwargs)

    def clean(self):
        super().clean()
        if (
            self.section_id
            and self.exhibition_id
            and self.section.exhibition_id != (self.exhibition_id)
        ):
            raise ValidationError({"section": _("Choose a section of this exhibition.")})
