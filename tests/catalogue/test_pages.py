"""Every public page answers in each language; unknown addresses are a 404, not an error."""

import pytest
from django.utils import timezone

from tests import factories
from tests.catalogue.conftest import public_urls, url

LANGUAGES = ["kk", "ru", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_answers_in_each_language(client, collection, language):
    for path in public_urls(collection):
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        assert response["Content-Language"] == language


def test_root_redirects_to_the_visitors_language(client, db):
    response = client.get("/", headers={"accept-language": "ru"})
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_root_redirects_to_english_by_default(client, db):
    response = client.get("/")
    assert response["Location"] == "/en/"


def test_an_unprefixed_public_path_redirects_to_the_language_version(client, collection):
    response = client.get("/catalogue/", headers={"accept-language": "kk"})
    assert response.status_code == 302
    assert response["Location"] == "/kk/catalogue/"


def test_services_stay_outside_the_language_prefix(client, db):
    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/en/objects/NO-SUCH-NUMBER/",
        "/en/people/999999/",
        "/en/countries/ZZ/",
        "/en/organizations/999999/",
        "/en/events/no-such-event/",
        "/en/exhibitions/no-such-exhibition/",
    ],
)
def test_unknown_things_are_not_found(client, collection, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("number", ["F.5/12_a-1", "DOC-2024-0001", "a.b", "X/Y/Z", "PHO_1999_12"])
def test_object_urls_accept_every_character_an_accession_number_may_hold(client, db, number):
    item = factories.document(f"Record {number}", accession_number=number, status="published")
    assert url(item) == f"/en/objects/{number}/"
    response = client.get(url(item))
    assert response.status_code == 200
    assert f"Record {number}" in response.content.decode()


def test_home_page_shows_search_featured_objects_and_exhibitions(client, collection):
    page = client.get("/en/").content.decode()
    assert 'name="q"' in page
    # Featured objects are published ones with an image.
    assert collection.note.title_en in page
    assert collection.vase.title_en in page
    assert collection.dish.title_en not in page  # no image
    assert collection.show.title_en in page
    assert collection.upcoming_show.title_en in page
    assert collection.past_show.title_en not in page


def test_home_page_lists_events_on_this_day(client, collection):
    today = timezone.localdate()
    factories.event(
        "Anniversary reception",
        slug="anniversary",
        start_date=today.replace(year=2000),
        status="published",
    )
    factories.event(
        "HIDDENEVENT rehearsal", slug="hidden-today", start_date=today.replace(year=2004)
    )
    page = client.get("/en/").content.decode()
    assert "On this day in history" in page
    assert "Anniversary reception" in page
    assert "HIDDENEVENT" not in page


def test_events_timeline_is_grouped_by_year_in_date_order(client, collection):
    page = client.get("/en/events/").content.decode()
    assert page.index('id="year-1992"') < page.index('id="year-2010"')
    assert page.index(collection.un.title_en) < page.index(collection.summit.title_en)


def test_exhibitions_are_split_into_current_upcoming_and_past(client, collection):
    response = client.get("/en/exhibitions/")
    assert [x.slug for x in response.context["current"]] == ["thirty-years"]
    assert [x.slug for x in response.context["upcoming"]] == ["gifts-of-friendship"]
    assert [x.slug for x in response.context["past"]] == ["independence-twenty"]


def test_exhibition_page_numbers_its_public_objects_without_gaps(client, collection):
    response = client.get(f"/en/exhibitions/{collection.show.slug}/")
    entries = [entry.item.pk for entry in response.context["page"].object_list]
    assert entries == [collection.note.pk, collection.vase.pk]
    page = response.content.decode()
    assert '<p class="card__number">1</p>' in page
    assert '<p class="card__number">2</p>' in page
    assert '<p class="card__number">3</p>' not in page
    assert "The note that opened the way to the UN." in page
    assert "A vase from Japan." in page


def test_authority_pages_list_objects_reached_by_every_path(client, collection):
    # Suleimenov signed the note (people on records) and took the photograph (photographer).
    response = client.get(f"/en/people/{collection.suleimenov.pk}/")
    assert {i.pk for i in response.context["page"].object_list} == {
        collection.note.pk,
        collection.photo.pk,
    }
    # Japan gave the dish (giving state) and is a country of the vase.
    response = client.get("/en/countries/JP/")
    assert {i.pk for i in response.context["page"].object_list} == {
        collection.dish.pk,
        collection.vase.pk,
    }
    # The archive holds the note.
    response = client.get(f"/en/organizations/{collection.archive.pk}/")
    assert [i.pk for i in response.context["page"].object_list] == [collection.note.pk]


def test_event_page_lists_its_objects_including_gifts_given_on_the_occasion(client, collection):
    response = client.get(f"/en/events/{collection.summit.slug}/")
    assert [i.pk for i in response.context["page"].object_list] == [collection.dish.pk]
    response = client.get(f"/en/events/{collection.un.slug}/")
    assert {i.pk for i in response.context["page"].object_list} == {
        collection.note.pk,
        collection.photo.pk,
    }


def test_object_page_shows_images_with_captions_and_credit(client, collection):
    image = collection.note.images.get()
    image.caption_en = "The first page"
    image.caption_ru = "Первая страница"
    image.credit = "Photo: State Archive"
    image.alt_text_en = "A typed note on letterhead"
    image.save()
    page = client.get(url(collection.note)).content.decode()
    assert image.thumbnail.url in page
    assert image.image.url in page
    assert "The first page" in page
    assert "Photo: State Archive" in page
    assert 'alt="A typed note on letterhead"' in page
    assert "Первая страница" in client.get(url(collection.note, "ru")).content.decode()


def test_images_without_alt_text_fall_back_to_the_title(client, collection):
    page = client.get(url(collection.vase)).content.decode()
    assert f'alt="{collection.vase.title_en}"' in page


def test_object_page_links_to_its_authorities(client, collection):
    page = client.get(url(collection.dish)).content.decode()
    assert url(collection.jp) in page
    assert url(collection.nazarbayev) in page
    assert url(collection.summit) in page
    assert f"/en/catalogue/?material={collection.silver.pk}" in page


def test_an_exhibition_card_shows_the_primary_image_of_its_first_published_object(
    client, collection
):
    factories.image(collection.note, is_primary=False, position=5, colour="yellow")
    primary = collection.note.images.get(is_primary=True)
    response = client.get("/en/exhibitions/")
    assert response.context["current"][0].cover == primary
    # The draft in second place is skipped once the note is withdrawn.
    collection.note.status = "withdrawn"
    collection.note.save()
    response = client.get("/en/exhibitions/")
    assert response.context["current"][0].cover == collection.vase.images.get()


def test_a_card_escapes_every_value_it_shows(client, db):
    item = factories.gift(
        title_en='<b>Cup</b> & "saucer"',
        date_display="<i>1992</i>",
        status="published",
    )
    picture = factories.image(item)
    picture.alt_text_en = 'A cup "<script>"'
    picture.save()
    page = client.get("/en/catalogue/").content.decode()
    assert "<b>Cup</b>" not in page and "<i>1992</i>" not in page
    # Cards are rendered by Jinja2 (catalogue.cards), which writes a quote as &#34;.
    assert "&lt;b&gt;Cup&lt;/b&gt; &amp; &#34;saucer&#34;" in page
    assert "· &lt;i&gt;1992&lt;/i&gt;" in page
    assert 'alt="A cup &#34;&lt;script&gt;&#34;"' in page
