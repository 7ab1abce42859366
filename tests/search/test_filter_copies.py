"""Each RecordFilterSet has filters and form fields of its own, though it copies them
shallowly (search.filters.SharedDeclaration, SharedChoices): what one request's form
or filters are given never reaches another's, and the shared choices still validate."""

import pytest
from django.http import QueryDict

from search.filters import RecordFilterSet
from tests import factories

pytestmark = pytest.mark.django_db


def test_each_filterset_has_its_own_filters():
    first, second = RecordFilterSet(QueryDict("q=dish")), RecordFilterSet(QueryDict())
    for name, declared in RecordFilterSet.base_filters.items():
        assert first.filters[name] is not declared
        assert first.filters[name] is not second.filters[name]
        assert first.filters[name].parent is first and second.filters[name].parent is second
        assert first.filters[name].extra is not declared.extra
    assert first.label("country") == "Country"


def test_the_method_filters_run_on_the_copy():
    filterset = RecordFilterSet(QueryDict("q=dish&type=gift&sort=title"))
    assert filterset.is_valid()
    assert list(filterset.qs) == []  # every filter is declared only (RecordSearch filters)


def test_a_field_changed_on_one_form_is_unchanged_on_the_next():
    first = RecordFilterSet(QueryDict()).form
    first.fields["type"].choices = [("gift", "Gift")]
    first.fields["sort"].widget.attrs["class"] = "changed"
    first.fields["country"].queryset = first.fields["country"].queryset.none()
    first.fields["country"].error_messages["invalid_choice"] = "changed"
    second = RecordFilterSet(QueryDict()).form
    assert len(second.fields["type"].choices) > 1
    assert "class" not in second.fields["sort"].widget.attrs
    assert second.fields["country"].error_messages["invalid_choice"] != "changed"
    assert second.fields["country"] is not first.fields["country"]
    assert second.fields["country"].queryset.query is not first.fields["country"].queryset.query


def test_shared_choices_still_validate():
    jp = factories.country("JP", "Japan")
    factories.gift(giving_country=jp, status="published")
    valid = RecordFilterSet(QueryDict("country=JP&type=gift&sort=title"))
    params = valid.params()
    assert params.linked == (("country", (jp.pk,)),) and params.types == ("gift",)
    invalid = RecordFilterSet(QueryDict("country=ZZ&type=spaceship&sort=sideways"))
    invalid.params()
    assert set(invalid.form.errors) == {"country", "type", "sort"}
