"""A small published collection with drafts, withdrawn records and staff-only values mixed
in, for the public site's tests. Created inside on-commit capture so the search index is
built as it would be in production."""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from authorities.models import Country, Material, Organization, Person
from collections_app.models import CollectionItem, DiplomaticGift, ItemPerson
from events.models import Event
from exhibitions.models import Exhibition, ExhibitionItem
from tests import factories

PUBLISHED, DRAFT, WITHDRAWN, REVIEW = "published", "draft", "withdrawn", "review"

# Staff-only values no public page, feed or JSON-LD may ever contain.
STORAGE = "VAULT-7-SHELF-STAFFONLY"
NOTES = "INTERNAL-NOTE-STAFFONLY"
VALUE = Decimal("98765.43")
SECRET_TEXTS = [STORAGE, NOTES, "98765", "98,765", "98 765", "98\xa0765"]
# Titles of things visitors must not see.
HIDDEN_TEXTS = ["DRAFTMARKER", "WITHDRAWNMARKER", "REVIEWMARKER", "HIDDENEVENT", "HIDDENSHOW"]


@dataclass
class Collection:
    kz: Country
    jp: Country
    us: Country
    suleimenov: Person
    nazarbayev: Person
    hidden_person: Person
    archive: Organization
    silver: Material
    porcelain: Material
    un: Event
    summit: Event
    hidden_event: Event
    note: CollectionItem
    photo: CollectionItem
    dish: DiplomaticGift
    vase: DiplomaticGift
    draft: CollectionItem
    withdrawn: CollectionItem
    review: CollectionItem
    show: Exhibition
    upcoming_show: Exhibition
    past_show: Exhibition
    hidden_show: Exhibition

    @property
    def public_items(self) -> list[CollectionItem]:
        return [self.note, self.photo, self.dish, self.vase]

    @property
    def hidden_items(self) -> list[CollectionItem]:
        return [self.draft, self.withdrawn, self.review]


def staff_only(**kwargs) -> dict:
    return {"storage_location": STORAGE, "internal_notes": NOTES, **kwargs}


