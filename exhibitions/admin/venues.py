from django.contrib import admin

from bookings.models import Venue
from core.admin_access import HistoryAdmin
from core.admin_locking import VersionedAdmin
from exhibitions import services
from exhibitions.admin.conflicts import BookingConflictsAsMessages


# Venues live in bookings, but changing one re-checks the exhibitions that stop there, so
# their admin is registered from here, above both.
@admin.register(Venue)
class VenueAdmin(VersionedAdmin, BookingConflictsAsMessages, HistoryAdmin):
    list_display = ("name_en", "organization", "place", "is_virtual")
    list_select_related = ("organization", "place")
    search_fields = ("name_en", "name_ru", "name_kk", "address")
    autocomplete_fields = ("organization", "place")
    fields = (("name_en", "name_ru", "name_kk"), "organization", "place", "address", "is_virtual")

    def save_model(self, request, obj, form, change):
        was_virtual = change and Venue.objects.filter(pk=obj.pk, is_virtual=True).exists()
        super().save_model(request, obj, form, change)
        if change and was_virtual != obj.is_virtual:
            services.sync_venue_bookings(obj)

    def resync_bookings(self, obj) -> None:
        services.sync_venue_bookings(obj)
