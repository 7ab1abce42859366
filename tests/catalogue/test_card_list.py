"""A list's cards are rendered in one pass (catalogue.cards.render_cards, a macro called per
card, its words translated once): the same HTML as each card rendered on its own by a
template of its own, escaped, and nothing of one card carried into the next."""

from types import SimpleNamespace

import pytest
from django.template import engines
from django.utils import translation

from catalogue.cards import (
    CARD_TEMPLATE,
    Card,
    card_context,
    object_cards,
    read_cards,
    render_cards,
)
from collections_app.models import CollectionItem
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> & Co'


ALONE = f'{{% from "{CARD_TEMPLATE}" import card %}}{{{{ card(**context) }}}}'


def one_card(item, number="", label="") -> str:
    """A card rendered alone, by a template of its own, its words translated for it."""
    template = engines["jinja2"].from_string(ALONE)
    return template.render({"context": card_context(item, number, label)})


@pytest.fixture
def records():
    pictured = factories.document(HOSTILE, date_display="1992", status="published")
    factories.image(pictured)
    plain = factories.gift("Silver dish", status="published")
    pks = [pictured.pk, plain.pk]
    found = CollectionItem.objects.for_listing().in_bulk(pks)
    return [found[pk] for pk in pks]


def test_each_card_is_the_one_rendered_alone(records):
    cards = object_cards(records)
    assert cards == [one_card(item) for item in records]
    assert "<img" in cards[0] and "<img" not in cards[1]


def test_a_card_shows_its_record_in_the_visitors_language(records):
    pictured, plain = records
    with translation.override("ru"):
        card, *_ = object_cards([plain])
        type_label = plain.get_item_type_display()
    assert f'<a href="/ru/objects/{plain.accession_number}/">Silver dish</a>' in card
    assert f'<p class="card__meta">{type_label}</p>' in card and type_label != "Diplomatic gift"
    assert f"</span> {plain.accession_number}</p>" in card
    assert "card__placeholder--gift" in card
    [with_image] = object_cards([pictured])
    assert f'<img src="{pictured.primary_image.thumbnail.url}"' in with_image
    assert " · 1992</p>" in with_image


def test_titles_and_labels_are_escaped(records):
    pictured, _plain = records
    [card] = render_cards([(pictured, 3, 'Case <b>1</b>\n"left"')])
    assert "<script>" not in card and "&lt;script&gt;" in card
    assert "&amp; Co" in card
    assert "Case &lt;b&gt;1&lt;/b&gt;<br>&quot;left&quot;" in card


def test_a_number_or_label_stays_on_its_own_card(records):
    pictured, plain = records
    first, second = render_cards([(pictured, 7, "On loan"), (plain, "", "")])
    assert "card__number" in first and "On loan" in first
    assert second == one_card(plain)
    assert "card__number" not in second and "card--with-label" not in second


def test_cards_from_the_cache_keep_their_place(records):
    pictured, plain = records
    cached = Card(pictured.pk, one_card(pictured))
    assert object_cards([plain, cached]) == [one_card(plain), cached.html]


def test_the_tags_render_into_a_page_without_escaping_the_cards_again(records):
    template = engines["django"].from_string(
        "{% load catalogue %}{% object_cards items as cards %}"
        "{% for card in cards %}<li>{{ card }}</li>{% endfor %}"
        "{% exhibition_cards entries as numbered %}{{ numbered.0 }}"
    )
    entries = [SimpleNamespace(item=records[1], number=2, label="Label")]
    html = template.render({"items": records, "entries": entries})
    expected = "".join(f"<li>{one_card(item)}</li>" for item in records)
    assert html == expected + one_card(records[1], 2, "Label")


def test_cards_read_by_key_are_the_cards_of_the_records(records):
    # read_cards reads a card's columns alone (one statement, no model instances): the
    # same cards as from the records, in every language, in the order of the keys.
    pictured, plain = records
    for language in ("en", "ru", "kk"):
        with translation.override(language):
            assert object_cards(read_cards([plain.pk, pictured.pk])) == object_cards(
                [plain, pictured]
            )


def test_cards_read_by_key_leave_out_what_visitors_may_not_see(records):
    pictured, plain = records
    draft = factories.document("Draft memo", status="draft")
    assert [card.pk for card in read_cards([draft.pk, plain.pk, 0, plain.pk])] == [plain.pk]
    assert read_cards([]) == []


def test_cards_read_by_key_fall_back_to_another_language(records):
    pictured, _plain = records
    CollectionItem.objects.filter(pk=pictured.pk).update(title_en="", title_ru="Меморандум")
    with translation.override("en"):
        [card] = object_cards(read_cards([pictured.pk]))
    assert ">Меморандум</a>" in card


def test_a_page_of_cards_is_one_query(records, django_assert_num_queries):
    keys = [item.pk for item in records]
    read_cards(keys)
    with django_assert_num_queries(1):
        assert [card.pk for card in read_cards(keys)] == keys
