"""Changelists run a fixed number of queries, however many rows they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from authorities.models import PersonNameVariant, PlaceName
from collections_app.models import ItemPerson
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.performance]


def add_rows(start: int, count: int) -> None:
    kz = factories.country() if start == 0 else None
    for i in range(start, start + count):
        person = factories.person(name_en=f"Person {i}", country=kz)
        PersonNameVariant.objects.create(person=person, name=f"Variant {i}")
        place = factories.place(name_en=f"Place {i}")
        PlaceName.objects.create(place=place, name=f"Old name {i}")
        doc = factories.document(title_en=f"Document {i}", place=place)
        ItemPerson.objects.create(item=doc, person=person, role="author")
        photo = factories.photograph(title_en=f"Photograph {i}", photographer=person)
        gift = factories.gift(title_en=f"Gift {i}", giver=person)
        for item in (doc, photo, gift):
            factories.image(item)


CHANGELISTS = [
    "collections_app_collectionitem",
    "collections_app_archivaldocument",
    "collections_app_photograph",
    "collections_app_diplomaticgift",
    "authorities_person",
    "authorities_place",
    "authorities_country",
    "events_event",
    "exhibitions_exhibition",
]


def count_queries(client, name: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse(f"admin:{name}_changelist"))
    assert response.status_code == 200
    return len(ctx)


@pytest.mark.parametrize("name", CHANGELISTS)
def test_changelist_queries_do_not_grow_with_rows(curator_client, name):
    add_rows(0, 2)
    few = count_queries(curator_client, name)
    add_rows(2, 6)
    assert count_queries(curator_client, name) == few


def test_record_changelist_query_count_is_pinned(curator_client, django_assert_num_queries):
    add_rows(0, 4)
    # session, user, the user's own and group permissions (2, cached for the request),
    # list filter choices: countries, materials, events (3),
    # count of filtered rows, count of all rows, the page of rows,
    # primary images for the page (1 prefetch).
    with django_assert_num_queries(11):
        response = curator_client.get(reverse("admin:collections_app_collectionitem_changelist"))
    assert len(response.context["cl"].result_list) == 12
