"""The edges of exhibition editing: restoring old versions, deleting sections, moving
objects between sections, bad addresses, and many clashes at once."""

import pytest
from django.urls import reverse

from bookings.models import Booking
from exhibitions import services
from exhibitions.models import ExhibitionType
from tests import factories
from tests.admin_forms import form_data, inline

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def history_url(obj, version):
    name = f"admin:{obj._meta.app_label}_{obj._meta.model_name}_simple_history"
    return reverse(name, args=[obj.pk, version])


@pytest.fixture
def dish():
    return factories.gift(accession_number="DG-1")


def booked_elsewhere(dish):
    other = factories.exhibition("Show B")
    factories.stop(other, factories.venue("Opera House"), "2027-03-01", "2027-06-30")
    services.add_items(exhibition=other, items=[dish])
    return other


class TestRestoringOldVersions:
    def test_restoring_a_physical_version_that_would_double_book_is_refused(
        self, exhibition_client, dish
    ):
        show = factories.exhibition("Show A")
        factories.stop(show, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
        services.add_items(exhibition=show, items=[dish])
        physical = show.history.latest().history_id
        data = form_data(exhibition_client.get(change_url(show)))
        data["exhibition_type"] = ExhibitionType.VIRTUAL
        assert exhibition_client.post(change_url(show), data).status_code == 302
        booked_elsewhere(dish)

        url = history_url(show, physical)
        response = exhibition_client.post(url, form_data(exhibition_client.get(url)), follow=True)

        assert "Show B" in response.content.decode()
        show.refresh_from_db()
        assert show.exhibition_type == ExhibitionType.VIRTUAL

    def test_restoring_a_virtual_version_frees_the_dates(self, exhibition_client, dish):
        show = factories.exhibition("Show A", exhibition_type=ExhibitionType.VIRTUAL)
        factories.stop(show, factories.venue("Abai Library"), "2027-03-01", "2027-06-30")
        services.add_items(exhibition=show, items=[dish])
        virtual = show.history.latest().history_id
        data = form_data(exhibition_client.get(change_url(show)))
        data["exhibition_type"] = ExhibitionType.PHYSICAL
        exhibition_client.post(change_url(show), data)
        assert Booking.objects.count() == 1

        url = history_url(show, virtual)
        exhibition_client.post(url, form_data(exhibition_client.get(url)))

        assert not Booking.objects.exists()

    def test_restoring_a_physical_venue_is_checked(self, exhibition_client, dish):
        hall = factories.venue("Hall")
        show = factories.exhibition("Show A")
        factories.stop(show, hall, "2027-03-01", "2027-06-30")
        services.add_items(exhibition=show, items=[dish])
        physical = hall.history.latest().history_id
        data = form_data(exhibition_client.get(change_url(hall)))
        data["is_virtual"] = "on"
        exhibition_client.post(change_url(hall), data)
        assert not Booking.objects.exists()
        booked_elsewhere(dish)

        url = history_url(hall, physical)
        response = exhibition_client.post(url, form_data(exhibition_client.get(url)), follow=True)

        assert "Show B" in response.content.decode()
        hall.refresh_from_db()
        assert hall.is_virtual


class TestSectionsAndPositions:
    @pytest.fixture
    def show(self):
        show = factories.exhibition()
        a, b = factories.section(show, "A", 1), factories.section(show, "B", 2)
        loose = [factories.gift(f"Loose {n}") for n in (1, 2)]
        in_a = [factories.gift(f"In A {n}") for n in (1, 2)]
        services.add_items(exhibition=show, items=loose)
        services.add_items(exhibition=show, items=in_a, section=a)
        services.add_items(exhibition=show, items=[factories.gift("In B 1")], section=b)
        return show

    def order(self, show):
        return [
            (e.item.title_en, e.section.title_en if e.section else None, e.position)
            for e in show.exhibition_items.select_related("item", "section").in_display_order()
        ]

    def form_index(self, data, show, title):
        pk = show.exhibition_items.get(item__title_en=title).pk
        return next(k.split("-")[1] for k, v in data.items() if k.endswith("-id") and v == str(pk))

    def test_deleting_a_section_moves_its_objects_after_the_others_even_when_edited(
        self, exhibition_client, show
    ):
        data = form_data(exhibition_client.get(change_url(show)))
        data["sections-0-DELETE"] = "on"
        data[f"exhibition_items-{self.form_index(data, show, 'In A 2')}-label_en"] = "Edited"

        assert exhibition_client.post(change_url(show), data).status_code == 302

        assert self.order(show) == [
            ("Loose 1", None, 1),
            ("Loose 2", None, 2),
            ("In A 1", None, 3),
            ("In A 2", None, 4),
            ("In B 1", "B", 1),
        ]
        assert show.exhibition_items.get(item__title_en="In A 2").label_en == "Edited"

    def test_an_object_moved_to_another_section_goes_to_its_end(self, exhibition_client, show):
        data = form_data(exhibition_client.get(change_url(show)))
        b = show.sections.get(title_en="B")
        data[f"exhibition_items-{self.form_index(data, show, 'In A 1')}-section"] = str(b.pk)

        assert exhibition_client.post(change_url(show), data).status_code == 302

        assert self.order(show)[-2:] == [("In B 1", "B", 1), ("In A 1", "B", 2)]


class TestBadInput:
    def test_a_blank_opening_date_with_a_venue_row_is_a_form_error(self, exhibition_client):
        venue = factories.venue()
        response = exhibition_client.post(
            reverse("admin:exhibitions_exhibition_add"),
            {
                "title_en": "No date",
                "slug": "no-date",
                "status": "draft",
                "exhibition_type": "physical",
                "start_date": "",
                **inline(
                    "stops",
                    [{"venue": venue.pk, "start_date": "2027-03-01", "end_date": "2027-06-30"}],
                ),
                **inline("sections", []),
                **inline("exhibition_items", []),
            },
        )
        assert response.status_code == 200

    @pytest.mark.parametrize(
        "params",
        [{"exhibition": "²"}, {"items": "99999999999999999999"}, {"items": "-1"}, {"items": "x"}],
    )
    def test_odd_addresses_of_the_add_page_give_a_page(self, exhibition_client, params):
        url = reverse("admin:exhibitions_exhibition_add_objects")
        assert exhibition_client.get(url, params).status_code == 200

    def test_an_empty_arrange_form_changes_nothing(self, exhibition_client):
        show = factories.exhibition()
        services.add_items(exhibition=show, items=[factories.gift(), factories.document()])
        before = list(show.exhibition_items.values_list("pk", "position"))
        url = reverse("admin:exhibitions_exhibition_arrange", args=[show.pk])
        response = exhibition_client.post(url, {}, follow=True)
        assert "could not be saved" in response.content.decode()
        assert list(show.exhibition_items.values_list("pk", "position")) == before


def test_many_clashes_with_one_cause_make_one_message(dish):
    tour = factories.exhibition("On the road", exhibition_type=ExhibitionType.TRAVELLING)
    objects = [dish, *(factories.gift(f"Bowl {n}") for n in range(9))]
    first = factories.stop(tour, factories.venue("Hall A"), "2027-03-01", "2027-04-30")
    second = factories.stop(tour, factories.venue("Hall B"), "2027-04-01", "2027-06-30")
    entries = [tour.exhibition_items.model(exhibition=tour, item=item) for item in objects]

    problems = services.booking_problems(tour, stops=[first, second], entries=entries)

    assert len(problems) == 1
    assert "Hall A" in problems[0] and "Hall B" in problems[0]
    assert "DG-1" in problems[0] and "and 7 more" in problems[0]


def test_change_page_queries_do_not_grow_with_the_objects(
    exhibition_client, django_assert_num_queries
):
    def page_queries(count: int) -> int:
        show = factories.exhibition(f"Show {count}")
        factories.section(show)
        services.add_items(
            exhibition=show, items=[factories.gift(f"Bowl {count}-{n}") for n in range(count)]
        )
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        exhibition_client.get(change_url(show))  # session and permissions warm
        with CaptureQueriesContext(connection) as queries:
            assert exhibition_client.get(change_url(show)).status_code == 200
        return len(queries)

    assert page_queries(2) == page_queries(12)


def test_a_new_section_is_offered_the_place_after_the_others(exhibition_client):
    show = factories.exhibition()
    factories.section(show, "A", 1)
    factories.section(show, "B", 5)
    page = exhibition_client.get(change_url(show))
    assert page.context["inline_admin_formsets"][1].formset.empty_form["position"].value() == 6
