"""Optimistic locking in the admin: one mixin for model admins, one for inlines, and the check
the bulk actions make. Change forms, inline rows and list_editable rows carry their row's
version in a hidden field; the changelist carries the versions of the rows it lists (and when
it was shown), so an action never overwrites a row changed since the list was shown."""

import datetime
from functools import partial
from typing import cast

from django.contrib import messages
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.db import router, transaction
from django.forms.models import modelformset_factory
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from simple_history.models import is_historic

from core.admin_types import HistoryModelAdmin, InlineAdmin
from core.locking import (
    STALE_WHILE_SAVING,
    VersionedInlineFormSet,
    VersionedModelForm,
    VersionedModelFormSet,
    VersionFormField,
    changes_since,
    current_version,
    describe_changes,
    history_of,
)
from core.models import StaleVersion

LISTED = "_listed"
LISTED_AT = "_listed_at"
CHUNK = 500


def _with_version(fieldsets, wanted: bool):
    """The fieldsets with the hidden version as the first fieldset's last line, or without."""
    fieldsets = list(fieldsets)
    present = "version" in flatten_fieldsets(fieldsets)
    if wanted and not present and fieldsets:
        name, options = fieldsets[0]
        fieldsets[0] = (name, {**options, "fields": (*options["fields"], "version")})
    elif not wanted and present:
        fieldsets = [
            (name, {**options, "fields": tuple(f for f in options["fields"] if f != "version")})
            for name, options in fieldsets
        ]
    return fieldsets


def _rewind_uploads(request) -> None:
    for _name, files in request.FILES.lists():
        for upload in files:
            upload.seek(0)


class VersionedAdmin(HistoryModelAdmin):
    """For the ModelAdmin of a core.models.Versioned model."""

    form = VersionedModelForm
    change_list_template = "admin/core/versioned_change_list.html"
    # The delete page carries the version it showed (delete_view).
    delete_confirmation_template = "admin/core/versioned_delete_confirmation.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # Only an existing row that this user may change carries its version.
        wanted = obj is not None and self.has_change_permission(request, obj)
        return _with_version(fieldsets, wanted)

    def get_form(self, request, obj=None, change=False, **kwargs):
        # ``form`` is VersionedModelForm or a subclass of it.
        form = cast("type[VersionedModelForm]", super().get_form(request, obj, change, **kwargs))
        form.readonly_shown = tuple(self.get_readonly_fields(request, obj))
        if obj is not None and is_historic(obj):
            current = current_version(obj)
            if current is None:
                # Restoring a deleted row from its history adds it again.
                obj._state.adding = True
            else:
                # Reverting to an old version is a change based on the current one.
                obj.version = current
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return self._retrying(super().changeform_view, request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._retrying(
            super().history_form_view, request, object_id, version_id, extra_context
        )

    def delete_view(self, request, object_id, extra_context=None):
        """A row saved by someone else after the delete page showed it is not deleted:
        the page is shown again, saying who changed what. The row stays locked from the
        check to the delete, so a save cannot come between them (it waits, then finds
        the row gone). A confirmation without a version (a page from before versions
        were shown) deletes as Django does."""
        if request.method == "POST" and request.POST.get("post"):
            with transaction.atomic(using=router.db_for_write(self.model)):
                changed = self._changed_since_shown(request, object_id)
                if changed is None:
                    return super().delete_view(request, object_id, extra_context)
            self.message_user(request, changed, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        return super().delete_view(request, object_id, extra_context)

    def _changed_since_shown(self, request, object_id) -> str | None:
        shown = VersionFormField().clean(request.POST.get("version"))
        obj = self.get_object(request, unquote(object_id))
        if shown is None or obj is None or not self.has_delete_permission(request, obj):
            return None  # Django's own answer: the delete, not found, or refused
        model = type(obj)
        current = (
            model._base_manager.select_for_update()
            .filter(pk=obj.pk)
            .values_list("version", flat=True)
            .first()
        )
        if current is None or current == shown:
            return None
        changes = describe_changes(
            model, changes_since(obj, version=shown), _visible(self, request, obj)
        )
        return _(
            "%(object)s was not deleted: someone else saved it after this page showed it "
            "(%(changes)s). Look at it as it is now before deleting it."
        ) % {"object": obj, "changes": changes}

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "listed_at": timezone.now().isoformat()}
        return self._retrying(super().changelist_view, request, extra_context)

    def _retrying(self, view, request, *args):
        """A save that lost the race after its form was checked rolled everything back;
        run the view once more, and the form, seeing the new version, says who won."""
        try:
            return view(request, *args)
        except StaleVersion:
            if request.method != "POST":
                raise
        _rewind_uploads(request)
        try:
            return view(request, *args)
        except StaleVersion:
            self.message_user(
                request,
                STALE_WHILE_SAVING % {"name": self.opts.verbose_name},
                messages.ERROR,
            )
            return HttpResponseRedirect(request.get_full_path())

    def get_changelist_formset(self, request, **kwargs):
        """list_editable rows carry their version too."""
        defaults = {
            "formfield_callback": partial(self.formfield_for_dbfield, request=request),
            "formset": VersionedModelFormSet,
            **kwargs,
        }
        return modelformset_factory(
            self.model,
            self.get_changelist_form(request, form=self.form),
            extra=0,
            fields=[*self.list_editable, "version"],
            **defaults,
        )


class VersionedInline(InlineAdmin):
    """For the inline of a core.models.Versioned model."""

    form = VersionedModelForm
    formset = VersionedInlineFormSet

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return _with_version(fieldsets, self.has_change_permission(request, obj))


def _listed(post) -> tuple[dict[str, int], datetime.datetime | None]:
    """The versions of the rows the changelist showed, and when it was shown."""
    versions = {}
    for value in post.getlist(LISTED):
        pk, _sep, version = value.rpartition(":")
        if pk and version.isdigit():
            versions[pk] = int(version)
    try:
        shown = datetime.datetime.fromisoformat(post.get(LISTED_AT, ""))
    except ValueError:
        shown = None
    if shown is not None and timezone.is_naive(shown):
        shown = None
    return versions, shown


def _changed_since(objects: list, when: datetime.datetime) -> set:
    """Which of ``objects`` have a history record later than ``when`` (one query per type
    and chunk)."""
    changed = set()
    by_model: dict = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj.pk)
    for model, pks in by_model.items():
        history = history_of(model).model
        key = model._meta.pk.attname
        for start in range(0, len(pks), CHUNK):
            changed |= set(
                history.objects.filter(
                    **{f"{key}__in": pks[start : start + CHUNK], "history_date__gt": when}
                ).values_list(key, flat=True)
            )
    return changed


