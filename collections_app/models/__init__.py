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
    "ItemImage",
    "ItemPerson",
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
