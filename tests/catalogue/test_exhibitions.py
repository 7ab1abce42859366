"""The exhibition page as a virtual exhibition: its sections in order, its published
objects numbered 1, 2, 3 ... across them, labels in the visitor's language, its own cover
image, and nothing staff-only (display notes, case numbers) or unpublished."""

import datetime
import json
import re
from dataclasses import dataclass

import pytest
from django.utils import timezone

from catalogue.views import ExhibitionDetailView
from collections_app.models import CollectionItem
from exhibitions.models import Exhibition, ExhibitionItem, Section
from tests import factories
from tests.catalogue.conftest import full_sitemap, url

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "ru", "en"]
CASE = "CASE-STAFFONLY-7"
NOTES = "DISPLAYNOTES-STAFFONLY"


@dataclass
class Show:
    exhibition: Exhibition
    beginnings: Section
    recognition: Section
    partnerships: Section
    empty: Section
    letter: CollectionItem
    note: CollectionItem
    draft: CollectionItem
    photo: CollectionItem
    withdrawn: CollectionItem
    yurt: CollectionItem
    dish: CollectionItem
    summit: CollectionItem
    review: CollectionItem

    @property
    def shown(self) -> list[CollectionItem]:
        """The published objects in the order visitors see them."""
        return [self.letter, self.note, self.photo, self.yurt, self.dish, self.summit]


def place(exhibition, item, section=None, position=1, **labels) -> ExhibitionItem:
    return ExhibitionItem.objects.create(
        exhibition=exhibition,
        item=item,
        section=section,
        position=position,
        case_number=CASE,
        display_notes=NOTES,
        **labels,
    )


def build_show() -> Show:
    today = timezone.localdate()
    exhibition = factories.exhibition(
        "Thirty years of diplomatic service",
        slug="diplomatic-service",
        start=today - datetime.timedelta(days=5),
        end=today + datetime.timedelta(days=60),
        status="published",
        summary_en="From the first embassies to a seat on the Security Council.",
        description_en="The exhibition follows the service decade by decade.",
    )
    # Created out of order, so order by position is not order of creation.
    partnerships = factories.section(exhibition, "Partnerships", position=3)
    beginnings = factories.section(exhibition, "Beginnings", position=1)
    beginnings.introduction_en = "How the first embassies opened in 1992."
    beginnings.title_ru = "Начало"
    beginnings.save()
    recognition = factories.section(exhibition, "Recognition", position=2)
    recognition.introduction_en = "Membership of the United Nations and the OSCE."
    recognition.save()
    empty = factories.section(exhibition, "Rooms still closed", position=4)

    letter = factories.document("Letter of credence", status="published")
    note = factories.document("Note on the first embassy", status="published")
    draft = factories.document("Memorandum DRAFTMARKER", status="draft")
    photo = factories.photograph("Embassy opening", status="published")
    withdrawn = factories.photograph("Photograph WITHDRAWNMARKER", status="withdrawn")
    yurt = factories.gift("Silver yurt model", status="published")
    dish = factories.gift("Porcelain dish", status="published")
    summit = factories.photograph("Summit in Astana", status="published")
    review = factories.gift("Gift REVIEWMARKER", status="review")
    for item in (letter, note, draft, photo, withdrawn, yurt, dish, summit, review):
        factories.image(item)

    place(exhibition, summit, partnerships, 1, label_ru="Только по-русски")
    place(exhibition, photo, beginnings, 30, label_en="The doors open.")
    place(exhibition, draft, beginnings, 20, label_en="DRAFTMARKER label")
    place(exhibition, note, beginnings, 10, label_en="Signed in Almaty.")
    place(exhibition, dish, recognition, 30, label_en="Only in English.")
    place(exhibition, withdrawn, recognition, 10, label_en="WITHDRAWNMARKER label")
    place(
        exhibition,
        yurt,
        recognition,
        20,
        label_en="A gift on joining.",
        label_ru="Подарок по случаю вступления.",
        label_kk="Мүшелікке байланысты сыйлық.",
    )
    place(exhibition, letter, None, 1, label_en="Presented in 1992.")
    place(exhibition, review, empty, 1, label_en="REVIEWMARKER label")
    return Show(
        exhibition,
        beginnings,
        recognition,
        partnerships,
        empty,
        letter,
        note,
        draft,
        photo,
        withdrawn,
        yurt,
        dish,
        summit,
        review,
    )


