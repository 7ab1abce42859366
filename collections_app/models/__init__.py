from .accession import AccessionCounter
from .authorities import (
    Country,
    Material,
    Organization,
    Person,
    PersonNameVariant,
    Place,
    PlaceName,
    Script,
    Subject,
)
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
    "Country",
    "DiplomaticGift",
    "GiftMaterial",
    "ItemCountry",
    "ItemEvent",
    "ItemImage",
    "ItemOrganization",
    "ItemPerson",
    "ItemSubject",
    "ItemType",
    "Material",
    "Organization",
    "Person",
    "PersonNameVariant",
    "Photograph",
    "Place",
    "PlaceName",
    "RightsStatement",
    "Script",
    "Subject",
]
