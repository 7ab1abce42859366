"""Write the demo collection (``data``) to the database, once.

Everything is looked up by its natural key first: countries by ISO code, authorities by
English name, events and exhibitions by slug, records by (type, English title). What exists
is skipped without being saved, together with everything hanging off it (name variants,
links, images), so a second run writes nothing at all: no rows, no history, no new
``updated_at``.
"""

import unicodedata
from dataclasses import dataclass
from io import BytesIO
from typing import Protocol

from django.core.files.base import ContentFile
from django.db import models, transaction
from PIL import Image, ImageDraw, ImageFont

from authorities.models import (
    Country,
    Material,
    Organization,
    Person,
    PersonNameVariant,
    Place,
    PlaceName,
    Subject,
)
from bookings.models import Venue
from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemImage,
    ItemPerson,
    ItemType,
    Photograph,
    RightsStatement,
)
from collections_app.models.items import PersonRole
from events.models import Event
from exhibitions import services as exhibition_services
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionVenue, Section

from . import data

CHANGE_REASON = "Demo collection (manage.py load_demo)"


class Writer(Protocol):
    def write(self, text: str, /) -> object: ...


@dataclass
class Tally:
    created: int = 0
    existing: int = 0


def load_demo(*, stdout: Writer | None = None) -> dict[str, dict[str, int]]:
    """Create whatever part of the demo collection is missing; return the counts.

    The result maps each kind of row ("records", "events", ...) to how many were
    ``created`` now and how many were ``existing`` already and left untouched.
    """
    with transaction.atomic():
        loader = _DemoLoader()
        loader.run()
    summary = {
        name: {"created": t.created, "existing": t.existing} for name, t in loader.tally.items()
    }
    if stdout is not None:
        for name, counts in summary.items():
            stdout.write(
                f"{name}: {counts['created']} created, {counts['existing']} already present\n"
            )
    return summary


def _save(obj: models.Model) -> None:
    # Fields, validators and clean() are checked here; the named constraints are left to
    # the database, which enforces them in the same transaction (checking them in Python
    # costs a query each and made up a third of the load time).
    obj.full_clean(validate_constraints=False)
    obj._change_reason = CHANGE_REASON  # read by django-simple-history
    obj.save()


def _names(text: data.Text, field: str = "name") -> dict[str, str]:
    return {f"{field}_en": text.en, f"{field}_ru": text.ru, f"{field}_kk": text.kk}


