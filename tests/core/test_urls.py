"""reverse_one gives exactly what reverse() gives, in every language and under a script
prefix, and leaves to reverse() what it cannot build safely."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from core.urls import reverse_one

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
