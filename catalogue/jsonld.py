"""schema.org descriptions of public pages, as JSON-LD.

Built only from public fields; staff-only fields (valuations, storage locations, internal
notes) never appear here. ``dumps`` escapes "<", ">" and "&", so a title containing
"</script>" cannot end the script element it is embedded in.
"""

import json
from collections.abc import Callable, Iterable

from django.utils.safestring import SafeString, mark_safe

from authorities.models import Country, Organization, Person
from catalogue.record_page import Linked
from collections_app.models import CollectionItem, ItemType
from events.models import Event
from exhibitions.models import Exhibition

Absolute = Callable[[str], str]

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def dumps(data: dict) -> SafeString:
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=None).translate(_ESCAPES))


def _clean(data: dict) -> dict:
    """Drop empty values, so the description carries only what is known."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def _dates(earliest, latest) -> dict:
    if earliest and latest and earliest != latest:
        return {"temporalCoverage": f"{earliest.isoformat()}/{latest.isoformat()}"}
    if earliest or latest:
        return {"dateCreated": (earliest or latest).isoformat()}
    return {}


def _image_url(image, absolute: Absolute) -> str | None:
    if image is None:
        return None
    return absolute((image.thumbnail or image.image).url)


def _person(person: Person, absolute: Absolute) -> dict:
    return {"@type": "Person", "name": person.name, "url": absolute(person.get_absolute_url())}


def record(item: CollectionItem, child, links: Linked, images: list, absolute: Absolute) -> dict:
    """ArchiveComponent for archival documents, VisualArtwork for photographs and gifts."""
    data = {
        "@context": "https://schema.org",
        "@type": "ArchiveComponent" if item.item_type == ItemType.DOCUMENT else "VisualArtwork",
        "name": item.title,
        "description": item.description,
        "identifier": item.accession_number,
        "url": absolute(item.get_absolute_url()),
        "image": [absolute(image.image.url) for image in images],
        "thumbnailUrl": _image_url(images[0] if images else None, absolute),
        "license": item.rights_statement,
        "creditText": item.credit_line,
        **_dates(item.date_earliest, item.date_latest),
    }
    if item.place:
        data["spatialCoverage"] = {"@type": "Place", "name": item.place.name}
    events = [
        {"@type": "Event", "name": e.title, "url": absolute(e.get_absolute_url())}
        for e in links.events
    ]
    data["about"] = events
    creators = [
        _person(link.person, absolute)
        for link in links.people
        if link.role in ("author", "photographer", "maker")
    ]
    if item.item_type == ItemType.DOCUMENT and child is not None:
        if child.holding_archive:
            data["holdingArchive"] = {
                "@type": "ArchiveOrganization",
                "name": child.holding_archive.name,
                "url": absolute(child.holding_archive.get_absolute_url()),
            }
        data["inLanguage"] = child.language_list()
    elif item.item_type == ItemType.PHOTOGRAPH and child is not None:
        data["artform"] = "photograph"
        if child.photographer and not creators:
            creators = [_person(child.photographer, absolute)]
    elif item.item_type == ItemType.GIFT and child is not None:
        data["artMedium"] = ", ".join(m.name for m in links.materials)
        data["artform"] = child.get_category_display()
        data["size"] = child.dimensions
    data["creator"] = creators
    return _clean(data)


def event(obj: Event, absolute: Absolute) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": obj.title,
        "description": obj.description,
        "startDate": obj.start_date.isoformat(),
        "endDate": obj.end_date.isoformat() if obj.end_date else None,
        "url": absolute(obj.get_absolute_url()),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if obj.place:
        data["location"] = {"@type": "Place", "name": obj.place.name}
    return _clean(data)


def exhibition(
    obj: Exhibition, absolute: Absolute, image=None, works: Iterable[CollectionItem] = ()
) -> dict:
    """ExhibitionEvent. ``image`` is the object image to borrow when the exhibition has no
    cover image of its own; ``works`` the published objects shown (``workFeatured``).
    Expects ``for_detail()`` (``public_events``)."""
    venues = [
        _clean(
            {
                "@type": "Place",
                "name": stop.venue.name,
                "address": stop.venue.address or stop.venue.place.name,
            }
        )
        for stop in obj.stops.all()
        if not stop.venue.is_virtual
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "ExhibitionEvent",
        "name": obj.title,
        "description": obj.summary or obj.description,
        "startDate": obj.start_date.isoformat(),
        "endDate": obj.end_date.isoformat() if obj.end_date else None,
        "url": absolute(obj.get_absolute_url()),
        "location": venues,
        "image": absolute(obj.cover_image.url) if obj.cover_image else _image_url(image, absolute),
        "organizer": [
            {"@type": "Organization", "name": org.name, "url": absolute(org.get_absolute_url())}
            for org in obj.organizers.all()
            if org.has_public_records
        ],
        "about": [
            {"@type": "Event", "name": e.title, "url": absolute(e.get_absolute_url())}
            for e in obj.public_events  # type: ignore[attr-defined]  # Prefetch to_attr
        ],
        "workFeatured": [
            {
                "@type": "CreativeWork",
                "name": item.title,
                "identifier": item.accession_number,
                "url": absolute(item.get_absolute_url()),
            }
            for item in works
        ],
    }
    if obj.exhibition_type == obj.ExhibitionType.VIRTUAL:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
    return _clean(data)


def person(obj: Person, absolute: Absolute) -> dict:
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": obj.name,
            "alternateName": [n for n in obj.all_names() if n != obj.name],
            "jobTitle": obj.title,
            "birthDate": str(obj.birth_year) if obj.birth_year else None,
            "deathDate": str(obj.death_year) if obj.death_year else None,
            "nationality": {"@type": "Country", "name": obj.country.name} if obj.country else None,
            "url": absolute(obj.get_absolute_url()),
        }
    )


def organization(obj: Organization, absolute: Absolute) -> dict:
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": obj.name,
            "alternateName": obj.abbreviation,
            "sameAs": obj.website,
            "url": absolute(obj.get_absolute_url()),
        }
    )


def country(obj: Country, absolute: Absolute) -> dict:
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "Country",
            "name": obj.name,
            "identifier": obj.iso_code,
            "url": absolute(obj.get_absolute_url()),
        }
    )
