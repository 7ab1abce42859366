"""Exhibitions: the record, its venues and dates, and how its objects are arranged."""

from exhibitions.models.assembly import ExhibitionItem, ExhibitionItemQuerySet, Section
from exhibitions.models.bookings import ExhibitionBooking
from exhibitions.models.exhibitions import (
    Exhibition,
    ExhibitionQuerySet,
    ExhibitionStage,
    ExhibitionType,
)
from exhibitions.models.venues import ExhibitionVenue

__all__ = [
    "Exhibition",
    "ExhibitionBooking",
    "ExhibitionItem",
    "ExhibitionItemQuerySet",
    "ExhibitionQuerySet",
    "ExhibitionStage",
    "ExhibitionType",
    "ExhibitionVenue",
    "Section",
]
