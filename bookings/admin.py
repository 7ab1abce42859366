from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from bookings.models import Booking


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Where each object is committed and when. Read-only: bookings follow from exhibitions
    (and later loans), so they are changed there."""

    list_display = ("item", "accession_number", "venue", "start_date", "end_date", "exhibition")
    list_select_related = ("item", "venue", "stop__exhibition")
    list_filter = ("venue",)
    search_fields = ("item__accession_number", "item__title_en", "item__title_ru", "item__title_kk")
    date_hierarchy = "start_date"

    @admin.display(description=_("accession number"), ordering="item__accession_number")
    def accession_number(self, booking):
        return booking.item.accession_number

    @admin.display(description=_("exhibition"))
    def exhibition(self, booking):
        return booking.exhibition

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
