from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.admin_access import HistoryAdmin
from core.admin_locking import VersionedAdmin, VersionedInline

from .models import (
    Country,
    Material,
    Organization,
    Person,
    PersonNameVariant,
    Place,
    PlaceName,
    Subject,
)

NAME_FIELDS = ("name_en", "name_ru", "name_kk")


class NamedAuthorityAdmin(VersionedAdmin, HistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = NAME_FIELDS
    search_fields = NAME_FIELDS
    list_per_page = 50


class PersonNameVariantInline(VersionedInline, admin.TabularInline):
    model = PersonNameVariant
    extra = 1
    fields = ("name", "script", "note")


@admin.register(Person)
class PersonAdmin(NamedAuthorityAdmin):
    list_display = (*NAME_FIELDS, "title", "country", "variant_list")
    list_select_related = ("country",)
    list_filter = ("country",)
    search_fields = (*NAME_FIELDS, "variants__name", "title")
    autocomplete_fields = ("country",)
    inlines = [PersonNameVariantInline]
    fieldsets = (
        (None, {"fields": (NAME_FIELDS, "title", "country")}),
        (_("Life"), {"fields": (("birth_year", "death_year"), "note")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("variants")

    @admin.display(description=_("name variants"))
    def variant_list(self, obj):
        return ", ".join(v.name for v in obj.variants.all())


@admin.register(Country)
class CountryAdmin(NamedAuthorityAdmin):
    list_display = ("iso_code", *NAME_FIELDS, "relations_established")
    search_fields = ("iso_code", *NAME_FIELDS)
    fields = ("iso_code", NAME_FIELDS, "relations_established")


@admin.register(Organization)
class OrganizationAdmin(NamedAuthorityAdmin):
    list_display = (*NAME_FIELDS, "abbreviation", "kind", "country")
    list_select_related = ("country",)
    list_filter = ("kind", "country")
    search_fields = (*NAME_FIELDS, "abbreviation")
    autocomplete_fields = ("country",)
    fields = (NAME_FIELDS, ("abbreviation", "kind"), "country", "website")


class PlaceNameInline(VersionedInline, admin.TabularInline):
    model = PlaceName
    extra = 1
    fields = ("name", "language", "used_from", "used_until")


@admin.register(Place)
class PlaceAdmin(NamedAuthorityAdmin):
    list_display = (*NAME_FIELDS, "country", "former_names")
    list_select_related = ("country",)
    list_filter = ("country",)
    search_fields = (*NAME_FIELDS, "historical_names__name")
    autocomplete_fields = ("country",)
    inlines = [PlaceNameInline]
    fields = (NAME_FIELDS, "country", ("latitude", "longitude"))

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("historical_names")

    @admin.display(description=_("names over time"))
    def former_names(self, obj):
        return ", ".join(str(n) for n in obj.historical_names.all())


@admin.register(Material)
class MaterialAdmin(NamedAuthorityAdmin):
    list_display = (*NAME_FIELDS, "aat_uri")
    fields = (NAME_FIELDS, "aat_uri")


@admin.register(Subject)
class SubjectAdmin(NamedAuthorityAdmin):
    fields = (NAME_FIELDS,)
