"""reverse_one and reverse_fixed give exactly what reverse() gives, in every language and
under a script prefix, and leave to reverse() what they cannot build safely;
translate_url_all gives what translate_url gives for each language."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch, reverse, set_script_prefix, translate_url
from django.utils import translation

from core.urls import reverse_fixed, reverse_one, translate_url_all

VALUES = ["PHO-2024-0001", "F.5/12_a", "DOC-1992-0007", "a", "GIF.2001.3", "a//b", "a/"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("value", VALUES)
def test_same_url_as_reverse_in_each_language(language, value):
    with translation.override(language):
        expected = reverse("catalogue:object", kwargs={"accession_number": value})
        assert reverse_one("catalogue:object", "accession_number", value) == expected
        assert expected.startswith(f"/{language}/")


def test_follows_the_script_prefix():
    with translation.override("en"):  # the URL without a prefix, reversed first
        reverse_one("catalogue:object", "accession_number", "PHO-2024-0001")
    try:
        set_script_prefix("/museum/")
        with translation.override("en"):
            url = reverse_one("catalogue:object", "accession_number", "PHO-2024-0001")
            assert url == reverse("catalogue:object", kwargs={"accession_number": "PHO-2024-0001"})
        assert url.startswith("/museum/en/")
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize("value", ["-starts-with-a-hyphen", "", "A1 b", "a?b"])
def test_what_reverse_refuses_is_refused(value):
    with translation.override("en"), pytest.raises(NoReverseMatch):
        reverse_one("catalogue:object", "accession_number", value)


FIXED = ["catalogue:home", "catalogue:search", "catalogue:event_list", "catalogue:exhibition_list"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("viewname", FIXED)
def test_reverse_fixed_is_reverse_in_each_language(language, viewname):
    with translation.override(language):
        assert reverse_fixed(viewname) == reverse(viewname)
        assert reverse_fixed(viewname).startswith(f"/{language}/")


def test_reverse_fixed_follows_the_script_prefix():
    with translation.override("en"):
        reverse_fixed("catalogue:search")
        try:
            set_script_prefix("/museum/")
            assert reverse_fixed("catalogue:search") == reverse("catalogue:search")
            assert reverse_fixed("catalogue:search").startswith("/museum/en/")
        finally:
            set_script_prefix("/")
        assert reverse_fixed("catalogue:search") == "/en/catalogue/"


def test_reverse_fixed_refuses_what_reverse_refuses():
    with pytest.raises(NoReverseMatch):
        reverse_fixed("catalogue:no-such-page")
    with pytest.raises(NoReverseMatch):
        reverse_fixed("catalogue:object")  # needs its accession number


URLS = [
    "/ru/catalogue/?q=dish&sort=title&page=2",
    "/kk/objects/PHO-2024-0001/",
    "/ru/countries/KZ/",
    "/en/people/17/",
    "/kk/events/osce-summit-2010/?page=2",
    "/en/exhibitions/gifts_of-friendship/",
    "/en/objects/F.5%2F12_a/?x=%D0%B0#part",
    "/en/catalogue/filters/?type=gift",
    "/en/no-such-page/",
    "/robots.txt",
    "http://testserver/en/catalogue/",
    "/museum/en/catalogue/",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("active", ["kk", "ru", "en"])
def test_translate_url_all_is_translate_url_for_each_language(url, active):
    languages = ["kk", "ru", "en"]
    with translation.override(active):
        expected = {code: translate_url(url, code) for code in languages}
        assert translate_url_all(url, languages) == expected


def test_the_fixed_url_tag_is_the_url_tag():
    template = engines["django"].from_string(
        "{% load catalogue %}{% url 'catalogue:search' %}|{% fixed_url 'catalogue:search' %}"
        "|{% fixed_url 'catalogue:home' as home %}{{ home }}"
    )
    with translation.override("kk"):
        left, right, home = template.render({}).split("|")
    assert left == right == "/kk/catalogue/" and home == "/kk/"


def test_translate_url_all_resolves_below_the_script_prefix():
    # Served below /museum/ (the proxy's SCRIPT_NAME), a page's path carries the prefix;
    # Django's translate_url cannot resolve it and gives the page back unchanged.
    set_script_prefix("/museum/")
    try:
        with translation.override("ru"):
            links = translate_url_all("/museum/ru/catalogue/?q=dish", ["kk", "ru", "en"])
    finally:
        set_script_prefix("/")
    assert links == {
        "kk": "/museum/kk/catalogue/?q=dish",
        "ru": "/museum/ru/catalogue/?q=dish",
        "en": "/museum/en/catalogue/?q=dish",
    }


@pytest.mark.django_db
def test_the_language_switcher_below_a_script_prefix(client):
    # As the WSGI handler does for a SCRIPT_NAME (the test client does not).
    set_script_prefix("/museum/")
    try:
        page = client.get("/ru/catalogue/", SCRIPT_NAME="/museum").content.decode()
    finally:
        set_script_prefix("/")
    for code in ("kk", "ru", "en"):
        assert f'href="/museum/{code}/catalogue/" lang="{code}"' in page
        assert f'hreflang="{code}" href="http://testserver/museum/{code}/catalogue/"' in page
