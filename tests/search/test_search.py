"""Search behaviour, the same on PostgreSQL and SQLite."""

import pytest
from django.core.management import call_command

from authorities.models import PersonNameVariant, PlaceName
from collections_app.models import CollectionItem, ItemPerson
from search.backends import order_by_relevance, search_items
from search.models import SearchDocument
from search.translit import joined_forms
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def collection(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kz = factories.country(name_ru="Казахстан", name_kk="Қазақстан")
        astana = factories.place(name_ru="Астана", name_kk="Астана", country=kz)
        for name, start, end in [
            ("Akmola", 1992, 1998),
            ("Акмола", 1992, 1998),
            ("Nur-Sultan", 2019, 2022),
            ("Нұр-Сұлтан", 2019, 2022),
        ]:
            PlaceName.objects.create(place=astana, name=name, used_from=start, used_until=end)
        suleimenov = factories.person(name_en="Tuleutai Suleimenov")
        nazarbayev = factories.person(name_en="Nursultan Nazarbayev")
        porcelain = factories.material(name_en="porcelain", name_ru="фарфор", name_kk="фарфор")
        silver = factories.material(name_en="silver", name_ru="серебро", name_kk="күміс")

        note = factories.document(
            title_en="Note verbale on joining the United Nations",
            description_en="Signed by the first foreign minister.",
            date_display="2 March 1992",
        )
        ItemPerson.objects.create(item=note, person=suleimenov, role="signatory")
        photo = factories.photograph(
            title_en="Summit participants in front of the Palace of Independence", place=astana
        )
        ItemPerson.objects.create(item=photo, person=nazarbayev, role="depicted")
        vase = factories.gift(title_en="Vase with cobalt decoration", recipient=nazarbayev)
        vase.materials.add(porcelain)
        dish = factories.gift(
            title_en="Dish", description_en="A vase-shaped dish, engraved.", category="tableware"
        )
        dish.materials.add(silver)
        factories.document(title_en="Unrelated memorandum", document_type="memorandum")
    return {"note": note, "photo": photo, "vase": vase, "dish": dish, "person": suleimenov}


def found(query: str) -> list[int]:
    return [
        item.pk for item in order_by_relevance(search_items(CollectionItem.objects.all(), query))
    ]


def test_finds_by_title_word(collection):
    assert found("verbale") == [collection["note"].pk]


@pytest.mark.parametrize("query", ["Suleimenov", "Сулейменов", "Сүлейменов", "Suleymenov"])
def test_finds_a_person_in_any_script_or_spelling(collection, query):
    assert found(query) == [collection["note"].pk]


def test_tolerates_a_typo(collection):
    assert found("Suleimenv") == [collection["note"].pk]


@pytest.mark.parametrize("query", ["Назарбаев", "Nazarbaev", "Nazarbayev"])
def test_cyrillic_query_finds_latin_name(collection, query):
    assert set(found(query)) == {collection["photo"].pk, collection["vase"].pk}


@pytest.mark.parametrize(
    "query", ["Astana", "Астана", "Akmola", "Акмола", "Nursultan", "Nur-Sultan"]
)
def test_historical_place_names_find_the_place(collection, query):
    assert collection["photo"].pk in found(query)


def test_a_spaced_place_name_is_found_written_as_one_word(collection):
    PlaceName.objects.create(place=collection["photo"].place, name="Ak Orda")
    call_command("rebuild_search_index", verbosity=0)
    assert collection["photo"].pk in found("Akorda")


def test_only_place_names_are_also_indexed_joined(collection):
    """A person's name or a title joined into one word is never typed; indexed, such words
    made every first name the prefix of hundreds of indexed words."""
    words = " ".join(SearchDocument.objects.values_list("names", flat=True)).split()
    assert "astana" in words
    assert "nursultan" in words  # Nur-Sultan, the place's hyphenated name
    for person in ("Tuleutai Suleimenov", "Nursultan Nazarbayev"):
        assert joined_forms(person)[0] not in words
    assert joined_forms("Note verbale")[0] not in words


@pytest.mark.parametrize("query", ["porcelain", "фарфор", "Porcelain"])
def test_material_words_in_any_language(collection, query):
    assert found(query) == [collection["vase"].pk]


def test_kazakh_material_word(collection):
    assert found("күміс") == [collection["dish"].pk]


def test_accession_number(collection):
    number = collection["vase"].accession_number
    assert found(number)[0] == collection["vase"].pk


def test_all_words_must_match(collection):
    assert found("vase cobalt") == [collection["vase"].pk]
    assert found("vase nonexistentword") == []


def test_title_match_ranks_above_description_match(collection):
    assert found("vase") == [collection["vase"].pk, collection["dish"].pk]


@pytest.mark.parametrize("query", ["", "   ", "!!!", "%", "'; DROP TABLE x; --", "a" * 5000])
def test_empty_or_odd_queries_do_not_fail(collection, query):
    assert isinstance(found(query), list)


def test_renaming_a_linked_person_updates_the_index_at_once(
    collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PersonNameVariant.objects.create(person=collection["person"], name="Тулеутай")
    assert found("Тулеутай") == [collection["note"].pk]
    with django_capture_on_commit_callbacks(execute=True):
        person = collection["person"]
        person.name_en = "Tuleutay Suleimenov-Renamed"
        person.save()
    assert found("Renamed") == [collection["note"].pk]


def test_editing_a_record_updates_the_index(collection, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        note = collection["note"]
        note.title_en = "Letter of credence"
        note.save()
    assert found("credence") == [note.pk]
    assert found("verbale") == []


def test_adding_a_material_updates_the_index(collection, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        collection["dish"].materials.add(factories.material(name_en="gold", name_ru="золото"))
    assert found("золото") == [collection["dish"].pk]


def test_rebuild_command_restores_a_lost_index(collection):
    SearchDocument.objects.all().delete()
    assert found("verbale") == []
    call_command("rebuild_search_index", verbosity=0, stdout=open("/dev/null", "w"))
    assert SearchDocument.objects.count() == CollectionItem.objects.count()
    assert found("verbale") == [collection["note"].pk]


def test_deleting_a_record_drops_its_document(collection):
    collection["dish"].delete()
    assert not SearchDocument.objects.filter(item_id=collection["dish"].pk).exists()


def test_typo_in_one_of_several_words(collection):
    assert found("Suleimenv verbale") == [collection["note"].pk]


def test_description_words_are_not_corrected_to_names(collection):
    assert found("engraved") == [collection["dish"].pk]


def test_unknown_word_finds_nothing(collection):
    assert found("zzzxqv") == []


def test_accession_number_in_lower_case(collection):
    assert found(collection["vase"].accession_number.lower())[0] == collection["vase"].pk


def test_search_narrows_the_given_queryset(collection):
    drafts_only = CollectionItem.objects.filter(pk=collection["dish"].pk)
    assert [i.pk for i in search_items(drafts_only, "vase")] == [collection["dish"].pk]


def test_search_result_works_as_a_subquery(collection):
    matches = search_items(CollectionItem.objects.all(), "vase")
    assert CollectionItem.objects.filter(pk__in=matches.values("pk")).count() == 2


def test_draft_event_titles_are_not_searchable(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        secret = factories.event(title_en="Confidential consultations", status="draft")
        doc = factories.document(title_en="Memorandum", status="published")
        doc.events.add(secret)
    assert found("Confidential") == []
    with django_capture_on_commit_callbacks(execute=True):
        secret.status = "published"
        secret.save()
    assert found("Confidential") == [doc.pk]
