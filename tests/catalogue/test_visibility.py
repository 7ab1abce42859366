"""Visitors see published records, events and exhibitions only, and never a staff-only
field: the visibility matrix across every public page, the sitemap and the JSON-LD."""

import re

import pytest

from events.models import Event
from tests.catalogue.conftest import HIDDEN_TEXTS, SECRET_TEXTS, full_sitemap, public_urls, url

LANGUAGES = ["kk", "ru", "en"]


def every_public_page(client, collection) -> dict[str, str]:
    pages = {}
    for language in LANGUAGES:
        for path in public_urls(collection):
            response = client.get(f"/{language}{path}")
            assert response.status_code == 200, path
            pages[f"/{language}{path}"] = response.content.decode()
    pages["/sitemap.xml"] = full_sitemap(client)
    pages["/robots.txt"] = client.get("/robots.txt").content.decode()
    return pages


def test_staff_only_fields_never_reach_a_public_page(client, collection):
    for address, page in every_public_page(client, collection).items():
        for secret in SECRET_TEXTS:
            assert secret not in page, f"{secret!r} on {address}"


def test_unpublished_records_events_and_exhibitions_appear_nowhere(client, collection):
    for address, page in every_public_page(client, collection).items():
        for hidden in HIDDEN_TEXTS + ["HIDDENPERSON"]:
            assert hidden not in page, f"{hidden!r} on {address}"
        for item in collection.hidden_items:
            assert item.accession_number not in page, f"{item.accession_number} on {address}"


@pytest.mark.parametrize("name", ["draft", "withdrawn", "review"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unpublished_records_page_is_not_found(client, collection, name, language):
    item = getattr(collection, name)
    assert client.get(url(item, language)).status_code == 404


def test_a_record_returned_to_draft_disappears(client, collection):
    assert client.get(url(collection.note)).status_code == 200
    collection.note.status = "draft"
    collection.note.save()
    assert client.get(url(collection.note)).status_code == 404


def test_unpublished_events_and_exhibitions_are_not_found(client, collection):
    assert client.get(url(collection.hidden_event)).status_code == 404
    assert client.get(url(collection.hidden_show)).status_code == 404


def test_authorities_without_published_records_have_no_page(client, collection):
    # Linked only to the draft and the withdrawn record.
    assert client.get(url(collection.hidden_person)).status_code == 404
    # The United States appears on a published photograph: a page, without the draft.
    response = client.get(url(collection.us))
    assert response.status_code == 200
    assert [i.pk for i in response.context["page"].object_list] == [collection.photo.pk]


def test_catalogue_lists_only_published_records(client, collection):
    response = client.get("/en/catalogue/")
    shown = {item.pk for item in response.context["page"].object_list}
    assert shown == {item.pk for item in collection.public_items}
    assert response.context["page"].count == 4


@pytest.mark.parametrize("query", ["DRAFTMARKER", "WITHDRAWNMARKER", "REVIEWMARKER", "memorandum"])
def test_searching_for_an_unpublished_record_finds_nothing(client, collection, query):
    response = client.get("/en/catalogue/", {"q": query})
    assert response.status_code == 200
    assert response.context["page"].object_list == []


def test_facets_count_only_published_records(client, collection):
    response = client.get("/en/catalogue/facets/")
    facets = {
        f["name"]: {o["value"]: o["count"] for o in f["options"]}
        for f in response.context["facets"]
    }
    # The draft and the withdrawn record are linked to Kazakhstan and the UN event too.
    assert facets["country"]["KZ"] == 3
    assert facets["event"]["un-membership"] == 2
    # The material of the gift in review is not counted; silver is on the published dish only.
    assert facets["material"][collection.silver.pk] == 1
    # Unpublished events and exhibitions are not options at all.
    assert "hidden-event" not in facets["event"]
    assert "hidden-show" not in facets["exhibition"]
    assert collection.hidden_person.pk not in facets["person"]


def test_filters_refuse_unpublished_events_exhibitions_and_hidden_authorities(client, collection):
    for params in (
        {"event": "hidden-event"},
        {"exhibition": "hidden-show"},
        {"person": collection.hidden_person.pk},
    ):
        response = client.get("/en/catalogue/", params)
        assert response.status_code == 200
        assert response.context["problems"], params
        assert "not one of the available choices" in response.content.decode()


def test_object_page_does_not_link_unpublished_events_or_exhibitions(client, collection):
    page = client.get(url(collection.note)).content.decode()
    assert collection.un.title_en in page
    assert "HIDDENEVENT" not in page
    assert "HIDDENSHOW" not in page
    assert collection.show.title_en in page


def test_a_gift_given_at_an_unpublished_event_does_not_name_it(client, collection):
    collection.summit.status = "draft"
    collection.summit.save()
    page = client.get(url(collection.dish)).content.decode()
    assert collection.summit.title_en not in page


def test_exhibition_page_leaves_out_unpublished_objects_and_their_labels(client, collection):
    page = client.get(url(collection.show)).content.decode()
    assert "DRAFTMARKER" not in page
    assert "WITHDRAWNMARKER" not in page
    assert collection.note.title_en in page


def test_sitemap_lists_public_things_only(client, collection):
    sitemap = full_sitemap(client)
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for item in collection.public_items:
        assert f"http://testserver{url(item)}" in locations
    for item in collection.hidden_items:
        assert item.accession_number not in sitemap
    assert f"http://testserver{url(collection.un)}" in locations
    assert "hidden-event" not in sitemap
    assert "hidden-show" not in sitemap
    assert f"http://testserver{url(collection.suleimenov)}" in locations
    assert f"/people/{collection.hidden_person.pk}/" not in sitemap


def test_json_ld_carries_no_staff_only_field(client, collection):
    for item in collection.public_items:
        page = client.get(url(item)).content.decode()
        data = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert data, item
        for secret in SECRET_TEXTS:
            assert secret not in data.group(1)


def test_filter_choices_follow_publication_from_one_request_to_the_next(client, collection):
    hidden = {"event": "hidden-event"}
    assert client.get("/en/catalogue/", hidden).context["problems"]
    event = Event.objects.get(slug="hidden-event")
    event.status = "published"
    event.save()
    # The form class is built once; its choices are read again for every request.
    assert not client.get("/en/catalogue/", hidden).context["problems"]
    event.status = "draft"
    event.save()
    assert client.get("/en/catalogue/", hidden).context["problems"]
