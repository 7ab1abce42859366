"""Exhibitions: the record, its venues and dates, and how its objects are arranged."""

from exhibitions.models.assembly import ExhibitionItem, ExhibitionItemQuerySet, Section
from exhibitions.models.exhibitions import (
    Exhibition,
    ExhibitionQuerySet,
    ExhibitionStage,
    ExhibitionType,
)
from exhibitions.models.venues import ExhibitionVenue, Venue

__all__ = [
    "Exhibition",
    "ExhibitionItem",
    "ExhibitionItemQuerySet",
    "ExhibitionQuerySet",
    "ExhibitionStage",
    "ExhibitionType",
    "ExhibitionVenue",
    "Section",
    "Venue",
]
