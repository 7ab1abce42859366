"""A visitor's way through the public site in a real browser, over the demo collection:
search from the home page, narrow the results with a filter, open an object, read it in
Russian and Kazakh, and find records by a city's other name, a first name and a misspelt
surname. Screenshots of each step go to tests/artifacts/."""

import re

import pytest
from playwright.sync_api import expect

from authorities.models import Person
from collections_app.models import CollectionItem, ItemImage

TEA_SET = "Silver tea set presented by a foreign delegation"
DECLARATION = "Astana Commemorative Declaration: Towards a Security Community"
OSCE_PROGRAMME = "Programme of the OSCE Summit in Astana"


def record_count(page) -> int:
    """The number in the results heading ("4 records", "4 жазба", ...)."""
    return int(re.search(r"\d+", page.locator("#results-title").inner_text()).group())


def titles(page) -> list[str]:
    return [title.strip() for title in page.locator(".card__title").all_inner_texts()]


def title_in(language: str, title_en: str) -> str:
    item = CollectionItem.objects.get(title_en=title_en)
    return CollectionItem.title.value(item, language)


def search(page, words: str) -> None:
    """Type into the page's one search box and submit it with Enter."""
    box = page.get_by_role("searchbox")
    box.fill(words)
    with page.expect_navigation():
        box.press("Enter")


def facets_loaded(page) -> None:
    """The facet block is fetched after the page (static/js/site.js): wait for it."""
    page.locator("[data-facets-loaded]").wait_for(state="attached")


def facet_checkbox(page, name: str, value: str):
    facets_loaded(page)
    return page.locator(f'fieldset.facet input[name="{name}"][value="{value}"]')


def facet_counts(page, name: str) -> dict[str, int]:
    """The options of one facet and the count shown beside each."""
    facets_loaded(page)
    return {
        checkbox.get_attribute("value"): int(
            page.locator(f'label[for="{checkbox.get_attribute("id")}"] .count').inner_text()
        )
        for checkbox in page.locator(f'fieldset.facet input[name="{name}"]').all()
    }


def check_image(page, image, item, language: str) -> None:
    """The object's image is shown, loaded, with its alt text in the page's language."""
    alt = ItemImage.alt_text.value(image, language) or CollectionItem.title.value(item, language)
    picture = page.locator(".object__figure img")
    expect(picture).to_have_attribute("alt", alt)
    expect(picture).to_be_visible()
    loaded = picture.evaluate("img => img.complete && img.naturalWidth > 0")
    assert loaded, f"{picture.get_attribute('src')} did not load"


