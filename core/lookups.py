"""``__in`` lookups that leave out integers no database column can hold.

Django answers ``pk=99999999999999999999`` with no rows (its exact and comparison lookups
on integers know the column's range), but ``pk__in=[99999999999999999999]`` reaches
SQLite, which raises OverflowError: a server error from any form with a model multiple
choice field (the admin's links to countries, materials, groups ...) and from the admin's
actions, whatever key is posted. No row holds such a key, so these lookups drop it, and
an ``in`` left with nothing matches nothing. Registered for every integer field and
every relation in ``CoreConfig.ready``.
"""

from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In

SMALLEST, LARGEST = -(2**63), 2**63 - 1


class _Within64Bits:
    def get_prep_lookup(self):
        values = super().get_prep_lookup()
        if isinstance(values, list):
            values = [v for v in values if not isinstance(v, int) or SMALLEST <= v <= LARGEST]
        return values


class IntegerIn(_Within64Bits, In):
    pass


class RelatedIntegerIn(_Within64Bits, RelatedIn):
    pass


def register() -> None:
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(RelatedIntegerIn)