class _DemoLoader:
    def __init__(self) -> None:
        self.tally: dict[str, Tally] = {
            name: Tally()
            for name in (
                "countries",
                "people",
                "places",
                "organizations",
                "materials",
                "subjects",
                "events",
                "records",
                "venues",
                "exhibitions",
            )
        }
        self.countries: dict[str, Country] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.organizations: dict[str, Organization] = {}
        self.materials: dict[str, Material] = {}
        self.subjects: dict[str, Subject] = {}
        self.events: dict[str, Event] = {}
        self.records: dict[str, CollectionItem] = {}
        self.venues: dict[str, Venue] = {}

    def run(self) -> None:
        self.load_countries()
        self.load_people()
        self.load_places()
        self.load_organizations()
        self.materials = self.load_terms(Material, data.MATERIALS, "materials")
        self.subjects = self.load_terms(Subject, data.SUBJECTS, "subjects")
        self.load_events()
        self.load_records()
        self.load_venues()
        self.load_exhibitions()

    # Authorities ---------------------------------------------------------------------------

    def load_countries(self) -> None:
        existing = Country.objects.in_bulk([c.iso for c in data.COUNTRIES], field_name="iso_code")
        for spec in data.COUNTRIES:
            country = existing.get(spec.iso)
            if country is None:
                country = Country(
                    iso_code=spec.iso,
                    relations_established=spec.relations_established,
                    **_names(spec.name),
                )
                _save(country)
                self.tally["countries"].created += 1
            else:
                self.tally["countries"].existing += 1
            self.countries[spec.iso] = country

    def load_people(self) -> None:
        existing = _by_english_name(Person, [p.name.en for p in data.PEOPLE])
        for spec in data.PEOPLE:
            person = existing.get(spec.name.en)
            if person is not None:
                self.tally["people"].existing += 1
            else:
                person = Person(
                    title=spec.title,
                    country=self.countries.get(spec.country) if spec.country else None,
                    birth_year=spec.birth_year,
                    note=spec.note,
                    **_names(spec.name),
                )
                _save(person)
                for variant in spec.variants:
                    _save(
                        PersonNameVariant(
                            person=person,
                            name=variant.name,
                            script=variant.script,
                            note=variant.note,
                        )
                    )
                self.tally["people"].created += 1
            self.people[spec.key] = person

    def load_places(self) -> None:
        existing = _by_english_name(Place, [p.name.en for p in data.PLACES])
        for spec in data.PLACES:
            place = existing.get(spec.name.en)
            if place is not None:
                self.tally["places"].existing += 1
            else:
                place = Place(
                    country=self.countries.get(spec.country) if spec.country else None,
                    latitude=spec.latitude,
                    longitude=spec.longitude,
                    **_names(spec.name),
                )
                _save(place)
                for name in spec.historical_names:
                    _save(
                        PlaceName(
                            place=place,
                            name=name.name,
                            language=name.language,
                            used_from=name.used_from,
                            used_until=name.used_until,
                        )
                    )
                self.tally["places"].created += 1
            self.places[spec.key] = place

    def load_organizations(self) -> None:
        existing = _by_english_name(Organization, [o.name.en for o in data.ORGANIZATIONS])
        for spec in data.ORGANIZATIONS:
            organization = existing.get(spec.name.en)
            if organization is not None:
                self.tally["organizations"].existing += 1
            else:
                organization = Organization(
                    kind=spec.kind,
                    abbreviation=spec.abbreviation,
                    country=self.countries.get(spec.country) if spec.country else None,
                    website=spec.website,
                    **_names(spec.name),
                )
                _save(organization)
                self.tally["organizations"].created += 1
            self.organizations[spec.key] = organization

    def load_terms(
        self, model: type[Material] | type[Subject], specs: tuple[data.TermData, ...], tally: str
    ) -> dict[str, Material | Subject]:
        # Names are unique regardless of case (Lower("name_en") constraint); the tables are small.
        existing = {term.name_en.lower(): term for term in model.objects.all()}
        found: dict[str, Material | Subject] = {}
        for spec in specs:
            term = existing.get(spec.name.en.lower())
            if term is not None:
                self.tally[tally].existing += 1
            else:
                term = model(**_names(spec.name))
                if spec.aat_uri:
                    term.aat_uri = spec.aat_uri
                _save(term)
                self.tally[tally].created += 1
            found[spec.key] = term
        return found

    # Events ------------------------------------------------------------------------------

    def load_events(self) -> None:
        existing = Event.objects.in_bulk([e.slug for e in data.EVENTS], field_name="slug")
        for spec in data.EVENTS:  # parents come before their children
            event = existing.get(spec.slug)
            if event is not None:
                self.tally["events"].existing += 1
            else:
                event = Event(
                    slug=spec.slug,
                    event_type=spec.event_type,
                    start_date=spec.start,
                    end_date=spec.end,
                    place=self.places[spec.place] if spec.place else None,
                    parent=self.events[spec.parent] if spec.parent else None,
                    status=spec.status,
                    **_names(spec.title, "title"),
                    **_names(spec.description, "description"),
                )
                _save(event)
                event.countries.add(*(self.countries[iso] for iso in spec.countries))
                event.organizations.add(*(self.organizations[k] for k in spec.organizations))
                event.participants.add(*(self.people[k] for k in spec.participants))
                self.tally["events"].created += 1
            self.events[spec.slug] = event

    # Records -----------------------------------------------------------------------------

    def load_records(self) -> None:
        existing = {
            (item.item_type, item.title_en): item
            for item in CollectionItem.objects.filter(
                title_en__in=[r.title.en for r in data.RECORDS]
            ).order_by("pk")
        }
        for spec in data.RECORDS:
            item = existing.get((_item_type(spec), spec.title.en))
            if item is not None:
                self.tally["records"].existing += 1
            else:
                item = self.create_record(spec)
                self.tally["records"].created += 1
            self.records[spec.key] = item

    def create_record(self, spec: data.RecordData) -> CollectionItem:
        item = self.build_record(spec)
        item.item_type = item.ITEM_TYPE
        _save(item)  # the accession number is assigned here

        item.countries.add(*(self.countries[iso] for iso in spec.countries))
        item.organizations.add(*(self.organizations[k] for k in spec.organizations))
        item.events.add(*(self.events[slug] for slug in spec.events))
        item.subjects.add(*(self.subjects[k] for k in spec.subjects))
        if isinstance(spec, data.GiftData):
            item.materials.add(*(self.materials[k] for k in spec.materials))

        links = list(spec.people)
        if isinstance(spec, data.PhotographData) and spec.photographer:
            links.append((spec.photographer, PersonRole.PHOTOGRAPHER))
        if isinstance(spec, data.GiftData):
            if spec.giver:
                links.append((spec.giver, PersonRole.GIVER))
            if spec.recipient:
                links.append((spec.recipient, PersonRole.RECIPIENT))
        for position, (person, role) in enumerate(dict.fromkeys(links)):
            _save(ItemPerson(item=item, person=self.people[person], role=role, position=position))

        self.add_image(item, spec)
        return item

    def build_record(self, spec: data.RecordData) -> CollectionItem:
        common = {
            **_names(spec.title, "title"),
            **{
                f"description_{code}": f"{text} {marker}"
                for code, text, marker in zip(
                    ("en", "ru", "kk"), spec.description, data.ILLUSTRATIVE, strict=True
                )
            },
            "date_display": spec.date_display,
            "date_earliest": spec.earliest,
            "date_latest": spec.latest,
            "place": self.places[spec.place] if spec.place else None,
            "status": spec.status,
            "rights_statement": _RIGHTS[_item_type(spec)],
            "credit_line": data.CREDIT_LINE,
            "storage_location": spec.storage_location,
            "internal_notes": " ".join(filter(None, (data.INTERNAL_NOTE, spec.note))),
        }
        if isinstance(spec, data.DocumentData):
            return ArchivalDocument(
                **common,
                document_type=spec.document_type,
                languages=spec.languages,
                reference_code=spec.reference_code,
                holding_archive=(
                    self.organizations[spec.holding_archive] if spec.holding_archive else None
                ),
                page_count=spec.page_count,
                originality=spec.originality,
                transcription=spec.transcription,
            )
        if isinstance(spec, data.PhotographData):
            return Photograph(
                **common,
                photographer=self.people[spec.photographer] if spec.photographer else None,
                format=spec.format,
                colour=spec.colour,
                dimensions=spec.dimensions,
            )
        if isinstance(spec, data.GiftData):
            return DiplomaticGift(
                **common,
                category=spec.category,
                technique=spec.technique,
                dimensions=spec.dimensions,
                weight_grams=spec.weight_grams,
                giver=self.people[spec.giver] if spec.giver else None,
                giver_title=spec.giver_title,
                giving_country=self.countries[spec.giving_country] if spec.giving_country else None,
                giving_organization=(
                    self.organizations[spec.giving_organization]
                    if spec.giving_organization
                    else None
                ),
                recipient=self.people[spec.recipient] if spec.recipient else None,
                recipient_title=spec.recipient_title,
                occasion=self.events[spec.occasion] if spec.occasion else None,
                disposition=spec.disposition,
                estimated_value=spec.estimated_value,
                value_currency=spec.value_currency,
            )
        raise TypeError(f"Unknown record type: {type(spec).__name__}")

    def add_image(self, item: CollectionItem, spec: data.RecordData) -> None:
        number = item.accession_number
        content = render_demo_image(
            item_type=item.item_type,
            title=spec.title.en,
            accession_number=number,
            date_display=spec.date_display,
        )
        image = ItemImage(
            item=item,
            image=ContentFile(content, name=f"{number.lower()}.jpg"),
            caption_en=spec.title.en,
            caption_ru=spec.title.ru,
            caption_kk=spec.title.kk,
            alt_text_en=_clip(
                f"Generated placeholder card for the {_TYPE_NAMES[item.item_type].en} "
                f"“{spec.title.en}”, with its accession number {number}.",
            ),
            alt_text_ru=_clip(
                f"Сгенерированная карточка-заглушка для записи «{spec.title.ru}» "
                f"({_TYPE_NAMES[item.item_type].ru}), инвентарный номер {number}.",
            ),
            alt_text_kk=_clip(
                f"«{spec.title.kk}» жазбасына ({_TYPE_NAMES[item.item_type].kk}) арналған "
                f"автоматты карточка, инвентарлық нөмірі {number}.",
            ),
            credit=data.IMAGE_CREDIT,
            position=0,
            is_primary=True,
        )
        image._change_reason = CHANGE_REASON
        image.save()  # derives the checksum and the thumbnail

    # Exhibitions -------------------------------------------------------------------------

    def load_venues(self) -> None:
        existing = _by_english_name(Venue, [v.name.en for v in data.VENUES])
        for spec in data.VENUES:
            venue = existing.get(spec.name.en)
            if venue is not None:
                self.tally["venues"].existing += 1
            else:
                venue = Venue(
                    place=self.places[spec.place],
                    organization=self.organizations[spec.organization]
                    if spec.organization
                    else None,
                    address=spec.address,
                    **_names(spec.name),
                )
                _save(venue)
                self.tally["venues"].created += 1
            self.venues[spec.key] = venue

    def load_exhibitions(self) -> None:
        existing = Exhibition.objects.in_bulk([e.slug for e in data.EXHIBITIONS], field_name="slug")
        for spec in data.EXHIBITIONS:
            if spec.slug in existing:
                self.tally["exhibitions"].existing += 1
                continue
            exhibition = Exhibition(
                slug=spec.slug,
                exhibition_type=spec.exhibition_type,
                start_date=spec.start,
                end_date=spec.end,
                status=spec.status,
                **_names(spec.title, "title"),
                **_names(spec.summary, "summary"),
            )
            _save(exhibition)
            exhibition.organizers.add(*(self.organizations[k] for k in spec.organizers))
            exhibition.partners.add(*(self.organizations[k] for k in spec.partners))
            exhibition.events.add(*(self.events[slug] for slug in spec.events))
            for stop in spec.stops:
                _save(
                    ExhibitionVenue(
                        exhibition=exhibition,
                        venue=self.venues[stop.venue],
                        start_date=stop.start,
                        end_date=stop.end,
                    )
                )
            sections = {}
            for position, section_spec in enumerate(spec.sections, start=1):
                sections[section_spec.key] = Section(
                    exhibition=exhibition,
                    position=position,
                    **_names(section_spec.title, "title"),
                    **_names(section_spec.introduction, "introduction"),
                )
                _save(sections[section_spec.key])
            for position, shown in enumerate(spec.items, start=1):
                _save(
                    ExhibitionItem(
                        exhibition=exhibition,
                        item=self.records[shown.record],
                        section=sections.get(shown.section),
                        position=position,
                        case_number=shown.case,
                        **_names(shown.label, "label"),
                    )
                )
            exhibition_services.sync_bookings(exhibition)
            self.tally["exhibitions"].created += 1


