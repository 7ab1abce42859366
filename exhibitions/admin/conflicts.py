from django.contrib import messages
from django.http import HttpResponseRedirect

from bookings.services import BookingConflict


class BookingConflictsAsMessages:
    """Forms check bookings before saving; this catches the rare clash that slips in between
    (two people booking one object at the same moment). The admin's save runs in one
    transaction, so the whole save is rolled back and the page says why."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except BookingConflict as conflict:
            for message in conflict.messages:
                self.message_user(request, message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
