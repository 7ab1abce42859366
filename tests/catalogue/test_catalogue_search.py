"""Searching, browsing, sorting and paging the catalogue; the whole state is in the URL."""

import pytest

from catalogue import pagination
from tests import factories
from tests.catalogue.conftest import url


def shown(response) -> list[int]:
    assert response.status_code == 200
    return [item.pk for item in response.context["page"].object_list]


def test_search_finds_records_by_title_word(client, collection):
    response = client.get("/en/catalogue/", {"q": "verbale"})
    assert shown(response) == [collection.note.pk]
    assert "Search results for “verbale”" in response.content.decode()


def test_search_finds_records_by_a_linked_name_in_another_script(client, collection):
    response = client.get("/en/catalogue/", {"q": "Сулейменов"})
    assert set(shown(response)) == {collection.note.pk, collection.photo.pk}


def test_search_by_accession_number_finds_the_record(client, collection):
    response = client.get("/en/catalogue/", {"q": collection.vase.accession_number})
    assert collection.vase.pk in shown(response)


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_search_browses_everything_by_date(client, collection, query):
    response = client.get("/en/catalogue/", {"q": query})
    assert shown(response) == [
        collection.vase.pk,  # 1990s
        collection.photo.pk,  # March 1992
        collection.note.pk,  # 2 March 1992
        collection.dish.pk,  # 2010
    ]
    assert response.context["sort"] == "date"
    assert "Search results" not in response.content.decode()


def test_search_is_ordered_by_relevance_by_default(client, collection):
    response = client.get("/en/catalogue/", {"q": "united"})
    assert response.context["sort"] == "relevance"
    assert set(shown(response)) == {collection.note.pk, collection.photo.pk}


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("date", ["vase", "photo", "note", "dish"]),
        ("-date", ["dish", "note", "photo", "vase"]),
        ("title", ["photo", "note", "vase", "dish"]),
    ],
)
def test_sorting(client, collection, sort, expected):
    response = client.get("/en/catalogue/", {"sort": sort})
    assert shown(response) == [getattr(collection, name).pk for name in expected]


def test_sorting_by_accession_number(client, collection):
    response = client.get("/en/catalogue/", {"sort": "accession"})
    numbers = [item.accession_number for item in response.context["page"].object_list]
    assert numbers == sorted(numbers)


def test_title_sort_follows_the_visitors_language(client, collection):
    # Russian titles: Нота, Фарфоровая ваза; the others fall back to English (Latin first).
    response = client.get("/ru/catalogue/", {"sort": "title"})
    assert shown(response) == [
        collection.photo.pk,  # Flag raising ...
        collection.dish.pk,  # Silver dish
        collection.note.pk,  # Нота ...
        collection.vase.pk,  # Фарфоровая ваза
    ]


def test_relevance_without_a_search_falls_back_to_date(client, collection):
    response = client.get("/en/catalogue/", {"sort": "relevance"})
    assert response.context["sort"] == "date"
    assert not response.context["problems"]


@pytest.fixture
def many(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(45):
            factories.document(f"Letter {i:02}", status="published")


def test_pages_of_twenty(client, many):
    first = client.get("/en/catalogue/")
    page = first.context["page"]
    assert (page.count, page.num_pages, len(page.object_list)) == (45, 3, 20)
    third = client.get("/en/catalogue/", {"page": 3})
    assert len(third.context["page"].object_list) == 5
    assert "showing 41–45" in third.content.decode()


def test_page_links_keep_the_search_filters_and_sort(client, many):
    response = client.get("/en/catalogue/", {"q": "letter", "type": "document", "sort": "title"})
    assert response.context["page"].count == 45
    page = response.content.decode()
    assert "?q=letter&amp;type=document&amp;sort=title&amp;page=2" in page


def test_counts_beyond_the_cap_read_more_than(client, many, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 30)
    response = client.get("/en/catalogue/", {"page": 2})
    page = response.context["page"]
    assert page.count is None
    assert page.has_next and page.has_previous
    assert "More than 30 records" in response.content.decode()
    last = client.get("/en/catalogue/", {"page": 3})
    assert len(last.context["page"].object_list) == 5
    assert not last.context["page"].has_next


def test_a_page_beyond_the_last_gives_a_message(client, collection):
    response = client.get("/en/catalogue/", {"page": 99})
    assert response.status_code == 200
    assert response.context["page"].object_list == []
    page = response.content.decode()
    assert "There is no page 99 of these results." in page
    assert "Go to the last page (1)" in page


def test_a_page_beyond_the_count_cap_gives_a_message(client, many, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 30)
    response = client.get("/en/catalogue/", {"page": 50})
    assert response.status_code == 200
    assert "There is no page 50 of these results." in response.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "abc", "1.5", "9" * 30])
def test_a_page_that_is_not_a_number_gives_a_message(client, collection, page):
    response = client.get("/en/catalogue/", {"page": page})
    assert response.status_code == 200
    assert response.context["page"].notice


def test_a_search_without_usable_words_finds_nothing_without_failing(client, collection):
    response = client.get("/en/catalogue/", {"q": "!!! ???"})
    assert shown(response) == []
    assert "No published records match." in response.content.decode()


def test_a_result_links_to_its_object_page(client, collection):
    page = client.get("/en/catalogue/").content.decode()
    assert f'href="{url(collection.note)}"' in page


def test_the_search_words_are_escaped_wherever_they_are_shown(client, collection):
    response = client.get("/en/catalogue/", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    page = response.content.decode()
    assert '<script>alert("x")' not in page
    assert "&lt;script&gt;" in page
