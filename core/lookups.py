"""``__in`` lookups on keys that leave out values no row can hold.

Django answers ``pk=99999999999999999999`` with no rows (its exact and comparison lookups
on integers know the column's range), but ``pk__in=[99999999999999999999]`` reaches
SQLite, which raises OverflowError, and ``pk__in=["abc"]`` raises ValueError while the
query is built. Both were server errors from posted values: the admin's actions pass the
ticked keys (``_selected_action``) straight to ``pk__in`` for every ModelAdmin, Django's
own included, and model multiple choice fields (the admin's countries, materials, groups
...) look a key too big up with ``in``. An ``in`` list is a set of candidates, and a
candidate its column cannot hold matches nothing: these lookups drop it (an ``in`` left
with nothing matches nothing). Registered for integer fields and relations by
``CoreConfig.ready``.
"""

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db.models import ForeignObject, IntegerField, Model
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In

SMALLEST, LARGEST = -(2**63), 2**63 - 1


def holdable(field, value) -> bool:
    """Whether ``field``'s column could hold ``value`` (an integer within 64 bits)."""
    if value is None or isinstance(value, Model) or hasattr(value, "resolve_expression"):
        return True
    try:
        prepared = field.get_prep_value(value)
    except (TypeError, ValueError, ValidationError):
        return False
    return not isinstance(prepared, int) or SMALLEST <= prepared <= LARGEST


if TYPE_CHECKING:
    _LookupBase = In[Any]
else:
    _LookupBase = object


class _HoldableOnly(_LookupBase):
    def key_field(self):
        return self.lhs.output_field

    def get_prep_lookup(self):
        field = self.key_field()
        if field is not None and self.rhs_is_direct_value() and self.prepare_rhs:
            if not hasattr(self.rhs, "resolve_expression"):
                self.rhs = [value for value in self.rhs if holdable(field, value)]
        return super().get_prep_lookup()


class IntegerIn(_HoldableOnly, In):
    pass


class RelatedIntegerIn(_HoldableOnly, RelatedIn):
    def key_field(self):
        # The column a single-column relation points to (composite ones are left alone).
        path_infos = getattr(self.lhs.output_field, "path_infos", None)
        if not path_infos or len(path_infos[-1].target_fields) != 1:
            return None
        target = path_infos[-1].target_fields[-1]
        return target if isinstance(target, IntegerField) else None


def register() -> None:
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(RelatedIntegerIn)