def split_stale(request, objects) -> tuple[list, list]:
    """The selected rows an action may change, and those it must leave: rows changed since
    the changelist showed them (by version), rows on other pages (select all) changed
    since it was shown (by history), and rows the list did not say anything about."""
    versions, shown = _listed(request.POST)
    objects = list(objects)
    unlisted = [obj for obj in objects if str(obj.pk) not in versions]
    changed_unlisted = _changed_since(unlisted, shown) if shown and unlisted else set()
    fresh: list = []
    stale: list = []
    for obj in objects:
        listed = versions.get(str(obj.pk))
        if listed is not None:
            ok = listed == obj.version
        else:
            ok = shown is not None and obj.pk not in changed_unlisted
        (fresh if ok else stale).append(obj)
    return fresh, stale


def _visible(modeladmin, request, obj) -> set[str]:
    """The fields the user sees on the row's own change page."""
    try:
        admin = modeladmin.admin_site.get_model_admin(type(obj))
    except NotRegistered:
        admin = modeladmin
    return set(flatten_fieldsets(admin.get_fieldsets(request, obj)))


def report_stale(modeladmin, request, stale: list) -> None:
    """Tell the user which selected rows were left as they were, and who changed them."""
    if not stale:
        return
    versions, shown = _listed(request.POST)
    rows = []
    for obj in stale:
        listed = versions.get(str(obj.pk))
        if listed is None and shown is None:
            what = _("the list did not say which version it showed")
        else:
            if listed is not None:
                changes = changes_since(obj, version=listed)
            else:
                changes = changes_since(obj, since=shown)
            what = describe_changes(type(obj), changes, _visible(modeladmin, request, obj))
        rows.append(_("%(object)s (%(changes)s)") % {"object": obj, "changes": what})
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d selected record was left as it was, because it was changed after "
            "this list was shown: %(records)s. Reload the list to see it as it is now.",
            "%(count)d selected records were left as they were, because they were changed "
            "after this list was shown: %(records)s. Reload the list to see them as they "
            "are now.",
            len(stale),
        )
        % {"count": len(stale), "records": "; ".join(rows)},
        messages.WARNING,
    )
