"""search.links: the one table of paths from a record to what it is linked to."""

import datetime

import pytest
from django.db import models

from authorities.models import Organization, Subject
from collections_app.models import CollectionItem, ItemPerson
from search.documents import document_text, for_indexing
from search.links import LINKED, link_tables, reaching
from search.services import items_linked_to
from tests import factories


@pytest.mark.parametrize(
    "key, path",
    [(key, path) for key, linked in LINKED.items() if linked.protected for path in linked.paths],
    ids=lambda value: getattr(value, "lookup", value),
)
def test_every_path_to_an_authority_ends_in_a_protecting_key(key, path):
    assert path.key.remote_field.on_delete is models.PROTECT
    assert path.key.related_model is LINKED[key].model


def test_every_path_starts_at_a_record_and_ends_at_its_authority():
    for linked in LINKED.values():
        for path in linked.paths:
            assert path.fields[-1].related_model is linked.model
            if not path.indirect:
                link = path.link
                assert link.model._meta.get_field(link.authority).related_model is linked.model


def test_every_many_to_many_link_table_is_declared():
    # Declared, so that its on_delete is what the model says (no patching at start-up).
    for linked in LINKED.values():
        for path in linked.direct_paths:
            if path.fields[-1].many_to_many:
                assert not path.fields[-1].remote_field.through._meta.auto_created
    assert all(not link.model._meta.auto_created for link in link_tables())


@pytest.mark.django_db
def test_records_reaching_a_person_by_every_path_are_found():
    person = factories.person()
    doc = factories.document()
    ItemPerson.objects.create(item=doc, person=person, role="signatory")
    photo = factories.photograph(photographer=person)
    giver = factories.gift(giver=person)
    recipient = factories.gift(recipient=person)
    factories.gift()
    expected = {doc.pk, photo.pk, giver.pk, recipient.pk}
    assert set(items_linked_to("person", person.pk)) == expected
    assert set(CollectionItem.objects.filter(reaching("person", person.pk))) == {
        CollectionItem.objects.get(pk=pk) for pk in expected
    }


@pytest.mark.django_db
def test_a_place_reaches_the_records_of_its_events_too():
    astana = factories.place(name_en="Astana")
    summit = factories.event(place=astana, start_date=datetime.date(2010, 12, 1))
    at_the_summit = factories.document()
    at_the_summit.events.add(summit)
    in_astana = factories.document(place=astana)
    factories.document()
    assert set(items_linked_to("place", astana.pk)) == {at_the_summit.pk, in_astana.pk}


NAME = "Zanzibarov"

AUTHORITY = {
    "country": lambda: factories.country("ZZ", NAME),
    "material": lambda: factories.material(NAME),
    "event": lambda: factories.event(title_en=NAME, status="published"),
    "person": lambda: factories.person(NAME),
    "organization": lambda: Organization.objects.create(name_en=NAME),
    "place": lambda: factories.place(NAME),
    "subject": lambda: Subject.objects.create(name_en=NAME),
}


def _linked_event(place):
    event = factories.event(place=place, status="published")
    doc = factories.document()
    doc.events.add(event)
    return doc


# How to link a record to an authority along each path: a path added to the table needs
# a way here, and the test below then checks that search documents read it.
LINK_BY = {
    "countries": lambda a: _with(factories.document(), "countries", a),
    "diplomaticgift__giving_country": lambda a: factories.gift(giving_country=a),
    "diplomaticgift__materials": lambda a: _with(factories.gift(), "materials", a),
    "events": lambda a: _with(factories.document(), "events", a),
    "diplomaticgift__occasion": lambda a: factories.gift(occasion=a),
    "person_links__person": lambda a: (
        ItemPerson.objects.create(item=factories.document(), person=a, role="author").item
    ),
    "photograph__photographer": lambda a: factories.photograph(photographer=a),
    "diplomaticgift__giver": lambda a: factories.gift(giver=a),
    "diplomaticgift__recipient": lambda a: factories.gift(recipient=a),
    "organizations": lambda a: _with(factories.document(), "organizations", a),
    "archivaldocument__holding_archive": lambda a: factories.document(holding_archive=a),
    "diplomaticgift__giving_organization": lambda a: factories.gift(giving_organization=a),
    "place": lambda a: factories.document(place=a),
    "events__place": _linked_event,
    "subjects": lambda a: _with(factories.document(), "subjects", a),
}


def _with(record, field: str, authority):
    getattr(record, field).add(authority)
    return record


@pytest.mark.django_db
@pytest.mark.parametrize(
    "key, lookup",
    [
        (key, path.lookup)
        for key, linked in LINKED.items()
        if not linked.key_only
        for path in linked.paths
    ],
)
def test_a_records_search_document_reads_every_path(key, lookup):
    authority = AUTHORITY[key]()
    record = LINK_BY[lookup](authority)
    item = for_indexing(CollectionItem.objects.filter(pk=record.pk)).get()
    names, _body = document_text(item)
    assert NAME in names
    assert record.pk in items_linked_to(key, authority.pk)
