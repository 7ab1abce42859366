"""For type checking only: the admin classes core's admin mixins are mixed into.

django-simple-history ships no types, so its SimpleHistoryAdmin would read as Any and
switch checking off in the mixins; this is Django's ModelAdmin with the history methods
the mixins use."""

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse

if TYPE_CHECKING:

    class HistoryModelAdmin(admin.ModelAdmin[Any]):
        def history_form_view(
            self,
            request: HttpRequest,
            object_id: str,
            version_id: str,
            extra_context: dict[str, Any] | None = None,
        ) -> HttpResponse: ...

        def has_change_history_permission(
            self, request: HttpRequest, obj: Any | None = None
        ) -> bool: ...

        def get_historical_record_context_helper(
            self, request: HttpRequest, historical_record: Any
        ) -> Any: ...

    InlineAdmin = admin.options.InlineModelAdmin[Any, Any]
else:
    HistoryModelAdmin = InlineAdmin = object