@pytest.fixture
def show(django_capture_on_commit_callbacks) -> Show:
    with django_capture_on_commit_callbacks(execute=True):
        return build_show()


def page_of(client, exhibition, language="en", query="") -> str:
    response = client.get(url(exhibition, language) + query)
    assert response.status_code == 200
    return response.content.decode()


def numbered(page: str) -> list[tuple[int, str]]:
    """The (number, title) of every object card, in page order."""
    found = re.findall(
        r'<p class="card__number">(\d+)</p>\s*<h3 class="card__title"><a href="[^"]*">([^<]+)</a>',
        page,
    )
    return [(int(number), title) for number, title in found]


def json_ld(page: str) -> dict:
    (found,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(found)


def og_image(page: str) -> str | None:
    found = re.search(r'<meta property="og:image" content="([^"]*)"', page)
    return found.group(1) if found else None


# Sections and order --------------------------------------------------------------------


def test_sections_follow_their_order_with_anchored_headings_and_introductions(client, show):
    page = page_of(client, show.exhibition)
    headings = [
        page.index(f'<h2 id="section-{section.pk}">{section.title_en}')
        for section in (show.beginnings, show.recognition, show.partnerships)
    ]
    assert headings == sorted(headings)
    intro = page.index("How the first embassies opened in 1992.")
    assert headings[0] < intro < headings[1]
    assert headings[1] < page.index("Membership of the United Nations and the OSCE.") < headings[2]
    # The summary and description come before the objects.
    assert page.index("From the first embassies") < page.index('id="objects-title"')
    assert "The exhibition follows the service decade by decade." in page


@pytest.mark.parametrize(
    "days, stage", [(-5, "Now showing"), (10, "Coming soon"), (-400, "Past exhibition")]
)
def test_the_header_gives_type_dates_and_stage(client, show, days, stage):
    exhibition = show.exhibition
    exhibition.start_date = timezone.localdate() + datetime.timedelta(days=days)
    exhibition.end_date = exhibition.start_date + datetime.timedelta(days=60)
    exhibition.save()
    page = page_of(client, exhibition)
    start = page.index('<header class="page-header">')
    header = page[start : page.index("</header>", start)]
    assert "Physical" in header
    assert f'<span class="badge">{stage}</span>' in header
    assert f'datetime="{exhibition.start_date.isoformat()}"' in header


def test_a_section_without_published_objects_is_not_shown(client, show):
    page = page_of(client, show.exhibition)
    assert "Rooms still closed" not in page
    assert f"section-{show.empty.pk}" not in page


def test_objects_come_loose_ones_first_then_section_by_section(client, show):
    response = client.get(url(show.exhibition))
    entries = response.context["page"].object_list
    assert [entry.item.pk for entry in entries] == [item.pk for item in show.shown]
    titles = [title for _number, title in numbered(response.content.decode())]
    assert titles == [item.title_en for item in show.shown]
    # The object outside any section comes before the first section heading.
    page = response.content.decode()
    assert page.index(show.letter.title_en) < page.index(f'id="section-{show.beginnings.pk}"')


def test_numbers_run_on_across_sections_with_no_gap_for_unpublished_objects(client, show):
    page = page_of(client, show.exhibition)
    assert numbered(page) == [(n, item.title_en) for n, item in enumerate(show.shown, start=1)]
    for hidden in ("DRAFTMARKER", "WITHDRAWNMARKER", "REVIEWMARKER"):
        assert hidden not in page
    assert "· 6 objects</p>" in page


def test_each_object_shows_its_image_title_and_links_to_its_page(client, show):
    page = page_of(client, show.exhibition)
    for item in show.shown:
        image = item.images.get()
        assert f'href="{url(item)}"' in page
        assert f'<img src="{image.thumbnail.url}" alt="{item.title_en}" loading="lazy">' in page


@pytest.mark.parametrize(
    "language, labels",
    [
        ("en", ["A gift on joining.", "Only in English.", "Только по-русски"]),
        ("ru", ["Подарок по случаю вступления.", "Only in English.", "Только по-русски"]),
        ("kk", ["Мүшелікке байланысты сыйлық.", "Only in English.", "Только по-русски"]),
    ],
)
def test_labels_are_in_the_visitors_language_with_fallback(client, show, language, labels):
    page = page_of(client, show.exhibition, language)
    for label in labels:
        assert label in page
    translations = {
        "A gift on joining.",
        "Подарок по случаю вступления.",
        "Мүшелікке байланысты сыйлық.",
    }
    for other in translations - set(labels):
        assert other not in page


def test_section_titles_fall_back_too(client, show):
    assert f'<h2 id="section-{show.beginnings.pk}">Начало' in page_of(client, show.exhibition, "kk")


def test_headings_stay_in_order_with_or_without_objects_outside_sections(client, show):
    for _round in range(2):
        page = page_of(client, show.exhibition)
        levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", page)]
        assert levels.count(1) == 1
        assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))
        # Next round: only sectioned objects, so no general "Objects" heading is needed.
        ExhibitionItem.objects.filter(section=None).delete()
    assert 'id="objects-title"' not in page
    assert numbered(page)[0] == (1, show.note.title_en)


