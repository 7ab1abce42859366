"""One object, one physical place at a time: the booking check on both databases."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction

from bookings.models import Booking
from exhibitions import services
from exhibitions.models import ExhibitionType
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def dish():
    return factories.gift("Silver dish", accession_number="DG-2024-0001")


@pytest.fixture
def booked(dish):
    """The dish shown at the National Museum from 1 March to 30 June 2027."""
    show = factories.exhibition("Thirty years of diplomacy")
    factories.stop(show, factories.venue("National Museum"), "2027-03-01", "2027-06-30")
    services.add_items(exhibition=show, items=[dish])
    return show


def other_show(venue_name="Abai Library", start="2027-05-01", end="2027-08-31", **kwargs):
    show = factories.exhibition(f"Gifts {venue_name}", start=start, end=end, **kwargs)
    factories.stop(show, factories.venue(venue_name), start, end)
    return show


def test_adding_an_object_books_it_at_each_physical_stop(booked, dish):
    booking = Booking.objects.get()
    assert (booking.item, booking.start_date, booking.end_date) == (
        dish.collectionitem_ptr,
        datetime.date(2027, 3, 1),
        datetime.date(2027, 6, 30),
    )
    assert booking.venue.name_en == "National Museum"
    link = booking.exhibitionbooking
    assert (link.stop, link.exhibition_item) == (booked.stops.get(), booked.exhibition_items.get())
    assert booking.booked_for() == booked


def test_overlapping_exhibition_elsewhere_is_refused_with_a_message_naming_the_other(booked, dish):
    show = other_show()
    with pytest.raises(services.BookingConflict) as refused:
        services.add_items(exhibition=show, items=[dish])
    message = refused.value.messages[0]
    assert "Thirty years of diplomacy" in message
    assert "National Museum" in message
    assert "Abai Library" in message
    assert "DG-2024-0001" in message
    assert "2027" in message
    assert not show.exhibition_items.exists()  # nothing half-added
    assert Booking.objects.count() == 1


def test_touching_dates_do_not_conflict_but_sharing_one_day_does(booked, dish):
    sharing = other_show("Abai Library", start="2027-06-30", end="2027-08-31")
    with pytest.raises(services.BookingConflict):
        services.add_items(exhibition=sharing, items=[dish])
    touching = other_show("Opera House", start="2027-07-01", end="2027-08-31")
    services.add_items(exhibition=touching, items=[dish])
    assert Booking.objects.filter(item=dish).count() == 2


def test_same_venue_overlapping_exhibition_also_conflicts(booked, dish):
    """Two shows in one building still need the object in two cases at once."""
    show = factories.exhibition("Gifts of the steppe", start="2027-04-01", end="2027-04-30")
    factories.stop(show, booked.stops.get().venue, "2027-04-01", "2027-04-30")
    with pytest.raises(services.BookingConflict):
        services.add_items(exhibition=show, items=[dish])


def test_virtual_exhibitions_and_online_venues_never_conflict(booked, dish):
    virtual = factories.exhibition(
        "Online: thirty years", exhibition_type=ExhibitionType.VIRTUAL, start="2027-01-01"
    )
    factories.stop(virtual, factories.venue("Website", is_virtual=True), "2027-01-01", "2027-12-31")
    services.add_items(exhibition=virtual, items=[dish])
    online_venue = other_show("Museum website")
    online_venue.stops.update(venue=factories.venue("Online gallery", is_virtual=True))
    services.add_items(exhibition=online_venue, items=[dish])
    assert Booking.objects.filter(item=dish).count() == 1


def test_travelling_exhibition_books_each_stop_and_checks_each(dish):
    tour = factories.exhibition(
        "On the road",
        exhibition_type=ExhibitionType.TRAVELLING,
        start="2027-01-01",
        end="2027-12-31",
    )
    factories.stop(tour, factories.venue("Almaty Museum"), "2027-01-01", "2027-03-31")
    factories.stop(tour, factories.venue("Shymkent Museum"), "2027-05-01", "2027-07-31")
    services.add_items(exhibition=tour, items=[dish])
    assert Booking.objects.filter(item=dish).count() == 2
    # Free between the two stops, booked during the second.
    between = other_show("Abai Library", start="2027-04-01", end="2027-04-30")
    services.add_items(exhibition=between, items=[dish])
    during = other_show("Opera House", start="2027-07-15", end="2027-08-15")
    with pytest.raises(services.BookingConflict) as refused:
        services.add_items(exhibition=during, items=[dish])
    assert "Shymkent Museum" in refused.value.messages[0]


def test_changing_a_stop_rechecks_and_refuses_the_overlap(booked, dish):
    later = other_show("Abai Library", start="2027-07-01", end="2027-08-31")
    services.add_items(exhibition=later, items=[dish])
    stop = later.stops.get()
    stop.start_date = datetime.date(2027, 6, 15)
    stop.save()
    with pytest.raises(services.BookingConflict):
        services.sync_bookings(later)


def test_exhibition_turned_physical_is_checked(booked, dish):
    show = other_show(exhibition_type=ExhibitionType.VIRTUAL)
    services.add_items(exhibition=show, items=[dish])
    show.exhibition_type = ExhibitionType.PHYSICAL
    with pytest.raises(services.BookingConflict):
        services.sync_bookings(show)


def test_removing_an_object_frees_it(booked, dish):
    booked.exhibition_items.all().delete()
    assert not Booking.objects.exists()
    services.add_items(exhibition=other_show(), items=[dish])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL exclusion constraint")
def test_database_refuses_overlapping_rows_even_without_the_service(booked, dish):
    show = other_show()
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            item=dish,
            venue=show.stops.get().venue,
            start_date="2027-06-30",
            end_date="2027-07-30",
        )
