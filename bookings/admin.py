from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from bookings.models import Booking


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Where each object is committed and when. Read-only: bookings follow from exhibitions
    (and later loans), so they are changed there."""

    list_display = ("item", "accession_number", "venue", "start_date", "end_date", "booked_for")
    list_filter = ("venue",)
    search_fields = ("item__accession_number", "item__title_en", "item__title_ru", "item__title_kk")
    date_hierarchy = "start_date"

    @admin.display(description=_("accession number"), ordering="item__accession_number")
    def accession_number(self, booking):
        return booking.item.accession_number

    def get_queryset(self, request):
        return super().get_queryset(request).for_messages()

    @admin.display(description=_("booked for"))
    def booked_for(self, booking):
        return booking.booked_for()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
