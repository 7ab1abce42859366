from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PUBLICATION_ACTIONS
from core.admin_access import HistoryAdmin
from core.admin_locking import VersionedAdmin
from events.models import Event


@admin.register(Event)
class EventAdmin(VersionedAdmin, HistoryAdmin):
    list_display = ("title_en", "event_type", "start_date", "end_date", "place", "status")
    list_select_related = ("place",)
    list_filter = ("event_type", "status", "countries")
    search_fields = ("title_en", "title_ru", "title_kk", "slug")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("place", "countries", "organizations", "participants", "parent")
    actions = PUBLICATION_ACTIONS
    fieldsets = (
        (None, {"fields": (("title_en", "title_ru", "title_kk"), "slug", "status")}),
        (_("When and where"), {"fields": ("event_type", ("start_date", "end_date"), "place")}),
        (_("Description"), {"fields": ("description_en", "description_ru", "description_kk")}),
        (_("Who"), {"fields": ("countries", "organizations", "participants", "parent")}),
    )
