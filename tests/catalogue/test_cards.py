"""Cards of a search shown by relevance come from the cache, and change as soon as what
they show changes: the record, its image, its publication, the visitor's language."""

import re

from catalogue.cards import Card
from tests import factories

SEARCH = "/en/catalogue/?q=dish"


def card_html(client, url: str = SEARCH) -> str:
    response = client.get(url)
    cards = response.context["page"].object_list
    assert all(isinstance(card, Card) for card in cards)
    return "".join(card.html for card in cards)


def test_a_repeated_search_serves_its_cards_from_the_cache(client, collection):
    first = card_html(client)
    assert "Silver dish" in first
    # Changed behind the signals' back (as no code path of the site does), the record
    # still shows as cached: the second page came from the cache, not the database.
    type(collection.dish).objects.filter(pk=collection.dish.pk).update(title_en="Unseen")
    assert card_html(client) == first


def test_an_edited_record_shows_its_new_card(
    client, collection, django_capture_on_commit_callbacks
):
    assert "Silver dish" in card_html(client)
    with django_capture_on_commit_callbacks(execute=True):
        collection.dish.title_en = "Silver dish with an engraved rim"
        collection.dish.save()
    assert "Silver dish with an engraved rim" in card_html(client)


def test_an_added_or_removed_image_changes_the_card(
    client, collection, django_capture_on_commit_callbacks
):
    assert "<img" not in card_html(client)
    with django_capture_on_commit_callbacks(execute=True):
        picture = factories.image(collection.dish)
    assert re.search(r'<img src="[^"]+" alt="Silver dish"', card_html(client))
    with django_capture_on_commit_callbacks(execute=True):
        picture.alt_text_en = "The dish from above"
        picture.save()
    assert 'alt="The dish from above"' in card_html(client)
    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()
    assert "<img" not in card_html(client)


def test_a_withdrawn_record_leaves_the_results_with_its_card(
    client, collection, django_capture_on_commit_callbacks
):
    assert "Silver dish" in card_html(client)
    with django_capture_on_commit_callbacks(execute=True):
        collection.dish.status = "withdrawn"
        collection.dish.save()
    response = client.get(SEARCH)
    assert response.context["page"].object_list == []
    assert "Silver dish" not in response.content.decode()


def test_cards_are_kept_per_language(client, collection):
    url = "/{}/catalogue/?q=vase"
    assert "Porcelain vase" in card_html(client, url.format("en"))
    russian = card_html(client, url.format("ru"))
    assert "Фарфоровая ваза" in russian and "/ru/objects/" in russian
    assert "Porcelain vase" in card_html(client, url.format("en"))
