"""Checking that a value fits its database column before a query uses it.

A key typed into an address (``?material=99999999999999999999``) must be refused as a
value, with a message, rather than reach the database: SQLite raises OverflowError for an
integer beyond 64 bits, and PostgreSQL refuses text containing NUL.
"""

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models.fields.related import RelatedField


def fits_column(field: models.Field, raw, *, using: str = "default") -> bool:
    """Whether ``raw`` converts to ``field``'s type and could be stored in its column:
    an integer within the database's range, text without NUL and within the length."""
    while isinstance(field, RelatedField):  # a child's primary key links to the parent row
        field = field.target_field
    try:
        value = field.to_python(raw)
    except (ValidationError, TypeError, ValueError):
        return False
    if isinstance(field, models.IntegerField) and value is not None:
        low, high = connections[using].ops.integer_field_range(field.get_internal_type())
        return low <= value <= high
    if isinstance(value, str):
        return "\x00" not in value and (field.max_length is None or len(value) <= field.max_length)
    return True


if TYPE_CHECKING:
    from django.forms import ModelMultipleChoiceField

    _ChoiceFieldBase = ModelMultipleChoiceField[Any]
else:
    _ChoiceFieldBase = object


class KeyCheckMixin(_ChoiceFieldBase):
    """For model multiple choice fields: each chosen key is checked against its column
    (``fits_column``) before the query that looks the choices up, and refused as an
    invalid value if it does not fit."""

    def _check_values(self, value):
        queryset = self.queryset
        if isinstance(value, list | tuple) and queryset is not None:
            model = queryset.model
            field = model._meta.get_field(self.to_field_name) if self.to_field_name else None
            field = field or model._meta.pk
            for raw in value:
                if not fits_column(field, raw, using=queryset.db):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": raw},
                    )
        return super()._check_values(value)  # type: ignore[misc]  # Django's, not in the stubs
