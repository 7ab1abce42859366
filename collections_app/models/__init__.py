from .accession import AccessionCounter
from .item_links import GiftMaterial, ItemCountry, ItemEvent, ItemOrganization, ItemSubject
from .items import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemImage,
    ItemPerson,
    ItemType,
    Photograph,
    RightsStatement,
)

__all__ = [
    "AccessionCounter",
    "ArchivalDocument",
    "CollectionItem",
    "DiplomaticGift",
    "GiftMaterial",
    "ItemCountry",
    "ItemEvent",
    "ItemImage",
    "ItemOrganization",
    "ItemPerson",
    "ItemSubject",
    "ItemType",
    "Photograph",
    "RightsStatement",
]
