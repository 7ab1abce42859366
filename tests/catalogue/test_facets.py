"""Facet counts: how many published records each option would show."""

from tests import factories


def facets(response) -> dict[str, dict]:
    assert response.status_code == 200
    return {
        facet["name"]: {option["value"]: option["count"] for option in facet["options"]}
        for facet in response.context["facets"]
    }


def test_counts_over_the_whole_catalogue(client, collection):
    counts = facets(client.get("/en/catalogue/facets/"))
    assert counts["type"] == {"document": 1, "photograph": 1, "gift": 2}
    # Kazakhstan: note, photo, dish. Japan: the vase, and the dish as giving state.
    assert counts["country"] == {"KZ": 3, "JP": 2, "US": 1}
    assert counts["material"] == {collection.silver.pk: 1, collection.porcelain.pk: 1}
    assert counts["event"] == {"un-membership": 2, "osce-summit": 1}
    # Suleimenov signed the note and took the photograph; Nazarbayev received the dish.
    assert counts["person"] == {collection.suleimenov.pk: 2, collection.nazarbayev.pk: 1}
    assert counts["exhibition"] == {"thirty-years": 2, "independence-twenty": 1}


def test_a_record_linked_twice_to_one_authority_counts_once(client, collection):
    # The dish is Japanese twice over: giving state and country.
    collection.dish.countries.add(collection.jp)
    assert facets(client.get("/en/catalogue/facets/"))["country"]["JP"] == 2


def test_counts_follow_the_search_and_the_other_filters(client, collection):
    counts = facets(client.get("/en/catalogue/facets/", {"q": "united"}))
    # A type that would find nothing is not offered.
    assert counts["type"] == {"document": 1, "photograph": 1}
    assert counts["country"] == {"KZ": 2, "US": 1}
    counts = facets(client.get("/en/catalogue/facets/", {"type": "gift"}))
    assert counts["country"] == {"KZ": 1, "JP": 2}
    assert counts["event"] == {"osce-summit": 1}


def test_a_facet_ignores_its_own_choice_so_options_can_be_combined(client, collection):
    counts = facets(client.get("/en/catalogue/facets/", {"type": "gift"}))
    assert counts["type"] == {"document": 1, "photograph": 1, "gift": 2}
    counts = facets(client.get("/en/catalogue/facets/", {"country": "US"}))
    assert counts["country"] == {"KZ": 3, "JP": 2, "US": 1}
    assert counts["type"] == {"photograph": 1}
    # ... unless the visitor ticked it: it stays, to be unticked.
    counts = facets(client.get("/en/catalogue/facets/", {"q": "united", "type": "gift"}))
    assert counts["type"] == {"document": 1, "photograph": 1, "gift": 0}


def test_counts_are_shown_next_to_each_option(client, collection):
    page = client.get("/en/catalogue/facets/").content.decode()
    assert 'Kazakhstan <span class="count">3</span>' in page
    assert 'Diplomatic gift <span class="count">2</span>' in page


def test_options_read_in_the_visitors_language(client, collection):
    page = client.get("/ru/catalogue/facets/").content.decode()
    assert 'Казахстан <span class="count">3</span>' in page
    assert "Казахстан вступает в ООН (1992)" in page


def test_a_chosen_option_stays_listed_beyond_the_most_frequent(
    client, collection, django_capture_on_commit_callbacks
):
    from catalogue import filters

    with django_capture_on_commit_callbacks(execute=True):
        rare = factories.country("NO", "Norway")
        gift = factories.gift("Norwegian bowl", status="published")
        gift.countries.add(rare)
        for i in range(filters.FACET_LIMIT):
            country = factories.country(f"A{chr(65 + i)}", f"Country {i}")
            for _ in range(2):
                factories.document(f"Letter {i}", status="published").countries.add(country)
    counts = facets(client.get("/en/catalogue/facets/"))
    assert len(counts["country"]) == filters.FACET_LIMIT
    assert "NO" not in counts["country"]
    counts = facets(client.get("/en/catalogue/facets/", {"country": "NO"}))
    assert counts["country"]["NO"] == 1


def test_browse_counts_follow_changes_to_the_collection(
    client, collection, django_capture_on_commit_callbacks
):
    before = facets(client.get("/en/catalogue/facets/"))["type"]["gift"]
    with django_capture_on_commit_callbacks(execute=True):
        bowl = factories.gift("Another bowl", status="published")
    assert facets(client.get("/en/catalogue/facets/"))["type"]["gift"] == before + 1
    with django_capture_on_commit_callbacks(execute=True):
        bowl.delete()
    assert facets(client.get("/en/catalogue/facets/"))["type"]["gift"] == before


def test_counts_of_a_search_come_back_from_the_cache_until_the_index_changes(
    client, collection, django_capture_on_commit_callbacks
):
    first = client.get("/en/catalogue/facets/", {"q": "united"})
    again = client.get("/en/catalogue/facets/", {"q": "united", "page": "1", "sort": "relevance"})
    assert facets(again) == facets(first)
    assert again.content.count(b'class="count"') == first.content.count(b'class="count"')
    with django_capture_on_commit_callbacks(execute=True):
        collection.dish.countries.add(collection.us)
        collection.dish.title_en = "Dish from the United States"
        collection.dish.save()
    counts = facets(client.get("/en/catalogue/facets/", {"q": "united"}))
    assert counts["country"]["US"] == 2
    assert counts["type"] == {"document": 1, "photograph": 1, "gift": 1}


def test_a_search_with_ticked_options_counts_each_over_the_others(client, collection):
    counts = facets(client.get("/en/catalogue/facets/", {"q": "united", "country": "US"}))
    # Country ignores its own choice; type is counted among the American records only.
    assert counts["country"] == {"KZ": 2, "US": 1}
    assert counts["type"] == {"photograph": 1}
