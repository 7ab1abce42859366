"""An exhibition's bookings go with the stop, the object or the exhibition that made them,
whichever way it is deleted: exhibitions.ExhibitionBooking points at the booking, so the
models' and querysets' delete() remove the bookings (bookings knows nothing of exhibitions)."""

import pytest
from django.db import models
from django.urls import reverse

from bookings.models import Booking
from exhibitions import services
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionType, ExhibitionVenue
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def tour():
    """Two objects at two stops: four bookings."""
    show = factories.exhibition("On the road", exhibition_type=ExhibitionType.TRAVELLING)
    factories.stop(show, factories.venue("Hall A"), "2027-03-01", "2027-04-30")
    factories.stop(show, factories.venue("Hall B"), "2027-05-01", "2027-06-30")
    services.add_items(exhibition=show, items=[factories.gift("Bowl"), factories.gift("Cup")])
    assert Booking.objects.count() == 4
    return show


@pytest.fixture
def elsewhere():
    """A booking of another exhibition, which must stay."""
    show = factories.exhibition("Elsewhere", start="2030-01-01", end="2030-12-31")
    factories.stop(show, factories.venue("Hall C"), "2030-01-01", "2030-12-31")
    services.add_items(exhibition=show, items=[factories.gift("Vase")])
    return Booking.objects.get(exhibitionbooking__stop__exhibition=show)


def remaining(show):
    """The show's bookings; and none left behind without a link to a stop and object."""
    assert not Booking.objects.filter(exhibitionbooking__isnull=True).exists()
    return sorted(
        (b.exhibitionbooking.exhibition_item.item.title_en, b.venue.name_en)
        for b in Booking.objects.filter(exhibitionbooking__stop__exhibition=show)
    )


def test_deleting_an_object_deletes_its_bookings(tour, elsewhere):
    tour.exhibition_items.get(item__title_en="Bowl").delete()
    assert remaining(tour) == [("Cup", "Hall A"), ("Cup", "Hall B")]
    assert Booking.objects.filter(pk=elsewhere.pk).exists()


def test_deleting_objects_by_queryset_deletes_their_bookings(tour, elsewhere):
    ExhibitionItem.objects.filter(exhibition=tour, item__title_en="Cup").delete()
    assert remaining(tour) == [("Bowl", "Hall A"), ("Bowl", "Hall B")]
    assert Booking.objects.filter(pk=elsewhere.pk).exists()


def test_deleting_a_stop_deletes_its_bookings(tour, elsewhere):
    tour.stops.get(venue__name_en="Hall A").delete()
    assert remaining(tour) == [("Bowl", "Hall B"), ("Cup", "Hall B")]
    assert Booking.objects.filter(pk=elsewhere.pk).exists()


def test_deleting_stops_by_queryset_or_through_the_venues_deletes_their_bookings(tour):
    ExhibitionVenue.objects.filter(exhibition=tour, venue__name_en="Hall B").delete()
    assert remaining(tour) == [("Bowl", "Hall A"), ("Cup", "Hall A")]
    tour.venues.remove(tour.stops.get().venue)
    assert remaining(tour) == []


def test_deleting_the_exhibition_deletes_its_bookings(tour, elsewhere):
    tour.delete()
    assert list(Booking.objects.all()) == [elsewhere]


def test_deleting_exhibitions_by_queryset_deletes_their_bookings(tour, elsewhere):
    Exhibition.objects.filter(pk=tour.pk).delete()
    assert list(Booking.objects.all()) == [elsewhere]


def test_deleting_a_booking_deletes_only_its_link(tour):
    booking = Booking.objects.filter(exhibitionbooking__stop__exhibition=tour).first()
    entry = booking.exhibitionbooking.exhibition_item
    booking.delete()
    assert ExhibitionItem.objects.filter(pk=entry.pk).exists()
    assert len(remaining(tour)) == 3


def test_deleting_the_exhibition_in_the_admin_deletes_its_bookings(
    exhibition_client, tour, elsewhere
):
    url = reverse("admin:exhibitions_exhibition_delete", args=[tour.pk])
    assert exhibition_client.get(url).status_code == 200
    assert exhibition_client.post(url, {"post": "yes"}).status_code == 302
    assert list(Booking.objects.all()) == [elsewhere]


def test_deleting_exhibitions_with_the_admin_action_deletes_their_bookings(
    exhibition_client, tour, elsewhere
):
    url = reverse("admin:exhibitions_exhibition_changelist")
    data = {"action": "delete_selected", "_selected_action": [tour.pk], "post": "yes"}
    assert exhibition_client.post(url, data).status_code == 302
    assert list(Booking.objects.all()) == [elsewhere]


def test_nothing_else_deletes_stops_objects_or_exhibitions_behind_their_back():
    """Their bookings go in their delete() and their querysets' delete(), and in the
    exhibition's for its stops and objects. Another foreign key cascading into them would
    delete them without those and leave their bookings behind."""
    cascading = {
        f"{model.__name__}.{field.name}"
        for model in (Exhibition, ExhibitionItem, ExhibitionVenue)
        for field in model._meta.concrete_fields
        if field.is_relation and field.remote_field.on_delete is models.CASCADE
    }
    assert cascading == {"ExhibitionItem.exhibition", "ExhibitionVenue.exhibition"}
