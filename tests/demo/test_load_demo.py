"""The demo collection loader (`manage.py load_demo`).

The demo is loaded once per test class, inside a transaction that is rolled back when the
class is done, so the rest of the suite still starts from an empty database.
"""

import datetime
import hashlib
from collections import Counter
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from authorities.models import Country, Material, Person, Place, Script
from collections_app.models import (
    AccessionCounter,
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemPerson,
    ItemType,
    Photograph,
)
from core.models import PublicationStatus
from demo import data
from demo.loader import load_demo
from events.models import Event, EventType
from exhibitions.models import Exhibition

pytestmark = pytest.mark.django_db

KAZAKH_LETTERS = set("әғқңөұүһі")
LOADER = "demo.management.commands.load_demo.load_demo"


@dataclass
class LoadedDemo:
    summary: dict[str, dict[str, int]]
    media_root: Path


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        yield LoadedDemo(load_demo(), media_root)
        transaction.set_rollback(True)


def snapshot() -> dict:
    """Row counts of every table (history and link tables included) and what a rerun could touch."""
    return {
        "counts": {
            model._meta.label: model._default_manager.count()
            for model in apps.get_models(include_auto_created=True)
        },
        "records": sorted(
            CollectionItem.objects.values_list("pk", "accession_number", "updated_at")
        ),
        "events": sorted(Event.objects.values_list("pk", "updated_at")),
        "exhibitions": sorted(Exhibition.objects.values_list("pk", "updated_at")),
        "counters": sorted(AccessionCounter.objects.values_list("prefix", "year", "last_number")),
    }


def test_if_empty_loads_into_an_empty_collection():
    with mock.patch(LOADER) as loader:
        call_command("load_demo", "--if-empty", stdout=StringIO())
    loader.assert_called_once()


