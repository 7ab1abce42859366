"""An object page reads its record and images in one query and its links in another,
whatever the record links to, and shows only what is published (catalogue/record_page.py)."""

import pytest

from catalogue import record_page
from collections_app.models import ItemPerson
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def gift(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft = factories.event("Draft meeting DRAFTMARKER", slug="draft-meeting")
        gift = factories.gift(
            "Carpet from Japan",
            status="published",
            giver=factories.person("Zhanar Omarova"),
            recipient=factories.person("Berik Abenov"),
            giving_country=factories.country("JP", "Japan"),
            occasion=draft,
            place=factories.place("Almaty"),
        )
        for iso, name in (("US", "United States"), ("KZ", "Kazakhstan"), ("CN", "China")):
            gift.countries.add(factories.country(iso, name))
        for name, position in (("Second Person", 2), ("First Person", 1)):
            ItemPerson.objects.create(
                item=gift, person=factories.person(name), role="depicted", position=position
            )
        for title, start in (("Older summit", "2001-01-01"), ("Newer summit", "2005-01-01")):
            event = factories.event(title, slug=title.lower().replace(" ", "-"), start_date=start)
            event.status = "published"
            event.save()
            gift.events.add(event)
        gift.events.add(draft)
        factories.image(gift)
    return gift


def test_two_queries_even_with_a_draft_occasion(client, gift, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get(f"/en/objects/{gift.accession_number}/")
    assert response.status_code == 200
    assert "DRAFTMARKER" not in response.content.decode()


def test_linked_lists_keep_each_models_order(gift):
    page = record_page.load(gift.accession_number)
    links = page.links
    assert [c.name for c in links.countries] == ["China", "Kazakhstan", "United States"]
    assert [link.person.name for link in links.people] == ["First Person", "Second Person"]
    assert [e.title for e in links.events] == ["Newer summit", "Older summit"]  # newest first
    assert page.item.place.name == "Almaty"
    child = page.child
    assert (child.giver.name, child.recipient.name) == ("Zhanar Omarova", "Berik Abenov")
    assert child.giving_country.get_absolute_url() == "/en/countries/JP/"
    assert not child.occasion.is_public
    assert len(page.images) == 1 and page.images[0].item_id == gift.pk


def test_unpublished_and_unknown_records_are_not_found(client, gift):
    gift.status = "draft"
    gift.save()
    assert record_page.load(gift.accession_number) is None
    assert client.get(f"/en/objects/{gift.accession_number}/").status_code == 404
    assert record_page.load("NO-SUCH-1") is None
    # Longer than the field's 32 characters: not found, no error.
    assert record_page.load("no accession number: longer than the field's 32 characters") is None


def test_every_authority_reached_by_many_rows_has_a_list_on_the_page():
    from search.links import LINKED

    for key, linked in LINKED.items():
        if any(path.many for path in linked.direct_paths):
            assert hasattr(record_page.Linked(), record_page.LISTS[key]), key


def test_the_links_read_come_from_the_table_of_paths(gift, monkeypatch):
    from dataclasses import replace

    from search.links import LINKED

    country = LINKED["country"]
    without = tuple(path for path in country.paths if path.lookup != "countries")
    monkeypatch.setitem(LINKED, "country", replace(country, paths=without))
    page = record_page.load(gift.accession_number)
    assert page.links.countries == []
    assert page.child.giving_country.name == "Japan"
    assert [link.person.name for link in page.links.people] == ["First Person", "Second Person"]


def test_values_come_as_the_orm_gives_them(gift):
    from collections_app.models import CollectionItem

    page = record_page.load(gift.accession_number)
    stored = CollectionItem.objects.get(pk=gift.pk)
    for name in ("created_at", "updated_at", "date_earliest", "status", "title_en"):
        assert getattr(page.item, name) == getattr(stored, name), name
    assert page.item.updated_at.tzinfo is not None
    assert page.images[0].is_primary is True


def test_a_record_with_its_own_type_row_and_one_without(gift, client, django_assert_num_queries):
    from collections_app.models import CollectionItem, DiplomaticGift

    page = record_page.load(gift.accession_number)
    assert isinstance(page.child, DiplomaticGift) and page.child.pk == gift.pk
    assert page.child.giver.name_en == "Zhanar Omarova"
    with django_assert_num_queries(0):
        assert page.item.diplomaticgift is page.child
    # A record whose own-type row is missing (rows written outside the models) still
    # has its page, with the facts it shares.
    bare = CollectionItem.objects.create(
        item_type="document",
        accession_number="DOC-1999-0001",
        title_en="Orphan memo",
        status="published",
    )
    orphan = record_page.load(bare.accession_number)
    assert orphan.item.pk == bare.pk and orphan.child is None and orphan.images == []
    assert client.get(bare.get_absolute_url()).status_code == 200


def test_images_come_in_the_pages_order_with_the_record_read_once(gift, django_assert_num_queries):
    # One row an image, up to JOINED_IMAGES: the primary first, then by position and
    # upload; the record and its own-type row are the same whichever row they come from.
    first = factories.image(gift, is_primary=False, position=1, colour="green")
    also_first = factories.image(gift, is_primary=False, position=1, colour="blue")
    primary = gift.images.get(is_primary=True)
    assert record_page.JOINED_IMAGES == 3
    with django_assert_num_queries(2):
        page = record_page.load(gift.accession_number)
    assert [image.pk for image in page.images] == [primary.pk, first.pk, also_first.pk]
    assert {image.item_id for image in page.images} == {gift.pk}
    assert page.item.title_en == "Carpet from Japan" and page.child.giver.name == "Zhanar Omarova"
    assert len(page.links.countries) == 3  # the links are not repeated by the images


def test_a_record_with_many_images_reads_them_on_their_own(gift, django_assert_num_queries):
    # A document's page scans: the join stops after three, and all are read by a query of
    # their own, in the same order, rather than repeating the record's texts for each.
    later = [
        factories.image(gift, is_primary=False, position=n, colour="red") for n in (5, 4, 3, 2)
    ]
    primary = gift.images.get(is_primary=True)
    with django_assert_num_queries(3):
        page = record_page.load(gift.accession_number)
    assert [image.pk for image in page.images] == [primary.pk, *reversed([i.pk for i in later])]
    assert page.child.giver.name == "Zhanar Omarova"
