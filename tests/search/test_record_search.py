"""One search object answers the records in order, how many, and the facet counts, each
on its own and in any order, without the catalogue's pagination (the API and exports
slice and iterate it)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from collections_app.models import CollectionItem
from search import query as search_query
from search.query import RecordSearch, SearchCache, SearchParams, Sort
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def letters(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = [
            factories.document(
                f"Letter {i:02}", status="published", date_earliest=f"{1990 + i}-01-01"
            )
            for i in range(12)
        ]
        factories.document("Letter in draft", status="draft")
        factories.gift("Silver bowl", status="published")
    return made


def test_slices_and_iteration_follow_the_order(letters):
    search = RecordSearch(SearchParams(q="letter", sort=Sort.DATE))
    in_order = [item.pk for item in letters]
    assert [item.pk for item in search[0:5]] == in_order[:5]
    assert [item.pk for item in search[5:20]] == in_order[5:]
    assert search[3].pk == in_order[3]
    assert [item.pk for item in search] == in_order
    assert list(search.keys(10, 5)) == in_order[10:]


def test_iteration_reads_in_chunks(letters, monkeypatch):
    monkeypatch.setattr(search_query, "CHUNK", 5)
    search = RecordSearch(SearchParams(sort=Sort.DATE, types=("document",)))
    assert [item.pk for item in search] == [item.pk for item in letters]


def test_relevance_order_is_the_backends(letters):
    search = RecordSearch(SearchParams(q="letter"))
    ranked = [item.pk for item in search.ordered()]
    assert [item.pk for item in search[0:12]] == ranked
    assert len(ranked) == 12  # the draft is not published


def test_facets_need_no_page_and_count_needs_no_facets(letters):
    search = RecordSearch(SearchParams(q="letter"))
    facets = {facet["name"]: facet for facet in search.facets()}
    assert facets["type"]["options"] == [
        {"value": "document", "label": "Archival document", "count": 12, "checked": False}
    ]
    fresh = RecordSearch(SearchParams(q="letter"))
    assert fresh.count().exact == 12


def test_a_count_beyond_the_cap_is_not_exact(letters):
    counted = RecordSearch(SearchParams()).count(cap=5)
    assert counted.exact is None and counted.at_least == 6
    if connection.vendor == "postgresql":
        assert counted.estimate is not None and counted.estimate > 0
    else:
        assert counted.estimate is None


def test_the_cache_is_the_callers_choice(letters, django_assert_num_queries):
    cached = SearchCache(version=1)
    RecordSearch(SearchParams(q="letter"), cache=cached).count()
    with django_assert_num_queries(0):
        assert RecordSearch(SearchParams(q="letter"), cache=cached).count().exact == 12
    # Another index version reads afresh.
    other = RecordSearch(SearchParams(q="letter"), cache=SearchCache(version=2))
    with CaptureQueriesContext(connection) as queries:
        assert other.count().exact == 12
    assert len(queries) > 0


def test_a_window_comes_with_its_count(letters):
    keys, counted = RecordSearch(SearchParams(q="letter")).window(0, 5)
    assert len(keys) == 5 and counted.exact == 12
    keys, counted = RecordSearch(SearchParams(sort=Sort.TITLE)).window(10, 5)
    assert counted.exact == CollectionItem.objects.public().count()
    assert len(keys) == 3


@pytest.mark.parametrize("sort", [Sort.DATE, Sort.DATE_DESC, Sort.TITLE, Sort.ACCESSION])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_browsing_pages_by_a_statement_compiled_once(letters, sort, language):
    # Browsing every published record (no words, no filters) reads each page's keys with
    # one statement per sort and language, LIMIT and OFFSET its parameters: the same keys
    # as the queryset sliced.
    from django.utils import translation

    with translation.override(language):
        search = RecordSearch(SearchParams(sort=sort))
        in_order = list(search.ordered().values_list("pk", flat=True))
        assert len(in_order) == 13  # the letters and the bowl; not the draft
        assert search.keys(0, 5) == in_order[:5]
        assert search.keys(5, 20) == in_order[5:]
        assert search.keys(13, 5) == []
        with CaptureQueriesContext(connection) as queries:
            assert search.keys(3, 4) == in_order[3:7]
        assert len(queries) == 1


def test_the_stored_title_keys_follow_the_titles(db):
    # Browsing by title sorts on CollectionItem.title_order_*: each language's first title
    # not empty, case-folded, kept by the database as the titles change.
    item = factories.document("Zebra Note", title_kk="", status="published")
    item.refresh_from_db()
    assert (item.title_order_en, item.title_order_kk) == ("zebra note", "zebra note")
    item.title_kk = "Alpha Hat"
    item.save()
    item.refresh_from_db()
    assert (item.title_order_en, item.title_order_kk) == ("zebra note", "alpha hat")
    other = factories.document("Mango Letter", status="published")
    if connection.vendor == "postgresql":  # SQLite's lower() folds ASCII only
        item.title_ru = "Фарфоровая Ваза"
        item.save()
        item.refresh_from_db()
        assert item.title_order_ru == "фарфоровая ваза"
    from django.utils import translation

    for language, first in (("en", other.pk), ("kk", item.pk)):
        with translation.override(language):
            keys, _counted = RecordSearch(SearchParams(sort=Sort.TITLE)).window(0, 2)
        assert keys[0] == first


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes")
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_browsing_by_title_can_read_the_narrow_key_index(db, language):
    # The statement's order is the index's (search migration 0015): a page of keys is an
    # index-only scan over the stored key, however deep (the planner picks it at scale;
    # here, with sequential scans made dear).
    from django.utils import translation

    with translation.override(language):
        queryset = RecordSearch(SearchParams(sort=Sort.TITLE)).ordered().values_list("pk")
        sql, params = queryset[8000:8020].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Only Scan using item_title_{language}_key_idx" in plan
