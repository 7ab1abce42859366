"""Access control in the admin beyond Django's model permissions: which fields a role may see
and change, enforced on every admin page that can show, filter, sort, search or write a
field, django-simple-history's history list, version pages and revert form included.

An admin declares its rules once, in ``field_access``; everything else is derived from them.
The rules are summarised in docs/security.md ("Access control in the admin")."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models.constants import LOOKUP_SEP
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import is_historic

from core.admin_types import HistoryModelAdmin

SEARCH_PREFIXES = "^=@"


@dataclass(frozen=True)
class FieldAccess:
    """Fields that need a permission beyond the record's own to be seen (``view``) or
    changed (``change``); a field the user may not see is not theirs to change either."""

    fields: tuple[str, ...]
    view: str | None = None
    change: str | None = None


def without_fields(fieldsets: Sequence, names: Iterable[str]) -> list:
    """``fieldsets`` with ``names`` taken out; a row or fieldset left empty goes too."""
    names = set(names)
    kept = []
    for title, options in fieldsets:
        rows = []
        for row in options.get("fields", ()):
            if isinstance(row, list | tuple):
                row = tuple(name for name in row if name not in names)
                if row:
                    rows.append(row)
            elif row not in names:
                rows.append(row)
        if rows:
            kept.append((title, {**options, "fields": tuple(rows)}))
    return kept


class FieldAccessMixin(HistoryModelAdmin):
    """For a ModelAdmin: hides the fields a user may not see and locks those they may not
    change, wherever the admin would show, filter, sort, search or save them."""

    field_access: tuple[FieldAccess, ...] = ()

    def hidden_fields(self, request) -> frozenset[str]:
        user = request.user
        return frozenset(
            name
            for rule in self.field_access
            if rule.view and not user.has_perm(rule.view)
            for name in rule.fields
        )

    def locked_fields(self, request) -> frozenset[str]:
        user = request.user
        locked = {
            name
            for rule in self.field_access
            if rule.change and not user.has_perm(rule.change)
            for name in rule.fields
        }
        return frozenset(locked | self.hidden_fields(request))

    def path_is_hidden(self, request, path: str) -> bool:
        """Whether a lookup, search or ordering path (``giver__name_en``,
        ``diplomaticgift__estimated_value__gte``) touches a field the user may not see, on
        this model or on any model it passes through."""
        model = self.model
        admin: FieldAccessMixin | None = self
        for part in path.split(LOOKUP_SEP):
            field = _field(model, part)
            if field is None:
                return False  # a lookup or transform ("gte"), or a name Django ignores
            if admin is not None and field.name in admin.hidden_fields(request):
                return True
            if not field.is_relation or field.related_model is None:
                return False
            model = field.related_model
            registered = self.admin_site._registry.get(model)
            admin = registered if isinstance(registered, FieldAccessMixin) else None
        return False

    # Change and view pages ------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        return without_fields(super().get_fieldsets(request, obj), self.hidden_fields(request))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly + sorted(self.locked_fields(request).difference(readonly))

    # Lists: columns, sorting, filters, search, lookups in the address -------------------

    def get_list_display(self, request):
        return [
            column
            for column in super().get_list_display(request)
            if not self._column_is_hidden(request, column)
        ]

    def get_list_filter(self, request):
        kept = []
        for item in super().get_list_filter(request):
            path = item[0] if isinstance(item, list | tuple) else item
            if not (isinstance(path, str) and self.path_is_hidden(request, path)):
                kept.append(item)
        return kept

    def get_search_fields(self, request):
        return [
            name
            for name in super().get_search_fields(request)
            if not self.path_is_hidden(request, name.lstrip(SEARCH_PREFIXES))
        ]

    def get_ordering(self, request):
        return [
            name
            for name in super().get_ordering(request) or ()
            if not (isinstance(name, str) and self.path_is_hidden(request, name.lstrip("-?")))
        ]

    def lookup_allowed(self, lookup, value, request=None):
        if request is not None and self.path_is_hidden(request, lookup):
            return False
        return super().lookup_allowed(lookup, value, request)

    def to_field_allowed(self, request, to_field):
        if self.path_is_hidden(request, to_field):
            return False
        return super().to_field_allowed(request, to_field)

    def _column_is_hidden(self, request, column) -> bool:
        if isinstance(column, str) and self.path_is_hidden(request, column):
            return True
        attr = column if callable(column) else getattr(self, str(column), None)
        order_field = getattr(attr, "admin_order_field", None)
        return isinstance(order_field, str) and self.path_is_hidden(
            request, order_field.lstrip("-")
        )

    # History (django-simple-history) ---------------------------------------------------

    def set_history_delta_changes(
        self, request, historical_records, foreign_keys_are_objs=True
    ) -> None:
        """The "Changes" column of the history list, without the hidden fields."""
        hidden = self.hidden_fields(request)
        previous = None
        for current in historical_records:
            if previous is not None:
                delta = previous.diff_against(
                    current, excluded_fields=hidden, foreign_keys_are_objs=foreign_keys_are_objs
                )
                helper = self.get_historical_record_context_helper(request, previous)
                previous.history_delta_changes = helper.context_for_delta_changes(delta)
            previous = current

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Reverting writes: it needs the change permission, not only the view permission
        that django-simple-history asks for."""
        if request.method == "POST" and not self.may_revert(request, object_id):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def may_revert(self, request, object_id) -> bool:
        current = self.get_object(request, unquote(object_id))
        if current is None:
            # The record was deleted: reverting adds it again.
            return self.has_add_permission(request) and self.has_change_permission(request)
        return self.has_change_permission(request, current) and self.has_change_history_permission(
            request, current
        )

    def save_form(self, request, form, change):
        obj = super().save_form(request, form, change)
        if change and is_historic(form.instance):
            self._keep_what_the_form_does_not_change(request, obj, form)
        return obj

    def _keep_what_the_form_does_not_change(self, request, obj, form) -> None:
        """A version restored from the history carries every field of that version; the
        fields the user's form leaves out (locked, hidden, or not on their form at all) keep
        their current values instead. Derived fields (not editable) follow the version."""
        current = type(obj)._default_manager.filter(pk=obj.pk).first()
        locked = self.locked_fields(request)
        for field in obj._meta.concrete_fields:
            if not field.editable or field.primary_key or field.name in form.fields:
                continue
            if current is not None:
                setattr(obj, field.attname, getattr(current, field.attname))
            elif field.name in locked:
                setattr(obj, field.attname, field.get_default())


class HistoryAdmin(FieldAccessMixin, SimpleHistoryAdmin):
    """The base of every admin with a history: django-simple-history's pages, under the
    field rules and with reverting checked as the write it is."""


def _field(model, name: str):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        for field in model._meta.concrete_fields:
            if field.attname == name:
                return field
        return None
