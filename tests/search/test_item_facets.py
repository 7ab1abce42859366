"""The facet table the catalogue filters and counts from, kept with the search index."""

import pytest

from collections_app.models import ItemCountry, ItemPerson
from exhibitions.models import Exhibition, ExhibitionItem
from search.models import ItemFacet
from tests import factories

pytestmark = pytest.mark.django_db


def facets_of(item) -> set[tuple[str, str]]:
    return set(ItemFacet.objects.filter(item=item).values_list("facet", "value"))


def test_a_gift_reaches_its_authorities_by_every_path(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kz, cn = factories.country(), factories.country("CN", "China")
        giver, recipient, depicted = (factories.person(n) for n in ("Hu", "Nazarbayev", "X"))
        summit = factories.event(status="published")
        silver = factories.material()
        gift = factories.gift(giver=giver, recipient=recipient, giving_country=cn, occasion=summit)
        gift.countries.add(kz)
        gift.materials.add(silver)
        ItemPerson.objects.create(item=gift, person=depicted, role="depicted")
    assert facets_of(gift) == {
        ("type", "gift"),
        ("country", str(kz.pk)),
        ("country", str(cn.pk)),
        ("person", str(giver.pk)),
        ("person", str(recipient.pk)),
        ("person", str(depicted.pk)),
        ("event", str(summit.pk)),
        ("material", str(silver.pk)),
    }


def test_unpublished_events_and_exhibitions_are_not_facets(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft_event = factories.event(status="draft")
        doc = factories.document()
        doc.events.add(draft_event)
        show = Exhibition.objects.create(
            title_en="Show", slug="show", start_date="2022-06-30", status="draft"
        )
        ExhibitionItem.objects.create(exhibition=show, item=doc)
    assert facets_of(doc) == {("type", "document")}

    with django_capture_on_commit_callbacks(execute=True):
        draft_event.status = "published"
        draft_event.save()
        show.status = "published"
        show.save()
    assert facets_of(doc) == {
        ("type", "document"),
        ("event", str(draft_event.pk)),
        ("exhibition", str(show.pk)),
    }


def test_removing_a_link_removes_the_facet(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kz = factories.country()
        doc = factories.document()
        doc.countries.add(kz)
    with django_capture_on_commit_callbacks(execute=True):
        doc.countries.remove(kz)
    assert facets_of(doc) == {("type", "document")}


def test_a_link_row_written_directly_updates_the_facets(django_capture_on_commit_callbacks):
    # The link tables are models of their own (search.links): a row created or
    # deleted without the many-to-many manager (an import, the shell) counts as well.
    with django_capture_on_commit_callbacks(execute=True):
        kz = factories.country()
        doc = factories.document()
        link = ItemCountry.objects.create(item=doc, country=kz)
    assert ("country", str(kz.pk)) in facets_of(doc)
    with django_capture_on_commit_callbacks(execute=True):
        link.delete()
    assert facets_of(doc) == {("type", "document")}
