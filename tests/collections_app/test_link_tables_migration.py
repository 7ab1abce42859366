"""collections_app 0005: the auto-created link tables of a record's many-to-many fields
become declared models with on_delete=PROTECT, keeping every row."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from authorities.models import Country, Material, Organization, Subject
from collections_app.models import CollectionItem, DiplomaticGift, ItemCountry
from events.models import Event
from tests.migrating import Migrator

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("collections_app", "0004_versions"), ("events", "0002_versions")]


@pytest.fixture
def migrator():
    migrator = Migrator()
    yield migrator
    migrator.migrate_to_latest()


def _populate(old_apps) -> dict:
    """A document and a gift linked to authorities through every link table, written with
    the models as they were before the migration."""
    Country = old_apps.get_model("collections_app", "Country")
    Organization = old_apps.get_model("collections_app", "Organization")
    Subject = old_apps.get_model("collections_app", "Subject")
    Material = old_apps.get_model("collections_app", "Material")
    Event = old_apps.get_model("events", "Event")
    ArchivalDocument = old_apps.get_model("collections_app", "ArchivalDocument")
    DiplomaticGift = old_apps.get_model("collections_app", "DiplomaticGift")

    kz = Country.objects.create(iso_code="KZ", name_en="Kazakhstan")
    jp = Country.objects.create(iso_code="JP", name_en="Japan")
    un = Organization.objects.create(name_en="United Nations")
    treaties = Subject.objects.create(name_en="Treaties")
    silver = Material.objects.create(name_en="Silver")
    summit = Event.objects.create(
        title_en="Summit", slug="summit", event_type="summit", start_date=datetime.date(1992, 3, 2)
    )
    doc = ArchivalDocument.objects.create(
        item_type="document",
        accession_number="DOC-1992-0001",
        title_en="Treaty",
        document_type="treaty",
    )
    gift = DiplomaticGift.objects.create(
        item_type="gift", accession_number="GIF-1992-0001", title_en="Bowl", category="tableware"
    )
    doc.countries.add(kz, jp)
    doc.organizations.add(un)
    doc.subjects.add(treaties)
    doc.events.add(summit)
    gift.countries.add(kz)
    gift.materials.add(silver)
    return {
        "doc": doc.pk,
        "gift": gift.pk,
        "countries": {kz.pk, jp.pk},
        "organization": un.pk,
        "subject": treaties.pk,
        "material": silver.pk,
        "event": summit.pk,
    }


def test_every_link_survives_protects_its_authority_and_can_be_reversed(migrator):
    pks = _populate(migrator.migrate(BEFORE))
    # Forwards to today's models (the authorities have since moved to their own app).
    migrator.migrate_to_latest()

    doc = CollectionItem.objects.get(pk=pks["doc"])
    assert set(doc.countries.values_list("pk", flat=True)) == pks["countries"]
    assert list(doc.organizations.values_list("pk", flat=True)) == [pks["organization"]]
    assert list(doc.subjects.values_list("pk", flat=True)) == [pks["subject"]]
    assert list(doc.events.values_list("pk", flat=True)) == [pks["event"]]
    gift = DiplomaticGift.objects.get(pk=pks["gift"])
    assert list(gift.materials.values_list("pk", flat=True)) == [pks["material"]]
    assert ItemCountry.objects.count() == 3

    for model, pk in (
        (Country, min(pks["countries"])),
        (Organization, pks["organization"]),
        (Subject, pks["subject"]),
        (Material, pks["material"]),
        (Event, pks["event"]),
    ):
        with pytest.raises(ProtectedError), transaction.atomic():
            model.objects.get(pk=pk).delete()
        assert model.objects.filter(pk=pk).exists()

    # The unique pair each table had is kept, now as a named constraint.
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemCountry.objects.create(item=doc, country_id=min(pks["countries"]))

    # And back: the rows are still there for the auto-created tables.
    old_apps = migrator.migrate(BEFORE)
    old_doc = old_apps.get_model("collections_app", "CollectionItem").objects.get(pk=pks["doc"])
    assert set(old_doc.countries.values_list("pk", flat=True)) == pks["countries"]