# Table of contents and pages ----------------------------------------------------------


def test_contents_list_the_sections_with_published_objects(client, show):
    response = client.get(url(show.exhibition))
    contents = response.context["contents"]
    assert [(link.section, link.count, link.page) for link in contents] == [
        (show.beginnings, 2, 1),
        (show.recognition, 2, 1),
        (show.partnerships, 1, 1),
    ]
    page = response.content.decode()
    toc = page[page.index('aria-labelledby="contents-title"') : page.index('id="objects-title"')]
    assert [int(pk) for pk in re.findall(r'href="#section-(\d+)"', toc)] == [
        show.beginnings.pk,
        show.recognition.pk,
        show.partnerships.pk,
    ]
    assert "Rooms still closed" not in toc


def test_no_contents_for_a_single_section(client, show):
    ExhibitionItem.objects.filter(section__in=[show.recognition, show.partnerships]).delete()
    response = client.get(url(show.exhibition))
    assert response.context["contents"] == []
    assert 'aria-labelledby="contents-title"' not in response.content.decode()


def test_a_long_exhibition_continues_on_a_second_page_with_its_numbers_and_sections(
    client, show, monkeypatch
):
    monkeypatch.setattr(ExhibitionDetailView, "per_page", 4)
    first = page_of(client, show.exhibition)
    assert numbered(first) == [(n, item.title_en) for n, item in enumerate(show.shown[:4], 1)]
    # The contents point to the page each section opens on.
    assert f'href="?page=2#section-{show.partnerships.pk}"' in first
    assert f'href="#section-{show.recognition.pk}"' in first
    assert "continued from the previous page" not in first

    second = page_of(client, show.exhibition, query="?page=2")
    assert numbered(second) == [(5, show.dish.title_en), (6, show.summit.title_en)]
    recognition = second.index(f'<h2 id="section-{show.recognition.pk}">')
    assert "continued from the previous page" in second[recognition : recognition + 300]
    # The introduction was on the first page; the section starting here has its heading.
    assert "Membership of the United Nations" not in second
    partnerships = second.index(f'<h2 id="section-{show.partnerships.pk}">')
    assert "continued from the previous page" not in second[partnerships : partnerships + 300]

    beyond = client.get(url(show.exhibition) + "?page=9")
    assert beyond.status_code == 200
    assert "There is no page 9" in beyond.content.decode()


# Never shown to visitors ---------------------------------------------------------------


def test_display_notes_and_case_numbers_never_reach_visitors(client, show):
    pages = [full_sitemap(client)]
    for language in LANGUAGES:
        for address in ("/", "/exhibitions/", "/catalogue/", "/catalogue/?q=embassy"):
            pages.append(client.get(f"/{language}{address}").content.decode())
        pages.append(page_of(client, show.exhibition, language))
        pages += [client.get(url(item, language)).content.decode() for item in show.shown]
    for page in pages:
        assert CASE not in page
        assert NOTES not in page


@pytest.mark.parametrize("status", ["draft", "review", "withdrawn"])
def test_an_unpublished_exhibition_is_not_found_and_not_listed(client, show, status):
    show.exhibition.status = status
    show.exhibition.save()
    for language in LANGUAGES:
        assert client.get(url(show.exhibition, language)).status_code == 404
    title = show.exhibition.title_en
    assert title not in client.get("/en/exhibitions/").content.decode()
    assert title not in client.get("/en/").content.decode()
    assert show.exhibition.slug not in full_sitemap(client)
    assert title not in client.get(url(show.note)).content.decode()


