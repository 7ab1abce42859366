"""Every list page runs a fixed number of queries, however many results it shows."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bookings.models import Venue
from collections_app.models import ItemPerson
from collections_app.models.items import IMAGE_NOT_LISTED, NOT_LISTED
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionVenue
from search.query import COUNT_CAP
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.performance]


@pytest.fixture
def site(django_capture_on_commit_callbacks):
    """Authorities, an event and an exhibition that ``add_records`` links records to."""
    with django_capture_on_commit_callbacks(execute=True):
        today = timezone.localdate()
        kz = factories.country()
        person = factories.person()
        silver = factories.material()
        event = factories.event(status="published", start_date=today.replace(year=2000))
        exhibition = Exhibition.objects.create(
            title_en="Open now",
            slug="open-now",
            start_date=today - datetime.timedelta(days=1),
            status="published",
        )
        venue = Venue.objects.create(name_en="Main hall", place=factories.place())
        ExhibitionVenue.objects.create(
            exhibition=exhibition, venue=venue, start_date=today, end_date=today
        )
    return {"kz": kz, "person": person, "silver": silver, "event": event, "exhibition": exhibition}


def add_records(site, start: int, count: int, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(start, start + count):
            doc = factories.document(f"Document {i}", status="published")
            gift = factories.gift(f"Gift {i}", status="published", giver=site["person"])
            photo = factories.photograph(f"Photograph {i}", status="published")
            gift.materials.add(site["silver"])
            ItemPerson.objects.create(item=doc, person=site["person"], role="author")
            for item in (doc, gift, photo):
                item.countries.add(site["kz"])
                item.events.add(site["event"])
                factories.image(item)
                ExhibitionItem.objects.create(exhibition=site["exhibition"], item=item, position=i)
            factories.event(
                f"Event {i}", slug=f"event-{i}", status="published", start_date=f"{1990 + i}-05-01"
            )
            Exhibition.objects.create(
                title_en=f"Exhibition {i}",
                slug=f"exhibition-{i}",
                start_date=f"{2000 + i}-01-01",
                end_date=f"{2000 + i}-02-01",
                status="published",
            )


def list_pages(site) -> dict[str, str]:
    return {
        "home": "/en/",
        "catalogue": "/en/catalogue/",
        "search": "/en/catalogue/?q=document",
        "filtered": f"/en/catalogue/?country=KZ&type=gift&person={site['person'].pk}",
        "person": f"/en/people/{site['person'].pk}/",
        "country": "/en/countries/KZ/",
        "event": f"/en/events/{site['event'].slug}/",
        "events": "/en/events/",
        "exhibitions": "/en/exhibitions/",
        "exhibition": "/en/exhibitions/open-now/",
    }


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


def test_list_pages_run_the_same_queries_for_more_results(
    client, site, django_capture_on_commit_callbacks
):
    add_records(site, 0, 2, django_capture_on_commit_callbacks)
    few = {name: count_queries(client, url) for name, url in list_pages(site).items()}
    add_records(site, 2, 7, django_capture_on_commit_callbacks)
    many = {name: count_queries(client, url) for name, url in list_pages(site).items()}
    assert many == few


@pytest.fixture
def filled(site, django_capture_on_commit_callbacks):
    add_records(site, 0, 8, django_capture_on_commit_callbacks)
    return site


def test_home_queries(client, filled, django_assert_num_queries):
    # recent published records with an image (their primary images joined),
    # record counts by type, current and upcoming exhibitions, their venues (prefetch),
    # their cover image ids, the cover images, events on this day.
    with django_assert_num_queries(7):
        client.get("/en/")


def test_catalogue_browse_queries(client, filled, django_assert_num_queries):
    # the index version (the count is cached under it), capped count, the page's keys in
    # date order, the page's records (their primary images joined). The facet counts
    # are a request of their own (below).
    with django_assert_num_queries(4):
        response = client.get("/en/catalogue/")
    assert len(response.context["page"].object_list) == 20
    # Again: the count comes from the cache while the index is unchanged.
    with django_assert_num_queries(3):
        client.get("/en/catalogue/")


def test_catalogue_facet_block_queries(client, filled, django_assert_num_queries):
    # the index version (the counts are cached under it), facet counts (one grouped
    # query), labels of five facets' options.
    with django_assert_num_queries(7):
        response = client.get("/en/catalogue/facets/")
    assert response.context["facets"]
    # Again: from the cache while the index is unchanged.
    with django_assert_num_queries(1):
        client.get("/en/catalogue/facets/")


def test_catalogue_search_and_filter_queries(client, filled, django_assert_num_queries):
    # The search backend checks the words against the index first (search.backends;
    # how many queries that takes is the backend's business, and does not depend on
    # the number of results: see the test above).
    with CaptureQueriesContext(connection) as search_only:
        client.get("/en/catalogue/?q=document")
    search_checks = len(search_only) - 3
    cache.clear()  # nothing from the search above: cards and counts read afresh
    # the filter choices checked: country, person (2), the search's checks,
    # then the index version, the ranked window with the number of matches (one pass
    # over them), the window's records with their primary images (3).
    url = f"/en/catalogue/?q=document&country=KZ&person={filled['person'].pk}"
    with django_assert_num_queries(2 + search_checks + 3):
        client.get(url)
    # Its facet block: the index version, the filter choices (2), the search's checks,
    # the counts of the facets without ticked options (one pass over the matches), of
    # each facet with ticked options over the set its own filter does not narrow:
    # country, person (2), and the labels of the four facets with options (no document
    # has a material).
    cache.clear()
    url = f"/en/catalogue/facets/?q=document&country=KZ&person={filled['person'].pk}"
    with django_assert_num_queries(1 + 2 + search_checks + 1 + 2 + 4):
        client.get(url)


def test_authority_page_queries(client, filled, django_assert_num_queries):
    # the person (with a check for published records), the person's name variants
    # (prefetch), capped count, the page of records with their primary images.
    with django_assert_num_queries(4):
        client.get(f"/en/people/{filled['person'].pk}/")
    # the country, capped count, the page of records with their primary images.
    with django_assert_num_queries(3):
        client.get("/en/countries/KZ/")


def test_event_pages_queries(client, filled, django_assert_num_queries):
    # capped count, the page of events (with their places).
    with django_assert_num_queries(2):
        client.get("/en/events/")
    # the event with its place and parent, published sub-events, published exhibitions,
    # participants, countries, organizations (prefetches, with a check for published
    # records each), capped count, the page of records with their primary images.
    with django_assert_num_queries(8):
        client.get(f"/en/events/{filled['event'].slug}/")


def test_exhibition_pages_queries(client, filled, django_assert_num_queries):
    # the exhibitions, their venues (prefetch), their cover image ids, the cover images.
    with django_assert_num_queries(4):
        client.get("/en/exhibitions/")
    # the exhibition, its venues, published related events, organizers, partners,
    # sections (prefetches), the published objects' order (ids and sections),
    # the page of objects with their records, their primary images.
    with django_assert_num_queries(9):
        client.get("/en/exhibitions/open-now/")


def test_object_page_queries(client, filled, django_assert_num_queries):
    from collections_app.models import CollectionItem

    gift = CollectionItem.objects.filter(item_type="gift").first()
    # the record with its own-type row and its images (one joined query), and everything
    # linked to the record in one union (people on the record, countries, organizations,
    # subjects, materials, published events and exhibitions, its place, giver...).
    with django_assert_num_queries(2):
        client.get(f"/en/objects/{gift.accession_number}/")


def test_the_count_stops_at_the_cap(client, filled):
    with CaptureQueriesContext(connection) as ctx:
        client.get("/en/catalogue/")
    count_sql = next(q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper())
    assert f"LIMIT {COUNT_CAP + 1}" in count_sql


def test_a_repeated_search_ranks_only_its_page(client, filled, django_assert_num_queries):
    first = client.get("/en/catalogue/?q=document")
    # The count came with the facet counts and is cached with them, and the cards of
    # the page too (catalogue.cards); again, the index version, the word check and the
    # ranked window.
    with django_assert_num_queries(3):
        again = client.get("/en/catalogue/?q=document")
    assert again.context["page"].count == first.context["page"].count > 0
    assert again.context["page"].object_list == first.context["page"].object_list
    assert again.content == first.content


def test_cards_without_an_image_cost_no_query(client, filled, django_capture_on_commit_callbacks):
    def imageless(start: int, count: int) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            for i in range(start, start + count):
                factories.document(f"Imageless note {i}", status="published")
        response = client.get("/en/catalogue/?q=imageless&sort=title")
        assert len(response.context["page"].object_list) == start + count
        assert all(card.image_url == "" for card in response.context["page"].object_list)
        return count_queries(client, "/en/catalogue/?q=imageless&sort=title")

    assert imageless(0, 1) == imageless(1, 5)


def test_list_pages_leave_long_texts_and_staff_fields_in_the_database(client, filled):
    # Cards show neither: a list reads no description, no staff note, no storage place.
    for name, url in list_pages(filled).items():
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        for query in ctx.captured_queries:
            sql = query["sql"]
            if "collections_app_collectionitem" in sql:
                for column in NOT_LISTED:
                    assert f'."{column}"' not in sql, (name, column, sql)
                for column in IMAGE_NOT_LISTED:
                    assert f'listed_image."{column}' not in sql, (name, column, sql)


def test_a_page_past_the_last_of_a_known_search_ranks_nothing(
    client, filled, django_assert_num_queries
):
    client.get("/en/catalogue/?q=document")
    # The number of matches is known: the index version tells it is current, and no
    # page 99 exists to rank.
    with django_assert_num_queries(1):
        response = client.get("/en/catalogue/?q=document&page=99")
    assert response.context["page"].object_list == []
    assert "There is no page 99" in response.content.decode()


def test_a_filtered_search_ranks_its_window_once(client, db, django_capture_on_commit_callbacks):
    # Sixty documents outrank (by primary key, as their ranks are equal) ten gifts: the
    # best-ranked matches a bounded sort would keep are all filtered out.
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(60):
            factories.document(f"Treaty {i}", status="published")
        for i in range(10):
            factories.gift(f"Treaty gift {i}", status="published")
    url = "/en/catalogue/?q=treaty&type=gift"
    assert client.get(url).context["page"].count == 10
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert len(response.context["page"].object_list) == 10
    windows = [q for q in ctx.captured_queries if "search_searchentry" in q["sql"]]
    assert len(windows) == 1
