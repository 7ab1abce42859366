"""Each catalogue filter, how they combine, and what happens to parameters that cannot
be used: the page still answers, says which parameter it ignored, and filters by the rest."""

import datetime
import re

import pytest

from tests import factories


def shown(response) -> set[int]:
    assert response.status_code == 200
    return {item.pk for item in response.context["page"].object_list}


def pks(collection, *names) -> set[int]:
    return {getattr(collection, name).pk for name in names}


def test_type(client, collection):
    assert shown(client.get("/en/catalogue/", {"type": "gift"})) == pks(collection, "dish", "vase")
    both = client.get("/en/catalogue/?type=gift&type=photograph")
    assert shown(both) == pks(collection, "dish", "vase", "photo")


def test_country_by_iso_code_follows_the_giving_state_too(client, collection):
    assert shown(client.get("/en/catalogue/", {"country": "JP"})) == pks(collection, "dish", "vase")
    either = client.get("/en/catalogue/?country=JP&country=US")
    assert shown(either) == pks(collection, "dish", "vase", "photo")


def test_material(client, collection):
    response = client.get("/en/catalogue/", {"material": collection.silver.pk})
    assert shown(response) == pks(collection, "dish")


def test_event_by_slug_follows_the_occasion_of_a_gift(client, collection):
    assert shown(client.get("/en/catalogue/", {"event": "osce-summit"})) == pks(collection, "dish")
    assert shown(client.get("/en/catalogue/", {"event": "un-membership"})) == pks(
        collection, "note", "photo"
    )


def test_person_follows_every_role(client, collection):
    response = client.get("/en/catalogue/", {"person": collection.suleimenov.pk})
    assert shown(response) == pks(collection, "note", "photo")
    response = client.get("/en/catalogue/", {"person": collection.nazarbayev.pk})
    assert shown(response) == pks(collection, "dish")


def test_exhibition_by_slug(client, collection):
    response = client.get("/en/catalogue/", {"exhibition": "thirty-years"})
    assert shown(response) == pks(collection, "note", "vase")


@pytest.mark.parametrize(
    "params, expected",
    [
        # Ranges overlap: the vase (1990-1999) overlaps 1995-2000; the dish (2010) does not.
        ({"year_from": 1995, "year_to": 2000}, {"vase"}),
        ({"year_from": 1992, "year_to": 1992}, {"vase", "photo", "note"}),
        ({"year_from": 2000}, {"dish"}),
        ({"year_to": 1991}, {"vase"}),
        ({"year_from": 1999, "year_to": 2010}, {"vase", "dish"}),
        ({"year_from": 2011}, set()),
    ],
)
def test_years_match_records_whose_date_range_overlaps(client, collection, params, expected):
    assert shown(client.get("/en/catalogue/", params)) == pks(collection, *expected)


def test_a_record_with_only_an_earliest_date_counts_as_that_day(client, collection):
    item = factories.document(
        "Undated-end letter", status="published", date_earliest=datetime.date(1975, 5, 1)
    )
    assert shown(client.get("/en/catalogue/", {"year_from": 1975, "year_to": 1975})) == {item.pk}
    assert item.pk not in shown(client.get("/en/catalogue/", {"year_from": 1976}))


def test_records_without_dates_are_left_out_by_a_year_filter(client, collection):
    item = factories.document("Undated letter", status="published")
    assert item.pk in shown(client.get("/en/catalogue/"))
    assert item.pk not in shown(client.get("/en/catalogue/", {"year_from": 1900}))


@pytest.mark.parametrize("value", ["1", "true", "yes", "on"])
def test_has_image(client, collection, value):
    response = client.get("/en/catalogue/", {"has_image": value})
    assert shown(response) == pks(collection, "note", "photo", "vase")


def test_has_no_image(client, collection):
    assert shown(client.get("/en/catalogue/", {"has_image": "0"})) == pks(collection, "dish")


def test_filters_combine_with_each_other_and_with_the_search(client, collection):
    response = client.get("/en/catalogue/", {"type": "gift", "country": "KZ"})
    assert shown(response) == pks(collection, "dish")
    response = client.get("/en/catalogue/", {"q": "united", "type": "photograph"})
    assert shown(response) == pks(collection, "photo")


def test_filter_form_shows_the_chosen_options(client, collection):
    page = client.get("/en/catalogue/?country=JP&year_from=1990&has_image=1").content.decode()
    assert re.search(r'name="country" value="JP" id="f-country-\d+" checked', page)
    assert not re.search(r'name="country" value="KZ" id="f-country-\d+" checked', page)
    assert 'name="year_from" value="1990"' in page
    assert 'id="id_has_image" checked' in page


def test_active_filters_can_be_removed_one_by_one(client, collection):
    page = client.get("/en/catalogue/?country=JP&country=KZ&type=gift").content.decode()
    # Removing Japan keeps Kazakhstan and the type.
    assert 'href="?country=KZ&amp;type=gift"' in page
    assert 'href="?country=JP&amp;country=KZ"' in page


@pytest.mark.parametrize(
    "params, named",
    [
        ({"year_from": "abc"}, "From year"),
        ({"year_to": "19x2"}, "To year"),
        ({"year_from": "-5"}, "From year"),
        ({"year_from": "2000", "year_to": "1990"}, "2000–1990"),
        ({"country": "999999"}, "999999"),
        ({"country": "ZZ"}, "ZZ"),
        ({"person": "abc"}, "Person"),
        ({"person": "999999"}, "999999"),
        ({"material": "999999"}, "999999"),
        ({"event": "no-such-event"}, "no-such-event"),
        ({"exhibition": "nope"}, "nope"),
        ({"type": "unknown"}, "unknown"),
        ({"sort": "bogus"}, "bogus"),
        ({"has_image": "maybe"}, "maybe"),
    ],
)
def test_an_invalid_parameter_is_named_and_ignored(client, collection, params, named):
    response = client.get("/en/catalogue/", params)
    assert response.status_code == 200
    problems = response.context["problems"]
    assert problems and any(named in problem for problem in problems), problems
    assert named in response.content.decode()
    # Nothing else was asked for, so every published record is shown.
    assert shown(response) == pks(collection, "note", "photo", "dish", "vase")


def test_an_invalid_parameter_does_not_drop_the_valid_ones(client, collection):
    response = client.get("/en/catalogue/", {"type": "gift", "year_from": "abc", "sort": "bogus"})
    assert len(response.context["problems"]) == 2
    assert shown(response) == pks(collection, "dish", "vase")
