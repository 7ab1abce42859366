"""Inline formsets that check bookings before anything is saved.

The stops (venues and dates) and the objects of an exhibition are edited on one page in two
formsets. The admin validates them in order, so the stops formset leaves its cleaned stops in
a shared ``BookingPlan`` and the objects formset checks every object against them."""

from dataclasses import dataclass

from django import forms

from core.locking import VersionedInlineFormSet
from exhibitions import services


@dataclass
class BookingPlan:
    stops: list | None = None


def _kept(formset) -> list:
    return [
        form.instance
        for form in formset.forms
        if form.has_changed() or form.instance.pk
        if not form.errors and not (form.cleaned_data or {}).get("DELETE")
    ]


class PlannedFormSet(VersionedInlineFormSet):
    def __init__(self, *args, booking_plan: BookingPlan | None = None, **kwargs):
        self.booking_plan = booking_plan
        super().__init__(*args, **kwargs)


class StopFormSet(PlannedFormSet):
    def clean(self):
        super().clean()
        if self.booking_plan is not None and not any(self.errors):
            self.booking_plan.stops = _kept(self)


class EntryFormSet(PlannedFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if self.booking_plan is not None and self.booking_plan.stops is not None:
            stops = self.booking_plan.stops
        elif self.instance.pk:
            stops = list(self.instance.stops.select_related("venue"))
        else:
            stops = []
        entries = [entry for entry in _kept(self) if entry.item_id]
        problems = services.booking_problems(self.instance, stops=stops, entries=entries)
        if problems:
            raise forms.ValidationError(problems)
