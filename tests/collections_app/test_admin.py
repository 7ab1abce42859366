"""Admin smoke tests for every model as a curator: changelist, search, add, change."""

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from authorities.models import Organization, PersonNameVariant, PlaceName, Subject
from bookings.models import Venue
from collections_app.models import ItemPerson
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionVenue
from tests import factories
from tests.admin_forms import form_data, listed_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(db):
    kz = factories.country()
    person = factories.person(country=kz)
    PersonNameVariant.objects.create(person=person, name="Сулейменов", script="cyrl")
    astana = factories.place(country=kz)
    PlaceName.objects.create(place=astana, name="Akmola", used_from=1992, used_until=1998)
    summit = factories.event(place=astana)
    doc = factories.document(place=astana)
    ItemPerson.objects.create(item=doc, person=person, role="signatory")
    photo = factories.photograph(photographer=person)
    gift = factories.gift(giver=person, occasion=summit, estimated_value=500, value_currency="USD")
    gift.materials.add(factories.material())
    for item in (doc, photo, gift):
        factories.image(item)
    venue = Venue.objects.create(name_en="Baiterek square", place=astana)
    exhibition = Exhibition.objects.create(
        title_en="30 years of diplomatic service", slug="thirty-years", start_date="2022-06-30"
    )
    ExhibitionVenue.objects.create(
        exhibition=exhibition, venue=venue, start_date="2022-06-30", end_date="2022-10-01"
    )
    ExhibitionItem.objects.create(exhibition=exhibition, item=doc, position=1)
    return {
        "country": kz,
        "person": person,
        "place": astana,
        "material": gift.materials.get(),
        "subject": Subject.objects.create(name_en="UN membership"),
        "organization": Organization.objects.create(
            name_en="United Nations", abbreviation="UN", kind="international"
        ),
        "event": summit,
        "archivaldocument": doc,
        "photograph": photo,
        "diplomaticgift": gift,
        "collectionitem": doc.collectionitem_ptr,
        "venue": venue,
        "exhibition": exhibition,
    }


def admin_models():
    return sorted(
        (model._meta.app_label, model._meta.model_name)
        for model in admin.site._registry
        if model._meta.app_label in {"collections_app", "events", "exhibitions"}
    )


@pytest.mark.parametrize("app_label,model_name", admin_models())
def test_changelist_and_search(admin_client, one_of_each, app_label, model_name):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "Suleimenov"}).status_code == 200
    assert admin_client.get(url, {"q": "Сулейменов"}).status_code == 200


@pytest.mark.parametrize("app_label,model_name", admin_models())
def test_curator_opens_add_and_change_pages(curator_client, one_of_each, app_label, model_name):
    add = curator_client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    assert add.status_code == (403 if model_name == "collectionitem" else 200)
    obj = one_of_each[model_name]
    change = curator_client.get(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk]))
    if model_name == "collectionitem":
        # The shared list sends editors to the record's own type.
        assert change.status_code == 302
        assert change["Location"] == obj.get_admin_url()
    else:
        assert change.status_code == 200


@pytest.mark.parametrize(
    "model_name",
    [
        "archivaldocument",
        "photograph",
        "diplomaticgift",
        "person",
        "place",
        "country",
        "event",
        "exhibition",
        "venue",
        "material",
        "subject",
        "organization",
    ],
)
def test_curator_saves_a_change_form_unchanged(curator_client, one_of_each, model_name):
    obj = one_of_each[model_name]
    app_label = obj._meta.app_label
    url = reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk])
    response = curator_client.post(url, form_data(curator_client.get(url)))
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_search_finds_records_by_name_variant(curator_client, one_of_each):
    url = reverse("admin:collections_app_collectionitem_changelist")
    response = curator_client.get(url, {"q": "Сулейменов"})
    assert list(response.context["cl"].result_list) == [one_of_each["collectionitem"]]


def test_search_finds_records_by_accession_number(curator_client, one_of_each):
    gift = one_of_each["diplomaticgift"]
    url = reverse("admin:collections_app_collectionitem_changelist")
    response = curator_client.get(url, {"q": gift.accession_number})
    assert [item.pk for item in response.context["cl"].result_list] == [gift.pk]


