"""Languages: URL prefixes, the switcher, hreflang alternates and record text with fallback."""

import re

import pytest

from tests import factories
from tests.catalogue.conftest import url


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_page_declares_its_language(client, collection, language):
    page = client.get(f"/{language}/catalogue/").content.decode()
    assert f'<html lang="{language}"' in page


def test_every_page_links_its_versions_in_the_other_languages(client, collection):
    page = client.get(f"/ru/objects/{collection.note.accession_number}/?page=1").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page))
    number = collection.note.accession_number
    assert alternates == {
        "kk": f"http://testserver/kk/objects/{number}/?page=1",
        "ru": f"http://testserver/ru/objects/{number}/?page=1",
        "en": f"http://testserver/en/objects/{number}/?page=1",
        "x-default": f"http://testserver/en/objects/{number}/?page=1",
    }


def test_language_switcher_keeps_the_page_and_its_search(client, collection):
    page = client.get("/en/catalogue/?q=silver&type=gift").content.decode()
    switcher = page[page.index('class="language-switcher"') :]
    assert 'href="/kk/catalogue/?q=silver&amp;type=gift" lang="kk"' in switcher
    assert 'href="/ru/catalogue/?q=silver&amp;type=gift" lang="ru"' in switcher
    assert 'aria-current="true">English<' in switcher


def test_record_text_is_shown_in_the_visitors_language(client, collection):
    assert "Нота о вступлении в ООН" in client.get(url(collection.note, "ru")).content.decode()
    page = client.get(url(collection.note, "en")).content.decode()
    assert "Note verbale on joining the United Nations" in page
    assert "Нота о вступлении в ООН" not in page


def test_a_missing_translation_falls_back(client, db):
    # Only an English title: Kazakh and Russian visitors see it.
    item = factories.document("English-only title", status="published")
    for language in ("kk", "ru"):
        response = client.get(url(item, language))
        assert "English-only title" in response.content.decode()
    # Kazakh falls back to Russian before English.
    item = factories.document("English title", title_ru="Русское название", status="published")
    assert "Русское название" in client.get(url(item, "kk")).content.decode()


def test_authority_names_and_labels_follow_the_language(client, collection):
    page = client.get(url(collection.jp, "kk")).content.decode()
    assert "<h1>Жапония" in page
    page = client.get(url(collection.un, "ru")).content.decode()
    assert "<h1>Казахстан вступает в ООН</h1>" in page


def test_set_language_is_available_outside_the_prefixes(client, collection):
    response = client.post("/i18n/setlang/", {"language": "kk", "next": "/en/catalogue/?q=silver"})
    assert response.status_code == 302
    assert response["Location"] == "/kk/catalogue/?q=silver"


@pytest.mark.parametrize(
    ("language", "heading", "accessed"),
    [
        ("en", "Cite this object", "accessed "),
        ("ru", "Как сослаться на этот предмет", "дата обращения: "),
        ("kk", "Бұл затқа сілтеме жасау", "қаралған күні: "),
    ],
)
def test_an_object_pages_own_words_follow_the_language(
    client, collection, language, heading, accessed
):
    # The page's content is rendered by Jinja2 (catalogue/jinja2/), with Django's translations.
    page = client.get(url(collection.note, language)).content.decode()
    assert f'<h2 id="citation-title">{heading}</h2>' in page
    assert f"({accessed}" in page