def _by_english_name(model: type[models.Model], names: list[str]) -> dict[str, models.Model]:
    """Existing rows by English name; the oldest wins if a name is used twice."""
    found: dict[str, models.Model] = {}
    for obj in model.objects.filter(name_en__in=names).order_by("-pk"):
        found[obj.name_en] = obj
    return found


def _item_type(spec: data.RecordData) -> str:
    if isinstance(spec, data.DocumentData):
        return ItemType.DOCUMENT
    if isinstance(spec, data.PhotographData):
        return ItemType.PHOTOGRAPH
    return ItemType.GIFT


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_RIGHTS = {
    ItemType.DOCUMENT: RightsStatement.NO_COPYRIGHT_OTHER,
    ItemType.PHOTOGRAPH: RightsStatement.IN_COPYRIGHT_EDU,
    ItemType.GIFT: RightsStatement.UNDETERMINED,
}

_TYPE_NAMES = {
    ItemType.DOCUMENT: data.Text("archival document", "архивный документ", "мұрағат құжаты"),
    ItemType.PHOTOGRAPH: data.Text("photograph", "фотография", "фотосурет"),
    ItemType.GIFT: data.Text("diplomatic gift", "дипломатический подарок", "дипломатиялық сыйлық"),
}

# --- Demo images ---------------------------------------------------------------------------

