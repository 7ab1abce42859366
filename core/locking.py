"""Optimistic locking, the form side: forms carry the version they were based on, and a form
based on a version that is no longer current is refused with who changed what since (read
from django-simple-history) and the current values, keeping what its author typed.

The database side, which makes two saves of one version impossible, is core.models.Versioned.
"""

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet, BaseModelFormSet
from django.http import QueryDict
from django.utils import formats, timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_CHANGES = 10
MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class Change:
    """One save made since a given version: by whom, when, which fields it changed."""

    user: str
    when: datetime.datetime
    fields: tuple[str, ...]
    reason: str


def history_of(model_or_obj: type[models.Model] | models.Model) -> Any:
    """The history manager django-simple-history's ``register()`` added to the model (for
    an instance, its history records). ``register()`` also names it in the model's
    options, which the stubs cannot know."""
    name = model_or_obj._meta.simple_history_manager_attribute  # type: ignore[attr-defined]
    return getattr(model_or_obj, name)


def current_version(obj: models.Model) -> int | None:
    """The version in the database now; None if the row is gone."""
    owner = obj._meta.get_field("version").model
    return owner._base_manager.filter(pk=obj.pk).values_list("version", flat=True).first()


def _user_name(user) -> str:
    if user is None:
        return _("someone (not recorded)")
    return user.get_full_name() or user.get_username()


def changes_since(
    obj: models.Model,
    *,
    version: int | None = None,
    since: datetime.datetime | None = None,
) -> list[Change]:
    """The saves recorded in ``obj``'s history after ``version`` (or after the time
    ``since``), oldest first, each diffed against the one before it."""
    records = history_of(obj)
    if version is not None:
        newer, older = records.filter(version__gt=version), records.filter(version__lte=version)
    else:
        newer = records.filter(history_date__gt=since)
        older = records.filter(history_date__lte=since)
    newer = newer.select_related("history_user").order_by("history_date", "history_id")
    previous = older.order_by("-history_date", "-history_id").first()
    changes = []
    for record in newer[:MAX_CHANGES]:
        fields = ()
        if previous is not None:
            delta = record.diff_against(previous, excluded_fields=["version"])
            fields = tuple(delta.changed_fields)
        changes.append(
            Change(
                user=_user_name(record.history_user),
                when=record.history_date,
                fields=fields,
                reason=str(record.history_change_reason or ""),
            )
        )
        previous = record
    return changes


def field_label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def display_value(obj: models.Model, name: str) -> str:
    """A field's value as a person reads it, in plain text."""
    field = obj._meta.get_field(name)
    if field.many_to_many:
        value = ", ".join(str(related) for related in getattr(obj, name).all())
    else:
        value = getattr(obj, name)
        if isinstance(field, models.Field) and field.choices:
            value = dict(field.flatchoices).get(value, value)
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return formats.localize(value)
    return Truncator(str(value)).chars(MAX_VALUE_CHARS)


def describe_changes(model, changes: list[Change], visible: set[str] | None = None) -> str:
    """'anna at 4 Dec 2026 19:30: title (English), status; boris at …'"""
    parts = []
    for change in changes:
        shown = [f for f in change.fields if visible is None or f in visible]
        if shown:
            what = ", ".join(field_label(model, name) for name in shown)
        else:
            what = change.reason or _("no change to the fields shown here")
        when = formats.date_format(timezone.localtime(change.when), "SHORT_DATETIME_FORMAT")
        parts.append(
            _("%(user)s at %(time)s: %(what)s") % {"user": change.user, "time": when, "what": what}
        )
    if not parts:
        return _("the change is not in the history")
    return "; ".join(parts)


def stale_messages(
    current: models.Model, changes: list[Change], visible: set[str] | None = None
) -> list[str]:
    """What a refused form says: who changed what, the current values, what to do now."""
    model = type(current)
    lines = [
        _("Someone else saved this %(name)s after you opened the page: %(changes)s.")
        % {"name": model._meta.verbose_name, "changes": describe_changes(model, changes, visible)}
    ]
    changed = dict.fromkeys(
        name for change in changes for name in change.fields if visible is None or name in visible
    )
    if changed:
        values = "; ".join(
            _("%(field)s: “%(value)s”")
            % {"field": field_label(model, name), "value": display_value(current, name)}
            for name in changed
        )
        lines.append(_("Current values: %(values)s.") % {"values": values})
    lines.append(
        _(
            "Your changes are still in the form and have not been saved. Save again to "
            "replace the current values with yours, or reload the page to start from the "
            "current version."
        )
    )
    return lines