def test_the_object_page_lists_only_published_exhibitions(client, show):
    for status in ("draft", "withdrawn", "review"):
        hidden = factories.exhibition(f"Exhibition {status} HIDDENSHOW", status=status)
        place(hidden, show.note)
    past = factories.exhibition(
        "Independence at twenty", start="2011-12-01", end="2012-03-01", status="published"
    )
    place(past, show.note)
    page = client.get(url(show.note)).content.decode()
    assert f'href="{url(show.exhibition)}"' in page
    assert f'href="{url(past)}"' in page
    assert "HIDDENSHOW" not in page


# Covers, sharing and JSON-LD -------------------------------------------------------------


def test_without_a_cover_the_first_published_object_image_stands_in(client, show):
    letter_image = show.letter.images.get()
    response = client.get("/en/exhibitions/")
    assert response.context["current"][0].cover == letter_image
    page = page_of(client, show.exhibition)
    assert og_image(page) == f"http://testserver{letter_image.thumbnail.url}"
    assert json_ld(page)["image"] == f"http://testserver{letter_image.thumbnail.url}"
    assert 'class="exhibition-cover"' not in page
    # In display order: with the loose object withdrawn, the first section's first object.
    show.letter.status = "withdrawn"
    show.letter.save()
    response = client.get("/en/exhibitions/")
    assert response.context["current"][0].cover == show.note.images.get()


def test_the_exhibitions_own_cover_image_is_used_when_present(client, show):
    exhibition = show.exhibition
    exhibition.cover_image = factories.upload("cover.jpg", colour="maroon")
    exhibition.cover_alt_en = "Flags of member states in the lobby"
    exhibition.cover_alt_ru = "Флаги государств-членов в вестибюле"
    exhibition.save()
    cover = exhibition.cover_image.url
    absolute = f"http://testserver{cover}"
    thumbnail = exhibition.cover_thumbnail.url  # lists show the 400 px copy
    assert thumbnail != cover

    for address in ("/en/exhibitions/", "/en/"):
        listing = client.get(address).content.decode()
        (card,) = re.findall(r'<article class="card card--exhibition">.*?</article>', listing, re.S)
        assert f'<img src="{thumbnail}" alt="Flags of member states in the lobby"' in card
        assert show.exhibition.title_en in card

    page = page_of(client, exhibition)
    assert f'<img src="{cover}" alt="Flags of member states in the lobby">' in page
    assert og_image(page) == absolute
    assert json_ld(page)["image"] == absolute
    # Kazakh falls back to the Russian alt text.
    assert 'alt="Флаги государств-членов в вестибюле"' in page_of(client, exhibition, "kk")


def test_json_ld_describes_the_exhibition_and_its_published_objects(client, show):
    event = factories.event("Thirtieth anniversary", slug="anniversary", status="published")
    hidden = factories.event("HIDDENEVENT rehearsal", slug="rehearsal")
    show.exhibition.events.add(event, hidden)
    page = page_of(client, show.exhibition)
    data = json_ld(page)
    assert data["@type"] == "ExhibitionEvent"
    assert data["name"] == show.exhibition.title_en
    assert data["description"] == show.exhibition.summary_en
    assert [work["name"] for work in data["workFeatured"]] == [i.title_en for i in show.shown]
    assert data["workFeatured"][0]["url"] == f"http://testserver{url(show.letter)}"
    assert [about["name"] for about in data["about"]] == ["Thirtieth anniversary"]
    assert "HIDDENEVENT" not in page


# Queries ---------------------------------------------------------------------------------


def test_the_page_runs_the_same_queries_for_3_and_for_30_objects(
    client, db, django_assert_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        exhibition = factories.exhibition("Many rooms", status="published")
        sections = [factories.section(exhibition, f"Room {n}", position=n) for n in range(3)]

    def add(start: int, count: int) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            for n in range(start, start + count):
                item = factories.document(f"Document {n}", status="published")
                factories.image(item)
                section = sections[n % 3] if n % 4 else None
                place(exhibition, item, section, n, label_en=f"Label {n}")

    add(0, 3)
    # the exhibition, its venues, published related events, organizers, partners,
    # sections (prefetches), the published objects' order (ids and sections),
    # the page of objects with their records, their primary images.
    with django_assert_num_queries(9):
        page = page_of(client, exhibition)
    assert len(numbered(page)) == 3
    add(3, 27)
    with django_assert_num_queries(9):
        page = page_of(client, exhibition)
    assert [number for number, _title in numbered(page)] == list(range(1, 31))
