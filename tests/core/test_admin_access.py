"""core.admin_access: a field a user may not see is never shown, filtered, sorted or searched
on, whatever the admin declares; every admin with a history uses it."""

import pytest
from django.contrib import admin
from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.test import RequestFactory
from simple_history.admin import SimpleHistoryAdmin

from collections_app.admin.items import DiplomaticGiftAdmin
from collections_app.models import CollectionItem, DiplomaticGift
from core.admin_access import FieldAccessMixin, HistoryAdmin, without_fields
from exhibitions.models import ExhibitionItem
from tests import factories

pytestmark = pytest.mark.django_db


class CarelessGiftAdmin(DiplomaticGiftAdmin):
    """An admin that offers the valuation everywhere a list can use a field."""

    list_display = ("title_en", "estimated_value", "valuation")
    list_filter = (
        "category",
        "estimated_value",
        ("value_currency", admin.AllValuesFieldListFilter),
    )
    search_fields = ("title_en", "=value_currency", "^giver__name_en")
    ordering = ("-estimated_value", "title_en")

    @admin.display(ordering="estimated_value")
    def valuation(self, obj):
        return "—"


class ExhibitionItemAdmin(HistoryAdmin):
    list_filter = ("item__diplomaticgift__estimated_value",)


@pytest.fixture
def site():
    site = admin.AdminSite(name="access_test")
    site.register(DiplomaticGift, CarelessGiftAdmin)
    site.register(ExhibitionItem, ExhibitionItemAdmin)
    return site


def request_for(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_hidden_fields_leave_every_list_feature(site, exhibition_staff):
    gifts = site._registry[DiplomaticGift]
    request = request_for(exhibition_staff)
    assert gifts.get_list_display(request) == ["title_en"]
    assert gifts.get_sortable_by(request) == ["title_en"]
    assert gifts.get_list_filter(request) == ["category"]
    assert gifts.get_search_fields(request) == ["title_en", "^giver__name_en"]
    assert gifts.get_ordering(request) == ["title_en"]
    for lookup in ("estimated_value__gte", "value_currency", "estimated_value__isnull"):
        assert not gifts.lookup_allowed(lookup, "1", request)
    assert gifts.lookup_allowed("category", "book", request)
    assert not gifts.to_field_allowed(request, "estimated_value")
    # Through relations, to the model whose admin declares the rule.
    entries = site._registry[ExhibitionItem]
    assert entries.get_list_filter(request) == []
    assert not entries.lookup_allowed("item__diplomaticgift__estimated_value__gt", "1", request)


def test_holders_of_view_valuation_keep_them(site, curator):
    gifts = site._registry[DiplomaticGift]
    request = request_for(curator)
    assert gifts.get_list_display(request) == ["title_en", "estimated_value", "valuation"]
    assert "=value_currency" in gifts.get_search_fields(request)
    assert gifts.lookup_allowed("estimated_value__gte", "1", request)
    # Seen but not theirs to change.
    assert {"estimated_value", "value_currency", "accession_number"} <= set(
        gifts.get_readonly_fields(request)
    )


def test_careless_admin_changelist_answers_400_to_a_hidden_lookup(site, exhibition_staff):
    factories.gift(estimated_value=10, value_currency="USD")
    gifts = site._registry[DiplomaticGift]
    request = request_for(exhibition_staff)
    request.GET = request.GET.copy()
    request.GET["estimated_value__gte"] = "5"
    with pytest.raises(DisallowedModelAdminLookup):
        gifts.get_changelist_instance(request)
    request.GET = request.GET.copy()
    request.GET.pop("estimated_value__gte")
    request.GET["q"] = "USD"
    assert gifts.get_changelist_instance(request).result_count == 0


def test_hidden_fields_are_neither_shown_nor_on_the_form(exhibition_staff, registrar):
    gifts = admin.site._registry[DiplomaticGift]
    staff, owner = request_for(exhibition_staff), request_for(registrar)
    shown = [name for _t, o in gifts.get_fieldsets(staff) for row in o["fields"] for name in row]
    assert "estimated_value" not in str(shown)
    assert "estimated_value" in str(gifts.get_fieldsets(owner))
    assert "estimated_value" not in gifts.get_form(staff)().fields
    assert "estimated_value" in gifts.get_form(owner)().fields


def test_without_fields_drops_empty_rows_and_fieldsets():
    fieldsets = [
        ("A", {"fields": ("a", ("b", "c")), "classes": ("wide",)}),
        ("B", {"fields": (("d",),)}),
    ]
    assert without_fields(fieldsets, {"b", "d"}) == [
        ("A", {"fields": ("a", ("c",)), "classes": ("wide",)})
    ]


def test_every_admin_with_a_history_applies_the_access_rules():
    missing = [
        type(model_admin).__name__
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, SimpleHistoryAdmin)
        and not isinstance(model_admin, FieldAccessMixin)
    ]
    assert missing == []
    assert isinstance(admin.site._registry[CollectionItem], HistoryAdmin)
