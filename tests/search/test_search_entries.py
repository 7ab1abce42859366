"""The narrow search entry a search reads for every match, and the one-pass summary of a
search built on it: kept current with the records, and counting exactly what the facet
table counts."""

import datetime

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from collections_app.models import CollectionItem, ItemPerson
from search.backends import order_by_relevance, search_items, summarise
from search.models import ItemFacet, SearchDocument, SearchEntry
from search.query import RecordSearch, SearchParams
from tests import factories

pytestmark = pytest.mark.django_db

FACETS = ["type", "country", "material", "event", "person", "exhibition"]


@pytest.fixture
def records(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kz, jp = factories.country(), factories.country("JP", "Japan")
        giver, signer = factories.person("Hu Jintao"), factories.person("Kassym Tokayev")
        summit = factories.event(status="published")
        silver = factories.material()
        items = []
        for i in range(7):
            gift = factories.gift(f"Silver treaty bowl {i}", status="published", giver=giver)
            gift.materials.add(silver)
            gift.countries.add(kz if i % 2 else jp)
            items.append(gift)
            doc = factories.document(f"Treaty on borders {i}", status="published")
            ItemPerson.objects.create(item=doc, person=signer, role="signatory")
            doc.countries.add(kz)
            if i % 3 == 0:
                doc.events.add(summit)
            items.append(doc)
        draft = factories.document("Treaty draft", status="draft")
        draft.countries.add(jp)
    return {"items": items, "kz": kz, "jp": jp, "draft": draft}


def keys_of(item) -> set[str]:
    return set(SearchEntry.objects.get(document_id=item.pk).facet_keys.split())


def exact_counts(queryset) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    rows = (
        ItemFacet.objects.filter(item__in=queryset.values("pk"))
        .values_list("facet", "value")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for facet, value, n in rows:
        counts[facet][value] = n
    return counts


def test_every_record_has_an_entry_with_its_facet_values(records):
    for item in CollectionItem.objects.all():
        pairs = ItemFacet.objects.filter(item=item).values_list("facet", "value")
        assert keys_of(item) == {f"{facet}:{value}" for facet, value in pairs}


def test_the_entry_follows_edits(records, django_capture_on_commit_callbacks):
    doc = records["items"][1]
    with django_capture_on_commit_callbacks(execute=True):
        doc.countries.remove(records["kz"])
        doc.countries.add(records["jp"])
    assert f"country:{records['jp'].pk}" in keys_of(doc)
    assert f"country:{records['kz'].pk}" not in keys_of(doc)
    with django_capture_on_commit_callbacks(execute=True):
        doc.title_en = "Letter of credence"
        doc.save()
    assert [i.pk for i in search_items(CollectionItem.objects.all(), "credence")] == [doc.pk]
    assert summarise(CollectionItem.objects.all(), "credence", limit=20).keys == [doc.pk]
    assert summarise(CollectionItem.objects.all(), "borders", limit=20).count == 6


def test_an_entry_goes_with_its_document(records):
    item = records["items"][0]
    SearchDocument.objects.filter(item=item).delete()
    assert not SearchEntry.objects.filter(document_id=item.pk).exists()


@pytest.mark.parametrize("query", ["treaty", "silver bowl", "borders", "Tokayev", "Japan"])
def test_summary_counts_equal_the_exact_facet_counts(records, query):
    public = CollectionItem.objects.public()
    summary = summarise(public, query, limit=5, facets=FACETS)
    matches = search_items(public, query)
    assert summary.count == matches.count() > 0
    assert summary.facets == exact_counts(matches)


def test_summary_window_is_the_relevance_order(records):
    public = CollectionItem.objects.public()
    ordered = [i.pk for i in order_by_relevance(search_items(public, "treaty"))]
    assert len(ordered) == 14
    windows = [summarise(public, "treaty", offset=o, limit=5).keys for o in (0, 5, 10)]
    assert sum(windows, []) == ordered
    assert summarise(public, "treaty", offset=20, limit=5).keys == []


def test_summary_never_counts_records_outside_the_queryset(records):
    public = CollectionItem.objects.public()
    summary = summarise(public, "treaty", limit=50, facets=FACETS)
    assert records["draft"].pk not in summary.keys
    assert summary.count == 14
    # The draft is the only Japanese document: among the published, Japan counts gifts only.
    assert summary.facets["country"][str(records["jp"].pk)] == 4
    everything = summarise(CollectionItem.objects.all(), "treaty", limit=50, facets=FACETS)
    assert everything.count == 15
    assert everything.facets["country"][str(records["jp"].pk)] == 5


def test_summary_of_a_query_that_finds_nothing(records):
    summary = summarise(CollectionItem.objects.public(), "zzzxqv", limit=20, facets=FACETS)
    assert (summary.count, summary.keys) == (0, [])
    assert summary.facets == {name: {} for name in FACETS}


def test_summary_of_an_accession_number(records):
    item = records["items"][3]
    summary = summarise(CollectionItem.objects.public(), item.accession_number, limit=20)
    assert (summary.count, summary.keys) == (1, [item.pk])


@pytest.mark.parametrize("narrow", [False, True])
def test_a_window_alone_is_the_same_window_without_a_count(records, narrow):
    queryset = CollectionItem.objects.public()
    if narrow:
        queryset = queryset.filter(item_type="gift")
    for offset in (0, 5, 10, 20):
        full = summarise(queryset, "treaty", offset=offset, limit=5)
        alone = summarise(queryset, "treaty", offset=offset, limit=5, count=False)
        assert alone.count is None
        assert alone.keys == full.keys
    assert (
        records["draft"].pk
        not in summarise(CollectionItem.objects.public(), "draft", limit=5, count=False).keys
    )


def test_equal_ranks_come_in_primary_key_order(records):
    bowls = [item.pk for item in records["items"] if item.item_type == "gift"]
    gifts = CollectionItem.objects.public().filter(item_type="gift")
    assert summarise(gifts, "bowl", limit=20).keys == sorted(bowls)
    assert summarise(gifts, "bowl", limit=20, count=False).keys == sorted(bowls)


@pytest.mark.parametrize("narrow", [False, True])
def test_a_window_from_the_best_ranked_matches_is_the_same_window(records, narrow):
    # Knowing the number of matches lets PostgreSQL sort only the best-ranked ones.
    queryset = CollectionItem.objects.public()
    if narrow:
        queryset = queryset.filter(item_type="document")
    matches = summarise(queryset, "treaty", limit=0).count
    for offset in (0, 3, 5, 10, 13):
        full = summarise(queryset, "treaty", offset=offset, limit=5)
        known = summarise(queryset, "treaty", offset=offset, limit=5, count=False, matches=matches)
        assert known.keys == full.keys


@pytest.mark.performance
def test_hidden_records_ranked_first_do_not_shorten_the_window(
    records, django_capture_on_commit_callbacks
):
    # Forty-four matches rank alike (so by primary key), and only the last two are
    # shown: the matches are read among the records shown, so hidden ones never take a
    # place in the window (PostgreSQL used to need a second statement here).
    with django_capture_on_commit_callbacks(execute=True):
        annexes = [factories.document(f"Treaty annex {i}", status="published") for i in range(30)]
    shown = CollectionItem.objects.public().filter(pk__in=[a.pk for a in annexes[-2:]])
    everything = summarise(CollectionItem.objects.public(), "treaty", limit=0).count
    assert everything == 44
    full = summarise(shown, "treaty", limit=2)
    assert full.count == 2
    with CaptureQueriesContext(connection) as ctx:
        known = summarise(shown, "treaty", limit=2, count=False, matches=full.count)
    assert known.keys == full.keys == [a.pk for a in annexes[-2:]]
    windows = [q for q in ctx.captured_queries if "search_searchentry" in q["sql"]]
    assert len(windows) == 1


@pytest.mark.performance
def test_a_bounded_window_keeps_the_rank_order(records, django_capture_on_commit_callbacks):
    # Forty-four matches, every other new one with the word in its description only (a
    # lower rank), so rank order and primary-key order differ; the windows asked for
    # lie within the best-ranked few PostgreSQL keeps, and one statement reads each.
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(30):
            if i % 2:
                factories.document(f"Treaty annex {i}", status="published")
            else:
                factories.document(
                    f"Annex {i}", description_en="Annex to the treaty.", status="published"
                )
    public = CollectionItem.objects.public()
    matches = summarise(public, "treaty", limit=0).count
    assert matches == 44
    ranked = summarise(public, "treaty", limit=44).keys
    assert ranked != sorted(ranked)
    for offset in (0, 2, 10):
        with CaptureQueriesContext(connection) as ctx:
            known = summarise(public, "treaty", offset=offset, limit=2, count=False, matches=44)
        assert known.keys == ranked[offset : offset + 2]
        windows = [q for q in ctx.captured_queries if "search_searchentry" in q["sql"]]
        assert len(windows) == 1


def test_the_entry_carries_the_records_date_range(records, django_capture_on_commit_callbacks):
    doc = records["items"][1]
    with django_capture_on_commit_callbacks(execute=True):
        doc.date_earliest, doc.date_latest = datetime.date(1995, 3, 1), None
        doc.save()
    entry = SearchEntry.objects.get(document_id=doc.pk)
    # As a year range reads it: an open end is the other end.
    assert (entry.range_start, entry.range_end) == (doc.date_earliest, doc.date_earliest)
    with django_capture_on_commit_callbacks(execute=True):
        doc.date_latest = datetime.date(1997, 1, 1)
        doc.save()
    entry.refresh_from_db()
    assert (entry.range_start, entry.range_end) == (doc.date_earliest, doc.date_latest)


@pytest.mark.parametrize("cap", [2, 5, 13])
def test_beyond_the_cap_the_window_is_read_tier_by_tier(
    records, django_capture_on_commit_callbacks, cap
):
    # Fourteen treaties with the word in their titles, and new ones with it in their
    # descriptions only: with more matches than the cap, PostgreSQL reads each tier's
    # window on its own (walking keys or not, by what its sample saw); the windows are
    # the relevance order all the same, and the count is left to an estimate.
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(6):
            factories.document(f"Annex {i}", description_en="To the treaty.", status="published")
    public = CollectionItem.objects.public()
    ordered = [i.pk for i in order_by_relevance(search_items(public, "treaty"))]
    assert len(ordered) == 20
    named = {i.pk for i in records["items"]}
    assert set(ordered[:14]) == named and ordered == sorted(ordered[:14]) + sorted(ordered[14:])
    for offset in (0, 3, 12, 18):
        summary = summarise(public, "treaty", offset=offset, limit=4, cap=cap)
        assert summary.keys == ordered[offset : offset + 4]
        assert summary.count in (None, 20) and (summary.count is None) == (
            connection.vendor == "postgresql"
        )


@pytest.mark.parametrize("cap", [None, 3])
def test_a_year_range_given_to_the_index_finds_what_the_records_filter_finds(
    records, django_capture_on_commit_callbacks, cap
):
    with django_capture_on_commit_callbacks(execute=True):
        for n, item in enumerate(records["items"]):
            item.date_earliest = datetime.date(1990 + n, 6, 1)
            item.date_latest = datetime.date(1992 + n, 6, 1) if n % 2 else None
            item.save()
    params = SearchParams(q="treaty", year_from=1995, year_to=1999)
    search = RecordSearch(params)
    expected = [i.pk for i in order_by_relevance(search.records())]
    assert 0 < len(expected) < 14
    summary = summarise(search.filtered(), "treaty", limit=20, within=params.within(), cap=cap)
    assert summary.keys == expected[:20]
    keys, counted = search.window(0, 20, cap=3)
    assert keys == expected
    assert counted.exact is None and counted.at_least == 4


def test_facet_counts_within_years_are_the_exact_counts(
    records, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for n, item in enumerate(records["items"]):
            item.date_earliest = datetime.date(1990 + n, 6, 1)
            item.save()
    search = RecordSearch(SearchParams(q="treaty", year_from=1994, year_to=2001))
    matches = search.records()
    assert 0 < matches.count() < 14
    counted = summarise(
        search.filtered(), "treaty", facets=FACETS, count=False, within=search.params.within()
    )
    assert counted.facets == exact_counts(matches)


def test_a_dense_tier_is_read_from_the_blocks_of_keys_its_window_needs(
    django_capture_on_commit_callbacks,
):
    # Records in several blocks of primary keys, named ones first: beyond the cap, the
    # sample holds enough of the named tier, so PostgreSQL searches only the blocks up to
    # the window's last key; the window is the relevance order all the same.
    block = SearchEntry.BLOCK
    named = [3, block - 1, block + 5, 2 * block + 7, 5 * block, 9 * block + 1, 9 * block + 2]
    body = [4, 2 * block, 7 * block]
    with django_capture_on_commit_callbacks(execute=True):
        for pk in named:
            factories.document(f"Treaty {pk}", id=pk, status="published")
        for pk in body:
            factories.document("Annex", description_en="To the treaty.", id=pk, status="published")
    assert SearchEntry.objects.get(document_id=block + 5).block == 1
    public = CollectionItem.objects.public()
    ordered = [i.pk for i in order_by_relevance(search_items(public, "treaty"))]
    assert ordered == named + body
    # Over every published record (the entries alone answer), and over records narrowed
    # by a filter (joined to the records' own query).
    for records in (public, public.filter(item_type="document")):
        for cap in (4, 6):
            for offset in (0, 2, 3, 5, 7, 8):
                with CaptureQueriesContext(connection) as ctx:
                    summary = summarise(records, "treaty", offset=offset, limit=2, cap=cap)
                assert summary.keys == ordered[offset : offset + 2]
                # The sample (cap + 1 matches in the table's physical order, which rows of
                # earlier tests may have shuffled) holds at least cap + 1 - 3 named ones:
                # a window no larger than that is read from the blocks for sure.
                sure = offset + 2 <= cap + 1 - len(body)
                if connection.vendor == "postgresql" and sure:
                    assert any("e.block = ANY" in q["sql"] for q in ctx.captured_queries)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's tier windows")
def test_a_tier_whose_sampled_records_left_it_is_read_whole(django_capture_on_commit_callbacks):
    # Between the sample and the tier's statement, sampled records may leave the tier (an
    # editor unpublishes them): the blocks up to the sample's keys then hold less than a
    # window, which is read again without them.
    from search.backends import get_backend
    from search.backends.postgresql import NAMED_TIER, _Ranking

    block = SearchEntry.BLOCK
    named = [3, block + 5, 2 * block + 7, 5 * block]
    with django_capture_on_commit_callbacks(execute=True):
        for pk in named:
            factories.document(f"Treaty {pk}", id=pk, status="published")
    ranking = _Ranking(get_backend().prepare("treaty"), None, None)
    # As if the sample had seen three records of block 0 that are gone by now.
    keys = ranking._tier(NAMED_TIER, [ranking.named], 3, seen=[1, 2, 4])
    assert keys == named[:3]
