"""The parameters of a search over published records: declared and validated here, once,
for every page that searches (the public catalogue, the exhibitions' add-objects page,
later the API and exports).

``RecordFilterSet`` only declares the parameters and checks them: ``params()`` gives the
validated values as ``SearchParams`` (search.query), which ``RecordSearch`` turns into
records, a count and facets. Within one filter the chosen options are alternatives
(Kazakhstan or Japan); different filters narrow each other (a gift from Japan).
Parameters that cannot be used are dropped and reported in ``problems()``, never an
error page.
"""

import copy
from collections.abc import Callable
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.db.models.query import EmptyQuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelMultipleChoiceField

from authorities.models import Country, Material, Person
from collections_app.models import CollectionItem, ItemType
from core.bounds import KeyCheckMixin
from events.models import Event
from exhibitions.models import Exhibition
from search import links
from search.backends import MAX_QUERY_LENGTH
from search.query import RecordSearch, SearchParams, Sort


class SharedDeclaration(django_filters.Filter):
    """A filter that each FilterSet copies shallowly. django-filter deep-copies every
    declared filter for each FilterSet (so one may be changed per request); these are
    never changed after their declaration, only given the FilterSet's model and parent,
    which a shallow copy takes as its own. A deep copy of the eleven cost 0.4 ms a page."""

    def __deepcopy__(self, memo):
        copied = copy.copy(self)
        memo[id(self)] = copied
        copied.extra = self.extra.copy()  # building the field writes to it
        copied.method = self.method  # a method filter's FilterMethod, bound to the copy
        return copied


class SharedChoices(forms.Field):
    """A form field whose choices are fixed when the form class is built (once per
    process, RecordFilterSet.get_form_class): each form's copy shares them (a queryset
    for an authority, never evaluated itself, only cloned to look values up) instead of
    deep-copying them and cloning the queryset twice, 0.4 ms a page for the six."""

    def __deepcopy__(self, memo):
        # What Field's own copy copies: the widget (ChoiceWidget's copy of its choices
        # is shallow) and the messages; not the choices.
        copied = copy.copy(self)
        memo[id(self)] = copied
        copied.widget = copy.deepcopy(self.widget, memo)
        copied.error_messages = self.error_messages.copy()
        copied.validators = self.validators[:]
        return copied


