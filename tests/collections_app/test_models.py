import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone, translation

from authorities.models import PersonNameVariant, PlaceName
from collections_app.models import CollectionItem, ItemPerson
from tests import factories

pytestmark = pytest.mark.django_db


class TestDates:
    def test_database_refuses_earliest_after_latest(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.document(
                date_earliest=datetime.date(1993, 1, 1), date_latest=datetime.date(1992, 1, 1)
            )

    def test_form_validation_explains_earliest_after_latest(self):
        doc = factories.document()
        doc.date_earliest = datetime.date(1993, 1, 1)
        doc.date_latest = datetime.date(1992, 1, 1)
        with pytest.raises(ValidationError) as excinfo:
            doc.full_clean()
        assert "date_latest" in excinfo.value.message_dict

    def test_uncertain_date_range_is_allowed(self):
        doc = factories.document(
            date_display="1990s",
            date_earliest=datetime.date(1990, 1, 1),
            date_latest=datetime.date(1999, 12, 31),
        )
        assert doc.date_display == "1990s"


class TestAccessionNumbers:
    def test_numbers_are_assigned_per_type_and_year(self):
        year = timezone.localdate().year
        first_doc = factories.document()
        second_doc = factories.document(title_en="Second")
        photo = factories.photograph()
        gift = factories.gift()
        assert first_doc.accession_number == f"DOC-{year}-0001"
        assert second_doc.accession_number == f"DOC-{year}-0002"
        assert photo.accession_number == f"PHO-{year}-0001"
        assert gift.accession_number == f"GIF-{year}-0001"

    def test_number_is_kept_on_later_saves(self):
        doc = factories.document()
        number = doc.accession_number
        doc.title_en = "Changed"
        doc.save()
        doc.refresh_from_db()
        assert doc.accession_number == number

    def test_hand_typed_number_is_skipped_by_the_counter(self):
        year = timezone.localdate().year
        factories.document(accession_number=f"DOC-{year}-0001")
        assert factories.document(title_en="Next").accession_number == f"DOC-{year}-0002"

    def test_database_refuses_duplicate_numbers(self):
        factories.gift(accession_number="GIF-1995-0001")
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.document(accession_number="GIF-1995-0001")

    def test_item_type_is_recorded_on_the_shared_table(self):
        gift = factories.gift()
        assert CollectionItem.objects.get(pk=gift.pk).item_type == "gift"


class TestTranslations:
    def test_title_follows_active_language_with_fallback(self):
        doc = factories.document(title_en="Treaty", title_ru="Договор", title_kk="")
        with translation.override("ru"):
            assert doc.title == "Договор"
        with translation.override("en"):
            assert doc.title == "Treaty"
        with translation.override("kk"):
            # No Kazakh title: Russian comes next for Kazakh readers.
            assert doc.title == "Договор"


class TestProtect:
    def test_person_on_a_record_cannot_be_deleted(self):
        person = factories.person()
        doc = factories.document()
        ItemPerson.objects.create(item=doc, person=person, role="signatory")
        with pytest.raises(ProtectedError):
            person.delete()

    def test_giver_cannot_be_deleted(self):
        giver = factories.person()
        factories.gift(giver=giver)
        with pytest.raises(ProtectedError):
            giver.delete()

    def test_country_linked_many_to_many_cannot_be_deleted(self):
        kz = factories.country()
        doc = factories.document()
        doc.countries.add(kz)
        with pytest.raises(ProtectedError):
            kz.delete()
        assert doc.countries.count() == 1

    def test_material_on_a_gift_cannot_be_deleted(self):
        silver = factories.material()
        gift = factories.gift()
        gift.materials.add(silver)
        with pytest.raises(ProtectedError):
            silver.delete()

    def test_event_used_as_occasion_cannot_be_deleted(self):
        summit = factories.event()
        factories.gift(occasion=summit)
        with pytest.raises(ProtectedError):
            summit.delete()

    def test_unused_authority_can_be_deleted(self):
        kz = factories.country()
        kz.delete()

    def test_deleting_a_record_removes_its_own_images_and_links(self):
        doc = factories.document()
        factories.image(doc)
        person = factories.person()
        ItemPerson.objects.create(item=doc, person=person, role="author")
        doc.delete()
        assert not ItemPerson.objects.exists()
        person.delete()


class TestAuthorities:
    def test_person_name_variants_are_unique_ignoring_case(self):
        person = factories.person()
        PersonNameVariant.objects.create(person=person, name="Suleymenov")
        with pytest.raises(IntegrityError), transaction.atomic():
            PersonNameVariant.objects.create(person=person, name="SULEYMENOV")

    def test_all_names_lists_every_form_once(self):
        person = factories.person(name_ru="Сулейменов Тулеутай")
        PersonNameVariant.objects.create(person=person, name="Suleymenov")
        assert person.all_names() == ["Tuleutai Suleimenov", "Сулейменов Тулеутай", "Suleymenov"]

    def test_place_keeps_historical_names_with_periods(self):
        astana = factories.place()
        PlaceName.objects.create(place=astana, name="Akmola", used_from=1992, used_until=1998)
        PlaceName.objects.create(place=astana, name="Nur-Sultan", used_from=2019, used_until=2022)
        assert "Akmola" in astana.all_names()
        with pytest.raises(IntegrityError), transaction.atomic():
            PlaceName.objects.create(
                place=astana, name="Tselinograd", used_from=1992, used_until=1961
            )

    def test_country_code_must_be_two_capitals(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.country(iso_code="kz")

    def test_gift_value_needs_a_currency(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.gift(estimated_value=100)


class TestImages:
    def test_image_gets_checksum_dimensions_and_thumbnail(self):
        image = factories.image(factories.gift())
        assert len(image.sha256) == 64
        assert (image.width, image.height) == (320, 240)
        assert image.thumbnail.name.endswith(".jpg")

    def test_only_one_primary_image_per_record(self):
        gift = factories.gift()
        factories.image(gift)
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.image(gift, position=1)

    def test_public_queryset_shows_only_published(self):
        published = factories.document(status="published")
        factories.document(title_en="Draft", status="draft")
        factories.document(title_en="Withdrawn", status="withdrawn")
        assert list(CollectionItem.objects.public()) == [published.collectionitem_ptr]


class TestEvents:
    def test_event_cannot_end_before_it_starts(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.event(end_date="2010-11-01")

    def test_event_cannot_be_its_own_ancestor(self):
        programme = factories.event(title_en="Programme", slug="programme")
        roundtable = factories.event(title_en="Roundtable", slug="roundtable", parent=programme)
        programme.parent = roundtable
        with pytest.raises(ValidationError):
            programme.full_clean()


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Diplomatic gift"), ("ru", "Дипломатический подарок")],
)
def test_record_type_display_follows_the_language(language, label):
    with translation.override(language):
        assert CollectionItem(item_type="gift").get_item_type_display() == label
    assert CollectionItem(item_type="unknown").get_item_type_display() == "unknown"