def test_changelist_filters_by_type_and_material(curator_client, one_of_each):
    url = reverse("admin:collections_app_collectionitem_changelist")
    by_type = curator_client.get(url, {"item_type__exact": "photograph"})
    assert [i.pk for i in by_type.context["cl"].result_list] == [one_of_each["photograph"].pk]
    by_material = curator_client.get(
        url, {"diplomaticgift__materials__id__exact": one_of_each["material"].pk}
    )
    assert [i.pk for i in by_material.context["cl"].result_list] == [
        one_of_each["diplomaticgift"].pk
    ]


def test_changelist_shows_thumbnail_and_type(curator_client, one_of_each):
    response = curator_client.get(reverse("admin:collections_app_collectionitem_changelist"))
    content = response.content.decode()
    assert one_of_each["diplomaticgift"].images.get().thumbnail.url in content
    assert "Diplomatic gift" in content


def test_bulk_return_to_draft(curator_client, one_of_each):
    doc = one_of_each["archivaldocument"]
    doc.status = "published"
    doc.save()
    url = reverse("admin:collections_app_collectionitem_changelist")
    curator_client.post(
        url,
        {
            "action": "return_to_draft",
            "_selected_action": [doc.pk],
            **listed_rows(curator_client.get(url)),
        },
    )
    doc.refresh_from_db()
    assert doc.status == "draft"
    # The change is in the record's own history, with a reason.
    assert doc.history.latest().history_change_reason == "returned to draft"


def test_two_primary_images_get_a_message_not_an_error(curator_client, one_of_each):
    gift = one_of_each["diplomaticgift"]
    url = reverse("admin:collections_app_diplomaticgift_change", args=[gift.pk])
    data = form_data(curator_client.get(url))
    data["images-TOTAL_FORMS"] = "2"
    data["images-1-image"] = factories.upload("second.jpg")
    data["images-1-is_primary"] = "on"
    data["images-1-position"] = "1"
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert "Mark only one image as primary." in response.content.decode()
    assert gift.images.count() == 1


def test_moving_the_primary_flag_between_images(curator_client, one_of_each):
    gift = one_of_each["diplomaticgift"]
    second = factories.image(gift, is_primary=False, position=1)
    url = reverse("admin:collections_app_diplomaticgift_change", args=[gift.pk])
    data = form_data(curator_client.get(url))
    for index in range(2):
        if data[f"images-{index}-id"] == str(second.pk):
            data[f"images-{index}-is_primary"] = "on"
        else:
            data.pop(f"images-{index}-is_primary", None)
    response = curator_client.post(url, data)
    assert response.status_code == 302
    assert gift.images.get(is_primary=True) == second


def test_first_image_becomes_primary_when_none_is_marked(curator_client, one_of_each):
    doc = one_of_each["archivaldocument"]
    doc.images.all().delete()
    url = reverse("admin:collections_app_archivaldocument_change", args=[doc.pk])
    data = form_data(curator_client.get(url))
    data["images-0-image"] = factories.upload("page1.jpg")
    response = curator_client.post(url, data)
    assert response.status_code == 302
    assert doc.images.get().is_primary


def test_not_an_image_upload_gets_a_message(curator_client, one_of_each):
    doc = one_of_each["archivaldocument"]
    url = reverse("admin:collections_app_archivaldocument_change", args=[doc.pk])
    data = form_data(curator_client.get(url))
    data["images-TOTAL_FORMS"] = "2"
    data["images-1-image"] = SimpleUploadedFile("scan.jpg", b"not an image", "image/jpeg")
    data["images-1-position"] = "1"
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert doc.images.count() == 1


def test_deleting_a_linked_authority_is_refused_in_the_admin(curator_client, one_of_each):
    country = one_of_each["country"]
    one_of_each["archivaldocument"].countries.add(country)
    url = reverse("admin:authorities_country_delete", args=[country.pk])
    response = curator_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in (
        response.content.decode()
    )
    country.refresh_from_db()