class YesNoField(forms.Field):
    TRUE = {"1", "true", "yes", "on"}
    FALSE = {"0", "false", "no", "off"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError(
            _("“%(value)s” is neither yes (1) nor no (0)."), code="invalid", params={"value": value}
        )


class TextFilter(SharedDeclaration, django_filters.CharFilter):
    pass


class YesNoFilter(SharedDeclaration, django_filters.Filter):
    field_class = YesNoField


class YearFilter(SharedDeclaration, django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        kwargs.setdefault(
            "error_messages", {"invalid": _("Enter a year as a number, for example 1992.")}
        )
        super().__init__(*args, **kwargs)


class FixedChoiceField(SharedChoices, django_filters.fields.ChoiceField):
    pass


class FixedMultipleChoiceField(SharedChoices, django_filters.fields.MultipleChoiceField):
    pass


class ChoiceFilter(SharedDeclaration, django_filters.ChoiceFilter):
    field_class = FixedChoiceField


class MultipleChoiceFilter(SharedDeclaration, django_filters.MultipleChoiceFilter):
    field_class = FixedMultipleChoiceField


class AuthorityChoiceField(SharedChoices, KeyCheckMixin, ModelMultipleChoiceField):
    pass


class AuthorityFilter(SharedDeclaration, django_filters.ModelMultipleChoiceFilter):
    """Records linked to any of the chosen authorities; a key that is not a number the
    database holds (or a code longer than its column) is a message, before any query."""

    field_class = AuthorityChoiceField


class RecordSearchForm(forms.Form):
    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data  # what Form.clean returns
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and start > end:
            del cleaned["year_from"], cleaned["year_to"]
            raise ValidationError(
                _("The year range %(start)s–%(end)s ends before it begins."),
                params={"start": start, "end": end},
            )
        return cleaned


def public_authorities(facet: str, model) -> Callable[[HttpRequest | None], QuerySet]:
    """The choices a filter accepts: published ones, and only those with published records.

    Given to django-filter as a callable, which it calls when it builds the form field
    (once per process, get_form_class): a queryset given as such would be deep-copied
    with the filters for every request, a tenth of the search page's time."""

    def choices(request: HttpRequest | None = None) -> QuerySet:
        queryset = model.objects.public() if hasattr(model.objects, "public") else model.objects
        return queryset.filter(links.has_public_records(facet))

    return choices


def _declared(queryset, name, value):
    # Filtering is RecordSearch's (search.query): this FilterSet validates only.
    return queryset


def _chosen(value) -> bool:
    # An unticked filter's value is an empty queryset: known empty without running it
    # (asking a QuerySet whether it is empty compiles it, a fifth of a page's time).
    if value is None or isinstance(value, EmptyQuerySet):
        return False
    return bool(value)  # a queryset evaluated by the form's validation: no query


class RecordFilterSet(django_filters.FilterSet):
    # Names are the URL parameters.
    q = TextFilter(method=_declared, label=_("Search"), max_length=MAX_QUERY_LENGTH)
    type = MultipleChoiceFilter(choices=ItemType.choices, method=_declared, label=_("Record type"))
    country = AuthorityFilter(
        queryset=public_authorities("country", Country),
        to_field_name="iso_code",
        method=_declared,
        label=_("Country"),
    )
    material = AuthorityFilter(
        queryset=public_authorities("material", Material), method=_declared, label=_("Material")
    )
    event = AuthorityFilter(
        queryset=public_authorities("event", Event),
        to_field_name="slug",
        method=_declared,
        label=_("Event"),
    )
    person = AuthorityFilter(
        queryset=public_authorities("person", Person), method=_declared, label=_("Person")
    )
    exhibition = AuthorityFilter(
        queryset=public_authorities("exhibition", Exhibition),
        to_field_name="slug",
        method=_declared,
        label=_("Exhibition"),
    )
    year_from = YearFilter(method=_declared, label=_("From year"))
    year_to = YearFilter(method=_declared, label=_("To year"))
    has_image = YesNoFilter(method=_declared, label=_("With images only"))
    sort = ChoiceFilter(
        choices=Sort.CHOICES, method=_declared, label=_("Sort by"), empty_label=None
    )

    AUTHORITIES = ("country", "material", "event", "person", "exhibition")

    class Meta:
        model = CollectionItem
        fields: list[str] = []
        form = RecordSearchForm

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset or CollectionItem.objects.none(), **kwargs)

    def get_form_class(self):
        """The form class, built once per FilterSet class rather than on every request:
        its fields depend only on the filters' declarations (no choices depend on the
        request; each form deep-copies its fields, so a choice field's queryset is read
        afresh every time). Building it cost a third of the FilterSet's time."""
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            type(self)._form_class = form_class
        return form_class

    def params(self) -> SearchParams:
        """The validated values; a parameter that could not be used is left out."""
        self.errors  # noqa: B018 - validates the form
        data = self.form.cleaned_data
        return SearchParams(
            q=data.get("q") or "",
            types=tuple(data.get("type") or ()),
            linked=tuple(
                (name, tuple(sorted(obj.pk for obj in data[name])))
                for name in self.AUTHORITIES
                if _chosen(data.get(name))
            ),
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            has_image=data.get("has_image"),
            sort=data.get("sort") or "",
        )

    def problems(self) -> list[str]:
        """A sentence for each parameter that could not be used, naming it."""
        messages = []
        for name, errors in self.form.errors.items():
            for error in errors:
                if name == "__all__":
                    messages.append(str(error))
                else:
                    messages.append(f"{self.filters[name].label}: {error}")
        return messages

    def label(self, name: str) -> str:
        return str(self.filters[name].label)


def find_records(query, *, limit: int) -> tuple[list[int], list[str]]:
    """The first ``limit`` records a search's URL parameters name, in the search's order,
    and the problems with those parameters (then no records). The exhibitions'
    add-objects page takes its candidates from here through
    ``settings.EXHIBITIONS_RECORD_FINDER``: exhibitions sit below search and never import it."""
    filterset = RecordFilterSet(query)
    problems = filterset.problems()
    if problems:
        return [], problems
    return RecordSearch(filterset.params()).keys(0, limit), []
