"""Building an exhibition in the admin: venues, sections, objects, bookings, permissions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from bookings.models import Booking
from exhibitions import services
from exhibitions.models import Exhibition, ExhibitionItem
from tests import factories
from tests.admin_forms import form_data, inline

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:exhibitions_exhibition_add")


def change_url(exhibition):
    return reverse("admin:exhibitions_exhibition_change", args=[exhibition.pk])


def new_exhibition_data(venue, **overrides) -> dict:
    data = {
        "title_en": "Gifts of friendship",
        "slug": "gifts-of-friendship",
        "status": "draft",
        "exhibition_type": "physical",
        "start_date": "2027-03-01",
        "end_date": "2027-06-30",
        **inline(
            "stops",
            [{"venue": venue.pk, "start_date": "2027-03-01", "end_date": "2027-06-30"}],
        ),
        **inline(
            "sections",
            [
                {"title_en": "Beginnings", "introduction_en": "The first years.", "position": 1},
                {"title_en": "Gifts", "position": 2},
            ],
        ),
        **inline("exhibition_items", []),
    }
    data.update(overrides)
    return data


@pytest.fixture
def museum():
    return factories.venue("National Museum")


class TestExhibitionStaffBuildsAnExhibition:
    def test_creates_exhibition_with_venue_and_sections(self, exhibition_client, museum):
        response = exhibition_client.post(ADD_URL, new_exhibition_data(museum))
        assert response.status_code == 302, response.context["errors"]
        exhibition = Exhibition.objects.get(slug="gifts-of-friendship")
        assert exhibition.stops.get().venue == museum
        assert [s.title_en for s in exhibition.sections.all()] == ["Beginnings", "Gifts"]

    def test_places_objects_with_labels_case_and_notes(self, exhibition_client, museum):
        exhibition = factories.exhibition()
        factories.stop(exhibition, museum, "2027-03-01", "2027-06-30")
        section = factories.section(exhibition, "Gifts")
        dish = factories.gift()
        data = form_data(exhibition_client.get(change_url(exhibition)))
        data.update(
            inline(
                "exhibition_items",
                [
                    {
                        "item": dish.pk,
                        "section": section.pk,
                        "case_number": "Case 3",
                        "label_en": "A silver dish.",
                        "label_kk": "Күміс табақ.",
                        "display_notes": "Max 50 lux.",
                    }
                ],
            )
        )
        response = exhibition_client.post(change_url(exhibition), data)
        assert response.status_code == 302, response.context["errors"]
        entry = ExhibitionItem.objects.get()
        assert (entry.section, entry.case_number, entry.label_kk, entry.position) == (
            section,
            "Case 3",
            "Күміс табақ.",
            1,
        )
        assert Booking.objects.get().item_id == dish.pk

    def test_overlapping_booking_is_refused_on_the_form_with_a_clear_message(
        self, exhibition_client, museum
    ):
        dish = factories.gift(accession_number="DG-2024-0007")
        first = factories.exhibition("Silver of the steppe", start="2027-01-01", end="2027-04-30")
        factories.stop(first, factories.venue("Abai Library"), "2027-01-01", "2027-04-30")
        services.add_items(exhibition=first, items=[dish])
        second = factories.exhibition()
        factories.stop(second, museum, "2027-03-01", "2027-06-30")
        data = form_data(exhibition_client.get(change_url(second)))
        data.update(inline("exhibition_items", [{"item": dish.pk}]))

        response = exhibition_client.post(change_url(second), data)

        assert response.status_code == 200
        page = response.content.decode()
        assert "Silver of the steppe" in page and "Abai Library" in page
        assert "DG-2024-0007" in page
        assert not second.exhibition_items.exists()
        assert Booking.objects.count() == 1

    def test_moving_a_stop_into_a_clash_is_refused(self, exhibition_client, museum):
        dish = factories.gift()
        first = factories.exhibition("Silver of the steppe", start="2027-01-01", end="2027-12-31")
        factories.stop(first, factories.venue("Abai Library"), "2027-01-01", "2027-02-28")
        services.add_items(exhibition=first, items=[dish])
        second = factories.exhibition(start="2027-01-01", end="2027-12-31")
        factories.stop(second, museum, "2027-03-01", "2027-06-30")
        services.add_items(exhibition=second, items=[dish])
        data = form_data(exhibition_client.get(change_url(second)))
        data["stops-0-start_date"] = "2027-02-15"

        response = exhibition_client.post(change_url(second), data)

        assert response.status_code == 200
        assert "Silver of the steppe" in response.content.decode()
        assert str(second.stops.get().start_date) == "2027-03-01"

    def test_venue_dates_outside_the_exhibition_are_refused(self, exhibition_client, museum):
        data = new_exhibition_data(museum)
        data["stops-0-end_date"] = "2027-09-30"
        response = exhibition_client.post(ADD_URL, data)
        assert response.status_code == 200
        assert not Exhibition.objects.exists()

    def test_changelist_shows_stage_and_counts_in_fixed_queries(
        self, exhibition_client, django_assert_max_num_queries
    ):
        for n in range(5):
            factories.exhibition(f"Show {n}", start=f"202{n}-01-01", end=f"202{n}-12-31")
        url = reverse("admin:exhibitions_exhibition_changelist")
        with django_assert_max_num_queries(10):
            response = exhibition_client.get(url)
        assert response.status_code == 200
        assert "Closed" in response.content.decode()
        assert exhibition_client.get(url, {"stage": "planned"}).status_code == 200


class TestAddObjects:
    url = reverse("admin:exhibitions_exhibition_add_objects")

    def test_changelist_action_offers_the_ticked_records(self, exhibition_client):
        dish, letter = factories.gift(), factories.document()
        response = exhibition_client.post(
            reverse("admin:collections_app_collectionitem_changelist"),
            {"action": "add_to_exhibition", "_selected_action": [dish.pk, letter.pk]},
        )
        assert response.status_code == 302
        page = exhibition_client.get(response["Location"])
        assert page.status_code == 200
        assert {obj.pk for obj, _ticked in page.context["rows"]} == {dish.pk, letter.pk}

    def test_adds_ticked_objects_to_the_end_of_a_section(self, exhibition_client, museum):
        exhibition = factories.exhibition()
        factories.stop(exhibition, museum, "2027-03-01", "2027-06-30")
        section = factories.section(exhibition)
        first = factories.gift("Bowl")
        services.add_items(exhibition=exhibition, items=[first], section=section)
        dish, letter, photo = factories.gift(), factories.document(), factories.photograph()
        response = exhibition_client.post(
            self.url,
            {
                "candidates": f"{dish.pk},{letter.pk},{photo.pk},{first.pk}",
                "items": [dish.pk, photo.pk, first.pk],
                "exhibition": exhibition.pk,
                "section": section.pk,
            },
        )
        assert response.status_code == 302
        entries = list(exhibition.exhibition_items.in_display_order())
        assert [e.item_id for e in entries] == [first.pk, dish.pk, photo.pk]
        assert [e.position for e in entries] == [1, 2, 3]
        assert Booking.objects.filter(exhibitionbooking__stop__exhibition=exhibition).count() == 3

    def test_section_of_another_exhibition_is_refused(self, exhibition_client):
        exhibition, other = factories.exhibition(), factories.exhibition("Other show")
        dish = factories.gift()
        response = exhibition_client.post(
            self.url,
            {
                "candidates": str(dish.pk),
                "items": [dish.pk],
                "exhibition": exhibition.pk,
                "section": factories.section(other).pk,
            },
        )
        assert response.status_code == 200
        assert not ExhibitionItem.objects.exists()

    def test_conflict_adds_nothing_and_names_the_other_booking(self, exhibition_client, museum):
        dish, bowl = factories.gift(), factories.gift("Bowl")
        first = factories.exhibition("Silver of the steppe")
        factories.stop(first, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
        services.add_items(exhibition=first, items=[dish])
        second = factories.exhibition("Second show")
        factories.stop(second, museum, "2027-03-01", "2027-06-30")
        response = exhibition_client.post(
            self.url,
            {
                "candidates": f"{dish.pk},{bowl.pk}",
                "items": [dish.pk, bowl.pk],
                "exhibition": second.pk,
            },
        )
        assert response.status_code == 200
        assert "Silver of the steppe" in response.content.decode()
        assert not second.exhibition_items.exists()

    def test_catalogue_results_are_offered(
        self, exhibition_client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            dish = factories.gift("Silver dish", status="published")
            factories.gift("Porcelain vase", status="published")
        response = exhibition_client.get(self.url, {"q": "silver"})
        assert [obj.pk for obj, _ticked in response.context["rows"]] == [dish.pk]

    def test_bad_ids_in_the_address_give_a_message(self, exhibition_client):
        response = exhibition_client.get(self.url, {"items": "1,abc"})
        assert response.status_code == 200
        assert response.context["problem"]

    def test_catalogue_offers_the_link_to_staff_only(
        self, exhibition_client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            factories.gift("Silver dish", status="published")
        search = reverse("catalogue:search")
        staff_page = exhibition_client.get(search, {"q": "silver"}).content.decode()
        assert "Add these results to an exhibition" in staff_page
        visitor = Client()
        assert "Add these results" not in visitor.get(search, {"q": "silver"}).content.decode()


class TestArrange:
    @pytest.fixture
    def exhibition(self):
        exhibition = factories.exhibition()
        self.a, self.b = (
            factories.section(exhibition, "A", 1),
            factories.section(exhibition, "B", 2),
        )
        items = [factories.gift(f"Object {n}") for n in range(4)]
        services.add_items(exhibition=exhibition, items=items[:2], section=self.a)
        services.add_items(exhibition=exhibition, items=items[2:], section=self.b)
        return exhibition

    def url(self, exhibition):
        return reverse("admin:exhibitions_exhibition_arrange", args=[exhibition.pk])

    def order(self, exhibition):
        return [
            (e.item.title_en, e.section.title_en if e.section else None, e.position)
            for e in exhibition.exhibition_items.select_related(
                "item", "section"
            ).in_display_order()
        ]

    def test_moves_objects_within_and_across_sections(self, exhibition_client, exhibition):
        e = {x.item.title_en: x.pk for x in exhibition.exhibition_items.select_related("item")}
        # The page posts rows in screen order with the numbers the script wrote.
        data = {
            "version": exhibition.version,
            "entry": [e["Object 1"], e["Object 3"], e["Object 0"], e["Object 2"]],
            f"section-{e['Object 1']}": self.a.pk,
            f"position-{e['Object 1']}": 1,
            f"section-{e['Object 3']}": self.a.pk,
            f"position-{e['Object 3']}": 2,
            f"section-{e['Object 0']}": "",
            f"position-{e['Object 0']}": 1,
            f"section-{e['Object 2']}": self.b.pk,
            f"position-{e['Object 2']}": 1,
        }
        response = exhibition_client.post(self.url(exhibition), data)
        assert response.status_code == 302
        assert self.order(exhibition) == [
            ("Object 0", None, 1),
            ("Object 1", "A", 1),
            ("Object 3", "A", 2),
            ("Object 2", "B", 1),
        ]

    def test_typed_numbers_order_the_rows_without_javascript(self, exhibition_client, exhibition):
        e = {x.item.title_en: x.pk for x in exhibition.exhibition_items.select_related("item")}
        data = {"version": exhibition.version, "entry": list(e.values())}
        for title, pk in e.items():
            section = self.a if title in ("Object 0", "Object 1") else self.b
            data[f"section-{pk}"] = section.pk
            data[f"position-{pk}"] = {"Object 0": 20, "Object 1": 10, "Object 2": 5, "Object 3": 7}[
                title
            ]
        exhibition_client.post(self.url(exhibition), data)
        assert [t for t, _s, _p in self.order(exhibition)] == [
            "Object 1",
            "Object 0",
            "Object 2",
            "Object 3",
        ]

    def test_stale_or_bad_form_changes_nothing(self, exhibition_client, exhibition):
        before = self.order(exhibition)
        pk = exhibition.exhibition_items.first().pk
        for data in (
            {"entry": ["999999"]},
            {"entry": [pk], f"section-{pk}": "abc"},
            {"entry": [pk], f"position-{pk}": "x"},
            {"entry": [pk], f"section-{pk}": factories.section(factories.exhibition("X")).pk},
        ):
            data["version"] = exhibition.version  # as the page sends it: only the rows are bad
            response = exhibition_client.post(self.url(exhibition), data, follow=True)
            assert response.status_code == 200
            assert "could not be saved" in response.content.decode()
        assert self.order(exhibition) == before

    def test_page_lists_sections_in_fixed_queries(
        self, exhibition_client, exhibition, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(12):
            response = exhibition_client.get(self.url(exhibition))
        assert response.status_code == 200
        page = response.content.decode()
        assert page.index("Object 0") < page.index("Object 1") < page.index("Object 2")


class TestPermissions:
    def test_curator_can_build_exhibitions(self, curator_client, museum):
        response = curator_client.post(ADD_URL, new_exhibition_data(museum))
        assert response.status_code == 302

    def test_outsider_and_staff_without_exhibition_rights_cannot_reach_assembly_pages(
        self, client, outsider, clerk
    ):
        exhibition = factories.exhibition()
        urls = [
            reverse("admin:exhibitions_exhibition_arrange", args=[exhibition.pk]),
            reverse("admin:exhibitions_exhibition_add_objects"),
            reverse("admin:exhibitions_exhibition_checklist", args=[exhibition.pk]),
        ]
        client.force_login(outsider)
        for url in urls:
            assert client.get(url)["Location"].startswith(reverse("admin:login"))
        client.force_login(clerk)
        for url in urls:
            assert client.get(url).status_code == 403
            assert client.post(url).status_code == 403

    def test_exhibition_staff_cannot_change_records(self, exhibition_client):
        dish = factories.gift()
        url = reverse("admin:collections_app_diplomaticgift_change", args=[dish.pk])
        assert exhibition_client.post(url, {"title_en": "Renamed"}).status_code == 403

    def test_staff_without_exhibition_rights_have_no_add_action(self, client, clerk):
        factories.gift()
        client.force_login(clerk)
        page = client.get(reverse("admin:collections_app_collectionitem_changelist"))
        assert page.status_code == 200
        assert "add_to_exhibition" not in page.content.decode()

    def test_exhibition_staff_see_the_add_action_on_read_only_lists(self, exhibition_client):
        factories.gift()
        for name in ("collectionitem", "diplomaticgift"):
            page = exhibition_client.get(reverse(f"admin:collections_app_{name}_changelist"))
            assert 'value="add_to_exhibition"' in page.content.decode()
            assert 'value="publish"' not in page.content.decode()


@pytest.fixture
def clerk(db):
    """Staff who may read the collection list and nothing about exhibitions."""
    user = get_user_model().objects.create_user("clerk", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_collectionitem"))
    return user


def test_bookings_list_is_read_only_and_shows_where_objects_are(exhibition_client):
    exhibition = factories.exhibition("Gifts of the steppe")
    factories.stop(exhibition, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
    services.add_items(exhibition=exhibition, items=[factories.gift(accession_number="DG-1")])
    url = reverse("admin:bookings_booking_changelist")
    page = exhibition_client.get(url).content.decode()
    assert "DG-1" in page and "Abai Library" in page and "Gifts of the steppe" in page
    booking = Booking.objects.get()
    change = reverse("admin:bookings_booking_change", args=[booking.pk])
    assert exhibition_client.post(change, {}).status_code == 403


def test_venue_turned_physical_is_refused_when_it_would_double_book(exhibition_client):
    dish = factories.gift()
    first = factories.exhibition("Silver of the steppe")
    factories.stop(first, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
    services.add_items(exhibition=first, items=[dish])
    website = factories.venue("Museum website", is_virtual=True)
    online = factories.exhibition("Online gifts")
    factories.stop(online, website, "2027-03-01", "2027-06-30")
    services.add_items(exhibition=online, items=[dish])
    url = reverse("admin:bookings_venue_change", args=[website.pk])
    data = form_data(exhibition_client.get(url))
    data.pop("is_virtual")

    response = exhibition_client.post(url, data, follow=True)

    assert "Silver of the steppe" in response.content.decode()
    website.refresh_from_db()
    assert website.is_virtual
    assert Booking.objects.count() == 1


def test_a_clash_that_slips_past_the_form_is_rolled_back_with_a_message(
    exhibition_client, monkeypatch
):
    """Two people booking one object at the same moment: the form's check passed for both,
    the second save's own check (under lock) refuses, and nothing of that save remains."""
    dish = factories.gift()
    first = factories.exhibition("Silver of the steppe")
    factories.stop(first, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
    services.add_items(exhibition=first, items=[dish])
    second = factories.exhibition("Second show")
    factories.stop(second, factories.venue("Opera House"), "2027-03-01", "2027-06-30")
    data = form_data(exhibition_client.get(change_url(second)))
    data.update(inline("exhibition_items", [{"item": dish.pk}]))
    data["title_en"] = "Renamed"
    monkeypatch.setattr(services, "booking_problems", lambda *args, **kwargs: [])

    response = exhibition_client.post(change_url(second), data, follow=True)

    assert "Silver of the steppe" in response.content.decode()
    second.refresh_from_db()
    assert second.title_en == "Second show"
    assert not second.exhibition_items.exists()
