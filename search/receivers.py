"""What changes a search document: records, their links and images, and the names of
linked authorities.

The index is derived data, so it is maintained from model signals: every way of changing
a record (admin, import, history revert, shell) then updates it, and each transaction
reindexes each touched record once, on commit (search.services.queue_reindex). Images
count too: what is cached under the index version (catalogue cards with their
thumbnails, search counts filtered by image) must change with them.
"""

from django.core.signals import request_started
from django.db.models import Field
from django.db.models.signals import m2m_changed, post_delete, post_save

from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemImage,
    Photograph,
)
from search.links import LINKED, Link, link_tables, name_rows
from search.services import discard_pending, items_linked_to, queue_reindex

RECORD_MODELS = (CollectionItem, ArchivalDocument, Photograph, DiplomaticGift)


def _record_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex([instance.pk])


def _record_deleted(sender, instance, **kwargs):
    # The document and facets go with the record (CASCADE); what was derived from the
    # whole index must not outlive it.
    queue_reindex([instance.pk])


for _record_model in RECORD_MODELS:
    _name = _record_model.__name__
    post_save.connect(_record_saved, sender=_record_model, dispatch_uid=f"search-{_name}")
    post_delete.connect(
        _record_deleted, sender=_record_model, dispatch_uid=f"search-deleted-{_name}"
    )


# What a record is linked to (search.links.LINKED): a change to one of them, or
# to one of its further names, changes the documents of the records reaching it.


def _authority_changed(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        queue_reindex(items_linked_to(sender._meta.model_name, instance.pk))


for _key, _linked in LINKED.items():
    post_save.connect(
        _authority_changed, sender=_linked.model, dispatch_uid=f"search-authority-{_key}"
    )


def _names_changed(key: str, attname: str):
    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            queue_reindex(items_linked_to(key, getattr(instance, attname)))

    return changed


for _key, _model, _attname in name_rows():
    _receiver = _names_changed(_key, _attname)
    post_save.connect(_receiver, sender=_model, weak=False, dispatch_uid=f"search-{_key}-names")
    post_delete.connect(
        _receiver, sender=_model, weak=False, dispatch_uid=f"search-{_key}-names-deleted"
    )


# A record's links and images: rows of their own, naming the record.


def _item_row_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_reindex([getattr(instance, _ITEM_KEYS[sender])])


def _item_key(link: Link) -> str:
    """The column of a link table's row holding the record's id."""
    field = link.model._meta.get_field(link.item)
    if not isinstance(field, Field):
        raise TypeError(f"{link.model.__name__}.{link.item}: not a column")
    return field.attname


_ITEM_KEYS = {link.model: _item_key(link) for link in link_tables()}
_ITEM_KEYS[ItemImage] = "item_id"

for _model in _ITEM_KEYS:
    _uid = f"search-{_model.__name__}"
    post_save.connect(_item_row_changed, sender=_model, dispatch_uid=f"{_uid}-saved")
    post_delete.connect(_item_row_changed, sender=_model, dispatch_uid=f"{_uid}-deleted")


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


for _linked in LINKED.values():
    for _path in _linked.direct_paths:
        _field = _path.fields[-1]
        if _field.many_to_many:
            _through = _field.remote_field.through
            m2m_changed.connect(
                _links_changed, sender=_through, dispatch_uid=f"search-m2m-{_through.__name__}"
            )


# Keys a rolled-back transaction left pending are not carried into the next request.
request_started.connect(discard_pending, dispatch_uid="search_discard_pending")
