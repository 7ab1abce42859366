"""The admin's history pages (django-simple-history) under the roles: reverting is a write and
needs change permission, it never touches a field the user may not change, and the history
never shows a field the user may not see."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from collections_app.models import CollectionItem, DiplomaticGift
from events.models import Event
from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def revert_url(obj, version) -> str:
    opts = obj._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history",
        args=[obj.pk, version.history_id],
    )


def history_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


def _set(obj, **values):
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj


RECORDS = {
    "document": factories.document,
    "photograph": factories.photograph,
    "gift": factories.gift,
    "event": factories.event,
}


def curators_form(curator, url) -> dict:
    """The revert form as a curator sees it: what a view-only user would forge."""
    client = Client()
    client.force_login(curator)
    return form_data(client.get(url))


class TestViewOnlyRoleCannotRevert:
    @pytest.mark.parametrize("kind", RECORDS)
    @pytest.mark.parametrize("later_status", ["withdrawn", "draft"])
    def test_posting_the_revert_form_does_not_republish(
        self, exhibition_client, curator, kind, later_status
    ):
        record = RECORDS[kind](status="published")
        published = record.history.latest()
        _set(record, status=later_status)
        url = revert_url(record, published)

        for data in ({}, curators_form(curator, url)):
            assert exhibition_client.post(url, data).status_code == 403
        record.refresh_from_db()
        assert record.status == later_status
        assert record.history.count() == 2

    def test_the_version_can_still_be_read(self, exhibition_client):
        event = factories.event(status="published")
        published = event.history.latest()
        _set(event, status="withdrawn")
        response = exhibition_client.get(revert_url(event, published))
        assert response.status_code == 200
        assert b'name="_save"' not in response.content


class TestRevertKeepsFieldsTheUserMayNotChange:
    @pytest.fixture
    def gift(self, registrar):
        gift = factories.gift(
            accession_number="GIF-1999-0001",
            estimated_value=Decimal("1000.00"),
            value_currency="USD",
        )
        first = gift.history.latest()
        _set(
            gift,
            accession_number="GIF-2001-0007",
            estimated_value=Decimal("2500.00"),
            value_currency="EUR",
            title_en="Silver dish with engraving",
        )
        return gift, first

    def test_curator_revert_keeps_valuation_and_accession_number(self, curator_client, gift):
        gift, first = gift
        url = revert_url(gift, first)
        data = form_data(curator_client.get(url))
        # A forged form: the fields the curator may not change, with the old values.
        data.update(accession_number="GIF-1999-0001", estimated_value="1000", value_currency="USD")

        response = curator_client.post(url, data)

        assert response.status_code == 302
        gift.refresh_from_db()
        assert gift.title_en == "Silver dish"  # the version is restored ...
        assert gift.accession_number == "GIF-2001-0007"  # ... but not what is the registrar's
        assert (gift.estimated_value, gift.value_currency) == (Decimal("2500.00"), "EUR")

    def test_registrar_revert_restores_everything(self, registrar_client, gift):
        gift, first = gift
        url = revert_url(gift, first)
        response = registrar_client.post(url, form_data(registrar_client.get(url)))

        assert response.status_code == 302
        gift.refresh_from_db()
        assert gift.title_en == "Silver dish"
        assert gift.accession_number == "GIF-1999-0001"
        assert (gift.estimated_value, gift.value_currency) == (Decimal("1000.00"), "USD")

    def test_shared_record_list_revert_keeps_the_accession_number(self, curator_client):
        # The shared "Collection records" admin has its own history pages.
        item = CollectionItem(item_type="document", title_en="Untyped", accession_number="X-1")
        item.save()
        first = item.history.latest()
        _set(item, accession_number="X-2", title_en="Untyped, renamed")
        url = revert_url(item, first)
        data = form_data(curator_client.get(url))
        data["accession_number"] = "X-1"

        assert curator_client.post(url, data).status_code == 302
        item.refresh_from_db()
        assert (item.title_en, item.accession_number) == ("Untyped", "X-2")


class TestHistoryHidesValuations:
    @pytest.fixture
    def gift(self):
        gift = factories.gift(estimated_value=Decimal("1234.00"), value_currency="USD")
        _set(gift, estimated_value=Decimal("5678.00"), value_currency="GBP")
        return gift

    def test_exhibition_staff_see_no_valuation_in_the_history_list(self, exhibition_client, gift):
        response = exhibition_client.get(history_url(gift))
        assert response.status_code == 200
        for secret in (b"1234", b"5678", b"GBP", b"Estimated value", b"Currency"):
            assert secret not in response.content

    def test_exhibition_staff_see_no_valuation_in_a_version(self, exhibition_client, gift):
        response = exhibition_client.get(revert_url(gift, gift.history.earliest()))
        assert response.status_code == 200
        for secret in (b"1234", b"5678", b"GBP", b"estimated_value"):
            assert secret not in response.content

    def test_curator_sees_the_valuation_changes(self, curator_client, gift):
        response = curator_client.get(history_url(gift))
        assert b"1234" in response.content and b"5678" in response.content
        response = curator_client.get(revert_url(gift, gift.history.earliest()))
        assert b"1234" in response.content


class TestChangelistRefusesHiddenLookups:
    @pytest.fixture
    def gifts(self):
        factories.gift(estimated_value=Decimal("900.00"), value_currency="USD")
        factories.gift(
            title_en="Gold cup", estimated_value=Decimal("2000.00"), value_currency="USD"
        )

    GIFTS = "admin:collections_app_diplomaticgift_changelist"
    RECORDS = "admin:collections_app_collectionitem_changelist"

    @pytest.mark.parametrize(
        "url_name, query",
        [
            (GIFTS, "estimated_value__gte=1500"),
            (GIFTS, "estimated_value=2000"),
            (GIFTS, "estimated_value__isnull=True"),
            (GIFTS, "value_currency=USD"),
            (GIFTS, "value_currency__startswith=U"),
            (RECORDS, "diplomaticgift__estimated_value__gte=1500"),
        ],
    )
    def test_exhibition_staff_lookup_is_refused(self, exhibition_client, gifts, url_name, query):
        response = exhibition_client.get(reverse(url_name) + "?" + query)
        assert response.status_code == 400
        assert b"Gold cup" not in response.content and b"1 diplomatic gift" not in response.content

    def test_curator_may_filter_on_the_valuation(self, curator_client, gifts):
        response = curator_client.get(reverse(self.GIFTS) + "?estimated_value__gte=1500")
        assert response.status_code == 200
        assert response.context["cl"].result_count == 1

    def test_ordinary_lookups_still_work_for_exhibition_staff(self, exhibition_client, gifts):
        response = exhibition_client.get(reverse(self.GIFTS) + "?category=tableware")
        assert response.status_code == 200
        assert response.context["cl"].result_count == 2


def test_events_revert_by_curator_still_works(curator_client):
    event = factories.event(status="published")
    published = event.history.latest()
    _set(event, status="withdrawn")
    url = revert_url(event, published)
    assert curator_client.post(url, form_data(curator_client.get(url))).status_code == 302
    assert Event.objects.get(pk=event.pk).status == "published"


class TestRestoringADeletedRecord:
    @pytest.fixture
    def deleted(self):
        gift = factories.gift(
            accession_number="GIF-1999-0001", estimated_value=Decimal("10.00"), value_currency="USD"
        )
        version, pk = gift.history.latest(), gift.pk
        gift.delete()
        return pk, version

    def url(self, deleted):
        pk, version = deleted
        return reverse(
            "admin:collections_app_diplomaticgift_simple_history", args=[pk, version.history_id]
        )

    def test_needs_add_permission(self, exhibition_client, curator, deleted):
        url = self.url(deleted)
        assert exhibition_client.post(url, curators_form(curator, url)).status_code == 403
        assert not DiplomaticGift.objects.exists()

    def test_fields_the_user_may_not_change_start_as_on_the_add_form(self, curator, deleted):
        url = self.url(deleted)
        client = Client()
        client.force_login(curator)
        assert client.post(url, form_data(client.get(url))).status_code == 302
        gift = DiplomaticGift.objects.get(pk=deleted[0])
        assert gift.title_en == "Silver dish"
        assert gift.accession_number.startswith("GIF-") and gift.accession_number != "GIF-1999-0001"
        assert (gift.estimated_value, gift.value_currency) == (None, "")
