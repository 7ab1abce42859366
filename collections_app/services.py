"""Writes that touch several records at once."""

from django.db import transaction

from collections_app.models import CollectionItem, ItemImage


@transaction.atomic
def ensure_primary_image(item: CollectionItem) -> ItemImage | None:
    """Make the first image primary when a record has images but none is primary."""
    images = ItemImage.objects.select_for_update().filter(item=item)
    primary = images.filter(is_primary=True).first()
    if primary is None:
        primary = images.order_by("position", "id").first()
        if primary is not None:
            primary.is_primary = True
            primary.save(update_fields=["is_primary"])
    return primary
