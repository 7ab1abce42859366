"""Small builders for test data; each returns a saved object with sensible defaults."""

import datetime
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from authorities.models import Country, Material, Person, Place
from bookings.models import Venue
from collections_app.models import ArchivalDocument, DiplomaticGift, ItemImage, Photograph
from events.models import Event
from exhibitions.models import Exhibition, ExhibitionVenue, Section


def jpeg_bytes(colour: str = "navy", size: tuple[int, int] = (320, 240)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG")
    return out.getvalue()


def upload(name: str = "scan.jpg", colour: str = "navy") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg_bytes(colour), content_type="image/jpeg")


def country(iso_code: str = "KZ", name_en: str = "Kazakhstan", **kwargs) -> Country:
    return Country.objects.create(iso_code=iso_code, name_en=name_en, **kwargs)


def person(name_en: str = "Tuleutai Suleimenov", **kwargs) -> Person:
    return Person.objects.create(name_en=name_en, **kwargs)


def place(name_en: str = "Astana", **kwargs) -> Place:
    return Place.objects.create(name_en=name_en, **kwargs)


def material(name_en: str = "silver", **kwargs) -> Material:
    return Material.objects.create(name_en=name_en, **kwargs)


def event(title_en: str = "OSCE Summit", slug: str = "osce-summit-2010", **kwargs) -> Event:
    kwargs.setdefault("event_type", "summit")
    kwargs.setdefault("start_date", "2010-12-01")
    return Event.objects.create(title_en=title_en, slug=slug, **kwargs)


def document(title_en: str = "Note verbale on joining the UN", **kwargs) -> ArchivalDocument:
    kwargs.setdefault("document_type", "note_verbale")
    return ArchivalDocument.objects.create(title_en=title_en, **kwargs)


def photograph(title_en: str = "Flag raising at UN headquarters", **kwargs) -> Photograph:
    return Photograph.objects.create(title_en=title_en, **kwargs)


def gift(title_en: str = "Silver dish", **kwargs) -> DiplomaticGift:
    kwargs.setdefault("category", "tableware")
    return DiplomaticGift.objects.create(title_en=title_en, **kwargs)


def image(item, *, is_primary: bool = True, position: int = 0, colour: str = "navy") -> ItemImage:
    return ItemImage.objects.create(
        item=item, image=upload(colour=colour), is_primary=is_primary, position=position
    )


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


def venue(name_en: str = "National Museum", *, is_virtual: bool = False, **kwargs) -> Venue:
    kwargs.setdefault("place", Place.objects.get_or_create(name_en="Astana")[0])
    return Venue.objects.create(name_en=name_en, is_virtual=is_virtual, **kwargs)


def exhibition(
    title_en: str = "Thirty years of diplomacy",
    *,
    start: str = "2027-03-01",
    end: str | None = "2027-06-30",
    **kwargs,
) -> Exhibition:
    kwargs.setdefault("slug", title_en.lower().replace(" ", "-")[:120])
    return Exhibition.objects.create(
        title_en=title_en, start_date=_date(start), end_date=_date(end), **kwargs
    )


def stop(exhibition: Exhibition, venue: Venue, start: str, end: str) -> ExhibitionVenue:
    return ExhibitionVenue.objects.create(
        exhibition=exhibition, venue=venue, start_date=_date(start), end_date=_date(end)
    )


def section(exhibition: Exhibition, title_en: str = "Beginnings", position: int = 1) -> Section:
    return Section.objects.create(exhibition=exhibition, title_en=title_en, position=position)
