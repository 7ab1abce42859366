"""Who may do what: curators, registrars, exhibition staff and outsiders."""

from decimal import Decimal

import pytest
from django.urls import reverse

from core.roles import setup_roles
from tests import factories
from tests.admin_forms import form_data, listed_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def gift(db):
    return factories.gift(estimated_value=Decimal("1200.00"), value_currency="USD")


def change_url(gift):
    return reverse("admin:collections_app_diplomaticgift_change", args=[gift.pk])


class TestExhibitionStaff:
    def test_can_view_but_not_edit_records(self, exhibition_client, gift):
        response = exhibition_client.get(change_url(gift))
        assert response.status_code == 200
        assert b'name="_save"' not in response.content  # read-only page

        data = {"title_en": "Renamed", "category": "book"}
        assert exhibition_client.post(change_url(gift), data).status_code == 403
        gift.refresh_from_db()
        assert gift.title_en == "Silver dish"

    def test_cannot_add_records(self, exhibition_client):
        url = reverse("admin:collections_app_diplomaticgift_add")
        assert exhibition_client.get(url).status_code == 403

    def test_cannot_change_authorities(self, exhibition_client):
        person = factories.person()
        url = reverse("admin:authorities_person_change", args=[person.pk])
        assert exhibition_client.post(url, {"name_en": "X"}).status_code == 403

    def test_does_not_see_valuations(self, exhibition_client, gift):
        response = exhibition_client.get(change_url(gift))
        assert b"1200" not in response.content
        assert b"Valuation" not in response.content

    def test_can_create_exhibitions(self, exhibition_client):
        url = reverse("admin:exhibitions_exhibition_add")
        assert exhibition_client.get(url).status_code == 200

    def test_cannot_publish_records_in_bulk(self, exhibition_client, gift):
        changelist = reverse("admin:collections_app_collectionitem_changelist")
        exhibition_client.post(
            changelist,
            {
                "action": "publish",
                "_selected_action": [gift.pk],
                # As the page sends it, so only the role can be what refuses it.
                **listed_rows(exhibition_client.get(changelist)),
            },
        )
        gift.refresh_from_db()
        assert gift.status == "draft"


class TestCurator:
    def test_sees_but_cannot_change_a_valuation(self, curator_client, gift):
        response = curator_client.get(change_url(gift))
        assert b"1200" in response.content
        data = form_data(response)
        data["estimated_value"] = "1"
        data["title_en"] = "Silver dish with engraving"
        assert curator_client.post(change_url(gift), data).status_code == 302
        gift.refresh_from_db()
        assert gift.title_en == "Silver dish with engraving"
        assert gift.estimated_value == Decimal("1200.00")

    def test_cannot_change_the_accession_number(self, curator_client, gift):
        number = gift.accession_number
        data = form_data(curator_client.get(change_url(gift)))
        data["accession_number"] = "GIF-1900-0001"
        assert curator_client.post(change_url(gift), data).status_code == 302
        gift.refresh_from_db()
        assert gift.accession_number == number

    def test_cannot_delete_records(self, curator_client, gift):
        url = reverse("admin:collections_app_diplomaticgift_delete", args=[gift.pk])
        assert curator_client.post(url, {"post": "yes"}).status_code == 403


class TestRegistrar:
    def test_changes_valuation_and_accession_number(self, registrar_client, gift):
        data = form_data(registrar_client.get(change_url(gift)))
        data["estimated_value"] = "950.50"
        data["value_currency"] = "EUR"
        data["accession_number"] = "GIF-1992-0007"
        response = registrar_client.post(change_url(gift), data)
        assert response.status_code == 302
        gift.refresh_from_db()
        assert gift.estimated_value == Decimal("950.50")
        assert gift.value_currency == "EUR"
        assert gift.accession_number == "GIF-1992-0007"

    def test_duplicate_accession_number_gets_a_message(self, registrar_client, gift):
        other = factories.document()
        data = form_data(registrar_client.get(change_url(gift)))
        data["accession_number"] = other.accession_number
        response = registrar_client.post(change_url(gift), data)
        assert response.status_code == 200
        assert "already exists" in response.content.decode()

    def test_value_without_currency_gets_a_message(self, registrar_client, gift):
        data = form_data(registrar_client.get(change_url(gift)))
        data.pop("value_currency")
        response = registrar_client.post(change_url(gift), data)
        assert response.status_code == 200
        assert "Give the currency of the value." in response.content.decode()


class TestOutsiders:
    def test_non_staff_user_is_sent_to_login(self, client, outsider):
        client.force_login(outsider)
        response = client.get(reverse("admin:collections_app_diplomaticgift_changelist"))
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]

    def test_anonymous_is_sent_to_login(self, client, gift):
        response = client.get(change_url(gift))
        assert response.status_code == 302


def test_setup_roles_is_idempotent(roles):
    first = {name: set(group.permissions.all()) for name, group in roles.items()}
    again = setup_roles()
    assert {name: set(group.permissions.all()) for name, group in again.items()} == first


def test_registrar_adding_a_record_without_a_number_gets_one(registrar_client):
    from collections_app.models import DiplomaticGift
    from tests.admin_forms import ITEM_DEFAULTS, item_inlines

    response = registrar_client.post(
        reverse("admin:collections_app_diplomaticgift_add"),
        {
            **ITEM_DEFAULTS,
            "title_en": "Carpet",
            "category": "textile",
            "disposition": "retained",
            **item_inlines(),
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert DiplomaticGift.objects.get().accession_number.startswith("GIF-")
