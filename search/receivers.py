"""What changes a search document: records, their links and images, and the names of
linked authorities.

The index is derived data, so it is maintained from model signals: every way of changing
a record (admin, import, history revert, shell) then updates it, and each transaction
reindexes each touched record once, on commit (search.services.queue_reindex). Images
count too: what is cached under the index version (catalogue cards with their
thumbnails, search counts filtered by image) must change with them.
"""

from django.core.signals import request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    Country,
    DiplomaticGift,
    ItemImage,
    ItemPerson,
    Material,
    Organization,
    Person,
    PersonNameVariant,
    Photograph,
    Place,
    PlaceName,
    Subject,
)
from events.models import Event
from exhibitions.models import Exhibition, ExhibitionItem
from search.services import discard_pending, items_linked_to, queue_reindex

RECORD_MODELS = (CollectionItem, ArchivalDocument, Photograph, DiplomaticGift)
AUTHORITY_MODELS = (Person, Country, Organization, Place, Material, Subject, Event, Exhibition)


def _record_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex([instance.pk])


def _record_deleted(sender, instance, **kwargs):
    # The document and facets go with the record (CASCADE); what was derived from the
    # whole index must not outlive it.
    queue_reindex([instance.pk])


for _model in RECORD_MODELS:
    post_save.connect(_record_saved, sender=_model, dispatch_uid=f"search-{_model.__name__}")
    post_delete.connect(
        _record_deleted, sender=_model, dispatch_uid=f"search-deleted-{_model.__name__}"
    )


def _authority_changed(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        queue_reindex(items_linked_to(sender._meta.model_name, instance.pk))


for _model in AUTHORITY_MODELS:
    post_save.connect(
        _authority_changed, sender=_model, dispatch_uid=f"search-authority-{_model.__name__}"
    )


@receiver(post_save, sender=PersonNameVariant, dispatch_uid="search-person-variant-saved")
@receiver(post_delete, sender=PersonNameVariant, dispatch_uid="search-person-variant-deleted")
def _variant_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex(items_linked_to("person", instance.person_id))


@receiver(post_save, sender=PlaceName, dispatch_uid="search-place-name-saved")
@receiver(post_delete, sender=PlaceName, dispatch_uid="search-place-name-deleted")
def _place_name_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex(items_linked_to("place", instance.place_id))


@receiver(post_save, sender=ItemImage, dispatch_uid="search-item-image-saved")
@receiver(post_delete, sender=ItemImage, dispatch_uid="search-item-image-deleted")
@receiver(post_save, sender=ExhibitionItem, dispatch_uid="search-exhibition-item-saved")
@receiver(post_delete, sender=ExhibitionItem, dispatch_uid="search-exhibition-item-deleted")
@receiver(post_save, sender=ItemPerson, dispatch_uid="search-item-person-saved")
@receiver(post_delete, sender=ItemPerson, dispatch_uid="search-item-person-deleted")
def _item_link_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex([instance.item_id])


def _links_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "pre_clear", "post_clear"):
        return
    if not reverse:
        if action != "pre_clear":
            queue_reindex([instance.pk])
    elif action == "pre_clear":
        # The authority is about to lose all its records: note them while they are linked.
        queue_reindex(items_linked_to(instance._meta.model_name, instance.pk))
    elif pk_set:
        queue_reindex(pk_set)


for _field in (
    CollectionItem.countries,
    CollectionItem.organizations,
    CollectionItem.events,
    CollectionItem.subjects,
    DiplomaticGift.materials,
):
    m2m_changed.connect(
        _links_changed, sender=_field.through, dispatch_uid=f"search-m2m-{_field.through.__name__}"
    )


# Keys a rolled-back transaction left pending are not carried into the next request.
request_started.connect(discard_pending, dispatch_uid="search_discard_pending")
