"""Hostile addresses and parameters on the public site: a 404, a 400 or the page with a
message saying which parameter was ignored; never a server error, on either database."""

import pytest

from tests import factories

TOO_BIG = "99999999999999999999"  # beyond 2**63 - 1, the largest key either database holds


@pytest.fixture
def linked(db):
    """A published record linked to a country, a person and a material, so that the
    authority pages and filters have something to find."""
    kz = factories.country("KZ", "Kazakhstan")
    silver = factories.material("silver")
    gift = factories.gift(status="published", giving_country=kz)
    gift.materials.add(silver)
    return gift


@pytest.mark.postgres
def test_a_nul_byte_in_a_country_code_is_not_found_on_postgresql(client, linked):
    # Reported: a 500, PostgreSQL refuses text containing NUL.
    assert client.get("/en/countries/%00/").status_code in (400, 404)


@pytest.mark.parametrize(
    "path",
    [
        "/en/countries/%00/",
        "/en/countries/KZ%00/",
        "/en/objects/GIF%00/",
        "/en/events/a%00b/",
        "/en/catalogue/?q=%00",
        "/en/catalogue/?country=%00",
        "/en/catalogue/?event=%00",
        "/en/catalogue/?material=%00",
        "/en/catalogue/?sort=%00",
        "/en/events/?page=%00",
    ],
)
def test_nul_bytes_in_the_address_are_a_bad_request(client, linked, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "null character" in response.content.decode()


@pytest.mark.parametrize("name", ["material", "person"])
def test_a_key_too_big_for_the_database_is_a_message_not_an_error(client, linked, name):
    # Reported: /en/catalogue/?material=99999999999999999999 was a 500 on SQLite.
    response = client.get("/en/catalogue/", {name: TOO_BIG})
    assert response.status_code == 200
    assert any(TOO_BIG in problem for problem in response.context["problems"])
    # The filter is dropped, not applied: the record is still listed.
    assert [item.pk for item in response.context["page"]] == [linked.pk]


@pytest.mark.parametrize("value", [TOO_BIG, "-" + TOO_BIG, "-1", "0", "1e3", "½", "9" * 5000])
def test_malformed_keys_are_messages(client, linked, value):
    response = client.get("/en/catalogue/", {"material": value, "person": value})
    assert response.status_code == 200
    assert len(response.context["problems"]) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"year_from": TOO_BIG},
        {"year_to": "-" + TOO_BIG},
        {"year_from": "9" * 5000},
        {"page": TOO_BIG},
        {"page": "9" * 5000},
        {"has_image": TOO_BIG},
        {"type": TOO_BIG},
    ],
)
def test_numbers_out_of_range_are_messages(client, linked, params):
    response = client.get("/en/catalogue/", params)
    assert response.status_code == 200
    assert response.context["problems"] or response.context["page"].notice


@pytest.mark.parametrize(
    "path",
    [
        f"/en/people/{TOO_BIG}/",
        f"/en/organizations/{TOO_BIG}/",
        "/en/people/9223372036854775808/",  # 2**63
        "/en/people/-1/",
        "/en/countries/kz/",
        "/en/countries/KAZ/",
        "/en/countries/K/",
        "/en/countries/K%20/",
        "/en/objects/" + "A" * 33 + "/",
        "/en/objects/-GIF/",
        "/en/events/" + "a" * 121 + "/",
        "/en/events/a.b/",
        "/en/exhibitions/" + "a" * 121 + "/",
        "/en/exhibitions/%D0%B0/",
    ],
)
def test_addresses_the_converters_refuse_are_not_found(client, linked, path):
    assert client.get(path).status_code == 404


def test_the_largest_key_is_still_a_plain_not_found(client, linked):
    assert client.get("/en/people/9223372036854775807/").status_code == 404


def test_valid_addresses_still_resolve(client, linked):
    country = client.get("/en/countries/KZ/")
    assert country.status_code == 200
    assert client.get(linked.get_absolute_url()).status_code == 200


def test_an_overlong_search_is_a_message_not_a_search(client, linked):
    response = client.get("/en/catalogue/", {"q": "silver " * 1000})
    assert response.status_code == 200
    assert response.context["problems"]
    assert response.context["query"] == ""


def test_the_bad_request_page_speaks_the_visitors_language(client, db):
    response = client.get("/ru/catalogue/?q=%00")
    assert response.status_code == 400
    assert "нулевой символ" in response.content.decode()


def test_a_nul_in_a_cookie_is_a_bad_request(client, db):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/en/").status_code == 400
