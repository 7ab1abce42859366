"""core.models.Versioned: every save claims the next version in the database, so two saves
based on one version can never both win, whatever made them."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from authorities.models import Country
from collections_app.models import ArchivalDocument, CollectionItem
from core.models import StaleVersion
from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db
WRITERS = 6


def test_new_rows_start_at_one_and_each_save_adds_one():
    kz = factories.country()
    assert kz.version == 1
    kz.name_ru = "Казахстан"
    kz.save()
    kz.save(update_fields=["name_ru"])
    assert kz.version == 3
    assert Country.objects.get().version == 3
    # Each version enters the history with its number.
    assert sorted(kz.history.values_list("version", flat=True)) == [1, 2, 3]


def test_a_save_based_on_an_old_version_raises_and_changes_nothing():
    kz = factories.country()
    mine, theirs = Country.objects.get(), Country.objects.get()
    theirs.name_ru = "Казахстан"
    theirs.save()
    mine.name_en = "Republic of Kazakhstan"
    with pytest.raises(StaleVersion):
        mine.save()
    assert mine.version == 1  # still the version it was based on
    kz.refresh_from_db()
    assert (kz.name_en, kz.name_ru, kz.version) == ("Kazakhstan", "Казахстан", 2)


def test_a_record_type_keeps_its_version_in_the_shared_table():
    doc = factories.document()
    stale = ArchivalDocument.objects.get()
    doc.transcription = "Text"
    doc.save()
    assert CollectionItem.objects.get().version == 2
    stale.reference_code = "F. 5-N"
    with pytest.raises(StaleVersion):
        stale.save()
    assert ArchivalDocument.objects.get().reference_code == ""


def test_a_row_deleted_meanwhile_is_not_recreated_by_a_save():
    kz = factories.country()
    stale = Country.objects.get()
    kz.delete()
    with pytest.raises(StaleVersion):
        stale.save()
    assert not Country.objects.exists()


def _at_once(work) -> tuple[list, list]:
    barrier = threading.Barrier(WRITERS)
    results: list = []
    errors: list = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            results.append(work(index))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertions
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


@pytest.mark.django_db(transaction=True)
def test_of_saves_made_at_once_from_one_version_exactly_one_wins():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; true concurrency needs PostgreSQL")
    factories.country()
    copies = [Country.objects.get() for _ in range(WRITERS)]

    def save(index: int) -> str:
        copies[index].name_en = f"Name {index}"
        copies[index].save()
        return copies[index].name_en

    winners, errors = _at_once(save)

    assert len(winners) == 1
    assert len(errors) == WRITERS - 1
    assert all(isinstance(error, StaleVersion) for error in errors)
    kz = Country.objects.get()
    assert (kz.name_en, kz.version) == (winners[0], 2)


@pytest.mark.django_db(transaction=True)
def test_change_forms_posted_at_once_from_one_version_exactly_one_wins(roles):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; true concurrency needs PostgreSQL")
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.roles import CURATOR

    doc = factories.document()
    url = reverse("admin:collections_app_archivaldocument_change", args=[doc.pk])
    clients, forms = [], []
    for index in range(WRITERS):
        user = get_user_model().objects.create_user(f"curator{index}", is_staff=True)
        user.groups.add(Group.objects.get(name=CURATOR))
        client = Client()
        client.force_login(user)
        clients.append(client)
        forms.append(form_data(client.get(url)))

    def post(index: int) -> int:
        forms[index]["title_en"] = f"Title {index}"
        return clients[index].post(url, forms[index]).status_code

    statuses, errors = _at_once(post)

    assert errors == []
    # One save went through; every other form came back with the message, unsaved.
    assert sorted(statuses) == [200] * (WRITERS - 1) + [302]
    doc.refresh_from_db()
    assert doc.version == 2
    assert doc.title_en.startswith("Title ")


def test_the_refusal_reads_in_kazakh_and_russian():
    from django.utils import translation

    from core.locking import changes_since, stale_messages

    kz = factories.country()
    kz.name_ru = "Казахстан"
    kz.save()
    for language, words in (("ru", "Текущие значения"), ("kk", "Қазіргі мәндер")):
        with translation.override(language):
            text = " ".join(stale_messages(kz, changes_since(kz, version=1)))
        assert words in text and "Казахстан" in text
