"""The URLs of the catalogue benchmark's cold mixes (benchmarks/catalogue.py) and how its
figures are judged; the runs themselves are not for CI."""

import random
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import resolve
from django.utils import translation

from benchmarks.catalogue_report import BARE, MIXES, report_million, targets
from benchmarks.vocabulary import BROWSE_PAGES, BROWSE_SORTS, Vocabulary, collect
from catalogue.filters import Sort

TITLES = {
    "en": [
        ["silver", "vase", "from", "kazakhstan"],
        ["letter", "from", "tuleutai", "suleimenov"],
        ["gold", "medal", "from", "japan"],
        ["note", "verbale", "from", "marat", "omarov"],
    ],
    "ru": [["ваза", "серебро", "дар", "казахстан"], ["письмо", "от", "марат", "омаров"]],
    "kk": [["қазақстан", "сыйлаған", "күміс", "ваза"], ["марат", "омаров", "хат"]],
}
DATA = {
    "titles": TITLES,
    "stop": {"en": ["from"], "ru": ["дар"], "kk": []},
    "broad": {"en": ["kazakhstan", "letter"], "ru": ["ваза"], "kk": ["ваза", "марат"]},
    "years": [1992, 2024],
    "pages": BROWSE_PAGES,
    "objects": [f"GIF-2001-{n:06d}" for n in range(500)],
}
KINDS = list(MIXES.values())
# As many distinct URLs as the little vocabulary above offers of each kind, and more.
ENOUGH = {"two_words": 25, "broad_with_years": 200, "browse_sorted": 200, "any_object": 200}


def params(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def view_name(url: str) -> str:
    language = url.split("/")[1]
    with translation.override(language):
        return resolve(urlsplit(url).path).view_name


@pytest.mark.parametrize("kind", KINDS)
def test_each_mix_asks_distinct_urls_the_same_for_the_same_seed(kind):
    count = ENOUGH[kind]
    first = Vocabulary(DATA, random.Random(5), set()).distinct(kind, count)
    again = Vocabulary(DATA, random.Random(5), set()).distinct(kind, count)
    other = Vocabulary(DATA, random.Random(6), set()).distinct(kind, count)
    assert first == again
    assert first != other
    assert len(set(first)) == count
    # Nor the same page in another language: a cache keyed without it would answer it.
    assert len({url.split("/", 2)[2] for url in first}) == count


def test_a_mix_the_collection_cannot_fill_says_so():
    with pytest.raises(ValueError):
        Vocabulary(DATA, random.Random(1), set()).distinct("any_object", 501)


@pytest.mark.parametrize("kind", KINDS)
def test_the_urls_are_public_pages_in_the_three_languages(kind):
    urls = Vocabulary(DATA, random.Random(3), set()).distinct(kind, ENOUGH[kind])
    assert {url.split("/")[1] for url in urls} == {"en", "ru", "kk"}
    expected = "catalogue:object" if kind == "any_object" else "catalogue:search"
    assert {view_name(url) for url in urls} == {expected}


def test_two_word_queries_are_two_words_of_one_title_in_its_language_without_connectives():
    for url in Vocabulary(DATA, random.Random(4), set()).distinct("two_words", 25):
        language = url.split("/")[1]
        words = params(url)["q"].split()
        assert len(words) == 2
        assert not set(words) & set(DATA["stop"][language])
        assert any(
            set(words) <= set(title) and title.index(words[0]) < title.index(words[1])
            for title in TITLES[language]
        )


def test_broad_queries_are_a_frequent_word_within_the_collections_years():
    for url in Vocabulary(DATA, random.Random(4), set()).distinct("broad_with_years", 200):
        found = params(url)
        assert found["q"] in DATA["broad"][url.split("/")[1]]
        assert 1992 <= int(found["year_from"]) <= int(found["year_to"]) <= 2024


def test_browsing_asks_any_page_up_to_the_last_sorted_by_date_or_title():
    pages = set()
    for url in Vocabulary(DATA, random.Random(4), set()).distinct("browse_sorted", 300):
        found = params(url)
        assert "q" not in found
        assert found["sort"] in BROWSE_SORTS
        assert found["sort"] in {value for value, _label in Sort.CHOICES}
        pages.add(int(found["page"]))
    assert min(pages) >= 1 and max(pages) <= BROWSE_PAGES
    assert max(pages) > BROWSE_PAGES // 2
    small = {**DATA, "pages": 3}
    urls = Vocabulary(small, random.Random(4), set()).distinct("browse_sorted", 9)
    assert {int(params(url)["page"]) for url in urls} == {1, 2, 3}


@pytest.mark.django_db
def test_the_words_come_from_the_collections_published_titles(client):
    from benchmarks.synthetic import generate
    from collections_app.models import CollectionItem

    generate(90)
    data = collect(seed=1)
    public = CollectionItem.objects.public()
    assert len(data["objects"]) == public.count()
    assert data["pages"] == -(-public.count() // 20)
    assert data["stop"]["en"] == ["from"]  # every gift's and document's title has it
    for language in ("en", "ru", "kk"):
        assert data["broad"][language]
        assert not set(data["broad"][language]) & set(data["stop"][language])
    vocabulary = Vocabulary(data, random.Random(2), set())
    for kind in KINDS:
        for url in vocabulary.distinct(kind, 3):
            assert client.get(url).status_code == 200, url


def cold(bare: float, *p95s: float) -> dict:
    found = {BARE: {"p95_ms": bare}}
    found.update({name: {"p95_ms": p95} for name, p95 in zip(MIXES, p95s, strict=True)})
    return {"records": 100_000, "cold": found}


def test_each_mix_is_judged_by_its_p95_against_the_bare_views_in_the_same_run():
    judged = targets(cold(5.0, 25.0, 50.5, 15.0, 14.0))
    assert [ok for *_rest, ok in judged] == [True, False, True, True]
    assert judged[1][1] == pytest.approx(10.1)


def test_a_larger_collection_is_judged_against_the_reference_run():
    reference = cold(5.0, 20.0, 40.0, 10.0, 10.0)
    larger = {**cold(6.0, 36.0, 72.0, 12.0, 18.1), "records": 1_000_000}
    text, held = report_million(larger, reference)
    assert not held  # the object page went from 2x to 3.02x the bare view
    assert "| 1.51 | NO |" in text
    text, held = report_million({**cold(6.0, 36.0, 72.0, 12.0, 18.0), "records": 10**6}, reference)
    assert held
