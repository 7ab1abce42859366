"""The interface reads in Kazakh and Russian, from catalogues compiled without GNU gettext."""

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext, ngettext

from collections_app.models import CollectionItem
from search.backends import search_items
from tests import factories


def test_catalogues_compile_with_babel(tmp_path, settings):
    locale = tmp_path / "locale" / "ru" / "LC_MESSAGES"
    locale.mkdir(parents=True)
    source = settings.LOCALE_PATHS[0] / "ru" / "LC_MESSAGES" / "django.po"
    (locale / "django.po").write_bytes(source.read_bytes())
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("compile_translations", stdout=open("/dev/null", "w"))
    assert (locale / "django.mo").stat().st_size > 10_000


@pytest.mark.parametrize(
    "language,expected",
    [("kk", "Архивтік құжат"), ("ru", "Архивный документ"), ("en", "Archival document")],
)
def test_record_types_read_in_each_language(language, expected):
    with translation.override(language):
        assert gettext("Archival document") == expected


def test_russian_plural_forms():
    with translation.override("ru"):
        forms = [
            ngettext("%(counter)s record", "%(counter)s records", n) % {"counter": n}
            for n in (1, 3, 5, 21)
        ]
    assert forms == ["1 запись", "3 записи", "5 записей", "21 запись"]


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["photograph", "фотография", "фотосурет"])
def test_type_words_find_records_in_every_language(word, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = factories.photograph(title_en="Signing ceremony")
        factories.document(title_en="Memorandum")
    found = list(search_items(CollectionItem.objects.all(), word))
    assert [item.pk for item in found] == [photo.pk]
