"""Printed and exported outputs of an exhibition: checklist (HTML and CSV), wall labels and
the one-page summary; their order, languages, permissions and query counts."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.urls import reverse

from authorities.models import Organization
from exhibitions.models import ExhibitionItem
from tests import factories

pytestmark = pytest.mark.django_db

PAGES = ["checklist", "checklist_csv", "labels", "summary"]


def url(name: str, exhibition, lang: str | None = None) -> str:
    path = reverse(f"admin:exhibitions_exhibition_{name}", args=[exhibition.pk])
    return f"{path}?lang={lang}" if lang else path


def place(exhibition, item, section=None, position=0, **fields) -> ExhibitionItem:
    return ExhibitionItem.objects.create(
        exhibition=exhibition, item=item, section=section, position=position, **fields
    )


@pytest.fixture
def show():
    """An exhibition with objects outside any section and in two sections, created out of
    order so that the outputs must sort them; one object is a draft."""
    exhibition = factories.exhibition(
        "Thirty years of diplomacy",
        title_ru="Тридцать лет дипломатии",
        title_kk="Дипломатияның отыз жылы",
    )
    factories.stop(exhibition, factories.venue("National Museum"), "2027-03-01", "2027-04-30")
    factories.stop(exhibition, factories.venue("Almaty Museum"), "2027-05-10", "2027-06-30")
    gifts = factories.section(exhibition, "Gifts of friendship", position=2)
    beginnings = factories.section(exhibition, "Beginnings", position=1)
    factories.section(exhibition, "Still to fill", position=3)

    silver = factories.material(name_en="silver", name_ru="серебро", name_kk="күміс")
    dish = factories.gift(
        "Silver dish",
        title_ru="Серебряное блюдо",
        title_kk="Күміс табақ",
        date_display="1994",
        status="draft",
    )
    dish.materials.add(silver)
    treaty = factories.document(
        "Treaty of friendship",
        title_ru="Договор о дружбе",
        date_display="25 May 1992",
        status="published",
    )
    factories.image(treaty)
    note = factories.document(
        "Note verbale on joining the UN", title_ru="Вербальная нота", status="published"
    )
    flag = factories.photograph("Flag raising", status="published")

    place(
        exhibition,
        dish,
        gifts,
        position=2,
        label_en="A dish given in 1994.",
        label_ru="Блюдо, подаренное в 1994 году.",
        label_kk="1994 жылы сыйға тартылған табақ.",
        case_number="Case 3",
        display_notes='=HYPERLINK("http://x")',
    )
    place(
        exhibition,
        treaty,
        gifts,
        position=1,
        label_en="Signed in Moscow.",
        label_ru="Подписан в Москве.",
        case_number="Wall B",
        display_notes="-20% light",
    )
    place(exhibition, note, beginnings, position=1, label_en="The first note.")
    place(exhibition, flag, None, position=5, case_number="@entrance")
    return {
        "exhibition": exhibition,
        "order": [flag, note, treaty, dish],
        "dish": dish,
        "treaty": treaty,
    }


def organization(name: str) -> Organization:
    return Organization.objects.create(name_en=name)


def numbered_rows(html: str) -> list[tuple[str, str]]:
    """(number, accession number) of each checklist row, top to bottom."""
    return re.findall(
        r'<th scope="row" class="number">(\d+)</th>.*?<td class="accession">([^<]+)</td>',
        html,
        flags=re.S,
    )


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


class TestChecklist:
    def test_sections_and_objects_in_order_with_running_numbers(self, exhibition_client, show):
        response = exhibition_client.get(url("checklist", show["exhibition"]))
        assert response.status_code == 200
        html = response.content.decode()
        assert numbered_rows(html) == [
            (str(n), item.accession_number) for n, item in enumerate(show["order"], start=1)
        ]
        headings = re.findall(r"<h2 id=\"[^\"]+\">([^<]+)</h2>", html)
        assert headings == [
            "Not in a section",
            "Beginnings",
            "Gifts of friendship",
            "Still to fill",
        ]
        assert "No objects in this section yet." in html

    def test_header_shows_dates_venues_and_links(self, exhibition_client, show):
        exhibition = show["exhibition"]
        html = exhibition_client.get(url("checklist", exhibition)).content.decode()
        assert "<h1>Thirty years of diplomacy</h1>" in html
        assert "1 March 2027" in html and "30 June 2027" in html
        assert "National Museum" in html and "30 April 2027" in html
        assert "Almaty Museum" in html and "10 May 2027" in html
        assert "Printed on" in html
        assert f'href="{url("checklist_csv", exhibition, "en")}"' in html
        assert reverse("admin:exhibitions_exhibition_change", args=[exhibition.pk]) in html
        # The print button's script is a static file (the CSP runs no inline script).
        assert 'src="/static/exhibitions/print.js"' in html and "data-print" in html
        script = finders.find("exhibitions/print.js")
        assert "window.print()" in Path(script).read_text()

    def test_row_shows_thumbnail_label_case_and_draft_marker(self, exhibition_client, show):
        html = exhibition_client.get(url("checklist", show["exhibition"])).content.decode()
        thumbnail = show["treaty"].primary_image.thumbnail.url
        assert f'<img src="{thumbnail}" alt="Treaty of friendship">' in html
        assert "No image" in html  # the others have none: a dash, named for screen readers
        assert "Signed in Moscow." in html and "Wall B" in html and "Case 3" in html
        assert html.count('class="is-unpublished"') == 1
        assert "Not published (Draft)" in html

    def test_labels_and_titles_in_the_chosen_language(self, exhibition_client, show):
        response = exhibition_client.get(url("checklist", show["exhibition"], "ru"))
        html = response.content.decode()
        assert '<html lang="ru"' in html
        assert response.headers["Content-Language"] == "ru"
        assert "Тридцать лет дипломатии" in html
        assert "Подписан в Москве." in html and "Signed in Moscow." not in html
        assert "1 марта 2027" in html
        # A label only written in English is shown, and said to be borrowed.
        assert "The first note." in html and html.count("quiet fallback") == 1

    def test_unknown_language_falls_back_with_a_note(self, exhibition_client, show):
        response = exhibition_client.get(url("checklist", show["exhibition"], "xx<b>"))
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="en"' in html
        assert 'class="notice"' in html and "xx&lt;b&gt;" in html
        assert "Signed in Moscow." in html

    def test_no_note_for_a_known_language(self, exhibition_client, show):
        html = exhibition_client.get(url("checklist", show["exhibition"], "kk")).content.decode()
        assert '<html lang="kk"' in html and 'class="notice"' not in html


class TestChecklistCsv:
    def test_attachment_with_bom_header_and_rows_in_order(self, exhibition_client, show):
        exhibition = show["exhibition"]
        response = exhibition_client.get(url("checklist_csv", exhibition))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"] == (
            'attachment; filename="thirty-years-of-diplomacy-checklist.csv"'
        )
        rows = read_csv(response)
        assert rows[0] == [
            "Section",
            "No.",
            "Accession number",
            "Title",
            "Record type",
            "Date",
            "Label",
            "Case or wall",
            "Display notes",
            "Published",
        ]
        assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
            ("Not in a section", "1", show["order"][0].accession_number),
            ("Beginnings", "2", show["order"][1].accession_number),
            ("Gifts of friendship", "3", show["order"][2].accession_number),
            ("Gifts of friendship", "4", show["order"][3].accession_number),
        ]
        dish = rows[4]
        assert dish[3:8] == [
            "Silver dish",
            "Diplomatic gift",
            "1994",
            "A dish given in 1994.",
            "Case 3",
        ]
        assert [r[9] for r in rows[1:]] == ["yes", "yes", "yes", "no"]

    def test_cells_that_look_like_formulas_are_defused(self, exhibition_client, show):
        rows = read_csv(exhibition_client.get(url("checklist_csv", show["exhibition"])))
        assert rows[4][8] == '\'=HYPERLINK("http://x")'
        assert rows[3][8] == "'-20% light"
        assert rows[1][7] == "'@entrance"

    def test_cyrillic_in_the_chosen_language(self, exhibition_client, show):
        response = exhibition_client.get(url("checklist_csv", show["exhibition"], "ru"))
        assert response.content.startswith(b"\xef\xbb\xbf")
        rows = read_csv(response)
        assert rows[4][3] == "Серебряное блюдо"
        assert rows[4][4] == "Дипломатический подарок"
        assert rows[4][6] == "Блюдо, подаренное в 1994 году."

    def test_unknown_language_still_downloads(self, exhibition_client, show):
        response = exhibition_client.get(url("checklist_csv", show["exhibition"], "de"))
        assert response.status_code == 200
        assert read_csv(response)[4][3] == "Silver dish"


class TestLabels:
    @pytest.mark.parametrize(
        "lang, title, label, words",
        [
            ("en", "Silver dish", "A dish given in 1994.", ["Diplomatic gift", "silver"]),
            (
                "ru",
                "Серебряное блюдо",
                "Блюдо, подаренное в 1994 году.",
                ["Дипломатический подарок", "серебро", "Инвентарный номер"],
            ),
            (
                "kk",
                "Күміс табақ",
                "1994 жылы сыйға тартылған табақ.",
                ["Дипломатиялық сыйлық", "күміс", "Түгендеу нөмірі"],
            ),
        ],
    )
    def test_one_label_per_object_in_each_language(
        self, exhibition_client, show, lang, title, label, words
    ):
        response = exhibition_client.get(url("labels", show["exhibition"], lang))
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        assert html.count('<article class="wall-label"') == 4
        assert title in html and label in html
        assert show["dish"].accession_number in html and "Case 3" in html and "1994" in html
        for word in words:
            assert word in html

    def test_labels_follow_display_order(self, exhibition_client, show):
        html = exhibition_client.get(url("labels", show["exhibition"])).content.decode()
        positions = [html.index(item.accession_number) for item in show["order"]]
        assert positions == sorted(positions)

    def test_missing_translation_falls_back_along_the_model_order(self, exhibition_client, show):
        # The treaty has no Kazakh title or label: Kazakh falls back to Russian.
        html = exhibition_client.get(url("labels", show["exhibition"], "kk")).content.decode()
        assert "Договор о дружбе" in html and "Подписан в Москве." in html

    def test_language_switcher_and_unknown_language(self, exhibition_client, show):
        response = exhibition_client.get(url("labels", show["exhibition"], "fr"))
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="en"' in html and 'class="notice"' in html
        for code in ("kk", "ru", "en"):
            assert f'href="?lang={code}"' in html


class TestSummary:
    def test_counts(self, exhibition_client, show):
        response = exhibition_client.get(url("summary", show["exhibition"]))
        assert response.status_code == 200
        summary = response.context["summary"]
        assert summary.total == 4
        assert [count for _label, count in summary.by_type] == [2, 1, 1]
        assert [str(label) for label, _count in summary.by_type] == [
            "Archival document",
            "Photograph",
            "Diplomatic gift",
        ]
        assert (summary.published, summary.not_published) == (3, 1)
        assert [(s.title, s.object_count) for s in summary.sections] == [
            ("Beginnings", 1),
            ("Gifts of friendship", 2),
            ("Still to fill", 0),
        ]
        assert summary.not_in_a_section == 1
        html = response.content.decode()
        assert "4 objects" in html and "3 sections" in html

    def test_people_venues_type_and_stage(self, exhibition_client, exhibition_staff, show):
        exhibition = show["exhibition"]
        exhibition.organizers.add(organization("Ministry of Foreign Affairs"))
        exhibition.partners.add(organization("State Archive"))
        exhibition_staff.first_name, exhibition_staff.last_name = "Aigerim", "Bekova"
        exhibition_staff.save()
        exhibition.curators.add(exhibition_staff)
        response = exhibition_client.get(url("summary", exhibition))
        html = response.content.decode()
        assert "Ministry of Foreign Affairs" in html and "State Archive" in html
        assert "Aigerim Bekova" in html
        assert "National Museum" in html and "10 May 2027" in html
        assert "<dd>Physical</dd>" in html
        exhibition.refresh_from_db()
        assert response.context["stage"] == exhibition.stage()
        assert f"<dd>{response.context['stage'].label}</dd>" in html

    def test_in_russian(self, exhibition_client, show):
        html = exhibition_client.get(url("summary", show["exhibition"], "ru")).content.decode()
        assert '<html lang="ru"' in html
        assert "Тридцать лет дипломатии" in html and "10 мая 2027" in html
        assert "<dd>Стационарная</dd>" in html
        assert "Дипломатический подарок" in html


class TestAccess:
    @pytest.mark.parametrize("page", PAGES)
    def test_exhibition_staff_curator_and_registrar_may_read(
        self, client, exhibition_staff, curator, registrar, show, page
    ):
        for user in (exhibition_staff, curator, registrar):
            client.force_login(user)
            assert client.get(url(page, show["exhibition"])).status_code == 200

    @pytest.mark.parametrize("page", PAGES)
    def test_anonymous_and_outsider_are_sent_to_the_admin_login(self, client, outsider, show, page):
        target = url(page, show["exhibition"])
        login = reverse("admin:login")
        response = client.get(target)
        assert response.status_code == 302 and response["Location"].startswith(login)
        client.force_login(outsider)
        response = client.get(target)
        assert response.status_code == 302 and response["Location"].startswith(login)

    @pytest.mark.parametrize("page", PAGES)
    def test_staff_without_exhibition_permission_is_refused(self, client, roles, show, page):
        user = get_user_model().objects.create_user("clerk", password="x" * 20, is_staff=True)
        client.force_login(user)
        assert client.get(url(page, show["exhibition"])).status_code == 403

    @pytest.mark.parametrize("page", PAGES)
    def test_unknown_exhibition_is_404(self, exhibition_client, page):
        path = reverse(f"admin:exhibitions_exhibition_{page}", args=[999999])
        assert exhibition_client.get(path).status_code == 404


def fill(exhibition, start: int, count: int) -> None:
    """``count`` more objects of every type, in two sections, each with an image."""
    sections = [
        factories.section(exhibition, f"Section {start}-{n}", position=start + n) for n in (1, 2)
    ]
    silver = factories.material(name_en=f"silver {start}")
    makers = (factories.document, factories.photograph, factories.gift)
    for i in range(start, start + count):
        item = makers[i % 3](f"Object {i}", status="published" if i % 2 else "draft")
        if i % 3 == 2:
            item.materials.add(silver)
        factories.image(item)
        place(exhibition, item, sections[i % 2] if i % 4 else None, position=i, label_en=f"L{i}")


class TestQueryCounts:
    """The number of queries is fixed, however many objects the exhibition holds."""

    # session, user, the user's own and group permissions (2), the exhibition,
    # its stops with venues and places, its sections, the objects with their records,
    # primary images, gifts' materials.
    CHECKLIST = 10
    # As the checklist, without the stops.
    LABELS = 9
    # As the labels: no header, only the rows.
    CSV = 9
    # session, user, permissions (2), the exhibition, stops, organizers, partners, curators,
    # counts by type and status, sections with their counts.
    SUMMARY = 11

    @pytest.mark.parametrize(
        "page, queries",
        [
            ("checklist", CHECKLIST),
            ("labels", LABELS),
            ("checklist_csv", CSV),
            ("summary", SUMMARY),
        ],
    )
    def test_pinned_and_not_growing(
        self, exhibition_client, django_assert_num_queries, page, queries
    ):
        exhibition = factories.exhibition()
        fill(exhibition, 0, 3)
        with django_assert_num_queries(queries):
            assert exhibition_client.get(url(page, exhibition)).status_code == 200
        fill(exhibition, 3, 9)
        assert exhibition.exhibition_items.count() == 12
        with django_assert_num_queries(queries):
            assert exhibition_client.get(url(page, exhibition)).status_code == 200
