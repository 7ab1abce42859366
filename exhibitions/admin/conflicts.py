from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect

from bookings.services import BookingConflict


class BookingConflictsAsMessages:
    """Forms check bookings before saving; this catches the clashes that only the save can
    see: two people booking one object at the same moment, or a version restored from the
    history (which bypasses the change form). The save runs in one transaction, so it is
    rolled back whole and the page says why."""

    def resync_bookings(self, obj) -> None:
        """Rewrite the bookings that follow from ``obj``; raises BookingConflict."""
        raise NotImplementedError

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except BookingConflict as conflict:
            return self._refused(request, conflict)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        try:
            with transaction.atomic():
                response = super().history_form_view(request, object_id, version_id, extra_context)
                if request.method == "POST" and response.status_code == 302:
                    self.resync_bookings(self.model._default_manager.get(pk=object_id))
                return response
        except BookingConflict as conflict:
            return self._refused(request, conflict)

    def _refused(self, request, conflict: BookingConflict):
        for message in conflict.messages:
            self.message_user(request, message, messages.ERROR)
        return HttpResponseRedirect(request.get_full_path())
