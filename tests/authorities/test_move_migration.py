"""authorities 0001 (with events 0003, exhibitions 0005, collections_app 0006): the
authorities move from collections_app to their own app with their rows, their history,
and the content types that permissions, group grants and admin log entries point to."""

import datetime

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import ProtectedError

from authorities.models import Person, Place
from collections_app.models import CollectionItem
from tests.migrating import Migrator

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("authorities", None)]


@pytest.fixture
def migrator():
    migrator = Migrator()
    yield migrator
    migrator.migrate_to_latest()
    ContentType.objects.clear_cache()


def _populate(old_apps) -> dict:
    """Authorities, a record using them, their history, a group allowed to change people
    and an admin log entry, written with the models as they were in collections_app."""

    def model(name):
        return old_apps.get_model("collections_app", name)

    ContentType_ = old_apps.get_model("contenttypes", "ContentType")
    Permission = old_apps.get_model("auth", "Permission")
    Group_ = old_apps.get_model("auth", "Group")

    kz = model("Country").objects.create(iso_code="KZ", name_en="Kazakhstan")
    person = model("Person").objects.create(name_en="Tuleutai Suleimenov", country=kz)
    model("PersonNameVariant").objects.create(person=person, name="Тулеутай Сулейменов")
    astana = model("Place").objects.create(name_en="Astana", country=kz)
    model("PlaceName").objects.create(place=astana, name="Tselinograd", used_from=1961)
    model("HistoricalPerson").objects.create(
        id=person.pk,
        name_en=person.name_en,
        history_date=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        history_type="+",
    )
    doc = model("ArchivalDocument").objects.create(
        item_type="document",
        accession_number="DOC-1992-0001",
        title_en="Note verbale",
        document_type="letter",
        place=astana,
    )
    model("ItemPerson").objects.create(item=doc, person=person, role="signatory")

    person_type, _ = ContentType_.objects.get_or_create(app_label="collections_app", model="person")
    change_person, _ = Permission.objects.get_or_create(
        content_type=person_type, codename="change_person", defaults={"name": "Can change person"}
    )
    editors = Group_.objects.create(name="People editors")
    editors.permissions.add(change_person)
    user = get_user_model().objects.create_user(username="editor", is_staff=True)
    user.groups.add(editors.pk)
    LogEntry.objects.create(
        user_id=user.pk,
        content_type_id=person_type.pk,
        object_id=str(person.pk),
        object_repr=person.name_en,
        action_flag=ADDITION,
    )
    return {
        "person": person.pk,
        "place": astana.pk,
        "doc": doc.pk,
        "person_type": person_type.pk,
        "user": user.pk,
    }


def test_authorities_move_with_their_rows_history_and_grants_and_back(migrator):
    pks = _populate(migrator.migrate(BEFORE))
    migrator.migrate_to_latest()
    ContentType.objects.clear_cache()

    person = Person.objects.get(pk=pks["person"])
    assert person.country.iso_code == "KZ"
    assert person.all_names() == ["Tuleutai Suleimenov", "Тулеутай Сулейменов"]
    assert person.history.count() == 1
    place = Place.objects.get(pk=pks["place"])
    assert place.all_names() == ["Astana", "Tselinograd"]
    doc = CollectionItem.objects.get(pk=pks["doc"])
    assert doc.place == place
    assert list(doc.people.all()) == [person]

    # The same content type row, now labelled with the new app: what pointed to it holds.
    assert ContentType.objects.get_for_model(Person).pk == pks["person_type"]
    assert not ContentType.objects.filter(app_label="collections_app", model="person").exists()
    user = get_user_model().objects.get(pk=pks["user"])
    assert user.has_perm("authorities.change_person")
    assert Group.objects.get(name="People editors").permissions.get().codename == "change_person"
    entry = LogEntry.objects.get(object_id=str(person.pk))
    assert entry.get_edited_object() == person

    with pytest.raises(ProtectedError), transaction.atomic():
        person.delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        place.delete()

    # And back: the rows and the content type return to collections_app.
    old_apps = migrator.migrate(BEFORE)
    old_person = old_apps.get_model("collections_app", "Person").objects.get(pk=pks["person"])
    assert old_person.variants.count() == 1
    ContentType_ = old_apps.get_model("contenttypes", "ContentType")
    assert ContentType_.objects.get(pk=pks["person_type"]).app_label == "collections_app"
