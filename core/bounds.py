"""Checking that a value fits its database column before a query uses it.

A key typed into an address (``?material=99999999999999999999``) must be refused as a
value, with a message, rather than reach the database: SQLite raises OverflowError for an
integer beyond 64 bits, and PostgreSQL refuses text containing NUL.
"""

from django.core.exceptions import ValidationError
from django.db import connections, models


def fits_column(field: models.Field, raw, *, using: str = "default") -> bool:
    """Whether ``raw`` converts to ``field``'s type and could be stored in its column:
    an integer within the database's range, text without NUL and within the length."""
    while field.is_relation:  # a child's primary key is its link to the parent row
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


class KeyCheckMixin:
    """For model multiple choice fields: each chosen key is checked against its column
    (``fits_column``) before the query that looks the choices up, and refused as an
    invalid value if it does not fit."""

    def _check_values(self, value):
        if isinstance(value, list | tuple):
            model = self.queryset.model
            field = model._meta.get_field(self.to_field_name) if self.to_field_name else None
            field = field or model._meta.pk
            for raw in value:
                if not fits_column(field, raw, using=self.queryset.db):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": raw},
                    )
        return super()._check_values(value)