class TestDemoCollection:
    def test_first_run_creates_every_record_of_all_three_types(self, demo):
        assert demo.summary["records"] == {"created": len(data.RECORDS), "existing": 0}
        assert CollectionItem.objects.count() == len(data.RECORDS) >= 60
        by_type = Counter(CollectionItem.objects.values_list("item_type", flat=True))
        assert set(by_type) == set(ItemType.values)
        assert by_type[ItemType.DOCUMENT] == ArchivalDocument.objects.count()
        assert by_type[ItemType.PHOTOGRAPH] == Photograph.objects.count()
        assert by_type[ItemType.GIFT] == DiplomaticGift.objects.count()

    def test_every_record_has_one_primary_image_on_disk_with_its_checksum(self, demo):
        for item in CollectionItem.objects.prefetch_related("images"):
            primary = [image for image in item.images.all() if image.is_primary]
            assert len(primary) == 1, item
            image = primary[0]
            master = demo.media_root / image.image.name
            assert master.is_file(), item
            assert image.sha256 == hashlib.sha256(master.read_bytes()).hexdigest()
            assert (demo.media_root / image.thumbnail.name).is_file()
            assert (image.width, image.height) == (1200, 900)
            assert item.accession_number.lower() in image.image.name
            assert all([image.caption_en, image.caption_ru, image.caption_kk])
            assert all([image.alt_text_en, image.alt_text_ru, image.alt_text_kk])
            assert image.credit

    def test_some_records_are_drafts_and_most_are_published(self, demo):
        statuses = Counter(CollectionItem.objects.values_list("status", flat=True))
        assert 5 <= statuses[PublicationStatus.DRAFT] <= 8
        assert statuses[PublicationStatus.IN_REVIEW] + statuses[PublicationStatus.WITHDRAWN] >= 1
        assert statuses[PublicationStatus.PUBLISHED] >= 50

    def test_titles_and_descriptions_are_in_kazakh_russian_and_english(self, demo):
        rows = CollectionItem.objects.values_list(
            "title_kk", "title_ru", "title_en", "description_kk", "description_ru", "description_en"
        )
        for row in rows:
            assert all(row), row
        kazakh_titles = [row[0] for row in rows]
        with_kazakh_letters = [t for t in kazakh_titles if KAZAKH_LETTERS & set(t.lower())]
        assert len(with_kazakh_letters) > len(kazakh_titles) / 2

    def test_every_record_says_it_is_illustrative(self, demo):
        for item in CollectionItem.objects.all():
            assert item.description_en.endswith("Illustrative record for the demo collection.")
            assert item.description_ru.endswith("Иллюстративная запись демонстрационной коллекции.")
            assert item.description_kk.endswith(
                "Демонстрациялық коллекцияның иллюстрациялық жазбасы."
            )
            assert item.credit_line == "Illustrative demo record"

    def test_dates_can_be_uncertain(self, demo):
        displays = set(CollectionItem.objects.values_list("date_display", flat=True))
        assert {"c. 1992", "1990s", "July 2022", "early 2017"} <= displays
        decade = CollectionItem.objects.filter(date_display="1990s").first()
        assert decade.date_earliest.year >= 1990 and decade.date_latest.year <= 1999

    def test_suleimenov_is_found_under_his_other_spellings(self, demo):
        suleimenov = Person.objects.get(name_en="Tuleutai Suleimenov")
        assert suleimenov.name_kk == "Төлеутай Сүлейменов"
        cyrillic = set(
            suleimenov.variants.filter(script=Script.CYRILLIC).values_list("name", flat=True)
        )
        assert {"Сулейменов", "Сүлейменов"} <= cyrillic
        assert "Suleymenov" in suleimenov.all_names()
        assert "Василенко" in Person.objects.get(name_en="Roman Vassilenko").all_names()
        friberg = Person.objects.get(name_en="Michaela Friberg-Story")
        assert "Michaela Friberg-Stori" in friberg.all_names()

    def test_astana_is_one_place_that_remembers_its_names(self, demo):
        astana = Place.objects.get(name_en="Astana")
        assert (astana.name_ru, astana.name_kk) == ("Астана", "Астана")
        names = set(astana.historical_names.values_list("name", "used_from", "used_until"))
        assert ("Akmola", 1992, 1998) in names
        assert ("Nur-Sultan", 2019, 2022) in names
        assert ("Нұр-Сұлтан", 2019, 2022) in names
        assert ("Tselinograd", 1961, 1992) in names
        assert ("Astana", 2022, None) in names
        assert CollectionItem.objects.filter(place=astana).count() > 10

    def test_anniversary_programme_contains_roundtable_conference_and_opening(self, demo):
        programme = Event.objects.get(slug="diplomatic-service-30-years-2022")
        children = {child.event_type: child for child in programme.children.all()}
        assert set(children) == {
            EventType.ROUNDTABLE,
            EventType.CONFERENCE,
            EventType.EXHIBITION_OPENING,
        }
        opening = children[EventType.EXHIBITION_OPENING]
        assert opening.start_date == datetime.date(2022, 6, 30)
        assert opening.place.name_en == "Astana"
        assert opening.participants.filter(name_en="Roman Vassilenko").exists()
        conference = children[EventType.CONFERENCE]
        assert conference.organizations.filter(abbreviation="KazNU").exists()
        assert conference.participants.count() == 8

    def test_most_events_are_published_and_a_few_are_drafts(self, demo):
        statuses = Counter(Event.objects.values_list("status", flat=True))
        assert 1 <= statuses[PublicationStatus.DRAFT] < statuses[PublicationStatus.PUBLISHED]
        un = Event.objects.get(slug="kazakhstan-joins-the-un-1992")
        assert un.start_date == datetime.date(1992, 3, 2)
        assert un.place.name_en == "New York"

    def test_anniversary_exhibition_shows_published_records_with_labels(self, demo):
        exhibition = Exhibition.objects.get(slug="diplomatic-service-30-years")
        assert exhibition.start_date == datetime.date(2022, 6, 30)
        assert set(exhibition.organizers.values_list("name_en", flat=True)) == {
            "Ministry of Foreign Affairs of the Republic of Kazakhstan",
            "Archive of the President of the Republic of Kazakhstan",
        }
        stop = exhibition.stops.get()
        assert stop.venue.name_en == "Square near the Baiterek monument"
        assert stop.venue.place.name_en == "Astana"
        shown = list(exhibition.exhibition_items.select_related("item"))
        assert len(shown) >= 10
        assert {row.item.item_type for row in shown} == set(ItemType.values)
        for row in shown:
            assert all([row.label_en, row.label_ru, row.label_kk])
            assert row.item.status == PublicationStatus.PUBLISHED
        un = Exhibition.objects.get(slug="kazakhstan-un-25-years")
        assert un.stops.get().venue.organization.name_en.startswith(
            "Library of the First President"
        )
        assert un.exhibition_items.count() >= 5

    def test_gifts_record_materials_provenance_and_staff_only_value(self, demo):
        silver = Material.objects.get(name_en="silver")
        assert silver.aat_uri == "http://vocab.getty.edu/aat/300011029"
        assert {"gold", "wood", "porcelain"} <= set(
            Material.objects.values_list("name_en", flat=True)
        )
        for gift in DiplomaticGift.objects.prefetch_related("materials"):
            assert gift.category and gift.materials.exists(), gift
        valued = DiplomaticGift.objects.filter(estimated_value__isnull=False)
        assert valued.exists() and not valued.filter(value_currency="").exists()
        tea_set = DiplomaticGift.objects.get(
            title_en="Silver tea set presented by a foreign delegation"
        )
        assert tea_set.giving_country.iso_code == "TR"
        assert tea_set.recipient.name_en == "Nursultan Nazarbayev"
        assert tea_set.person_links.filter(role=ItemPerson.Role.RECIPIENT).exists()

    def test_documents_and_photographs_carry_their_own_fields(self, demo):
        for document in ArchivalDocument.objects.all():
            assert document.document_type and document.language_list() and document.page_count
        portrait = Photograph.objects.get(
            title_en__startswith="Tuleutai Suleimenov, first Minister"
        )
        assert portrait.colour == Photograph.Colour.BLACK_AND_WHITE
        assert portrait.dimensions and portrait.photographer is not None
        assert portrait.person_links.filter(
            person__name_en="Tuleutai Suleimenov", role=ItemPerson.Role.DEPICTED
        ).exists()

    def test_countries_carry_dates_of_diplomatic_relations_where_known(self, demo):
        dates = dict(Country.objects.values_list("iso_code", "relations_established"))
        assert dates["US"] == datetime.date(1991, 12, 26)
        assert dates["CN"] == datetime.date(1992, 1, 3)
        assert dates["RU"] == datetime.date(1992, 10, 22)
        assert Country.objects.get(iso_code="KZ").name_kk == "Қазақстан"

    def test_running_again_writes_nothing(self, demo):
        before = snapshot()
        gift_history = DiplomaticGift.history.count()
        summary = load_demo()
        assert {name: counts["created"] for name, counts in summary.items()} == dict.fromkeys(
            summary, 0
        )
        assert summary["records"]["existing"] == len(data.RECORDS)
        assert snapshot() == before
        assert DiplomaticGift.history.count() == gift_history

    def test_command_reports_what_was_already_present(self, demo):
        out = StringIO()
        call_command("load_demo", stdout=out)
        assert f"records: 0 created, {len(data.RECORDS)} already present" in out.getvalue()

    def test_if_empty_does_nothing_when_records_exist(self, demo):
        before = snapshot()
        out = StringIO()
        with mock.patch(LOADER) as loader:
            call_command("load_demo", "--if-empty", stdout=out)
        loader.assert_not_called()
        assert "already has records" in out.getvalue()
        assert snapshot() == before
