"""Many-to-many fields whose link table is declared as a model (to make the link to an
authority ``on_delete=PROTECT``) but holds nothing beyond its two keys: the admin edits
them as it edits a field with an auto-created table, a multiple choice (autocomplete
when listed in ``autocomplete_fields``).

Django's admin leaves out every field with a declared link table (and its checks refuse
one in ``fields``), because a table with fields of its own cannot be written by
``set()``. One with only the two keys can, so for those the refusal is lifted."""

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.admin.checks import ModelAdminChecks
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import FieldDoesNotExist
from django.db import models


def is_plain_link(field) -> bool:
    """A many-to-many field whose declared link table holds only its two keys."""
    if not isinstance(field, models.ManyToManyField):
        return False
    through = field.remote_field.through
    if through is None or through._meta.auto_created:
        return False
    columns = [f for f in through._meta.concrete_fields if not f.primary_key]
    return len(columns) == 2 and all(f.many_to_one for f in columns)


class PlainLinkChecks(ModelAdminChecks):
    def _check_field_spec_item(self, obj, field_name, label):
        try:
            field = obj.model._meta.get_field(field_name)
        except FieldDoesNotExist:
            field = None
        if is_plain_link(field) and field_name not in obj.readonly_fields:
            return []
        return super()._check_field_spec_item(obj, field_name, label)  # type: ignore[misc]  # private in Django, not in django-stubs


if TYPE_CHECKING:
    _Base = admin.ModelAdmin[Any]
else:
    _Base = object


class PlainLinksAdminMixin(_Base):
    """For a ModelAdmin whose model has many-to-many fields with plain link tables."""

    checks_class = PlainLinkChecks

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if not is_plain_link(db_field):
            return super().formfield_for_manytomany(db_field, request, **kwargs)
        using = kwargs.get("using")
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelectMultiple(db_field, self.admin_site, using=using)
        if "queryset" not in kwargs:
            queryset = self.get_field_queryset(using, db_field, request)
            if queryset is not None:
                kwargs["queryset"] = queryset
        return db_field.formfield(**kwargs)
