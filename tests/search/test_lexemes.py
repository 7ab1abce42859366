"""PostgreSQL looks a query word up as the few index words it begins (search.Lexeme),
exactly, and falls back to a prefix when it begins many: the same results either way."""

import pytest
from django.db import connection

from collections_app.models import CollectionItem
from search.backends import PostgresBackend, search_items
from search.models import Lexeme
from search.services import rebuild_index
from tests import factories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's index only"),
]


@pytest.fixture
def porcelain(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        vase = factories.gift(
            title_en="Farforovaia vaza", description_en="Cobalt farforovye decoration."
        )
        plate = factories.gift(title_en="Plate", description_en="Farfor, gilded.")
    return {"vase": vase, "plate": plate}


def found(query: str) -> set[int]:
    return set(search_items(CollectionItem.objects.all(), query).values_list("pk", flat=True))


def test_indexing_records_the_words_of_names_and_bodies(porcelain):
    words = set(Lexeme.objects.values_list("word", flat=True))
    assert {"farforovaia", "vaza", "cobalt", "farfor", "gilded"} <= words


def forms(term: str) -> list[str]:
    """The words of an exact alternation, "(a | b)"; fails on a prefix term."""
    assert term.startswith("(") and term.endswith(")") and ":*" not in term, term
    return term[1:-1].split(" | ")


def test_a_word_beginning_a_few_index_words_is_looked_up_as_those_words(porcelain):
    farfor, gild = PostgresBackend().prepare("farfor gild")
    assert {"farfor", "farforovaia"} <= set(forms(farfor))
    assert all(word.startswith("farfor") for word in forms(farfor))
    assert "gilded" in forms(gild)
    assert found("farfor") == {porcelain["vase"].pk, porcelain["plate"].pk}
    assert found("farfor gild") == {porcelain["plate"].pk}


def test_a_word_beginning_many_index_words_stays_a_prefix(django_capture_on_commit_callbacks):
    count = PostgresBackend.MAX_FORMS + 1
    with django_capture_on_commit_callbacks(execute=True):
        items = [factories.document(title_en=f"Zorba{i:02d} memo") for i in range(count)]
    assert PostgresBackend().prepare("zorba memo")[0] == "zorba:*"
    assert found("zorba memo") == {item.pk for item in items}


def test_a_new_word_is_found_by_its_exact_form_at_once(
    porcelain, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        plate = porcelain["plate"]
        plate.description_en = "Kuznetsov workshop"
        plate.save()
    (term,) = PostgresBackend().prepare("kuznetsov")
    assert "kuznetsov" in forms(term)
    assert found("kuznetsov") == {plate.pk}


def test_a_rebuild_forgets_words_no_record_carries(porcelain, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        porcelain["plate"].delete()
    assert Lexeme.objects.filter(word="gilded").exists()  # only grows between rebuilds
    rebuild_index()
    assert not Lexeme.objects.filter(word="gilded").exists()
    assert Lexeme.objects.filter(word="farforovaia").exists()


def test_a_misspelled_word_goes_straight_to_the_vocabulary(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        note = factories.document(title_en="Note", description_en="Signed in Almaty")
        note.person_links.create(person=factories.person("Tuleutai Suleimenov"), role="author")
    # The word lookup finds no indexed word beginning with it; one trigram query corrects it.
    with django_assert_num_queries(2):
        assert PostgresBackend().prepare("suleimenv") == ["suleimenov:*"]
    assert found("suleimenv") == {note.pk}
