"""Admin pieces shared by the apps: publication actions and image previews."""

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin_locking import report_stale, split_stale
from core.models import PublicationStatus, StaleVersion


def _set_status(modeladmin, request, queryset, status: str, verb: str | Promise) -> None:
    # One save per record, not queryset.update(), so each change enters the history.
    changed = 0
    pending = queryset.exclude(status=status)
    # Save records as their own type so the change lands in that type's history.
    objects = pending.specific() if hasattr(pending, "specific") else pending
    # Rows changed since the list was shown are left as they are (core.admin_locking).
    fresh, stale = split_stale(request, objects)
    for obj in fresh:
        obj.status = status
        obj._change_reason = verb
        try:
            obj.save(update_fields=["status", "updated_at"])
        except StaleVersion:  # changed between the check and this save
            stale.append(obj)
            continue
        changed += 1
    modeladmin.message_user(
        request,
        ngettext("%(count)d record %(verb)s.", "%(count)d records %(verb)s.", changed)
        % {"count": changed, "verb": verb},
        messages.SUCCESS,
    )
    report_stale(modeladmin, request, stale)


@admin.action(description=_("Publish selected records"), permissions=["change"])
def publish(modeladmin, request, queryset):
    _set_status(modeladmin, request, queryset, PublicationStatus.PUBLISHED, _("published"))


@admin.action(description=_("Return selected records to draft"), permissions=["change"])
def return_to_draft(modeladmin, request, queryset):
    _set_status(modeladmin, request, queryset, PublicationStatus.DRAFT, _("returned to draft"))


@admin.action(description=_("Withdraw selected records"), permissions=["change"])
def withdraw(modeladmin, request, queryset):
    _set_status(modeladmin, request, queryset, PublicationStatus.WITHDRAWN, _("withdrawn"))


PUBLICATION_ACTIONS = [publish, return_to_draft, withdraw]


class AddToExhibitionMixin:
    """The collection lists' "Add to an exhibition" action: open the exhibitions' add-objects
    page with the ticked records (exhibition staff may use it without editing records)."""

    @admin.action(description=_("Add selected records to an exhibition"), permissions=["exhibit"])
    def add_to_exhibition(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(
            reverse("admin:exhibitions_exhibition_add_objects") + "?" + urlencode({"items": ids})
        )

    def has_exhibit_permission(self, request) -> bool:
        return request.user.has_perm("exhibitions.add_exhibitionitem")


# The admin pages that show thumbnails load this (a style attribute would break the CSP).
THUMBNAIL_CSS = {"all": ["core/admin.css"]}


def thumbnail_tag(image, size: int = 60) -> str:
    if image is None or not image.thumbnail:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" width="{}" height="{}" class="admin-thumbnail">',
        image.thumbnail.url,
        image.alt_text or "",
        size,
        size,
    )
