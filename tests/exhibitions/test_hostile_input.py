"""The add-objects page reads the catalogue's filters from its address: hostile values
there are a message, never a server error (the catalogue's own finding, on this page)."""

import pytest
from django.urls import reverse

from tests import factories

URL = reverse("admin:exhibitions_exhibition_add_objects")
TOO_BIG = "99999999999999999999"


@pytest.mark.parametrize(
    "query",
    [
        {"material": TOO_BIG},
        {"person": "-" + TOO_BIG},
        {"year_from": "9" * 5000},
        {"q": "silver " * 1000},
        {"items": TOO_BIG},
        {"exhibition": TOO_BIG},
    ],
)
def test_hostile_filters_are_a_message(exhibition_client, query):
    factories.gift(status="published")
    response = exhibition_client.get(URL, query)
    assert response.status_code == 200
    assert response.context["problem"] or not response.context["rows"]


def test_a_posted_choice_too_big_is_a_form_error(exhibition_client):
    exhibition = factories.exhibition()
    gift = factories.gift(status="published")
    response = exhibition_client.post(
        URL,
        {
            "candidates": str(gift.pk),
            "items": [TOO_BIG],
            "exhibition": str(exhibition.pk),
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["items"]
    assert not exhibition.exhibition_items.exists()