def build_collection() -> Collection:
    today = timezone.localdate()
    kz = factories.country("KZ", "Kazakhstan", name_ru="Казахстан", name_kk="Қазақстан")
    jp = factories.country("JP", "Japan", name_ru="Япония", name_kk="Жапония")
    us = factories.country("US", "United States", name_ru="США")
    suleimenov = factories.person(
        "Tuleutai Suleimenov", name_ru="Тулеутай Сулейменов", title="Foreign Minister"
    )
    nazarbayev = factories.person("Nursultan Nazarbayev", name_ru="Нурсултан Назарбаев")
    hidden_person = factories.person("Hidden Person HIDDENPERSON")
    archive = Organization.objects.create(
        name_en="Presidential Archive", kind="archive", abbreviation="PA"
    )
    silver = factories.material("silver", name_ru="серебро")
    porcelain = factories.material("porcelain", name_ru="фарфор")
    un = factories.event(
        "Kazakhstan joins the United Nations",
        slug="un-membership",
        start_date=datetime.date(1992, 3, 2),
        status=PUBLISHED,
        event_type="un_milestone",
        title_ru="Казахстан вступает в ООН",
    )
    summit = factories.event(
        "OSCE Summit in Astana",
        slug="osce-summit",
        start_date=datetime.date(2010, 12, 1),
        end_date=datetime.date(2010, 12, 2),
        status=PUBLISHED,
    )
    hidden_event = factories.event(
        "HIDDENEVENT planning meeting", slug="hidden-event", start_date=datetime.date(2011, 1, 5)
    )

    note = factories.document(
        "Note verbale on joining the United Nations",
        title_ru="Нота о вступлении в ООН",
        description_en="Signed by the first foreign minister.",
        date_display="2 March 1992",
        date_earliest=datetime.date(1992, 3, 2),
        date_latest=datetime.date(1992, 3, 2),
        status=PUBLISHED,
        holding_archive=archive,
        languages="kk, ru",
        **staff_only(),
    )
    note.countries.add(kz)
    note.events.add(un, hidden_event)
    ItemPerson.objects.create(item=note, person=suleimenov, role="signatory")
    factories.image(note)

    photo = factories.photograph(
        "Flag raising at UN headquarters",
        date_display="March 1992",
        date_earliest=datetime.date(1992, 3, 1),
        date_latest=datetime.date(1992, 3, 31),
        status=PUBLISHED,
        photographer=suleimenov,
        **staff_only(),
    )
    photo.countries.add(kz, us)
    photo.events.add(un)
    factories.image(photo, colour="green")

    dish = factories.gift(
        "Silver dish",
        description_en="Engraved dish presented at the summit.",
        date_display="2010",
        date_earliest=datetime.date(2010, 1, 1),
        date_latest=datetime.date(2010, 12, 31),
        status=PUBLISHED,
        giving_country=jp,
        recipient=nazarbayev,
        occasion=summit,
        estimated_value=VALUE,
        value_currency="USD",
        **staff_only(),
    )
    dish.materials.add(silver)
    dish.countries.add(kz)

    vase = factories.gift(
        "Porcelain vase",
        title_ru="Фарфоровая ваза",
        date_display="1990s",
        date_earliest=datetime.date(1990, 1, 1),
        date_latest=datetime.date(1999, 12, 31),
        status=PUBLISHED,
        category="decorative",
        estimated_value=VALUE,
        value_currency="KZT",
        **staff_only(),
    )
    vase.materials.add(porcelain)
    vase.countries.add(jp)
    factories.image(vase, colour="white")

    draft = factories.document(
        "Draft memorandum DRAFTMARKER",
        date_earliest=datetime.date(1992, 1, 1),
        status=DRAFT,
        **staff_only(),
    )
    draft.countries.add(kz, us)
    draft.events.add(un)
    ItemPerson.objects.create(item=draft, person=hidden_person, role="author")
    factories.image(draft, colour="red")
    withdrawn = factories.photograph(
        "Withdrawn photograph WITHDRAWNMARKER", status=WITHDRAWN, photographer=hidden_person
    )
    withdrawn.countries.add(kz)
    withdrawn.events.add(un)
    review = factories.gift("Gift in review REVIEWMARKER", status=REVIEW, giving_country=jp)
    review.materials.add(silver)

    show = Exhibition.objects.create(
        title_en="Thirty years of diplomacy",
        title_ru="Тридцать лет дипломатии",
        summary_en="Documents and gifts from three decades.",
        slug="thirty-years",
        start_date=today - datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=30),
        status=PUBLISHED,
    )
    for position, (item, label) in enumerate(
        [
            (note, "The note that opened the way to the UN."),
            (draft, "DRAFTMARKER label"),
            (withdrawn, "WITHDRAWNMARKER label"),
            (vase, "A vase from Japan."),
        ],
        start=1,
    ):
        ExhibitionItem.objects.create(
            exhibition=show, item=item, position=position * 10, label_en=label
        )
    upcoming_show = Exhibition.objects.create(
        title_en="Gifts of friendship",
        slug="gifts-of-friendship",
        start_date=today + datetime.timedelta(days=60),
        status=PUBLISHED,
    )
    past_show = Exhibition.objects.create(
        title_en="Independence at twenty",
        slug="independence-twenty",
        start_date=datetime.date(2011, 12, 1),
        end_date=datetime.date(2012, 3, 1),
        status=PUBLISHED,
    )
    ExhibitionItem.objects.create(exhibition=past_show, item=photo, position=1)
    hidden_show = Exhibition.objects.create(
        title_en="HIDDENSHOW in preparation",
        slug="hidden-show",
        start_date=today - datetime.timedelta(days=1),
    )
    ExhibitionItem.objects.create(exhibition=hidden_show, item=note, position=1)

    return Collection(
        kz=kz,
        jp=jp,
        us=us,
        suleimenov=suleimenov,
        nazarbayev=nazarbayev,
        hidden_person=hidden_person,
        archive=archive,
        silver=silver,
        porcelain=porcelain,
        un=un,
        summit=summit,
        hidden_event=hidden_event,
        note=note,
        photo=photo,
        dish=dish,
        vase=vase,
        draft=draft,
        withdrawn=withdrawn,
        review=review,
        show=show,
        upcoming_show=upcoming_show,
        past_show=past_show,
        hidden_show=hidden_show,
    )


@pytest.fixture
def collection(db, django_capture_on_commit_callbacks) -> Collection:
    with django_capture_on_commit_callbacks(execute=True):
        return build_collection()


def public_urls(c: Collection) -> list[str]:
    """Every kind of public page, without the language prefix."""
    return [
        "/",
        "/catalogue/",
        "/catalogue/?q=united",
        f"/objects/{c.note.accession_number}/",
        f"/objects/{c.photo.accession_number}/",
        f"/objects/{c.dish.accession_number}/",
        f"/objects/{c.vase.accession_number}/",
        f"/people/{c.suleimenov.pk}/",
        f"/people/{c.nazarbayev.pk}/",
        "/countries/KZ/",
        "/countries/JP/",
        f"/organizations/{c.archive.pk}/",
        "/events/",
        f"/events/{c.un.slug}/",
        f"/events/{c.summit.slug}/",
        "/exhibitions/",
        f"/exhibitions/{c.show.slug}/",
        f"/exhibitions/{c.upcoming_show.slug}/",
        f"/exhibitions/{c.past_show.slug}/",
    ]


def url(obj, language: str = "en") -> str:
    """The public URL of ``obj`` in ``language`` (whatever language a previous request
    left active in this thread)."""
    with translation.override(language):
        return obj.get_absolute_url()


def full_sitemap(client) -> str:
    """The sitemap index and every sitemap it lists, as one text."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    texts = [index.content.decode()]
    for address in re.findall(r"<loc>http://testserver([^<]+)</loc>", texts[0]):
        response = client.get(address)
        assert response.status_code == 200, address
        texts.append(response.content.decode())
    return "\n".join(texts)
