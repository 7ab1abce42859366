from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectionsConfig(AppConfig):
    name = "collections_app"
    verbose_name = _("Collection")

    def ready(self):
        from .models import CollectionItem, DiplomaticGift
        from .models.protect import protect_many_to_many

        # A record's links to authorities are refused deletion, never cascaded.
        protect_many_to_many(
            CollectionItem.countries,
            CollectionItem.organizations,
            CollectionItem.events,
            CollectionItem.subjects,
            DiplomaticGift.materials,
        )