class VersionFormField(forms.IntegerField):
    """The hidden version. A missing or garbled value cleans to None (the form then says
    so in words); it never counts as a change of the form."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs["required"] = False
        kwargs["min_value"] = 1
        kwargs["max_value"] = 2**31 - 1  # the column's range on every database
        super().__init__(**kwargs)

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError:
            return None

    def has_changed(self, initial, data) -> bool:
        return False


class VersionedModelForm(forms.ModelForm):
    """A ModelForm for a Versioned model: refuses a save based on a stale version.

    ``check_unchanged``: whether to check a form whose fields are unchanged. A change
    form is always saved, so always checked; a formset saves only changed rows.
    """

    # Set by the admin: fields shown read-only beside the form, named in messages too.
    readonly_shown: tuple[str, ...] = ()

    def __init__(self, *args, check_unchanged: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.check_unchanged = check_unchanged
        self.version_refused = False

    def clean(self):
        cleaned = super().clean()
        if "version" in self.fields and cleaned is not None:
            self._check_version(cleaned)
        return cleaned

    def _check_version(self, cleaned: dict) -> None:
        if self.instance._state.adding:
            cleaned.pop("version", None)  # a new row starts at version 1
            return
        if not (self.check_unchanged or self.has_changed()):
            cleaned.pop("version", None)  # not saved, so nothing to overwrite
            return
        base = cleaned.get("version")
        name = self.instance._meta.verbose_name
        if base is None:
            cleaned.pop("version", None)
            self._refuse(
                [
                    _(
                        "This page did not say which version of the %(name)s it was based "
                        "on. Reload the page and make your changes again."
                    )
                    % {"name": name}
                ]
            )
            return
        current = type(self.instance)._base_manager.filter(pk=self.instance.pk).first()
        if current is None:
            self._refuse(
                [_("This %(name)s was deleted after you opened the page.") % {"name": name}]
            )
            return
        if current.version != base:
            visible = (set(self.fields) | set(self.readonly_shown)) - {"version"}
            self._refuse(stale_messages(current, changes_since(current, version=base), visible))
            # Shown again with the current version: saving again, knowing the current
            # values, replaces them.
            # Bound to request.POST, or to a dict in tests: both copy to a mutable mapping.
            data = cast("QueryDict | dict[str, Any]", self.data).copy()
            data[self.add_prefix("version")] = str(current.version)
            self.data = data

    def _refuse(self, messages: list[str]) -> None:
        self.version_refused = True
        self.add_error(None, messages)


if TYPE_CHECKING:
    _FormSetBase = BaseModelFormSet[Any, Any]
else:
    _FormSetBase = object


class VersionedFormSetMixin(_FormSetBase):
    """Rows are checked only when changed or deleted (unchanged rows are not saved); a
    deleted row that someone else changed since is refused too (a formset ignores the
    errors of the forms it deletes, so the refusal is the formset's)."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "check_unchanged": False}

    def clean(self):
        super().clean()
        problems = []
        for form in self.initial_forms:
            if getattr(form, "version_refused", False) and form.cleaned_data.get("DELETE"):
                problems.append(_("“%(object)s” was not deleted.") % {"object": form.instance})
                problems.extend(form.non_field_errors())
        if problems:
            raise ValidationError(problems)


class VersionedInlineFormSet(VersionedFormSetMixin, BaseInlineFormSet):
    pass


class VersionedModelFormSet(VersionedFormSetMixin, BaseModelFormSet):
    pass


STALE_WHILE_SAVING = gettext_lazy(
    "Someone else saved the same %(name)s while you were saving; nothing was saved. "
    "Reload the page and make your changes again."
)