def no_sideways_scrolling(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_visitor_searches_filters_and_reads_an_object_in_three_languages(
    server, page, screenshot
):
    # The home page, in the browser's language.
    page.goto(server.url + "/")
    expect(page).to_have_url(server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    screenshot(page, "visitor-01-home")

    # Search from the home page's search box.
    page.get_by_role("searchbox").fill("porcelain")
    page.get_by_role("search").get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/en/catalogue/\?q=porcelain$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("porcelain")
    found = record_count(page)
    assert found > 1
    assert len(titles(page)) == found
    assert "Porcelain vase with cobalt-blue decoration" in titles(page)
    screenshot(page, "visitor-02-results")

    # Every record has one type, so the type facet accounts for every result.
    types = facet_counts(page, "type")
    assert sum(types.values()) == found

    # Tick "Diplomatic gift": its facet count says what the results will be.
    gifts = types["gift"]
    assert 0 < gifts < found
    facet_checkbox(page, "type", "gift").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"q=porcelain&type=gift"))
    assert record_count(page) == gifts
    assert len(titles(page)) == gifts
    expect(facet_checkbox(page, "type", "gift")).to_be_checked()
    expect(page.locator(".card__meta")).to_contain_text(["Diplomatic gift"] * gifts)
    expect(page.locator(".active-filters")).to_contain_text("Diplomatic gift")
    # A facet counts against the other filters only: the types still say what ticking
    # another would add, and the materials now count within the gifts.
    assert facet_counts(page, "type") == types
    assert 0 < max(facet_counts(page, "material").values()) <= gifts
    screenshot(page, "visitor-03-filtered")

    # Open the first result.
    card = page.locator(".card").first
    title = card.locator(".card__title").inner_text().strip()
    accession_number = card.locator(".card__id").inner_text().split()[-1]
    card.locator(".card__title a").click()
    expect(page).to_have_url(server.url + f"/en/objects/{accession_number}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page).to_have_title(re.compile("^" + re.escape(title)))
    expect(page.locator(".object__id")).to_contain_text(accession_number)
    item = CollectionItem.objects.get(accession_number=accession_number)
    image = item.images.first()  # the primary image, as the page orders them
    assert image is not None, "the demo's gifts all have images"
    check_image(page, image, item, "en")
    screenshot(page, "visitor-04-object-en")

    # The same object in Russian, then Kazakh, from the language switcher.
    for language in ("ru", "kk"):
        page.locator(f'.language-switcher a[hreflang="{language}"]').click()
        expect(page).to_have_url(server.url + f"/{language}/objects/{accession_number}/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            CollectionItem.title.value(item, language)
        )
        expect(page.locator(".object__id")).to_contain_text(accession_number)
        expect(page.locator(f'.language-switcher a[hreflang="{language}"]')).to_have_attribute(
            "aria-current", "true"
        )
        check_image(page, image, item, language)
        screenshot(page, f"visitor-05-object-{language}")

    # Searching in Kazakh: the catalogue from the main navigation, then the search box.
    page.locator(".site-nav").get_by_role("link").first.click()
    expect(page).to_have_url(server.url + "/kk/catalogue/")

    # The city's name in Cyrillic finds the records of the OSCE summit held there.
    search(page, "Астана")
    expect(page).to_have_url(re.compile(r"/kk/catalogue/\?q="))
    assert {title_in("kk", DECLARATION), title_in("kk", OSCE_PROGRAMME)} <= set(titles(page))
    screenshot(page, "visitor-06-search-astana-kk")

    # "Nursultan": Nazarbayev's first name (the tea set was given to him) and the
    # city's name in 2019-2022 (the declaration was signed there in 2010, as Astana).
    search(page, "Nursultan")
    assert {title_in("kk", TEA_SET), title_in("kk", DECLARATION)} <= set(titles(page))
    screenshot(page, "visitor-07-search-nursultan-kk")

    # A misspelt surname finds exactly the published records of Tuleutai Suleimenov.
    search(page, "Suleimenv")
    suleimenov = Person.objects.get(name_en="Tuleutai Suleimenov")
    expected = {
        CollectionItem.title.value(record, "kk")
        for record in CollectionItem.objects.public().filter(person_links__person=suleimenov)
    }
    assert len(expected) >= 2
    assert set(titles(page)) == expected
    assert record_count(page) == len(expected)
    screenshot(page, "visitor-08-search-suleimenv-kk")


@pytest.mark.parametrize("language", ["en", "kk"])
def test_the_catalogue_on_a_phone(server, phone, screenshot, language):
    """375 px: the filters fold away until asked for, nothing scrolls sideways, and the
    results read in one column."""
    phone.goto(server.url + f"/{language}/catalogue/?q=porcelain")
    filters = phone.locator("details.filters__details")
    expect(filters).not_to_have_attribute("open", "")
    expect(facet_checkbox(phone, "type", "gift")).to_be_hidden()
    assert no_sideways_scrolling(phone)
    cards = phone.locator(".card")
    assert cards.count() > 1
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert second["y"] >= first["y"] + first["height"], "one card a row"
    screenshot(phone, f"phone-01-catalogue-{language}")

    filters.locator("summary").tap()
    expect(filters).to_have_attribute("open", "")
    facet_checkbox(phone, "type", "gift").tap()
    screenshot(phone, f"phone-02-filters-open-{language}")
    filters.locator(".filters__actions button").tap()
    expect(phone).to_have_url(re.compile(r"type=gift"))
    # A filter in use keeps the filters unfolded, so the visitor sees what is ticked.
    expect(filters).to_have_attribute("open", "")
    expect(facet_checkbox(phone, "type", "gift")).to_be_checked()
    assert no_sideways_scrolling(phone)
    screenshot(phone, f"phone-03-filtered-{language}")
