"""The link tables behind a record's many-to-many fields, declared so that the link to the
authority is ``on_delete=PROTECT``: an authority a record uses cannot be deleted out from
under it. They hold nothing but the two keys, so ``record.countries.add()`` and ``set()``
work as on an auto-created table (and the admin edits them the same way,
core.admin_links). The tables and columns are the ones Django created for the fields
before they were declared (migration 0005)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from authorities.models import Country, Material, Organization, Subject

from .items import CollectionItem, DiplomaticGift


class RecordLink(models.Model):
    """A record's link to an authority; shows as its record (in the admin's list of what
    protects an authority from deletion)."""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(self.item)


class ItemLink(RecordLink):
    """A link from any record (the shared table's key, under the auto-created column name)."""

    item = models.ForeignKey(
        CollectionItem,
        verbose_name=_("record"),
        on_delete=models.CASCADE,
        db_column="collectionitem_id",
        related_name="+",
    )

    class Meta:
        abstract = True


class ItemCountry(ItemLink):
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        db_table = "collections_app_collectionitem_countries"
        verbose_name = _("country of a record")
        verbose_name_plural = _("countries of records")
        constraints = [
            models.UniqueConstraint(fields=["item", "country"], name="item_country_unique"),
        ]


class ItemOrganization(ItemLink):
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        db_table = "collections_app_collectionitem_organizations"
        verbose_name = _("organization of a record")
        verbose_name_plural = _("organizations of records")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "organization"], name="item_organization_unique"
            ),
        ]


class ItemEvent(ItemLink):
    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        db_table = "collections_app_collectionitem_events"
        verbose_name = _("event of a record")
        verbose_name_plural = _("events of records")
        constraints = [
            models.UniqueConstraint(fields=["item", "event"], name="item_event_unique"),
        ]


class ItemSubject(ItemLink):
    subject = models.ForeignKey(
        Subject, verbose_name=_("subject"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        db_table = "collections_app_collectionitem_subjects"
        verbose_name = _("subject of a record")
        verbose_name_plural = _("subjects of records")
        constraints = [
            models.UniqueConstraint(fields=["item", "subject"], name="item_subject_unique"),
        ]


class GiftMaterial(RecordLink):
    item = models.ForeignKey(
        DiplomaticGift,
        verbose_name=_("gift"),
        on_delete=models.CASCADE,
        db_column="diplomaticgift_id",
        related_name="+",
    )
    material = models.ForeignKey(
        Material, verbose_name=_("material"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        db_table = "collections_app_diplomaticgift_materials"
        verbose_name = _("material of a gift")
        verbose_name_plural = _("materials of gifts")
        constraints = [
            models.UniqueConstraint(fields=["item", "material"], name="gift_material_unique"),
        ]