CARD_SIZE = (1200, 900)
# (dark, light) per record type: sepia documents, slate photographs, burgundy gifts.
CARD_COLOURS = {
    ItemType.DOCUMENT: ((110, 82, 40), (246, 238, 218)),
    ItemType.PHOTOGRAPH: ((40, 66, 92), (228, 235, 243)),
    ItemType.GIFT: ((104, 36, 56), (246, 231, 235)),
}


def render_demo_image(
    *, item_type: str, title: str, accession_number: str, date_display: str = ""
) -> bytes:
    """A 1200 × 900 JPEG card coloured by record type, with the title and accession number.

    Uses Pillow's built-in font only, which covers Latin letters without diacritics, so the
    text is folded to ASCII first ("Kęstutis" is drawn as "Kestutis").
    """
    dark, light = CARD_COLOURS[item_type]
    width, height = CARD_SIZE
    image = Image.new("RGB", CARD_SIZE, dark)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, width - 40, height - 40), fill=light)
    draw.rectangle((40, 40, width - 40, 130), fill=dark)
    _draw_motif(draw, item_type, dark)

    label_font = ImageFont.load_default(size=34)
    title_font = ImageFont.load_default(size=58)
    number_font = ImageFont.load_default(size=48)
    draw.text((80, 65), _TYPE_NAMES[item_type].en.upper(), font=label_font, fill=light)

    y = 180
    for line in _wrap(draw, _drawable(title), title_font, width - 160, max_lines=6):
        draw.text((80, y), line, font=title_font, fill=dark)
        y += 72
    draw.text((80, 690), accession_number, font=number_font, fill=dark)
    if date_display:
        draw.text((80, 755), _drawable(date_display), font=label_font, fill=dark)
    draw.text((80, 805), "Illustrative demo image", font=label_font, fill=dark)

    out = BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def _draw_motif(draw: ImageDraw.ImageDraw, item_type: str, colour: tuple[int, int, int]) -> None:
    """A small emblem in the lower right corner: a page, a photograph or a vase."""
    if item_type == ItemType.DOCUMENT:
        draw.rectangle((960, 640, 1110, 830), outline=colour, width=5)
        for y in range(675, 810, 22):
            draw.line((985, y, 1085, y), fill=colour, width=4)
    elif item_type == ItemType.PHOTOGRAPH:
        draw.rectangle((930, 660, 1120, 820), outline=colour, width=5)
        draw.polygon([(945, 805), (1000, 720), (1040, 770), (1070, 735), (1105, 805)], fill=colour)
        draw.ellipse((1070, 680, 1100, 710), fill=colour)
    else:
        draw.rectangle((998, 640, 1072, 654), fill=colour)
        draw.polygon([(1012, 654), (1058, 654), (1050, 705), (1020, 705)], fill=colour)
        draw.ellipse((972, 690, 1098, 805), fill=colour)
        draw.polygon([(1008, 800), (1062, 800), (1074, 828), (996, 828)], fill=colour)


_PUNCTUATION = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "×": "x"})


def _drawable(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION))
    return folded.encode("ascii", "ignore").decode("ascii")


def _wrap(draw, text: str, font, max_width: int, *, max_lines: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= max_width:
            lines[-1] = candidate
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        words = lines[-1].split()
        while len(words) > 1 and draw.textlength(" ".join(words) + " ...", font=font) > max_width:
            words.pop()
        lines[-1] = " ".join(words) + " ..."
    return lines
