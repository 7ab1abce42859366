from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from exhibitions import services
from exhibitions.admin.conflicts import BookingConflictsAsMessages
from exhibitions.models import Venue


@admin.register(Venue)
class VenueAdmin(BookingConflictsAsMessages, SimpleHistoryAdmin):
    list_display = ("name_en", "organization", "place", "is_virtual")
    list_select_related = ("organization", "place")
    search_fields = ("name_en", "name_ru", "name_kk", "address")
    autocomplete_fields = ("organization", "place")
    fields = (("name_en", "name_ru", "name_kk"), "organization", "place", "address", "is_virtual")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "is_virtual" in form.changed_data:
            services.sync_venue_bookings(obj)
