from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from core.admin import PUBLICATION_ACTIONS
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionVenue, Venue


@admin.register(Venue)
class VenueAdmin(SimpleHistoryAdmin):
    list_display = ("name_en", "organization", "place", "is_virtual")
    list_select_related = ("organization", "place")
    search_fields = ("name_en", "name_ru", "name_kk", "address")
    autocomplete_fields = ("organization", "place")
    fields = (("name_en", "name_ru", "name_kk"), "organization", "place", "address", "is_virtual")


class ExhibitionVenueInline(admin.TabularInline):
    model = ExhibitionVenue
    extra = 1
    autocomplete_fields = ("venue",)


class ExhibitionItemInline(admin.TabularInline):
    model = ExhibitionItem
    extra = 1
    autocomplete_fields = ("item",)
    fields = ("position", "item", "label_en", "label_ru", "label_kk")


@admin.register(Exhibition)
class ExhibitionAdmin(SimpleHistoryAdmin):
    list_display = ("title_en", "exhibition_type", "start_date", "end_date", "status")
    list_filter = ("exhibition_type", "status")
    search_fields = ("title_en", "title_ru", "title_kk", "slug")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("organizers", "partners", "events")
    filter_horizontal = ("curators",)
    inlines = [ExhibitionVenueInline, ExhibitionItemInline]
    actions = PUBLICATION_ACTIONS
    fieldsets = (
        (None, {"fields": (("title_en", "title_ru", "title_kk"), "slug", "status")}),
        (_("Summary"), {"fields": ("summary_en", "summary_ru", "summary_kk")}),
        (_("When"), {"fields": ("exhibition_type", ("start_date", "end_date"))}),
        (_("Who"), {"fields": ("organizers", "partners", "curators", "events")}),
    )
